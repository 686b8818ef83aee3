// `usht-server` as an operator runs it: the built bin, a data directory (or DATABASE_URL), a port
// printed on one line, tokens created and revoked from the shell, feeds imported.
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {freshDatabase, storeKind, writeHeaders} from './helpers/server.js';

const bin = fileURLToPath(new URL('../out/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'usht-server-cli-'));
const data = join(dir, 'data');
let env: NodeJS.ProcessEnv = {...process.env};
let database: Awaited<ReturnType<typeof freshDatabase>>;

before(async () => {
  database = await freshDatabase();
  env = {...process.env, DATABASE_URL: database?.url ?? ''};
});
after(async () => {
  await database?.drop();
  rmSync(dir, {recursive: true, force: true});
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args, '--data', data], {encoding: 'utf8', env, timeout: 60_000});
}

/** Starts `usht-server --port 0`; resolves with its URL once it printed the line. */
function serve(): Promise<{url: string; firstLine: string; stop: () => Promise<number | null>}> {
  const child = spawn(process.execPath, [bin, '--port', '0', '--data', data], {env, stdio: ['ignore', 'pipe', 'pipe']});
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address within 60 s; stderr: ${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n')[0]!;
      if (!stdout.includes('\n')) return;
      clearTimeout(timer);
      resolve({
        url: line.replace(/^listening on /, ''),
        firstLine: line,
        stop: () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.once('exit', (code) => done(code));
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

describe(`usht-server (${storeKind})`, () => {
  test('serves the embedded data on the port it prints, and a token created from the shell publishes', async () => {
    const server = await serve();
    assert.match(server.firstLine, /^listening on http:\/\/127\.0\.0\.1:\d+\/$/);
    try {
      const centres = await (await fetch(`${server.url}centres`)).json();
      assert.equal(centres.items.length, 21);
      if (storeKind === 'pglite') {
        // PGlite's files are one process's: a second one is refused with a reason, not allowed to corrupt them.
        const second = run('token', 'create', '--centre', 'telemark');
        assert.equal(second.status, 1);
        assert.match(second.stderr, /in use by process \d+/);
      }
    } finally {
      assert.equal(await server.stop(), 0);
    }

    const created = run('token', 'create', '--centre', 'telemark', '--label', 'koordinator');
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^usht_[0-9a-f]{16}_[\w-]{43}$/);
    assert.match(created.stderr, /shown only now/);
    assert.equal(run('token', 'create', '--centre', 'atlantis').status, 1);
    const listed = run('token', 'list');
    assert.match(listed.stdout, new RegExp(`${token.split('_')[1]}\\ttelemark\\t.+\\tlive\\tkoordinator`));
    assert.equal(listed.stdout.includes(token), false, 'list never shows a secret');

    const again = await serve();
    const activity = {
      id: 'telemark-2027-06-01-cli', title: 'Fagdag', kind: 'professional-day', centreId: 'telemark',
      schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2027-06-01', end: null}, mode: 'physical', place: null,
      audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb',
      source: ['web-telemark-2019-03-12-nettverksmote-demens-klyvetun'],
    };
    try {
      const response = await fetch(`${again.url}centres/telemark/activities`, {method: 'POST', headers: writeHeaders(token), body: JSON.stringify(activity)});
      assert.equal(response.status, 201);
    } finally {
      await again.stop();
    }

    const revoked = run('token', 'revoke', token.split('_')[1]!);
    assert.equal(revoked.status, 0, revoked.stderr);
    const third = await serve();
    try {
      const response = await fetch(`${third.url}centres/telemark/activities`, {method: 'POST', headers: writeHeaders(token), body: JSON.stringify({...activity, id: 'telemark-2027-06-02-cli'})});
      assert.equal(response.status, 401);
      // The data survived two restarts; it was not seeded twice.
      const page = await (await fetch(`${third.url}activities?centre=telemark&from=2027-01-01`)).json();
      assert.deepEqual(page.items.map((a: {id: string}) => a.id), [activity.id]);
    } finally {
      await third.stop();
    }
  });

  test('import loads a valid feed and refuses an invalid one whole, saying why', async () => {
    const feedFile = join(dir, 'feed.json');
    const activity = {
      id: 'oslo-2027-09-01-import', title: 'Importert kurs', kind: 'course', centreId: 'oslo',
      schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2027-09-01', end: '2027-09-02'}, mode: 'digital', place: null,
      audience: ['Ledere'], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb', source: ['oslo-kurs'],
    };
    writeFileSync(feedFile, JSON.stringify({format: 'usht-feed', version: 1, sources: [{id: 'oslo-kurs', title: 'Kursside'}], activities: [activity]}));
    const ok = run('import', feedFile);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /imported 1 sources, 1 activities/);

    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({format: 'usht-feed', version: 1, activities: [{...activity, id: 'oslo-2027-09-03-x', schedule: {...activity.schedule, start: '3. september'}}]}));
    const bad = run('import', badFile);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /nothing imported/);
    assert.match(bad.stderr, /activities\[0\]\.schedule\.start/);

    const server = await serve();
    try {
      const page = await (await fetch(`${server.url}activities?centre=oslo&from=2027-01-01`)).json();
      assert.deepEqual(page.items.map((a: {id: string}) => a.id), [activity.id]);
    } finally {
      await server.stop();
    }
  });

  test('--help names every command; a wrong option is a usage error', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'});
    assert.equal(help.status, 0);
    for (const word of ['import', 'token create', 'token revoke', 'DATABASE_URL', '--port']) assert.ok(help.stdout.includes(word), word);
    const wrong = spawnSync(process.execPath, [bin, '--colour', 'red'], {encoding: 'utf8'});
    assert.equal(wrong.status, 2);
  });
});
