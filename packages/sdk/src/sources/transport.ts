/**
 * The HTTP layer shared by the feed and REST sources, on ky 1.x (requirements §4.2, R17): GET only,
 * a timeout per attempt that is never retried, retries on 408/413/429/5xx honouring a capped
 * `Retry-After`, the caller's AbortSignal, ETag revalidation, and every failure mapped to a typed
 * error. ky's own errors never reach a caller.
 */
import ky, {type KyInstance, type RetryOptions} from 'ky';
import {UshtHttpError, UshtNetworkError, UshtTimeoutError, UshtValidationError} from '../errors.js';

export interface HttpOptions {
  /** Milliseconds to wait for the response, per attempt (headers and body). Default 10 000. */
  readonly timeout?: number;
  /** Retries of a failed GET (408, 413, 429, 500, 502, 503, 504, network errors). Default 2. */
  readonly retry?: number;
  /** The longest `Retry-After` wait honoured, in ms; a longer one is cut to this. Default 30 000. */
  readonly maxRetryAfter?: number;
  /** A fetch to use instead of the global one (a proxy, an instrumented fetch). */
  readonly fetch?: typeof fetch;
  /** Extra request headers (an API key of the host's own backend). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface GetOptions<T> {
  readonly signal?: AbortSignal | undefined;
  readonly searchParams?: URLSearchParams | undefined;
  /** Turns the JSON into what is cached and returned; runs once per new body, not on a 304. */
  readonly parse: (json: unknown, where: string) => T;
}

export interface Transport {
  /** GET `path` (relative to the base URL, or absolute without one) as JSON. */
  get<T>(path: string, options: GetOptions<T>): Promise<T>;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_RETRY = 2;
export const DEFAULT_MAX_RETRY_AFTER = 30_000;
const RETRY_STATUS_CODES = [408, 413, 429, 500, 502, 503, 504];
const MAX_CACHED = 64;

/** Thrown into a body read that took too long, so it can be told from the caller's abort. */
class BodyTimeout extends Error {}

interface CacheEntry {
  readonly etag: string;
  readonly value: unknown;
}

/** The retry policy handed to ky; exported so tests can assert it allows GET only. */
export function retryPolicy(options: HttpOptions): RetryOptions {
  return {
    limit: options.retry ?? DEFAULT_RETRY,
    methods: ['get'],
    statusCodes: RETRY_STATUS_CODES,
    afterStatusCodes: [413, 429, 503],
    maxRetryAfter: options.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER,
    retryOnTimeout: false,
  };
}

function joinUrl(base: string, path: string, searchParams?: URLSearchParams): string {
  // The same joining rule as ky's prefixUrl, so error messages show the URL that was requested.
  const url = base ? `${base.endsWith('/') ? base : `${base}/`}${path}` : path;
  const query = searchParams?.toString();
  return query ? `${url}?${query}` : url;
}

/**
 * One ky instance and one ETag cache per source. `baseUrl` is ky's `prefixUrl`: paths must then be
 * relative ('activities', not '/activities').
 */
export function createTransport(baseUrl: string, options: HttpOptions = {}): Transport {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const cache = new Map<string, CacheEntry>();
  const api: KyInstance = ky.create({
    ...(baseUrl ? {prefixUrl: baseUrl} : {}),
    timeout,
    retry: retryPolicy(options),
    ...(options.fetch ? {fetch: options.fetch} : {}),
    headers: {accept: 'application/json', ...options.headers},
    // A 304 is the answer to our own If-None-Match: not an error.
    throwHttpErrors: (status: number) => status !== 304,
  });

  async function get<T>(path: string, {signal, searchParams, parse}: GetOptions<T>): Promise<T> {
    signal?.throwIfAborted();
    const url = joinUrl(baseUrl, path, searchParams);
    const where = `GET ${url}`;
    const cached = cache.get(url);
    // Our own controller bounds the body read too: ky's timeout stops once the headers are in.
    const bodyTimer = new AbortController();
    const combined = signal ? AbortSignal.any([signal, bodyTimer.signal]) : bodyTimer.signal;

    const fail = (error: unknown): never => {
      if (signal?.aborted) throw signal.reason;
      if (bodyTimer.signal.aborted) throw new UshtTimeoutError('GET', url, timeout);
      if (error instanceof Error && error.name === 'TimeoutError') throw new UshtTimeoutError('GET', url, timeout);
      if (error instanceof Error && error.name === 'HTTPError') {
        const response = (error as Error & {response: Response}).response;
        void response.body?.cancel().catch(() => undefined);
        throw new UshtHttpError('GET', url, response.status, response.statusText);
      }
      throw new UshtNetworkError('GET', url, error);
    };

    let response: Response;
    try {
      response = await api.get(path, {
        signal: combined,
        ...(searchParams ? {searchParams} : {}),
        ...(cached ? {headers: {'if-none-match': cached.etag}} : {}),
      });
    } catch (error) {
      return fail(error);
    }

    if (response.status === 304) {
      if (cached) {
        cache.delete(url);
        cache.set(url, cached);
        return cached.value as T;
      }
      throw new UshtHttpError('GET', url, 304, response.statusText || 'Not Modified');
    }

    const timer = setTimeout(() => bodyTimer.abort(new BodyTimeout()), timeout);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return fail(error);
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UshtValidationError(where, [{path: '', message: 'response is not JSON'}]);
    }
    const value = parse(json, where);
    const etag = response.headers.get('etag');
    cache.delete(url);
    if (etag) {
      cache.set(url, {etag, value});
      // A calendar asks for many filtered pages: keep the most recent ones, not all of them.
      if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
    }
    return value;
  }

  return {get};
}
