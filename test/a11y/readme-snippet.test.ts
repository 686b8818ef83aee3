// The README's copy-and-paste snippet, placed as a web team places it: on a page that is only a
// <main> with the page's <h1> and the snippet, then through axe on the whole document with no rules
// disabled (issue 13 §3). The snippet is read from README.md at each run, so the test follows the
// docs: an element whose first heading skips a level under the <h1> fails `heading-order` here.
import {expect} from '@open-wc/testing';
import '../../packages/elements/src/index.js';
import {catchErrors, deepElements, settle, usht} from '../helpers/dom.js';

/** The first ```html block under "## Embed on a page" in README.md, without its <script> tag. */
async function readmeSnippet(): Promise<DocumentFragment> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('## Embed on a page'));
  const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no ```html block under "## Embed on a page"');
  // Parsed as HTML on purpose: it is our own README's markup, what a web team pastes into its CMS;
  // no feed or API data passes here (the packages never parse HTML, test/node/source-scan.ts).
  const parsed = new DOMParser().parseFromString(`<body>${block}</body>`, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  const fragment = document.createDocumentFragment();
  fragment.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return fragment;
}

/** What a screen reader's heading list shows: the page's h1, then no level skipped on the way down. */
async function expectHeadingsInOrder(root: Element): Promise<void> {
  const headings = deepElements(root)
    .filter((el) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading')
    .map((el) => [Number(el.getAttribute('aria-level') ?? el.localName.slice(1)), el.textContent!.trim().slice(0, 40)] as const);
  expect(headings[0]?.[0]).to.equal(1);
  for (let i = 1; i < headings.length; i++) {
    const [level, text] = headings[i]!;
    expect(level - headings[i - 1]![0], `"${text}" (level ${level}) after level ${headings[i - 1]![0]}`).to.be.at.most(1);
  }
}

describe('the README snippet on a page of its own', function () {
  this.timeout(30_000);
  let main: HTMLElement | undefined;
  const pageLang = document.documentElement.lang;
  const pageTitle = document.title;

  afterEach(() => {
    main?.remove();
    document.documentElement.lang = pageLang;
    document.title = pageTitle;
  });

  it('passes axe on the whole document, no rules disabled, its headings following the page <h1>', async () => {
    const caught = catchErrors();
    try {
      document.documentElement.lang = 'nb';
      document.title = 'Utviklingssenteret – Eksempel kommune';
      main = document.createElement('main');
      const h1 = document.createElement('h1');
      h1.textContent = 'Utviklingssenter for sykehjem og hjemmetjenester';
      main.append(h1, await readmeSnippet());
      document.body.append(main);
      await settle(main, {timeout: 8000});

      const tags = [...new Set(deepElements(main).filter(usht).map((el) => el.localName))].sort();
      expect(tags, 'the snippet renders every element it names').to.deep.equal([
        'usht-activity-calendar', 'usht-application-checklist', 'usht-centre-map', 'usht-priority-badge', 'usht-provider',
      ]);
      await expectHeadingsInOrder(main);
      await expect(document).to.be.accessible();

      // Every embedded activity is past, so the calendar above shows its empty state and no headings.
      // With activities (a centre that publishes has upcoming ones), its day headings join the outline.
      const calendar = main.querySelector('usht-activity-calendar')!;
      calendar.setAttribute('include-past', '');
      await settle(main, {timeout: 8000});
      expect(calendar.shadowRoot!.querySelectorAll('[role="heading"]').length, 'the calendar shows days').to.be.greaterThan(0);
      await expectHeadingsInOrder(main);
      await expect(document).to.be.accessible();
      expect(caught.errors).to.deep.equal([]);
    } finally {
      caught.restore();
    }
  });

  // A web team often takes one widget of the snippet: each, alone under the page's <h1> (the
  // calendar with activities to show), must start its outline at level 2.
  for (const tag of ['usht-centre-map', 'usht-activity-calendar', 'usht-application-checklist', 'usht-priority-badge']) {
    it(`passes axe with ${tag} alone under the page's <h1>`, async () => {
      const caught = catchErrors();
      try {
        document.documentElement.lang = 'nb';
        document.title = 'Utviklingssenteret – Eksempel kommune';
        const snippet = await readmeSnippet();
        const element = snippet.querySelector(tag)!;
        expect(element, `${tag} is in the README snippet`).to.exist;
        if (tag === 'usht-activity-calendar') element.setAttribute('include-past', '');
        main = document.createElement('main');
        const h1 = document.createElement('h1');
        h1.textContent = 'Utviklingssenter for sykehjem og hjemmetjenester';
        main.append(h1, element);
        document.body.append(main);
        await settle(main, {timeout: 8000});
        await expectHeadingsInOrder(main);
        await expect(document).to.be.accessible();
        expect(caught.errors).to.deep.equal([]);
      } finally {
        caught.restore();
      }
    });
  }
});
