// `npm run bench`: <usht-activity-calendar> beside FullCalendar 7 on the same sample activities, in
// one headless-Chromium run (budgets.md, method: performance-anchors.md §2 and §6.3).
//
// - Pages come from a tiny static server on 127.0.0.1 (no other origin is contacted); our element
//   is the built one-file bundle (packages/elements/cdn/usht-kit.js), FullCalendar is bundled here
//   with esbuild (a dev-only dependency of the benchmark).
// - Every configuration is loaded once to warm up, then RUNS rounds visit every configuration in
//   shuffled order, each in a fresh browser context (cold caches), viewport 1280×900, Europe/Oslo.
// - Per visit: first render (t0 → painted frame), DOM nodes, JS heap after two forced GCs
//   (--js-flags=--expose-gc), then one filter change (centre = oslo) to the updated frame.
// - Medians are printed with each ratio next to its budget, and all runs are written as JSON to
//   bench/results/. Machines here are noisy: read the ratios, not the absolute times.
//
// Options: --runs=N (default 7), --sizes=1000,10000, --quick (runs=3, sizes=1000, 5 s server runs), --only=calendar,
// --only=host (bench/host-page.mjs alone; with --host-runs=N, --pages=…), --host-runs=N (Lighthouse rounds, default 5).
// Then the host page under Lighthouse (bench/host-page.mjs) and the reference server under load:
// bench/server.mjs (autocannon, PGlite and PostgreSQL).
import {createServer} from 'node:http';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import puppeteer from 'puppeteer';
import {benchMap} from './map.mjs';
import {benchSdk} from './sdk.mjs';
import {benchImport} from './import.mjs';
import {benchEditor} from './editor.mjs';
import {benchHostPage} from './host-page.mjs';
import {runAlone} from './lib.mjs';
import {benchServer} from './server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const quick = argv.quick === 'true';
const RUNS = Number(argv.runs ?? (quick ? 3 : 7));
const SIZES = (argv.sizes ?? (quick ? '1000' : '1000,10000')).split(',').map(Number);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Lighthouse runs are slow (a fresh browser each): 5 rounds, as budgets.md measures, whatever --runs says.
const HOST_RUNS = Number(argv['host-runs'] ?? 5);
const hostPage = (options) => benchHostPage({...options, runs: HOST_RUNS, pages: argv.pages?.split(',')});

if (argv.only === 'host') await runAlone(hostPage, {runs: HOST_RUNS});

const budgets = {
  monthRatio1000: 0.35,
  monthRatio10000: 0.2,
  agendaMs10000: 150,
  filterMs10000: 50,
  heapMb1000: 1,
  heapMb10000: 2,
};

for (const file of ['packages/elements/cdn/usht-kit.js', 'packages/elements/out/activity-calendar/sample-activities.js']) {
  try {
    statSync(join(root, file));
  } catch {
    console.error(`bench: ${file} is missing; run \`npm run build\` first (npm run bench does).`);
    process.exit(1);
  }
}

// FullCalendar, bundled once per run into a temporary directory.
const buildDir = mkdtempSync(join(tmpdir(), 'usht-bench-'));
await build({
  entryPoints: [join(root, 'bench/pages/fc-entry.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(buildDir, 'fc.js'),
  logLevel: 'error',
  loader: {'.css': 'empty'},
});

const mounts = [
  ['/bench/', join(root, 'bench/pages')],
  ['/cdn/', join(root, 'packages/elements/cdn')],
  ['/out/', join(root, 'packages/elements/out')],
  ['/fc/', join(root, 'node_modules/fullcalendar')],
  ['/build/', buildDir],
];
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json'};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir + sep) && file !== dir) break;
    try {
      const body = readFileSync(file);
      response.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store'});
      response.end(body);
      return;
    } catch {
      break;
    }
  }
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const configs = [];
for (const n of SIZES) {
  for (const view of ['month', 'agenda']) {
    configs.push({id: `usht-${view}-${n}`, lib: 'usht', view, n});
    configs.push({id: `fc-${view}-${n}`, lib: 'fc', view, n});
  }
  configs.push({id: `blank-usht-${n}`, lib: 'blank-usht', view: 'none', n});
  configs.push({id: `blank-fc-${n}`, lib: 'blank-fc', view: 'none', n});
}

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--disable-sync', '--js-flags=--expose-gc'],
});

async function visit(config) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({width: 1280, height: 900});
    await page.emulateTimezone('Europe/Oslo');
    await page.setExtraHTTPHeaders({'Accept-Language': 'nb-NO,nb;q=0.9'});
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    if (process.env.BENCH_DEBUG) page.on('console', (message) => console.log(config.id, message.type(), message.text()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
    });
    page.on('request', (request) => {
      // data: URLs are Chromium's own (the date input's calendar icon), not requests.
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) errors.push(`request to another origin: ${request.url()}`);
    });
    await page.goto(`${origin}/bench/index.html?lib=${config.lib}&view=${config.view}&n=${config.n}`);
    await page.waitForFunction('window.__result', {timeout: Number(argv.timeout ?? 120_000), polling: 20}).catch((error) => {
      throw new Error(`${config.id}: no result (${error.message}); ${errors.join(' | ') || 'no page errors'}`);
    });
    const result = await page.evaluate('window.__result');
    if (result.error) throw new Error(`${config.id}: ${result.error}`);
    const heap = await page.evaluate(async () => {
      globalThis.gc();
      await new Promise((done) => setTimeout(done, 50));
      globalThis.gc();
    }).then(async () => {
      const session = await page.createCDPSession();
      const {usedSize} = await session.send('Runtime.getHeapUsage');
      await session.detach();
      return usedSize;
    });
    const filter = await page.evaluate('window.__filter()');
    if (errors.length) throw new Error(`${config.id}: ${errors.join(' | ')}`);
    return {...result, heap, filter};
  } finally {
    await context.close();
  }
}

function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const runs = Object.fromEntries(configs.map((c) => [c.id, []]));
const started = Date.now();
const extras = [];
try {
  process.stdout.write(`bench: ${configs.length} configurations, warm-up + ${RUNS} rounds, sizes ${SIZES.join(', ')}\n`);
  for (const config of configs) await visit(config);
  for (let round = 1; round <= RUNS; round++) {
    for (const config of shuffle(configs)) runs[config.id].push(await visit(config));
    process.stdout.write(`  round ${round}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  // The map against Leaflet, the finder keystroke and SDK validation, in the same browser; then
  // importing a 10,000-event calendar, in Node.
  for (const bench of argv.only === 'calendar' ? [] : [benchMap, benchSdk, benchImport, benchEditor, hostPage]) extras.push(await bench({browser, runs: RUNS, log: (line) => process.stdout.write(`${line}\n`)}));
} finally {
  await browser.close();
}
try {
  // The reference server under load (autocannon), with the browser closed: it would share the cores.
  if (argv.only !== 'calendar') extras.push(await benchServer({duration: quick ? 5 : 20, log: (line) => process.stdout.write(`${line}\n`)}));
} finally {
  server.close();
  rmSync(buildDir, {recursive: true, force: true});
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const med = (id, pick) => median((runs[id] ?? []).map(pick));
const MB = 1024 * 1024;

const summary = {};
for (const config of configs) {
  summary[config.id] = {
    frame: med(config.id, (r) => r.frame),
    script: med(config.id, (r) => r.script),
    dom: med(config.id, (r) => r.dom),
    heapMb: med(config.id, (r) => r.heap) / MB,
    filterFrame: med(config.id, (r) => r.filter?.frame),
  };
}

const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const lines = [];
lines.push('', `Medians of ${RUNS} fresh contexts (ms; heap MB after GC; Chromium headless, ${new Date().toISOString()})`);
lines.push(`${'configuration'.padEnd(20)} ${'first render'.padStart(12)} ${'script'.padStart(8)} ${'DOM nodes'.padStart(10)} ${'heap MB'.padStart(8)} ${'filter'.padStart(8)}`);
for (const config of configs) {
  const s = summary[config.id];
  lines.push(`${config.id.padEnd(20)} ${fmt(s.frame).padStart(12)} ${fmt(s.script).padStart(8)} ${fmt(s.dom).padStart(10)} ${fmt(s.heapMb, 2).padStart(8)} ${config.lib.startsWith('blank') ? '       –' : fmt(s.filterFrame).padStart(8)}`);
}

const checks = [];
const check = (label, value, budget, unit, context) => {
  const ok = Number.isFinite(value) && value <= budget;
  checks.push({label, value, budget, unit, ok, context});
};
for (const n of SIZES) {
  const ours = (view) => summary[`usht-${view}-${n}`];
  const theirs = (view) => summary[`fc-${view}-${n}`];
  const monthRatio = ours('month').frame / theirs('month').frame;
  if (budgets[`monthRatio${n}`] !== undefined) {
    check(`month view, first render, ${n} (ratio to FC 7)`, monthRatio, budgets[`monthRatio${n}`], '×',
      `${fmt(ours('month').frame)} ms vs FC 7 ${fmt(theirs('month').frame)} ms`);
  }
  const agendaRatio = ours('agenda').frame / theirs('agenda').frame;
  if (budgets[`agendaMs${n}`] !== undefined) {
    check(`agenda view, first render, ${n} (ms)`, ours('agenda').frame, budgets[`agendaMs${n}`], 'ms',
      `ratio ${fmt(agendaRatio, 2)} to FC 7 list view ${fmt(theirs('agenda').frame)} ms; DOM ${fmt(ours('agenda').dom)} vs ${fmt(theirs('agenda').dom)} nodes`);
  } else {
    checks.push({label: `agenda view, first render, ${n}`, value: agendaRatio, unit: '×', context: `${fmt(ours('agenda').frame)} ms vs FC 7 list view ${fmt(theirs('agenda').frame)} ms (no budget)`});
  }
  const filterOurs = Math.max(ours('month').filterFrame, ours('agenda').filterFrame);
  if (budgets[`filterMs${n}`] !== undefined) {
    check(`filter change, ${n} (ms, slower of month/agenda)`, filterOurs, budgets[`filterMs${n}`], 'ms',
      `month ${fmt(ours('month').filterFrame)} / agenda ${fmt(ours('agenda').filterFrame)} ms; FC 7 month ${fmt(theirs('month').filterFrame)} / list ${fmt(theirs('agenda').filterFrame)} ms; ratio ${fmt(ours('month').filterFrame / theirs('month').filterFrame, 2)}`);
  }
  const blankOurs = summary[`blank-usht-${n}`].heapMb;
  const blankTheirs = summary[`blank-fc-${n}`].heapMb;
  const addedOurs = Math.max(ours('month').heapMb, ours('agenda').heapMb) - blankOurs;
  const addedTheirs = theirs('month').heapMb - blankTheirs;
  check(`JS heap added after GC, ${n} (MB, larger of month/agenda)`, addedOurs, budgets[`heapMb${n}`], 'MB',
    `month +${fmt(ours('month').heapMb - blankOurs, 2)} / agenda +${fmt(ours('agenda').heapMb - blankOurs, 2)}; FC 7 month +${fmt(addedTheirs, 2)} / list +${fmt(theirs('agenda').heapMb - blankTheirs, 2)}; ratio ${fmt(addedOurs / addedTheirs, 2)}`);
}

for (const extra of extras) {
  lines.push(...extra.lines);
  checks.push(...extra.checks);
}
lines.push('', 'Budgets (budgets.md), ratios measured in this run');
for (const c of checks) {
  const value = c.unit === '×' ? `${fmt(c.value, 2)}×` : `${fmt(c.value, c.digits ?? (c.unit === 'MB' ? 2 : 0))} ${c.unit}`.trim();
  const budget = c.budget === undefined ? '' : `budget ≤ ${c.budget}${c.unit === '×' ? '×' : ` ${c.unit}`}`;
  const verdict = c.budget === undefined ? '' : c.ok ? 'ok' : 'OVER';
  lines.push(`  ${c.label.padEnd(58)} ${value.padStart(9)}  ${budget.padEnd(18)} ${verdict.padEnd(4)}  ${c.context}`);
}
// Below the budgets: what a bench wants read after them (the host page: what moved).
for (const extra of extras) lines.push(...(extra.after ?? []));
console.log(lines.join('\n'));

mkdirSync(join(root, 'bench/results'), {recursive: true});
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const report = {date: new Date().toISOString(), chromium: CHROME, runs: RUNS, sizes: SIZES, budgets, summary, checks, raw: runs,
  extras: extras.map(({name, summary: extraSummary, raw}) => ({name, summary: extraSummary, raw}))};
writeFileSync(join(root, `bench/results/${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten: bench/results/${stamp}.json (and latest.json)`);
process.exit(checks.every((c) => c.budget === undefined || c.ok) ? 0 : 1);
