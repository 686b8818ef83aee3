// Dev-server pieces for the cross-element checks (test/stories, test/hostile, test/network,
// test/degradation):
//  - `/__usht/inventory.js`: a module listing every story file and every element define module
//    found on disk at request time, so the sweeps pick up each widget as it lands without a list
//    anyone has to keep up to date;
//  - `/__test/feed/<mode>/<token>`: loopback data sources that fail, hang past the timeout or
//    return invalid data until `/__test/heal/<token>` is requested, then serve a valid feed
//    (`/__test/status/<token>` tells how many requests came and how many are still open); and the
//    hostile feed (`/__test/feed/hostile`); `/__test/api/priority-areas`, a REST API with one
//    collection. Real HTTP over loopback, never a stubbed fetch. The
//    paths have no file extension: wtr marks every path with one as cacheable for a year, and a
//    cached 503 would make "try again" fail forever;
//  - a `usht-requests` command that records every request the browser page makes (the browser's own
//    view through Puppeteer, over CDP in Chromium and WebDriver BiDi in Firefox, so failed
//    requests, fonts and images count too). WebKit's driver has no such view: there the command
//    returns what the test server itself received (every request on the page's origin and the
//    loopback feed origin); the tests add the page's resource timing for the rest.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {createHash} from 'node:crypto';
import {hostileFeed} from '../hostile/hostile-feed.js';
import {STRICT_CSP} from '../../scripts/csp.mjs';

const skipDirs = new Set(['node_modules', 'out', 'dist', 'cdn', '.git', 'storybook-static']);

function walk(dir, accept, found = []) {
  let entries;
  try {
    entries = readdirSync(dir, {withFileTypes: true});
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) walk(path, accept, found);
    } else if (accept(entry.name, path)) {
      found.push(path);
    }
  }
  return found;
}

const toUrlPath = (rootDir, path) => relative(rootDir, path).split(sep).join('/');

/** Every story file and every element define module under the project, sorted for stable output. */
export function inventory(rootDir) {
  const stories = [
    ...walk(join(rootDir, 'packages/elements/src'), (name) => name.endsWith('.stories.ts')),
    ...walk(join(rootDir, 'stories'), (name) => name.endsWith('.stories.ts')),
  ].map((p) => toUrlPath(rootDir, p)).sort();
  const src = join(rootDir, 'packages/elements/src');
  const elements = [];
  for (const folder of readdirSync(src, {withFileTypes: true})) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(src, folder.name))) {
      const match = /^(usht-[a-z-]+)\.ts$/.exec(name);
      const path = join(src, folder.name, name);
      // A define module registers its tag (style.md §2); shared/usht-element.ts is the base class.
      if (match && statSync(path).isFile() && /\bdefineOnce\(|customElements\.define\(/.test(readFileSync(path, 'utf8'))) {
        elements.push({folder: folder.name, tag: match[1], file: toUrlPath(rootDir, join(src, folder.name, name))});
      }
    }
  }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));
  return {stories, elements};
}

/**
 * What Storybook's preview adds around every story: the CSS files it imports (canvas classes such
 * as a dark background or the 320 px column, which axe's contrast check depends on) and its global
 * decorators, read from `.storybook/preview.*` so the sweep renders a story as Storybook does.
 */
export function previewSetup(rootDir) {
  const dir = join(rootDir, '.storybook');
  const file = ['preview.js', 'preview.ts', 'preview.mjs'].map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) return {css: [], decorators: []};
  const source = readFileSync(file, 'utf8');
  const resolve = (spec) => toUrlPath(rootDir, join(dir, spec));
  const css = [...source.matchAll(/^import\s+['"]([^'"]+\.css)['"];?/gm)].map((m) => `/${resolve(m[1])}`);
  const imports = new Map();
  for (const m of source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/gm)) {
    for (const name of m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop()).filter(Boolean)) imports.set(name, m[2]);
  }
  const listed = /decorators\s*:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const decorators = listed.split(',').map((n) => n.trim()).filter((n) => imports.has(n)).map((name) => ({name, file: `/${resolve(imports.get(name))}`}));
  return {css, decorators};
}

function inventoryModule(rootDir) {
  const {stories, elements} = inventory(rootDir);
  const preview = previewSetup(rootDir);
  const lines = [
    '// Generated per request by test/helpers/cross-element-server.js from the files on disk.',
    'export const storyFiles = [',
    ...stories.map((file) => `  {file: ${JSON.stringify(file)}, load: () => import(${JSON.stringify(`/${file}`)})},`),
    '];',
    'export const elementModules = [',
    ...elements.map((e) => `  {folder: ${JSON.stringify(e.folder)}, tag: ${JSON.stringify(e.tag)}, file: ${JSON.stringify(e.file)}, load: () => import(${JSON.stringify(`/${e.file}`)})},`),
    '];',
    `export const previewCss = ${JSON.stringify(preview.css)};`,
    'export const previewDecorators = [',
    ...preview.decorators.map((d) => `  {name: ${JSON.stringify(d.name)}, load: () => import(${JSON.stringify(d.file)}).then((m) => m[${JSON.stringify(d.name)}])},`),
    '];',
  ];
  return lines.join('\n');
}

/** A feed that is valid and adds nothing: every collection falls back to the embedded, sourced data. */
const emptyFeed = {format: 'usht-feed', version: 1};

const healed = new Set();
/** Per token: requests seen and still open, so a test can heal a source only when nothing is in flight. */
const traffic = new Map();
/** Waits `ms`, or less if the client closes the connection (`req` is Node's IncomingMessage). */
const hang = (ms, req) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  req.once('close', () => {
    clearTimeout(timer);
    resolve();
  });
});

function sendJson(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * Koa middleware (listed in the wtr config's `middleware`, so it runs before the static server and
 * its ETag handling: each answer is fresh).
 */
const fontFile = /\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i;

/**
 * Requests the test server itself received while a WebKit session records (WebKitWebDriver gives
 * no view of the page's requests). Tests run one at a time (concurrency 1), so what arrives
 * between start and stop is that test's. Requests to other hosts never arrive here: in WebKit the
 * tests see those through the page's resource timing and the CSP's violation events instead.
 */
let serverSideRecording;
function recordAtServer(ctx) {
  const url = `${ctx.protocol}://${ctx.host}${ctx.originalUrl}`;
  serverSideRecording?.push({url, type: fontFile.test(ctx.path) ? 'font' : 'other', method: ctx.method});
}

/**
 * The README's import map with `integrity` for every chunk, under the strict policy plus the map's
 * own hash (README: an import map is an inline script). Modes: `checked` (the hashes of this
 * build), `unknown-field` (the same map under a field the browser does not know: what a browser
 * without import-map integrity reads), `tampered` (the embedded priority areas' chunks carry a
 * wrong hash, as if the CDN served other bytes).
 */
function importMapPage(ctx, mode) {
  const cdn = join(process.cwd(), 'packages/elements/cdn');
  const {files} = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
  const base = `${ctx.protocol}://${ctx.host}/__test/cdn/`;
  const wrong = `sha384-${Buffer.alloc(48).toString('base64')}`;
  const integrity = Object.fromEntries(Object.entries(files).filter(([file]) => file.startsWith('chunks/'))
    .map(([file, hash]) => [base + file, mode === 'tampered' && /^chunks\/data-priority-areas-/.test(file) ? wrong : hash]));
  const map = JSON.stringify({[mode === 'unknown-field' ? 'x-integrity' : 'integrity']: integrity});
  const mapHash = createHash('sha256').update(map).digest('base64');
  const policy = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${mapHash}'`);
  ctx.set('Content-Security-Policy', policy);
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Import map with integrity (${mode})</title>
<script src="/test/csp/record-violations.js"></script>
<script type="importmap">${map}</script>
<script type="module" src="/__test/cdn/usht-kit.js" integrity="${files['usht-kit.js']}" crossorigin="anonymous"></script>
</head>
<body>
<main>
<h1>Import map (${mode})</h1>
<usht-priority-badge area="demensplan-2025"></usht-priority-badge>
<usht-centre-map></usht-centre-map>
<usht-activity-calendar></usht-activity-calendar>
<usht-application-checklist year="2021"></usht-application-checklist>
</main>
</body>
</html>`;
  return undefined;
}

/** The first ```html block under "## Embed on a page" in README.md: the snippet a web team pastes. */
function readmeSnippet() {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Embed on a page')))?.[1];
  if (!block) throw new Error('README.md has no ```html block under "## Embed on a page"');
  return block;
}

const autoloadBodies = {
  'usht-priority-badge': '<usht-priority-badge area="demensplan-2025"></usht-priority-badge>',
  'usht-activity-calendar': '<usht-activity-calendar include-past></usht-activity-calendar>',
  'usht-centre-map': '<usht-centre-map></usht-centre-map>',
  'usht-application-checklist': '<usht-application-checklist year="2021" centre="hordaland"></usht-application-checklist>',
};

/**
 * A plain municipal page with the README's snippet as a web team pastes it, the kit loaded from
 * the built cdn folder byte for byte (`/__test/cdn/`), for the autoloader tests
 * (test/autoload/autoload.test.ts). Cases: `readme` (the whole snippet), `only/<tag>` (the
 * snippet's script and style with one widget), `twice` (the snippet with a second copy of the kit
 * from another path, as a second widget's script tag would bring it), `late-provider`,
 * `map-missing`, `map-above-calendar`.
 * Before the kit runs, a classic script at the end of the page notes where everything is in the
 * first layout, and counts `customElements.define` calls per tag.
 */
function autoloadPage(ctx, kind, tag) {
  const snippet = readmeSnippet().replaceAll('https://YOUR-CDN/usht-kit/', '/__test/cdn/');
  const script = /<script[^>]*><\/script>/.exec(snippet)?.[0] ?? '';
  const style = /<style>[\s\S]*?<\/style>/.exec(snippet)?.[0] ?? '';
  let body;
  if (kind === 'readme') body = snippet;
  else if (kind === 'twice') body = `${snippet}\n${script.replace('/__test/cdn/', '/__test/cdn-copy/')}`;
  // The provider's file arrives 1.5 s after every other (`/__test/cdn-slow-provider/`): the badge
  // inside it is defined long before it. Its REST API marks every name "(API)".
  else if (kind === 'late-provider') body = `${script.replace('/__test/cdn/', '/__test/cdn-slow-provider/')}${style}<usht-provider base-url="/__test/api"><usht-priority-badge area="demensplan-2025"></usht-priority-badge></usht-provider>`;
  // The map's file cannot be loaded (`/__test/cdn-no-map/` answers 404 for it), the badge's can.
  else if (kind === 'map-missing') body = `${script.replace('/__test/cdn/', '/__test/cdn-no-map/')}${style}<usht-priority-badge area="demensplan-2025"></usht-priority-badge><usht-centre-map><a href="https://www.utviklingssenter.no">Utviklingssentrene for sykehjem og hjemmetjenester</a></usht-centre-map>`;
  else if (kind === 'map-above-calendar') body = `${script}${style}<usht-centre-map></usht-centre-map><usht-activity-calendar include-past></usht-activity-calendar>`;
  else if (kind === 'only' && Object.hasOwn(autoloadBodies, tag)) body = `${script}${style}${autoloadBodies[tag]}`;
  else return undefined;
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Helse og omsorg (${kind})</title>
<style>body { margin: 0 auto; max-width: 40rem; padding: 0 1rem; font: 1rem/1.5 system-ui, sans-serif; }</style>
<script>
  window.__defines = [];
  window.__warnings = [];
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    window.__defines.push(name);
    return define.call(this, name, ...rest);
  };
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => {
      window.__warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  window.addEventListener('error', (event) => window.__warnings.push(String(event.message)));
  window.__shifts = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({value: entry.value, sources: entry.sources.map((s) => s.node?.nodeName ?? '?')});
    }).observe({type: 'layout-shift', buffered: true});
  }
</script>
</head>
<body>
<main>
<h1>Helse og omsorg</h1>
<p>Kommunen samarbeider med utviklingssenteret for sykehjem og hjemmetjenester i fylket om fagutvikling, nettverk og kurs.</p>
${body}
<section id="contact"><h2>Kontakt</h2><p>Servicetorget, telefon 12 34 56 78.</p></section>
</main>
<script>
  // Classic and last: runs before the kit (a module script waits for the parser), in the first layout.
  window.__first = [...document.querySelectorAll('usht-priority-badge, usht-activity-calendar, usht-centre-map, usht-application-checklist, #contact')]
    .map((el) => ({name: el.id || el.localName, top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height}));
</script>
</body>
</html>`;
  return undefined;
}

export const crossElementMiddleware = [
  async function requestRecorder(ctx, next) {
    recordAtServer(ctx);
    return next();
  },
  async function feedRoutes(ctx, next) {
    if (!ctx.path.startsWith('/__test/')) return next();
    // Cross-origin data source in the network test: the page is on localhost, the feed on 127.0.0.1.
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path.startsWith('/__test/sentinel/')) {
      ctx.status = 204;
      return undefined;
    }
    const status = /^\/__test\/status\/([\w-]+)$/.exec(ctx.path);
    if (status) return sendJson(ctx, 200, traffic.get(status[1]) ?? {count: 0, open: 0});
    const heal = /^\/__test\/heal\/([\w-]+)$/.exec(ctx.path);
    if (heal) {
      healed.add(heal[1]);
      ctx.status = 204;
      return undefined;
    }
    const importMap = /^\/__test\/import-map\/(checked|unknown-field|tampered)$/.exec(ctx.path);
    if (importMap) return importMapPage(ctx, importMap[1]);
    const autoload = /^\/__test\/autoload\/(readme|twice|late-provider|map-missing|map-above-calendar|only)(?:\/(usht-[a-z-]+))?$/.exec(ctx.path);
    if (autoload) {
      autoloadPage(ctx, autoload[1], autoload[2]);
      return ctx.body === undefined ? next() : undefined;
    }
    // The built CDN files byte for byte, as a CDN serves them: the dev server rewrites the scripts
    // it serves (imports, source maps), so under /packages/ no hash in integrity.json would match.
    // `/__test/cdn-copy/`: the same files under another path, so the browser holds a second copy
    // of every module (two script tags of the kit from two places).
    const cdnFile = /^\/__test\/cdn(-copy|-slow-provider|-no-map)?\/((?:chunks\/)?[\w.-]+\.js)$/.exec(ctx.path);
    if (cdnFile?.[1] === '-no-map' && cdnFile[2] === 'usht-centre-map.js') {
      ctx.status = 404;
      return undefined;
    }
    if (cdnFile) {
      const path = join(process.cwd(), 'packages/elements/cdn', cdnFile[2]);
      if (cdnFile[1] === '-slow-provider' && cdnFile[2] === 'usht-provider.js') await new Promise((resolve) => setTimeout(resolve, 1500));
      if (!existsSync(path)) return next();
      ctx.type = 'js';
      ctx.body = readFileSync(path);
      return undefined;
    }
    // A USHT REST API (the SDK's http source, `<usht-provider base-url>`) with one collection: the
    // embedded priority areas, each name marked "(API)" so a test can tell them from the embedded data.
    if (ctx.path === '/__test/api/priority-areas') {
      const {default: areas} = await import('../../packages/sdk/dist/data/priority-areas.js');
      return sendJson(ctx, 200, {items: areas.map((area) => ({...area, name: `${area.name} (API)`}))});
    }
    if (ctx.path === '/__test/feed/hostile') {
      return sendJson(ctx, 200, hostileFeed(ctx.query.today ? String(ctx.query.today) : undefined));
    }
    const feed = /^\/__test\/feed\/([a-z-]+)(?:\/([\w-]+))?$/.exec(ctx.path);
    if (!feed) return next();
    const [, mode, token] = feed;
    if (token) {
      const seen = traffic.get(token) ?? {count: 0, open: 0};
      traffic.set(token, {count: seen.count + 1, open: seen.open + 1});
      ctx.res.once('close', () => {
        const now = traffic.get(token);
        traffic.set(token, {...now, open: now.open - 1});
      });
    }
    if (mode === 'ok' || (token && healed.has(token))) return sendJson(ctx, 200, emptyFeed);
    switch (mode) {
      case 'failing':
        return sendJson(ctx, 503, {error: 'Service Unavailable (test route)'});
      case 'slow':
        // Longer than any timeout a test sets; ends early when the browser gives up on the request.
        await hang(30_000, ctx.req);
        // The browser gave up (its timeout): nobody reads this answer, but koa must not log a 404.
        if (ctx.req.destroyed) ctx.status = 204;
        else sendJson(ctx, 200, emptyFeed);
        return undefined;
      case 'invalid':
        return sendJson(ctx, 200, {format: 'not-a-usht-feed', version: 99, activities: 'none'});
      case 'not-json':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '<html>Not JSON</html>';
        return undefined;
      default:
        return next();
    }
  },
];

/**
 * Chromium's resource type ('fetch', 'script', 'font' …). Puppeteer over WebDriver BiDi (Firefox)
 * has none and throws UnsupportedOperation; there a font is known by its file name, and every
 * other request is 'other' (the origin checks, which matter most, do not depend on the type).
 */
function resourceType(request) {
  try {
    return request.resourceType();
  } catch {
    return fontFile.test(request.url()) ? 'font' : 'other';
  }
}

/** Requests recorded per browser session while a test has `usht-requests` started. */
const recordings = new Map();

export const crossElementPlugins = [
  {
    name: 'usht-inventory',
    serverStart({config}) {
      this.rootDir = config.rootDir;
    },
    serve(context) {
      if (context.path === '/__usht/inventory.js') {
        return {body: inventoryModule(this.rootDir ?? process.cwd()), type: 'js'};
      }
      return undefined;
    },
  },
  {
    name: 'usht-requests',
    async executeCommand({command, payload, session}) {
      if (command !== 'usht-requests') return undefined;
      const page = session.browser.getPage?.(session.id);
      const action = payload?.action;
      if (!page || typeof page.on !== 'function') {
        if (action === 'start') serverSideRecording = [];
        const requests = serverSideRecording ?? [];
        if (action === 'stop') serverSideRecording = undefined;
        return action === 'start' ? true : requests.filter((r) => !payload?.sentinel || !r.url.endsWith(payload.sentinel));
      }
      if (action === 'start') {
        recordings.get(session.id)?.stop();
        const requests = [];
        const listener = (request) => requests.push({url: request.url(), type: resourceType(request), method: request.method()});
        page.on('request', listener);
        recordings.set(session.id, {requests, stop: () => page.off('request', listener)});
        return true;
      }
      if (action === 'stop') {
        const recording = recordings.get(session.id);
        recordings.delete(session.id);
        if (!recording) return [];
        // Chromium reports requests over its own channel, which may lag this command: the page
        // fetched `sentinel` last, so once it is seen every earlier request is in too.
        const sentinel = payload?.sentinel;
        for (let waited = 0; sentinel && waited < 5000 && !recording.requests.some((r) => r.url.endsWith(sentinel)); waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        recording.stop();
        return recording.requests.filter((r) => !sentinel || !r.url.endsWith(sentinel));
      }
      throw new Error(`usht-requests: unknown action ${String(action)}`);
    },
  },
];
