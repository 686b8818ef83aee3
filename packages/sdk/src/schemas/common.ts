import * as z from 'zod/mini';

/** Kebab-case identifier used for centres, priority areas, activities and sources. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id in kebab-case (a-z, 0-9, -)'));

/** Kommunenummer (2024 structure): four digits. */
export const municipalityNumberSchema = z.string().check(z.regex(/^\d{4}$/, 'a 4-digit municipality number'));

/** Fylkesnummer (2024 structure): two digits. */
export const countyNumberSchema = z.string().check(z.regex(/^\d{2}$/, 'a 2-digit county number'));

/** A calendar date, `YYYY-MM-DD`, read in Europe/Oslo. */
export const isoDateSchema = z.iso.date();

const dateTimePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * True when year-month-day names a day that exists (no 30 February). A value of the wrong shape
 * passes here: the pattern check beside it reports that, once.
 */
function isCalendarDate(value: string): boolean {
  // Every month has days 1–28; only 29–31 need the calendar. This runs for every date of every
  // activity (budgets.md: validation of 10,000), so no Date object and no second regex for most.
  const day = Number(value.slice(8, 10));
  if (!(day > 28) || !dateTimePattern.test(value)) return true;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= last;
}

/** A local wall-clock date-time in Europe/Oslo without offset, `YYYY-MM-DDTHH:MM`. */
export const localDateTimeSchema = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a local date-time YYYY-MM-DDTHH:MM'),
  z.refine(isCalendarDate, 'a day that exists in the calendar'),
);

/**
 * Either a date (all-day) or a local date-time. One pattern, not a union of the two schemas:
 * validation of 10,000 activities is on the budget (budgets.md), and a union tries both.
 */
export const dateOrDateTimeSchema = z.string().check(
  z.regex(dateTimePattern, 'a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM'),
  z.refine(isCalendarDate, 'a day that exists in the calendar'),
);

const plainWebLink = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?:[/?#][\x21-\x7e]*)?$/i;

/**
 * A link a browser may follow. Only http(s) and mailto: `javascript:`, `data:` and friends are
 * rejected here, at the boundary, so no element ever renders them as a link.
 */
export const safeUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    // `new URL` costs ~1.5 µs in Chromium (a call into the browser), and a feed has a link in most
    // records. A plain http(s) link (letters-only top-level domain, no port, user or punycode) is
    // one the URL parser always accepts with that protocol; anything else is parsed for real.
    if (plainWebLink.test(value) && !/xn--/i.test(value)) return true;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
    } catch {
      return false;
    }
  }, 'an absolute http(s) or mailto URL'),
);

/** Record ids of the sources that give a record's facts (see the feed's `sources`). */
export const sourceRefsSchema = z.array(idSchema).check(z.minLength(1, 'at least one source id'));

/** Language of a text from data; rendered with this `lang`. */
export const textLanguages = ['nb', 'nn', 'en', 'se'] as const;
export const textLanguageSchema = z.enum(textLanguages);

/** Short human text: no empty strings, bounded so a broken feed cannot blow up a layout or memory. */
export const textSchema = z.string().check(z.minLength(1), z.maxLength(2000));
export const longTextSchema = z.string().check(z.minLength(1), z.maxLength(20000));

/** A place where a source for our data was read. */
export const sourceSchema = z.object({
  id: idSchema,
  title: textSchema,
  publisher: z.optional(z.nullable(textSchema)),
  url: z.optional(z.nullable(safeUrlSchema)),
  /** What the source says, word for word, where that matters (an activity's date). */
  evidence: z.optional(longTextSchema),
  licence: z.optional(textSchema),
  version: z.optional(z.nullable(textSchema)),
  note: z.optional(z.nullable(longTextSchema)),
});
export type Source = z.infer<typeof sourceSchema>;

export type Id = z.infer<typeof idSchema>;
export type MunicipalityNumber = z.infer<typeof municipalityNumberSchema>;
export type CountyNumber = z.infer<typeof countyNumberSchema>;
export type TextLanguage = z.infer<typeof textLanguageSchema>;
