// docs/accessibility.md is what hosts copy into their accessibility statement (R2, T17): every
// element on disk must have a table in Norwegian and in English, every WCAG 2.1 A/AA criterion a
// status, and every "met" a way it is checked. A new widget without its table fails here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/accessibility.md'), 'utf8');

/** WCAG 2.1 success criteria at levels A and AA. */
const criteria = [
  '1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.4.1', '1.4.2',
  '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1',
  '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.4.5', '2.4.6', '2.4.7', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.1.2',
  '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1', '3.3.2', '3.3.3', '3.3.4', '4.1.1', '4.1.2', '4.1.3',
];

const languages = [
  {section: /^## Norsk/m, statuses: {met: 'Oppfylt', others: ['Ikke aktuelt', 'Vertens ansvar']}},
  {section: /^## English/m, statuses: {met: 'Met', others: ['Not applicable', "Host's responsibility"]}},
] as const;

/** Tags of the widgets whose define module is on disk (the provider is the wrapper, not a widget). */
function widgetTags(): string[] {
  const src = join(root, 'packages/elements/src');
  const tags: string[] = [];
  for (const folder of readdirSync(src, {withFileTypes: true})) {
    if (!folder.isDirectory() || folder.name === 'provider') continue;
    for (const name of readdirSync(join(src, folder.name))) {
      const match = /^(usht-[a-z-]+)\.ts$/.exec(name);
      if (match && /\bdefineOnce\(/.test(readFileSync(join(src, folder.name, name), 'utf8'))) tags.push(match[1]!);
    }
  }
  return tags.sort();
}

function sectionOf(pattern: RegExp): string {
  const start = doc.search(pattern);
  assert.ok(start >= 0, `docs/accessibility.md has no section ${pattern}`);
  const next = doc.slice(start + 3).search(/^## /m);
  return next < 0 ? doc.slice(start) : doc.slice(start, start + 3 + next);
}

/** The table under the `###` heading that names `tag`, as rows of cells. */
function tableFor(section: string, tag: string): string[][] | undefined {
  const headings = [...section.matchAll(/^### .*$/gm)];
  const index = headings.findIndex((h) => h[0].includes(`<${tag}>`));
  if (index < 0) return undefined;
  const from = headings[index]!.index!;
  const to = headings[index + 1]?.index ?? section.length;
  return section.slice(from, to).split('\n')
    .filter((line) => /^\|\s*\d+\.\d+\.\d+/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

test('finds the widgets to document', () => {
  assert.ok(widgetTags().length > 0);
});

for (const {section: pattern, statuses} of languages) {
  for (const tag of widgetTags()) {
    test(`${pattern.source.replace('^## ', '')}: <${tag}> has a status for every WCAG 2.1 A/AA criterion`, () => {
      const rows = tableFor(sectionOf(pattern), tag);
      assert.ok(rows, `no table for <${tag}> in this section`);
      const ids = rows.map((cells) => cells[0]!.split(' ')[0]!);
      assert.deepEqual(criteria.filter((id) => !ids.includes(id)), [], 'criteria without a row');
      assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'criteria listed twice');
      for (const [criterion, , status, how] of rows) {
        const allowed: readonly string[] = [statuses.met, ...statuses.others];
        assert.ok(allowed.includes(status!), `${criterion}: unknown status "${status}"`);
        assert.ok(how, `${criterion}: says nothing about how`);
        if (status === statuses.met) assert.match(how!, /\[[AERDSKM]\]/, `${criterion}: met, but no check named`);
      }
    });
  }
}
