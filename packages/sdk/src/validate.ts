/**
 * Validation at the boundary: every record is parsed on its own, so one broken activity in a feed
 * costs that activity, not the calendar. Messages are written here because `zod/mini` ships no
 * locale ("Invalid input" for everything); they say what was expected and never echo the value (R16).
 */
import * as z from 'zod/mini';
import {UshtValidationError, type ValidationIssue} from './errors.js';
import {safeParseFast} from './fast-parse.js';
import {en} from './wording/en.js';
import type {ValidationWording} from './wording/types.js';
import {
  FEED_FORMAT, FEED_VERSION, attributionSchema, feedCollectionNames, feedCollections, feedSchema,
  type Feed,
} from './schemas/feed.js';
import type {RejectedRecord} from './sources/data-source.js';

/** The fields of a zod issue the messages are built from (zod's issue union, loosely). */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly format?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly divisor?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly pattern?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly errors?: readonly (readonly ZodIssueLike[])[];
  readonly issues?: readonly ZodIssueLike[];
}

/** `root` + zod path → 'centres[3].host.number'. */
export function formatPath(root: string, segments: readonly PropertyKey[]): string {
  let out = root;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** How messages are worded: English by default; `@usht/sdk/wording` has Bokmål and Nynorsk. */
export interface WordingOption {
  readonly wording?: ValidationWording;
}

/**
 * zod issues → readable issues with full paths. `input` (the value that was parsed) is only looked
 * at to tell a missing field from a wrong one; nothing of it goes into a message.
 */
export function formatIssues(
  issues: readonly ZodIssueLike[],
  options: {root?: string; input?: unknown} & WordingOption = {},
): ValidationIssue[] {
  const root = options.root ?? '';
  const out: ValidationIssue[] = [];
  const w = options.wording ?? en;
  for (const issue of issues) describe(issue, [], root, options.input, out, w);
  return dedupe(out);
}

const DEFAULT_MESSAGE = 'Invalid input';

/** A schema author's message ('a 4-digit municipality number') reads as what was expected. */
function authored(message: string, w: ValidationWording): string | undefined {
  if (!message || message === DEFAULT_MESSAGE) return undefined;
  const translated = w.authored[message];
  if (translated !== undefined) return w.expected(translated);
  return /^(a|an|at|one|the|no|\d)\b/i.test(message) ? w.expected(message) : message;
}

function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}`;
  return JSON.stringify(value) ?? String(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): {found: boolean; parentIsObject: boolean} {
  let current: unknown = input;
  let parentIsObject = false;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return {found: false, parentIsObject: false};
    parentIsObject = !Array.isArray(current);
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return {found: false, parentIsObject};
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return {found: current !== undefined, parentIsObject};
}

function sizeMessage(issue: ZodIssueLike, small: boolean, w: ValidationWording): string {
  const bound = (small ? issue.minimum : issue.maximum) ?? 0;
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small && Number(bound) === 1) return w.emptyText;
      return w.length(small, bound, 'character');
    case 'array':
    case 'set':
    case 'file':
      if (small && Number(bound) === 1) return w.noItems;
      return w.length(small, bound, 'item');
    case 'date':
      return w.dateBound(small, inclusive, String(bound));
    default:
      return w.numberBound(small, inclusive, String(bound));
  }
}

function describe(
  issue: ZodIssueLike,
  base: readonly PropertyKey[],
  root: string,
  input: unknown,
  out: ValidationIssue[],
  w: ValidationWording,
): void {
  const segments = [...base, ...issue.path];
  const path = formatPath(root, segments);
  const push = (message: string): void => {
    out.push({path, message});
  };
  const own = authored(issue.message, w);

  switch (issue.code) {
    case 'invalid_type': {
      const expected = w.types[issue.expected ?? ''] ?? (issue.expected ? w.valueOfType(issue.expected) : w.aValue);
      const at = input === undefined ? undefined : valueAt(input, segments);
      const missing = at !== undefined && !at.found && at.parentIsObject;
      push(own ?? (missing ? w.missing(expected) : w.expected(expected)));
      return;
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (own) return push(own);
      const at = input === undefined ? undefined : valueAt(input, segments);
      const say = at !== undefined && !at.found && at.parentIsObject ? w.missing : w.expected;
      if (values.length === 1) return push(say(literal(values[0])));
      const shown = values.slice(0, 12).map(literal).join(', ');
      return push(say(w.oneOf(shown, values.length > 12)));
    }
    case 'invalid_format': {
      if (own) return push(own);
      switch (issue.format) {
        case 'regex':
          return push(w.expected(w.textMatching(issue.pattern)));
        case 'starts_with':
          return push(w.expected(w.textStartingWith(literal(issue.prefix ?? ''))));
        case 'ends_with':
          return push(w.expected(w.textEndingWith(literal(issue.suffix ?? ''))));
        case 'includes':
          return push(w.expected(w.textContaining(literal(issue.includes ?? ''))));
        default:
          return push(w.expected(w.formats[issue.format ?? ''] ?? w.textInFormat(issue.format ?? '?')));
      }
    }
    case 'too_small':
      return push(own ?? sizeMessage(issue, true, w));
    case 'too_big':
      return push(own ?? sizeMessage(issue, false, w));
    case 'not_multiple_of':
      return push(own ?? w.multipleOf(String(issue.divisor)));
    case 'unrecognized_keys':
      return push(w.unknownKeys((issue.keys ?? []).map(literal)));
    case 'invalid_key':
    case 'invalid_element': {
      const nested = issue.issues ?? [];
      const what = issue.code === 'invalid_key' ? w.invalidKey : w.invalidEntry;
      const inner: ValidationIssue[] = [];
      for (const n of nested) describe({...n, path: []}, [], '', undefined, inner, w);
      return push(inner.length ? `${what}: ${inner.map((i) => i.message).join('; ')}` : what);
    }
    case 'invalid_union': {
      if (own) return push(own);
      const alternatives = issue.errors ?? [];
      if (alternatives.length === 0) return push(w.expected(w.oneOfTheForms));
      // Alternatives that failed on the value itself read as "expected A or B"; otherwise the
      // closest alternative (fewest issues) is the one the author most likely meant.
      if (alternatives.every((alt) => alt.length > 0 && alt.every((i) => i.path.length === 0))) {
        const expectations: string[] = [];
        const lead = w.expected('');
        for (const alt of alternatives) {
          const inner: ValidationIssue[] = [];
          for (const i of alt) describe(i, [], '', undefined, inner, w);
          for (const {message} of inner) {
            const text = message.startsWith(lead) ? message.slice(lead.length) : message;
            if (!expectations.includes(text)) expectations.push(text);
          }
        }
        return push(w.expected(expectations.join(w.or)));
      }
      const closest = [...alternatives].sort((a, b) => a.length - b.length)[0] ?? [];
      for (const i of closest) describe(i, segments, root, input, out, w);
      return;
    }
    default:
      return push(own ?? w.notValid);
  }
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Keys present in `input` that the schema dropped from `output` (zod strips unknown keys). For our
 * embedded data and for data maintainers, an unknown key is usually a typo of an optional field.
 */
export function findUnknownKeys(input: unknown, output: unknown, path = '', wording: ValidationWording = en): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const walk = (a: unknown, b: unknown, at: string) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      a.forEach((item, i) => walk(item, b[i], `${at}[${i}]`));
      return;
    }
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return;
    const extra = Object.keys(a).filter((k) => !Object.prototype.hasOwnProperty.call(b, k));
    if (extra.length > 0) found.push({path: at, message: wording.unknownKeys(extra.map(literal))});
    for (const key of Object.keys(b)) {
      if (Object.prototype.hasOwnProperty.call(a, key)) {
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], formatPath(at, [key]));
      }
    }
  };
  walk(input, output, path);
  return found;
}

export interface ParsedCollection<T> {
  readonly items: T[];
  readonly rejected: RejectedRecord[];
}

/** Only ids that are safe to print: the record's own identifier, never free text. */
function recordId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Record<string, unknown>;
  for (const key of ['id', 'number', 'year']) {
    const value = r[key];
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text === 'string' && text.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) return text;
  }
  return undefined;
}

/**
 * Parse each record of a collection on its own: the valid ones are usable, the invalid ones are
 * reported with the path of every bad field, and nothing invalid is passed on. Throws only when
 * `items` is not an array at all. A valid record without unknown keys may be the object given
 * (fast-parse.ts): treat records as read-only.
 */
export function parseCollection<T>(
  schema: z.ZodMiniType<T>,
  items: unknown,
  context: {where: string; collection: string} & WordingOption,
): ParsedCollection<T> {
  if (!Array.isArray(items)) {
    throw new UshtValidationError(context.where, [{path: context.collection, message: 'expected an array'}]);
  }
  const valid: T[] = [];
  const rejected: RejectedRecord[] = [];
  items.forEach((item, index) => {
    const result = safeParseFast(schema, item);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const path = `${context.collection}[${index}]`;
    const id = recordId(item);
    const issues = formatIssues(result.error.issues as readonly ZodIssueLike[], {root: path, input: item, wording: context.wording});
    rejected.push(id === undefined ? {path, issues} : {path, id, issues});
  });
  return {items: valid, rejected};
}

/** Every issue of every rejected record, with full paths. */
export function rejectedIssues(rejected: readonly RejectedRecord[]): ValidationIssue[] {
  return rejected.flatMap((r) => r.issues);
}

const envelopeSchema = z.pick(feedSchema, {format: true, version: true, generated: true, publisher: true});

/** Collections of a feed in document order, with attribution (not a record collection, but a list). */
const listNames = ['attribution', ...feedCollectionNames] as const;
type ListName = (typeof listNames)[number];

export interface ParsedFeed {
  /** The feed with only its valid records. */
  readonly feed: Feed;
  /** Invalid records of every collection; each `path` starts with the collection ('activities[3]'). */
  readonly rejected: RejectedRecord[];
}

function checkEnvelope(json: unknown, w: ValidationWording): ValidationIssue[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return [{path: '', message: w.notAFeed(FEED_FORMAT, FEED_VERSION)}];
  }
  const issues: ValidationIssue[] = [];
  const result = z.safeParse(envelopeSchema, json);
  if (!result.success) issues.push(...formatIssues(result.error.issues as readonly ZodIssueLike[], {input: json, wording: w}));
  for (const name of listNames) {
    const value = (json as Record<string, unknown>)[name];
    if (value !== undefined && !Array.isArray(value)) issues.push({path: name, message: w.expected(w.types['array'] ?? 'array')});
  }
  return issues;
}

/**
 * Parse a feed document. Throws `UshtValidationError` when the envelope is wrong (not a feed, an
 * unknown format or version, a collection that is not an array); otherwise returns the valid
 * records and reports the rest.
 */
export function parseFeed(json: unknown, where: string, options: WordingOption = {}): ParsedFeed {
  const envelope = checkEnvelope(json, options.wording ?? en);
  if (envelope.length > 0) throw new UshtValidationError(where, envelope);
  const doc = json as Record<string, unknown>;
  const feed: Record<string, unknown> = {format: FEED_FORMAT, version: FEED_VERSION};
  if (doc['generated'] !== undefined) feed['generated'] = doc['generated'];
  if (doc['publisher'] !== undefined) feed['publisher'] = doc['publisher'];
  const rejected: RejectedRecord[] = [];
  for (const name of listNames) {
    if (doc[name] === undefined) continue;
    const schema: z.ZodMiniType = name === 'attribution' ? attributionSchema : feedCollections[name];
    const parsed = parseCollection(schema, doc[name], {where, collection: name, wording: options.wording});
    feed[name] = parsed.items;
    rejected.push(...parsed.rejected);
  }
  return {feed: feed as Feed, rejected};
}

export interface FeedReport {
  /** True when the envelope is right and no record was rejected. */
  readonly ok: boolean;
  /** Why the document is not a usable feed at all; empty when it is one. */
  readonly envelope: readonly ValidationIssue[];
  readonly rejected: readonly RejectedRecord[];
  /** Keys the schemas do not know, usually typos of optional fields; the records are still valid. */
  readonly warnings: readonly ValidationIssue[];
  /** Valid and rejected records per collection present in the document. */
  readonly counts: Readonly<Partial<Record<ListName, {readonly valid: number; readonly rejected: number}>>>;
  /** The valid part of the feed, unless the envelope is wrong. */
  readonly feed?: Feed;
}

/** Check a feed document without throwing: what a data maintainer runs before publishing (the CLI). */
export function validateFeed(json: unknown, where = 'feed', options: WordingOption = {}): FeedReport {
  const w = options.wording ?? en;
  const envelope = checkEnvelope(json, w);
  if (envelope.length > 0) return {ok: false, envelope, rejected: [], warnings: [], counts: {}};
  const {feed, rejected} = parseFeed(json, where, options);
  const doc = json as Record<string, unknown>;
  const counts: Partial<Record<ListName, {valid: number; rejected: number}>> = {};
  const warnings: ValidationIssue[] = [];
  for (const name of listNames) {
    const raw = doc[name];
    if (!Array.isArray(raw)) continue;
    const bad = rejected.filter((r) => r.path.startsWith(`${name}[`));
    counts[name] = {valid: raw.length - bad.length, rejected: bad.length};
    const badIndexes = new Set(bad.map((r) => r.path));
    // Pair each valid parsed record with its raw record to spot keys the schema dropped.
    const parsedItems = (feed as Record<string, unknown>)[name] as unknown[];
    let next = 0;
    raw.forEach((record, index) => {
      const path = `${name}[${index}]`;
      if (badIndexes.has(path)) return;
      warnings.push(...findUnknownKeys(record, parsedItems[next], path, w));
      next += 1;
    });
  }
  return {ok: rejected.length === 0, envelope: [], rejected, warnings, counts, feed};
}

