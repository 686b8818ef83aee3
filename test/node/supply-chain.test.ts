// R19 / T14: what a municipality's visitors run is lit, @lit/context, ky and zod and whatever they
// pull in, read from package-lock.json (what `npm ci` installs), and none of it may run an install
// script. Dev tools (rollup, esbuild, storybook …) are not shipped and not checked here. The one
// exception, ical.js, is allowed for @usht/sdk alone (see `allowedFor`).
// Issue 13 §6: the published manifests ask for caret ranges (`^3.3.3`), so a host app that has its
// own Lit or zod shares one copy (one custom-elements registry); the lockfile keeps our builds and
// tests on exactly the version each range starts at.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

/** The runtime dependencies R19 allows the published packages. */
const allowed = ['@lit/context', 'ky', 'lit', 'zod'];
/**
 * More, for one package only. ical.js: the `@usht/sdk/import` entry (issue 11: centres import their
 * Outlook, Google and WordPress calendars) parses iCalendar with a maintained parser (Mozilla's,
 * Thunderbird's) instead of one of our own; it has no dependencies and no install script (both
 * checked below in the lockfile). Elements load the import entry only on demand (the activity editor).
 */
const allowedFor: Readonly<Record<string, readonly string[]>> = {'packages/sdk': ['ical.js']};
/** Our packages, by their folder in the lockfile; they depend on each other as workspaces. */
const workspaces = ['packages/sdk', 'packages/elements'];

interface LockEntry {
  name?: string;
  version?: string;
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, {optional?: boolean}>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/** What a package needs at run time: its dependencies, optional ones, and peers that are not optional. */
function runtimeNeeds(entry: LockEntry): string[] {
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
  return [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers];
}

/** Node's lookup in a lockfile: `<from>/node_modules/<name>`, then each folder up, then the root. */
function locate(lock: Lock, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up >= 0 ? dir.slice(0, up) : '';
  }
}

/** Every package the workspaces need at run time (lockfile paths), links followed to their folders. */
function runtimeClosure(lock: Lock, starts: readonly string[]): {paths: Set<string>; missing: string[]} {
  const paths = new Set<string>();
  const missing: string[] = [];
  const queue = [...starts];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (paths.has(at)) continue;
    paths.add(at);
    const entry = lock.packages[at]!;
    for (const name of runtimeNeeds(entry)) {
      let found = locate(lock, at, name);
      if (!found) {
        missing.push(`${at} -> ${name}`);
        continue;
      }
      const target = lock.packages[found]!;
      if (target.link && target.resolved) found = target.resolved;
      if (lock.packages[found]) queue.push(found);
      else missing.push(`${at} -> ${name} (link to ${found})`);
    }
  }
  return {paths, missing};
}

const lock = readJson('package-lock.json') as Lock;

test('the packages declare exactly the runtime dependencies R19 allows', () => {
  const declared = new Set<string>();
  for (const workspace of workspaces) {
    const pkg = readJson(`${workspace}/package.json`) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      for (const name of Object.keys(pkg[field] ?? {})) if (!name.startsWith('@usht/')) declared.add(name);
    }
  }
  assert.deepEqual([...declared].filter((name) => !Object.values(allowedFor).flat().includes(name)).sort(), allowed);
});

test('a dependency allowed for one package is declared by that package only', () => {
  for (const workspace of workspaces) {
    const pkg = readJson(`${workspace}/package.json`) as Record<string, Record<string, string> | undefined>;
    const names = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => Object.keys(pkg[field] ?? {}));
    const extra = names.filter((name) => !name.startsWith('@usht/') && !allowed.includes(name));
    assert.deepEqual(extra.sort(), [...(allowedFor[workspace] ?? [])].sort(), `${workspace} declares exactly its own allowances`);
  }
});

/** Every published package: R19 limits what the first two ship to browsers, the server has its own. */
const published = [...workspaces, 'packages/server'];

test('each runtime dependency is a caret range starting at the version we build and test with', () => {
  const checked: string[] = [];
  for (const workspace of published) {
    const pkg = readJson(`${workspace}/package.json`) as {private?: boolean} & Record<string, Record<string, string> | undefined>;
    assert.notEqual(pkg.private, true, `${workspace} is published`);
    const entry = lock.packages[workspace] as Record<string, unknown> | undefined;
    const ranges = (['dependencies', 'optionalDependencies', 'peerDependencies'] as const).flatMap((field) => {
      assert.deepEqual(entry?.[field], pkg[field], `package-lock.json's ${workspace} ${field} match its package.json (npm install --package-lock-only)`);
      return Object.entries(pkg[field] ?? {});
    });
    for (const [name, range] of ranges) {
      if (name.startsWith('@usht/')) {
        const own = readJson(`packages/${name.slice('@usht/'.length)}/package.json`) as {version: string};
        assert.equal(range, own.version, `${workspace}: ${name} is the exact version released with it`);
        continue;
      }
      const installed = locate(lock, workspace, name);
      const version = installed ? lock.packages[installed]?.version : undefined;
      assert.ok(version, `${workspace}: ${name} is in package-lock.json`);
      assert.equal(range, `^${version}`, `${workspace}: ${name} is "^${version}" (a caret range whose floor is the locked version)`);
      checked.push(name);
    }
  }
  for (const name of [...allowed, ...Object.values(allowedFor).flat()]) assert.ok(checked.includes(name), `${name} was checked`);
});

test('README.md\'s "Supported versions" says what the manifests ask for', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = /^## Supported versions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  assert.ok(section, 'README.md has a "Supported versions" section');
  for (const workspace of published) {
    const pkg = readJson(`${workspace}/package.json`) as {name: string; engines?: {node?: string}; dependencies?: Record<string, string>};
    const row: string | undefined = section.split('\n').find((line) => line.startsWith(`| \`${pkg.name}\` |`));
    assert.ok(row, `a row for ${pkg.name}`);
    const said: string[] = [...row.matchAll(/`([^`]+)` (\^?\d+\.\d+\.\d+)/g)].map(([, name, range]) => `${name} ${range}`).sort();
    assert.deepEqual(said, Object.entries(pkg.dependencies ?? {}).map(([name, range]) => `${name} ${range}`).sort(), `${pkg.name}'s dependencies`);
    const node = pkg.engines?.node?.replace(/^>=/, 'Node ≥ ');
    if (node) assert.ok(row.includes(node), `${pkg.name}: "${node}", as its engines say`);
    else assert.doesNotMatch(row, /Node ≥/, `${pkg.name} declares no engines`);
  }
});

test('ical.js is a caret range, pulls in nothing and runs no install script', () => {
  const sdk = readJson('packages/sdk/package.json') as {dependencies?: Record<string, string>};
  const entry = lock.packages['node_modules/ical.js'];
  assert.ok(entry, 'ical.js is in package-lock.json');
  assert.equal(`^${entry.version}`, sdk.dependencies?.['ical.js'], 'the lockfile installs the version package.json\'s range starts at');
  assert.deepEqual(runtimeNeeds(entry), [], 'no dependencies of its own');
  assert.notEqual(entry.hasInstallScript, true, 'no install script');
  assert.notEqual(entry.dev, true, 'installed for production, not only as a dev tool');
});

test('no runtime dependency, direct or pulled in, declares an install script', () => {
  assert.ok(lock.lockfileVersion >= 2, 'package-lock.json v2+ lists packages with hasInstallScript');
  const {paths, missing} = runtimeClosure(lock, workspaces);
  assert.deepEqual(missing, [], 'every runtime dependency is in package-lock.json');
  const names = [...paths].filter((p) => p.includes('node_modules/')).map((p) => p.slice(p.lastIndexOf('node_modules/') + 13));
  for (const name of [...allowed, ...Object.values(allowedFor).flat()]) assert.ok(names.includes(name), `${name} is in the runtime closure`);
  assert.ok(names.includes('lit-html'), 'the walk reaches what lit pulls in');
  const devTools = [...paths].filter((p) => lock.packages[p]!.dev);
  assert.deepEqual(devTools, [], 'nothing in the runtime closure is marked dev-only');
  const scripted = [...paths].filter((p) => lock.packages[p]!.hasInstallScript);
  assert.deepEqual(scripted, [], `runtime packages with install scripts: ${scripted.join(', ')}`);
});

// The check itself: it must see an install script two levels down, or a green run proves nothing.
test('the check finds an install script deep in the tree', () => {
  const fake: Lock = {
    lockfileVersion: 3,
    packages: {
      'packages/a': {dependencies: {lit: '1', '@usht/b': '1'}},
      'packages/b': {dependencies: {ky: '1'}},
      'node_modules/@usht/b': {link: true, resolved: 'packages/b'},
      'node_modules/lit': {dependencies: {'lit-html': '1'}},
      'node_modules/lit/node_modules/lit-html': {dependencies: {evil: '1'}},
      'node_modules/lit-html': {},
      'node_modules/ky': {},
      'node_modules/evil': {hasInstallScript: true},
      'node_modules/esbuild': {hasInstallScript: true, dev: true},
    },
  };
  const {paths, missing} = runtimeClosure(fake, ['packages/a']);
  assert.deepEqual(missing, []);
  assert.deepEqual([...paths].filter((p) => fake.packages[p]!.hasInstallScript), ['node_modules/evil']);
  assert.ok(paths.has('node_modules/ky'), 'follows a workspace link');
  assert.ok(paths.has('node_modules/lit/node_modules/lit-html') && !paths.has('node_modules/lit-html'), 'nested copy wins');
});
