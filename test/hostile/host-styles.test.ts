// Inherited host styles (issue 14 §1). Shadow DOM keeps a page's selectors out, not what our host
// element inherits, and a page rule such as `* {…}` matches the host element itself. Real CMS
// themes set a small root and big, coloured, widely spaced text on every element; under such a
// page each widget must keep its own typographic ground (size, line height, colour, weight,
// spacing, alignment) and size its text from that ground, not from the page's `rem`. Hosts still
// theme through `--usht-font-size`. Every element on disk is checked (test/helpers/elements.ts),
// in nb, nn and en, at the page's width and in a 320 px box, as it first renders and after use;
// then every story on disk (each state: loading, failed, the editor's server publisher …).
import {expect} from '@open-wc/testing';
import {render, nothing} from 'lit';
import {deepElements, settle, usht} from '../helpers/dom.js';
import {clearDeviceStorage, exercise, loadElements, mount, presentElements, type MountOptions} from '../helpers/elements.js';
import {storyFiles} from '../helpers/inventory.js';
import {storiesOf, storybookPreview, type Story} from '../helpers/stories.js';

const magenta = 'rgb(255, 0, 255)';
const hostilePage = `
  html { font-size: 10px; }
  * { font-size: 22px; line-height: 3; color: #f0f; font-weight: 300; letter-spacing: 0.3em; text-align: justify; }
`;

/** `tag#id.class[part]` of an element inside a widget, and the start of its text. */
function describePart(el: Element, pseudo = ''): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = Array.from(el.classList, (c) => `.${c}`).join('');
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const role = el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '';
  const text = (pseudo ? getComputedStyle(el, pseudo).content : el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${id}${classes}${part}${role}${pseudo} "${text}"`;
}

const ownText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '');
const rendered = (el: Element) => {
  if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) return false;
  const rects = Array.from(el.getClientRects());
  // Visually hidden text (1 × 1 px, for screen readers) is not what a sighted reader sees.
  return rects.some((r) => r.width > 1 || r.height > 1);
};
const isHeading = (el: Element) => el.matches('h1, h2, h3, h4, h5, h6, [role="heading"]');

/**
 * What the host page's styles did to the text of `host`: every visible element with text of its
 * own, and every `::before`/`::after` with text, checked against the host's ground. The map's SVG
 * labels are drawn at fixed CSS px (centre-map.ts measures the drawing's scale), so they are held
 * to 12 px, not to a share of a larger ground.
 */
function findings(host: HTMLElement, minimum: number): string[] {
  const tag = host.localName;
  const out: string[] = [];
  const hostStyle = getComputedStyle(host);
  const ground = parseFloat(hostStyle.fontSize);

  const check = (el: Element, style: CSSStyleDeclaration, pseudo = '') => {
    const where = `${tag} ${describePart(el, pseudo)}`;
    // SVG text is sized in the drawing's units: what the reader sees is that times the drawing's scale.
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
    const size = parseFloat(style.fontSize) * scale;
    const least = el instanceof SVGElement ? Math.min(minimum, 12) : minimum;
    if (size < least - 0.05) out.push(`${where}: font-size ${size.toFixed(2)}px < ${least}px`);
    if (isHeading(el) && !pseudo && size < ground - 0.05) out.push(`${where}: heading ${size.toFixed(2)}px < the element's ground ${ground}px`);
    const colour = el instanceof SVGElement ? style.fill : style.color;
    if (colour === magenta) out.push(`${where}: colour is the host's ${colour}`);
    if (!(el instanceof SVGElement) && style.lineHeight !== 'normal' && parseFloat(style.lineHeight) > 2 * parseFloat(style.fontSize) + 0.05) {
      out.push(`${where}: line-height ${style.lineHeight} > 2 × its font-size ${style.fontSize}`);
    }
    if (style.fontWeight === '300') out.push(`${where}: font-weight is the host's 300`);
    if (style.letterSpacing !== 'normal' && parseFloat(style.letterSpacing) !== 0) out.push(`${where}: letter-spacing is the host's ${style.letterSpacing}`);
    if (style.textAlign === 'justify') out.push(`${where}: text-align is the host's justify`);
  };

  for (const el of deepElements(host)) {
    if (el.closest('style, script, template, title') || el.localName.startsWith('usht-')) continue;
    if (ownText(el) && rendered(el)) check(el, getComputedStyle(el));
    if (!el.getClientRects().length) continue;
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const content = style.content;
      if (content === 'none' || content === 'normal' || content === '""' || style.display === 'none' || style.visibility !== 'visible') continue;
      check(el, style, pseudo);
    }
  }
  return out;
}

/** The host element's own ground: size, line height and colour. */
function groundFindings(host: HTMLElement, expectedSize: number): string[] {
  const style = getComputedStyle(host);
  const out: string[] = [];
  if (style.fontSize !== `${expectedSize}px`) out.push(`${host.localName}: ground font-size ${style.fontSize}, expected ${expectedSize}px`);
  if (style.lineHeight !== `${expectedSize * 1.5}px`) out.push(`${host.localName}: ground line-height ${style.lineHeight}, expected ${expectedSize * 1.5}px (1.5)`);
  if (style.color === magenta) out.push(`${host.localName}: ground colour is the host's ${style.color}`);
  return out;
}

describe('host page styles: every element keeps its own typographic ground', function () {
  this.timeout(120_000);

  let sheet: HTMLStyleElement | undefined;
  let box: HTMLElement | undefined;

  before(async () => {
    await loadElements();
  });

  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = hostilePage;
    document.head.append(sheet);
  });

  afterEach(async () => {
    box?.remove();
    box = undefined;
    sheet?.remove();
    sheet = undefined;
    await clearDeviceStorage();
  });

  it('finds at least one element to check', () => {
    expect(presentElements.length).to.be.greaterThan(0);
  });

  it('the hostile page styles are in force on the page itself', () => {
    const p = document.createElement('p');
    document.body.append(p);
    try {
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expect(getComputedStyle(p).fontSize).to.equal('22px');
      expect(getComputedStyle(p).color).to.equal(magenta);
    } finally {
      p.remove();
    }
  });

  async function mountSettled(element: (typeof presentElements)[number], options: MountOptions) {
    const mounted = mount(element.scenario.ordinary, options);
    box = mounted.box;
    expect(await settle(box, {timeout: 5000}), `${element.tag} finished loading`).to.equal(true);
    return mounted.hosts;
  }

  for (const element of presentElements) {
    describe(element.tag, () => {
      for (const [lang, width] of [['nb', undefined], ['nn', undefined], ['en', undefined], ['nb', 320]] as const) {
        it(`has a 16 px ground and no text smaller than 12 px, no heading smaller than its text, none in the host's colour or line height (${lang}${width ? `, ${width} px box` : ''})`, async () => {
          const hosts = await mountSettled(element, {lang, width});
          const found = hosts.flatMap((host) => [...groundFindings(host, 16), ...findings(host, 12)]);
          expect(found, `${element.tag} (${lang}): text that took the host page's styles`).to.deep.equal([]);
        });
      }

      it('keeps its ground while it is used: every state and dialog it shows (nb)', async () => {
        const hosts = await mountSettled(element, {lang: 'nb'});
        // Disclosures first (the calendar's further filters load its date fields and picker).
        for (const details of hosts.flatMap((h) => deepElements(h)).filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement)) details.open = true;
        await settle(box!, {timeout: 3000});
        const found = new Set<string>();
        const look = () => hosts.forEach((host) => [...groundFindings(host, 16), ...findings(host, 12)].forEach((f) => found.add(f)));
        look();
        await exercise(hosts, {maxActions: 30, afterAction: look});
        expect([...found], `${element.tag}: text that took the host page's styles while in use`).to.deep.equal([]);
      });

      it('follows --usht-font-size set by the host: text and headings scale with it (nb)', async () => {
        const hosts = await mountSettled(element, {lang: 'nb'});
        box!.style.setProperty('--usht-font-size', '20px');
        await settle(box!);
        const found = hosts.flatMap((host) => [...groundFindings(host, 20), ...findings(host, 15)]);
        expect(found, `${element.tag}: under --usht-font-size: 20px`).to.deep.equal([]);
      });
    });
  }
});

// Stories as Storybook shows them (as in test/stories/stories.a11y.test.ts, which also reports a
// story file that does not import): the preview's CSS (a Narrow story's 320 px column, so the
// calendar's month shows counts instead of titles) and its decorators, each story its own test.
const globalDecorators = await storybookPreview();
const stories: Story[] = [];
for (const found of storyFiles) {
  try {
    stories.push(...storiesOf(await found.load(), found.file, globalDecorators));
  } catch {
    // Reported by the stories sweep.
  }
}

describe(`host page styles: every story keeps its ground (${stories.length} stories, nb)`, function () {
  this.timeout(60_000);

  let sheet: HTMLStyleElement | undefined;
  let canvas: HTMLElement | undefined;

  afterEach(async () => {
    if (canvas) {
      render(nothing, canvas);
      canvas.remove();
      canvas = undefined;
    }
    sheet?.remove();
    sheet = undefined;
    await clearDeviceStorage();
  });

  it('finds stories to check', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      sheet = document.createElement('style');
      sheet.textContent = hostilePage;
      document.head.append(sheet);
      canvas = document.createElement('div');
      canvas.lang = 'nb';
      document.body.append(canvas);
      await story.renderInto(canvas, {locale: 'nb', colorScheme: 'light', theme: 'none'});
      await settle(canvas); // a story of the loading state stays loading, by design
      // <usht-provider> is a wrapper (display: contents), not a widget with a ground of its own.
      const hosts = deepElements(canvas).filter((el): el is HTMLElement => usht(el) && el.localName !== 'usht-provider' && el instanceof HTMLElement);
      expect(hosts.length, 'the story shows at least one usht-kit element').to.be.greaterThan(0);
      const found = [...new Set(hosts.flatMap((host) => [...groundFindings(host, 16), ...findings(host, 12)]))];
      expect(found, `${story.title} / ${story.name}: text that took the host page's styles`).to.deep.equal([]);
    });
  }
});
