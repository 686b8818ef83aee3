// Centre map against Leaflet 1.9.4 (budgets.md: first render ≤ 0.5 × Leaflet and ≤ 50 ms) and the
// municipality finder (keystroke to updated options ≤ 16 ms), in one headless Chromium, each visit
// a fresh context, pages in shuffled order, medians of `runs` rounds. Leaflet, world-atlas and
// topojson-client are dev-only dependencies of this benchmark, never of the packages.
//
// `node bench/map.mjs [--runs=N]` runs it alone; bench/run.mjs runs it after the calendar.
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import {check, fmt, median, runAlone, shuffle, startServer, visit} from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

// A 1×1 transparent PNG for every tile: Leaflet's tile layer stays on this origin.
const blankPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const budgets = {mapRatio: 0.5, mapMs: 50, keystrokeMs: 16};

/** Also bench/host-page.mjs's Leaflet page. */
export async function data() {
  // The same 21 located centres our element shows, from the SDK's embedded data (built package).
  const {createClient} = await import('@usht/sdk');
  const {items} = await createClient().centres();
  const centres = items.filter((c) => c.location).map((c) => ({name: c.name, lat: c.location.lat, lon: c.location.lon}));
  const {feature} = require('topojson-client');
  const atlas = require('world-atlas/countries-50m.json');
  const norway = feature(atlas, atlas.objects.countries).features.find((f) => f.id === '578');
  return {centres, norway};
}

/** @returns {Promise<{name: string, lines: string[], checks: object[], summary: object, raw: object}>} */
export async function benchMap({browser, runs = 7, log = () => undefined}) {
  const {centres, norway} = await data();
  const server = await startServer({
    mounts: [
      ['/bench/', join(root, 'bench/pages')],
      ['/cdn/', join(root, 'packages/elements/cdn')],
      ['/leaflet/', join(root, 'node_modules/leaflet/dist')],
    ],
    routes: {
      '/data/centres.json': {type: 'application/json', body: JSON.stringify(centres)},
      '/data/norway.geojson': {type: 'application/json', body: JSON.stringify(norway)},
    },
    dynamic: (path) => (path.startsWith('/tiles/') ? {type: 'image/png', body: blankPng} : undefined),
  });
  const configs = [
    {id: 'usht-map', url: '/bench/map-bench.html?lib=usht', finder: true},
    {id: 'leaflet-map', url: '/bench/map-bench.html?lib=leaflet'},
  ];
  const raw = Object.fromEntries(configs.map((c) => [c.id, []]));
  const once = (config) => visit(browser, server.origin, config.url, config.finder ? (page) => page.evaluate('window.__finder()') : undefined);
  try {
    log(`bench map: ${configs.length} configurations, warm-up + ${runs} rounds`);
    for (const config of configs) await once(config);
    for (let round = 1; round <= runs; round++) {
      for (const config of shuffle(configs)) raw[config.id].push(await once(config));
      log(`  map round ${round}/${runs} done`);
    }
  } finally {
    await server.close();
  }

  const summary = {};
  for (const config of configs) {
    const list = raw[config.id];
    summary[config.id] = {
      frame: median(list.map((r) => r.frame)),
      script: median(list.map((r) => r.script)),
      markers: median(list.map((r) => r.markers)),
      preload: median(list.map((r) => r.preload ?? NaN)),
      // Median keystroke of each visit, then the median over visits (each visit a fresh context).
      keystroke: median(list.map((r) => (r.keystrokes ? median(r.keystrokes) : NaN))),
      keystrokeP90: median(list.map((r) => (r.keystrokes ? [...r.keystrokes].sort((a, b) => a - b)[Math.floor(r.keystrokes.length * 0.9)] : NaN))),
      keystrokes: list[0]?.keystrokes?.length ?? 0,
    };
  }
  const ours = summary['usht-map'];
  const theirs = summary['leaflet-map'];
  const lines = [
    '',
    `Centre map: medians of ${runs} fresh contexts (ms)`,
    `${'configuration'.padEnd(20)} ${'first render'.padStart(12)} ${'script'.padStart(8)} ${'markers'.padStart(8)}`,
    ...configs.map((c) => `${c.id.padEnd(20)} ${fmt(summary[c.id].frame).padStart(12)} ${fmt(summary[c.id].script).padStart(8)} ${fmt(summary[c.id].markers).padStart(8)}`),
    `finder keystroke (${ours.keystrokes} per visit): median ${fmt(ours.keystroke, 1)} ms, p90 ${fmt(ours.keystrokeP90, 1)} ms`,
    `the map's drawing chunk, loaded before t0 as Leaflet's module is: median ${fmt(ours.preload, 1)} ms on loopback`,
  ];
  const checks = [
    check('centre map, first render (ratio to Leaflet 1.9.4)', ours.frame / theirs.frame, budgets.mapRatio, '×',
      `${fmt(ours.frame)} ms (list + outline + ${fmt(ours.markers)} markers) vs Leaflet ${fmt(theirs.frame)} ms (${fmt(theirs.markers)} markers)`),
    check('centre map, first render (ms)', ours.frame, budgets.mapMs, 'ms', 'list + outline + markers, data loaded before t0'),
    check('municipality finder, keystroke to updated options (ms)', ours.keystroke, budgets.keystrokeMs, 'ms',
      `median of ${ours.keystrokes} keystrokes per visit; p90 ${fmt(ours.keystrokeP90, 1)} ms`),
  ];
  return {name: 'map', lines, checks, summary, raw};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  await runAlone(benchMap, {runs});
}
