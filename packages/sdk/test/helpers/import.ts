/** Shared by the import tests: the fixture files, the embedded reference data, a fixed clock. */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {importFile, type ImportOptions, type ImportProblem, type ImportResult} from '../../src/import/index.js';
import type {Activity} from '../../src/schemas/activity.js';
import {embeddedSource} from '../../src/sources/embedded.js';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
export const fixture = (name: string): Uint8Array => readFileSync(fixturePath(name));
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** A fixed "now" (15 January 2026, Oslo) and horizon, so results do not depend on the day the tests run. */
export const NOW = new Date('2026-01-15T09:00:00Z');
export const HORIZON = '2026-12-31';

const source = embeddedSource();
export const priorityAreas = (await source.priorityAreas()).items;
export const embeddedActivities = (await source.activities()).items;
export const embeddedSources = (await source.sources()).items;

export function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return {centreId: 'telemark', now: NOW, horizon: HORIZON, priorityAreas, ...extra};
}

export function importFixture(name: string, extra: Partial<ImportOptions> = {}): ImportResult {
  return importFile(name, fixture(name), options(extra));
}

export function byTitle(result: ImportResult, title: string): Activity {
  const found = result.activities.find((activity) => activity.title === title);
  if (!found) throw new Error(`no activity titled ${JSON.stringify(title)}; there are ${result.activities.map((a) => a.title).join(' | ')}`);
  return found;
}

/** `line: code` of each problem, the way a person scans a report. */
export const problemLines = (problems: readonly ImportProblem[]) => problems.map((p) => `${p.line ?? '-'}: ${p.code}`);

/** The 1-based physical line of the n-th (0-based) `BEGIN:VEVENT` in a fixture, counted independently of the importer. */
export function veventLine(name: string, n: number): number {
  const lines = fixtureText(name).split(/\r\n|\n|\r/);
  const found = lines.flatMap((line, index) => (line === 'BEGIN:VEVENT' ? [index + 1] : []));
  const line = found[n];
  if (line === undefined) throw new Error(`${name} has no VEVENT number ${n}`);
  return line;
}
