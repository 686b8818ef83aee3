// custom-elements.json is what Storybook's docs and editors' completions read (style.md §11). It is
// a build output (`npm test` builds first): these checks hold what the analyzer makes of our JSDoc.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = join(root, 'packages/elements/custom-elements.json');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  events?: {name?: string; type?: {text?: string}; description?: string}[];
  attributes?: {name: string}[];
}

function elements(): Declaration[] {
  assert.ok(existsSync(file), 'packages/elements/custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {modules: {declarations?: Declaration[]}[]};
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

test('the manifest lists every element with a summary', () => {
  const tags = elements().map((d) => d.tagName).sort();
  assert.deepEqual(tags, [
    'usht-activity-calendar', 'usht-activity-editor', 'usht-application-checklist', 'usht-centre-map', 'usht-priority-badge', 'usht-priority-badges', 'usht-provider',
  ]);
  for (const d of elements()) assert.ok(d.summary, `${d.tagName} has no @summary`);
});

test('the manifest lists only the events the elements fire, each with its class and a description', () => {
  const events = Object.fromEntries(elements().map((d) => [d.tagName, (d.events ?? []).map((e) => `${e.name}: ${e.type?.text}`)]));
  assert.deepEqual(events, {
    'usht-activity-calendar': ['usht-filter-change: UshtFilterChangeEvent'],
    'usht-activity-editor': ['usht-feed-change: UshtFeedChangeEvent'],
    'usht-application-checklist': ['usht-checklist-change: UshtChecklistChangeEvent'],
    'usht-centre-map': ['usht-centre-select: UshtCentreSelectEvent'],
    'usht-priority-badge': [],
    'usht-priority-badges': [],
    'usht-provider': [],
  });
  for (const d of elements()) for (const e of d.events ?? []) assert.ok(e.description, `${d.tagName} ${e.name} has no description`);
});

test('the attributes the README and stories use are in the manifest', () => {
  const attributes = (tag: string) => elements().find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
  assert.ok(attributes('usht-priority-badge').includes('area'));
  assert.ok(attributes('usht-centre-map').includes('municipality'));
  assert.ok(attributes('usht-centre-map').includes('selected'));
  for (const name of ['centre', 'priority-area', 'from', 'to', 'view']) assert.ok(attributes('usht-activity-calendar').includes(name), name);
  for (const name of ['year', 'storage']) assert.ok(attributes('usht-application-checklist').includes(name), name);
});

test('the manifest names, for every tag, the CDN file that defines it, and describes the autoloader', () => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {modules: {path: string; summary?: string}[]};
  const summaries = new Map(manifest.modules.map((m) => [m.path, m.summary ?? '']));
  assert.match(summaries.get('packages/elements/src/autoloader.ts') ?? '', /^usht-kit\.js on the CDN: the autoloader\./);
  const files: Record<string, string> = {};
  for (const [path, summary] of summaries) {
    const cdn = /CDN file: (usht-[a-z-]+\.js)/.exec(summary)?.[1];
    if (!cdn) continue;
    for (const [, tag] of summary.matchAll(/<(usht-[a-z-]+)>/g)) files[tag!] = `${cdn} (${path.split('/').at(-1)})`;
  }
  assert.deepEqual(files, {
    'usht-activity-calendar': 'usht-activity-calendar.js (usht-activity-calendar.ts)',
    'usht-activity-editor': 'usht-activity-editor.js (usht-activity-editor.ts)',
    'usht-application-checklist': 'usht-application-checklist.js (usht-application-checklist.ts)',
    'usht-centre-map': 'usht-centre-map.js (usht-centre-map.ts)',
    'usht-priority-badge': 'usht-priority-badge.js (usht-priority-badge.ts)',
    'usht-priority-badges': 'usht-priority-badge.js (usht-priority-badge.ts)',
    'usht-provider': 'usht-provider.js (usht-provider.ts)',
  });
});
