// Runs every suite (SDK in Node against a loopback server, elements in Chromium) and ends with one
// plain line "N passed, N failed" summing them, so a run that tested nothing is visible.
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {startPostgres} from './postgres.mjs';

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

// Elements and cross-element checks, in Chromium.
rmSync('.test-results/browser.json', {force: true});
const browser = await run('npx', ['web-test-runner']);
let browserCounts = {passed: 0, failed: 0};
try {
  browserCounts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
} catch {
  browserCounts = {passed: 0, failed: 1};
}
results.push({suite: 'elements (chromium)', passed: browserCounts.passed, failed: browserCounts.failed, code: browser.code});

let passed = 0;
let failed = 0;
for (const r of results) {
  // A runner that exits non-zero with no failure counted (a crash) still counts as one failure.
  const extra = r.code !== 0 && r.failed === 0 ? 1 : 0;
  console.log(`${r.suite}: ${r.passed} passed, ${r.failed + extra} failed`);
  passed += r.passed;
  failed += r.failed + extra;
}
if (passed === 0) failed += 1; // testing nothing is a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
