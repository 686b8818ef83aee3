import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import * as z from 'zod/mini';
import {safeParseFast} from '../src/fast-parse.js';
import {attributionSchema, feedCollections} from '../src/schemas/feed.js';
import {safeUrlSchema} from '../src/schemas/common.js';
import {rawData, type RawData} from './helpers/fixtures.js';

/**
 * The fast path must give exactly zod's answer: the same verdict for every value and, for a valid
 * one, output equal to zod's. Checked on every embedded record and on many broken copies of them.
 */
const schemas: Record<keyof RawData, z.ZodMiniType> = {...feedCollections, attribution: attributionSchema};

let data: RawData;
before(async () => {
  data = await rawData();
});

function assertSameAnswer(schema: z.ZodMiniType, value: unknown, label: string): boolean {
  const expected = z.safeParse(schema, value);
  const actual = safeParseFast(schema, value);
  assert.equal(actual.success, expected.success, `${label}: zod says ${expected.success ? 'valid' : 'invalid'}`);
  if (expected.success) assert.deepEqual(actual.data, expected.data, label);
  else assert.deepEqual(actual.error?.issues, expected.error.issues, label);
  return expected.success;
}

/** Every path to a value inside a record: ['schedule', 'start'], ['audience', 0] … */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))];
}

function withValue(record: unknown, path: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]!);
  return copy;
}

const replacements: [string, unknown][] = [
  ['null', null], ['a number', 42], ['a fraction', 1.5], ['a negative number', -1], ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY], ['true', true], ['an empty string', ''], ['markup', '<img src=x onerror=alert(1)>'],
  ['a javascript: link', 'javascript:alert(1)'], ['a data: link', 'data:text/html,<script>alert(1)</script>'],
  ['a long word', 'x'.repeat(2500)], ['an array', ['nb']], ['an object', {id: 'x'}], ['a date', '2026-02-30'],
];

describe('fast path of validation', () => {
  it('accepts every embedded record with the output zod gives', () => {
    let records = 0;
    for (const [name, schema] of Object.entries(schemas) as [keyof RawData, z.ZodMiniType][]) {
      data[name].forEach((record, i) => {
        assert.ok(assertSameAnswer(schema, record, `${name}[${i}]`), `${name}[${i}] is valid embedded data`);
        records++;
      });
    }
    assert.ok(records > 400, `checked ${records} records`);
  });

  it('gives zod’s verdict and output for broken copies: every field replaced, removed or joined by an unknown key', () => {
    let invalid = 0;
    let valid = 0;
    for (const [name, schema] of Object.entries(schemas) as [keyof RawData, z.ZodMiniType][]) {
      // Two records of each collection, the first and the fullest (most fields).
      const sorted = [...data[name]].sort((a, b) => paths(b).length - paths(a).length);
      for (const record of new Set([data[name][0], sorted[0]])) {
        for (const path of paths(record).filter((p) => p.length > 0)) {
          const label = `${name}.${path.join('.')}`;
          const cases: [string, unknown][] = [
            ...replacements.map(([what, replacement]) => [`${label} = ${what}`, withValue(record, path, (parent, key) => (parent[key] = replacement))] as [string, unknown]),
            [`${label} removed`, withValue(record, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]))],
            [`${label} = undefined`, withValue(record, path, (parent, key) => (parent[key] = undefined))],
            [`unknown key beside ${label}`, withValue(record, path, (parent) => {
              if (!Array.isArray(parent)) parent['extra'] = '<script>alert(1)</script>';
            })],
          ];
          for (const [what, value] of cases) {
            if (assertSameAnswer(schema, value, what)) valid++;
            else invalid++;
          }
        }
      }
    }
    // Both verdicts are exercised: a check that only ever saw valid (or invalid) values proves little.
    assert.ok(invalid > 1000 && valid > 100, `${invalid} invalid, ${valid} valid broken copies`);
  });

  it('rejects values that are not records at all, as zod does', () => {
    const values: unknown[] = [null, undefined, 'centre', 42, [], [{}], Object.create(null), new Date(0)];
    values.forEach((value, i) => assertSameAnswer(schemas.centres, value, `value ${i}`));
  });

  it('reads a key a record inherits the way zod does', () => {
    const [record] = data.counties;
    const inherited = Object.assign(Object.create({...record}), {});
    assertSameAnswer(schemas.counties, inherited, 'all keys inherited');
  });

  it('keeps records of differing key order and shape apart (the per-shape plan is rebuilt)', () => {
    const activities = data.activities.slice(0, 6).map((a, i) => {
      const copy = structuredClone(a);
      if (i % 2) return Object.fromEntries(Object.entries(copy).reverse());
      if (i === 2) delete copy['title'];
      if (i === 4) copy['extra'] = 1;
      return copy;
    });
    for (const [i, activity] of activities.entries()) assertSameAnswer(schemas.activities, activity, `activity ${i}`);
  });
});

describe('links', () => {
  it('accept exactly what the URL parser accepts as http(s) or mailto, fast path or not', () => {
    const parserSays = (value: string) => {
      try {
        return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    };
    const links = [
      'https://www.helsedirektoratet.no/tema/utviklingssentre', 'http://example.no', 'HTTPS://EXAMPLE.NO/A?b=c#d',
      'https://utviklingssenter.no/%zz', 'https://a-b.example.no/path\\with\\backslashes', 'https://999.1.1.1/',
      'https://1.2.3.4', 'https://example.no:99999/', 'https://example.no:8080/', 'https://xn--zz.no', 'https://xn--bdo-qoa.no',
      'https://exa mple.no', 'https://example.no/ space', 'https://', 'https://.no', 'https://example.', 'https://example.no.',
      'https://user@example.no', 'mailto:post@example.no', 'javascript:alert(1)', 'data:text/html,x', ' https://example.no',
      'https://example.no\n', 'ftp://example.no', 'https://-example.no', 'https://example-.no', 'https://ex_ample.no',
      'https://exämple.no', 'https://example.0x1f', 'https://example.no/<script>', 'https://example.no?q="x"',
    ];
    for (const link of links) {
      assert.equal(z.safeParse(safeUrlSchema, link).success, parserSays(link), link);
    }
  });
});
