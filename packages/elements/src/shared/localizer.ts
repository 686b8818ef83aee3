import {html, type TemplateResult} from 'lit';
import type {MessageOverrides, Messages, Section, SectionCatalogs} from '../locales/messages.js';
import {warnOnce} from './dev-warnings.js';
import type {Locale} from '../locales/resolve.js';
import type {Plural} from '../locales/types.js';

type Value<S extends Section, K extends keyof Messages[S]> = Messages[S][K];
type Args<V> = V extends (...args: infer A) => string ? A : [];

// Intl tags for numbers and the dates Chromium does have. se and nn number formats follow nb
// (space as group separator, comma as decimal sign).
export const intlTag: Record<Locale, string> = {nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB', se: 'nb-NO'};

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};
const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** The plural category of a count: by rule for whole numbers (se has "two", which a browser may lack), else Intl. */
function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  // Whole numbers, CLDR's rules for our four: "one" is 1, and Northern Sami has "two" for 2
  // (locale.test.ts holds this to Intl.PluralRules). The page's first PluralRules costs a few ms
  // in every list's first render otherwise.
  if (Number.isInteger(n)) {
    const abs = Math.abs(n);
    return abs === 1 ? 'one' : abs === 2 && locale === 'se' ? 'two' : 'other';
  }
  // Intl constructors are slow: one per locale for the page, not one per counted phrase.
  return (pluralRules[locale] ??= new Intl.PluralRules(locale === 'se' ? 'se' : intlTag[locale])).select(n);
}

const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && 'other' in value && typeof (value as Plural).other === 'function';

/**
 * Strings, counts and numbers for one locale (dates: ./dates.ts). Lookup: the host's override for the locale,
 * our catalogue for the locale, then (se only) nb, whose text is then marked `lang="nb"`.
 */
export class Localizer {
  readonly locale: Locale;
  private readonly overrides: MessageOverrides | undefined;
  private readonly sections: SectionCatalogs;

  /** `sections`: the string sections this localizer can read (an element's `static sections`). */
  constructor(locale: Locale, overrides?: MessageOverrides, sections: SectionCatalogs = {}) {
    this.locale = locale;
    this.overrides = overrides;
    this.sections = sections;
  }

  /** The message and the language it is actually in. */
  lookup<S extends Section, K extends keyof Messages[S]>(section: S, key: K): {value: Value<S, K>; lang: Locale} {
    const catalog = this.sections[section] as Record<Locale, Record<PropertyKey, unknown> | undefined> | undefined;
    if (!catalog) {
      warnOnce(`localizer:${section}`, `strings of section "${section}" are not loaded: add them to the element's \`static sections\` (shared/usht-element.ts).`);
    }
    const find = (messages: unknown): unknown => (messages as Record<PropertyKey, unknown> | undefined)?.[key];
    const own = find(this.overrides?.[this.locale]?.[section]) ?? find(catalog?.[this.locale]);
    if (own !== undefined && own !== '') return {value: own as Value<S, K>, lang: this.locale};
    // The key itself when even nb is missing: visible in review, never "undefined".
    const fallback = find(this.overrides?.nb?.[section]) ?? find(catalog?.nb) ?? String(key);
    return {value: fallback as Value<S, K>, lang: 'nb'};
  }

  /** Plain text, for attributes and where markup cannot go. */
  text<S extends Section, K extends keyof Messages[S]>(section: S, key: K, ...args: Args<Value<S, K>>): string {
    const {value} = this.lookup(section, key);
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    if (isPlural(value)) return value.other(String(args[0] ?? ''));
    return String(value);
  }

  /** Text for element content: wrapped in `lang="nb"` when se fell back to nb (WCAG 3.1.2). */
  t<S extends Section, K extends keyof Messages[S]>(section: S, key: K, ...args: Args<Value<S, K>>): string | TemplateResult {
    const text = this.text(section, key, ...args);
    return this.lookup(section, key).lang === this.locale ? text : html`<span lang=${this.lookup(section, key).lang}>${text}</span>`;
  }

  /** A counted phrase through `Intl.PluralRules`, with the number formatted for the locale. */
  count<S extends Section, K extends keyof Messages[S]>(section: S, key: K, n: number): string {
    const {value, lang} = this.lookup(section, key);
    if (!isPlural(value)) return String(value);
    const category = pluralCategory(lang, n);
    const form = value[category] ?? value.other;
    return form(this.formatNumber(n));
  }

  /** Like `count`, marked `lang="nb"` when it fell back. */
  countT<S extends Section, K extends keyof Messages[S]>(section: S, key: K, n: number): string | TemplateResult {
    const text = this.count(section, key, n);
    const {lang} = this.lookup(section, key);
    return lang === this.locale ? text : html`<span lang=${lang}>${text}</span>`;
  }

  formatNumber(n: number): string {
    // A count below 1,000 reads the same in all four locales' Intl formats (Latin digits, no
    // grouping, no sign): plain digits, checked against Intl in test/foundation/locale.test.ts. The page's first
    // Intl.NumberFormat costs 3–25 ms in Chromium, paid on the first render of every list otherwise.
    if (Number.isInteger(n) && n < 1000 && (n > 0 || Object.is(n, 0))) return String(n);
    return (numberFormats[this.locale] ??= new Intl.NumberFormat(intlTag[this.locale])).format(n);
  }
}
