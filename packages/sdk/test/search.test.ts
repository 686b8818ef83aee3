import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {County} from '../src/schemas/county.js';
import type {Municipality} from '../src/schemas/municipality.js';
import {createMunicipalityIndex, editDistance, foldText, type MunicipalityIndex} from '../src/search.js';
import {parseEmbedded} from '../src/sources/embedded-parse.js';
import {rawData} from './helpers/fixtures.js';

let index: MunicipalityIndex;
let municipalities: Municipality[];
let counties: County[];

before(async () => {
  const data = await rawData();
  municipalities = parseEmbedded('municipalities', data.municipalities);
  counties = parseEmbedded('counties', data.counties);
  index = createMunicipalityIndex(municipalities, counties);
});

const labels = (query: string, limit?: number) => index.search(query, limit).map((m) => m.label);

describe('municipality search (the finder)', () => {
  it('finds a municipality by its number, and numbers by their start', () => {
    assert.deepEqual(labels('1818'), ['Herøy (Nordland)']);
    assert.deepEqual(labels('0301'), ['Oslo']);
    const eighteens = index.search('18', 100);
    assert.ok(eighteens.length > 30);
    assert.ok(eighteens.every((m) => m.number.startsWith('18')));
  });

  it('reads three digits as the number without its leading zero, as a spreadsheet writes 0301', () => {
    assert.deepEqual(index.search('301').map((m) => `${m.number} ${m.label}`), ['0301 Oslo']);
    assert.deepEqual(labels(' 301 '), ['Oslo']);
    // Three digits that start 4-digit numbers still list those, after the padded number where one exists.
    assert.deepEqual(index.search('330', 100).map((m) => m.number), ['3301', '3303', '3305']);
    assert.deepEqual(index.search('180', 3).map((m) => m.number), ['1804', '1806']);
    // Fewer or more digits are not padded: '31' is a prefix (Østfold), '00301' nothing.
    assert.ok(index.search('31', 100).every((m) => m.number.startsWith('31')));
    assert.deepEqual(labels('00301'), []);
  });

  it('reads names without diacritics and "aa" as "å"', () => {
    assert.equal(labels('tromso')[0], 'Tromsø');
    assert.equal(labels('TROMSØ')[0], 'Tromsø');
    assert.equal(labels('aalesund')[0], 'Ålesund');
    assert.equal(labels('alesund')[0], 'Ålesund');
    assert.equal(labels('baerum')[0], 'Bærum');
  });

  it('matches each part of a Sami or Kven double name', () => {
    assert.equal(labels('karasjok')[0], 'Kárášjohka - Karasjok');
    assert.equal(labels('karasjohka')[0], 'Kárášjohka - Karasjok');
    assert.equal(labels('kautokeino')[0], 'Guovdageaidnu - Kautokeino');
    assert.equal(labels('porsangu')[0], 'Porsanger - Porsáŋgu - Porsanki');
    assert.equal(labels('tana')[0], 'Deatnu - Tana');
  });

  it('puts the exact short name first: "bo" gives Bø before Bodø', () => {
    const hits = labels('bo');
    assert.equal(hits[0], 'Bø');
    assert.ok(hits.indexOf('Bodø') > 0);
  });

  it('shows both municipalities of a shared name, told apart by county', () => {
    assert.deepEqual(labels('herøy').slice(0, 2), ['Herøy (Møre og Romsdal)', 'Herøy (Nordland)']);
    const valer = index.search('valer', 2);
    assert.deepEqual(valer.map((m) => m.name), ['Våler', 'Våler']);
    assert.notEqual(valer[0]!.countyName, valer[1]!.countyName);
    assert.ok(valer.every((m) => m.label === `Våler (${m.countyName})`));
  });

  it('shows both Bø for "bo" when two exist (the pre-2020 structure)', () => {
    // Bø i Telemark (0821) and Bø in Nordland (1867) existed side by side until 2020.
    const bo = municipalities.find((m) => m.number === '1867')!;
    const older = createMunicipalityIndex(
      [{...bo, number: '0821', county: '08'}, bo, municipalities.find((m) => m.name === 'Bodø')!],
      [...counties, {number: '08', name: 'Telemark', centreIds: ['telemark'], source: ['x']}],
    );
    assert.deepEqual(older.search('bo').map((m) => m.label), ['Bø (Telemark)', 'Bø (Nordland)', 'Bodø']);
  });

  it('tolerates a typo in a name of 4–6 letters and two in a longer one, after exact and prefix hits', () => {
    assert.equal(labels('bergne')[0], 'Bergen');
    assert.equal(labels('trondhiem')[0], 'Trondheim - Tråante');
    assert.equal(labels('kristainsand')[0], 'Kristiansand');
    assert.equal(labels('stavangr')[0], 'Stavanger');
    // "molde" is an exact name: nothing within a typo of it ranks above it.
    assert.equal(labels('molde')[0], 'Molde');
    // Exact (Vågå), then prefix (Vågan), then a typo away (Vega).
    const hits = labels('vaga', 20);
    assert.deepEqual(hits.slice(0, 2), ['Vågå', 'Vågan']);
    assert.ok(hits.indexOf('Vega') > 1);
  });

  it('does not guess on very short input or far-off names', () => {
    assert.deepEqual(labels('xq'), []);
    assert.deepEqual(labels('zzzzzzzz'), []);
    assert.deepEqual(labels('   '), []);
  });

  it('gives county names and a label to every municipality', () => {
    assert.equal(index.all.length, 357);
    assert.ok(index.all.every((m) => m.countyName && !/^\d+$/.test(m.countyName)));
    const shared = index.all.filter((m) => m.label !== m.name).map((m) => m.name);
    assert.deepEqual([...new Set(shared)].sort(), ['Herøy', 'Våler']);
  });

  it('looks up exact names, numbers and labels (for "which centre serves …")', () => {
    assert.deepEqual(index.lookup('Herøy').map((m) => m.number), ['1515', '1818']);
    assert.deepEqual(index.lookup('Herøy (Nordland)').map((m) => m.number), ['1818']);
    assert.deepEqual(index.lookup('301').map((m) => m.name), ['Oslo']);
    assert.deepEqual(index.lookup(' 301 ').map((m) => m.number), ['0301']);
    assert.deepEqual(index.lookup('0301').map((m) => m.number), ['0301']);
    assert.deepEqual(index.lookup('Karasjok').map((m) => m.number), [municipalities.find((m) => m.name.includes('Karasjok'))!.number]);
    assert.deepEqual(index.lookup('Bergn'), []);
  });
});

describe('municipality search: Sami and Kven names outside the official name', () => {
  const found = (query: string) => index.search(query, 3).map((m) => `${m.number} ${m.label}`);

  it('finds Tromsø by its Northern Sami name and says which name matched', () => {
    assert.deepEqual(found('Romsa')[0], '5501 Tromsø (Romsa)');
    assert.deepEqual(found('romsa')[0], '5501 Tromsø (Romsa)');
    const [match] = index.search('Romsa', 1);
    assert.deepEqual({name: match!.name, lang: match!.matchedName?.lang, matched: match!.matchedName?.name}, {name: 'Tromsø', lang: 'se', matched: 'Romsa'});
    assert.deepEqual(found('Čáhcesuolu')[0], '5607 Vadsø (Čáhcesuolu)');
    assert.deepEqual(found('cahcesuolu')[0], '5607 Vadsø (Čáhcesuolu)');
    assert.deepEqual(found('Girkonjárga')[0], '5605 Sør-Varanger (Girkonjárga)');
  });

  it('finds a municipality by its Kven name', () => {
    assert.deepEqual(found('Tromssa')[0], '5501 Tromsø (Tromssa)');
    assert.equal(index.search('Tromssa', 1)[0]!.matchedName?.lang, 'fkv');
    assert.deepEqual(found('Vesisaari')[0], '5607 Vadsø (Vesisaari)');
    assert.deepEqual(found('Alattio')[0], '5601 Alta (Alattio)');
    assert.deepEqual(found('kirkkoniemi')[0], '5605 Sør-Varanger (Kirkkoniemi)');
  });

  it('finds municipalities by their Southern and Lule Sami names', () => {
    assert.deepEqual(found('Måefie')[0], '1833 Rana (Måefie)');
    assert.equal(index.search('Måefie', 1)[0]!.matchedName?.lang, 'sma');
    assert.deepEqual(found('Levangke')[0], '5037 Levanger (Levangke)');
    assert.deepEqual(found('Bådåddjo')[0], '1804 Bodø (Bådåddjo)');
    assert.equal(index.search('Bådåddjo', 1)[0]!.matchedName?.lang, 'smj');
    // A municipality name given with the Sami word for municipality is found by its first word too.
    assert.deepEqual(found('Raane')[0], '1833 Rana (Raanen tjïelte)');
    assert.deepEqual(found('Rivttága')[0], '5516 Gratangen (Rivttága suohkan)');
  });

  it('keeps the plain label when the official name matches as well as another name', () => {
    // "Troms" is the start of Tromsø itself, and of no other name: no annotation.
    assert.equal(found('Troms')[0], '5501 Tromsø');
    assert.equal(found('Rana')[0], '1833 Rana');
    assert.equal(found('Alta')[0], '5601 Alta');
    // Every label in the list of all municipalities is the official one.
    assert.ok(index.all.every((m) => m.matchedName === undefined && !m.label.includes('Romsa')));
  });

  it('tolerates a typo in another name as in an official one', () => {
    assert.equal(found('Rosma')[0], '5501 Tromsø (Romsa)');
    assert.equal(found('Vesisari')[0], '5607 Vadsø (Vesisaari)');
    // "Romssa", the genitive people often write, is inside Tromssa: still Tromsø.
    assert.match(found('Romssa')[0]!, /^5501 Tromsø \(/);
  });

  it('looks up another name, and the label it gives, so the finder and municipality="…" agree', () => {
    assert.deepEqual(index.lookup('Romsa').map((m) => `${m.number} ${m.label}`), ['5501 Tromsø (Romsa)']);
    assert.deepEqual(index.lookup('Tromsø (Romsa)').map((m) => `${m.number} ${m.label}`), ['5501 Tromsø (Romsa)']);
    assert.deepEqual(index.lookup('tromso (tromssa)').map((m) => m.number), ['5501']);
    assert.deepEqual(index.lookup('Tromsø (Nordland)'), [], 'a qualifier that is neither the county nor another name finds nothing');
    assert.deepEqual(index.lookup('Herøy (Nordland)').map((m) => m.label), ['Herøy (Nordland)']);
  });

  it('labels a shared name found by another name with its county and that name', () => {
    const heroy = municipalities.filter((m) => m.name === 'Herøy');
    const sample = createMunicipalityIndex(
      heroy.map((m) => m.number === '1818' ? {...m, otherNames: [{name: 'Testnamn', lang: 'smi', source: ['x']}]} : m),
      counties,
    );
    assert.deepEqual(sample.search('testnamn').map((m) => m.label), ['Herøy (Nordland, Testnamn)']);
    assert.deepEqual(sample.lookup('Herøy (Nordland, Testnamn)').map((m) => m.number), ['1818']);
  });

  it('gives every other name a language and sources that exist, whose quoted words hold the name', async () => {
    const sources = parseEmbedded('sources', (await rawData()).sources);
    const byId = new Map(sources.map((s) => [s.id, s]));
    const named = municipalities.filter((m) => m.otherNames?.length);
    assert.ok(named.length >= 10, 'names were added');
    const languages = new Set(named.flatMap((m) => m.otherNames!.map((n) => n.lang)));
    for (const lang of ['se', 'sma', 'smj', 'fkv'] as const) assert.ok(languages.has(lang), `a name in ${lang}`);
    for (const m of named) {
      for (const other of m.otherNames!) {
        assert.ok(other.source.length > 0, `${other.name} cites a source`);
        for (const id of other.source) {
          const source = byId.get(id);
          assert.ok(source, `${other.name} (${m.name}) cites ${id}, which is in sources`);
          assert.match(source.url ?? '', /^https:\/\//, `${id} has a URL`);
          assert.ok(source.evidence?.includes(other.name), `the evidence of ${id} holds ${other.name}`);
        }
        const official = new Set([m.name, ...m.name.split(/\s+-\s+/)].map(foldText));
        assert.ok(!official.has(foldText(other.name)), `${other.name} is not already part of ${m.name}`);
      }
    }
  });
});

describe('folding and distance', () => {
  it('folds Norwegian and Sami letters', () => {
    assert.equal(foldText('ÆØÅ áčđŋšŧž'), 'aeoa acdnstz');
  });

  it('counts a swap of two neighbours as one edit', () => {
    assert.equal(editDistance('trondheim', 'trondhiem', 2), 1);
    assert.equal(editDistance('bergen', 'bergne', 1), 1);
    assert.equal(editDistance('oslo', 'bodo', 1), 2);
    assert.equal(editDistance('abc', 'abc', 0), 0);
  });
});
