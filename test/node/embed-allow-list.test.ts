// The iframe fallback page (R21) creates only allow-listed elements with allow-listed attributes
// (packages/elements/src/embed/embed-allow-list.ts). These checks hold the list to the elements'
// public attributes in custom-elements.json: nothing allowed that the element does not document,
// and no public attribute left out without a stated reason. Needs `npm run build` (the manifest).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  embedLocales,
  embedStrings,
  embeddableElements,
  pageParameters,
  withheldAttributes,
  withheldElements,
} from '../../packages/elements/src/embed/embed-allow-list.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: {name: string; type?: {text?: string}}[];
}

function manifest(): Map<string, Declaration> {
  const file = join(root, 'packages/elements/custom-elements.json');
  assert.ok(existsSync(file), 'packages/elements/custom-elements.json is missing: run `npm run build` first');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {modules: {declarations?: Declaration[]}[]};
  return new Map(parsed.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
}

test('every public element is embeddable or withheld with a reason, never both', () => {
  const tags = [...manifest().keys()].sort();
  const listed = [...Object.keys(embeddableElements), ...Object.keys(withheldElements)].sort();
  assert.deepEqual(listed, tags);
  for (const [tag, why] of Object.entries(withheldElements)) assert.ok(why.length > 20, `${tag}: say why it is withheld`);
});

test('each embeddable element takes only its public attributes, and every other one is withheld with a reason', () => {
  const declarations = manifest();
  for (const [tag, spec] of Object.entries(embeddableElements)) {
    const publicAttributes = (declarations.get(tag)?.attributes ?? []).map((a) => a.name);
    for (const name of spec.attributes) assert.ok(publicAttributes.includes(name), `${tag}: "${name}" is not a public attribute`);
    const unaccounted = publicAttributes.filter((name) => !spec.attributes.includes(name) && !Object.hasOwn(withheldAttributes, name));
    assert.deepEqual(unaccounted, [], `${tag}: public attributes neither allowed nor withheld`);
    for (const name of spec.booleans ?? []) {
      const type = declarations.get(tag)?.attributes?.find((a) => a.name === name)?.type?.text;
      assert.ok(spec.attributes.includes(name) && type === 'boolean', `${tag}: "${name}" is a boolean attribute`);
    }
    for (const name of Object.keys(spec.values ?? {})) assert.ok(spec.attributes.includes(name), `${tag}: values for an allowed attribute`);
    for (const name of spec.attributes) {
      assert.ok(!(pageParameters as readonly string[]).includes(name), `${tag}: "${name}" is a page parameter`);
      assert.match(name, /^[a-z][a-z0-9-]*$/);
    }
  }
});

test('the page has a title per element and every message in nb, nn and en', () => {
  for (const locale of embedLocales) {
    for (const [tag, spec] of Object.entries(embeddableElements)) assert.ok(spec.title[locale]?.trim(), `${tag}: title in ${locale}`);
    for (const [key, text] of Object.entries(embedStrings[locale])) assert.ok(text.trim(), `${locale}.${key}`);
  }
});

test('the built embed.html is the source page, next to its script and stylesheet', () => {
  const cdn = join(root, 'packages/elements/cdn');
  assert.ok(existsSync(join(cdn, 'embed.html')), 'cdn/embed.html is missing: run `npm run build` first');
  assert.equal(readFileSync(join(cdn, 'embed.html'), 'utf8'), readFileSync(join(root, 'packages/elements/src/embed/embed.html'), 'utf8'));
  for (const file of ['embed.js', 'embed.css', 'embed-resize.js']) assert.ok(existsSync(join(cdn, file)), `cdn/${file}`);
  assert.match(readFileSync(join(cdn, 'embed.js'), 'utf8'), /from\s*["']\.\/usht-kit\.js["']/, 'embed.js loads the kit beside it');
});
