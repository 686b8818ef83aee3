import * as z from 'zod/mini';
import {
  dateOrDateTimeSchema, idSchema, isoDateSchema, longTextSchema, municipalityNumberSchema, safeUrlSchema,
  sourceRefsSchema, textLanguageSchema, textSchema,
} from './common.js';

export const activityKinds = [
  'network-meeting', 'learning-network', 'course', 'professional-day', 'conference', 'webinar', 'abc', 'project', 'other',
] as const;
export const activityKindSchema = z.enum(activityKinds);

/** How people take part: on site, online, or both (centres deliberately combine them). */
export const activityModes = ['physical', 'digital', 'hybrid'] as const;
export const activityModeSchema = z.enum(activityModes);

export const activityStatuses = ['scheduled', 'cancelled', 'full', 'postponed'] as const;
export const activityStatusSchema = z.enum(activityStatuses);

/** What the centre did: `participant` means another body arranged it and the centre took part. */
export const organiserRoles = ['organiser', 'co-organiser', 'host', 'participant'] as const;
export const organiserRoleSchema = z.enum(organiserRoles);

/**
 * One stretch of time, in Europe/Oslo wall-clock time. All-day: `start`/`end` are dates and `end`
 * is the last day (inclusive). Timed: local date-times. `end` is null when the source does not give it.
 */
export const timeSpanSchema = z.object({
  start: dateOrDateTimeSchema,
  end: z.nullable(dateOrDateTimeSchema),
});

export const scheduleSchema = z.object({
  timeZone: z.literal('Europe/Oslo'),
  allDay: z.boolean(),
  start: dateOrDateTimeSchema,
  end: z.nullable(dateOrDateTimeSchema),
  /** Separate meetings of one activity (a course over three days in three months). */
  sessions: z.optional(z.array(timeSpanSchema)),
});

export const placeSchema = z.object({
  venue: z.nullable(textSchema),
  locality: z.nullable(textSchema),
  municipalityNumber: z.nullable(municipalityNumberSchema),
  note: z.optional(longTextSchema),
});

export const registrationSchema = z.object({
  url: z.nullable(safeUrlSchema),
  deadline: z.nullable(isoDateSchema),
  contact: z.optional(z.nullable(z.email())),
});

/** The title (and description) in another language than the activity's own. */
export const activityTranslationSchema = z.object({
  title: textSchema,
  summary: z.optional(longTextSchema),
});

/**
 * Titles and descriptions in the languages the activity's own text is not in: a calendar shows the
 * one in the reader's language where there is one (R12: Nynorsk and English pages).
 */
export const activityTranslationsSchema = z.object({
  nb: z.optional(activityTranslationSchema),
  nn: z.optional(activityTranslationSchema),
  en: z.optional(activityTranslationSchema),
  se: z.optional(activityTranslationSchema),
});

/** A dated activity: a network meeting, course, conference … run by a centre. */
export const activitySchema = z.object({
  id: idSchema,
  title: textSchema,
  kind: activityKindSchema,
  /** The centre that runs it; `centreIds` lists every centre involved, this one first. */
  centreId: idSchema,
  centreIds: z.optional(z.array(idSchema)),
  organiserRole: z.optional(organiserRoleSchema),
  organiser: z.optional(textSchema),
  schedule: scheduleSchema,
  mode: activityModeSchema,
  place: z.nullable(placeSchema),
  videoUrl: z.optional(z.nullable(safeUrlSchema)),
  audience: z.array(textSchema),
  priorityAreaIds: z.array(idSchema),
  registration: z.nullable(registrationSchema),
  status: activityStatusSchema,
  /** Language of the activity's own text (title, audience). */
  language: textLanguageSchema,
  summary: z.optional(longTextSchema),
  /** The title and summary in other languages, by language. */
  translations: z.optional(activityTranslationsSchema),
  /** Incremented on every change, so calendar programs update an event they already hold (RFC 5545 SEQUENCE). */
  sequence: z.optional(z.int().check(z.gte(0))),
  /** `high`: the full date is written next to the event in the source; `medium`: from a URL or heading. */
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
  /** True for generated sample data ("Eksempeldata"): never mixed into the real set. */
  sample: z.optional(z.boolean()),
  notes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});
export type ActivityKind = z.infer<typeof activityKindSchema>;
export type ActivityMode = z.infer<typeof activityModeSchema>;
export type ActivityStatus = z.infer<typeof activityStatusSchema>;
export type OrganiserRole = z.infer<typeof organiserRoleSchema>;
export type TimeSpan = z.infer<typeof timeSpanSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Registration = z.infer<typeof registrationSchema>;
export type ActivityTranslation = z.infer<typeof activityTranslationSchema>;
export type Activity = z.infer<typeof activitySchema>;
