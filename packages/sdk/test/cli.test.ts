// Runs the built `usht` binary (packages/sdk/dist/cli.js) as a user would; `npm test` builds first.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import ICAL from 'ical.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Asynchronous on purpose: the HTTP server below lives in this process and must keep answering.
function usht(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

function events(ics: string) {
  ICAL.TimezoneService.reset();
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** No stack trace, no "[object Object]": what a user sees must be a sentence. */
function assertReadable(text: string) {
  assert.doesNotMatch(text, /^\s+at .+\(.+:\d+:\d+\)$/m, 'no stack trace');
  assert.doesNotMatch(text, /\[object Object\]|undefined/);
}

before(() => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`npx tsc -b && npx rollup -c --silent\` first`);
});

describe('usht: help, version and usage errors', () => {
  it('prints help with both commands and the exit codes', async () => {
    const {code, stdout} = await usht(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /usht validate <file-or-url>/);
    assert.match(stdout, /usht ics <file-or-url>/);
    const exitCodes = stdout.slice(stdout.indexOf('Exit codes:'));
    assert.match(exitCodes, /^ {2}0 {2}validate: every record is valid/m);
    assert.match(exitCodes, /^ {2}1 {2}validate: the feed has invalid records/m);
    assert.match(exitCodes, /^ {2}2 {2}Usage error/m);
  });

  it('prints the package version', async () => {
    const {code, stdout} = await usht(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), packageVersion);
  });

  for (const [args, message] of [
    [[], /no command given/],
    [['publish', 'x.json'], /unknown command 'publish'/],
    [['validate'], /validate needs a feed file or URL/],
    [['validate', '--frobnicate', fixture('good-feed.json')], /frobnicate/],
    [['ics', fixture('good-feed.json'), '--from', '31.12.2024'], /--from expects a date YYYY-MM-DD/],
    [['ics', fixture('good-feed.json'), '--from', '2024-12-01', '--to', '2024-01-01'], /--from is after --to/],
    [['ics', '--embedded', fixture('good-feed.json')], /either a feed or --embedded/],
  ] as const) {
    it(`exits 2 with a pointer to --help for: usht ${args.join(' ').replaceAll(fixture(''), '')}`, async () => {
      const {code, stdout, stderr} = await usht(args);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.match(stderr, /usht --help/);
      assert.equal(stdout, '');
    });
  }
});

describe('usht validate <file>', () => {
  it('accepts a good feed: exit 0 and a count per collection', async () => {
    const {code, stdout} = await usht(['validate', fixture('good-feed.json')]);
    assert.equal(code, 0);
    assert.match(stdout, /good-feed\.json: valid/);
    assert.match(stdout, /activities\s+4 of 4 valid\n/);
    assert.match(stdout, /priorityAreas\s+2 of 2 valid\n/);
  });

  it('names every bad field of a broken feed with its path: exit 1', async () => {
    const {code, stdout} = await usht(['validate', fixture('broken-feed.json')]);
    assert.equal(code, 1);
    assert.match(stdout, /4 invalid records/);
    for (const line of [
      'priorityAreas[1].id: expected an id in kebab-case',
      'activities[1].schedule.start: expected a date YYYY-MM-DD or a local date-time YYYY-MM-DDTHH:MM',
      'activities[2].title: missing',
      'activities[3].registration.url: expected an absolute http(s) or mailto URL',
      "activities[3].status: expected one of 'scheduled', 'cancelled', 'full', 'postponed'",
    ]) {
      assert.ok(stdout.includes(line), `stdout names: ${line}`);
    }
    assert.match(stdout, /activities\[1\] \(id test-webinar-oktober\)/);
    // A misspelt optional field is a warning: the record itself is still counted as valid.
    assert.match(stdout, /Warnings \(the records are still valid\):\n {2}activities\[0\]: unknown key 'titel'\n/);
    assert.match(stdout, /activities\s+1 of 4 valid, 3 invalid/);
    assert.match(stdout, /centres\s+1 of 1 valid\n/);
  });

  it('words the problems in Bokmål or Nynorsk with --lang, as the activity editor does', async () => {
    const nb = await usht(['validate', '--lang', 'nb', fixture('broken-feed.json')]);
    assert.equal(nb.code, 1);
    assert.match(nb.stdout, /4 ugyldige poster/);
    for (const line of [
      'priorityAreas[1].id: må være en id med små bokstaver, sifre og bindestrek',
      'activities[1].schedule.start: må være en dato ÅÅÅÅ-MM-DD eller et lokalt tidspunkt ÅÅÅÅ-MM-DDTtt:mm',
      'activities[2].title: mangler: må være tekst',
      'activities[3].registration.url: må være en fullstendig nettadresse (http, https eller mailto)',
      "activities[3].status: må være én av 'scheduled', 'cancelled', 'full', 'postponed'",
    ]) {
      assert.ok(nb.stdout.includes(line), `stdout names: ${line}\n${nb.stdout}`);
    }
    assert.match(nb.stdout, /Advarsler \(postene er likevel gyldige\):\n {2}activities\[0\]: ukjent nøkkel 'titel'\n/);
    assert.match(nb.stdout, /activities\s+1 av 4 gyldige, 3 ugyldige/);
    const nn = await usht(['validate', '--lang', 'nn', fixture('broken-feed.json')]);
    assert.match(nn.stdout, /activities\[2\]\.title: manglar: må vere tekst/);
    assert.match(nn.stdout, /4 ugyldige postar/);
    const bad = await usht(['validate', '--lang', 'de', fixture('broken-feed.json')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--lang expects one of nb, nn, en/);
  });

  it('explains a document that is not a feed at all', async () => {
    const {code, stdout} = await usht(['validate', fixture('wrong-envelope.json')]);
    assert.equal(code, 1);
    assert.match(stdout, /not a usable USHT feed/);
    assert.match(stdout, /format: expected 'usht-feed'/);
    assert.match(stdout, /version: expected 1/);
  });

  it('reports a file that is not JSON with where the syntax breaks', async () => {
    const {code, stderr} = await usht(['validate', fixture('not-json.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /not-json\.json is not valid JSON: .+ \(line 3, column 1\)/);
    assertReadable(stderr);
  });

  it('reports a missing file in one sentence', async () => {
    const missing = fixture('no-such-feed.json');
    const {code, stdout, stderr} = await usht(['validate', missing]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `usht: cannot read ${missing}: no such file or directory\n`);
  });
});

describe('usht against a feed served over HTTP', () => {
  let server: Server;
  let base = '';

  before(async () => {
    server = createServer((request, response) => {
      const files: Record<string, string> = {'/good.json': 'good-feed.json', '/broken.json': 'broken-feed.json', '/garbage': 'not-json.json'};
      const file = files[request.url ?? ''];
      if (!file) {
        response.writeHead(404, {'content-type': 'text/plain'}).end('not here');
        return;
      }
      response.writeHead(200, {'content-type': 'application/json'}).end(readFileSync(fixture(file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('validates a good feed by URL', async () => {
    const {code, stdout} = await usht(['validate', `${base}/good.json`]);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`${base}/good\\.json: valid`));
    assert.match(stdout, /activities\s+4 of 4 valid/);
  });

  it('lists the bad paths of a broken feed by URL', async () => {
    const {code, stdout} = await usht(['validate', `${base}/broken.json`]);
    assert.equal(code, 1);
    assert.match(stdout, /activities\[1\]\.schedule\.start: /);
    assert.match(stdout, /priorityAreas\[1\]\.id: /);
  });

  it('gives the status and the URL when the feed is not there', async () => {
    const url = `${base}/missing-feed.json`;
    const {code, stderr} = await usht(['validate', url]);
    assert.equal(code, 1);
    assert.match(stderr, /404/);
    assert.ok(stderr.includes(url), stderr);
    assertReadable(stderr);
  });

  it('says so when the server answers with something that is not JSON', async () => {
    const {code, stderr} = await usht(['validate', `${base}/garbage`]);
    assert.equal(code, 1);
    assert.match(stderr, /not JSON/);
    assert.ok(stderr.includes(`${base}/garbage`));
  });

  it('gives a readable network error when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/feed.json`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const {code, stderr} = await usht(['validate', url]);
    assert.equal(code, 1);
    assert.ok(stderr.includes(url));
    assert.match(stderr, /network error/);
  });

  it('writes a calendar of a feed fetched by URL to stdout', async () => {
    const {code, stdout} = await usht(['ics', `${base}/good.json`, '--centre', 'test-senter']);
    assert.equal(code, 0);
    assert.equal(events(stdout).length, 6);
  });
});

describe('usht ics', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'usht-cli-'));
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('writes a calendar file with -o that a calendar parser reads', async () => {
    const file = join(dir, 'aktiviteter.ics');
    const {code, stdout, stderr} = await usht(['ics', fixture('good-feed.json'), '-o', file], {SOURCE_DATE_EPOCH: '1704067200'});
    assert.equal(code, 0);
    assert.equal(stdout, '', 'the calendar goes to the file, not to stdout');
    assert.match(stderr, /4 activities from .*good-feed\.json written to .*aktiviteter\.ics/);

    const ics = readFileSync(file, 'utf8');
    assert.match(ics, /\r\nDTSTAMP:20240101T000000Z\r\n/);
    const parsed = events(ics);
    assert.deepEqual(parsed.map((e) => e.summary), [
      'Testfagdag om demens – Æ, Ø og Å',
      'Testčoahkkin: ŋ, š, đ ja á',
      'Testkurs i tre samlinger (1/3)',
      'Testkurs i tre samlinger (2/3)',
      'Testkurs i tre samlinger (3/3)',
      'Testwebinar: velferdsteknologi',
    ]);
    const [fagdag, samling, , , , webinar] = parsed;
    assert.equal(new Date((fagdag?.startDate.toUnixTime() ?? 0) * 1000).toISOString(), '2024-03-31T10:00:00.000Z');
    assert.equal(webinar?.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(webinar?.location, 'Digitalt');
    assert.equal(samling?.startDate.toString(), '2024-06-10');
    assert.equal(samling?.endDate.toString(), '2024-06-12');
    assert.deepEqual(samling?.component.getFirstProperty('categories')?.getValues(), ['Demens (test)', 'Velferdsteknologi (test)']);
  });

  it('filters by priority area and dates', async () => {
    const {code, stdout} = await usht(['ics', fixture('good-feed.json'), '--priority-area', 'test-velferdsteknologi', '--from', '2024-10-01', '--to', '2024-10-31']);
    assert.equal(code, 0);
    // The course overlaps October, so all its sessions come along; the March day is in another area.
    assert.deepEqual(events(stdout).map((e) => e.summary).sort(), [
      'Testkurs i tre samlinger (1/3)', 'Testkurs i tre samlinger (2/3)', 'Testkurs i tre samlinger (3/3)',
      'Testwebinar: velferdsteknologi',
    ]);
  });

  it('warns about a centre or priority area no record has, naming the ones there are', async () => {
    const {code, stdout, stderr} = await usht(['ics', fixture('good-feed.json'), '--centre', 'test-sentre']);
    assert.equal(code, 0, 'an empty calendar is still a calendar');
    assert.equal(events(stdout).length, 0);
    assert.match(stderr, /warning: no record in the data has --centre "test-sentre"; the ids there are: .*test-senter/);
    const area = await usht(['ics', fixture('good-feed.json'), '--priority-area', 'velferdsteknologi']);
    assert.match(area.stderr, /warning: no record in the data has --priority-area "velferdsteknologi"; the ids there are: .*test-velferdsteknologi/);
    const known = await usht(['ics', fixture('good-feed.json'), '--centre', 'test-senter']);
    assert.doesNotMatch(known.stderr, /warning/);
  });

  it('writes the valid activities of a broken feed and lists the rejected ones on stderr', async () => {
    const {code, stdout, stderr} = await usht(['ics', fixture('broken-feed.json')]);
    assert.equal(code, 0);
    assert.deepEqual(events(stdout).map((e) => e.summary), ['Testfagdag om demens – Æ, Ø og Å']);
    assert.match(stderr, /skipped invalid record activities\[1\] \(id test-webinar-oktober\)/);
    assert.match(stderr, /activities\[3\]\.status: expected one of/);
    assert.match(stderr, /1 activity from .*broken-feed\.json \(3 invalid skipped\)/);
  });

  it('fails readably when the output cannot be written', async () => {
    const file = join(dir, 'no-such-dir', 'x.ics');
    const {code, stderr} = await usht(['ics', fixture('good-feed.json'), '-o', file]);
    assert.equal(code, 1);
    assert.equal(stderr, `usht: cannot write ${file}: no such file or directory\n`);
  });

  it('writes a calendar of the embedded data set', async () => {
    const {code, stdout, stderr} = await usht(['ics', '--embedded']);
    assert.equal(code, 0, stderr);
    const count = Number(/(\d+) activit(?:y|ies) from embedded data/.exec(stderr)?.[1]);
    assert.ok(count > 0, stderr);
    assert.ok(events(stdout).length >= count);
  });
});
