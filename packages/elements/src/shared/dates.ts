import {ownDateNames} from '../locales/date-names.js';
import type {Locale} from '../locales/resolve.js';

// Dates for the elements that show them (the calendar). Apart from the Localizer so that the
// elements that never format a date do not carry our own month and weekday names (budgets.md).

export const TIME_ZONE = 'Europe/Oslo';

/** A calendar date with no time zone: what `YYYY-MM-DD` in our data means. */
export interface PlainDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** 'long' "5. mars 2026", 'weekday' "torsdag 5. mars 2026", 'short' "5. mars", 'month' "mars 2026", 'numeric' "05.03.2026". */
export type DateStyle = 'long' | 'weekday' | 'short' | 'month' | 'numeric';
type Width = 'long' | 'short';

const dateNameCache = new Map<string, readonly string[]>();
const two = (n: number) => String(n).padStart(2, '0');

/**
 * Month or weekday names, made once per locale and width for the page: a month grid formats 42
 * days, and each Intl.DateTimeFormat costs more than the formatting itself.
 */
function dateNames(locale: Locale, kind: 'months' | 'weekdays', width: Width): readonly string[] {
  const key = `${locale}${kind}${width}`;
  let names = dateNameCache.get(key);
  if (!names) {
    const months = kind === 'months';
    // Chromium has no date names for nn and se, and Firefox's differ from ours ("jan" for "jan."):
    // ours are used in every engine, so a reader sees the same words in each.
    const own = ownDateNames[locale];
    if (own) {
      names = own[`${kind}${width === 'long' ? '' : 'Short'}` as const];
    } else {
      const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {[months ? 'month' : 'weekday']: width, timeZone: 'UTC'});
      names = Array.from({length: months ? 12 : 7}, (_, i) => format.format(Date.UTC(2001, months ? i : 0, months ? 15 : 1 + i))); // 2001-01-01 was a Monday.
    }
    dateNameCache.set(key, names);
  }
  return names;
}

/** Month name, 1–12. */
export function monthName(locale: Locale, month: number, width: Width = 'long'): string {
  return dateNames(locale, 'months', width)[month - 1] ?? '';
}

/** Weekday names, Monday first. */
export function weekdayNames(locale: Locale, width: Width = 'long'): readonly string[] {
  return dateNames(locale, 'weekdays', width);
}

/** A calendar date in the locale's words (see DateStyle); English follows en-GB ("5 March 2026"). */
export function formatDate(locale: Locale, date: PlainDate, style: DateStyle = 'long'): string {
  const {year, month, day} = date;
  if (style === 'numeric') return `${two(day)}.${two(month)}.${year}`;
  const name = monthName(locale, month);
  const dayMonth = `${day}${locale === 'en' ? '' : '.'} ${name}`;
  return style === 'month' ? `${name} ${year}`
    : style === 'short' ? dayMonth
    : style === 'weekday' ? `${weekdayNames(locale)[weekdayIndex(date)]} ${dayMonth} ${year}`
    : `${dayMonth} ${year}`;
}

/** "13:00": 24-hour clock in every locale we ship. */
export function formatTime(hour: number, minute: number): string {
  return `${two(hour)}:${two(minute)}`;
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: PlainDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD` (or the date part of a local date-time) as a PlainDate. */
export function parsePlainDate(value: string): PlainDate {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return {year: year ?? 1970, month: month ?? 1, day: day ?? 1};
}

// Pure: a bundle that never asks for the time leaves it out.
const osloParts = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** Today in Oslo as `YYYY-MM-DD`. */
export function todayKey(): string {
  const {year, month, day} = osloNow();
  return `${year}-${two(month)}-${two(day)}`;
}

/** The wall-clock date and time in Oslo at an instant (today's date for "hide past activities"). */
export function osloNow(instant: Date = new Date()): PlainDate & {hour: number; minute: number} {
  const parts = osloParts.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute')};
}
