// The SDK's REST source, end to end against this server on loopback: the same answers as the
// embedded data, revalidation by ETag, a 429 waited out, and a published change seen at once.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {createClient, httpSource, type Activity} from '@usht/sdk';
import {startTestServer, storeKind, writeHeaders, type TestServer} from './helpers/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** The platform fetch, with every response's status written down. */
function recordingFetch(log: {url: string; status: number; ifNoneMatch: string | null}[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    log.push({url: request.url, status: response.status, ifNoneMatch: request.headers.get('if-none-match')});
    return response;
  };
}

describe(`@usht/sdk against @usht/server (${storeKind})`, () => {
  test('createClient({baseUrl}) answers as the embedded data set does', async () => {
    const api = createClient({baseUrl: server.url});
    const local = createClient();
    assert.deepEqual((await api.centres()).items, (await local.centres()).items);
    const [tromso] = await api.centreFor('tromso');
    assert.equal(tromso!.centre.id, 'troms');
    assert.deepEqual((await api.centreFor('Herøy')).map((m) => m.municipality.number).sort(), ['1515', '1818']);
    for (const query of [{centreId: 'telemark'}, {priorityAreaId: 'demensplan-2025', limit: 3}, {text: 'velferdsteknologi', mode: 'digital' as const}, {from: '2024-01-01'}]) {
      const remote = await api.activities(query);
      const embedded = await local.activities(query);
      assert.deepEqual(remote.items, embedded.items, JSON.stringify(query));
      assert.equal(remote.total, embedded.total);
      assert.deepEqual(remote.rejected, []);
    }
    assert.deepEqual(await api.attribution(), await local.attribution());
    assert.deepEqual((await api.grantSchemes()).items, (await local.grantSchemes()).items);
  });

  test('a second read revalidates with If-None-Match and reuses the answer on 304', async () => {
    const log: {url: string; status: number; ifNoneMatch: string | null}[] = [];
    const source = httpSource({baseUrl: server.url, fetch: recordingFetch(log)});
    const first = await source.activities({centreId: 'telemark'});
    const second = await source.activities({centreId: 'telemark'});
    assert.deepEqual(log.map((entry) => entry.status), [200, 304]);
    assert.equal(log[0]!.ifNoneMatch, null);
    assert.match(log[1]!.ifNoneMatch ?? '', /^"/);
    assert.equal(second, first, 'the parsed result is reused, not parsed again');

    // A coordinator publishes: the next read gets the new version, not the cached one.
    const token = await server.token('telemark');
    const activity: Activity = {
      id: 'telemark-2027-05-11-sdk-test', title: 'Nettverksmøte demens', kind: 'network-meeting', centreId: 'telemark',
      schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2027-05-11', end: null}, mode: 'digital', place: null,
      audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb',
      source: ['web-telemark-2019-03-12-nettverksmote-demens-klyvetun'],
    };
    const created = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(token), body: JSON.stringify(activity)});
    assert.equal(created.status, 201);
    const third = await source.activities({centreId: 'telemark'});
    assert.equal(log.at(-1)!.status, 200);
    assert.equal(third.total, first.total + 1);
    assert.ok(third.items.some((a) => a.id === activity.id));
  });

  test('a 429 with Retry-After is waited out and retried, and the caller gets the data', async () => {
    const limited = await startTestServer({readLimit: {max: 2, windowMs: 1500}});
    try {
      const log: {url: string; status: number; ifNoneMatch: string | null}[] = [];
      const source = httpSource({baseUrl: limited.url, fetch: recordingFetch(log)});
      await source.centres();
      await source.counties();
      const started = performance.now();
      const priorityAreas = await source.priorityAreas();
      const waited = performance.now() - started;
      assert.ok(priorityAreas.items.length > 0);
      assert.deepEqual(log.map((entry) => entry.status), [200, 200, 429, 200]);
      assert.ok(waited >= 900, `waited ${Math.round(waited)} ms for Retry-After`);
    } finally {
      await limited.close();
    }
  });
});
