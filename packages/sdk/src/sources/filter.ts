/**
 * Activity filtering for sources that hold the whole collection (embedded, feed), with the same
 * semantics as the REST API's `GET /activities` (openapi.yaml), so a widget behaves the same on
 * every source.
 */
import type {Activity} from '../schemas/activity.js';
import {foldText} from '../text-fold.js';
import type {ActivityQuery, RejectedRecord, ResultSet} from './data-source.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The Europe/Oslo calendar date of a schedule value: both forms are Oslo wall-clock already. */
function calendarDate(value: string): string {
  return value.slice(0, 10);
}

function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isoDate.test(value)) {
    throw new RangeError(`ActivityQuery.${name} must be a date YYYY-MM-DD`);
  }
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`ActivityQuery.${name} must be a whole number of at least 0`);
  }
}

/** Throws a RangeError for a query no source could answer (a programming error, not bad data). */
export function checkActivityQuery(query: ActivityQuery): void {
  checkDate('from', query.from);
  checkDate('to', query.to);
  checkCount('limit', query.limit);
  checkCount('offset', query.offset);
}

function haystack(activity: Activity): string {
  const place = activity.place;
  return foldText([
    activity.title,
    activity.summary ?? '',
    ...activity.audience,
    place?.venue ?? '',
    place?.locality ?? '',
    activity.organiser ?? '',
  ].join('\n'));
}

/** Whether one activity matches every condition of the query (paging aside). */
export function matchesActivity(activity: Activity, query: ActivityQuery): boolean {
  const {schedule} = activity;
  const start = calendarDate(schedule.start);
  const end = calendarDate(schedule.end ?? schedule.start);
  // Overlap of [start, end] with [from, to], inclusive: a three-day course that began yesterday is on today.
  if (query.from !== undefined && end < query.from) return false;
  if (query.to !== undefined && start > query.to) return false;
  if (query.centreId !== undefined && activity.centreId !== query.centreId && !(activity.centreIds ?? []).includes(query.centreId)) {
    return false;
  }
  if (query.priorityAreaId !== undefined && !activity.priorityAreaIds.includes(query.priorityAreaId)) return false;
  if (query.mode !== undefined && activity.mode !== query.mode && !(activity.mode === 'hybrid' && query.mode !== 'hybrid')) {
    return false;
  }
  if (query.audience !== undefined && query.audience.trim()) {
    const wanted = foldText(query.audience.trim());
    if (!activity.audience.some((a) => foldText(a).includes(wanted))) return false;
  }
  if (query.text !== undefined && query.text.trim()) {
    const text = haystack(activity);
    if (!foldText(query.text).split(/\s+/).filter(Boolean).every((word) => text.includes(word))) return false;
  }
  return true;
}

/** Chronological, then by id, so pages are stable. */
export function compareActivities(a: Activity, b: Activity): number {
  return a.schedule.start < b.schedule.start ? -1 : a.schedule.start > b.schedule.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Filter, sort and page a whole collection the way the API does. */
export function queryActivities(
  activities: readonly Activity[],
  query: ActivityQuery,
  rejected: readonly RejectedRecord[],
): ResultSet<Activity> {
  checkActivityQuery(query);
  const matches = activities.filter((a) => matchesActivity(a, query)).sort(compareActivities);
  const offset = query.offset ?? 0;
  const items = matches.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  return {items, rejected, total: matches.length};
}
