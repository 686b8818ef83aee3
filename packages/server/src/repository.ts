/**
 * What the server reads and writes, in SQL. Reference collections are stored as the feed carries
 * them; activities also get the columns `GET /activities` filters on, derived with the SDK's own
 * folding so the server matches exactly what the embedded and feed sources match.
 */
import {createHash} from 'node:crypto';
import {foldText, type Activity, type ActivityQuery, type Attribution, type Feed, type Source} from '@usht/sdk';
import type {Queryable, Store} from './store.js';

/** The collections stored whole, in the order a feed lists them (references before what cites them). */
export const referenceCollections = [
  'sources', 'counties', 'municipalities', 'centres', 'priorityAreas', 'programmes', 'grantSchemes', 'attribution',
] as const;
export type ReferenceCollection = (typeof referenceCollections)[number];

/** A strong validator for a representation: the same bytes give the same tag in every process. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** The Oslo calendar date of a schedule value (both forms are Oslo wall-clock already). */
const calendarDate = (value: string) => value.slice(0, 10);

function activityRow(activity: Activity): unknown[] {
  const place = activity.place;
  const haystack = foldText([
    activity.title, activity.summary ?? '', ...activity.audience,
    place?.venue ?? '', place?.locality ?? '', activity.organiser ?? '',
  ].join('\n'));
  return [
    activity.id,
    activity.centreId,
    [...new Set([activity.centreId, ...(activity.centreIds ?? [])])],
    calendarDate(activity.schedule.start),
    calendarDate(activity.schedule.end ?? activity.schedule.start),
    activity.schedule.start,
    activity.mode,
    activity.priorityAreaIds,
    activity.audience.map((entry) => foldText(entry)),
    haystack,
    JSON.stringify(activity),
    etagOf(JSON.stringify(activity)),
  ];
}

export interface StoredActivity {
  readonly activity: Activity;
  readonly etag: string;
}

interface ActivityRecordRow {
  record: Activity;
  etag: string;
}

export async function revision(db: Queryable): Promise<number> {
  const {rows} = await db.query<{revision: string | number}>("select revision from usht_meta where key = 'data'");
  return Number(rows[0]?.revision ?? 0);
}

export async function bumpRevision(tx: Queryable): Promise<number> {
  const {rows} = await tx.query<{revision: string | number}>("update usht_meta set revision = revision + 1 where key = 'data' returning revision");
  return Number(rows[0]?.revision ?? 0);
}

export async function isEmpty(db: Queryable): Promise<boolean> {
  const {rows} = await db.query<{n: string | number}>("select count(*) as n from usht_records where collection = 'centres'");
  return Number(rows[0]?.n ?? 0) === 0;
}

export async function readCollection<T = unknown>(db: Queryable, collection: ReferenceCollection): Promise<T[]> {
  const {rows} = await db.query<{record: T}>('select record from usht_records where collection = $1 order by position, id', [collection]);
  return rows.map((row) => row.record);
}

export async function readAttribution(db: Queryable): Promise<Attribution[]> {
  return readCollection<Attribution>(db, 'attribution');
}

export async function findRecord<T = unknown>(db: Queryable, collection: ReferenceCollection, id: string): Promise<T | undefined> {
  const {rows} = await db.query<{record: T}>('select record from usht_records where collection = $1 and id = $2', [collection, id]);
  return rows[0]?.record;
}

export async function existingIds(db: Queryable, collection: ReferenceCollection, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const {rows} = await db.query<{id: string}>('select id from usht_records where collection = $1 and id = any($2::text[])', [collection, [...new Set(ids)]]);
  return new Set(rows.map((row) => row.id));
}

/** Adds or replaces one reference record, keeping its place in the collection. */
export async function upsertRecord(tx: Queryable, collection: ReferenceCollection, id: string, record: unknown, writtenByCentre: string | null = null): Promise<void> {
  await tx.query(
    `insert into usht_records (collection, id, position, record, written_by_centre)
     values ($1, $2, (select coalesce(max(position), -1) + 1 from usht_records where collection = $1), $3, $4)
     on conflict (collection, id) do update set record = excluded.record`,
    [collection, id, JSON.stringify(record), writtenByCentre],
  );
}

export async function sourceOwner(db: Queryable, id: string): Promise<{record: Source; centre: string | null} | undefined> {
  const {rows} = await db.query<{record: Source; written_by_centre: string | null}>(
    "select record, written_by_centre from usht_records where collection = 'sources' and id = $1", [id]);
  const row = rows[0];
  return row ? {record: row.record, centre: row.written_by_centre} : undefined;
}

/** A record's key within its collection: id, or number (counties, municipalities), or year (grant schemes). */
function recordId(collection: ReferenceCollection, record: Record<string, unknown>, index: number): string {
  if (collection === 'attribution') return String(index).padStart(4, '0');
  const key = record['id'] ?? record['number'] ?? record['year'];
  if (key === undefined) throw new Error(`${collection}[${index}] has no id, number or year`);
  return String(key);
}

export async function insertActivity(tx: Queryable, activity: Activity): Promise<string> {
  const row = activityRow(activity);
  const {rows} = await tx.query<{etag: string}>(
    `insert into usht_activities (id, centre_id, centre_ids, start_date, end_date, start_at, mode, priority_area_ids,
       audience_folded, search_text, record, etag)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (id) do nothing returning etag`,
    row,
  );
  return rows[0]?.etag ?? '';
}

export async function replaceActivity(tx: Queryable, activity: Activity): Promise<string> {
  const row = activityRow(activity);
  const {rows} = await tx.query<{etag: string}>(
    `update usht_activities set centre_id = $2, centre_ids = $3, start_date = $4, end_date = $5, start_at = $6, mode = $7,
       priority_area_ids = $8, audience_folded = $9, search_text = $10, record = $11, etag = $12, updated_at = now()
     where id = $1 returning etag`,
    row,
  );
  return rows[0]?.etag ?? '';
}

export async function findActivity(db: Queryable, id: string, {lock = false} = {}): Promise<StoredActivity | undefined> {
  const {rows} = await db.query<ActivityRecordRow>(`select record, etag from usht_activities where id = $1${lock ? ' for update' : ''}`, [id]);
  const row = rows[0];
  return row ? {activity: row.record, etag: row.etag} : undefined;
}

/** The filters of `ActivityQuery` as SQL, with the semantics of `matchesActivity` (@usht/sdk). */
function activityWhere(query: ActivityQuery): {sql: string; params: unknown[]} {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.from !== undefined) conditions.push(`end_date >= ${param(query.from)}`);
  if (query.to !== undefined) conditions.push(`start_date <= ${param(query.to)}`);
  if (query.centreId !== undefined) conditions.push(`${param(query.centreId)} = any(centre_ids)`);
  if (query.priorityAreaId !== undefined) conditions.push(`${param(query.priorityAreaId)} = any(priority_area_ids)`);
  if (query.mode !== undefined) {
    const mode = param(query.mode);
    conditions.push(`(mode = ${mode} or (mode = 'hybrid' and ${mode} <> 'hybrid'))`);
  }
  const audience = query.audience?.trim();
  if (audience) conditions.push(`exists (select 1 from unnest(audience_folded) as entry where strpos(entry, ${param(foldText(audience))}) > 0)`);
  for (const word of foldText(query.text ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`strpos(search_text, ${param(word)}) > 0`);
  }
  return {sql: conditions.length ? `where ${conditions.join(' and ')}` : '', params};
}

export async function queryActivities(db: Queryable, query: ActivityQuery): Promise<{items: Activity[]; total: number}> {
  const {sql, params} = activityWhere(query);
  const counted = await db.query<{n: string | number}>(`select count(*) as n from usht_activities ${sql}`, params);
  const total = Number(counted.rows[0]?.n ?? 0);
  const page: string[] = [];
  const pageParams = [...params];
  if (query.limit !== undefined) {
    pageParams.push(query.limit);
    page.push(`limit $${pageParams.length}`);
  }
  if (query.offset) {
    pageParams.push(query.offset);
    page.push(`offset $${pageParams.length}`);
  }
  const {rows} = await db.query<{record: Activity}>(
    `select record from usht_activities ${sql} order by start_at, id ${page.join(' ')}`, pageParams);
  return {items: rows.map((row) => row.record), total};
}

export async function writeAudit(
  tx: Queryable,
  entry: {tokenId: string | null; centreId: string | null; action: string; activityId: string | null; changes: unknown},
): Promise<void> {
  await tx.query(
    'insert into usht_audit (token_id, centre_id, action, activity_id, changes) values ($1, $2, $3, $4, $5)',
    [entry.tokenId, entry.centreId, entry.action, entry.activityId, JSON.stringify(entry.changes)],
  );
}

export interface AuditEntry {
  readonly at: string;
  readonly tokenId: string | null;
  readonly centreId: string | null;
  readonly action: string;
  readonly activityId: string | null;
  readonly changes: unknown;
}

export async function readAudit(db: Queryable, activityId?: string): Promise<AuditEntry[]> {
  const {rows} = await db.query<{at: Date | string; token_id: string | null; centre_id: string | null; action: string; activity_id: string | null; changes: unknown}>(
    `select at, token_id, centre_id, action, activity_id, changes from usht_audit
     ${activityId === undefined ? '' : 'where activity_id = $1'} order by id`,
    activityId === undefined ? [] : [activityId],
  );
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(), tokenId: row.token_id, centreId: row.centre_id,
    action: row.action, activityId: row.activity_id, changes: row.changes,
  }));
}

/** JSON with object keys sorted: the same data gives the same text whatever order its keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item);
}

/** The top-level fields that differ, with their values before and after: what the audit keeps. */
export function changedFields(before: object | undefined, after: object | undefined): Record<string, {before: unknown; after: unknown}> {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, {before: unknown; after: unknown}> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (canonicalJson(a[key]) !== canonicalJson(b[key])) changes[key] = {before: a[key] ?? null, after: b[key] ?? null};
  }
  return changes;
}

export interface LoadReport {
  readonly counts: Partial<Record<ReferenceCollection | 'activities', number>>;
}

/**
 * Loads a validated feed: every record it holds is added or replaced (activities whose content
 * changed get a raised `sequence`, so subscribed calendars update them). One transaction.
 */
export async function loadFeed(store: Store, feed: Feed, {action = 'import'}: {action?: string} = {}): Promise<LoadReport> {
  return store.transaction(async (tx) => {
    const counts: Record<string, number> = {};
    for (const collection of referenceCollections) {
      const records = (feed as Record<string, unknown>)[collection] as Record<string, unknown>[] | undefined;
      if (!records) continue;
      for (const [index, record] of records.entries()) await upsertRecord(tx, collection, recordId(collection, record, index), record);
      counts[collection] = records.length;
    }
    for (const activity of feed.activities ?? []) {
      const stored = await findActivity(tx, activity.id, {lock: true});
      if (!stored) {
        await insertActivity(tx, activity);
        await writeAudit(tx, {tokenId: null, centreId: activity.centreId, action, activityId: activity.id, changes: changedFields(undefined, activity)});
        continue;
      }
      const revised = revise(stored.activity, activity);
      if (!revised) continue;
      await replaceActivity(tx, revised.activity);
      await writeAudit(tx, {tokenId: null, centreId: activity.centreId, action, activityId: activity.id, changes: revised.changes});
    }
    if (feed.activities) counts['activities'] = feed.activities.length;
    await bumpRevision(tx);
    return {counts};
  });
}

function withoutSequence(activity: Activity): Omit<Activity, 'sequence'> {
  const {sequence: _sequence, ...rest} = activity;
  return rest;
}

/**
 * What replacing `current` with `incoming` changes (sequence aside), and the record to store:
 * its `sequence` raised past the stored one, so calendar programs update the event they hold
 * (RFC 5545). Undefined when nothing changes.
 */
export function revise(current: Activity, incoming: Activity): {activity: Activity; changes: Record<string, {before: unknown; after: unknown}>} | undefined {
  const changes = changedFields(withoutSequence(current), withoutSequence(incoming));
  if (Object.keys(changes).length === 0) return undefined;
  return {activity: {...incoming, sequence: Math.max((current.sequence ?? 0) + 1, incoming.sequence ?? 0)}, changes};
}
