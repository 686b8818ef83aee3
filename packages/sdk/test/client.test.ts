import assert from 'node:assert/strict';
import {after, afterEach, before, describe, it} from 'node:test';
import {createClient, type UshtClient} from '../src/client.js';
import {UshtNotFoundError, isUshtNotFoundError} from '../src/errors.js';
import type {Municipality} from '../src/schemas/municipality.js';
import {feedDocument, rawData, type RawData} from './helpers/fixtures.js';
import {startLoopbackServer, type LoopbackServer} from './helpers/loopback-server.js';

let client: UshtClient;
let data: RawData;
let municipalities: Municipality[];

before(async () => {
  client = createClient();
  data = await rawData();
  municipalities = data.municipalities as unknown as Municipality[];
});

describe('which centre serves a municipality (embedded data)', () => {
  it('Herøy: two municipalities, each with its county and centre', async () => {
    const answers = await client.centreFor('Herøy');
    assert.deepEqual(answers.map((a) => [a.municipality.label, a.municipality.countyName, a.centre.id]), [
      ['Herøy (Møre og Romsdal)', 'Møre og Romsdal', 'more-og-romsdal'],
      ['Herøy (Nordland)', 'Nordland', 'nordland'],
    ]);
  });

  it('Våler: two answers, in Østfold and in Innlandet', async () => {
    const answers = await client.centreFor('valer');
    assert.equal(answers.length, 2);
    assert.deepEqual(answers.map((a) => a.municipality.countyName).sort(), ['Innlandet', 'Østfold']);
  });

  it('a number gives exactly one: 1818 is Herøy (Nordland), 1820 is Alstahaug, both served from Nordland', async () => {
    const [heroy, ...none] = await client.centreFor('1818');
    assert.equal(none.length, 0);
    assert.equal(heroy!.municipality.label, 'Herøy (Nordland)');
    assert.equal(heroy!.centre.id, 'nordland');
    const alstahaug = await client.centreFor('1820');
    assert.deepEqual(alstahaug.map((a) => [a.municipality.name, a.centre.id]), [['Alstahaug', 'nordland']]);
  });

  it('a label from the finder picks one of two', async () => {
    const answers = await client.centreFor('Herøy (Møre og Romsdal)');
    assert.deepEqual(answers.map((a) => a.municipality.number), ['1515']);
  });

  it('an unknown name is a not-found error that suggests close names', async () => {
    await assert.rejects(client.centreFor('Trondhiem'), (e: unknown) => {
      assert.ok(e instanceof UshtNotFoundError);
      assert.equal(e.what, 'municipality');
      assert.equal(e.id, 'Trondhiem');
      assert.match(e.message, /did you mean Trondheim - Tråante\?/);
      return true;
    });
    await assert.rejects(client.centreFor('Atlantis'), (e: unknown) => isUshtNotFoundError(e) && !/did you mean/.test(e.message));
  });

  it('resolves all 357 municipalities, by number and by name, to the centre in the data table', async () => {
    assert.equal(municipalities.length, 357);
    for (const m of municipalities) {
      const byNumber = await client.centreFor(m.number);
      assert.deepEqual(byNumber.map((a) => [a.municipality.number, a.centre.id]), [[m.number, m.centreId]], m.number);
      const byName = await client.centreFor(m.name);
      const mine = byName.find((a) => a.municipality.number === m.number);
      assert.equal(mine?.centre.id, m.centreId, m.name);
      assert.ok(byName.every((a) => a.municipality.name === m.name));
    }
  });

  it('resolves every part of a double name and names typed without diacritics', async () => {
    for (const m of municipalities) {
      for (const part of m.name.split(' - ')) {
        const plain = part.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ŋ/g, 'n');
        const answers = await client.centreFor(plain.toUpperCase());
        assert.ok(answers.some((a) => a.municipality.number === m.number && a.centre.id === m.centreId), `${plain} → ${m.name}`);
      }
    }
  });
});

describe('client queries', () => {
  it('lists municipalities in number order with labels, or best matches first', async () => {
    const all = await client.municipalities();
    assert.equal(all.total, 357);
    assert.deepEqual(all.items.slice(0, 1).map((m) => m.label), ['Oslo']);
    const matches = await client.municipalities({query: 'tromso', limit: 3});
    assert.equal(matches.items[0]!.name, 'Tromsø');
    assert.ok(matches.items.length <= 3);
  });

  it('filters municipalities by county (number or name) and by centre', async () => {
    const byNumber = await client.municipalities({county: '18'});
    const byName = await client.municipalities({county: 'nordland'});
    assert.equal(byNumber.total, municipalities.filter((m) => m.county === '18').length);
    assert.deepEqual(byName.items.map((m) => m.number), byNumber.items.map((m) => m.number));
    const served = await client.municipalities({centreId: 'helse-fonna'});
    const expected = municipalities.filter((m) => m.centreId === 'helse-fonna').map((m) => m.number);
    assert.ok(expected.length > 0);
    assert.deepEqual(served.items.map((m) => m.number), expected);
  });

  it('finds a centre by id, or says it does not exist', async () => {
    assert.equal((await client.centre('nordland')).id, 'nordland');
    await assert.rejects(client.centre('atlantis'), (e: unknown) => isUshtNotFoundError(e) && e.message === "No centre 'atlantis'");
  });

  it('names the years that exist when a grant scheme year does not', async () => {
    const years = data.grantSchemes.map((g) => g['year']);
    assert.equal((await client.grantScheme(years[0] as number)).year, years[0]);
    await assert.rejects(client.grantScheme(1999), (e: unknown) => {
      assert.ok(isUshtNotFoundError(e));
      assert.equal(e.message, `No grant scheme '1999': the years with a scheme are ${years.join(', ')}`);
      return true;
    });
  });

  it('finds a priority area by id', async () => {
    const id = data.priorityAreas[0]!['id'] as string;
    assert.equal((await client.priorityArea(id)).id, id);
    await assert.rejects(client.priorityArea('no-such-area'), UshtNotFoundError);
  });

  it('filters programmes by centre and priority area', async () => {
    const programme = data.programmes[0]!;
    const centreId = programme['centreId'] as string;
    const areaId = (programme['priorityAreaIds'] as string[])[0]!;
    const result = await client.programmes({centreId, priorityAreaId: areaId});
    assert.ok(result.items.length >= 1);
    assert.ok(result.items.every((p) => p.centreId === centreId && p.priorityAreaIds.includes(areaId)));
    assert.equal(result.total, result.items.length);
  });

  it('refuses ambiguous options', () => {
    assert.throws(() => createClient({feed: 'https://x/usht.json', baseUrl: 'https://x/api'}), TypeError);
  });
});

describe('client on a feed and on the REST API', () => {
  let server: LoopbackServer;
  before(async () => {
    server = await startLoopbackServer();
  });
  afterEach(() => server.reset());
  after(() => server.close());

  it('a feed with only municipalities and centres answers centreFor; the rest comes from the embedded data', async () => {
    server.route('GET', '/usht.json', {json: feedDocument({municipalities: data.municipalities, centres: data.centres})});
    const feedClient = createClient({feed: server.url('/usht.json'), timeout: 2000});
    assert.match(feedClient.source.description, /^feed http:\/\/127\.0\.0\.1:\d+\/usht\.json$/);
    const answers = await feedClient.centreFor('Herøy');
    assert.deepEqual(answers.map((a) => a.municipality.label), ['Herøy (Møre og Romsdal)', 'Herøy (Nordland)']);
    assert.equal(server.requestsTo('/usht.json').length, 1);
  });

  it('the REST API client passes the signal and options through', async () => {
    server.route('GET', '/api/centres', {json: {items: data.centres}});
    server.route('GET', '/api/municipalities', {json: {items: data.municipalities}});
    server.route('GET', '/api/counties', {json: {items: data.counties}});
    const apiClient = createClient({baseUrl: server.url('/api'), timeout: 2000, retry: 0});
    const [answer] = await apiClient.centreFor('1818');
    assert.equal(answer!.centre.id, 'nordland');
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(apiClient.centres({signal: controller.signal}), (e: unknown) => e === controller.signal.reason);
  });
});
