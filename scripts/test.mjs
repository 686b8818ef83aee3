// Runs every suite (SDK in Node against a loopback server, elements in Chromium, Firefox and WebKit) and ends with one
// plain line "N passed, N failed" summing them, so a run that tested nothing is visible.
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {startPostgres} from './postgres.mjs';
import {startWebKitDriver} from './webkit-driver.mjs';

function run(command, args, {capture = false, env = process.env} = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', shell: false, env});
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({code: code ?? 1, output}));
  });
}

const results = [];

// Node 20's `node --test` takes no glob patterns ("Could not find '…/**/*.test.ts'"): list the files.
const testFiles = (dir) => readdirSync(dir, {recursive: true})
  .filter((f) => String(f).endsWith('.test.ts')).map((f) => join(dir, String(f))).sort();

// SDK and static source checks, in Node: spec reporter ends with "ℹ pass N" / "ℹ fail N".
const nodeTests = [...testFiles('packages/sdk/test'), ...testFiles('packages/elements/test-node'), ...testFiles('test/node')];
async function nodeSuite(suite, files, env) {
  const result = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {capture: true, env});
  const count = (label) => Number((result.output.match(new RegExp(`(?:ℹ|#) ${label} (\\d+)`)) ?? [])[1] ?? 0);
  results.push({suite, passed: count('pass'), failed: count('fail'), code: result.code});
}
await nodeSuite('sdk (node)', nodeTests, process.env);

// The reference server, on both stores it supports: PGlite (the embedded default), then a real
// PostgreSQL that this run starts in a temporary directory on a loopback port and removes after.
const serverTests = testFiles('packages/server/test');
await nodeSuite('server (pglite)', serverTests, {...process.env, USHT_TEST_DATABASE_URL: ''});
let postgres;
try {
  postgres = await startPostgres();
} catch (error) {
  console.error(`PostgreSQL could not be started: ${error.message}`);
  results.push({suite: 'server (postgresql)', passed: 0, failed: 1, code: 1});
}
if (postgres) {
  try {
    await nodeSuite('server (postgresql)', serverTests, {...process.env, USHT_TEST_DATABASE_URL: postgres.url});
  } finally {
    postgres.stop();
  }
}

// Elements and cross-element checks, in each engine Debian ships (web-test-runner.config.js):
// Chromium, Firefox and WebKit, one after another (two cores; one browser at a time). USHT_ENGINES
// picks some of them, e.g. USHT_ENGINES=chromium for a quick run.
const engines = (process.env.USHT_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
for (const engine of engines) {
  const counts = `.test-results/browser-${engine}.json`;
  rmSync(counts, {force: true});
  const env = {...process.env, USHT_BROWSER: engine};
  let webkit;
  if (engine === 'webkit') {
    try {
      webkit = await startWebKitDriver();
      Object.assign(env, {WEBKIT_DRIVER_PORT: String(webkit.port), WEBKIT_BROWSER_PATH: webkit.browserPath});
    } catch (error) {
      console.error(`WebKit could not be started: ${error.message}`);
      results.push({suite: `elements (${engine})`, passed: 0, failed: 1, code: 1});
      continue;
    }
  }
  let browser;
  try {
    browser = await run('npx', ['web-test-runner'], {env});
  } finally {
    webkit?.stop();
  }
  let browserCounts;
  try {
    browserCounts = JSON.parse(readFileSync(counts, 'utf8'));
  } catch {
    browserCounts = {passed: 0, failed: 1, skipped: 0};
  }
  results.push({suite: `elements (${engine})`, passed: browserCounts.passed, failed: browserCounts.failed, skipped: browserCounts.skipped, code: browser.code});
}

let passed = 0;
let failed = 0;
for (const r of results) {
  // A runner that exits non-zero with no failure counted (a crash) still counts as one failure.
  const extra = r.code !== 0 && r.failed === 0 ? 1 : 0;
  const skipped = r.skipped ? ` (${r.skipped} skipped, each saying why in its name)` : '';
  console.log(`${r.suite}: ${r.passed} passed, ${r.failed + extra} failed${skipped}`);
  passed += r.passed;
  failed += r.failed + extra;
}
if (passed === 0) failed += 1; // testing nothing is a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
