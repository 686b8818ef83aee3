/**
 * `feedSource` and `httpSource` as the public entry exports them: created synchronously, with
 * their code (ky, zod, the HTTP layer, the feed and REST parsers) loaded on first use. A page on the
 * embedded default never downloads ky or zod; one that reads a feed pays for them once, on first request.
 */
import type {DataSource} from './data-source.js';
import type {FeedSourceOptions} from './feed.js';
import type {HttpSourceOptions} from './http.js';
import type {EmbeddedSourceOptions} from './embedded.js';

function deferredSource(description: string, create: () => Promise<DataSource>): DataSource {
  let pending: Promise<DataSource> | undefined;
  const source = () => {
    if (!pending) {
      pending = create();
      // A chunk that failed to load (offline) may load on the next call.
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
  return {
    description,
    centres: async (request) => (await source()).centres(request),
    counties: async (request) => (await source()).counties(request),
    municipalities: async (request) => (await source()).municipalities(request),
    priorityAreas: async (request) => (await source()).priorityAreas(request),
    activities: async (query, request) => (await source()).activities(query, request),
    programmes: async (request) => (await source()).programmes(request),
    grantSchemes: async (request) => (await source()).grantSchemes(request),
    sources: async (request) => (await source()).sources(request),
    attribution: async (request) => (await source()).attribution(request),
  };
}

/** Data from one feed document (format 'usht-feed') at `url`, fetched once and revalidated with its ETag. */
export function feedSource(url: string | URL, options: FeedSourceOptions = {}): DataSource {
  return deferredSource(`feed ${String(url)}`, async () => (await import('./feed.js')).feedSource(url, options));
}

/** Data from a USHT REST API (openapi.yaml) at `options.baseUrl`. */
export function httpSource(options: HttpSourceOptions): DataSource {
  return deferredSource(`http ${String(options.baseUrl)}`, async () => (await import('./http.js')).httpSource(options));
}

/**
 * The embedded, sourced data set, its code loaded with the first collection asked for (the SDK's
 * browser entry stays within its budget). Its records are checked when they are built, so even
 * then no zod loads.
 */
export function embeddedSource(options: EmbeddedSourceOptions = {}): DataSource {
  return deferredSource('embedded', async () => (await import('./embedded.js')).embeddedSource(options));
}
