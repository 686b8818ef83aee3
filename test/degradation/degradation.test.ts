// Degradation (R6, R18, T11): with the data source failing, hanging past the timeout or sending
// invalid data, every element shows its failure state in the reader's language with a retry that
// works once the source is back; with the script blocked, the host's light-DOM fallback is
// readable. The sources are real loopback routes of the test server (/__test/feed/…).
import {expect} from '@open-wc/testing';
import {catchErrors, deepElements, isLoading, settle, sleep, visibleText, waitFor} from '../helpers/dom.js';
import {loadElements, mount, presentElements} from '../helpers/elements.js';

const modes = [
  {mode: 'failing', what: 'answers 503'},
  {mode: 'slow', what: 'answers later than the timeout'},
  {mode: 'invalid', what: 'sends JSON that is not a feed'},
  {mode: 'not-json', what: 'sends HTML instead of JSON'},
] as const;

const TIMEOUT_MS = 300;
let tokens = 0;
const token = () => `t${Date.now().toString(36)}${(tokens++).toString(36)}`;

/** True when the test server holds no open request for the source `token`. */
async function idle(token: string): Promise<boolean> {
  const {open} = (await (await fetch(`/__test/status/${token}`)).json()) as {open: number};
  return open === 0;
}

/** The failure region of a host: role=alert (the shared error state) holding a button. */
function failure(host: Element): {region: Element; text: string; button: HTMLButtonElement} | undefined {
  const region = deepElements(host).find((el) => el.getAttribute('role') === 'alert' && visibleText(el).trim() !== '');
  const button = region && deepElements(region).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement);
  return region && button ? {region, text: visibleText(region).replace(/\s+/g, ' ').trim(), button} : undefined;
}

describe('degradation: every element', function () {
  this.timeout(60_000);

  before(async () => {
    await loadElements();
  });

  it('finds at least one element to check', () => {
    expect(presentElements.length).to.be.greaterThan(0);
  });

  for (const element of presentElements) {
    describe(element.tag, () => {
      let box: HTMLElement | undefined;
      afterEach(() => {
        box?.remove();
        box = undefined;
      });

      for (const {mode, what} of modes) {
        it(`when the data source ${what}: a failure state in nb, nn and en, and a retry that works`, async () => {
          const caught = catchErrors();
          try {
            const texts: Record<string, string> = {};
            for (const lang of ['nb', 'nn', 'en']) {
              const id = token();
              const mounted = mount(element.scenario.ordinary, {feed: `/__test/feed/${mode}/${id}`, timeout: TIMEOUT_MS, lang});
              box = mounted.box;
              const host = mounted.hosts[0]!;
              const shown = await waitFor(() => failure(host), {timeout: 8000});
              expect(shown, `${lang}: a failure message with a button (role="alert")`).to.not.equal(undefined);
              texts[lang] = shown!.text;

              // The source comes back once nothing is in flight (as when a visitor reads the
              // message before acting); "Try again" loads it. The button is looked up again: a
              // load the element started by itself may have rendered a new one.
              await waitFor(async () => (await idle(id)) && (await sleep(250), await idle(id)) && (await sleep(250), await idle(id)), {timeout: 10_000});
              await settle(box, {timeout: 1000});
              await fetch(`/__test/heal/${id}`);
              const retry = failure(host)?.button;
              expect(retry, `${lang}: the failure state stays until the visitor acts`).to.not.equal(undefined);
              retry!.click();
              const recovered = await waitFor(() => !failure(host) && !isLoading(host), {timeout: 8000});
              const still = failure(host)?.text ?? deepElements(host).filter((el) => el.matches('[data-kind="loading"], [aria-busy="true"]')).map((el) => el.outerHTML.slice(0, 160)).join(' ');
              expect(recovered, `${lang}: after "try again" the failure or loading state is gone; still there: ${still}`).to.equal(true);
              await settle(box);
              expect(visibleText(host).trim(), `${lang}: shows content after the retry`).to.not.equal('');
              box.remove();
            }
            expect(texts['nn'], 'the Nynorsk failure text differs from the Bokmål one').to.not.equal(texts['nb']);
            expect(texts['en'], 'the English failure text differs from the Bokmål one').to.not.equal(texts['nb']);
            expect(caught.errors, 'console.error and uncaught errors').to.deep.equal([]);
          } finally {
            caught.restore();
          }
        });
      }
    });
  }

  it('with the script blocked, every element\'s light-DOM fallback is readable', async () => {
    // The documented embed (a module script tag plus the elements with fallback links inside),
    // with the script answering 404: what a visitor sees when a CMS, a proxy or a CSP blocks it.
    const fallbacks = presentElements.map((e) => ({tag: e.tag, text: `Se ${e.folder.replace(/-/g, ' ')} hos utviklingssenteret`}));
    const frame = document.createElement('iframe');
    frame.title = 'Embed with the script blocked';
    frame.width = '800';
    frame.height = '600';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Blocked</title>
      <script type="module" src="/__test/blocked/usht-kit.js"></script></head><body>
      ${fallbacks.map((f) => `<${f.tag}><a href="https://example.org/usht">${f.text}</a></${f.tag}>`).join('\n')}
      </body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const script = doc.querySelector('script')!;
      const response = await fetch(new URL(script.getAttribute('src')!, location.href));
      expect(response.status, 'the script is really blocked').to.equal(404);
      for (const {tag, text} of fallbacks) {
        const el = doc.querySelector(tag)!;
        expect(frame.contentWindow!.customElements.get(tag), `${tag} stays undefined`).to.equal(undefined);
        const link = el.querySelector('a')!;
        const rect = link.getBoundingClientRect();
        expect(link.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) && rect.width > 0 && rect.height > 0, `${tag}: fallback link visible`).to.equal(true);
        expect(link.textContent).to.equal(text);
      }
    } finally {
      frame.remove();
    }
  });
});
