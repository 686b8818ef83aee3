// R19 / T14: the build writes packages/elements/cdn/integrity.json, the SRI hash of every script
// a page may load from the CDN folder (the autoloader usht-kit.js, each element's file, the
// all-in-one usht-kit-all.js, the chunks, the iframe page's embed.js and the host's embed-resize.js). The README shows how to use them. `npm test`
// builds first; run `npm run build` before running this file alone.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join, posix} from 'node:path';
import {fileURLToPath} from 'node:url';

const cdn = fileURLToPath(new URL('../../packages/elements/cdn/', import.meta.url));
const file = join(cdn, 'integrity.json');

function integrity(): {algorithm: string; files: Record<string, string>} {
  assert.ok(existsSync(file), 'packages/elements/cdn/integrity.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(file, 'utf8'));
}

const sri = (path: string) => `sha384-${createHash('sha384').update(readFileSync(join(cdn, path))).digest('base64')}`;

/** Scripts a script loads: its static and dynamic imports of relative paths, followed through. */
function loads(entry: string): Set<string> {
  const found = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (found.has(at)) continue;
    found.add(at);
    const code = readFileSync(join(cdn, at), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(at), match[1]!)));
    }
  }
  return found;
}

test('integrity.json holds the sha384 SRI hash of every script in the cdn folder, and they match', () => {
  const {algorithm, files} = integrity();
  assert.equal(algorithm, 'sha384');
  const onDisk = (readdirSync(cdn, {recursive: true}) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.js'))
    .sort();
  assert.deepEqual(Object.keys(files).sort(), onDisk);
  for (const [path, hash] of Object.entries(files)) {
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/, path);
    assert.equal(hash, sri(path), `${path}: the hash does not match the built file`);
  }
});

test('every chunk usht-kit.js and embed.js may load is listed', () => {
  const {files} = integrity();
  const kit = loads('usht-kit.js');
  assert.ok([...kit].some((path) => path.startsWith('chunks/')), 'usht-kit.js loads chunks (the import scan works)');
  const embed = loads('embed.js');
  assert.ok(embed.has('usht-kit.js'), 'embed.js imports ./usht-kit.js');
  // The autoloader's own imports reach every element's file: each is there and listed too.
  for (const file of ['usht-provider.js', 'usht-priority-badge.js', 'usht-activity-calendar.js', 'usht-centre-map.js', 'usht-application-checklist.js', 'usht-activity-editor.js']) {
    assert.ok(kit.has(file), `usht-kit.js loads ${file} when its tag appears`);
  }
  assert.ok(files['usht-kit-all.js'], 'the all-in-one file is listed');
  for (const path of [...kit, ...embed, ...loads('usht-kit-all.js')]) {
    assert.ok(existsSync(join(cdn, path)), `${path} is imported but not built`);
    assert.ok(files[path], `${path} is missing from integrity.json`);
  }
});
