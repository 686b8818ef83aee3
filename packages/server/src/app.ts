/**
 * The HTTP API of openapi.yaml (@usht/sdk) on Fastify. Reads are public, cacheable and revalidated
 * by ETag; writes need a centre's token, carry `If-Match`, are validated by the SDK's schemas and
 * audited. Errors are RFC 9457 problem details.
 */
import cors from '@fastify/cors';
import Fastify, {type FastifyInstance, type FastifyReply, type FastifyRequest} from 'fastify';
import {
  activityModes, createMunicipalityIndex, FEED_FORMAT, FEED_VERSION,
  type Activity, type ActivityQuery, type Centre, type County, type Municipality, type PriorityArea, type Programme, type Source,
  type ValidationIssue,
} from '@usht/sdk';
import {icsFileName, ICS_CONTENT_TYPE, toICS, type ICSLocale} from '@usht/sdk/ics';
import {
  bumpRevision, canonicalJson, changedFields, etagOf, findActivity, findRecord, insertActivity, queryActivities, readCollection,
  replaceActivity, revise, revision, sourceOwner, upsertRecord, writeAudit, type ReferenceCollection,
} from './repository.js';
import type {Store} from './store.js';
import {verifyToken} from './tokens.js';
import {checkReferences, parseWrite, urlMismatch, writeLanguage, type ActivityWrite, type WriteLanguage} from './writes.js';

export interface RateLimit {
  /** Requests per client (IP for reads, token for writes) in each window. */
  readonly max: number;
  /** Milliseconds. */
  readonly windowMs: number;
}

export interface ServerOptions {
  readonly store: Store;
  /** Fastify's logger options (pino); false for none. Authorization headers are never logged. */
  readonly logger?: boolean | Record<string, unknown>;
  /** Limit on reads per IP; none by default (put a CDN in front, the data is public and cacheable). */
  readonly readLimit?: RateLimit | undefined;
  /** Limit on writes per token. Default 120 a minute. */
  readonly writeLimit?: RateLimit | undefined;
  /** Seconds a cache may reuse a read without asking again. Default 60. */
  readonly maxAge?: number;
  /** Behind a reverse proxy: trust its X-Forwarded-For for the client's address. */
  readonly trustProxy?: boolean;
}

/** A write body is one activity and the sources it cites; 256 KiB is far beyond any real one. */
export const BODY_LIMIT = 256 * 1024;
const CACHED_RESPONSES = 256;
/** How long a process trusts the data revision it last read, in ms. */
const REVISION_TTL = 1000;

class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .header('cache-control', 'no-store')
    .type('application/problem+json')
    .send(JSON.stringify({
      type: 'about:blank', title: problem.title, status: problem.status,
      ...(problem.detail ? {detail: problem.detail} : {}), ...problem.extra,
    }));
}

const invalid = (issues: readonly ValidationIssue[], detail = 'The request has invalid fields; `errors` names each one.') =>
  new Problem(400, 'Bad Request', detail, {errors: issues});

/** Whether an If-None-Match header names this tag (weak comparison, RFC 9110 §13.1.2). */
function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

interface Rendered {
  /** Encoded once: a 200 KiB feed is not turned into UTF-8 again for every reader. */
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  readonly headers?: Record<string, string>;
}

/**
 * A fixed window per client: at most `max` requests in each `windowMs`, then 429 with the seconds
 * until the window ends. In memory, per process: behind several processes, each counts its own.
 */
function limiter(limit: RateLimit, keyOf: (request: FastifyRequest) => string) {
  const windows = new Map<string, {start: number; count: number}>();
  return async (request: FastifyRequest) => {
    const now = Date.now();
    if (windows.size > 10_000) {
      for (const [key, window] of windows) if (now - window.start >= limit.windowMs) windows.delete(key);
    }
    const key = keyOf(request);
    let window = windows.get(key);
    if (!window || now - window.start >= limit.windowMs) {
      window = {start: now, count: 0};
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > limit.max) {
      const seconds = Math.max(1, Math.ceil((window.start + limit.windowMs - now) / 1000));
      throw new Problem(429, 'Too Many Requests', `Try again in ${seconds} s.`, {}, {'retry-after': String(seconds)});
    }
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function queryString(query: unknown, name: string): string | undefined {
  const value = (query as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid([{path: name, message: 'given more than once'}]);
  return value;
}

/** `GET /activities`'s parameters as the SDK's ActivityQuery, or a 400 naming each bad one. */
function activityQuery(query: unknown): ActivityQuery {
  const issues: ValidationIssue[] = [];
  const read = (name: string) => queryString(query, name);
  const date = (name: string) => {
    const value = read(name);
    if (value !== undefined && !(isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
      issues.push({path: name, message: 'expected a date YYYY-MM-DD'});
    }
    return value;
  };
  const count = (name: string) => {
    const value = read(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,9}$/.test(value)) issues.push({path: name, message: 'expected a whole number of at least 0'});
    return Number(value);
  };
  const text = (name: string) => {
    const value = read(name);
    if (value !== undefined && value.length > 200) issues.push({path: name, message: 'at most 200 characters'});
    return value;
  };
  const mode = read('mode');
  if (mode !== undefined && !(activityModes as readonly string[]).includes(mode)) {
    issues.push({path: 'mode', message: `expected one of ${activityModes.join(', ')}`});
  }
  const result: Record<string, unknown> = {
    from: date('from'), to: date('to'), centreId: read('centre'), priorityAreaId: read('priorityArea'), mode,
    audience: text('audience'), text: text('q'), limit: count('limit'), offset: count('offset'),
  };
  if (issues.length) throw invalid(issues, 'A query parameter is malformed; `errors` names each one.');
  for (const key of Object.keys(result)) if (result[key] === undefined) delete result[key];
  return result as ActivityQuery;
}

const registeredRoutes = new WeakMap<FastifyInstance, readonly {method: string; url: string}[]>();

/** Every route the server answers, as Fastify has them ('/activities/:id'): what openapi.yaml is checked against. */
export function routesOf(app: FastifyInstance): readonly {method: string; url: string}[] {
  return registeredRoutes.get(app) ?? [];
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const {store} = options;
  const maxAge = options.maxAge ?? 60;
  const writeLimit = options.writeLimit ?? {max: 120, windowMs: 60_000};
  const app = Fastify({
    logger: options.logger === undefined || options.logger === false ? false : {
      ...(options.logger === true ? {} : options.logger),
      // Only method, URL and status are logged; a token never is, even if a proxy logs headers.
      redact: ['req.headers.authorization'],
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // While shutting down, a new request gets a 503 (which clients retry) rather than a cut connection.
    return503OnClosing: true,
  });

  const routes: {method: string; url: string}[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({method, url: route.url});
  });
  registeredRoutes.set(app, routes);

  // JSON only: no text/plain bodies, and Fastify answers 415 for every other type. An empty JSON
  // body is no body (a DELETE sent by a client that sets Content-Type on every request).
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', {parseAs: 'string'}, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, String(body), done);
  });

  // Widgets read from any municipal origin; the editor writes from the coordinator's page with a
  // token in a header (no cookies), so any origin is safe here too.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Accept-Language'],
    exposedHeaders: ['ETag', 'Retry-After', 'Location'],
    maxAge: 600,
  });

  const readRateLimit = options.readLimit ? {onRequest: limiter(options.readLimit, (request) => request.ip)} : {};
  // Per key where there is one (its id), so one coordinator's import does not hold up another
  // centre; per address otherwise.
  const writeRateLimit = {onRequest: limiter(writeLimit, (request) => /\busht_([0-9a-f]{16})_/.exec(request.headers.authorization ?? '')?.[1] ?? request.ip)};

  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof Problem) return sendProblem(reply, error);
    const e = error as {statusCode?: number; code?: string; message?: string};
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, new Problem(415, 'Unsupported Media Type', 'Send application/json.'));
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, new Problem(413, 'Content Too Large', `At most ${BODY_LIMIT} bytes.`));
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return sendProblem(reply, new Problem(e.statusCode, e.statusCode === 400 ? 'Bad Request' : 'Client Error', e.message));
    }
    request.log.error({err: error}, 'request failed');
    // A database that is down or restarting: the client may retry (the SDK does, for GET).
    const connection = /ECONNREFUSED|ECONNRESET|terminat|57P0[123]|Connection/i.test(`${e.code ?? ''} ${e.message ?? ''}`);
    return sendProblem(reply, connection
      ? new Problem(503, 'Service Unavailable', 'The database cannot be reached.', {}, {'retry-after': '5'})
      : new Problem(500, 'Internal Server Error'));
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new Problem(404, 'Not Found', `No resource at ${request.method} ${request.url.split('?')[0]}.`)));

  // Reads: rendered once per data revision and request URL, then answered from memory. The ETag is
  // the body's hash, so every process behind a load balancer sends the same tag for the same data.
  // The revision itself is asked of the database at most every REVISION_TTL ms (a revalidation
  // that needs no query is what keeps a 304 cheap): a write in this process is seen at once,
  // another process's within that time, far inside any cache's max-age.
  const cache = new Map<string, Rendered>();
  let known: {revision: number; at: number} | undefined;
  let asking: Promise<number> | undefined;
  // Raised by every write here: an answer to a question asked before the write is not kept.
  let generation = 0;
  const currentRevision = async (): Promise<number> => {
    if (known && performance.now() - known.at < REVISION_TTL) return known.revision;
    if (asking) return asking;
    const asked = generation;
    const pending = revision(store).then(
      (value) => {
        if (asked === generation) known = {revision: value, at: performance.now()};
        return value;
      },
    ).finally(() => {
      if (asking === pending) asking = undefined;
    });
    asking = pending;
    return pending;
  };
  /** After a write here: the next read asks the database again. */
  const changed = () => {
    generation += 1;
    known = undefined;
    asking = undefined;
  };
  async function read(request: FastifyRequest, reply: FastifyReply, render: () => Promise<{body: string; type: string; headers?: Record<string, string>}>) {
    const key = `${await currentRevision()} ${request.url}`;
    let entry = cache.get(key);
    if (entry) {
      cache.delete(key);
    } else {
      const rendered = await render();
      const body = Buffer.from(rendered.body);
      entry = {...rendered, body, etag: etagOf(body)};
    }
    cache.set(key, entry);
    if (cache.size > CACHED_RESPONSES) cache.delete(cache.keys().next().value!);
    reply.header('etag', entry.etag).header('cache-control', `public, max-age=${maxAge}`);
    for (const [name, value] of Object.entries(entry.headers ?? {})) reply.header(name, value);
    if (noneMatch(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
    return reply.type(entry.type).send(entry.body);
  }
  const json = (value: unknown) => ({body: JSON.stringify(value), type: 'application/json; charset=utf-8'});
  const list = (collection: ReferenceCollection) => async () => json({items: await readCollection(store, collection)});

  const collections: [string, ReferenceCollection][] = [
    ['/centres', 'centres'], ['/counties', 'counties'], ['/priority-areas', 'priorityAreas'], ['/programmes', 'programmes'],
    ['/grant-schemes', 'grantSchemes'], ['/sources', 'sources'], ['/attribution', 'attribution'],
  ];
  for (const [path, collection] of collections) {
    app.get(path, readRateLimit, (request, reply) => read(request, reply, list(collection)));
  }

  app.get('/municipalities', readRateLimit, (request, reply) => read(request, reply, async () => {
    const q = queryString(request.query, 'q')?.trim();
    const county = queryString(request.query, 'county');
    const centre = queryString(request.query, 'centre');
    const limitText = queryString(request.query, 'limit');
    if (limitText !== undefined && !/^\d{1,9}$/.test(limitText)) throw invalid([{path: 'limit', message: 'expected a whole number of at least 0'}]);
    if (q !== undefined && q.length > 200) throw invalid([{path: 'q', message: 'at most 200 characters'}]);
    let items = await readCollection<Municipality>(store, 'municipalities');
    if (q || county !== undefined) {
      // The finder's own search (names in any form, misspelt, without diacritics; numbers), best first.
      const index = createMunicipalityIndex(items, await readCollection<County>(store, 'counties'));
      let matches = q ? index.search(q, Number.POSITIVE_INFINITY) : index.all;
      if (county !== undefined) matches = matches.filter((m) => m.county === county || m.countyName.toLowerCase() === county.toLowerCase());
      const byNumber = new Map(items.map((m) => [m.number, m]));
      items = matches.map((m) => byNumber.get(m.number)).filter((m): m is Municipality => m !== undefined);
    }
    if (centre !== undefined) items = items.filter((m) => m.centreId === centre);
    const total = items.length;
    return json({items: limitText === undefined ? items : items.slice(0, Number(limitText)), total});
  }));

  app.get('/activities', readRateLimit, (request, reply) => read(request, reply, async () => {
    const query = activityQuery(request.query);
    const {items, total} = await queryActivities(store, query);
    return json({items, total, limit: query.limit ?? null, offset: query.offset ?? 0});
  }));

  app.get<{Params: {id: string}}>('/activities/:id', readRateLimit, async (request, reply) => {
    // One activity with its own tag: what a PUT's If-Match must name.
    const stored = await findActivity(store, request.params.id);
    if (!stored) throw new Problem(404, 'Not Found', `No activity "${request.params.id}".`);
    reply.header('etag', stored.etag).header('cache-control', 'no-cache');
    if (noneMatch(request.headers['if-none-match'], stored.etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(stored.activity));
  });

  async function centreOr404(id: string): Promise<Centre> {
    const centre = await findRecord<Centre>(store, 'centres', id);
    if (!centre) throw new Problem(404, 'Not Found', `No centre "${id}".`);
    return centre;
  }

  app.get('/feed.json', readRateLimit, (request, reply) => read(request, reply, async () => {
    const centreId = queryString(request.query, 'centre');
    const feed: Record<string, unknown> = {format: FEED_FORMAT, version: FEED_VERSION};
    feed['attribution'] = await readCollection(store, 'attribution');
    if (centreId === undefined) {
      for (const collection of ['sources', 'counties', 'municipalities', 'centres', 'priorityAreas'] as const) {
        feed[collection] = await readCollection(store, collection);
      }
      feed['activities'] = (await queryActivities(store, {})).items;
      feed['programmes'] = await readCollection(store, 'programmes');
      feed['grantSchemes'] = await readCollection(store, 'grantSchemes');
      return json(feed);
    }
    // One centre's feed: its centre record, activities and programmes, and what they cite.
    const centre = await centreOr404(centreId);
    const activities = (await queryActivities(store, {centreId})).items;
    const programmes = (await readCollection<Programme>(store, 'programmes')).filter((p) => p.centreId === centreId);
    const cited = new Set<string>([...centre.source ?? [], ...activities.flatMap((a) => a.source), ...programmes.flatMap((p) => p.source ?? [])]);
    feed['sources'] = (await readCollection<Source>(store, 'sources')).filter((s) => cited.has(s.id));
    feed['centres'] = [centre];
    feed['priorityAreas'] = await readCollection(store, 'priorityAreas');
    feed['activities'] = activities;
    feed['programmes'] = programmes;
    return json(feed);
  }));

  const icsLocales: readonly ICSLocale[] = ['nb', 'nn', 'en', 'se'];
  app.get<{Params: {id: string}}>('/centres/:id/activities.ics', readRateLimit, (request, reply) => read(request, reply, async () => {
    const lang = queryString(request.query, 'lang') ?? 'nb';
    if (!(icsLocales as readonly string[]).includes(lang)) throw invalid([{path: 'lang', message: `expected one of ${icsLocales.join(', ')}`}]);
    const centre = await centreOr404(request.params.id);
    const activities = (await queryActivities(store, {centreId: centre.id})).items;
    const {rows} = await store.query<{at: Date | string | null}>('select max(updated_at) as at from usht_activities where $1 = any(centre_ids)', [centre.id]);
    const calendar = toICS(activities, {
      calendarName: centre.name,
      locale: lang as ICSLocale,
      priorityAreas: await readCollection<PriorityArea>(store, 'priorityAreas'),
      sources: await readCollection<Source>(store, 'sources'),
      // The time of the last change, not of the request: the same data gives the same bytes and ETag.
      now: rows[0]?.at ? new Date(rows[0].at) : new Date(0),
    });
    return {
      body: calendar, type: ICS_CONTENT_TYPE,
      headers: {'content-disposition': `inline; filename="${icsFileName(centre.name)}"`},
    };
  }));

  // Writes.
  async function authenticate(request: FastifyRequest): Promise<{id: string; centreId: string}> {
    const header = request.headers.authorization ?? '';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const token = bearer ? await verifyToken(store, bearer) : undefined;
    if (!token) {
      throw new Problem(401, 'Unauthorized', bearer ? 'The token is not valid (unknown, mistyped or revoked).' : 'Send the centre\'s token: Authorization: Bearer usht_….',
        {}, {'www-authenticate': 'Bearer realm="usht"'});
    }
    return token;
  }

  const forbidden = (centreId: string, what: string) =>
    new Problem(403, 'Forbidden', `This token writes only the activities of centre "${centreId}"; ${what}.`);

  async function validWrite(request: FastifyRequest, language: WriteLanguage): Promise<ActivityWrite> {
    const parsed = parseWrite(request.body, language);
    if (!parsed.write) throw invalid(parsed.issues);
    return parsed.write;
  }

  async function storeSources(tx: Parameters<Parameters<Store['transaction']>[0]>[0], write: ActivityWrite, token: {centreId: string}): Promise<void> {
    for (const source of write.sources) {
      const existing = await sourceOwner(tx, source.id);
      if (existing && canonicalJson(existing.record) === canonicalJson(source)) continue;
      // A source another centre (or the operator) wrote is theirs: others cite it, they do not change it.
      if (existing && existing.centre !== token.centreId) throw forbidden(token.centreId, `source "${source.id}" is not this centre's to change`);
      await upsertRecord(tx, 'sources', source.id, source, token.centreId);
    }
  }

  function ifMatch(request: FastifyRequest): string {
    const header = request.headers['if-match'];
    if (!header) {
      throw new Problem(428, 'Precondition Required', 'Send If-Match with the ETag of the activity you changed, so no one else\'s change is overwritten unseen.');
    }
    return header;
  }

  function stale(current: {activity: Activity; etag: string}): Problem {
    return new Problem(412, 'Precondition Failed', 'The activity was changed since you read it; `current` is what is stored now.',
      {current: current.activity}, {etag: current.etag});
  }

  function matchesTag(header: string, etag: string): boolean {
    return header.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
  }

  const written = (reply: FastifyReply, status: number, activity: Activity, etag: string) =>
    reply.code(status).header('etag', etag).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(JSON.stringify(activity));

  app.post<{Params: {id: string}}>('/centres/:id/activities', writeRateLimit, async (request, reply) => {
    const token = await authenticate(request);
    const centreId = request.params.id;
    await centreOr404(centreId);
    if (token.centreId !== centreId) throw forbidden(token.centreId, `not "${centreId}"`);
    const language = writeLanguage(request.headers['accept-language']);
    const write = await validWrite(request, language);
    const root = write.sources.length || (request.body as Record<string, unknown>)['activity'] ? 'activity' : '';
    if (write.activity.centreId !== centreId) {
      throw invalid([{path: root ? `${root}.centreId` : 'centreId', message: urlMismatch(language, 'centre', centreId)}]);
    }
    const activity: Activity = {...write.activity, sequence: write.activity.sequence ?? 0};
    const etag = await store.transaction(async (tx) => {
      const issues = await checkReferences(tx, write, language, root);
      if (issues.length) throw invalid(issues);
      if (await findActivity(tx, activity.id)) {
        throw new Problem(409, 'Conflict', `An activity "${activity.id}" exists; change it with PUT /activities/${activity.id}.`);
      }
      await storeSources(tx, write, token);
      const tag = await insertActivity(tx, activity);
      // Another request created the same id between our check and our insert.
      if (!tag) throw new Problem(409, 'Conflict', `An activity "${activity.id}" exists; change it with PUT /activities/${activity.id}.`);
      await writeAudit(tx, {tokenId: token.id, centreId, action: 'create', activityId: activity.id, changes: changedFields(undefined, activity)});
      await bumpRevision(tx);
      return tag;
    });
    changed();
    reply.header('location', `activities/${encodeURIComponent(activity.id)}`);
    return written(reply, 201, activity, etag);
  });

  app.put<{Params: {id: string}}>('/activities/:id', writeRateLimit, async (request, reply) => {
    const token = await authenticate(request);
    const id = request.params.id;
    const language = writeLanguage(request.headers['accept-language']);
    const precondition = ifMatch(request);
    const write = await validWrite(request, language);
    const root = (request.body as Record<string, unknown>)['activity'] ? 'activity' : '';
    if (write.activity.id !== id) throw invalid([{path: root ? `${root}.id` : 'id', message: urlMismatch(language, 'id', id)}]);
    const result = await store.transaction(async (tx) => {
      const current = await findActivity(tx, id, {lock: true});
      if (!current) throw new Problem(404, 'Not Found', `No activity "${id}"; create it with POST /centres/{id}/activities.`);
      if (current.activity.centreId !== token.centreId) throw forbidden(token.centreId, `"${id}" belongs to "${current.activity.centreId}"`);
      if (write.activity.centreId !== token.centreId) throw forbidden(token.centreId, 'an activity cannot be moved to another centre');
      if (!matchesTag(precondition, current.etag)) throw stale(current);
      const issues = await checkReferences(tx, write, language, root);
      if (issues.length) throw invalid(issues);
      const revised = revise(current.activity, write.activity);
      if (!revised) return current;
      await storeSources(tx, write, token);
      const {activity, changes} = revised;
      const etag = await replaceActivity(tx, activity);
      await writeAudit(tx, {tokenId: token.id, centreId: token.centreId, action: 'update', activityId: id, changes});
      await bumpRevision(tx);
      return {activity, etag};
    });
    changed();
    return written(reply, 200, result.activity, result.etag);
  });

  app.delete<{Params: {id: string}}>('/activities/:id', writeRateLimit, async (request, reply) => {
    const token = await authenticate(request);
    const id = request.params.id;
    const precondition = ifMatch(request);
    const result = await store.transaction(async (tx) => {
      const current = await findActivity(tx, id, {lock: true});
      if (!current) throw new Problem(404, 'Not Found', `No activity "${id}".`);
      if (current.activity.centreId !== token.centreId) throw forbidden(token.centreId, `"${id}" belongs to "${current.activity.centreId}"`);
      if (!matchesTag(precondition, current.etag)) throw stale(current);
      if (current.activity.status === 'cancelled') return current;
      // Published means someone may have subscribed: keep it, cancelled, so their calendar says so.
      const activity: Activity = {...current.activity, status: 'cancelled', sequence: (current.activity.sequence ?? 0) + 1};
      const etag = await replaceActivity(tx, activity);
      await writeAudit(tx, {tokenId: token.id, centreId: token.centreId, action: 'cancel', activityId: id, changes: changedFields(current.activity, activity)});
      await bumpRevision(tx);
      return {activity, etag};
    });
    changed();
    return written(reply, 200, result.activity, result.etag);
  });

  return app;
}
