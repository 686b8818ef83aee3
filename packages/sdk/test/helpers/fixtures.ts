/**
 * Test data built from the real embedded data set (never invented records), plus deliberately
 * broken copies. Activities whose dates or fields a test changes are marked `sample: true`.
 */
import {FEED_FORMAT, FEED_VERSION} from '../../src/schemas/feed.js';

export interface RawData {
  sources: Record<string, unknown>[];
  counties: Record<string, unknown>[];
  municipalities: Record<string, unknown>[];
  centres: Record<string, unknown>[];
  priorityAreas: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  programmes: Record<string, unknown>[];
  grantSchemes: Record<string, unknown>[];
  attribution: Record<string, unknown>[];
}

/** A fresh deep copy of the embedded data modules, as JSON (what a feed would carry). */
export async function rawData(): Promise<RawData> {
  const load = async (module: Promise<{default: unknown}>) =>
    structuredClone((await module).default) as Record<string, unknown>[];
  return {
    sources: await load(import('../../src/data/sources.js')),
    counties: await load(import('../../src/data/counties.js')),
    municipalities: await load(import('../../src/data/municipalities.js')),
    centres: await load(import('../../src/data/centres.js')),
    priorityAreas: await load(import('../../src/data/priority-areas.js')),
    activities: await load(import('../../src/data/activities.js')),
    programmes: await load(import('../../src/data/programmes.js')),
    grantSchemes: await load(import('../../src/data/grant-schemes.js')),
    attribution: await load(import('../../src/data/attribution.js')),
  };
}

/** A feed document holding the given collections. */
export function feedDocument(collections: Partial<RawData>): Record<string, unknown> {
  return {format: FEED_FORMAT, version: FEED_VERSION, ...collections};
}

/** A real activity with some fields changed; marked as sample data, since it no longer is real. */
export function sampleActivity(base: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  return {...structuredClone(base), ...changes, sample: true};
}

/** An all-day schedule from `start` to `end` (inclusive). */
export function allDay(start: string, end: string | null = null): Record<string, unknown> {
  return {timeZone: 'Europe/Oslo', allDay: true, start, end};
}
