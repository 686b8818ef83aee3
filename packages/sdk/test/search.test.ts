import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {County} from '../src/schemas/county.js';
import type {Municipality} from '../src/schemas/municipality.js';
import {createMunicipalityIndex, editDistance, foldText, type MunicipalityIndex} from '../src/search.js';
import {parseEmbedded} from '../src/sources/embedded.js';
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
    assert.deepEqual(index.lookup('Karasjok').map((m) => m.number), [municipalities.find((m) => m.name.includes('Karasjok'))!.number]);
    assert.deepEqual(index.lookup('Bergn'), []);
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
