// Every read of openapi.yaml against a real server on loopback, on the store of this run: the
// embedded data comes back whole, filters match the SDK's own, and caches can revalidate.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {queryActivities as sdkQuery, validateFeed, type Activity, type ActivityQuery} from '@usht/sdk';
import {embeddedSource} from '@usht/sdk/embedded';
import {importICS} from '@usht/sdk/import';
import {startTestServer, storeKind, type TestServer} from './helpers/server.js';

const embedded = embeddedSource();
let server: TestServer;
let activities: readonly Activity[];

before(async () => {
  server = await startTestServer();
  activities = (await embedded.activities()).items;
});
after(() => server.close());

async function json(path: string, init?: RequestInit): Promise<any> {
  const response = await server.fetch(path, init);
  assert.equal(response.status, 200, `${path}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

describe(`reads (${storeKind})`, () => {
  test('an empty database starts with the embedded, sourced data set, every collection whole', async () => {
    for (const [path, load] of [
      ['centres', () => embedded.centres()], ['counties', () => embedded.counties()], ['municipalities', () => embedded.municipalities()],
      ['priority-areas', () => embedded.priorityAreas()], ['programmes', () => embedded.programmes()],
      ['grant-schemes', () => embedded.grantSchemes()], ['sources', () => embedded.sources()],
    ] as const) {
      const expected = (await load()).items;
      assert.deepEqual((await json(path)).items, expected, path);
    }
    assert.deepEqual((await json('attribution')).items, await embedded.attribution());
    const page = await json('activities');
    assert.equal(page.total, activities.length);
    assert.deepEqual(page.items, sdkQuery(activities, {}, []).items);
    assert.equal(page.limit, null);
    assert.equal(page.offset, 0);
  });

  test('every filter of ActivityQuery matches what the SDK matches on the same activities', async () => {
    const first = activities[0]!;
    const queries: ActivityQuery[] = [
      {from: '2024-01-01'}, {to: '2019-12-31'}, {from: '2019-01-01', to: '2020-06-30'},
      {centreId: 'telemark'}, {centreId: first.centreId}, {priorityAreaId: 'demensplan-2025'}, {priorityAreaId: 'velferdsteknologi'},
      {mode: 'physical'}, {mode: 'digital'}, {mode: 'hybrid'},
      {audience: 'ansatte'}, {audience: 'TILSETTE'}, {audience: 'parorende'},
      {text: 'demens'}, {text: 'DEMENS nettverk'}, {text: 'velferdsteknologi  digital'}, {text: 'ingenting-slikt'},
      {limit: 5}, {limit: 5, offset: 5}, {offset: 19}, {limit: 0}, {offset: 100},
      {centreId: 'hordaland', mode: 'physical', from: '2017-01-01'},
    ];
    for (const query of queries) {
      const params = new URLSearchParams();
      const names: Record<string, string> = {centreId: 'centre', priorityAreaId: 'priorityArea', text: 'q'};
      for (const [key, value] of Object.entries(query)) params.set(names[key] ?? key, String(value));
      const page = await json(`activities?${params}`);
      const expected = sdkQuery(activities, query, []);
      assert.deepEqual(page.items.map((a: Activity) => a.id), expected.items.map((a) => a.id), JSON.stringify(query));
      assert.equal(page.total, expected.total, JSON.stringify(query));
    }
  });

  test('a malformed parameter is a 400 problem naming each one, not an empty list', async () => {
    const response = await server.fetch('activities?from=15.10.2026&limit=-1&mode=walking');
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = await response.json();
    assert.deepEqual(problem.errors.map((e: {path: string}) => e.path).sort(), ['from', 'limit', 'mode']);
  });

  test('the finder query: names in any form, numbers, county and centre', async () => {
    assert.deepEqual((await json('municipalities?q=tromso')).items.map((m: {number: string}) => m.number), ['5501']);
    assert.deepEqual((await json('municipalities?q=0301')).items.map((m: {number: string}) => m.number), ['0301']);
    const heroy = (await json('municipalities?q=Her%C3%B8y')).items.map((m: {number: string}) => m.number).slice(0, 2).sort();
    assert.deepEqual(heroy, ['1515', '1818']);
    const nordland = await json('municipalities?county=18');
    assert.ok(nordland.items.length > 30 && nordland.items.every((m: {county: string}) => m.county === '18'));
    const telemark = await json('municipalities?centre=telemark&limit=3');
    assert.equal(telemark.items.length, 3);
    assert.ok(telemark.total > 3 && telemark.items.every((m: {centreId: string}) => m.centreId === 'telemark'));
  });

  test('every read sends an ETag, a short max-age and CORS, and answers If-None-Match with 304', async () => {
    for (const path of ['centres', 'activities?centre=telemark', 'feed.json', 'centres/telemark/activities.ics', `activities/${activities[0]!.id}`]) {
      const first = await server.fetch(path, {headers: {origin: 'https://www.kommune.no'}});
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]+"$/, path);
      assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+|no-cache/, path);
      assert.equal(first.headers.get('access-control-allow-origin'), '*', path);
      assert.match(first.headers.get('access-control-expose-headers') ?? '', /ETag/i, path);
      await first.arrayBuffer();
      const again = await server.fetch(path, {headers: {'if-none-match': etag!}});
      assert.equal(again.status, 304, path);
      assert.equal(again.headers.get('etag'), etag, path);
      assert.equal(await again.text(), '', path);
      const other = await server.fetch(path, {headers: {'if-none-match': '"something-else"'}});
      assert.equal(other.status, 200, path);
      await other.arrayBuffer();
    }
  });

  test('HEAD answers like GET without a body; an unknown path is a 404 problem', async () => {
    const head = await server.fetch('centres', {method: 'HEAD'});
    assert.equal(head.status, 200);
    assert.ok(head.headers.get('etag'));
    assert.equal(await head.text(), '');
    const missing = await server.fetch('centres/nowhere/activities.ics');
    assert.equal(missing.status, 404);
    assert.match((await missing.json()).detail, /nowhere/);
    assert.equal((await server.fetch('no-such-thing')).status, 404);
  });

  test('a browser on a municipal origin may write: the preflight allows the token and If-Match', async () => {
    const preflight = await server.fetch('activities/x', {
      method: 'OPTIONS',
      headers: {origin: 'https://www.kommune.no', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type,if-match'},
    });
    assert.ok(preflight.status === 204 || preflight.status === 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PUT/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /if-match/i);
    assert.equal(preflight.headers.get('set-cookie'), null);
  });

  test('/feed.json is a valid feed of everything; ?centre= holds that centre and only what it cites', async () => {
    const whole = await json('feed.json');
    const report = validateFeed(whole, 'feed.json');
    assert.ok(report.ok, JSON.stringify(report.rejected.slice(0, 2)));
    assert.deepEqual(report.warnings, []);
    assert.equal(whole.activities.length, activities.length);
    assert.equal(whole.municipalities.length, 357);

    const one = await json('feed.json?centre=telemark');
    assert.ok(validateFeed(one).ok);
    assert.deepEqual(one.centres.map((c: {id: string}) => c.id), ['telemark']);
    assert.ok(one.activities.length > 0);
    assert.ok(one.activities.every((a: Activity) => a.centreId === 'telemark' || a.centreIds?.includes('telemark')));
    const cited = new Set([...one.centres[0].source, ...one.activities.flatMap((a: Activity) => a.source), ...one.programmes.flatMap((p: {source?: string[]}) => p.source ?? [])]);
    assert.deepEqual(new Set(one.sources.map((s: {id: string}) => s.id)), cited);
    assert.equal((await server.fetch('feed.json?centre=atlantis')).status, 404);
  });

  test('a centre\'s .ics is a subscribable calendar that reads back as the same activities', async () => {
    const response = await server.fetch('centres/telemark/activities.ics');
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(response.headers.get('content-disposition') ?? '', /filename=".+\.ics"/);
    const text = await response.text();
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /X-WR-CALNAME:USHT Telemark/);
    const expected = sdkQuery(activities, {centreId: 'telemark'}, []).items;
    const read = await importICS(text, {centreId: 'telemark'});
    assert.deepEqual(read.activities.map((a) => a.id).sort(), expected.map((a) => a.id).sort());
    // The same data gives the same bytes: DTSTAMP is the last change, not the time of the request.
    assert.equal(await (await server.fetch('centres/telemark/activities.ics')).text(), text);
    const nn = await (await server.fetch('centres/telemark/activities.ics?lang=nn')).text();
    assert.notEqual(nn, text);
    assert.equal((await server.fetch('centres/telemark/activities.ics?lang=xx')).status, 400);
  });
});
