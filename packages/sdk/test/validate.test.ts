import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import * as z from 'zod/mini';
import {UshtValidationError, isUshtValidationError} from '../src/errors.js';
import {activitySchema} from '../src/schemas/activity.js';
import {dateOrDateTimeSchema} from '../src/schemas/common.js';
import {centreSchema} from '../src/schemas/centre.js';
import {municipalitySchema} from '../src/schemas/municipality.js';
import {findUnknownKeys, formatIssues, formatPath, parseCollection, parseFeed, validateFeed, type ZodIssueLike} from '../src/validate.js';
import {allDay, feedDocument, rawData, sampleActivity, type RawData} from './helpers/fixtures.js';

let data: RawData;
before(async () => {
  data = await rawData();
});

/** Issues of one parse, as {path: message}. */
function issuesOf(schema: z.ZodMiniType, value: unknown, root = 'record'): Record<string, string> {
  const result = z.safeParse(schema, value);
  assert.equal(result.success, false, 'expected the value to be invalid');
  const issues = formatIssues(result.error!.issues as readonly ZodIssueLike[], {root, input: value});
  return Object.fromEntries(issues.map((i) => [i.path, i.message]));
}

describe('dates in activities', () => {
  it('accept the days a calendar has and reject the ones it does not, leap years included', () => {
    const ok = (value: string) => z.safeParse(dateOrDateTimeSchema, value).success;
    for (const day of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '2026-03-29T02:30', '2024-02-29T23:59']) {
      assert.ok(ok(day), day);
    }
    for (const day of ['2023-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-13-01', '2026-00-10', '2026-01-32', '2026-1-5', '2026-04-31T10:00', '2026-01-01T24:00']) {
      assert.equal(ok(day), false, day);
    }
  });
});

describe('formatIssues: readable English instead of "Invalid input"', () => {
  it('uses the schema author\'s words as what was expected', () => {
    const municipality = {...data.municipalities[0], number: '18', centreId: 'Not An Id'};
    const issues = issuesOf(municipalitySchema, municipality, 'municipalities[3]');
    assert.equal(issues['municipalities[3].number'], 'expected a 4-digit municipality number');
    assert.equal(issues['municipalities[3].centreId'], 'expected an id in kebab-case (a-z, 0-9, -)');
  });

  it('tells a missing field from a wrong type, and empty text from short text', () => {
    const {name: _name, ...withoutName} = data.municipalities[0]!;
    assert.equal(issuesOf(municipalitySchema, withoutName)['record.name'], 'missing: expected a string');
    assert.equal(issuesOf(municipalitySchema, {...data.municipalities[0], uncertain: 'no'})['record.uncertain'], 'expected true or false');
    assert.equal(issuesOf(municipalitySchema, {...data.municipalities[0], name: ''})['record.name'], 'expected non-empty text');
  });

  it('lists the allowed values of an enum and the one value of a literal', () => {
    const activity = sampleActivity(data.activities[0]!, {kind: 'party', schedule: {...allDay('2024-01-01'), timeZone: 'UTC'}});
    const issues = issuesOf(activitySchema, activity);
    assert.match(issues['record.kind']!, /^expected one of 'network-meeting', 'learning-network', 'course', /);
    assert.equal(issues['record.schedule.timeZone'], "expected 'Europe/Oslo'");
  });

  it('explains a union (date or date-time) as one expectation with its alternatives', () => {
    const activity = sampleActivity(data.activities[0]!, {schedule: allDay('26.10.2017')});
    assert.equal(issuesOf(activitySchema, activity, 'activities[3]')['activities[3].schedule.start'],
      'expected a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM');
  });

  it('explains unsafe URLs, numbers out of range, integers and arrays too short', () => {
    const centre = structuredClone(data.centres[0]!) as Record<string, any>;
    centre['websites'] = [{...centre['websites'][0], url: 'javascript:alert(1)'}];
    centre['location'] = {...centre['location'], lat: 12};
    centre['source'] = [];
    const issues = issuesOf(centreSchema, centre, 'centres[0]');
    assert.equal(issues['centres[0].websites[0].url'], 'expected an absolute http(s) or mailto URL');
    assert.equal(issues['centres[0].location.lat'], 'expected a number of at least 57');
    assert.equal(issues['centres[0].source'], 'expected at least one source id');
    const activity = sampleActivity(data.activities[0]!, {sequence: 1.5});
    assert.equal(issuesOf(activitySchema, activity)['record.sequence'], 'expected an integer');
  });

  it('names unknown keys of a strict object', () => {
    const issues = issuesOf(z.strictObject({name: z.string()}), {name: 'x', navn: 'y'});
    assert.equal(issues['record'], "unknown key 'navn'");
  });

  it('never echoes the value it rejected', () => {
    const secret = 'SECRET-9f3a';
    const activity = sampleActivity(data.activities[0]!, {
      id: `${secret} id`, kind: secret, mode: secret, schedule: allDay(secret, secret),
      registration: {url: `javascript:${secret}`, deadline: secret, contact: secret},
    });
    const result = z.safeParse(activitySchema, activity);
    const issues = formatIssues(result.error!.issues as readonly ZodIssueLike[], {root: 'activities[0]', input: activity});
    assert.ok(issues.length >= 6);
    for (const issue of issues) assert.ok(!issue.message.includes(secret) && !issue.path.includes(secret), issue.message);
  });

  it('writes paths the way JavaScript reads them', () => {
    assert.equal(formatPath('centres[3]', ['host', 'number']), 'centres[3].host.number');
    assert.equal(formatPath('', ['activities', 2, 'audience', 0]), 'activities[2].audience[0]');
    assert.equal(formatPath('record', ['tasks', 'read-rules']), 'record.tasks["read-rules"]');
  });
});

describe('parseCollection: each record on its own', () => {
  it('passes the valid records on and reports the invalid ones with their paths', () => {
    const centres = data.centres.slice(0, 5).map((c) => structuredClone(c) as Record<string, any>);
    centres[3]!['host'] = {...centres[3]!['host'], number: 'x18'};
    centres[1]!['county'] = {name: 'Nordland'};
    const {items, rejected} = parseCollection(centreSchema, centres, {where: 'test', collection: 'centres'});
    assert.deepEqual(items.map((c) => c.id), [centres[0]!['id'], centres[2]!['id'], centres[4]!['id']]);
    assert.deepEqual(rejected.map((r) => [r.path, r.id]), [['centres[1]', centres[1]!['id']], ['centres[3]', centres[3]!['id']]]);
    assert.deepEqual(rejected[1]!.issues, [{path: 'centres[3].host.number', message: 'expected a 4-digit municipality number'}]);
    assert.deepEqual(rejected[0]!.issues, [{path: 'centres[1].county.number', message: 'missing: expected a string'}]);
  });

  it('does not report an id that is not a well-formed id (it could be anything)', () => {
    const {rejected} = parseCollection(centreSchema, [{id: '<img src=x onerror=alert(1)>'}], {where: 'test', collection: 'centres'});
    assert.equal(rejected[0]!.id, undefined);
  });

  it('throws when the collection is not a list at all', () => {
    assert.throws(() => parseCollection(centreSchema, {}, {where: 'GET /centres', collection: 'centres'}),
      (e: unknown) => isUshtValidationError(e) && e.issues[0]!.path === 'centres' && e.where === 'GET /centres');
  });
});

describe('parseFeed and validateFeed', () => {
  it('rejects a document that is not a feed, naming the envelope fields', () => {
    const cases: [unknown, string][] = [
      [[], ''],
      [{format: 'ical', version: 1}, 'format'],
      [{format: 'usht-feed', version: 2}, 'version'],
      [{format: 'usht-feed', version: 1, centres: {}}, 'centres'],
    ];
    for (const [json, path] of cases) {
      assert.throws(() => parseFeed(json, 'feed https://x/usht.json'), (e: unknown) => {
        assert.ok(e instanceof UshtValidationError);
        assert.equal(e.where, 'feed https://x/usht.json');
        assert.equal(e.issues[0]!.path, path);
        return true;
      });
    }
  });

  it('keeps the valid records of a feed with some invalid ones', () => {
    const activities = data.activities.slice(0, 4).map((a) => structuredClone(a));
    activities[2] = sampleActivity(activities[2]!, {schedule: allDay('2024-02-30')});
    const {feed, rejected} = parseFeed(feedDocument({activities, centres: data.centres}), 'test');
    assert.equal(feed.activities!.length, 3);
    assert.equal(feed.centres!.length, data.centres.length);
    assert.deepEqual(rejected.map((r) => r.issues.map((i) => i.path)), [['activities[2].schedule.start']]);
  });

  it('validateFeed counts per collection, warns about unknown keys and never throws', () => {
    const programmes = data.programmes.slice(0, 3).map((p) => structuredClone(p));
    programmes[1] = {...programmes[1], sammendrag: 'typo of summary'};
    const counties = [structuredClone(data.counties[0]!), {number: '1'}];
    const report = validateFeed(feedDocument({programmes, counties}), 'usht.json');
    assert.equal(report.ok, false);
    assert.deepEqual(report.counts, {counties: {valid: 1, rejected: 1}, programmes: {valid: 3, rejected: 0}});
    assert.deepEqual(report.warnings, [{path: 'programmes[1]', message: "unknown key 'sammendrag'"}]);
    assert.equal(report.rejected[0]!.path, 'counties[1]');

    const notAFeed = validateFeed({hello: 'world'});
    assert.equal(notAFeed.ok, false);
    assert.equal(notAFeed.feed, undefined);
    assert.ok(notAFeed.envelope.some((i) => i.path === 'format'));
  });

  it('accepts the whole embedded data set as a feed', () => {
    const report = validateFeed(feedDocument(data));
    assert.deepEqual(report.rejected, []);
    assert.deepEqual(report.warnings, []);
    assert.equal(report.ok, true);
    assert.equal(report.counts.municipalities?.valid, 357);
  });
});

describe('findUnknownKeys', () => {
  it('finds keys the schema dropped, at any depth', () => {
    const input = {a: 1, b: {c: 2, typo: 3}, list: [{d: 1}, {d: 2, e: 3, f: 4}]};
    const output = {a: 1, b: {c: 2}, list: [{d: 1}, {d: 2}]};
    assert.deepEqual(findUnknownKeys(input, output, 'x'), [
      {path: 'x.b', message: "unknown key 'typo'"},
      {path: 'x.list[1]', message: "unknown keys 'e', 'f'"},
    ]);
  });
});
