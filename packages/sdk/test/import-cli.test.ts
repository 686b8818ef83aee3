// `usht import` end to end, run from the sources (node --import tsx src/cli.ts) as a coordinator
// would run the built command: exit codes, the report on stderr, and a feed that `usht validate`
// accepts. Fixtures are invented test data (test/fixtures/import/README.md).
import {after, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Feed} from '../src/schemas/feed.js';
import {embeddedActivities, fixturePath} from './helpers/import.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'usht-import-'));
after(() => rmSync(work, {recursive: true, force: true}));
const file = (name: string) => join(work, name);
// 15 January 2026 09:00 UTC: the import date in source notes, and the default horizon a year on.
const env = {SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 15, 9) / 1000)};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function usht(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {cwd: repoRoot, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

const readFeed = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Feed;

describe('usht import', () => {
  it('writes a calendar as a USHT feed that usht validate accepts, and reports what it took: exit 0', async () => {
    const run = await usht(['import', fixturePath('outlook.ics'), '--centre', 'telemark', '-o', file('outlook.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /outlook\.ics: 7 activities imported \(7 added, 0 updated, 0 unchanged\) → .*outlook\.json\n/);
    assert.match(run.stderr, /1 warning:\n {2}line \d+: No priority area matches «Rød kategori», so it is left out\.\n/);
    const feed = readFeed(file('outlook.json'));
    assert.equal(feed.format, 'usht-feed');
    assert.equal(feed.version, 1);
    assert.equal(feed.activities?.length, 7);
    assert.ok(feed.activities?.every((a) => a.centreId === 'telemark'));
    assert.match(readFileSync(file('outlook.json'), 'utf8'), /^\{\n {2}"format": "usht-feed",\n/, 'pretty JSON');
    assert.equal(feed.sources?.[0]?.note, 'Imported from outlook.ics on 2026-01-15 (usht import).');
    const validate = await usht(['validate', file('outlook.json')]);
    assert.equal(validate.code, 0, validate.stdout);
  });

  it('writes to standard output without -o', async () => {
    const run = await usht(['import', fixturePath('excel.csv'), '--centre', 'telemark']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Feed).activities?.length, 5);
  });

  it('lists each rejected event as "line N: reason" with its issues, still writes the rest, and exits 1', async () => {
    const run = await usht(['import', fixturePath('broken-events.ics'), '--centre', 'telemark', '--horizon', '2026-12-31', '--lang', 'nb', '-o', file('broken.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /4 aktiviteter importert \(4 lagt til, 0 oppdatert, 0 uendret\)/);
    assert.match(run.stderr, /4 utelatt:\n {2}linje 25: Starten mangler \(DTSTART\)\.\n {2}linje 37: Gjentakelsesregelen gir mer enn 200 samlinger til og med 2026-12-31\./);
    assert.match(run.stderr, /3 advarsler:\n {2}linje 45: Serien fortsetter etter 2026-12-31/);
    assert.equal(readFeed(file('broken.json')).activities?.length, 4);
    const hostile = await usht(['import', fixturePath('hostile.ics'), '--centre', 'telemark', '-o', file('hostile.json')]);
    assert.equal(hostile.code, 1);
    assert.match(hostile.stderr, /line 26: The activity is not valid:\n {4}registration\.url: expected an absolute http\(s\) or mailto URL\n/);
  });

  it('refuses Excel\'s plain CSV with how to save as UTF-8, in the language asked for, and writes nothing', async () => {
    const run = await usht(['import', fixturePath('windows-1252.csv'), '--centre', 'telemark', '--lang', 'nn', '-o', file('never.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /0 aktivitetar importerte\n1 utelatne:\n {2}Fila er ikkje lagra som UTF-8.*Vel Fil → Lagre som → «CSV UTF-8 \(kommadelt\)» i Excel/s);
    assert.throws(() => readFileSync(file('never.json')), /ENOENT/);
  });

  it('--merge updates a feed by id, keeps everything else in it, and raises the sequence of what changed', async () => {
    const base: Feed = {
      format: 'usht-feed', version: 1, publisher: 'Testsenteret (testdata)',
      sources: [{id: 'test-kilde', title: 'Testsenterets nettside', url: 'https://example.org/aktiviteter'}],
      activities: [{
        id: 'test-annen-aktivitet', title: 'En aktivitet som ikke står i kalenderen', kind: 'other', centreId: 'telemark',
        schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-02-02', end: null}, mode: 'physical', place: null,
        audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb', source: ['test-kilde'],
      }],
    };
    writeFileSync(file('feed.json'), JSON.stringify({...base, futureField: 'kept as is'}, null, 2));
    const first = await usht(['import', fixturePath('google.ics'), '--centre', 'telemark', '--merge', file('feed.json'), '-o', file('feed.json')]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /6 activities imported \(6 added, 0 updated, 0 unchanged\)/);
    const merged = readFeed(file('feed.json')) as Feed & {futureField?: string};
    assert.equal(merged.publisher, 'Testsenteret (testdata)');
    assert.equal(merged.futureField, 'kept as is');
    assert.deepEqual(merged.activities?.[0], base.activities?.[0]);
    assert.equal(merged.activities?.length, 7);

    const again = await usht(['import', fixturePath('google.ics'), '--centre', 'telemark', '--merge', file('feed.json'), '-o', file('feed.json')]);
    assert.match(again.stderr, /\(0 added, 0 updated, 6 unchanged\)/);

    const edited = readFileSync(fixturePath('google.ics'), 'utf8').replace('SUMMARY:Temamøte om palliasjon\r\n', 'SUMMARY:Temamøte om palliasjon (nytt rom)\r\n');
    writeFileSync(file('google.ics'), edited);
    const changed = await usht(['import', file('google.ics'), '--centre', 'telemark', '--merge', file('feed.json'), '-o', file('feed.json')]);
    assert.match(changed.stderr, /\(0 added, 1 updated, 5 unchanged\)/);
    const updated = readFeed(file('feed.json')).activities?.find((a) => a.title === 'Temamøte om palliasjon (nytt rom)');
    assert.equal(updated?.sequence, 1);
    assert.equal(readFeed(file('feed.json')).activities?.length, 7, 'updated, not added');
    assert.equal((await usht(['validate', file('feed.json')])).code, 0);
  });

  it('will not merge into a feed that is not valid, and leaves it untouched', async () => {
    writeFileSync(file('bad.json'), '{"format": "usht-feed", "version": 1, "activities": [{"id": "Ikke gyldig"}]}');
    const run = await usht(['import', fixturePath('google.ics'), '--centre', 'telemark', '--merge', file('bad.json'), '-o', file('bad.json')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /bad\.json is not a valid feed to merge into \(run usht validate .*bad\.json\); nothing was written/);
    assert.equal(readFileSync(file('bad.json'), 'utf8'), '{"format": "usht-feed", "version": 1, "activities": [{"id": "Ikke gyldig"}]}');
  });

  it('gives back the same activities: usht ics --embedded, then usht import', async () => {
    const ics = await usht(['ics', '--embedded', '-o', file('embedded.ics')]);
    assert.equal(ics.code, 0, ics.stderr);
    const run = await usht(['import', file('embedded.ics'), '--centre', 'oslo', '-o', file('embedded.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readFeed(file('embedded.json')).activities, embeddedActivities);
  });

  it('warns about a centre id the embedded data does not know, listing the ones it does', async () => {
    const run = await usht(['import', fixturePath('wordpress.ics'), '--centre', 'testfylke', '-o', file('wp.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /warning: no record in the data has --centre "testfylke"; the ids there are: akershus, .*telemark/);
  });

  for (const [args, message] of [
    [['import', fixturePath('outlook.ics')], /import needs --centre <id>/],
    [['import', '--centre', 'telemark'], /import needs a calendar \(\.ics\), CSV or feed \(\.json\) file/],
    [['import', fixturePath('outlook.ics'), '--centre', 'Tele Mark'], /--centre expects a centre id in kebab-case/],
    [['import', fixturePath('outlook.ics'), '--centre', 'telemark', '--horizon', '31.12.2026'], /--horizon expects a date YYYY-MM-DD/],
    [['import', fixturePath('outlook.ics'), '--centre', 'telemark', '--lang', 'de'], /--lang expects one of nb, nn, en/],
    [['import', fixturePath('outlook.ics'), '--centre', 'telemark', '--from', '2026-01-01'], /--from is not an option of import/],
    [['import', 'https://example.org/kalender.ics', '--centre', 'telemark'], /import reads a file/],
    [['validate', fixturePath('outlook.ics'), '--merge', 'x.json'], /--merge is not an option of validate/],
  ] as const) {
    it(`exits 2 with a pointer to --help for: usht ${args.join(' ').replaceAll(fixturePath(''), '')}`, async () => {
      const run = await usht(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /usht --help/);
    });
  }

  it('names the import command and its options in --help', async () => {
    const {code, stdout} = await usht(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /usht import <calendar\.ics\|activities\.csv\|feed\.json> --centre <id> \[options\]/);
    for (const option of ['--merge <feed.json>', '--horizon <YYYY-MM-DD>', '--centre <id>']) assert.ok(stdout.includes(option), option);
  });

  it('reports an unreadable file in one sentence', async () => {
    const missing = file('no-such-calendar.ics');
    const run = await usht(['import', missing, '--centre', 'telemark']);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, `usht: cannot read ${missing}: no such file or directory\n`);
  });
});
