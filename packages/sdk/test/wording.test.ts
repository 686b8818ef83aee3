// Validation messages in Bokmål, Nynorsk and English: what `usht validate --lang` prints and what
// the activity editor shows beside a field must be the same sentence, in the user's language.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as z from 'zod/mini';
import {activitySchema, formatIssues, parseCollection, validateFeed} from '../src/index.js';
import {en, nb, nn, validationWording, wordingFor} from '../src/wording/index.js';
import type {ZodIssueLike} from '../src/validate.js';

const schemasDir = fileURLToPath(new URL('../src/schemas/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** Every message our schemas give their checks (`z.regex(…, 'a 4-digit …')`, `z.refine(…, '…')`). */
function authoredMessages(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(schemasDir)) {
    const source = readFileSync(`${schemasDir}${file}`, 'utf8');
    for (const match of source.matchAll(/z\.(?:regex|refine|minLength|maxLength|gte|lte)\([^;]*?,\s*'([^']+)'\)/g)) found.add(match[1]!);
  }
  return [...found].sort();
}

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  assert.equal(result.success, false);
  return (result as {error: {issues: ZodIssueLike[]}}).error.issues;
};

const validActivity = (): Record<string, unknown> => ({
  id: 'test-kurs', title: 'Testkurs', kind: 'course', centreId: 'oslo',
  schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-03-02', end: null},
  mode: 'physical', place: null, audience: [], priorityAreaIds: [], registration: null, status: 'scheduled',
  language: 'nb', source: ['test-kilde'],
});

describe('validation wording', () => {
  it('finds the schemas\' own messages to translate', () => {
    const messages = authoredMessages();
    assert.ok(messages.includes('a 4-digit municipality number'), messages.join(' | '));
    assert.ok(messages.length >= 8, messages.join(' | '));
  });

  for (const [lang, wording] of [['nb', nb], ['nn', nn]] as const) {
    it(`translates every message the schemas give, into ${lang}`, () => {
      const missing = authoredMessages().filter((m) => wording.authored[m] === undefined);
      assert.deepEqual(missing, [], `add these to src/wording/${lang}.ts authored`);
    });
  }

  it('keeps English as it was (the default of formatIssues)', () => {
    const bad = {...validActivity(), title: '', schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-02-30', end: null}};
    delete bad['kind'];
    const issues = formatIssues(issuesOf(activitySchema, bad), {input: bad});
    assert.deepEqual(issues, [
      {path: 'title', message: 'expected non-empty text'},
      {path: 'kind', message: "missing: expected one of 'network-meeting', 'learning-network', 'course', 'professional-day', 'conference', 'webinar', 'abc', 'project', 'other'"},
      {path: 'schedule.start', message: 'expected a day that exists in the calendar'},
    ].sort((a, b) => issues.findIndex((i) => i.path === a.path) - issues.findIndex((i) => i.path === b.path)));
  });

  it('words the same problems in Bokmål and Nynorsk', () => {
    const bad = {...validActivity(), title: '', registration: {url: 'javascript:alert(1)', deadline: null}, sequence: -1};
    const byPath = (wording: typeof nb) =>
      Object.fromEntries(formatIssues(issuesOf(activitySchema, bad), {input: bad, wording}).map((i) => [i.path, i.message]));
    assert.deepEqual(byPath(nb), {
      title: 'kan ikke være tom',
      'registration.url': 'må være en fullstendig nettadresse (http, https eller mailto)',
      sequence: 'må være et tall på minst 0',
    });
    assert.deepEqual(byPath(nn), {
      title: 'kan ikkje vere tom',
      'registration.url': 'må vere ei fullstendig nettadresse (http, https eller mailto)',
      sequence: 'må vere eit tal på minst 0',
    });
  });

  it('says a required field is missing, in each language', () => {
    const bad = validActivity();
    delete bad['title'];
    const message = (wording: typeof nb) => formatIssues(issuesOf(activitySchema, bad), {input: bad, wording})[0]?.message;
    assert.equal(message(en), 'missing: expected a string');
    assert.equal(message(nb), 'mangler: må være tekst');
    assert.equal(message(nn), 'manglar: må vere tekst');
  });

  it('words rejected records of a collection and a whole feed', () => {
    const {rejected} = parseCollection(activitySchema, [{...validActivity(), centreId: 'Oslo kommune'}], {
      where: 'test', collection: 'activities', wording: nb,
    });
    assert.deepEqual(rejected[0]?.issues, [{path: 'activities[0].centreId', message: 'må være en id med små bokstaver, sifre og bindestrek (a-z, 0-9, -)'}]);
    const report = validateFeed(fixture('broken-feed.json'), 'broken-feed.json', {wording: nn});
    assert.equal(report.ok, false);
    const messages = report.rejected.flatMap((r) => r.issues.map((i) => i.message));
    assert.ok(messages.length > 0);
    for (const message of messages) assert.doesNotMatch(message, /\bexpected\b|\bmissing\b/, message);
    assert.deepEqual(validateFeed([], 'x', {wording: nb}).envelope, [{path: '', message: "må være et JSON-objekt med format 'usht-feed' og versjon 1"}]);
  });

  it('names unknown keys in the language asked for', () => {
    const record = {...validActivity(), titel: 'skrivefeil'};
    const report = validateFeed({format: 'usht-feed', version: 1, activities: [record]}, 'x', {wording: nb});
    assert.deepEqual(report.warnings, [{path: 'activities[0]', message: "ukjent nøkkel 'titel'"}]);
  });

  it('picks the wording for a page\'s locale tag', () => {
    assert.equal(wordingFor('nn-NO'), nn);
    assert.equal(wordingFor('en-GB'), en);
    assert.equal(wordingFor('nb'), nb);
    assert.equal(wordingFor('se'), nb, 'Northern Sami has no wording yet: Bokmål');
    assert.deepEqual(Object.keys(validationWording).sort(), ['en', 'nb', 'nn']);
  });
});
