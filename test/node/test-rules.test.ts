// Browser tests skip only through test/helpers/engine.ts (itInChromium, itExceptIn, itOnlyIn),
// whose callers name the engine and the reason in the test's title; and nothing is left `.only`.
// A bare `it.skip` or `this.skip()` would hide a test silently in every engine.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const forbidden = /\b(?:it|describe|context|specify)\.(?:skip|only)\b|\bthis\.skip\(\)/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    // test/node holds Node tests (this file among them), not browser tests.
    if (entry.isDirectory()) return entry.name === 'node_modules' || path === join(root, 'test/node') ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('no browser test skips or narrows the run except through test/helpers/engine.ts', () => {
  const files = [...testFiles(join(root, 'test')), ...testFiles(join(root, 'packages/elements/src'))];
  assert.ok(files.length > 20, `found only ${files.length} test files`);
  const found = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')
    .map((line, i) => (forbidden.test(line) ? `${relative(root, file)}:${i + 1}: ${line.trim()}` : ''))
    .filter(Boolean));
  assert.deepEqual(found, []);
});

test('the check catches it.skip, describe.only and this.skip()', () => {
  for (const line of ["it.skip('x', () => {});", "describe.only('x', () => {});", 'if (x) this.skip();']) assert.ok(forbidden.test(line), line);
  for (const line of ["itInChromium('x (Chromium only: …)', async () => {});", 'const skipped = 1;']) assert.ok(!forbidden.test(line), line);
});
