import { html } from 'lit';
import { warnOnce } from './dev-warnings.js';
import { ownDateNames } from '../locales/date-names.js';
export const TIME_ZONE = 'Europe/Oslo';
// Intl tags for numbers and the dates Chromium does have. se and nn number formats follow nb
// (space as group separator, comma as decimal sign).
const intlTag = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB', se: 'nb-NO' };
/** Plural categories by rule, for locales whose rules a browser may lack (se has "two"). */
function pluralCategory(locale, n) {
    if (locale === 'se') {
        const rules = new Intl.PluralRules('se');
        // Chromium without se data answers with its fallback's rules, which lack "two".
        if (rules.resolvedOptions().locale.startsWith('se'))
            return rules.select(n);
        return n === 1 ? 'one' : n === 2 ? 'two' : 'other';
    }
    return new Intl.PluralRules(intlTag[locale]).select(n);
}
const isPlural = (value) => typeof value === 'object' && value !== null && 'other' in value && typeof value.other === 'function';
/**
 * Strings, counts, dates and numbers for one locale. Lookup: the host's override for the locale,
 * our catalogue for the locale, then (se only) nb, whose text is then marked `lang="nb"`.
 */
export class Localizer {
    locale;
    overrides;
    numberFormat;
    sections;
    /** `sections`: the string sections this localizer can read (an element's `static sections`). */
    constructor(locale, overrides, sections = {}) {
        this.locale = locale;
        this.overrides = overrides;
        this.sections = sections;
        this.numberFormat = new Intl.NumberFormat(intlTag[locale]);
    }
    /** The message and the language it is actually in. */
    lookup(section, key) {
        const catalog = this.sections[section];
        if (!catalog) {
            warnOnce(`localizer:${section}`, `strings of section "${section}" are not loaded: add them to the element's \`static sections\` (shared/usht-element.ts).`);
        }
        const find = (messages) => messages?.[key];
        const own = find(this.overrides?.[this.locale]?.[section]) ?? find(catalog?.[this.locale]);
        if (own !== undefined && own !== '')
            return { value: own, lang: this.locale };
        // The key itself when even nb is missing: visible in review, never "undefined".
        const fallback = find(this.overrides?.nb?.[section]) ?? find(catalog?.nb) ?? String(key);
        return { value: fallback, lang: 'nb' };
    }
    /** Plain text, for attributes and where markup cannot go. */
    text(section, key, ...args) {
        const { value } = this.lookup(section, key);
        if (typeof value === 'function')
            return value(...args);
        if (isPlural(value))
            return value.other(String(args[0] ?? ''));
        return String(value);
    }
    /** Text for element content: wrapped in `lang="nb"` when se fell back to nb (WCAG 3.1.2). */
    t(section, key, ...args) {
        const text = this.text(section, key, ...args);
        return this.lookup(section, key).lang === this.locale ? text : html `<span lang=${this.lookup(section, key).lang}>${text}</span>`;
    }
    /** A counted phrase through `Intl.PluralRules`, with the number formatted for the locale. */
    count(section, key, n) {
        const { value, lang } = this.lookup(section, key);
        if (!isPlural(value))
            return String(value);
        const category = pluralCategory(lang, n);
        const form = value[category] ?? value.other;
        return form(this.formatNumber(n));
    }
    /** Like `count`, marked `lang="nb"` when it fell back. */
    countT(section, key, n) {
        const text = this.count(section, key, n);
        const { lang } = this.lookup(section, key);
        return lang === this.locale ? text : html `<span lang=${lang}>${text}</span>`;
    }
    formatNumber(n) {
        return this.numberFormat.format(n);
    }
    /** Norwegian kroner, whole kroner ("285 000 kr"). */
    formatCurrency(n) {
        return new Intl.NumberFormat(intlTag[this.locale], { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(n);
    }
    /** Month name, 1–12. */
    monthName(month, width = 'long') {
        const own = ownDateNames[this.locale];
        if (own && !this.intlHasDateNames())
            return (width === 'long' ? own.months : own.monthsShort)[month - 1] ?? '';
        return new Intl.DateTimeFormat(this.dateTag(), { month: width, timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 15));
    }
    /** Weekday names, Monday first. */
    weekdayNames(width = 'long') {
        const own = ownDateNames[this.locale];
        if (own && !this.intlHasDateNames())
            return width === 'long' ? own.weekdays : own.weekdaysShort;
        const format = new Intl.DateTimeFormat(this.dateTag(), { weekday: width, timeZone: 'UTC' });
        // 2001-01-01 was a Monday.
        return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2001, 0, 1 + i)));
    }
    /**
     * A calendar date: 'long' "5. mars 2026", 'weekday' "torsdag 5. mars 2026", 'short' "5. mars",
     * 'month' "mars 2026", 'numeric' "05.03.2026". English follows en-GB ("5 March 2026").
     */
    formatDate(date, style = 'long') {
        const { year, month, day } = date;
        if (style === 'numeric') {
            return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
        }
        const weekday = this.weekdayNames('long')[weekdayIndex(date)] ?? '';
        const monthName = this.monthName(month);
        if (this.locale === 'en') {
            const parts = { long: `${day} ${monthName} ${year}`, weekday: `${weekday} ${day} ${monthName} ${year}`, short: `${day} ${monthName}`, month: `${monthName} ${year}` };
            return parts[style];
        }
        const parts = { long: `${day}. ${monthName} ${year}`, weekday: `${weekday} ${day}. ${monthName} ${year}`, short: `${day}. ${monthName}`, month: `${monthName} ${year}` };
        return parts[style];
    }
    /** "13:00": 24-hour clock in every locale we ship. */
    formatTime(hour, minute) {
        return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    }
    dateTag() {
        return this.locale === 'en' ? 'en-GB' : this.locale === 'nb' ? 'nb-NO' : this.locale;
    }
    /** Whether the browser really has date names for the locale (Chromium: nb and en yes, nn and se no). */
    intlHasDateNames() {
        return new Intl.DateTimeFormat(this.dateTag()).resolvedOptions().locale.split('-')[0] === this.locale;
    }
}
/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date) {
    return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}
/** `YYYY-MM-DD` (or the date part of a local date-time) as a PlainDate. */
export function parsePlainDate(value) {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}
const osloParts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
/** The wall-clock date and time in Oslo at an instant (today's date for "hide past activities"). */
export function osloNow(instant = new Date()) {
    const parts = osloParts.formatToParts(instant);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}
//# sourceMappingURL=localizer.js.map