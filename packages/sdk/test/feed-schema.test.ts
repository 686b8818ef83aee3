import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {FEED_FORMAT, FEED_VERSION, feedCollectionNames, feedSchema} from '../src/schemas/index.js';
import sources from '../src/data/sources.js';
import counties from '../src/data/counties.js';
import municipalities from '../src/data/municipalities.js';
import centres from '../src/data/centres.js';
import priorityAreas from '../src/data/priority-areas.js';
import activities from '../src/data/activities.js';
import programmes from '../src/data/programmes.js';
import grantSchemes from '../src/data/grant-schemes.js';
import attribution from '../src/data/attribution.js';

type Json = {[key: string]: unknown};

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');
const committedPath = join(here, '../feed.schema.json');
const committed = readFileSync(committedPath, 'utf8');
const jsonSchema = JSON.parse(committed) as Json;
const defs = jsonSchema.$defs as Record<string, Json>;

/** The embedded data set as one feed document, as a centre would publish it. */
function embeddedFeed(): Json {
  return {
    format: FEED_FORMAT, version: FEED_VERSION, attribution, sources, counties, municipalities, centres, priorityAreas,
    activities, programmes, grantSchemes,
  };
}

function deref(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = ref.replace('#/$defs/', '');
  assert.ok(defs[name], `$ref ${ref} resolves`);
  return deref(defs[name]);
}

// The parts of zod's internal definition this check reads.
interface ZodNode {
  _zod: {
    optin?: string;
    def: {
      type: string; format?: string; shape?: Record<string, ZodNode>; innerType?: ZodNode; element?: ZodNode;
      options?: ZodNode[]; items?: ZodNode[]; entries?: Record<string, string>; values?: unknown[];
    };
  };
}

const isNullType = (node: unknown) => (node as Json).type === 'null';

/** Fails unless the JSON Schema node describes the same shape as the zod schema: keys, required keys, types. */
function agree(zod: ZodNode, jsonNode: unknown, path: string): void {
  const node = deref(jsonNode as Json);
  const def = zod._zod.def;
  switch (def.type) {
    case 'optional':
      return agree(def.innerType!, node, path);
    case 'nullable': {
      // zod writes a nullable primitive as `type: [t, "null"]` and anything else as anyOf with null.
      if (Array.isArray(node.type)) {
        assert.ok(node.type.length === 2 && node.type.includes('null'), `${path}: null or a value`);
        return agree(def.innerType!, {...node, type: node.type.find((type) => type !== 'null')}, path);
      }
      const options = node.anyOf as unknown[];
      assert.ok(Array.isArray(options) && options.length === 2 && options.some(isNullType), `${path}: null or a value`);
      return agree(def.innerType!, options.find((option) => !isNullType(option)), path);
    }
    case 'object': {
      assert.equal(node.type, 'object', path);
      const shape = def.shape!;
      const properties = node.properties as Json;
      assert.deepEqual(Object.keys(properties).sort(), Object.keys(shape).sort(), `${path}: the same keys`);
      const required = Object.keys(shape).filter((key) => shape[key]!._zod.optin !== 'optional');
      assert.deepEqual([...(node.required as string[] ?? [])].sort(), required.sort(), `${path}: the same required keys`);
      for (const key of Object.keys(shape)) agree(shape[key]!, properties[key], `${path}.${key}`);
      return;
    }
    case 'array':
      assert.equal(node.type, 'array', path);
      return agree(def.element!, node.items, `${path}[]`);
    case 'tuple': {
      const prefix = node.prefixItems as unknown[];
      assert.equal(prefix.length, def.items!.length, `${path}: tuple length`);
      def.items!.forEach((item, index) => agree(item, prefix[index], `${path}[${index}]`));
      return;
    }
    case 'union': {
      const options = node.anyOf as unknown[];
      assert.equal(options.length, def.options!.length, `${path}: union options`);
      def.options!.forEach((option, index) => agree(option, options[index], `${path}|${index}`));
      return;
    }
    case 'string':
      assert.equal(node.type, 'string', path);
      return;
    case 'number':
      assert.equal(node.type, def.format === 'safeint' ? 'integer' : 'number', path);
      return;
    case 'boolean':
      assert.equal(node.type, 'boolean', path);
      return;
    case 'enum':
      assert.deepEqual(node.enum, Object.values(def.entries!), path);
      return;
    case 'literal':
      assert.equal(node.const, def.values![0], path);
      return;
    default:
      assert.fail(`${path}: this check does not know the zod type "${def.type}"; teach it before using that type in a feed`);
  }
}

const annotations = new Set(['$schema', '$id', '$defs', 'title', 'description', 'format']);

/**
 * A validator for exactly the JSON Schema keywords feed.schema.json uses (no validator is installed). It
 * throws on any other keyword, so a new keyword in the generated file cannot slip through unchecked.
 * `format` is an annotation here, as in most validators by default.
 */
function validate(schema: Json, value: unknown, path: string, errors: string[]): void {
  const typeOf = (v: unknown) => v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  for (const [keyword, expected] of Object.entries(schema)) {
    switch (keyword) {
      case '$ref':
        validate(deref(schema), value, path, errors);
        break;
      case 'type': {
        const actual = typeOf(value);
        const types = Array.isArray(expected) ? expected : [expected];
        const ok = types.some((type) => type === 'integer' ? Number.isInteger(value) : type === actual);
        if (!ok) errors.push(`${path}: expected ${types.join(' or ')}, got ${actual}`);
        break;
      }
      case 'const':
        if (value !== expected) errors.push(`${path}: expected ${JSON.stringify(expected)}`);
        break;
      case 'enum':
        if (!(expected as unknown[]).includes(value)) errors.push(`${path}: not one of ${JSON.stringify(expected)}`);
        break;
      case 'anyOf': {
        const passes = (expected as Json[]).some((option) => {
          const optionErrors: string[] = [];
          validate(option, value, path, optionErrors);
          return optionErrors.length === 0;
        });
        if (!passes) errors.push(`${path}: matches none of anyOf`);
        break;
      }
      case 'minLength':
      case 'maxLength':
        if (typeof value === 'string') {
          const length = [...value].length;
          if (keyword === 'minLength' ? length < (expected as number) : length > (expected as number)) {
            errors.push(`${path}: ${keyword} ${String(expected)}`);
          }
        }
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(expected as string, 'u').test(value)) errors.push(`${path}: pattern ${String(expected)}`);
        break;
      case 'minimum':
      case 'maximum':
        if (typeof value === 'number' && (keyword === 'minimum' ? value < (expected as number) : value > (expected as number))) {
          errors.push(`${path}: ${keyword} ${String(expected)}`);
        }
        break;
      case 'minItems':
      case 'maxItems':
        if (Array.isArray(value) && (keyword === 'minItems' ? value.length < (expected as number) : value.length > (expected as number))) {
          errors.push(`${path}: ${keyword} ${String(expected)}`);
        }
        break;
      case 'prefixItems':
        if (Array.isArray(value)) (expected as Json[]).forEach((item, index) => validate(item, value[index], `${path}[${index}]`, errors));
        break;
      case 'items':
        if (Array.isArray(value)) {
          const start = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
          value.slice(start).forEach((item, index) => {
            if (expected === false) errors.push(`${path}[${start + index}]: no further items allowed`);
            else validate(expected as Json, item, `${path}[${start + index}]`, errors);
          });
        }
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const key of expected as string[]) if (!(key in (value as Json))) errors.push(`${path}.${key}: required`);
        }
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, child] of Object.entries(expected as Record<string, Json>)) {
            if (key in (value as Json)) validate(child, (value as Json)[key], `${path}.${key}`, errors);
          }
        }
        break;
      default:
        if (!annotations.has(keyword)) throw new Error(`validate(): unknown JSON Schema keyword "${keyword}"`);
    }
  }
}

function errorsOf(value: unknown): string[] {
  const errors: string[] = [];
  validate(jsonSchema, value, 'feed', errors);
  return errors;
}

describe('feed.schema.json', () => {
  it('is what scripts/build-feed-schema.mjs generates from the schemas today', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usht-feed-schema-'));
    try {
      const fresh = join(dir, 'feed.schema.json');
      execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/build-feed-schema.mjs'), '--out', fresh],
        {cwd: repoRoot, stdio: 'pipe'});
      assert.equal(committed, readFileSync(fresh, 'utf8'), 'packages/sdk/feed.schema.json is stale: run npm run build:data');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('names the feed format and version it describes', () => {
    assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(jsonSchema.$id, `urn:usht-kit:schema:${FEED_FORMAT}:${FEED_VERSION}`);
    assert.match(String(jsonSchema.title), new RegExp(`"${FEED_FORMAT}", version ${FEED_VERSION}`));
    const properties = jsonSchema.properties as Record<string, Json>;
    assert.equal(properties.format?.const, FEED_FORMAT);
    assert.equal(properties.version?.const, FEED_VERSION);
    assert.deepEqual(jsonSchema.required, ['format', 'version']);
  });

  it('has every collection, key and required key of the zod schemas, at every depth', () => {
    const properties = jsonSchema.properties as Record<string, Json>;
    for (const name of feedCollectionNames) assert.ok(properties[name], `collection ${name}`);
    agree(feedSchema as unknown as ZodNode, jsonSchema, 'feed');
  });

  it('approximates the safe-URL check with format uri and a scheme pattern', () => {
    const safeUrl = defs.SafeUrl!;
    assert.equal(safeUrl.format, 'uri');
    const scheme = new RegExp(String(safeUrl.pattern));
    for (const url of ['https://example.org/', 'HTTP://example.org/', 'mailto:post@example.org']) assert.ok(scheme.test(url), url);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', '//example.org/']) assert.ok(!scheme.test(url), url);
  });

  it('accepts the embedded data set as a feed, as the SDK does', () => {
    const feed = embeddedFeed();
    assert.deepStrictEqual(feedSchema.parse(feed), feed);
    assert.deepEqual(errorsOf(feed), []);
  });

  it('rejects what the SDK rejects: a javascript: link, a missing required key, an unknown priority area category', () => {
    const broken = JSON.parse(JSON.stringify(embeddedFeed())) as {centres: Json[]; municipalities: Json[]; priorityAreas: Json[]};
    (broken.centres[0]!.websites as Json[]).push({url: 'javascript:alert(1)', kind: 'x', source: ['seed-000']});
    delete broken.municipalities[0]!.uncertain;
    broken.priorityAreas[0]!.category = 'yearly';
    assert.equal(feedSchema.safeParse(broken).success, false);
    const errors = errorsOf(broken);
    assert.ok(errors.some((error) => error.startsWith('feed.centres[0].websites[')), errors.join('\n'));
    assert.ok(errors.includes('feed.municipalities[0].uncertain: required'), errors.join('\n'));
    assert.ok(errors.some((error) => error.startsWith('feed.priorityAreas[0].category: not one of')), errors.join('\n'));
  });
});
