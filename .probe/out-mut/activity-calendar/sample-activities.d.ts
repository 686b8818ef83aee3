import type { Activity } from '@usht/sdk';
export interface SampleOptions {
    /** PRNG seed; the same seed and count give the same activities. */
    readonly seed?: number;
    /** First day (`YYYY-MM-DD`) activities may start on. */
    readonly start?: string;
    /** How many days, from `start`, activities start within. */
    readonly days?: number;
}
/**
 * `count` deterministic sample activities: mostly one-day timed events, some all-day, multi-day
 * and multi-session ones, about one in twenty cancelled and one in twenty full.
 */
export declare function sampleActivities(count: number, { seed, start, days }?: SampleOptions): Activity[];
//# sourceMappingURL=sample-activities.d.ts.map