// Generates packages/sdk/feed.schema.json, the JSON Schema of a usht-feed document, from the
// SDK's zod schemas, so data maintainers can validate what they publish with any JSON Schema tool.
// Run with tsx, which loads the TypeScript schemas:
//
//   node --import tsx scripts/build-feed-schema.mjs              write packages/sdk/feed.schema.json
//   node --import tsx scripts/build-feed-schema.mjs --out FILE   write FILE instead (the up-to-date test uses this)
//   node --import tsx scripts/build-feed-schema.mjs --check      exit 1 if the committed file is stale
//
// What JSON Schema cannot say: the SDK parses every URL with the WHATWG URL parser and accepts only
// http(s) and mailto; here that becomes `format: "uri"` (not enforced by every validator) plus a
// pattern on the scheme. Everything else (ids, dates, lengths, enums, required keys) is exact.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as z from 'zod/mini';
import {
  FEED_FORMAT, FEED_VERSION, activitySchema, attributionSchema, centreSchema, countyNumberSchema, countySchema,
  dateOrDateTimeSchema, feedCollections, feedSchema, grantSchemeSchema, idSchema, isoDateSchema, localDateTimeSchema,
  longTextSchema, municipalityNumberSchema, municipalitySchema, otherNameSchema, priorityAreaSchema, programmeSchema, safeUrlSchema,
  sourceRefsSchema, sourceSchema, textSchema,
} from '../packages/sdk/src/schemas/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = join(root, 'packages/sdk/feed.schema.json');

export const FEED_SCHEMA_ID = `urn:usht-kit:schema:${FEED_FORMAT}:${FEED_VERSION}`;

// Case-insensitive, because the URL parser lowercases the scheme before the SDK checks it.
const SAFE_URL_SCHEME = '^(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]):';

/** Named definitions ($defs) for each record and each shared value, so the schema reads like the data model. */
const definitions = [
  [sourceSchema, 'Source', 'A place where a fact in the feed was read. Records cite sources by id in their `source` arrays.'],
  [countySchema, 'County', 'A county (fylke) in the 2024 structure and the USHT centres that serve it.'],
  [municipalitySchema, 'Municipality', 'A municipality (kommune, 2024 structure) and the centre that serves it.'],
  [otherNameSchema, 'OtherName',
    'A Sami or Kven name of a municipality, or of its main place, that is not part of its official name; the finder searches it.'],
  [centreSchema, 'Centre', 'A development centre (Utviklingssenter for sykehjem og hjemmetjenester, USHT).'],
  [priorityAreaSchema, 'PriorityArea', 'A priority area (satsingsområde).'],
  [activitySchema, 'Activity', 'A dated activity run by a centre: a network meeting, course, conference …'],
  [programmeSchema, 'Programme', "An undated, ongoing piece of a centre's work named in its action plan."],
  [grantSchemeSchema, 'GrantScheme', 'A year of the grant scheme (tilskuddsordning), kap. 0761 post 67.'],
  [attributionSchema, 'Attribution', 'Credit a publisher of the data requires, shown with the data.'],
  [idSchema, 'Id', 'A kebab-case identifier (a-z, 0-9, -) of a centre, priority area, activity, programme or source.'],
  [municipalityNumberSchema, 'MunicipalityNumber', 'A kommunenummer in the 2024 structure: four digits.'],
  [countyNumberSchema, 'CountyNumber', 'A fylkesnummer in the 2024 structure: two digits.'],
  [isoDateSchema, 'Date', 'A calendar date, YYYY-MM-DD, read in Europe/Oslo.'],
  [localDateTimeSchema, 'LocalDateTime', 'A wall-clock date-time in Europe/Oslo without offset, YYYY-MM-DDTHH:MM.'],
  [dateOrDateTimeSchema, 'DateOrDateTime', 'A date (all-day) or a local date-time.'],
  [sourceRefsSchema, 'SourceRefs', "Ids of the sources (in `sources`) that give a record's facts: at least one."],
  [textSchema, 'Text', 'A short text: 1 to 2000 characters.'],
  [longTextSchema, 'LongText', 'A longer text: 1 to 20000 characters.'],
  [safeUrlSchema, 'SafeUrl',
    'An absolute http(s) or mailto URL of at most 2048 characters. The SDK also parses it with the WHATWG URL '
    + 'parser, which JSON Schema cannot express: `format: "uri"` and the scheme pattern approximate that check.'],
];

export function buildFeedJsonSchema() {
  const collectionsDefined = new Set(definitions.map(([schema]) => schema));
  for (const [name, schema] of Object.entries(feedCollections)) {
    if (!collectionsDefined.has(schema)) throw new Error(`build-feed-schema: no $defs name for the collection ${name}`);
  }
  const registry = z.registry();
  for (const [schema, id, description] of definitions) registry.add(schema, {id, description});

  const generated = z.toJSONSchema(feedSchema, {
    target: 'draft-2020-12',
    // A feed is input to the SDK: objects tolerate unknown keys, as the SDK's parser does.
    io: 'input',
    metadata: registry,
    override(context) {
      if (context.zodSchema === safeUrlSchema) {
        context.jsonSchema.format = 'uri';
        context.jsonSchema.pattern = SAFE_URL_SCHEME;
      }
    },
  });
  const {$schema, ...rest} = generated;
  return {
    $schema,
    $id: FEED_SCHEMA_ID,
    title: `USHT data feed (format "${FEED_FORMAT}", version ${FEED_VERSION})`,
    description: 'One JSON document with any of the collections of the usht-kit data model (sources, counties, '
      + 'municipalities, centres, priority areas, activities, programmes, grant schemes): how a centre publishes its '
      + 'data from its own site or a CDN. Every collection is optional; every record names its sources. Generated '
      + 'from the zod schemas of @usht/sdk by scripts/build-feed-schema.mjs. Unknown keys are allowed and ignored by '
      + 'the SDK, so an older reader survives newer fields. Not expressible here: the SDK parses each URL with the '
      + 'WHATWG URL parser (see $defs/SafeUrl).',
    ...rest,
  };
}

export function renderFeedJsonSchema() {
  return `${JSON.stringify(buildFeedJsonSchema(), null, 2)}\n`;
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const outFile = outIndex === -1 ? defaultOut : resolve(argv[outIndex + 1] ?? '');
  if (outIndex !== -1 && !argv[outIndex + 1]) throw new Error('build-feed-schema: --out needs a file');
  const text = renderFeedJsonSchema();
  if (argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(outFile, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (committed !== text) {
      console.error(`Stale ${relative(root, outFile)}. Run npm run build:data.`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(outFile), {recursive: true});
  writeFileSync(outFile, text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
