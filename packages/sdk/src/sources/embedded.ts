/**
 * The default source: the sourced data set that ships with the SDK. Works offline, with no server.
 * Each collection is its own module, loaded on first use (a map widget never downloads the
 * activities), parsed once and kept.
 */
import type * as z from 'zod/mini';
import {UshtValidationError, type ValidationIssue} from '../errors.js';
import {activitySchema} from '../schemas/activity.js';
import {centreSchema} from '../schemas/centre.js';
import {sourceSchema} from '../schemas/common.js';
import {countySchema} from '../schemas/county.js';
import {attributionSchema} from '../schemas/feed.js';
import {grantSchemeSchema} from '../schemas/grant-scheme.js';
import {municipalitySchema} from '../schemas/municipality.js';
import {priorityAreaSchema} from '../schemas/priority-area.js';
import {programmeSchema} from '../schemas/programme.js';
import {findUnknownKeys, parseCollection, rejectedIssues} from '../validate.js';
import type {DataSource, RequestOptions, ResultSet} from './data-source.js';
import {queryActivities} from './filter.js';

type Loader = () => Promise<{default: unknown}>;

// Literal specifiers, one per collection: bundlers turn each into its own chunk.
const loaders = {
  sources: () => import('../data/sources.js'),
  counties: () => import('../data/counties.js'),
  municipalities: () => import('../data/municipalities.js'),
  centres: () => import('../data/centres.js'),
  priorityAreas: () => import('../data/priority-areas.js'),
  activities: () => import('../data/activities.js'),
  programmes: () => import('../data/programmes.js'),
  grantSchemes: () => import('../data/grant-schemes.js'),
  attribution: () => import('../data/attribution.js'),
} satisfies Record<string, Loader>;

const schemas = {
  sources: sourceSchema,
  counties: countySchema,
  municipalities: municipalitySchema,
  centres: centreSchema,
  priorityAreas: priorityAreaSchema,
  activities: activitySchema,
  programmes: programmeSchema,
  grantSchemes: grantSchemeSchema,
  attribution: attributionSchema,
} as const;

type Collection = keyof typeof schemas;
type Item<C extends Collection> = (typeof schemas)[C]['_zod']['output'];

/**
 * Parse our own data strictly: one bad record or unknown key (a typo of an optional field) fails
 * the whole collection, so CI catches it before anyone embeds it.
 */
export function parseEmbedded<C extends Collection>(collection: C, data: unknown): Item<C>[] {
  const where = `embedded:${collection}`;
  const {items, rejected} = parseCollection(schemas[collection] as z.ZodMiniType<Item<C>>, data, {where, collection});
  const issues: ValidationIssue[] = rejectedIssues(rejected);
  if (issues.length === 0 && Array.isArray(data)) {
    data.forEach((record, index) => issues.push(...findUnknownKeys(record, items[index], `${collection}[${index}]`)));
  }
  if (issues.length > 0) throw new UshtValidationError(where, issues);
  return items;
}

export interface EmbeddedSourceOptions {
  /**
   * Replace where a collection is loaded from (tests, a host that bundles its own copy). Each
   * loader resolves to a module whose default export is the collection's array.
   */
  readonly loaders?: Partial<Record<Collection, Loader>>;
}

/** The embedded, sourced data set: the default source of `createClient()`. */
export function embeddedSource(options: EmbeddedSourceOptions = {}): DataSource {
  const loaded = new Map<Collection, Promise<unknown[]>>();

  function load<C extends Collection>(collection: C, request?: RequestOptions): Promise<Item<C>[]> {
    request?.signal?.throwIfAborted();
    let pending = loaded.get(collection);
    if (!pending) {
      const loader: Loader = options.loaders?.[collection] ?? loaders[collection];
      pending = loader().then((module) => parseEmbedded(collection, module.default));
      // A failed load (chunk not reachable) may succeed on the next call.
      pending.catch(() => loaded.delete(collection));
      loaded.set(collection, pending);
    }
    return abortable(pending as Promise<Item<C>[]>, request?.signal);
  }

  async function all<C extends Collection>(collection: C, request?: RequestOptions): Promise<ResultSet<Item<C>>> {
    const items = await load(collection, request);
    return {items, rejected: [], total: items.length};
  }

  return {
    description: 'embedded',
    centres: (request) => all('centres', request),
    counties: (request) => all('counties', request),
    municipalities: (request) => all('municipalities', request),
    priorityAreas: (request) => all('priorityAreas', request),
    programmes: (request) => all('programmes', request),
    grantSchemes: (request) => all('grantSchemes', request),
    sources: (request) => all('sources', request),
    attribution: (request) => load('attribution', request),
    activities: async (query = {}, request) => queryActivities(await load('activities', request), query, []),
  };
}

/** Settle with `promise`, or reject with the signal's reason as soon as it aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
