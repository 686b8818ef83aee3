import {html, type TemplateResult} from 'lit';
import type {MessageOverrides, Messages, Section, SectionCatalogs} from '../locales/messages.js';
import {warnOnce} from './dev-warnings.js';
import {ownDateNames} from '../locales/date-names.js';
import type {Locale} from '../locales/resolve.js';
import type {Plural} from '../locales/types.js';

export const TIME_ZONE = 'Europe/Oslo';

/** A calendar date with no time zone: what `YYYY-MM-DD` in our data means. */
export interface PlainDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

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
 * Strings, counts, dates and numbers for one locale. Lookup: the host's override for the locale,
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

  /** Month name, 1–12. */
  monthName(month: number, width: 'long' | 'short' = 'long'): string {
    return this.dateNames('months', width)[month - 1] ?? '';
  }

  /** Weekday names, Monday first. */
  weekdayNames(width: 'long' | 'short' = 'long'): readonly string[] {
    return this.dateNames('weekdays', width);
  }

  /**
   * A calendar date: 'long' "5. mars 2026", 'weekday' "torsdag 5. mars 2026", 'short' "5. mars",
   * 'month' "mars 2026", 'numeric' "05.03.2026". English follows en-GB ("5 March 2026").
   */
  formatDate(date: PlainDate, style: 'long' | 'weekday' | 'short' | 'month' | 'numeric' = 'long'): string {
    const {year, month, day} = date;
    if (style === 'numeric') return `${two(day)}.${two(month)}.${year}`;
    const monthName = this.monthName(month);
    const dayMonth = `${day}${this.locale === 'en' ? '' : '.'} ${monthName}`;
    return style === 'month' ? `${monthName} ${year}`
      : style === 'short' ? dayMonth
      : style === 'weekday' ? `${this.weekdayNames()[weekdayIndex(date)]} ${dayMonth} ${year}`
      : `${dayMonth} ${year}`;
  }

  /** "13:00": 24-hour clock in every locale we ship. */
  formatTime(hour: number, minute: number): string {
    return `${two(hour)}:${two(minute)}`;
  }

  /**
   * Month or weekday names, made once per locale and width for the page: a month grid formats 42
   * days, and each Intl.DateTimeFormat costs more than the formatting itself.
   */
  private dateNames(kind: 'months' | 'weekdays', width: 'long' | 'short'): readonly string[] {
    const key = `${this.locale}${kind}${width}`;
    let names = dateNameCache.get(key);
    if (!names) {
      const tag = this.locale === 'en' ? 'en-GB' : this.locale === 'nb' ? 'nb-NO' : this.locale;
      const months = kind === 'months';
      const format = new Intl.DateTimeFormat(tag, {[months ? 'month' : 'weekday']: width, timeZone: 'UTC'});
      // Chromium has date names for nb and en, not for nn and se: then ours are used.
      const own = ownDateNames[this.locale];
      names = own && !format.resolvedOptions().locale.startsWith(this.locale)
        ? own[`${kind}${width === 'long' ? '' : 'Short'}` as const]
        : Array.from({length: months ? 12 : 7}, (_, i) => format.format(Date.UTC(2001, months ? i : 0, months ? 15 : 1 + i))); // 2001-01-01 was a Monday.
      dateNameCache.set(key, names);
    }
    return names;
  }
}

const dateNameCache = new Map<string, readonly string[]>();
const two = (n: number) => String(n).padStart(2, '0');

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: PlainDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD` (or the date part of a local date-time) as a PlainDate. */
export function parsePlainDate(value: string): PlainDate {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return {year: year ?? 1970, month: month ?? 1, day: day ?? 1};
}

// Pure: a bundle whose elements never ask for the time leaves it out.
const osloParts = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The wall-clock date and time in Oslo at an instant (today's date for "hide past activities"). */
export function osloNow(instant: Date = new Date()): PlainDate & {hour: number; minute: number} {
  const parts = osloParts.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute')};
}
