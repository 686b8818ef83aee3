/** Putting imported activities into a feed: by id, so importing again updates instead of duplicating. */
import type {Activity} from '../schemas/activity.js';
import type {Source} from '../schemas/common.js';
import {FEED_FORMAT, FEED_VERSION, type Feed} from '../schemas/feed.js';
import type {ImportResult} from './types.js';

export interface MergeResult {
  /** The feed with the activities put in; every other record and collection as it was. */
  readonly feed: Feed;
  /** Ids of activities the feed did not have. */
  readonly added: string[];
  /** Ids of activities whose content changed (their `sequence` raised). */
  readonly updated: string[];
  /** Ids of activities imported with the content the feed already had (left as they were). */
  readonly unchanged: string[];
}

/**
 * Replaces activities by id, adds new ones and keeps everything else in `feed` (a new feed when
 * undefined). A changed activity gets `sequence` = max(existing + 1, incoming), so calendars that
 * subscribed to it update the event instead of showing it twice (RFC 5545 §3.8.7.4). Sources the
 * result cites that the feed lacks are added; a source the feed already has is kept as it is.
 */
export function mergeActivities(feed: Feed | undefined, result: Pick<ImportResult, 'activities' | 'sources'>): MergeResult {
  const base: Feed = feed ?? {format: FEED_FORMAT, version: FEED_VERSION};
  const activities: Activity[] = [...(base.activities ?? [])];
  const position = new Map(activities.map((activity, index) => [activity.id, index]));
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const incoming of result.activities) {
    const at = position.get(incoming.id);
    if (at === undefined) {
      position.set(incoming.id, activities.length);
      activities.push(incoming);
      added.push(incoming.id);
      continue;
    }
    const existing = activities[at] as Activity;
    if (sameContent(existing, incoming)) {
      unchanged.push(incoming.id);
      continue;
    }
    activities[at] = {...incoming, sequence: Math.max((existing.sequence ?? 0) + 1, incoming.sequence ?? 0)};
    updated.push(incoming.id);
  }
  const sources: Source[] = [...(base.sources ?? [])];
  const known = new Set(sources.map((source) => source.id));
  for (const source of result.sources) {
    if (!known.has(source.id)) {
      sources.push(source);
      known.add(source.id);
    }
  }
  return {feed: {...base, ...(sources.length > 0 ? {sources} : {}), activities}, added, updated, unchanged};
}

/** Equal as data, `sequence` aside (a calendar program raises it for changes we do not import). */
function sameContent(a: Activity, b: Activity): boolean {
  const {sequence: _a, ...left} = a;
  const {sequence: _b, ...right} = b;
  return equalJson(left, right);
}

function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equalJson(item, b[i]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && equalJson(value, right.get(key)));
}
