// The one-file bundle on a page with the strict CSP and Trusted Types from budgets.md, and on the
// same page as a browser without Trusted Types runs it: every element renders, in its loaded, dark,
// Nynorsk and failed states, with zero violations and zero errors.
// The page (strict-csp.html) runs in an iframe because the policy is a response header of that page
// (test/helpers/test-server.js); it imports the built packages/elements/cdn/usht-kit.js (npm run build).
import {expect} from '@open-wc/testing';
import {createClient} from '@usht/sdk';

interface Recorded {
  violations: {directive: string; blocked: string; sample: string; source: string}[];
  errors: string[];
  parsedHtml: {policy: string; html: string}[];
}
type PageWindow = Window & typeof globalThis & {__usht?: Recorded; trustedTypes?: unknown};

const widgetTags = ['usht-priority-badge', 'usht-priority-badges', 'usht-centre-map', 'usht-activity-calendar', 'usht-application-checklist'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shadowText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.checkVisibility() && parent.getClientRects().length > 0) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const isLoading = (el: Element) => !!el.shadowRoot?.querySelector('[data-kind="loading"], [aria-busy="true"]');

let frame: HTMLIFrameElement;
let win: PageWindow;
let doc: Document;

/** Loads the page and waits until no defined element is loading (or 15 s pass: then the test says which). */
async function openPage(path: string): Promise<void> {
  frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  win = frame.contentWindow as PageWindow;
  doc = frame.contentDocument!;
  const deadline = performance.now() + 15000;
  let calm = 0;
  while (performance.now() < deadline && calm < 3) {
    await sleep(150);
    const elements = [...doc.querySelectorAll(widgetTags.join(','))].filter((el) => win.customElements.get(el.localName));
    const settled = elements.length > 0 && elements.every((el) => el.shadowRoot && !isLoading(el) && shadowText(el) !== '');
    calm = settled ? calm + 1 : 0;
  }
}

// Every engine tested here has Trusted Types; the second page is the same page as a browser
// without them runs it (record-violations.js and the test server say how).
for (const {name, query, trustedTypes} of [
  {name: 'strict CSP + Trusted Types page', query: '', trustedTypes: true},
  {name: 'strict CSP page in a browser without Trusted Types', query: '?no-trusted-types', trustedTypes: false},
]) describe(name, function () {
  this.timeout(40000);

  before(async () => {
    await openPage(`/test/csp/strict-csp.html${query}`);
  });
  after(() => frame?.remove());

  it('sends the strict policy and loads the bundle under it', () => {
    expect(win.__usht, 'record-violations.js ran (script-src self)').to.exist;
    expect(win.customElements.get('usht-priority-badge'), 'the bundle ran').to.exist;
    if (trustedTypes) expect(win.trustedTypes, 'Trusted Types are available').to.exist;
    else expect(win.trustedTypes, 'no Trusted Types, as in an older browser').to.equal(undefined);
  });

  it('renders the priority badges with their text in the shadow root', () => {
    const [known, unknown] = [...doc.querySelectorAll('usht-priority-badge')];
    expect(shadowText(known!)).to.contain('Demensplan 2025');
    expect(shadowText(unknown!)).to.equal('Ukjent satsingsområde: finnes-ikke');
    const group = doc.querySelector('#dark usht-priority-badges')!;
    expect(shadowText(group)).to.contain('Den nye hjemmebaserte tjenesten').and.contain('8. Sammenheng');
    expect(group.getAttribute('data-color-scheme')).to.equal('dark');
    expect(group.shadowRoot!.querySelector('[part~="toggle"]')!.textContent).to.contain('Om satsingsområdet');
    const failing = doc.querySelector('#failing usht-priority-badge')!;
    expect(failing.shadowRoot!.querySelector('[role="alert"]'), 'a feed that 404s shows the failure state').to.exist;
  });

  it('renders every widget the bundle defines, in every section, with visible text', () => {
    const problems: string[] = [];
    for (const el of doc.querySelectorAll(widgetTags.join(','))) {
      const where = `${el.closest('section')!.id} <${el.localName}>`;
      // Widgets still being built are not in the bundle yet: their fallback content shows instead.
      if (!win.customElements.get(el.localName)) continue;
      if (!el.shadowRoot) problems.push(`${where}: no shadow root`);
      else if (isLoading(el)) problems.push(`${where}: still loading after 15 s`);
      else if (shadowText(el) === '' && el.localName !== 'usht-priority-badges') problems.push(`${where}: renders no visible text`);
    }
    expect(problems).to.deep.equal([]);
    const defined = widgetTags.filter((tag) => win.customElements.get(tag));
    expect(defined).to.include.members(['usht-priority-badge', 'usht-priority-badges']);
  });

  it('opens descriptions and retries without breaking the policy', async () => {
    for (const toggle of doc.querySelectorAll('usht-priority-badges')) {
      for (const button of toggle.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="toggle"]') ?? []) button.click();
    }
    for (const el of doc.querySelectorAll(widgetTags.join(','))) {
      el.shadowRoot?.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    }
    await sleep(600);
    const open = doc.querySelector('#alone usht-priority-badges')!.shadowRoot!.querySelectorAll('[part~="description"]:not([hidden])');
    expect(open.length).to.equal(3);
  });

  it('records no CSP or Trusted Types violation and no error', () => {
    const {violations, errors} = win.__usht!;
    expect(violations.map((v) => `${v.directive} blocked ${v.blocked || v.sample} at ${v.source}`)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  // Only with Trusted Types: without them no policy sees the strings Lit parses.
  if (trustedTypes) it('never parses data as HTML (no unsafeHTML: data text never reaches a Trusted Types policy)', async () => {
    const {parsedHtml} = win.__usht!;
    expect(parsedHtml.length, 'Lit parsed its templates through the lit-html policy').to.be.greaterThan(0);
    expect([...new Set(parsedHtml.map((p) => p.policy))]).to.deep.equal(['lit-html']);
    const client = createClient();
    const [areas, centres] = await Promise.all([client.priorityAreas(), client.centres()]);
    const dataTexts = [...areas.items.flatMap((a) => [a.name, a.summary ?? '']), ...centres.items.map((c) => c.name)].filter((t) => t.length >= 8);
    const leaked = dataTexts.filter((text) => parsedHtml.some((p) => p.html.includes(text)));
    expect(leaked).to.deep.equal([]);
  });

  // Last, because it causes one on purpose: proves the header is in force and that the recorder
  // above would have seen a violation had the widgets caused one.
  it('sees a violation when one happens (an inline style attribute)', async () => {
    const probe = doc.createElement('p');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    doc.body.append(probe);
    await sleep(200);
    expect(win.getComputedStyle(probe).color).not.to.equal('rgb(1, 2, 3)');
    expect(win.__usht!.violations.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
  });
});
