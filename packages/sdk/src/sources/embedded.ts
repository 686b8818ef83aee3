/**
 * The default source: the sourced data set that ships with the SDK. Works offline, with no server.
 * Each collection is its own module, loaded on first use (a map widget never downloads the
 * activities) and kept. Its records are checked when they are built, not when they are read: a
 * page on the embedded data never loads zod (issue 18).
 */
import type {Collection, Item} from './embedded-parse.js';
import type {DataSource, RequestOptions, ResultSet} from './data-source.js';

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
} satisfies Record<Collection, Loader>;

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
      const own = options.loaders?.[collection];
      // Our own data is parsed when it is built, and sources.test.ts holds every collection equal
      // to its own strict parse: reading it needs neither zod nor the schemas. Data a caller
      // supplies is parsed strictly, with zod loaded for it.
      pending = own
        ? Promise.all([own(), import('./embedded-parse.js')]).then(([module, {parseEmbedded}]) => parseEmbedded(collection, module.default))
        : loaders[collection]().then((module) => module.default as unknown[]);
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
    // The filter code loads with the activities: a map or a badge never needs it.
    activities: async (query = {}, request) => {
      const [items, {queryActivities}] = await Promise.all([load('activities', request), import('./filter.js')]);
      return queryActivities(items, query, []);
    },
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
