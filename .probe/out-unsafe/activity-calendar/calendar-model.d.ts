import type { Activity } from '@usht/sdk';
export declare const isDateKey: (value: string | null | undefined) => value is string;
export declare const addDays: (key: string, days: number) => string;
export declare const daysBetween: (from: string, to: string) => number;
/** Monday = 0 … Sunday = 6. */
export declare const weekday: (key: string) => number;
/** ISO 8601 week number (Norway numbers weeks this way: weeks start on Monday, week 1 holds 4 January). */
export declare function isoWeek(key: string): number;
/** The key of the same day `months` months away, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export declare function addMonths(key: string, months: number): string;
/** Whole Monday-first weeks covering the month of `key` (4–6 rows of 7 date keys). */
export declare function monthWeeks(key: string): string[][];
/** One appearance of an activity on one day. */
export interface Occurrence {
    readonly activity: Activity;
    readonly date: string;
    /** `HH:MM` where the activity starts or ends on this day; absent on an all-day day. */
    readonly startTime?: string | undefined;
    readonly endTime?: string | undefined;
    /** Day `day` of `days` of a multi-day stretch (1-based). */
    readonly day: number;
    readonly days: number;
    /** Session `session` of `sessions` when the activity meets several times (1-based). */
    readonly session: number;
    readonly sessions: number;
    /** Last day of a stretch too long to repeat on every day (shown once, with its end date). */
    readonly until?: string | undefined;
}
/** Stretches longer than this (a project over months) appear once, not on every day of the agenda. */
export declare const LONGEST_REPEATED_STRETCH = 31;
/**
 * Every day an activity takes place on, within the optional inclusive range: each day of a
 * multi-day activity and each session of one that meets several times.
 */
export declare function occurrencesOf(activity: Activity, from?: string, to?: string): Occurrence[];
/** Day → its occurrences in order, and the days in order: computed once per result, not per render. */
export interface DayIndex {
    readonly days: readonly string[];
    readonly byDay: ReadonlyMap<string, readonly Occurrence[]>;
    readonly size: number;
}
export declare function indexByDay(activities: readonly Activity[], from?: string, to?: string): DayIndex;
//# sourceMappingURL=calendar-model.d.ts.map