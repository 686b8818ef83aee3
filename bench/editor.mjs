// <usht-activity-editor> with 1,000 activities loaded (issue 11: a keystroke in the form to the
// updated validation ≤ 16 ms, one frame). The editor is the built CDN file a coordinators' page
// loads, on a page served with the strict CSP; each visit is a fresh context. Per visit: the median
// of 60 keystrokes after 10 warm-up ones, from the input event until the element has updated and
// the browser has laid out the result (the work a frame must hold; the wait for the next vsync,
// up to 16.7 ms whatever the work, is printed beside it); the run's figure is the median over the visits. The write that keeps 1,000 activities
// in the browser (after typing pauses) is printed beside it: it is never on a keystroke.
//
// `node bench/editor.mjs [--runs=N]` runs it alone; bench/run.mjs runs it with the others.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {STRICT_CSP, check, fmt, median, runAlone, startServer, visit} from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const budgets = {keystrokeMs: 16};
const N = 1000;

export async function benchEditor({browser, runs = 7, log = () => undefined}) {
  const built = join(root, 'packages/elements/cdn/usht-activity-editor.js');
  if (!existsSync(built)) throw new Error(`bench editor: ${built} is missing; run \`npm run build\` first`);
  const server = await startServer({
    mounts: [
      ['/bench/', join(root, 'bench/pages')],
      ['/cdn/', join(root, 'packages/elements/cdn')],
      ['/out/', join(root, 'packages/elements/out')],
    ],
    headers: (path) => (path.endsWith('.html') ? {'Content-Security-Policy': STRICT_CSP} : {}),
  });
  const raw = [];
  try {
    log(`bench editor: keystrokes with ${N} activities loaded, ${runs} fresh contexts under the strict CSP`);
    for (let round = 1; round <= runs; round++) raw.push(await visit(browser, server.origin, `/bench/editor-bench.html?n=${N}`));
  } finally {
    await server.close();
  }
  const keystroke = median(raw.map((r) => median(r.keystrokes)));
  const worst = median(raw.map((r) => Math.max(...r.keystrokes)));
  const store = median(raw.map((r) => r.store));
  const toFrame = median(raw.map((r) => median(r.toFrame)));
  const violations = raw.flatMap((r) => r.violations);
  const lines = [
    '',
    `Activity editor: a keystroke in the form with ${N.toLocaleString('en')} activities loaded, medians of ${runs} fresh contexts`,
    `  keystroke → updated validation, laid out: ${fmt(keystroke, 1)} ms (slowest of 60, median over visits: ${fmt(worst, 1)} ms; to the next frame: ${fmt(toFrame, 1)} ms)`,
    `  keeping ${N.toLocaleString('en')} activities in the browser (after typing pauses): ${fmt(store, 1)} ms`,
  ];
  const checks = [
    check(`Editor: keystroke to updated validation, ${N} activities (ms)`, keystroke, budgets.keystrokeMs, 'ms', `slowest ${fmt(worst, 1)} ms; storing ${fmt(store, 1)} ms after a pause`),
    check('Editor: CSP / Trusted Types violations on the strict page', violations.length, 0, '', violations.slice(0, 3).join('; ') || 'none'),
  ];
  return {name: 'editor', lines, checks, summary: {keystroke, worst, toFrame, store, violations: violations.length}, raw};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  await runAlone(benchEditor, {runs});
}
