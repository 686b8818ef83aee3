import { type TemplateResult } from 'lit';
import type { MessageOverrides, Messages, Section, SectionCatalogs } from '../locales/messages.js';
import type { Locale } from '../locales/resolve.js';
export declare const TIME_ZONE = "Europe/Oslo";
/** A calendar date with no time zone: what `YYYY-MM-DD` in our data means. */
export interface PlainDate {
    readonly year: number;
    /** 1–12 */
    readonly month: number;
    readonly day: number;
}
type Value<S extends Section, K extends keyof Messages[S]> = Messages[S][K];
type Args<V> = V extends (...args: infer A) => string ? A : [];
/**
 * Strings, counts, dates and numbers for one locale. Lookup: the host's override for the locale,
 * our catalogue for the locale, then (se only) nb, whose text is then marked `lang="nb"`.
 */
export declare class Localizer {
    readonly locale: Locale;
    private readonly overrides;
    private readonly numberFormat;
    private readonly sections;
    /** `sections`: the string sections this localizer can read (an element's `static sections`). */
    constructor(locale: Locale, overrides?: MessageOverrides, sections?: SectionCatalogs);
    /** The message and the language it is actually in. */
    lookup<S extends Section, K extends keyof Messages[S]>(section: S, key: K): {
        value: Value<S, K>;
        lang: Locale;
    };
    /** Plain text, for attributes and where markup cannot go. */
    text<S extends Section, K extends keyof Messages[S]>(section: S, key: K, ...args: Args<Value<S, K>>): string;
    /** Text for element content: wrapped in `lang="nb"` when se fell back to nb (WCAG 3.1.2). */
    t<S extends Section, K extends keyof Messages[S]>(section: S, key: K, ...args: Args<Value<S, K>>): string | TemplateResult;
    /** A counted phrase through `Intl.PluralRules`, with the number formatted for the locale. */
    count<S extends Section, K extends keyof Messages[S]>(section: S, key: K, n: number): string;
    /** Like `count`, marked `lang="nb"` when it fell back. */
    countT<S extends Section, K extends keyof Messages[S]>(section: S, key: K, n: number): string | TemplateResult;
    formatNumber(n: number): string;
    /** Norwegian kroner, whole kroner ("285 000 kr"). */
    formatCurrency(n: number): string;
    /** Month name, 1–12. */
    monthName(month: number, width?: 'long' | 'short'): string;
    /** Weekday names, Monday first. */
    weekdayNames(width?: 'long' | 'short'): readonly string[];
    /**
     * A calendar date: 'long' "5. mars 2026", 'weekday' "torsdag 5. mars 2026", 'short' "5. mars",
     * 'month' "mars 2026", 'numeric' "05.03.2026". English follows en-GB ("5 March 2026").
     */
    formatDate(date: PlainDate, style?: 'long' | 'weekday' | 'short' | 'month' | 'numeric'): string;
    /** "13:00": 24-hour clock in every locale we ship. */
    formatTime(hour: number, minute: number): string;
    private dateTag;
    /** Whether the browser really has date names for the locale (Chromium: nb and en yes, nn and se no). */
    private intlHasDateNames;
}
/** Monday = 0 … Sunday = 6. */
export declare function weekdayIndex(date: PlainDate): number;
/** `YYYY-MM-DD` (or the date part of a local date-time) as a PlainDate. */
export declare function parsePlainDate(value: string): PlainDate;
/** The wall-clock date and time in Oslo at an instant (today's date for "hide past activities"). */
export declare function osloNow(instant?: Date): PlainDate & {
    hour: number;
    minute: number;
};
export {};
//# sourceMappingURL=localizer.d.ts.map