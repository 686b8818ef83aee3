// The autoloader (packages/elements/src/autoloader.ts, cdn/usht-kit.js) must know every tag an
// element defines, and each element must have a CDN file of its own (rollup.config.js): a new
// element that is missing from either would never load from the README's script tag.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {elementEntries} from '../../scripts/element-entries.js';

const src = fileURLToPath(new URL('../../packages/elements/src/', import.meta.url));

/** Every tag a define module registers, with the module's path under src/ (without .ts). */
function definedTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const folder of readdirSync(src, {withFileTypes: true})) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(src, folder.name))) {
      if (!/^usht-[a-z-]+\.ts$/.test(name)) continue;
      const code = readFileSync(join(src, folder.name, name), 'utf8');
      for (const [, tag] of code.matchAll(/defineOnce\('([a-z-]+)'/g)) tags.set(tag!, `${folder.name}/${name.slice(0, -3)}`);
    }
  }
  return tags;
}

test('the autoloader imports, for every tag an element defines, the module that defines it', () => {
  const code = readFileSync(join(src, 'autoloader.ts'), 'utf8');
  const loaded = new Map([...code.matchAll(/'(usht-[a-z-]+)': \(\) => import\('\.\/([\w/-]+)\.js'\)/g)].map((m) => [m[1]!, m[2]!]));
  const defined = definedTags();
  assert.ok(defined.size >= 7, `found the define modules (${defined.size})`);
  assert.deepEqual(new Map([...loaded].sort()), new Map([...defined].sort()));
});

test('every define module is an entry of its own in the CDN folder, named after its tag', () => {
  const modules = new Set(definedTags().values());
  assert.deepEqual(new Set(Object.values(elementEntries)), modules);
  for (const [file, path] of Object.entries(elementEntries)) assert.equal(file, path.split('/')[1], `${path} → cdn/${file}.js`);
});
