// README's "Subresource integrity": the import map's `integrity` field for every chunk, under the
// strict policy with the map's own hash, in every engine. With this build's hashes every widget
// renders; a browser without import-map integrity ignores the field and renders the same (shown
// by the same map under a field no browser knows); and the browser refuses a chunk whose bytes do
// not match, while the widget that needed it says so in words and the others carry on. The page
// is made per request by test/helpers/cross-element-server.js from cdn/integrity.json (npm run build).
import {expect} from '@open-wc/testing';

interface Recorded {
  violations: {directive: string; blocked: string; sample: string; source: string}[];
  errors: string[];
}
type PageWindow = Window & typeof globalThis & {__usht?: Recorded};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tags = ['usht-priority-badge', 'usht-centre-map', 'usht-activity-calendar', 'usht-application-checklist'];

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const isLoading = (el: Element) => !!el.shadowRoot?.querySelector('[data-kind="loading"], [aria-busy="true"]');

/** Opens the page in an iframe and waits until every widget is defined and past its loading state. */
async function openPage(mode: string): Promise<{frame: HTMLIFrameElement; win: PageWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.title = `import map ${mode}`;
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/__test/import-map/${mode}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const deadline = performance.now() + 15000;
  for (let calm = 0; performance.now() < deadline && calm < 3;) {
    await sleep(150);
    const elements = tags.map((tag) => doc.querySelector(tag)!);
    calm = elements.every((el) => win.customElements.get(el.localName) && el.shadowRoot && !isLoading(el) && shadowText(el) !== '') ? calm + 1 : 0;
  }
  return {frame, win, doc};
}

describe('import map with integrity (README "Subresource integrity")', function () {
  this.timeout(40000);

  for (const mode of ['checked', 'unknown-field'] as const) {
    it(`${mode === 'checked' ? 'with this build\'s hashes' : 'in a browser without import-map integrity (the field unknown)'}: every widget renders, no violation, no error`, async () => {
      const {frame, win, doc} = await openPage(mode);
      try {
        expect(!!win.__usht, 'the page ran under its policy').to.equal(true);
        for (const tag of tags) {
          const el = doc.querySelector(tag)!;
          expect(!!win.customElements.get(tag), `${tag} defined`).to.equal(true);
          // Text, not elements, in assertions: chai cannot print an element of another window.
          expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '', `${tag}: no failure state`).to.equal('');
          expect(shadowText(el), `${tag}: shows text`).not.to.equal('');
        }
        expect(shadowText(doc.querySelector('usht-priority-badge')!)).to.contain('Demensplan 2025');
        expect(win.__usht!.violations.map((v) => `${v.directive} ${v.blocked}`), 'CSP violations (the map\'s hash is in the policy)').to.deep.equal([]);
        expect(win.__usht!.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('refuses a chunk whose bytes do not match: the badge says in words that it could not load, the map still renders', async () => {
    const {frame, doc} = await openPage('tampered');
    try {
      const badge = doc.querySelector('usht-priority-badge')!;
      const alert = badge.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      expect(alert, 'the badge shows its failure state in words, not a blank box').not.to.equal('');
      const map = doc.querySelector('usht-centre-map')!;
      expect(map.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '', 'the map needs no priority areas').to.equal('');
      expect(shadowText(map)).to.contain('USHT');
    } finally {
      frame.remove();
    }
  });
});
