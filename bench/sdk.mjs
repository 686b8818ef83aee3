// SDK validation of 10,000 activities (budgets.md: ≤ 32 ms steady, ≤ 120 ms cold in Chromium under
// the strict CSP; performance-anchors.md §4.2: ≤ 40 ms in Node 20). In Chromium the page is served
// with the strict CSP, so zod runs as it will on a strict host page, and any CSP or Trusted Types
// violation fails the run. Each visit is a fresh context: its first pass is the cold one.
//
// `node bench/sdk.mjs [--runs=N]` runs it alone; bench/run.mjs runs it after the calendar.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {STRICT_CSP, check, fmt, median, runAlone, startServer, visit} from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const budgets = {steadyMs: 32, coldMs: 120, nodeMs: 40};
const N = 10_000;

/** The same passes in Node (a separate measure; the budget there is looser). */
async function inNode() {
  const {activitySchema, parseCollection} = await import('@usht/sdk');
  const {sampleActivities} = await import(pathToFileURL(join(root, 'packages/elements/out/activity-calendar/sample-activities.js')).href);
  const items = JSON.parse(JSON.stringify(sampleActivities(N, {seed: 42, start: '2026-08-31', days: 42})));
  const pass = () => {
    const t = performance.now();
    const {items: valid} = parseCollection(activitySchema, items, {where: 'bench', collection: 'activities'});
    if (valid.length !== N) throw new Error(`bench sdk: ${N - valid.length} sample activities failed validation in Node`);
    return performance.now() - t;
  };
  const cold = pass();
  for (let i = 0; i < 5; i++) pass();
  return {cold, steady: median(Array.from({length: 30}, pass))};
}

export async function benchSdk({browser, runs = 7, log = () => undefined}) {
  const node = await inNode();
  // The SDK's browser entry as a host's bundler would ship it (built package, zod/mini), minified.
  const buildDir = mkdtempSync(join(tmpdir(), 'usht-bench-sdk-'));
  await build({
    stdin: {contents: "export {activitySchema, parseCollection} from '@usht/sdk';", resolveDir: root, loader: 'js'},
    bundle: true, format: 'esm', minify: true, platform: 'browser', target: 'es2022', outfile: join(buildDir, 'sdk.js'), logLevel: 'error',
  });
  const server = await startServer({
    mounts: [
      ['/bench/', join(root, 'bench/pages')],
      ['/build/', buildDir],
      ['/out/', join(root, 'packages/elements/out')],
    ],
    headers: (path) => (path.endsWith('.html') ? {'Content-Security-Policy': STRICT_CSP} : {}),
  });
  const raw = [];
  try {
    log(`bench sdk: validate ${N} activities, ${runs} fresh contexts under the strict CSP`);
    for (let round = 1; round <= runs; round++) {
      raw.push(await visit(browser, server.origin, `/bench/sdk-bench.html?n=${N}`));
    }
  } finally {
    await server.close();
    rmSync(buildDir, {recursive: true, force: true});
  }
  const cold = median(raw.map((r) => r.cold));
  const steady = median(raw.map((r) => median(r.steady)));
  const violations = raw.flatMap((r) => r.violations);
  const summary = {cold, steady, violations: violations.length, node};
  const lines = [
    '',
    `SDK: validate ${N.toLocaleString('en')} activities (parseCollection, zod/mini), medians of ${runs} fresh contexts`,
    `  Chromium, strict CSP: cold ${fmt(cold, 1)} ms, steady ${fmt(steady, 1)} ms, CSP/Trusted Types violations ${violations.length}`,
    `  Node ${process.versions.node}: cold ${fmt(node.cold, 1)} ms, steady ${fmt(node.steady, 1)} ms`,
  ];
  const checks = [
    check(`SDK: validate ${N} activities, steady, strict CSP (ms)`, steady, budgets.steadyMs, 'ms', `median of 20 passes per context after 5 warm-up`),
    check(`SDK: validate ${N} activities, cold, strict CSP (ms)`, cold, budgets.coldMs, 'ms', 'first pass in a fresh context'),
    check(`SDK: validate ${N} activities in Node 20 (ms)`, node.steady, budgets.nodeMs, 'ms', `cold ${fmt(node.cold, 1)} ms`),
    check('SDK: CSP / Trusted Types violations on the strict page', violations.length, 0, '', violations.slice(0, 3).join('; ') || 'none'),
  ];
  return {name: 'sdk', lines, checks, summary, raw};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  await runAlone(benchSdk, {runs});
}
