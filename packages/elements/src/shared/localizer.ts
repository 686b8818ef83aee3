import {html, type TemplateResult} from 'lit';
import type {MessageOverrides, Messages, Section, SectionCatalogs} from '../locales/messages.js';
import {warnOnce} from './dev-warnings.js';
import type {Locale} from '../locales/resolve.js';
import type {Plural} from '../locales/types.js';

type Value<S extends Section, K extends keyof Messages[S]> = Messages[S][K];
type Args<V> = V extends (...args: infer A) => string ? A : [];

// Intl tags for numbers and the dates Chromium does have. se and nn number formats follow nb
// (space as group separator, comma as decimal sign).
const intlTag: Record<Locale, string> = {nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB', se: 'nb-NO'};

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Plural categories by rule, for locales whose rules a browser may lack (se has "two"). */
function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  // Intl constructors are slow: one per locale for the page, not one per counted phrase.
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale === 'se' ? 'se' : intlTag[locale]);
    pluralRules.set(locale, rules);
  }
  // Chromium without se data answers with its fallback's rules, which lack "two".
  if (locale === 'se' && !rules.resolvedOptions().locale.startsWith('se')) return n === 1 ? 'one' : n === 2 ? 'two' : 'other';
  return rules.select(n);
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
  private readonly numberFormat: Intl.NumberFormat;
  private currencyFormat: Intl.NumberFormat | undefined;
  private readonly sections: SectionCatalogs;

  /** `sections`: the string sections this localizer can read (an element's `static sections`). */
  constructor(locale: Locale, overrides?: MessageOverrides, sections: SectionCatalogs = {}) {
    this.locale = locale;
    this.overrides = overrides;
    this.sections = sections;
    this.numberFormat = new Intl.NumberFormat(intlTag[locale]);
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
    return this.numberFormat.format(n);
  }

  /** Norwegian kroner, whole kroner ("285 000 kr"). */
  formatCurrency(n: number): string {
    this.currencyFormat ??= new Intl.NumberFormat(intlTag[this.locale], {style: 'currency', currency: 'NOK', maximumFractionDigits: 0});
    return this.currencyFormat.format(n);
  }
}
