import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type * as z from 'zod/mini';
import {
  activitySchema, attributionSchema, centreSchema, countySchema, grantRuleIds, grantSchemeSchema, municipalitySchema,
  priorityAreaSchema, programmeSchema, sourceSchema,
} from '../src/schemas/index.js';
import type {Activity, Centre, County, GrantScheme, Municipality, PriorityArea, Programme, Source} from '../src/schemas/index.js';
import sourcesData from '../src/data/sources.js';
import countiesData from '../src/data/counties.js';
import municipalitiesData from '../src/data/municipalities.js';
import centresData from '../src/data/centres.js';
import priorityAreasData from '../src/data/priority-areas.js';
import activitiesData from '../src/data/activities.js';
import programmesData from '../src/data/programmes.js';
import grantSchemesData from '../src/data/grant-schemes.js';
import attributionData from '../src/data/attribution.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');
const dataDir = join(here, '../src/data');
const dataSrc = join(here, '../data-src');

const modules: {file: string; schema: z.ZodMiniType; data: unknown}[] = [
  {file: 'sources', schema: sourceSchema, data: sourcesData},
  {file: 'counties', schema: countySchema, data: countiesData},
  {file: 'municipalities', schema: municipalitySchema, data: municipalitiesData},
  {file: 'centres', schema: centreSchema, data: centresData},
  {file: 'priority-areas', schema: priorityAreaSchema, data: priorityAreasData},
  {file: 'activities', schema: activitySchema, data: activitiesData},
  {file: 'programmes', schema: programmeSchema, data: programmesData},
  {file: 'grant-schemes', schema: grantSchemeSchema, data: grantSchemesData},
  {file: 'attribution', schema: attributionSchema, data: attributionData},
];

/** The records of a module, each parsed by its schema (a failing record fails the calling test). */
function records<T>(data: unknown, schema: z.ZodMiniType): T[] {
  assert.ok(Array.isArray(data), 'a data module exports an array');
  return data.map((record) => schema.parse(record) as T);
}

const sources = records<Source>(sourcesData, sourceSchema);
const counties = records<County>(countiesData, countySchema);
const municipalities = records<Municipality>(municipalitiesData, municipalitySchema);
const centres = records<Centre>(centresData, centreSchema);
const priorityAreas = records<PriorityArea>(priorityAreasData, priorityAreaSchema);
const activities = records<Activity>(activitiesData, activitySchema);
const programmes = records<Programme>(programmesData, programmeSchema);
const grantSchemes = records<GrantScheme>(grantSchemesData, grantSchemeSchema);

const sourceIds = new Set(sources.map((source) => source.id));
const centreIds = new Set(centres.map((centre) => centre.id));
const priorityAreaIds = new Set(priorityAreas.map((area) => area.id));
const countyByNumber = new Map(counties.map((county) => [county.number, county]));
const municipalityByNumber = new Map(municipalities.map((municipality) => [municipality.number, municipality]));

/** Every `source` array anywhere in a record, with the path where it was found. */
function sourceRefs(value: unknown, path: string): {path: string; id: string}[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourceRefs(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => key === 'source' && Array.isArray(child)
    ? child.map((id) => ({path: `${path}.source`, id: String(id)}))
    : sourceRefs(child, `${path}.${key}`));
}

describe('embedded data: every record is valid and complete', () => {
  for (const {file, schema, data} of modules) {
    // Our schemas strip unknown keys, so a parse that equals its input proves no key was mistyped or unknown.
    it(`${file}: every record parses with its schema and loses no key`, () => {
      assert.ok(Array.isArray(data));
      assert.ok(data.length > 0, `${file} holds records`);
      data.forEach((record, index) => {
        const result = schema.safeParse(record);
        assert.ok(result.success, `${file}[${index}] is invalid: ${result.error?.message}`);
        assert.deepStrictEqual(result.data, record, `${file}[${index}] lost or changed a key in parsing`);
      });
    });
  }

  it('holds 21 centres, 15 counties, 357 municipalities, 16 priority areas, 21 activities, 42 programmes, 1 grant scheme', () => {
    assert.equal(centres.length, 21);
    assert.equal(counties.length, 15);
    assert.equal(municipalities.length, 357);
    assert.equal(priorityAreas.length, 16);
    assert.equal(activities.length, 21);
    assert.equal(programmes.length, 42);
    assert.equal(grantSchemes.length, 1);
  });

  it('has unique ids and municipality numbers', () => {
    for (const [what, ids] of [
      ['source', sources.map((s) => s.id)], ['centre', centres.map((c) => c.id)], ['county', counties.map((c) => c.number)],
      ['municipality', municipalities.map((m) => m.number)], ['priority area', priorityAreas.map((p) => p.id)],
      ['activity', activities.map((a) => a.id)], ['programme', programmes.map((p) => p.id)],
    ] as const) {
      assert.equal(new Set(ids).size, ids.length, `duplicate ${what} id`);
    }
  });
});

describe('embedded data: references resolve', () => {
  it('every source id cited by any record exists in sources', () => {
    const collections = {counties, municipalities, centres, priorityAreas, activities, programmes, grantSchemes};
    const refs = Object.entries(collections).flatMap(([name, list]) => sourceRefs(list, name));
    assert.ok(refs.length > 300, 'records cite their sources');
    const missing = refs.filter((ref) => !sourceIds.has(ref.id));
    assert.deepEqual(missing, []);
  });

  it('names facts that come from no read source as such, under the source id general-knowledge', () => {
    const generalKnowledge = sources.find((source) => source.id === 'general-knowledge');
    assert.ok(generalKnowledge);
    assert.match(generalKnowledge.title, /NOT from a source read/);
    assert.equal(generalKnowledge.url ?? null, null);
  });

  it('every centre id cited exists', () => {
    const cited = [
      ...counties.flatMap((county) => county.centreIds),
      ...municipalities.flatMap((m) => [m.centreId, m.alternativeCentreId ?? m.centreId]),
      ...activities.flatMap((activity) => [activity.centreId, ...(activity.centreIds ?? [])]),
      ...programmes.map((programme) => programme.centreId),
    ];
    assert.deepEqual(cited.filter((id) => !centreIds.has(id)), []);
    for (const centre of centres) {
      assert.ok(counties.some((county) => county.centreIds.includes(centre.id)), `a county lists centre ${centre.id}`);
    }
  });

  it('every priority area id cited exists', () => {
    const cited = [
      ...activities.flatMap((activity) => activity.priorityAreaIds),
      ...programmes.flatMap((p) => [...p.priorityAreaIds, ...(p.areaLinks ?? []).map((link) => link.priorityAreaId)]),
    ];
    assert.ok(cited.length > 0);
    assert.deepEqual(cited.filter((id) => !priorityAreaIds.has(id)), []);
  });

  it('every county number cited exists, with the same name, and matches the municipality number', () => {
    for (const municipality of municipalities) {
      assert.ok(countyByNumber.has(municipality.county), `county ${municipality.county} of ${municipality.name}`);
      assert.equal(municipality.county, municipality.number.slice(0, 2), `county of ${municipality.name}`);
    }
    for (const centre of centres) {
      assert.equal(countyByNumber.get(centre.county.number)?.name, centre.county.name, `county of ${centre.id}`);
    }
  });

  it('every host, candidate, satellite and activity municipality is a 2024 municipality of that name', () => {
    for (const centre of centres) {
      const named: {name: string | null; number: string | null}[] = [centre.host, ...centre.satellites];
      if (centre.host.candidate) named.push(centre.host.candidate);
      for (const {name, number} of named) {
        if (number !== null) assert.equal(municipalityByNumber.get(number)?.name, name, `${centre.id}: municipality ${number}`);
      }
      if (centre.host.number !== null) {
        assert.equal(municipalityByNumber.get(centre.host.number)?.county, centre.county.number, `host county of ${centre.id}`);
      }
    }
    for (const activity of activities) {
      const number = activity.place?.municipalityNumber;
      if (number) assert.ok(municipalityByNumber.has(number), `${activity.id}: municipality ${number}`);
    }
  });
});

describe('embedded data: the municipality → centre table', () => {
  it('gives each centre the number of municipalities the research counted', () => {
    // Copied from packages/sdk/data-src/municipalities-2024.json, "countsPerCentre".
    const countsPerCentre: Record<string, number> = {
      'finnmark': 18, 'samisk': 0, 'troms': 21, 'nordland': 41, 'nord-trondelag': 18, 'sor-trondelag': 19,
      'more-og-romsdal': 28, 'sogn-og-fjordane': 18, 'hordaland': 16, 'helse-fonna': 17, 'rogaland': 15,
      'vest-agder': 10, 'aust-agder': 15, 'telemark': 17, 'vestfold': 6, 'buskerud': 19, 'oslo': 1,
      'akershus': 18, 'ostfold': 12, 'oppland': 26, 'hedmark': 22,
    };
    // That table was counted before the file's "assignmentRule" (a steering decision) moved four rows;
    // each row keeps its old-county centre as `alternative`. From the rows of the same file:
    const movedBySteeringDecision = [
      {number: '3203', from: 'buskerud', to: 'akershus'}, // Asker
      {number: '3234', from: 'oppland', to: 'akershus'}, // Lunner
      {number: '3236', from: 'oppland', to: 'akershus'}, // Jevnaker
      {number: '5061', from: 'more-og-romsdal', to: 'sor-trondelag'}, // Rindal
    ];
    const expected = {...countsPerCentre};
    for (const move of movedBySteeringDecision) {
      const row = municipalityByNumber.get(move.number);
      assert.equal(row?.centreId, move.to, `${move.number} is served by ${move.to}`);
      assert.equal(row?.alternativeCentreId, move.from, `${move.number} keeps ${move.from} as the alternative`);
      expected[move.from]! -= 1;
      expected[move.to]! += 1;
    }
    const counted: Record<string, number> = Object.fromEntries(centres.map((centre) => [centre.id, 0]));
    for (const municipality of municipalities) counted[municipality.centreId] = (counted[municipality.centreId] ?? 0) + 1;
    assert.deepEqual(counted, expected);
  });

  it('flags the six municipalities whose centre no source settles, each with its alternative and the reason', () => {
    const uncertain = municipalities.filter((m) => m.uncertain);
    assert.deepEqual(uncertain.map((m) => `${m.number} ${m.name}`),
      ['3203 Asker', '3234 Lunner', '3236 Jevnaker', '4619 Eidfjord', '5054 Indre Fosen', '5061 Rindal']);
    for (const municipality of uncertain) {
      assert.ok(municipality.alternativeCentreId, `${municipality.name} names an alternative centre`);
      assert.notEqual(municipality.alternativeCentreId, municipality.centreId);
      assert.ok((municipality.notes?.[0]?.length ?? 0) > 50, `${municipality.name} says why`);
    }
    assert.ok(municipalities.filter((m) => !m.uncertain).every((m) => m.alternativeCentreId === undefined));
  });

  it('keeps the municipality names with their Sami forms, so both can be found', () => {
    assert.equal(municipalityByNumber.get('5610')?.name, 'Kárášjohka - Karasjok');
    assert.equal(municipalityByNumber.get('5610')?.samiAdministrativeArea, true);
  });
});

describe('embedded data: uncertainty stays visible', () => {
  it('does not name an Østfold host: the host is null, Indre Østfold only an unconfirmed candidate', () => {
    const ostfold = centres.find((centre) => centre.id === 'ostfold');
    assert.ok(ostfold);
    assert.equal(ostfold.host.name, null);
    assert.equal(ostfold.host.number, null);
    assert.equal(ostfold.host.since, null);
    assert.equal(ostfold.host.candidate?.name, 'Indre Østfold');
    assert.equal(ostfold.host.candidate?.number, '3118');
    assert.ok(ostfold.host.candidate.source.includes('indre-ostfold-usht'));
    assert.equal(ostfold.uncertain, true);
    assert.equal(ostfold.location, null, 'no map point for an unconfirmed host');
  });

  it('marks as uncertain exactly the centres whose host is not confirmed', () => {
    assert.deepEqual(centres.filter((centre) => centre.uncertain).map((centre) => centre.id).sort(), ['ostfold', 'sogn-og-fjordane']);
    const sognOgFjordane = centres.find((centre) => centre.id === 'sogn-og-fjordane');
    assert.ok(sognOgFjordane?.host.changes?.some((change) => change.includes('assumed, not confirmed')));
  });

  it('keeps constructed centre labels marked as not attested', () => {
    const attested = centres.filter((centre) => centre.nameAttested).map((centre) => centre.id).sort();
    assert.deepEqual(attested, ['akershus', 'nordland', 'oslo', 'telemark', 'vestfold']);
  });

  it('says where a satellite is not known to be current', () => {
    const satellites = centres.flatMap((centre) => centre.satellites.map((s) => `${centre.id}:${s.name}:${s.current}`));
    assert.deepEqual(satellites.sort(), [
      'hedmark:Elverum:null', 'hedmark:Stange:null', 'more-og-romsdal:Kristiansund:null',
      'nordland:Alstahaug:null', 'nordland:Vefsn:true', 'vest-agder:Songdalen:false',
    ]);
  });

  it('holds only sourced activities: none is sample data, each cites the page that gives its date', () => {
    for (const activity of activities) {
      assert.notEqual(activity.sample, true, activity.id);
      const page = sources.find((source) => source.id === activity.source[0]);
      assert.ok(page?.url && page.evidence, `${activity.id} cites a page with its evidence`);
    }
  });
});

describe('embedded data: the 2021 grant scheme', () => {
  const scheme = grantSchemes[0]!;

  it('carries the sourced amounts and budget reference, and no deadline or case-number form that no source gives', () => {
    assert.equal(scheme.year, 2021);
    assert.equal(scheme.total?.valueNOK, 49_600_000);
    assert.equal(scheme.total?.asWritten, '49,6 millioner kr i 2021');
    assert.equal(scheme.earmarkedLeveHeleLivetMax?.valueNOK, 285_000);
    assert.equal(scheme.budgetChapter, '0761');
    assert.equal(scheme.budgetPost, '67');
    assert.equal(scheme.altinnRole.name, 'Helse-, sosial- og velferdstjenester');
    assert.equal(scheme.applicationDeadline, null);
    assert.equal(scheme.caseNumberPattern, undefined);
    assert.ok(scheme.notes?.some((note) => note.includes('caseNumberPattern is left out')));
  });

  it('has one rule for each rule id, in the words of the Helsedirektoratet page', () => {
    assert.deepEqual(scheme.rules.map((rule) => rule.id), [...grantRuleIds]);
    // ' … ' marks left-out text; every quoted part must be on the page (whitespace aside).
    const squash = (text: string) => text.replace(/\s+/g, '');
    const page = squash(readFileSync(join(dataSrc, 'seeds/000_90ea307188f05ee5.txt'), 'utf8'));
    for (const rule of scheme.rules) {
      assert.deepEqual(rule.source, ['seed-000']);
      for (const part of rule.text.split(' … ')) {
        assert.ok(page.includes(squash(part)), `rule ${rule.id}: "${part}" is not on the page`);
      }
    }
  });
});

describe('embedded data: generated modules', () => {
  it('are what scripts/build-embedded-data.mjs makes from data-src today', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'usht-data-'));
    try {
      execFileSync(process.execPath, [join(repoRoot, 'scripts/build-embedded-data.mjs'), '--out', fresh], {stdio: 'pipe'});
      const expected = readdirSync(fresh).sort();
      assert.deepEqual(readdirSync(dataDir).sort(), expected, 'the same modules, no more');
      for (const file of expected) {
        assert.equal(readFileSync(join(dataDir, file), 'utf8'), readFileSync(join(fresh, file), 'utf8'),
          `packages/sdk/src/data/${file} is stale: run npm run build:data`);
      }
    } finally {
      rmSync(fresh, {recursive: true, force: true});
    }
  });

});
