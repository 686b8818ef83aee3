/**
 * What a write carries and whether it may be stored: the SDK's zod schemas (one source of truth),
 * its wording for every bad field, then the references the schemas cannot see (a centre, priority
 * area, municipality or source that does not exist here).
 */
import * as z from 'zod/mini';
import {
  activitySchema, findUnknownKeys, formatIssues, sourceSchema,
  type Activity, type Source, type ValidationIssue, type ZodIssueLike,
} from '@usht/sdk';
import {wordingFor, type ValidationWording} from '@usht/sdk/wording';
import {existingIds, findRecord} from './repository.js';
import type {Queryable} from './store.js';

/** Words for what only the server can check, in the languages of the SDK's validation wording. */
const referenceWording = {
  nb: {
    unknown: (kind: string, id: string) => `finnes ikke her: ${kind} «${id}»`,
    kinds: {centre: 'senter', priorityArea: 'satsingsområde', municipality: 'kommunenummer', source: 'kilde'},
    nul: 'teksten inneholder et NUL-tegn (U+0000)',
    centreOfUrl: (id: string) => `må være senteret i adressen («${id}»)`,
    idOfUrl: (id: string) => `må være id-en i adressen («${id}»)`,
    notCited: 'kilden er ikke brukt av aktiviteten',
  },
  nn: {
    unknown: (kind: string, id: string) => `finst ikkje her: ${kind} «${id}»`,
    kinds: {centre: 'senter', priorityArea: 'satsingsområde', municipality: 'kommunenummer', source: 'kjelde'},
    nul: 'teksten inneheld eit NUL-teikn (U+0000)',
    centreOfUrl: (id: string) => `må vere senteret i adressa («${id}»)`,
    idOfUrl: (id: string) => `må vere id-en i adressa («${id}»)`,
    notCited: 'kjelda er ikkje brukt av aktiviteten',
  },
  en: {
    unknown: (kind: string, id: string) => `no such ${kind} here: "${id}"`,
    kinds: {centre: 'centre', priorityArea: 'priority area', municipality: 'municipality number', source: 'source'},
    nul: 'the text holds a NUL character (U+0000)',
    centreOfUrl: (id: string) => `must be the centre of the URL ("${id}")`,
    idOfUrl: (id: string) => `must be the id of the URL ("${id}")`,
    notCited: 'the activity does not cite this source',
  },
} as const;

export type WriteLanguage = keyof typeof referenceWording;

/** The first language of an Accept-Language header that we write in; Bokmål otherwise. */
export function writeLanguage(acceptLanguage: string | undefined): WriteLanguage {
  const primary = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase().split(/[-_;]/)[0];
  return primary === 'nn' || primary === 'en' ? primary : 'nb';
}

export interface ActivityWrite {
  readonly activity: Activity;
  /** Source records the activity cites that the server may not have yet (a page the editor linked). */
  readonly sources: readonly Source[];
}

const envelopeSchema = z.object({activity: z.unknown(), sources: z.optional(z.array(z.unknown()))});

/** PostgreSQL's jsonb cannot hold U+0000; say where it is instead of failing in the database. */
function findNul(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNul(item, `${path}[${index}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) findNul(item, path ? `${path}.${key}` : key, found);
  }
}

function parseOne<T>(schema: z.ZodMiniType<T>, input: unknown, root: string, wording: ValidationWording, issues: ValidationIssue[]): T | undefined {
  const result = z.safeParse(schema, input);
  if (!result.success) {
    issues.push(...formatIssues(result.error.issues as readonly ZodIssueLike[], {root, input, wording}));
    return undefined;
  }
  // A key the schema does not know would be dropped without a word: the coordinator's typo, or a
  // newer client's field this server cannot keep. Refuse it rather than lose it.
  issues.push(...findUnknownKeys(input, result.data, root, wording));
  return result.data;
}

/**
 * Reads a write's body: an activity, or `{activity, sources}`. Returns the records or every
 * problem with its path, in the request's language.
 */
export function parseWrite(body: unknown, language: WriteLanguage): {write?: ActivityWrite; issues: ValidationIssue[]} {
  const words = referenceWording[language];
  const wording = wordingFor(language);
  const issues: ValidationIssue[] = [];
  const nul: string[] = [];
  findNul(body, '', nul);
  if (nul.length) return {issues: nul.map((path) => ({path, message: words.nul}))};

  const isEnvelope = body !== null && typeof body === 'object' && !Array.isArray(body) && 'activity' in body;
  if (!isEnvelope) {
    const activity = parseOne(activitySchema, body, '', wording, issues);
    return activity && issues.length === 0 ? {write: {activity, sources: []}, issues} : {issues};
  }
  const envelope = parseOne(envelopeSchema, body, '', wording, issues);
  if (!envelope) return {issues};
  const activity = parseOne(activitySchema, envelope.activity, 'activity', wording, issues);
  const sources = (envelope.sources ?? []).flatMap((source, index) => parseOne(sourceSchema, source, `sources[${index}]`, wording, issues) ?? []);
  if (activity) {
    const cited = new Set(activity.source);
    sources.forEach((source, index) => {
      if (!cited.has(source.id)) issues.push({path: `sources[${index}].id`, message: words.notCited});
    });
  }
  return activity && issues.length === 0 ? {write: {activity, sources}, issues} : {issues};
}

/** Every reference of the activity that does not resolve here, with its path. */
export async function checkReferences(db: Queryable, write: ActivityWrite, language: WriteLanguage, root: string): Promise<ValidationIssue[]> {
  const words = referenceWording[language];
  const {activity} = write;
  const at = (path: string) => (root ? `${root}.${path}` : path);
  const issues: ValidationIssue[] = [];
  const centres = await existingIds(db, 'centres', [activity.centreId, ...(activity.centreIds ?? [])]);
  if (!centres.has(activity.centreId)) issues.push({path: at('centreId'), message: words.unknown(words.kinds.centre, activity.centreId)});
  (activity.centreIds ?? []).forEach((id, index) => {
    if (!centres.has(id)) issues.push({path: at(`centreIds[${index}]`), message: words.unknown(words.kinds.centre, id)});
  });
  const areas = await existingIds(db, 'priorityAreas', activity.priorityAreaIds);
  activity.priorityAreaIds.forEach((id, index) => {
    if (!areas.has(id)) issues.push({path: at(`priorityAreaIds[${index}]`), message: words.unknown(words.kinds.priorityArea, id)});
  });
  const number = activity.place?.municipalityNumber;
  if (number && !(await findRecord(db, 'municipalities', number))) {
    issues.push({path: at('place.municipalityNumber'), message: words.unknown(words.kinds.municipality, number)});
  }
  const sent = new Set(write.sources.map((source) => source.id));
  const known = await existingIds(db, 'sources', activity.source);
  activity.source.forEach((id, index) => {
    if (!known.has(id) && !sent.has(id)) issues.push({path: at(`source[${index}]`), message: words.unknown(words.kinds.source, id)});
  });
  return issues;
}

export function urlMismatch(language: WriteLanguage, kind: 'centre' | 'id', id: string): string {
  const words = referenceWording[language];
  return kind === 'centre' ? words.centreOfUrl(id) : words.idOfUrl(id);
}
