/** A USHT feed (JSON) → its activities and the sources they cite, checked by the SDK's own `parseFeed`. */
import {isUshtValidationError} from '../errors.js';
import {feedCollectionNames} from '../schemas/feed.js';
import {parseFeed, type ParsedFeed} from '../validate.js';
import {ImportContext, type Draft} from './context.js';
import {quoted} from './text.js';
import type {ImportOptions, ImportResult} from './types.js';

/**
 * Imports the activities of a feed (format `usht-feed`). Invalid records are rejected by their
 * path (`activities[3]`) with the schema's issues; collections other than activities and sources
 * are left out with a warning (the CLI's `--merge` keeps them in the feed it updates).
 */
export function importFeed(text: string, options: ImportOptions): ImportResult {
  const ctx = new ImportContext('feed', options);
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return ctx.failed('json-unreadable', {detail: jsonErrorDetail(error, source)});
  }
  let parsed: ParsedFeed;
  try {
    parsed = parseFeed(json, ctx.fileName ?? 'feed', {wording: ctx.wording});
  } catch (error) {
    if (isUshtValidationError(error)) return ctx.failed('feed-not-a-feed', {}, {issues: error.issues});
    throw error;
  }
  const doc = json as Record<string, unknown>;
  const ignored = feedCollectionNames.filter((name) => name !== 'activities' && name !== 'sources' && Array.isArray(doc[name]) && (doc[name] as unknown[]).length > 0);
  if (ignored.length > 0) ctx.warn('feed-collections-ignored', {collections: ignored.join(', ')});

  const rejectedIndexes = new Set<number>();
  for (const record of parsed.rejected) {
    const match = /^(activities|sources)\[(\d+)\]$/.exec(record.path);
    if (!match) continue;
    if (match[1] === 'activities') rejectedIndexes.add(Number(match[2]));
    ctx.reject('invalid-record', {}, {path: record.path, activityId: match[1] === 'activities' ? record.id : undefined, issues: record.issues});
  }
  for (const record of parsed.feed.sources ?? []) ctx.carrySource(record);

  const drafts: Draft[] = [];
  const raw = Array.isArray(doc['activities']) ? (doc['activities'] as unknown[]) : [];
  const indexes = raw.map((_, index) => index).filter((index) => !rejectedIndexes.has(index));
  (parsed.feed.activities ?? []).forEach((activity, n) => {
    const place = {path: `activities[${indexes[n] ?? n}]`, activityId: activity.id};
    if (activity.centreId !== ctx.centreId) ctx.warn('centre-differs', {centre: quoted(activity.centreId), expected: ctx.centreId}, place);
    // A copy: the parsed record may be the document's own object, and its sources are checked next.
    drafts.push({place, activity: {...activity}});
  });
  return ctx.finish(drafts);
}

/** V8 names a character offset; a person editing the file wants a line and column. */
function jsonErrorDetail(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return quoted(message);
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${quoted(message)} (line ${line}, column ${column})`;
}
