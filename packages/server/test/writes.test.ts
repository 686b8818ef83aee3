// Writes against a real server on loopback, on the store of this run: a centre's token changes only
// that centre's activities, every write is validated with the SDK's wording, no one overwrites
// another's change unseen, a deletion reaches subscribers as a cancellation, and everything is audited.
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {after, before, describe, test} from 'node:test';
import * as z from 'zod/mini';
import {activitySchema, formatIssues, type Activity, type ZodIssueLike} from '@usht/sdk';
import {wordingFor} from '@usht/sdk/wording';
import {readAudit} from '../src/repository.js';
import {revokeToken} from '../src/tokens.js';
import {startTestServer, storeKind, writeHeaders, type TestServer} from './helpers/server.js';

let server: TestServer;
let telemark: string;
let oslo: string;
let counter = 0;

before(async () => {
  server = await startTestServer();
  telemark = await server.token('telemark');
  oslo = await server.token('oslo');
});
after(() => server.close());

/** A new, valid activity of a centre, citing a source the data set has. */
function newActivity(centreId = 'telemark', overrides: Partial<Activity> = {}): Activity {
  counter += 1;
  return {
    id: `${centreId}-2027-03-0${(counter % 9) + 1}-fagdag-${counter}`,
    title: `Fagdag demens ${counter}`,
    kind: 'professional-day',
    centreId,
    schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2027-03-04T09:00', end: '2027-03-04T15:00'},
    mode: 'hybrid',
    place: {venue: 'Klyvetun', locality: 'Skien', municipalityNumber: '4003'},
    audience: ['Ansatte i hjemmetjenesten'],
    priorityAreaIds: ['demensplan-2025'],
    registration: {url: 'https://www.example.no/pamelding', deadline: '2027-02-20'},
    status: 'scheduled',
    language: 'nb',
    source: ['web-telemark-2019-03-12-nettverksmote-demens-klyvetun'],
    ...overrides,
  };
}

async function create(activity: Activity, token = telemark): Promise<{response: Response; etag: string; body: any}> {
  const response = await server.fetch(`centres/${activity.centreId}/activities`, {method: 'POST', headers: writeHeaders(token), body: JSON.stringify(activity)});
  const body = await response.json();
  return {response, etag: response.headers.get('etag') ?? '', body};
}

function put(activity: unknown, id: string, etag: string | undefined, token = telemark, headers: Record<string, string> = {}) {
  return server.fetch(`activities/${id}`, {method: 'PUT', headers: writeHeaders(token, {...(etag ? {'if-match': etag} : {}), ...headers}), body: JSON.stringify(activity)});
}

describe(`writes (${storeKind})`, () => {
  test('no token is 401, a wrong or revoked one is 401, another centre\'s is 403, and nothing changes', async () => {
    const activity = newActivity();
    const none = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(undefined), body: JSON.stringify(activity)});
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await create(activity, `${telemark.slice(0, -2)}xx`)).response.status, 401);
    assert.equal((await create(activity, 'Bearer-nonsense')).response.status, 401);
    const other = await create(activity, oslo);
    assert.equal(other.response.status, 403);
    assert.match(other.body.detail, /"oslo"/);

    const revoked = await server.token('telemark');
    assert.equal(await revokeToken(server.store, revoked), true);
    assert.equal((await create(activity, revoked)).response.status, 401);

    const stored = await server.fetch(`activities/${activity.id}`);
    assert.equal(stored.status, 404);

    // A centre's own activity, touched by another centre's token: refused whole.
    const own = await create(activity);
    assert.equal(own.response.status, 201);
    assert.equal((await put({...activity, title: 'Kapret'}, activity.id, own.etag, oslo)).status, 403);
    assert.equal((await server.fetch(`activities/${activity.id}`, {method: 'DELETE', headers: writeHeaders(oslo, {'if-match': own.etag})})).status, 403);
    assert.equal((await put({...activity, centreId: 'oslo'}, activity.id, own.etag, oslo)).status, 403);
    const after = await server.fetch(`activities/${activity.id}`);
    assert.equal(after.headers.get('etag'), own.etag);
    assert.equal((await after.json()).title, activity.title);
  });

  test('a created activity is readable at once: by id, in /activities, in the feed and in the calendar', async () => {
    const activity = newActivity();
    const {response, etag, body} = await create(activity);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('location'), `activities/${activity.id}`);
    assert.deepEqual(body, {...activity, sequence: 0});
    const read = await server.fetch(`activities/${activity.id}`);
    assert.equal(read.headers.get('etag'), etag);
    assert.deepEqual(await read.json(), body);
    const listed = await (await server.fetch('activities?centre=telemark&from=2027-03-01')).json();
    assert.ok(listed.items.some((a: Activity) => a.id === activity.id));
    const feed = await (await server.fetch('feed.json?centre=telemark')).json();
    assert.ok(feed.activities.some((a: Activity) => a.id === activity.id));
    const ics = await (await server.fetch('centres/telemark/activities.ics')).text();
    assert.ok(ics.includes(`UID:${activity.id}@usht-kit`));

    const again = await create(activity);
    assert.equal(again.response.status, 409);
  });

  test('a change needs If-Match: without it 428, with a stale tag 412 and what is stored now', async () => {
    const activity = newActivity();
    const {etag} = await create(activity);
    const missing = await put({...activity, title: 'Uten If-Match'}, activity.id, undefined);
    assert.equal(missing.status, 428);

    const first = await put({...activity, title: 'Første endring'}, activity.id, etag);
    assert.equal(first.status, 200);
    const changed = await first.json();
    assert.equal(changed.title, 'Første endring');
    assert.equal(changed.sequence, 1, 'a real change raises SEQUENCE for subscribed calendars');
    const newTag = first.headers.get('etag')!;
    assert.notEqual(newTag, etag);

    // The second coordinator still holds the first tag.
    const stale = await put({...activity, title: 'Andre endring'}, activity.id, etag);
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('etag'), newTag);
    const problem = await stale.json();
    assert.equal(problem.current.title, 'Første endring');
    assert.equal((await (await server.fetch(`activities/${activity.id}`)).json()).title, 'Første endring');

    // The same content in another key order is no change: no new SEQUENCE, no new tag.
    const reordered = Object.fromEntries(Object.entries(changed).reverse());
    const same = await put(reordered, activity.id, newTag);
    assert.equal(same.status, 200);
    assert.equal(same.headers.get('etag'), newTag);
    assert.equal((await same.json()).sequence, 1);
  });

  test('two coordinators saving at the same moment with the same tag: one wins, the other is told', async () => {
    const activity = newActivity();
    const {etag} = await create(activity);
    const results = await Promise.all([
      put({...activity, title: 'Fra fane A'}, activity.id, etag),
      put({...activity, title: 'Fra fane B'}, activity.id, etag),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 412]);
    const winner = await results.find((r) => r.status === 200)!.json();
    assert.equal((await (await server.fetch(`activities/${activity.id}`)).json()).title, winner.title);
  });

  test('two centres writing at once: every write lands exactly once', async () => {
    const mine = Array.from({length: 20}, () => newActivity('telemark', {priorityAreaIds: ['velferdsteknologi']}));
    const theirs = Array.from({length: 20}, () => newActivity('oslo', {place: null, mode: 'digital', priorityAreaIds: ['velferdsteknologi']}));
    const responses = await Promise.all([...mine.map((a) => create(a, telemark)), ...theirs.map((a) => create(a, oslo))]);
    assert.deepEqual(responses.map((r) => r.response.status), Array(40).fill(201));
    for (const [centre, list] of [['telemark', mine], ['oslo', theirs]] as const) {
      const page = await (await server.fetch(`activities?centre=${centre}&priorityArea=velferdsteknologi&from=2027-01-01`)).json();
      assert.deepEqual(page.items.map((a: Activity) => a.id).sort(), list.map((a) => a.id).sort());
    }
    const audit = await readAudit(server.store);
    for (const activity of [...mine, ...theirs]) {
      assert.equal(audit.filter((entry) => entry.activityId === activity.id && entry.action === 'create').length, 1);
    }
  });

  test('every bad field is named with its path, in the SDK\'s wording and the request\'s language', async () => {
    const bad = {...newActivity(), title: '', kind: 'party', schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '15. oktober', end: null}, registration: {url: 'javascript:alert(1)', deadline: null}};
    for (const language of ['nb', 'nn', 'en'] as const) {
      const response = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(telemark, {'accept-language': `${language},en;q=0.5`}), body: JSON.stringify(bad)});
      assert.equal(response.status, 400);
      const problem = await response.json();
      const result = z.safeParse(activitySchema, bad);
      assert.equal(result.success, false);
      const expected = formatIssues(result.error!.issues as readonly ZodIssueLike[], {input: bad, wording: wordingFor(language)});
      assert.deepEqual(problem.errors, expected, language);
      assert.deepEqual(problem.errors.map((e: {path: string}) => e.path).sort(), ['kind', 'registration.url', 'schedule.start', 'title']);
    }
    assert.equal((await server.fetch(`activities/${bad.id}`)).status, 404);
  });

  test('references that do not exist here, unknown fields, a NUL and a mismatched id are refused by path', async () => {
    const activity = newActivity('telemark', {priorityAreaIds: ['demensplan-2025', 'finnes-ikke'], source: ['ingen-slik-kilde'], place: {venue: null, locality: null, municipalityNumber: '9999'}});
    const refs = await create(activity);
    assert.equal(refs.response.status, 400);
    assert.deepEqual(refs.body.errors.map((e: {path: string}) => e.path), ['priorityAreaIds[1]', 'place.municipalityNumber', 'source[0]']);
    assert.match(refs.body.errors[0].message, /finnes-ikke/);

    const unknown = await create({...newActivity(), colour: 'red'} as Activity);
    assert.equal(unknown.response.status, 400);
    assert.deepEqual(unknown.body.errors.map((e: {path: string}) => e.path), ['']);
    assert.match(unknown.body.errors[0].message, /colour/);

    const nul = await create(newActivity('telemark', {summary: 'før\u0000etter'}));
    assert.equal(nul.response.status, 400);
    assert.deepEqual(nul.body.errors.map((e: {path: string}) => e.path), ['summary']);

    const wrongCentre = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(telemark), body: JSON.stringify(newActivity('oslo'))});
    assert.equal(wrongCentre.status, 400);
    assert.deepEqual((await wrongCentre.json()).errors.map((e: {path: string}) => e.path), ['centreId']);

    const real = newActivity();
    const {etag} = await create(real);
    const renamed = await put({...real, id: 'et-annet-id'}, real.id, etag);
    assert.equal(renamed.status, 400);
    assert.deepEqual((await renamed.json()).errors.map((e: {path: string}) => e.path), ['id']);
  });

  test('hostile text is stored and returned as the same text', async () => {
    const hostile = `<img src=x onerror="alert(1)">'; drop table usht_activities; -- \u202e æøå ŋđš 🙂`;
    const activity = newActivity('telemark', {title: hostile, summary: `${hostile}\n${'x'.repeat(1000)}`, audience: [hostile]});
    const {response, etag} = await create(activity);
    assert.equal(response.status, 201);
    const read = await server.fetch(`activities/${activity.id}`);
    assert.match(read.headers.get('content-type') ?? '', /^application\/json/);
    const body = await read.json();
    assert.equal(body.title, hostile);
    assert.deepEqual(body.audience, [hostile]);
    assert.equal(read.headers.get('etag'), etag);
    const found = await (await server.fetch(`activities?q=${encodeURIComponent('onerror alert')}&from=2027-01-01`)).json();
    assert.ok(found.items.some((a: Activity) => a.id === activity.id));
    assert.ok((await (await server.fetch('activities')).json()).total > 0, 'the table is still there');
  });

  test('only JSON, and never more than the body limit', async () => {
    const text = await server.fetch('centres/telemark/activities', {method: 'POST', headers: {authorization: `Bearer ${telemark}`, 'content-type': 'text/plain'}, body: 'hei'});
    assert.equal(text.status, 415);
    const broken = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(telemark), body: '{"id": '});
    assert.equal(broken.status, 400);
    assert.match(broken.headers.get('content-type') ?? '', /problem\+json/);
    const huge = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(telemark), body: JSON.stringify({...newActivity(), summary: 'x'.repeat(300 * 1024)})});
    assert.equal(huge.status, 413);
  });

  test('deleting a published activity cancels it for subscribers, with a raised SEQUENCE', async () => {
    const activity = newActivity();
    const {etag} = await create(activity);
    const missing = await server.fetch(`activities/${activity.id}`, {method: 'DELETE', headers: writeHeaders(telemark)});
    assert.equal(missing.status, 428);
    const deleted = await server.fetch(`activities/${activity.id}`, {method: 'DELETE', headers: writeHeaders(telemark, {'if-match': etag})});
    assert.equal(deleted.status, 200);
    const cancelled = await deleted.json();
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.sequence, 1);
    const ics = await (await server.fetch('centres/telemark/activities.ics')).text();
    const event = ics.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${activity.id}@usht-kit`)) ?? '';
    assert.match(event, /STATUS:CANCELLED/);
    assert.match(event, /SEQUENCE:1/);
    const again = await server.fetch(`activities/${activity.id}`, {method: 'DELETE', headers: writeHeaders(telemark, {'if-match': deleted.headers.get('etag')!})});
    assert.equal(again.status, 200);
    assert.equal((await again.json()).sequence, 1, 'cancelling twice changes nothing');
  });

  test('every write is audited: which token, when, what changed', async () => {
    const activity = newActivity();
    const {etag} = await create(activity);
    const changed = await put({...activity, title: 'Nytt navn'}, activity.id, etag);
    await server.fetch(`activities/${activity.id}`, {method: 'DELETE', headers: writeHeaders(telemark, {'if-match': changed.headers.get('etag')!})});
    const audit = await readAudit(server.store, activity.id);
    assert.deepEqual(audit.map((entry) => entry.action), ['create', 'update', 'cancel']);
    const tokenId = telemark.split('_')[1];
    assert.ok(audit.every((entry) => entry.tokenId === tokenId && entry.centreId === 'telemark'));
    assert.deepEqual((audit[1]!.changes as Record<string, unknown>)['title'], {before: activity.title, after: 'Nytt navn'});
    assert.ok(audit.every((entry) => Date.now() - Date.parse(entry.at) < 60_000));
  });

  test('an activity citing a page the server does not know sends that source along; others cannot change it', async () => {
    const source = {id: 'telemark-lenke-fagdag-2027', title: 'Fagdag 2027', url: 'https://usht-telemark.no/fagdag-2027'};
    const activity = newActivity('telemark', {source: [source.id]});
    const response = await server.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(telemark), body: JSON.stringify({activity, sources: [source]})});
    assert.equal(response.status, 201, await response.clone().text());
    const sources = await (await server.fetch('sources')).json();
    assert.deepEqual(sources.items.find((s: {id: string}) => s.id === source.id), source);

    const theirs = newActivity('oslo', {place: null, source: [source.id]});
    const hijack = await server.fetch('centres/oslo/activities', {method: 'POST', headers: writeHeaders(oslo), body: JSON.stringify({activity: theirs, sources: [{...source, title: 'Endret'}]})});
    assert.equal(hijack.status, 403);
    // Citing it unchanged is fine.
    const cite = await server.fetch('centres/oslo/activities', {method: 'POST', headers: writeHeaders(oslo), body: JSON.stringify({activity: theirs})});
    assert.equal(cite.status, 201);
  });

  test('the database keeps no token, and the log never shows one', async () => {
    const {rows} = await server.store.query<Record<string, unknown>>('select * from usht_tokens');
    const dump = JSON.stringify(rows);
    for (const token of [telemark, oslo]) {
      assert.equal(dump.includes(token), false);
      // The secret is everything after `usht_<16 hex>_` (base64url: it may hold '_' itself).
      const secret = token.slice('usht_'.length + 16 + 1);
      assert.equal(secret.length, 43);
      assert.equal(dump.includes(secret), false);
    }
    let logged = '';
    const sink = new Writable({write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    }});
    const logging = await startTestServer({logger: {level: 'info', stream: sink}, seed: true});
    try {
      const token = await logging.token('telemark');
      const activity = newActivity();
      const response = await logging.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(token), body: JSON.stringify(activity)});
      assert.equal(response.status, 201);
      await logging.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(`${token}x`), body: '{}'});
    } finally {
      await logging.close();
    }
    assert.match(logged, /"statusCode":201/);
    assert.equal(/usht_[0-9a-f]{16}_/.test(logged), false);
    assert.equal(logged.includes('Ansatte i hjemmetjenesten'), false, 'no body is logged');
  });

  test('too many writes from one token get 429 with Retry-After', async () => {
    const limited = await startTestServer({writeLimit: {max: 2, windowMs: 60_000}});
    try {
      const token = await limited.token('telemark');
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i += 1) {
        const response = await limited.fetch('centres/telemark/activities', {method: 'POST', headers: writeHeaders(token), body: JSON.stringify(newActivity())});
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
        await response.arrayBuffer();
      }
      assert.deepEqual(statuses, [201, 201, 429]);
      assert.match(retryAfter ?? '', /^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
