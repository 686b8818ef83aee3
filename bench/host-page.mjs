// What a widget costs the page it lands on: the same plain municipal page with and without each
// widget, measured by Lighthouse, plus a layout-shift probe that says what moved (budgets.md).
//
// Method (budgets.md):
// - Lighthouse 12.2.3, mobile preset (default config: simulated slow 4G, 4× CPU),
//   onlyCategories ['performance', 'accessibility'], driving Debian Chromium (CHROME_PATH or
//   /usr/bin/chromium, never a downloaded browser): puppeteer launches it, Lighthouse connects to
//   its debugging port. A fresh browser and profile per run: every load is a cold one.
// - Pages, all served by a tiny static server on 127.0.0.1 (loopback only, no other origin), each
//   the SAME plain municipal page (an <h1>, two paragraphs, the widget(s), a contact section) from
//   one template: plain; badge, calendar, calendar-past, map, checklist, all (the README's script
//   tag and markup; the README snippet's <style>, if it has one, verbatim); fullcalendar (FC 7's
//   list view, same 21 activities, bundled with esbuild) and leaflet (Leaflet 1.9.4 minified,
//   same 21 centres as markers, Norway's outline as GeoJSON, a plain <ul>, no tile layer).
// - /cdn/ is packages/elements/cdn (read into memory at the start, so a rebuild meanwhile does not
//   mix two builds). Every text response is gzip-encoded when the request accepts it (as a CDN
//   would; Lighthouse's simulation uses transfer sizes), with Cache-Control: no-store.
// - One warm-up run per page (discarded), then each round visits every page in shuffled order;
//   --runs=N (default 5, at least 5 for budgets). Medians per page of TBT, CLS (and the worst
//   run), LCP (printed, never budgeted: on loopback it flips between two modes), the failed
//   accessibility audits, and JS loaded: for every script response (Lighthouse's network-requests,
//   resourceType Script) the gzip -9 size of its bytes, summed, in KiB.
// - Lighthouse's simulated throttling loads the page unthrottled and computes timings afterwards,
//   so its CLS is that of a fast load. The layout-shift probe loads each usht page (≥ 5 times,
//   shuffled) with 4× CPU throttling in Lighthouse's mobile viewport (412×823, DPR 1.75), records
//   every layout-shift entry with its sources named (tag#id.class, and the element or widget they
//   sit in) until network idle + 1.5 s, and reports the worst sum per page and what moved.
//
// `node bench/host-page.mjs [--runs=N] [--pages=badge,map] [--screenshots=DIR]` runs it alone
// (exit 1 when over budget); bench/run.mjs runs it after the other extras (`--only=host`: alone).
// Nine pages × (5 + 1) Lighthouse runs take several minutes on a 2-core machine.
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {extname, join, posix, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import lighthouse from 'lighthouse';
import {check, fmt, launch, median, runAlone, shuffle, startServer} from './lib.mjs';
import {data as mapData} from './map.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const budgets = {widgetTbtMs: 50, cls: 0.01, tbtRatio: 0.5, badgeKiB: 20, calendarKiB: 35, mapKiB: 35, allKiB: 60, a11yFailed: 0};

// Copied from README.md's "Embed on a page" for when that block cannot be read.
const README_MARKUP = '<usht-provider lang="nb"><usht-centre-map><a href="https://www.utviklingssenter.no">Utviklingssentrene for sykehjem og hjemmetjenester</a></usht-centre-map><usht-activity-calendar centre="hordaland"></usht-activity-calendar><usht-priority-badge area="demensplan-2025"></usht-priority-badge><usht-application-checklist year="2021" centre="hordaland"></usht-application-checklist></usht-provider>';
const KIT = '<script type="module" src="/cdn/usht-kit.js"></script>';

/** The first ```html block under "## Embed on a page", read at run time: its <style> and its markup. */
function readmeSnippet() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Embed on a page.*$/m)[1]?.split(/^## /m)[0] ?? '';
  const html = section.match(/```html\n([\s\S]*?)```/)?.[1] ?? '';
  const style = html.match(/<style[\s\S]*?<\/style>/)?.[0] ?? '';
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(style, '').trim();
  return {style, markup: markup.includes('<usht-provider') ? markup : README_MARKUP, fromReadme: markup.includes('<usht-provider')};
}

const nextDay = (date) => new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The embedded data's activities as FullCalendar events, as bench/pages/data.js shapes them. */
async function fullCalendarData() {
  const {createClient} = await import('@usht/sdk');
  const {items} = await createClient().activities();
  const events = [];
  for (const a of items) {
    const spans = a.schedule.sessions?.length > 1 ? a.schedule.sessions : [a.schedule];
    spans.forEach((span, i) => {
      const allDay = a.schedule.allDay;
      const end = span.end ?? undefined;
      events.push({id: `${a.id}-${i}`, title: a.title, allDay, start: span.start, end: allDay ? nextDay((end ?? span.start).slice(0, 10)) : end});
    });
  }
  // One list over every activity's dates, as our calendar's include-past list shows them.
  const days = events.flatMap((e) => [e.start.slice(0, 10), (e.end ?? e.start).slice(0, 10)]).sort();
  return {activities: items.length, events, start: days[0], end: nextDay(days.at(-1))};
}

// FullCalendar as a host would ship a list: core, the list plugin, the classic theme, Bokmål. The
// events come as JSON (data, not code), as Leaflet's points do.
const FC_ENTRY = `
import {Calendar} from 'fullcalendar';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import nb from 'fullcalendar/locales/nb';
const {events, start, end} = await fetch('/site/fc-events.json').then((r) => r.json());
new Calendar(document.getElementById('fc'), {
  plugins: [listPlugin, classicThemePlugin], locale: nb, timeZone: 'local', height: 'auto',
  initialView: 'listAll', views: {listAll: {type: 'list', visibleRange: {start, end}}}, events,
}).render();
`;

// Leaflet as a host would set it up: the outline as a GeoJSON layer, a marker per centre, no tiles.
const LEAFLET_INIT = `(async () => {
  const [centres, norway] = await Promise.all([fetch('/site/centres.json').then((r) => r.json()), fetch('/site/norway.geojson').then((r) => r.json())]);
  L.Icon.Default.imagePath = '/leaflet/images/';
  const map = L.map('map');
  const outline = L.geoJSON(norway, {style: {weight: 1}}).addTo(map);
  map.fitBounds(outline.getBounds());
  for (const c of centres) L.marker([c.lat, c.lon], {title: c.name, alt: c.name}).bindPopup(c.name).addTo(map);
})();
`;

const SITE_CSS = `
  body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0; }
  h2 { font-size: 1.25rem; }
  a { color: #0b5394; }
  .contact { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #c8c8c8; }
  address { font-style: normal; }
  #map { height: 26rem; }`;

/** One template, every page: the widget markup goes between the text and the contact section. */
function page({head = '', widget = ''}) {
  return `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Utviklingssenter for sykehjem og hjemmetjenester – Eksempel kommune</title>
  <link rel="icon" href="data:,">
  <style>${SITE_CSS}
  </style>
${head}
</head>
<body>
<main>
  <h1>Utviklingssenter for sykehjem og hjemmetjenester</h1>
  <p>Kommunen er vertskommune for utviklingssenteret i fylket. Senteret er et knutepunkt for
    kunnskap og fagutvikling i helse- og omsorgstjenestene, og samarbeider med kommunene,
    universiteter og høgskoler og Statsforvalteren.</p>
  <p>Her finner du samlinger og nettverk, satsingsområdene senteret arbeider med, og hva som skal
    til for å søke om tilskudd. Ta gjerne kontakt om du vil vite mer.</p>
${widget}
  <section class="contact">
    <h2>Kontakt oss</h2>
    <address>Eksempel kommune, Helse og omsorg<br>Rådhusgata 1<br>1234 Eksempelby</address>
    <p>Telefon: <a href="tel:+4712345678">12 34 56 78</a></p>
  </section>
</main>
</body>
</html>
`;
}

const TYPES = {'.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8'};

/**
 * packages/elements/cdn read once into memory, as routes under /cdn/: every run measures the same
 * build even when it is rebuilt meanwhile. A snapshot taken mid-build (an import whose file is not
 * there) is taken again.
 */
async function snapshotCdn() {
  const dir = join(root, 'packages/elements/cdn');
  for (let attempt = 1; ; attempt++) {
    const files = new Map();
    const missing = [];
    try {
      for (const name of readdirSync(dir, {recursive: true})) {
        const file = join(dir, name);
        if (statSync(file).isFile()) files.set(posix.join('/cdn', name.split('\\').join('/')), readFileSync(file));
      }
    } catch (error) {
      missing.push(String(error.message)); // a file removed while it was read: a build is under way
    }
    for (const [path, body] of files) {
      if (!path.endsWith('.js')) continue;
      for (const [, spec] of body.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g)) {
        const target = posix.join(posix.dirname(path), spec);
        if (!files.has(target)) missing.push(`${path} → ${target}`);
      }
    }
    if (files.has('/cdn/usht-kit.js') && !missing.length) {
      return Object.fromEntries([...files].map(([path, body]) => [path, {type: TYPES[extname(path)] ?? 'application/octet-stream', body}]));
    }
    if (attempt === 10) throw new Error(`host-page: packages/elements/cdn is incomplete (${missing[0] ?? 'no usht-kit.js'}); run \`npm run build\` first`);
    await new Promise((done) => setTimeout(done, 3000));
  }
}

async function makePages() {
  const {style, markup, fromReadme} = readmeSnippet();
  const {centres, norway} = await mapData();
  const fc = await fullCalendarData();
  const {outputFiles} = await build({
    stdin: {contents: FC_ENTRY, resolveDir: root, loader: 'js'},
    bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, logLevel: 'error',
    // FullCalendar's JS imports its CSS; the page links the same files (as bench/run.mjs does).
    loader: {'.css': 'empty'},
  });
  const kit = `  ${KIT}${style ? `\n  ${style}` : ''}`;
  const usht = (widget) => ({head: kit, widget: `  ${widget}`});
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const specs = {
    plain: {},
    badge: usht('<usht-priority-badge area="demensplan-2025"></usht-priority-badge>'),
    calendar: usht('<usht-activity-calendar></usht-activity-calendar>'),
    'calendar-past': usht('<usht-activity-calendar include-past></usht-activity-calendar>'),
    fullcalendar: {
      head: ['/fc/skeleton.css', '/fc/themes/classic/theme.css', '/fc/themes/classic/palette.css'].map((href) => `  <link rel="stylesheet" href="${href}">`).join('\n')
        + '\n  <script type="module" src="/site/fullcalendar-list.js"></script>',
      widget: '  <div id="fc"></div>',
    },
    map: usht('<usht-centre-map></usht-centre-map>'),
    leaflet: {
      head: '  <link rel="stylesheet" href="/leaflet/leaflet.css">\n  <script defer src="/leaflet/leaflet.js"></script>\n  <script defer src="/site/leaflet-map.js"></script>',
      widget: `  <div id="map"></div>\n  <ul class="centres">\n${centres.map((c) => `    <li>${escape(c.name)}</li>`).join('\n')}\n  </ul>`,
    },
    checklist: usht('<usht-application-checklist year="2021" centre="hordaland"></usht-application-checklist>'),
    all: usht(markup),
  };
  const html = 'text/html; charset=utf-8';
  const json = 'application/json';
  const routes = {
    ...(await snapshotCdn()),
    '/site/fullcalendar-list.js': {type: 'text/javascript; charset=utf-8', body: Buffer.from(outputFiles[0].contents)},
    '/site/leaflet-map.js': {type: 'text/javascript; charset=utf-8', body: LEAFLET_INIT},
    '/site/fc-events.json': {type: json, body: JSON.stringify(fc)},
    '/site/centres.json': {type: json, body: JSON.stringify(centres)},
    '/site/norway.geojson': {type: json, body: JSON.stringify(norway)},
  };
  for (const [id, spec] of Object.entries(specs)) routes[`/${id}.html`] = {type: html, body: page(spec)};
  return {routes, ids: Object.keys(specs), fromReadme, readmeStyle: Boolean(style)};
}

const USHT = new Set(['badge', 'calendar', 'calendar-past', 'map', 'checklist', 'all']);
const A11Y_SKIP = new Set(['notApplicable', 'manual', 'informative']);

/** One Lighthouse run in a fresh browser (fresh profile, cold cache); the numbers this bench reads. */
async function lighthouseRun(origin, id) {
  const browser = await launch({env: {...process.env, TZ: 'Europe/Oslo'}});
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(`${origin}/${id}.html`, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility']});
    const {lhr} = result;
    if (lhr.runtimeError) throw new Error(`host-page ${id}: Lighthouse ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audits = lhr.audits;
    const a11yFailed = lhr.categories.accessibility.auditRefs.map((ref) => audits[ref.id])
      .filter((a) => a && !A11Y_SKIP.has(a.scoreDisplayMode) && a.score !== null && a.score < 1).map((a) => a.id);
    // JS loaded: the bytes of every script the page loaded, compressed the same way for every
    // page (gzip -9), so the figure does not depend on how this server encodes.
    const scripts = (audits['network-requests'].details?.items ?? []).filter((r) => r.resourceType === 'Script');
    const js = [];
    for (const s of scripts) {
      const bytes = Buffer.from(await (await fetch(s.url)).arrayBuffer());
      js.push({path: new URL(s.url).pathname, bytes: bytes.length, gzip9: gzipSync(bytes, {level: 9}).length, transfer: s.transferSize});
    }
    return {
      page: id,
      lighthouse: lhr.lighthouseVersion,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      a11yFailed,
      jsKiB: js.reduce((sum, s) => sum + s.gzip9, 0) / 1024,
      scripts: js,
      warnings: lhr.runWarnings,
    };
  } finally {
    await browser.close();
  }
}

// Runs in the page before its own scripts: every layout shift, its sources named while they exist.
function observeShifts() {
  window.__shifts = [];
  const label = (el) => {
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean) : [];
    return `${el.localName}${el.id ? `#${el.id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
  };
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  // The node, then where it sits: the outermost widget whose shadow tree holds it, else the nearest
  // light-DOM ancestor a developer can find in the page source (custom element, id/class, section).
  const describe = (node) => {
    if (!node) return '(a removed node)';
    const el = node.nodeType === 1 ? node : node.parentElement ?? node.parentNode?.host;
    if (!el) return node.nodeName;
    const own = node.nodeType === 1 ? label(el) : `text in ${label(el)}`;
    let host = null;
    for (let at = el; at; at = up(at)) if (at.getRootNode() instanceof ShadowRoot) host = at.getRootNode().host;
    if (host) return `${own} in ${label(host)}`;
    for (let at = up(el); at && at.localName !== 'body'; at = up(at)) {
      if (at.localName.includes('-') || at.id || (typeof at.className === 'string' && at.className.trim()) || ['section', 'main', 'ul'].includes(at.localName)) return `${own} in ${label(at)}`;
    }
    return own;
  };
  const rect = (r) => ({top: Math.round(r.top), height: Math.round(r.height)});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value, hadRecentInput: entry.hadRecentInput, startTime: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => ({node: describe(s.node), previous: rect(s.previousRect), current: rect(s.currentRect)})),
      });
    }
  }).observe({type: 'layout-shift', buffered: true});
}

/** Lighthouse's mobile viewport, 4× CPU, fresh context: the shifts of one load until idle + 1.5 s. */
async function openMobile(browser, origin, id, prepare = async () => undefined) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true});
  await page.emulateTimezone('Europe/Oslo');
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) errors.push(`request to another origin: ${request.url()}`);
  });
  await prepare(page);
  await page.goto(`${origin}/${id}.html`, {waitUntil: 'networkidle0', timeout: 60_000});
  await new Promise((done) => setTimeout(done, 1500));
  return {context, page, errors};
}

async function probe(browser, origin, id) {
  const {context, page, errors} = await openMobile(browser, origin, id, async (p) => {
    const session = await p.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await p.evaluateOnNewDocument(observeShifts);
  });
  try {
    const shifts = await page.evaluate(() => window.__shifts);
    // Every shift counts: nothing touches the page, and Chromium flags the shifts of the first
    // 500 ms hadRecentInput because the viewport emulation counts as input (crbug.com/1302667;
    // Lighthouse counts them too, core/computed/metrics/cumulative-layout-shift.js).
    const sum = shifts.reduce((total, s) => total + s.value, 0);
    return {page: id, sum, shifts, errors};
  } finally {
    await context.close();
  }
}

// Layout-shift rects are clipped to the viewport: an empty one is a node out of view.
const place = (r) => (r.height ? `top ${r.top}, height ${r.height}` : 'out of view');
const moved = (s) => `${fmt(s.value, 4)}: ${s.sources.map((m) => `${m.node} (${place(m.previous)} → ${place(m.current)})`).join('; ') || 'no sources'}`;
const span = (times) => (Math.min(...times) === Math.max(...times) ? `${times[0]}` : `${Math.min(...times)}–${Math.max(...times)}`);

/** @returns {Promise<{name: string, lines: string[], checks: object[], summary: object, raw: object, after: string[]}>} */
export async function benchHostPage({browser, runs = 5, pages, screenshots, log = () => undefined}) {
  const started = Date.now();
  // Other work on the machine shows up as blocking time: the load averages go with the numbers.
  const load = [loadavg()[0]];
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  const site = await makePages();
  const ids = pages ? site.ids.filter((id) => pages.includes(id)) : site.ids;
  if (pages && ids.length !== pages.length) throw new Error(`host-page: unknown page in --pages (pages: ${site.ids.join(', ')})`);
  const server = await startServer({
    gzip: true,
    mounts: [
      ['/leaflet/', join(root, 'node_modules/leaflet/dist')],
      ['/fc/', join(root, 'node_modules/fullcalendar')],
    ],
    routes: site.routes,
  });
  const lh = [];
  const probes = [];
  const loads = Math.max(5, runs);
  const probed = ids.filter((id) => USHT.has(id));
  try {
    log(`bench host-page: ${ids.length} pages, Lighthouse warm-up + ${runs} rounds, then ${loads} probe loads per usht page`
      + ` (README snippet ${site.fromReadme ? 'read' : 'NOT found, markup copied'}${site.readmeStyle ? ', with its <style>' : ', no <style> in it'})`);
    for (const id of ids) await lighthouseRun(server.origin, id);
    log(`  host-page warm-up done (${elapsed()})`);
    for (let round = 1; round <= runs; round++) {
      for (const id of shuffle(ids)) lh.push({round, ...(await lighthouseRun(server.origin, id))});
      log(`  host-page Lighthouse round ${round}/${runs} done (${elapsed()})`);
    }
    if (screenshots) {
      mkdirSync(screenshots, {recursive: true});
      for (const id of ids) {
        const {context, page} = await openMobile(browser, server.origin, id);
        await page.screenshot({path: join(screenshots, `${id}.png`), fullPage: true});
        await context.close();
      }
      log(`  host-page screenshots written to ${screenshots}`);
    }
    for (let round = 1; round <= loads; round++) {
      for (const id of shuffle(probed)) probes.push({round, ...(await probe(browser, server.origin, id))});
    }
    log(`  host-page probe done (${elapsed()})`);
  } finally {
    await server.close();
  }
  load.push(loadavg()[0]);

  const summary = {};
  for (const id of ids) {
    const list = lh.filter((r) => r.page === id);
    const failed = {};
    for (const r of list) for (const a of r.a11yFailed) failed[a] = (failed[a] ?? 0) + 1;
    const pr = probes.filter((p) => p.page === id);
    summary[id] = {
      tbt: median(list.map((r) => r.tbt)),
      cls: median(list.map((r) => r.cls)),
      clsWorst: Math.max(...list.map((r) => r.cls)),
      lcp: median(list.map((r) => r.lcp)),
      jsKiB: median(list.map((r) => r.jsKiB)),
      performance: median(list.map((r) => r.performance)),
      accessibility: median(list.map((r) => r.accessibility)),
      // Every audit that failed in any run, with how many runs it failed in.
      a11yFailed: failed,
      probeWorst: pr.length ? Math.max(...pr.map((p) => p.sum)) : undefined,
      probeLoads: pr.length,
    };
  }

  const failedText = (s) => Object.entries(s.a11yFailed).map(([a, n]) => (n === runs ? a : `${a} (${n}/${runs})`)).join(', ') || '0';
  const lines = [
    '',
    `Host page (Lighthouse ${lh[0]?.lighthouse}, mobile, simulated slow 4G and 4× CPU): medians of ${runs} cold runs; JS = gzip -9 of the scripts loaded;`
      + ` load average ${fmt(load[0], 1)} at the start, ${fmt(load[1], 1)} at the end (${availableParallelism()} cores)`,
    `${'page'.padEnd(14)} ${'TBT ms'.padStart(7)}  ${'CLS median / worst'.padStart(18)}  ${'LCP ms'.padStart(7)}  ${'JS KiB gzip'.padStart(11)}  a11y failed`,
    ...ids.map((id) => {
      const s = summary[id];
      return `${id.padEnd(14)} ${fmt(s.tbt).padStart(7)}  ${`${fmt(s.cls, 3)} / ${fmt(s.clsWorst, 3)}`.padStart(18)}  ${fmt(s.lcp).padStart(7)}  ${fmt(s.jsKiB, 1).padStart(11)}  ${failedText(s)}`;
    }),
  ];
  if (probed.length) {
    lines.push(`layout-shift probe (412×823, 4× CPU, until network idle + 1.5 s), worst sum of ${loads} loads: `
      + probed.map((id) => `${id} ${fmt(summary[id].probeWorst, 3)}`).join(', '));
  }
  const warnings = [...new Set(lh.flatMap((r) => r.warnings))];
  const errors = [...new Set(probes.flatMap((p) => p.errors.map((e) => `${p.page}: ${e}`)))];
  if (warnings.length) lines.push(...warnings.map((w) => `Lighthouse warning: ${w}`));
  if (errors.length) lines.push(...errors.map((e) => `page error (probe): ${e}`));

  const checks = [];
  const has = (...list) => list.every((id) => summary[id]);
  for (const id of ['badge', 'calendar', 'map', 'checklist'].filter((p) => has(p))) {
    checks.push(check(`host page, ${id} alone: TBT (ms, median)`, summary[id].tbt, budgets.widgetTbtMs, 'ms', `plain page ${has('plain') ? fmt(summary.plain.tbt) : '–'} ms; Lighthouse mobile`));
  }
  for (const id of ['badge', 'calendar', 'calendar-past', 'map', 'checklist', 'all'].filter((p) => has(p))) {
    const s = summary[id];
    const worst = Math.max(s.clsWorst, s.probeWorst ?? 0);
    checks.push({...check(`host page, ${id}: CLS (worst load)`, worst, budgets.cls, '',
      `Lighthouse worst ${fmt(s.clsWorst, 3)} (median ${fmt(s.cls, 3)}) of ${runs}; probe worst ${fmt(s.probeWorst, 3)} of ${s.probeLoads}`), digits: 3});
  }
  for (const [ours, theirs] of [['calendar-past', 'fullcalendar'], ['map', 'leaflet']].filter((pair) => has(...pair))) {
    checks.push(check(`host page, ${ours} TBT (ratio to ${theirs})`, summary[ours].tbt / summary[theirs].tbt, budgets.tbtRatio, '×',
      `${fmt(summary[ours].tbt)} ms vs ${fmt(summary[theirs].tbt)} ms, medians of this run`));
  }
  for (const [id, budget] of [['badge', budgets.badgeKiB], ['calendar', budgets.calendarKiB], ['map', budgets.mapKiB], ['all', budgets.allKiB]].filter(([p]) => has(p))) {
    const files = lh.find((r) => r.page === id)?.scripts.length ?? 0;
    checks.push({...check(`host page, ${id}: JS loaded (KiB, gzip -9)`, summary[id].jsKiB, budget, 'KiB', `${files} scripts; Leaflet page ${has('leaflet') ? fmt(summary.leaflet.jsKiB, 1) : '–'} KiB, FullCalendar page ${has('fullcalendar') ? fmt(summary.fullcalendar.jsKiB, 1) : '–'} KiB`), digits: 1});
  }
  for (const id of probed) {
    checks.push(check(`host page, ${id}: Lighthouse a11y audits failed`, Object.keys(summary[id].a11yFailed).length, budgets.a11yFailed, '',
      `${failedText(summary[id]) === '0' ? 'none' : failedText(summary[id])}; score ${fmt(summary[id].accessibility * 100)}`));
  }

  // What moved: loads with the same shifts (same nodes, same boxes) printed once, with how many
  // loads and when (ms since navigation, the range over those loads).
  const after = [];
  for (const id of probed) {
    const seen = new Map();
    for (const p of probes.filter((x) => x.page === id && x.sum > 0)) {
      const key = p.shifts.map(moved).join('\n');
      const group = seen.get(key) ?? {shifts: p.shifts.map(moved), times: p.shifts.map(() => []), sum: p.sum, count: 0};
      p.shifts.forEach((shift, i) => group.times[i].push(shift.startTime));
      group.count++;
      seen.set(key, group);
    }
    for (const {shifts, times, sum, count} of seen.values()) {
      after.push(`  ${id}: ${fmt(sum, 4)} in ${count} of ${loads} loads`, ...shifts.map((text, i) => `    at ${span(times[i])} ms ${text}`));
    }
  }
  if (after.length) after.unshift('', 'What moved (layout-shift probe; shift value at time since navigation: node in its widget or section, its visible box before → after in CSS px)');

  mkdirSync(join(root, 'bench/results'), {recursive: true});
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = `bench/results/host-page-${stamp}.json`;
  const raw = {lighthouse: lh, probe: probes};
  writeFileSync(join(root, file), `${JSON.stringify({date: new Date().toISOString(), chromium: await browser.version(), lighthouse: lh[0]?.lighthouse, runs, pages: ids,
    budgets, summary, checks, warnings, load, seconds: Math.round((Date.now() - started) / 1000), raw}, null, 2)}\n`);
  lines.push(`written: ${file} (${elapsed()})`);
  return {name: 'host-page', lines, checks, summary, raw, after};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(arg('runs') ?? 5);
  const pages = arg('pages')?.split(',');
  await runAlone((options) => benchHostPage({...options, pages, screenshots: arg('screenshots')}), {runs});
}
