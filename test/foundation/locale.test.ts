// Locale: which language an element speaks (style.md §7), the strings and date names behind it,
// and that every catalogue is complete. Uses the priority badge's loading text as the visible
// sign of the resolved locale: each of our languages words it differently.
import {expect, fixture, html} from '@open-wc/testing';
import '../../packages/elements/src/priority-badge/usht-priority-badge.js';
import '../../packages/elements/src/provider/usht-provider.js';
import type {UshtPriorityBadge} from '../../packages/elements/src/priority-badge/priority-badge.js';
import {Localizer} from '../../packages/elements/src/shared/localizer.js';
import {formatDate, monthName, weekdayNames, type DateStyle} from '../../packages/elements/src/shared/dates.js';
import {normalizeLocale, type Locale} from '../../packages/elements/src/locales/resolve.js';
import {allSections, catalogs, sameInNynorsk, type Section} from '../../packages/elements/src/locales/messages.js';
import type {Plural} from '../../packages/elements/src/locales/types.js';
import {clientOn, neverResolvingSource} from '../../stories/shared/fake-sources.js';
import {captureConsole, shadowMatch} from './helpers.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

const loadingText: Record<Locale, string> = {
  nb: 'Henter satsingsområde …',
  nn: 'Hentar satsingsområde …',
  en: 'Loading priority area …',
  // Northern Sami has no wording of its own yet: Bokmål, marked as such.
  se: 'Henter satsingsområde …',
};
const hanging = clientOn(neverResolvingSource());

/** A badge that stays in its loading state, so its only text is the localised status. */
function pendingBadge(attrs: {lang?: string} = {}) {
  return html`<usht-priority-badge area="demensplan-2025" lang=${attrs.lang ?? ''} .client=${hanging}></usht-priority-badge>`;
}

async function statusOf(el: Element): Promise<string> {
  const status = await shadowMatch(el, '[role="status"]');
  return status.textContent!.trim();
}

describe('locale resolution', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it("uses the element's own lang first", async () => {
    const wrapper = await fixture(html`<usht-provider lang="en"><div lang="se">${pendingBadge({lang: 'nn'})}</div></usht-provider>`);
    expect(await statusOf(wrapper.querySelector('usht-priority-badge')!)).to.equal(loadingText.nn);
  });

  it("then the provider's, even with another lang in between", async () => {
    const wrapper = await fixture(html`<usht-provider lang="nn"><div lang="en">${pendingBadge()}</div></usht-provider>`);
    expect(await statusOf(wrapper.querySelector('usht-priority-badge')!)).to.equal(loadingText.nn);
  });

  it('then the nearest ancestor lang, across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    const root = host.attachShadow({mode: 'open'});
    const inner = document.createElement('section');
    root.append(inner);
    const el = document.createElement('usht-priority-badge');
    el.areaId = 'demensplan-2025';
    el.client = hanging;
    inner.append(el);
    expect(await statusOf(el)).to.equal(loadingText.en);
  });

  it('then <html lang>, and follows a change of it', async () => {
    document.documentElement.setAttribute('lang', 'nn-NO');
    const el = await fixture<UshtPriorityBadge>(pendingBadge());
    expect(await statusOf(el)).to.equal(loadingText.nn);
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(await statusOf(el)).to.equal(loadingText.en);
  });

  it('falls back to Bokmål when nothing says otherwise', async () => {
    const el = await fixture<UshtPriorityBadge>(pendingBadge());
    expect(await statusOf(el)).to.equal(loadingText.nb);
  });

  const tags: [string, Locale][] = [
    ['nb-NO', 'nb'], ['no', 'nb'], ['NO-nb', 'nb'], ['nn-NO', 'nn'], ['nn', 'nn'], ['sme', 'se'], ['se-NO', 'se'],
    ['en-US', 'en'], ['en_GB', 'en'], ['de-DE', 'nb'], ['sv', 'nb'],
  ];
  for (const [tag, locale] of tags) {
    it(`reads lang="${tag}" as ${locale}`, async () => {
      expect(normalizeLocale(tag)).to.equal(locale);
      const el = await fixture<UshtPriorityBadge>(pendingBadge({lang: tag}));
      expect(await statusOf(el)).to.equal(loadingText[locale]);
    });
  }

  it('treats an empty lang as absent', () => {
    expect(normalizeLocale('')).to.equal(undefined);
    expect(normalizeLocale('  ')).to.equal(undefined);
  });
});

describe('Northern Sami falls back to Bokmål, marked as Bokmål', () => {
  it('renders the nb text inside lang="nb" within a lang="se" element', async () => {
    const el = await fixture<UshtPriorityBadge>(pendingBadge({lang: 'se'}));
    const status = await shadowMatch(el, '[role="status"]');
    const marked = status.querySelector('[lang="nb"]');
    expect(marked?.textContent).to.equal(loadingText.se);
    expect(status.closest('[lang]')!.getAttribute('lang')).to.equal('se');
  });

  it('uses a Sami word where we have one, unmarked', () => {
    const se = new Localizer('se', undefined, allSections);
    expect(se.lookup('common', 'retry')).to.deep.equal({value: 'Geahččal ođđasit', lang: 'se'});
    expect(se.t('common', 'retry')).to.equal('Geahččal ođđasit');
  });

  it("lets a host supply its own Sami wording", () => {
    const se = new Localizer('se', {se: {priorityBadge: {loading: 'Viežžamin …'}}}, allSections);
    expect(se.t('priorityBadge', 'loading')).to.equal('Viežžamin …');
  });
});

describe('plurals', () => {
  it('uses one and other in Bokmål', () => {
    const nb = new Localizer('nb', undefined, allSections);
    expect(nb.count('common', 'invalidRecords', 1)).to.equal('1 oppføring i datakilden var ugyldig og vises ikke.');
    expect(nb.count('common', 'invalidRecords', 3)).to.equal('3 oppføringer i datakilden var ugyldige og vises ikke.');
    expect(nb.count('common', 'invalidRecords', 12000)).to.match(/^12\s000 oppføringer/);
  });

  it('uses one and other in Nynorsk', () => {
    const nn = new Localizer('nn', undefined, allSections);
    expect(nn.count('common', 'invalidRecords', 1)).to.equal('1 oppføring i datakjelda var ugyldig og blir ikkje vist.');
    expect(nn.count('common', 'invalidRecords', 2)).to.equal('2 oppføringar i datakjelda var ugyldige og blir ikkje viste.');
  });

  it('writes numbers as Intl.NumberFormat does in every locale, small counts included', () => {
    const tags: Record<Locale, string> = {nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB', se: 'nb-NO'};
    const numbers = [...Array.from({length: 1001}, (_, n) => n), 1234, 12000, 1e6, -1, -999, 0.5, 2.75, -0, 999.5];
    for (const locale of ['nb', 'nn', 'en', 'se'] as const) {
      const localizer = new Localizer(locale, undefined, allSections);
      const intl = new Intl.NumberFormat(tags[locale]);
      for (const n of numbers) expect(localizer.formatNumber(n), `${locale} ${n}`).to.equal(intl.format(n));
    }
  });

  it('picks the plural form Intl.PluralRules picks, for whole numbers and fractions', () => {
    const forms: Plural = {one: (n) => `one ${n}`, two: (n) => `two ${n}`, other: (n) => `other ${n}`};
    const numbers = [...Array.from({length: 1001}, (_, n) => n), -1, -2, 1.5, 0.5, 2.5, 1e6];
    for (const [locale, tag] of [['nb', 'nb-NO'], ['nn', 'nn-NO'], ['en', 'en-GB'], ['se', 'se']] as const) {
      const intl = new Intl.PluralRules(tag);
      // Chromium without Sami plural data answers with another locale's rules: skip what it cannot know.
      if (!intl.resolvedOptions().locale.startsWith(tag.slice(0, 2))) continue;
      const localizer = new Localizer(locale, {[locale]: {common: {invalidRecords: forms}}}, allSections);
      for (const n of numbers) {
        expect(localizer.count('common', 'invalidRecords', n).split(' ')[0], `${locale} ${n}`).to.equal(intl.select(n));
      }
    }
  });

  it("has Northern Sami's dual ('two') form", () => {
    const forms: Plural = {one: (n) => `${n} one`, two: (n) => `${n} two`, other: (n) => `${n} other`};
    const se = new Localizer('se', {se: {common: {invalidRecords: forms}}}, allSections);
    expect([1, 2, 3, 0].map((n) => se.count('common', 'invalidRecords', n))).to.deep.equal(['1 one', '2 two', '3 other', '0 other']);
  });
});

describe('date names of our own for Nynorsk and Sami, the same in every engine (Chromium has none, Firefox writes "jan" for "jan.")', () => {
  it('names Nynorsk weekdays and months', () => {
    expect(weekdayNames('nn')).to.deep.equal(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag']);
    expect(formatDate('nn', {year: 2026, month: 3, day: 3}, 'weekday')).to.equal('tysdag 3. mars 2026');
    expect(monthName('nn', 12)).to.equal('desember');
    expect(monthName('nn', 1, 'short')).to.equal('jan.');
  });

  it('names Northern Sami weekdays and months', () => {
    expect(monthName('se', 9)).to.equal('čakčamánnu');
    expect(weekdayNames('se')[0]).to.equal('vuossárga');
    expect(formatDate('se', {year: 2026, month: 9, day: 15}, 'weekday')).to.equal('maŋŋebárga 15. čakčamánnu 2026');
  });

  it('takes Bokmål and English names from the browser', () => {
    expect(formatDate('nb', {year: 2026, month: 3, day: 3}, 'weekday')).to.equal('tirsdag 3. mars 2026');
    expect(formatDate('en', {year: 2026, month: 3, day: 3}, 'long')).to.equal('3 March 2026');
    expect(weekdayNames('en', 'short')[6]).to.equal('Sun');
  });

  it('writes every date style', () => {
    const day = {year: 2026, month: 3, day: 5};
    expect(['long', 'weekday', 'short', 'month', 'numeric'].map((style) => formatDate('nb', day, style as DateStyle))).to.deep.equal([
      '5. mars 2026', 'torsdag 5. mars 2026', '5. mars', 'mars 2026', '05.03.2026',
    ]);
    expect(formatDate('en', day, 'short')).to.equal('5 March');
  });
});

describe('catalogue completeness', () => {
  /** Comparable text of a message: strings as they are, functions and plurals applied to samples. */
  function render(message: unknown): string {
    if (typeof message === 'function') return String((message as (...a: string[]) => string)('X', 'Y', 'Z'));
    if (message && typeof message === 'object') {
      return Object.entries(message as Record<string, (n: string) => string>).map(([k, f]) => `${k}:${f('3')}`).join('|');
    }
    return String(message);
  }

  for (const section of Object.keys(catalogs.nb) as Section[]) {
    it(`${section}: nn and en have every nb key, nn is really Nynorsk, se adds nothing unknown`, () => {
      const nb = catalogs.nb[section] as Record<string, unknown>;
      const nn = catalogs.nn[section] as Record<string, unknown>;
      const en = catalogs.en[section] as Record<string, unknown>;
      const se = (catalogs.se[section] ?? {}) as Record<string, unknown>;
      const allowed = sameInNynorsk[section] as readonly string[];
      const problems: string[] = [];
      for (const key of Object.keys(nb)) {
        if (render(nb[key]) === '') problems.push(`nb.${key} is empty`);
        if (!(key in nn) || render(nn[key]) === '') problems.push(`nn.${key} is missing`);
        if (!(key in en) || render(en[key]) === '') problems.push(`en.${key} is missing`);
        if (key in nn && render(nn[key]) === render(nb[key]) && !allowed.includes(key)) {
          problems.push(`nn.${key} is identical to nb ("${render(nb[key])}"): translate it or add it to the section's SameInNynorsk list`);
        }
        if (allowed.includes(key) && render(nn[key]) !== render(nb[key])) problems.push(`${key} is on the SameInNynorsk list but differs`);
      }
      for (const key of [...Object.keys(nn), ...Object.keys(en), ...Object.keys(se)]) {
        if (!(key in nb)) problems.push(`${key} is not an nb key`);
      }
      // The element reads the same catalogue objects that the test reads.
      expect(allSections[section].nb).to.equal(catalogs.nb[section]);
      expect(problems).to.deep.equal([]);
    });
  }
});
