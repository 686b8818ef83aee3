/**
 * A feed: one static JSON document (format 'usht-feed') that a centre publishes on its own site or
 * a CDN. Fetched once, shared by every collection, revalidated with its ETag after `maxAge`.
 */
import {UshtValidationError} from '../errors.js';
import {feedCollectionNames, type Feed, type FeedCollection} from '../schemas/feed.js';
import {parseFeed, rejectedIssues, type ParsedFeed} from '../validate.js';
import type {DataSource, RejectedRecord, RequestOptions, ResultSet} from './data-source.js';
import {abortable} from './embedded.js';
import {queryActivities} from './filter.js';
import {createTransport, type HttpOptions} from './transport.js';

export interface FeedSourceOptions extends HttpOptions {
  /** How long a fetched feed is used before it is revalidated (ms). Default 60 000; 0 revalidates on every call. */
  readonly maxAge?: number;
  /**
   * Where collections the feed leaves out come from (a centre may publish only its activities).
   * `createClient({feed})` uses the embedded data; without one, an absent collection is empty.
   */
  readonly fallback?: DataSource;
}

interface Indexed extends ParsedFeed {
  readonly rejectedBy: ReadonlyMap<string, RejectedRecord[]>;
}

function index(parsed: ParsedFeed): Indexed {
  const rejectedBy = new Map<string, RejectedRecord[]>();
  for (const record of parsed.rejected) {
    const collection = record.path.slice(0, record.path.indexOf('['));
    rejectedBy.set(collection, [...(rejectedBy.get(collection) ?? []), record]);
  }
  return {...parsed, rejectedBy};
}

/** Data from one feed document at `url`. */
export function feedSource(url: string | URL, options: FeedSourceOptions = {}): DataSource {
  const href = String(url);
  const transport = createTransport('', options);
  const maxAge = options.maxAge ?? 60_000;
  let current: {value: Indexed; at: number} | undefined;
  let inflight: Promise<Indexed> | undefined;

  function load(request?: RequestOptions): Promise<Indexed> {
    request?.signal?.throwIfAborted();
    if (current && Date.now() - current.at < maxAge) return Promise.resolve(current.value);
    // One request serves every collection asked for at once (a map needs centres, counties and
    // municipalities); it runs without any one caller's signal, and each caller may stop waiting.
    inflight ??= transport
      .get(href, {parse: (json, where) => index(parseFeed(json, where))})
      .then((value) => {
        current = {value, at: Date.now()};
        return value;
      })
      .finally(() => {
        inflight = undefined;
      });
    return abortable(inflight, request?.signal);
  }

  async function collection<C extends FeedCollection>(name: C, request?: RequestOptions): Promise<ResultSet<NonNullable<Feed[C]>[number]>> {
    const {feed, rejectedBy} = await load(request);
    if (feed[name] === undefined && options.fallback) {
      return options.fallback[name](request) as Promise<ResultSet<NonNullable<Feed[C]>[number]>>;
    }
    const items = (feed[name] ?? []) as NonNullable<Feed[C]>[number][];
    return {items, rejected: rejectedBy.get(name) ?? [], total: items.length};
  }

  return {
    description: `feed ${href}`,
    centres: (request) => collection('centres', request),
    counties: (request) => collection('counties', request),
    municipalities: (request) => collection('municipalities', request),
    priorityAreas: (request) => collection('priorityAreas', request),
    programmes: (request) => collection('programmes', request),
    grantSchemes: (request) => collection('grantSchemes', request),
    sources: (request) => collection('sources', request),
    async activities(query = {}, request) {
      const {feed, rejectedBy} = await load(request);
      if (feed.activities === undefined && options.fallback) return options.fallback.activities(query, request);
      return queryActivities(feed.activities ?? [], query, rejectedBy.get('activities') ?? []);
    },
    async attribution(request) {
      const {feed, rejectedBy} = await load(request);
      // Attribution is what the licence (CC BY) requires us to show: an entry that cannot be shown
      // fails loudly rather than being left out.
      const bad = rejectedBy.get('attribution');
      if (bad?.length) throw new UshtValidationError(`feed ${href}`, rejectedIssues(bad));
      const own = feed.attribution ?? [];
      // Data taken from the fallback keeps its own attribution.
      if (!options.fallback || feedCollectionNames.every((name) => feed[name] !== undefined)) return own;
      const borrowed = await options.fallback.attribution(request);
      return [...own, ...borrowed.filter((b) => !own.some((o) => o.text === b.text))];
    },
  };
}
