// Shared by bench/map.mjs and bench/sdk.mjs: a loopback static server (127.0.0.1, port 0, headers
// per path, so a page can be served under the strict CSP), fresh-context visits, medians, and the
// check rows bench/run.mjs prints ({label, value, budget, unit, ok, context}).
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {extname, join, normalize, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** budgets.md: the policy a host sends (scripts/csp.mjs). */
export {STRICT_CSP} from '../scripts/csp.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.png': 'image/png',
};

/**
 * Serves `mounts` ([urlPrefix, dir] pairs), `routes` (path → {type, body}) and `dynamic(path)`
 * answers on 127.0.0.1.
 * `headers(path)` adds response headers (the CSP for a page).
 * `gzip: true` compresses text (gzip -9) when the request accepts it, as a CDN does: Lighthouse's
 * simulated network uses transfer sizes, so an uncompressed loopback response would overstate them.
 */
export async function startServer({mounts = [], routes = {}, dynamic = () => undefined, headers = () => ({}), gzip = false}) {
  // Compressed once per path, again only when the bytes change (a rebuild while the server runs).
  const compressed = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (type, body) => {
      let encoding = {};
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /^(text\/|application\/json)/.test(type)) {
        const raw = Buffer.from(body);
        let hit = compressed.get(path);
        if (!hit || !hit.raw.equals(raw)) compressed.set(path, hit = {raw, gz: gzipSync(raw, {level: 9})});
        body = hit.gz;
        encoding = {'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'};
      }
      response.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-store', ...encoding, ...headers(path)});
      response.end(body);
    };
    // Chromium asks for a favicon; an empty one keeps a 404 out of the console.
    const route = routes[path] ?? dynamic(path) ?? (path === '/favicon.ico' ? {type: 'image/x-icon', body: ''} : undefined);
    if (route) return send(route.type, route.body);
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir + sep)) break;
      try {
        return send(types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      } catch {
        break;
      }
    }
    response.writeHead(404).end();
    return undefined;
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done))};
}

/** Debian's Chromium, headless; `options` go to puppeteer.launch (bench/host-page.mjs adds `env`). */
export function launch(options = {}) {
  return puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    // --no-sandbox: Chromium refuses to start as root in this sandbox without it.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    ...options,
  });
}

/**
 * Opens `url` in a fresh browser context (cold caches), waits for `window.__result`, then runs
 * `after(page)`. Fails on page errors, console errors and requests to any other origin.
 */
export async function visit(browser, origin, url, after = async () => undefined) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({width: 1280, height: 900});
    await page.emulateTimezone('Europe/Oslo');
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) errors.push(`request to another origin: ${request.url()}`);
    });
    await page.goto(`${origin}${url}`);
    // A page error (a module that does not load) ends the wait at once instead of after the timeout.
    const failed = new Promise((_, reject) => page.once('pageerror', (error) => reject(new Error(`${url}: ${error}`))));
    await Promise.race([page.waitForFunction('window.__result', {timeout: 120_000, polling: 20}), failed]);
    const result = await page.evaluate('window.__result');
    if (result.error) throw new Error(`${url}: ${result.error}`);
    const more = await after(page);
    if (errors.length) throw new Error(`${url}: ${errors.join(' | ')}`);
    return {...result, ...more};
  } finally {
    await context.close();
  }
}

export function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

export function check(label, value, budget, unit, context) {
  return {label, value, budget, unit, ok: Number.isFinite(value) && value <= budget, context};
}

/** The budget lines bench/run.mjs prints, for a module run on its own. */
export function formatChecks(checks) {
  return checks.map((c) => {
    const value = c.unit === '×' ? `${fmt(c.value, 2)}×` : `${fmt(c.value, c.digits ?? (c.unit === 'MB' || c.unit === 'ms' && c.value < 10 ? 1 : 0))} ${c.unit}`.trim();
    const budget = c.budget === undefined ? '' : `budget ≤ ${c.budget}${c.unit === '×' ? '×' : ` ${c.unit}`}`;
    const verdict = c.budget === undefined ? '' : c.ok ? 'ok' : 'OVER';
    return `  ${c.label.padEnd(58)} ${value.padStart(9)}  ${budget.padEnd(18)} ${verdict.padEnd(4)}  ${c.context}`;
  });
}

/** Runs one bench module on its own (`node bench/map.mjs`): own browser, prints, exit code by budget. */
export async function runAlone(bench, {runs}) {
  const browser = await launch();
  let result;
  try {
    result = await bench({browser, runs, log: (line) => process.stdout.write(`${line}\n`)});
  } finally {
    await browser.close();
  }
  // `after`: lines a bench wants below its budgets (bench/host-page.mjs: what moved on the page).
  console.log([...result.lines, '', 'Budgets (budgets.md), ratios measured in this run', ...formatChecks(result.checks), ...(result.after ?? [])].join('\n'));
  process.exit(result.checks.every((c) => c.budget === undefined || c.ok) ? 0 : 1);
}
