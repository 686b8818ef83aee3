// Data sources for stories and tests: the embedded data set, or a fake built on it that shows one
// state (loading forever, failing, empty, failing once, with invalid records). None of them touches
// the network; errors are the SDK's own typed errors, as a real feed or API would produce.
import {createClient, embeddedSource, UshtNetworkError, type DataSource, type RejectedRecord, type UshtClient} from '@usht/sdk';

type Method = Exclude<keyof DataSource, 'description'>;

// Every collection a source serves; `satisfies` keeps the list in step with the interface.
const methods = {
  centres: true, counties: true, municipalities: true, priorityAreas: true, activities: true, programmes: true,
  grantSchemes: true, sources: true, attribution: true,
} as const satisfies Record<Method, true>;
const methodNames = Object.keys(methods) as Method[];

type AnyCall = (...args: unknown[]) => Promise<unknown>;

/** The caller's AbortSignal: the options object is the last argument of every method. */
function signalOf(args: readonly unknown[]): AbortSignal | undefined {
  const last = args[args.length - 1] as {signal?: unknown} | undefined;
  return last && typeof last === 'object' && last.signal instanceof AbortSignal ? last.signal : undefined;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** A source whose every method goes through `call`, which may delegate to `base`. */
function wrap(description: string, call: (method: Method, args: unknown[], base: () => Promise<unknown>) => Promise<unknown>, base: DataSource): DataSource {
  const source: Record<string, unknown> = {description};
  for (const name of methodNames) {
    source[name] = (...args: unknown[]) => call(name, args, () => (base[name] as AnyCall)(...args));
  }
  return source as unknown as DataSource;
}

let embedded: DataSource | undefined;
/** The embedded data set, one instance for all stories and tests (it parses each collection once). */
export function realSource(): DataSource {
  embedded ??= embeddedSource();
  return embedded;
}

/** A network failure as the SDK reports one (`code: 'network'`). */
export function networkError(method: Method = 'priorityAreas'): UshtNetworkError {
  return new UshtNetworkError('GET', `https://data.example.invalid/${method}`, new TypeError('Failed to fetch'));
}

/** Never answers: the loading state. Honours the caller's abort, as a real request does. */
export function neverResolvingSource(): DataSource {
  return wrap('fake: never resolves', (_method, args) => new Promise((_resolve, reject) => {
    const signal = signalOf(args);
    signal?.addEventListener('abort', () => reject(abortError()), {once: true});
  }), realSource());
}

/** Fails every request with a network error (or the error given). */
export function rejectingSource(error: (method: Method) => unknown = networkError): DataSource {
  return wrap('fake: rejects', (method) => Promise.reject(error(method)), realSource());
}

/** Answers with no records at all. */
export function emptySource(): DataSource {
  return wrap('fake: empty', async (method) => (method === 'attribution' ? [] : {items: [], rejected: [], total: 0}), realSource());
}

/** Fails the first request of each collection, then answers from `base`: the retry path. */
export function failingOnceSource(base: DataSource = realSource()): DataSource & {readonly calls: Readonly<Record<string, number>>} {
  const calls: Record<string, number> = {};
  const source = wrap('fake: fails once', (method, _args, delegate) => {
    calls[method] = (calls[method] ?? 0) + 1;
    return calls[method] === 1 ? Promise.reject(networkError(method)) : delegate();
  }, base);
  return Object.assign(source, {calls});
}

/**
 * The records of `base` plus records that failed validation, as a feed with broken entries would
 * give them: counted in `rejected`, never passed on as items.
 */
export function withInvalidRecordsSource(base: DataSource = realSource(), invalid: Partial<Record<Method, readonly RejectedRecord[]>> = defaultInvalid): DataSource {
  return wrap('fake: with invalid records', async (method, _args, delegate) => {
    const result = await delegate();
    const extra = invalid[method];
    if (!extra || Array.isArray(result)) return result;
    const set = result as {items: readonly unknown[]; rejected: readonly RejectedRecord[]; total: number};
    return {...set, rejected: [...set.rejected, ...extra]};
  }, base);
}

/**
 * The records of `base`, with two contact people on one centre (Troms). No centre of the embedded
 * data names its contact people yet: these two are invented sample people, for stories and tests.
 */
export function withSampleContactsSource(base: DataSource = realSource()): DataSource {
  const contacts = [
    {name: 'Kari Testperson', role: 'rådgiver', email: 'kari@example.no', phone: '+47 12 34 56 78', source: ['usht-kit-sample']},
    {name: 'Ola Testperson', email: 'ola@example.no', source: ['usht-kit-sample']},
  ];
  return wrap('fake: sample contact people', async (method, _args, delegate) => {
    const result = await delegate();
    if (method !== 'centres') return result;
    const set = result as {items: readonly {id: string}[]};
    return {...set, items: set.items.map((c) => (c.id === 'troms' ? {...c, contacts} : c))};
  }, base);
}

const defaultInvalid: Partial<Record<Method, readonly RejectedRecord[]>> = {
  priorityAreas: [{path: 'priorityAreas[16]', id: 'ugyldig-omrade', issues: [{path: 'category', message: 'expected one of standing, national, leve-hele-livet'}]}],
  activities: [
    {path: 'activities[42]', id: 'ugyldig-aktivitet', issues: [{path: 'schedule.start', message: 'a local date-time YYYY-MM-DDTHH:MM'}]},
    {path: 'activities[43]', issues: [{path: 'registration.url', message: 'an absolute http(s) or mailto URL'}]},
  ],
  centres: [{path: 'centres[21]', id: 'ugyldig-senter', issues: [{path: 'website', message: 'an absolute http(s) or mailto URL'}]}],
};

/** A client on a source, for an element's `.client` property or a provider's. */
export function clientOn(source: DataSource): UshtClient {
  return createClient({source});
}
