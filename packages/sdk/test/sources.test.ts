import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, afterEach, before, describe, it} from 'node:test';
import ky from 'ky';
import {
  UshtHttpError, UshtNetworkError, UshtTimeoutError, UshtValidationError, isUshtHttpError, isUshtTimeoutError,
  isUshtValidationError,
} from '../src/errors.js';
import {embeddedSource} from '../src/sources/embedded.js';
import {parseEmbedded, type Collection} from '../src/sources/embedded-parse.js';
import {feedSource} from '../src/sources/feed.js';
import {httpSource} from '../src/sources/http.js';
import {retryPolicy} from '../src/sources/transport.js';
import {allDay, feedDocument, rawData, sampleActivity, type RawData} from './helpers/fixtures.js';
import {startLoopbackServer, type LoopbackServer} from './helpers/loopback-server.js';

let server: LoopbackServer;
let data: RawData;

before(async () => {
  server = await startLoopbackServer();
  data = await rawData();
});
afterEach(() => server.reset());
after(() => server.close());

/** Fast settings so retries and timeouts do not slow the suite down. */
const quick = {timeout: 2000, maxRetryAfter: 2000};

describe('embedded source', () => {
  it('serves the whole sourced data set, every record valid', async () => {
    const source = embeddedSource();
    const [centres, municipalities, counties, areas, activities, programmes, schemes, sources, attribution] = await Promise.all([
      source.centres(), source.municipalities(), source.counties(), source.priorityAreas(), source.activities(),
      source.programmes(), source.grantSchemes(), source.sources(), source.attribution(),
    ]);
    assert.equal(centres.items.length, 21);
    assert.equal(municipalities.items.length, 357);
    for (const set of [centres, municipalities, counties, areas, activities, programmes, schemes, sources]) {
      assert.deepEqual(set.rejected, []);
      assert.equal(set.total, set.items.length);
      assert.ok(set.items.length > 0);
    }
    assert.equal(activities.items.length, data.activities.length);
    assert.ok(attribution.some((a) => /Kartverket/.test(a.text) && a.licence.includes('CC BY')));
  });

  it('serves each collection exactly as its own strict parse, so reading it needs no zod', async () => {
    // The source hands our data out unparsed (a page on the embedded data never loads zod): this
    // test is what makes that safe. A record the schema would change or reject fails here.
    const collections: Collection[] = ['sources', 'counties', 'municipalities', 'centres', 'priorityAreas', 'activities', 'programmes', 'grantSchemes', 'attribution'];
    const source = embeddedSource();
    for (const collection of collections) {
      const served = collection === 'attribution' ? await source.attribution() : (await source[collection]()).items;
      const raw = (data as unknown as Record<string, unknown>)[collection];
      assert.deepStrictEqual(served, raw, `${collection}: served as it was built`);
      assert.deepStrictEqual(parseEmbedded(collection, structuredClone(served)), served, `${collection}: equal to its own strict parse`);
    }
  });

  it('every centre a municipality or county names exists', async () => {
    const source = embeddedSource();
    const ids = new Set((await source.centres()).items.map((c) => c.id));
    for (const m of (await source.municipalities()).items) assert.ok(ids.has(m.centreId), `${m.number} → ${m.centreId}`);
    for (const c of (await source.counties()).items) for (const id of c.centreIds) assert.ok(ids.has(id), `${c.number} → ${id}`);
  });

  it('loads a collection only when asked, once', async () => {
    let loads = 0;
    const source = embeddedSource({
      loaders: {
        centres: async () => {
          loads += 1;
          return {default: data.centres};
        },
        activities: () => Promise.reject(new Error('activities must not load for a map')),
      },
    });
    const [a, b] = await Promise.all([source.centres(), source.centres()]);
    await source.centres();
    assert.equal(loads, 1);
    assert.equal(a.items, b.items);
  });

  it('fails loudly, naming the collection and path, when our own data is broken', async () => {
    const centres = structuredClone(data.centres);
    centres[4]!['host'] = {...(centres[4]!['host'] as object), number: '18'};
    const source = embeddedSource({loaders: {centres: async () => ({default: centres})}});
    await assert.rejects(source.centres(), (e: unknown) => {
      assert.ok(e instanceof UshtValidationError);
      assert.equal(e.where, 'embedded:centres');
      assert.deepEqual(e.issues, [{path: 'centres[4].host.number', message: 'expected a 4-digit municipality number'}]);
      return true;
    });
  });

  it('treats an unknown key in our own data as an error (a typo of an optional field)', async () => {
    const counties = structuredClone(data.counties);
    counties[0] = {...counties[0], note: ['singular by mistake']};
    const source = embeddedSource({loaders: {counties: async () => ({default: counties})}});
    await assert.rejects(source.counties(), (e: unknown) =>
      isUshtValidationError(e) && e.where === 'embedded:counties' && e.issues[0]!.message === "unknown key 'note'");
  });

  it('rethrows a caller\'s abort untouched', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(embeddedSource().centres({signal: controller.signal}), (e: unknown) => e === controller.signal.reason);
  });

  describe('activity filters (same semantics as GET /activities)', () => {
    const base = () => data.activities[0]!;
    const fixtures = () => [
      sampleActivity(base(), {id: 'a-course', schedule: allDay('2025-03-10', '2025-03-12'), mode: 'physical', audience: ['Ledere i hjemmetjenesten']}),
      sampleActivity(base(), {id: 'b-webinar', schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2025-03-13T09:00', end: '2025-03-13T10:30'}, mode: 'digital', audience: ['Ressurssykepleiere']}),
      sampleActivity(base(), {id: 'c-hybrid', schedule: allDay('2025-04-01'), mode: 'hybrid', title: 'Fagdag i Kárášjohka om demens', audience: ['Tilsette på sjukeheim']}),
    ];
    const source = () => embeddedSource({loaders: {activities: async () => ({default: fixtures()})}});
    const ids = async (query: Parameters<ReturnType<typeof embeddedSource>['activities']>[0]) =>
      (await source().activities(query)).items.map((a) => a.id);

    it('matches activities overlapping the date range, inclusive', async () => {
      assert.deepEqual(await ids({from: '2025-03-12', to: '2025-03-13'}), ['a-course', 'b-webinar']);
      assert.deepEqual(await ids({from: '2025-03-13'}), ['b-webinar', 'c-hybrid']);
      assert.deepEqual(await ids({to: '2025-03-09'}), []);
    });

    it('lets physical and digital include hybrid', async () => {
      assert.deepEqual(await ids({mode: 'digital'}), ['b-webinar', 'c-hybrid']);
      assert.deepEqual(await ids({mode: 'physical'}), ['a-course', 'c-hybrid']);
      assert.deepEqual(await ids({mode: 'hybrid'}), ['c-hybrid']);
    });

    it('matches text and audience without case or diacritics', async () => {
      assert.deepEqual(await ids({text: 'karasjohka DEMENS'}), ['c-hybrid']);
      assert.deepEqual(await ids({audience: 'LEDERE'}), ['a-course']);
      assert.deepEqual(await ids({audience: 'sjukeheim'}), ['c-hybrid']);
    });

    it('pages chronologically and reports the total before paging', async () => {
      const page = await source().activities({limit: 1, offset: 1});
      assert.deepEqual(page.items.map((a) => a.id), ['b-webinar']);
      assert.equal(page.total, 3);
    });

    it('refuses a malformed date instead of silently matching nothing', async () => {
      await assert.rejects(source().activities({from: '13.03.2025'}), RangeError);
    });
  });
});

describe('feed source over HTTP', () => {
  it('serves each collection of one document, fetched once for all of them', async () => {
    server.route('GET', '/usht.json', {json: feedDocument({centres: data.centres, counties: data.counties, municipalities: data.municipalities})});
    const source = feedSource(server.url('/usht.json'), quick);
    const [centres, counties, municipalities] = await Promise.all([source.centres(), source.counties(), source.municipalities()]);
    assert.equal(centres.items.length, 21);
    assert.equal(counties.items.length, data.counties.length);
    assert.equal(municipalities.items.length, 357);
    assert.equal(server.requestsTo('/usht.json').length, 1);
    assert.equal(server.requestsTo('/usht.json')[0]!.headers['accept'], 'application/json');
  });

  it('revalidates with the ETag and reuses the body on 304', async () => {
    server.route('GET', '/usht.json', {json: feedDocument({centres: data.centres}), etag: '"v1"'});
    const source = feedSource(server.url('/usht.json'), {...quick, maxAge: 0});
    const first = await source.centres();
    const second = await source.centres();
    const requests = server.requestsTo('/usht.json');
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.headers['if-none-match'], undefined);
    assert.equal(requests[1]!.headers['if-none-match'], '"v1"');
    assert.equal(second.items, first.items);
  });

  it('does not ask again while the feed is fresh', async () => {
    server.route('GET', '/usht.json', {json: feedDocument({centres: data.centres})});
    const source = feedSource(server.url('/usht.json'), {...quick, maxAge: 60_000});
    await source.centres();
    await source.centres();
    assert.equal(server.requestsTo('/usht.json').length, 1);
  });

  it('returns the valid records of a feed with invalid ones, and reports those with paths', async () => {
    const activities = data.activities.slice(0, 5).map((a) => structuredClone(a));
    activities[1] = sampleActivity(activities[1]!, {schedule: allDay('2025-13-01')});
    activities[3] = sampleActivity(activities[3]!, {registration: {url: 'javascript:alert(1)', deadline: null}});
    server.route('GET', '/usht.json', {json: feedDocument({activities})});
    const result = await feedSource(server.url('/usht.json'), quick).activities();
    assert.equal(result.items.length, 3);
    assert.deepEqual(result.rejected.map((r) => r.path), ['activities[1]', 'activities[3]']);
    assert.deepEqual(result.rejected.flatMap((r) => r.issues.map((i) => i.path)), ['activities[1].schedule.start', 'activities[3].registration.url']);
    assert.ok(result.items.every((a) => a.registration?.url?.startsWith('javascript') !== true));
  });

  it('fails with a validation error when the document is not a feed', async () => {
    server.route('GET', '/other.json', {json: {format: 'something-else', version: 1}});
    await assert.rejects(feedSource(server.url('/other.json'), quick).centres(), (e: unknown) =>
      e instanceof UshtValidationError && e.where === `GET ${server.url('/other.json')}` && e.issues[0]!.path === 'format');
  });

  it('fails with a validation error naming the URL when the response is not JSON', async () => {
    server.route('GET', '/usht.json', {text: '<!doctype html><title>Siden finnes ikke</title>', headers: {'content-type': 'text/html'}});
    await assert.rejects(feedSource(server.url('/usht.json'), quick).centres(), (e: unknown) => {
      assert.ok(e instanceof UshtValidationError);
      assert.match(e.message, new RegExp(`GET ${server.url('/usht.json').replace(/[.?]/g, '\\$&')}: response is not JSON`));
      return true;
    });
  });

  it('takes collections the feed leaves out from a fallback source, with its attribution', async () => {
    server.route('GET', '/activities-only.json', {json: feedDocument({activities: data.activities.slice(0, 2)})});
    const source = feedSource(server.url('/activities-only.json'), {...quick, fallback: embeddedSource()});
    assert.equal((await source.activities()).items.length, 2);
    assert.equal((await source.centres()).items.length, 21);
    assert.ok((await source.attribution()).some((a) => /Kartverket/.test(a.text)));
  });

  it('fails loudly on attribution it cannot show (the licence requires it)', async () => {
    server.route('GET', '/usht.json', {json: feedDocument({attribution: [{text: 'Data: ...', licence: 'CC BY 4.0', licenceUrl: 'javascript:x'}]})});
    await assert.rejects(feedSource(server.url('/usht.json'), quick).attribution(), (e: unknown) =>
      isUshtValidationError(e) && e.issues[0]!.path === 'attribution[0].licenceUrl');
  });
});

describe('HTTP source (REST API) and the HTTP layer', () => {
  const api = () => httpSource({baseUrl: server.url('/v1'), ...quick});

  it('reads a collection from its resource', async () => {
    server.route('GET', '/v1/centres', {json: {items: data.centres}});
    const centres = await api().centres();
    assert.equal(centres.items.length, 21);
    assert.deepEqual(centres.rejected, []);
  });

  it('sends the activity query as parameters and keeps the server\'s total', async () => {
    const page = data.activities.slice(0, 2);
    server.route('GET', '/v1/activities', {json: {items: page, total: 40, limit: 2, offset: 4}});
    const result = await api().activities({
      from: '2025-01-01', to: '2025-12-31', centreId: 'nordland', priorityAreaId: 'demens', mode: 'digital',
      audience: 'ledere', text: 'velferdsteknologi', limit: 2, offset: 4,
    });
    assert.equal(result.items.length, 2);
    assert.equal(result.total, 40);
    const params = Object.fromEntries(server.requestsTo('/v1/activities')[0]!.searchParams);
    assert.deepEqual(params, {
      from: '2025-01-01', to: '2025-12-31', centre: 'nordland', priorityArea: 'demens', mode: 'digital',
      audience: 'ledere', q: 'velferdsteknologi', limit: '2', offset: '4',
    });
  });

  it('sends If-None-Match on the second request and reuses the cached result on 304', async () => {
    server.route('GET', '/v1/priority-areas', {json: {items: data.priorityAreas}, etag: 'W/"abc"'});
    const source = api();
    const first = await source.priorityAreas();
    const second = await source.priorityAreas();
    const requests = server.requestsTo('/v1/priority-areas');
    assert.equal(requests.length, 2);
    assert.equal(requests[1]!.headers['if-none-match'], 'W/"abc"');
    assert.equal(second.items, first.items);
    assert.equal(second.items.length, data.priorityAreas.length);
  });

  it('404: an HTTP error with method, URL and status, not retried', async () => {
    await assert.rejects(api().grantSchemes(), (e: unknown) => {
      assert.ok(e instanceof UshtHttpError);
      assert.equal(e.status, 404);
      assert.equal(e.method, 'GET');
      assert.equal(e.url, server.url('/v1/grant-schemes'));
      assert.equal(e.message, `GET ${server.url('/v1/grant-schemes')} failed: HTTP 404 Not Found`);
      return true;
    });
    assert.equal(server.requestsTo('/v1/grant-schemes').length, 1);
  });

  it('429 with Retry-After: 1 waits that second, retries once and succeeds', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/counties', [{status: 429, headers: {'retry-after': '1'}}, {json: {items: data.counties}}]);
    const counties = await api().counties();
    assert.equal(counties.items.length, data.counties.length);
    const [first, second, ...rest] = server.requestsTo('/v1/counties');
    assert.equal(rest.length, 0);
    assert.ok(second!.at - first!.at >= 900, `retried after ${Math.round(second!.at - first!.at)} ms, before Retry-After`);
  });

  it('honours Retry-After as an HTTP date too', {timeout: 10_000}, async () => {
    const date = new Date(Date.now() + 1000).toUTCString();
    server.route('GET', '/v1/sources', [{status: 503, headers: {'retry-after': date}}, {json: {items: data.sources}}]);
    assert.equal((await api().sources()).items.length, data.sources.length);
    assert.equal(server.requestsTo('/v1/sources').length, 2);
  });

  it('caps a long Retry-After at maxRetryAfter', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/counties', [{status: 503, headers: {'retry-after': '3600'}}, {json: {items: data.counties}}]);
    const source = httpSource({baseUrl: server.url('/v1'), maxRetryAfter: 100});
    assert.equal((await source.counties()).items.length, data.counties.length);
    assert.equal(server.requestsTo('/v1/counties').length, 2);
  });

  it('500 then 200: retried, and the caller never sees the failure', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/programmes', [{status: 500}, {json: {items: data.programmes}}]);
    assert.equal((await api().programmes()).items.length, data.programmes.length);
    assert.equal(server.requestsTo('/v1/programmes').length, 2);
  });

  it('gives up after the retries with the last status', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/programmes', {status: 502, statusText: 'Bad Gateway'});
    const source = httpSource({baseUrl: server.url('/v1'), retry: 1});
    await assert.rejects(source.programmes(), (e: unknown) => isUshtHttpError(e) && e.status === 502 && /HTTP 502 Bad Gateway$/.test(e.message));
    assert.equal(server.requestsTo('/v1/programmes').length, 2);
  });

  it('retries only GET: the policy handed to ky allows no other method', {timeout: 10_000}, async () => {
    const policy = retryPolicy({retry: 2});
    assert.deepEqual(policy.methods, ['get']);
    // The same policy in ky: a POST to a failing endpoint is sent once, a GET three times.
    server.route('POST', '/v1/echo', {status: 503});
    server.route('GET', '/v1/echo', {status: 503});
    const client = ky.create({retry: policy, timeout: 2000});
    await assert.rejects(client.post(server.url('/v1/echo'), {json: {}}));
    await assert.rejects(client.get(server.url('/v1/echo')));
    assert.equal(server.requestsTo('/v1/echo', 'POST').length, 1);
    assert.equal(server.requestsTo('/v1/echo', 'GET').length, 3);
  });

  it('a schema-invalid record is reported with its path; the valid ones are returned', async () => {
    const items = data.activities.slice(0, 3).map((a) => structuredClone(a));
    items[0] = sampleActivity(items[0]!, {mode: 'in person'});
    server.route('GET', '/v1/activities', {json: {items, total: 3, limit: null, offset: 0}});
    const result = await api().activities();
    assert.equal(result.items.length, 2);
    assert.deepEqual(result.rejected[0]!.issues, [{path: 'activities[0].mode', message: "expected one of 'physical', 'digital', 'hybrid'"}]);
  });

  it('a response without the items envelope is a validation error', async () => {
    server.route('GET', '/v1/centres', {json: data.centres});
    await assert.rejects(api().centres(), (e: unknown) => isUshtValidationError(e) && e.where === `GET ${server.url('/v1/centres')}`);
  });

  it('a server that never answers: a timeout error, and no retry', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/centres', {hang: true});
    const source = httpSource({baseUrl: server.url('/v1'), timeout: 300});
    await assert.rejects(source.centres(), (e: unknown) => {
      assert.ok(e instanceof UshtTimeoutError);
      assert.equal(e.timeoutMs, 300);
      assert.equal(e.url, server.url('/v1/centres'));
      return true;
    });
    assert.equal(server.requestsTo('/v1/centres').length, 1);
  });

  it('a body that stops half-way: a timeout error too', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/centres', {json: {items: data.centres}, hangBody: true});
    const source = httpSource({baseUrl: server.url('/v1'), timeout: 300});
    await assert.rejects(source.centres(), (e: unknown) => isUshtTimeoutError(e));
    assert.equal(server.requestsTo('/v1/centres').length, 1);
  });

  it('rethrows the caller\'s abort untouched, mid-request', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/centres', {hang: true});
    const controller = new AbortController();
    const pending = api().centres({signal: controller.signal});
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, (e: unknown) => {
      assert.equal(e, controller.signal.reason);
      assert.ok(e instanceof DOMException && e.name === 'AbortError');
      return true;
    });
  });

  it('an abort during a Retry-After wait ends the wait at once, without another request', {timeout: 10_000}, async () => {
    server.route('GET', '/v1/centres', [{status: 503, headers: {'retry-after': '5'}}, {json: {items: data.centres}}]);
    const controller = new AbortController();
    const pending = httpSource({baseUrl: server.url('/v1'), maxRetryAfter: 8000}).centres({signal: controller.signal});
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(pending, (e: unknown) => e === controller.signal.reason);
    assert.equal(server.requestsTo('/v1/centres').length, 1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    server.route('GET', '/v1/centres', {json: {items: data.centres}});
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(api().centres({signal: controller.signal}), (e: unknown) => e === controller.signal.reason);
    assert.equal(server.requestsTo('/v1/centres').length, 0);
  });

  it('a refused connection is a network error', {timeout: 10_000}, async () => {
    const closed = await startLoopbackServer();
    const url = closed.url('/v1');
    await closed.close();
    const source = httpSource({baseUrl: url, retry: 0});
    await assert.rejects(source.centres(), (e: unknown) => {
      assert.ok(e instanceof UshtNetworkError);
      assert.equal(e.url, `${url}/centres`);
      assert.match(e.message, /network error/);
      return true;
    });
  });
});

describe('the public entry loads the network sources on first use', () => {
  it('feedSource and httpSource from the entry behave as the sources themselves', async () => {
    const entry = await import('../src/index.js');
    server.route('GET', '/usht.json', {json: feedDocument({centres: data.centres})});
    server.route('GET', '/v1/counties', {json: {items: data.counties}});
    const feed = entry.feedSource(server.url('/usht.json'), quick);
    assert.equal(feed.description, `feed ${server.url('/usht.json')}`);
    assert.equal(server.requests.length, 0);
    assert.equal((await feed.centres()).items.length, 21);
    const api = entry.httpSource({baseUrl: server.url('/v1'), ...quick});
    assert.equal((await api.counties()).items.length, data.counties.length);
    await assert.rejects(api.centres(), entry.UshtHttpError);
  });
});

describe('openapi.yaml describes what httpSource requests', () => {
  const text = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');
  const documented = [...text.matchAll(/^ {2}(\/[a-z-]+):$/gm)].map((m) => m[1]!);

  it('documents every resource the source reads, and the source reads every documented one', async () => {
    for (const path of documented) {
      server.route('GET', `/v1${path}`, {json: path === '/activities' ? {items: [], total: 0, limit: null, offset: 0} : {items: []}});
    }
    const source = httpSource({baseUrl: server.url('/v1'), retry: 0});
    await Promise.all([
      source.centres(), source.counties(), source.municipalities(), source.priorityAreas(), source.activities({
        from: '2025-01-01', to: '2025-02-01', centreId: 'nordland', priorityAreaId: 'demens', mode: 'hybrid', audience: 'ledere',
        text: 'demens', limit: 10, offset: 10,
      }),
      source.programmes(), source.grantSchemes(), source.sources(), source.attribution(),
    ]);
    const requested = [...new Set(server.requests.map((r) => r.pathname.replace(/^\/v1/, '')))].sort();
    assert.deepEqual(requested, [...documented].sort());
    for (const name of new Set(server.requestsTo('/v1/activities').flatMap((r) => [...r.searchParams.keys()]))) {
      assert.match(text, new RegExp(`- name: ${name}\\n`), `query parameter ${name}`);
    }
  });

  it('refers only to definitions that feed.schema.json has', () => {
    const schema = JSON.parse(readFileSync(new URL('../feed.schema.json', import.meta.url), 'utf8')) as {$defs: Record<string, unknown>};
    const refs = [...text.matchAll(/feed\.schema\.json#\/\$defs\/(\w+)/g)].map((m) => m[1]!);
    assert.ok(refs.length >= 9);
    for (const name of refs) assert.ok(name in schema.$defs, `feed.schema.json has no $defs/${name}`);
  });
});
