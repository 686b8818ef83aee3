// Load on the reference server (issue 12), with autocannon on loopback: the built `usht-server`
// bin as its own process, on PGlite and on a PostgreSQL started for the run (scripts/postgres.mjs).
//
// Reads: 200 connections for `duration` seconds (20 by default) on /feed.json and on an activities
// query, each once without and once with If-None-Match (every answer then a 304), and a run where
// every request is a new activities query (the SQL path, not the server's cache). Printed: requests
// per second, p50 / p99 latency, errors. Budget: 0 errors in every run, p99 ≤ 50 ms for the 304s.
//
// Writes: two centres' tokens publishing at once (autocannon, 10 connections each, one new
// activity per request), then a check that every 201 is on the server exactly once and nothing
// else is: no write lost, none applied twice.
//
// `node bench/server.mjs [--duration=S] [--stores=pglite,postgres]` runs it alone; bench/run.mjs
// runs it after the others. Needs `npm run build` (npm run bench does).
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import {startPostgres} from '../scripts/postgres.mjs';
import {check, fmt, formatChecks} from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = join(root, 'packages/server/out/cli.js');
export const budgets = {errors: 0, p99NotModifiedMs: 50};
const CONNECTIONS = 200;
const WRITES_PER_TOKEN = 300;

/** Starts `usht-server` on a free port; resolves once it printed its address. */
function startServer(env, data) {
  const child = spawn(process.execPath, [bin, '--port', '0', '--data', data, '--write-limit', '1000000'], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`usht-server exited ${code}: ${stderr}`)));
    child.stdout.once('data', (chunk) => {
      const url = /listening on (\S+)/.exec(String(chunk))?.[1];
      if (!url) return fail(new Error(`usht-server said: ${chunk}`));
      child.removeAllListeners('exit');
      return done({
        url,
        stop: () => new Promise((stopped) => {
          child.once('exit', stopped);
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

/** Runs the bin for a command (import, token …) and returns its stdout. */
function runBin(args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => (code === 0 ? done(out.trim()) : fail(new Error(`usht-server ${args.join(' ')}: ${err}`))));
  });
}

function load(options) {
  return new Promise((done, fail) => {
    autocannon(options, (error, result) => (error ? fail(error) : done(result)));
  });
}

/** Errors as a user would count them: failed connections, timeouts, and any answer but the expected one. */
function badAnswers(result, expected) {
  const codes = result.statusCodeStats ?? {};
  const wrong = Object.entries(codes).filter(([code]) => Number(code) !== expected).reduce((n, [, stat]) => n + stat.count, 0);
  return result.errors + result.timeouts + wrong;
}

let written = 0;
/** A new, valid activity of a centre (sample data: never mixed into the real set). */
function newActivity(centreId) {
  written += 1;
  return {
    id: `${centreId}-2028-01-01-lasttest-${process.pid}-${written}`, title: `Eksempel: lasttest ${written}`, kind: 'other', centreId,
    schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2028-01-01', end: null}, mode: 'digital', place: null,
    audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb', sample: true,
    source: ['web-telemark-2019-03-12-nettverksmote-demens-klyvetun'],
  };
}

async function writeRun(url, tokens) {
  const sent = {};
  const runs = Object.entries(tokens).map(async ([centre, token]) => {
    sent[centre] = new Set();
    const result = await load({
      url: `${url}centres/${centre}/activities`, connections: 10, amount: WRITES_PER_TOKEN, method: 'POST',
      headers: {'content-type': 'application/json', authorization: `Bearer ${token}`},
      requests: [{
        method: 'POST',
        setupRequest: (request) => {
          const activity = newActivity(centre);
          sent[centre].add(activity.id);
          return {...request, body: JSON.stringify(activity)};
        },
      }],
    });
    return {centre, result};
  });
  const results = await Promise.all(runs);
  let lost = 0;
  let twice = 0;
  let created = 0;
  let bad = 0;
  for (const {centre, result} of results) {
    created += result.statusCodeStats?.['201']?.count ?? 0;
    bad += badAnswers(result, 201);
    const page = await (await fetch(`${url}activities?centre=${centre}&from=2028-01-01&to=2028-01-01`)).json();
    const ids = page.items.map((a) => a.id).filter((id) => id.includes('-lasttest-'));
    const seen = new Set(ids);
    twice += ids.length - seen.size;
    lost += [...sent[centre]].filter((id) => !seen.has(id)).length;
    // Nothing on the server that was not sent (a write applied under another id).
    lost += ids.filter((id) => !sent[centre].has(id)).length;
  }
  return {created, bad, lost, twice, sent: Object.values(sent).reduce((n, s) => n + s.size, 0)};
}

async function benchStore(store, duration, log) {
  const data = mkdtempSync(join(tmpdir(), 'usht-bench-server-'));
  let postgres;
  let env = {DATABASE_URL: ''};
  if (store === 'postgres') {
    postgres = await startPostgres();
    const admin = new pg.Client(postgres.url);
    await admin.connect();
    await admin.query('create database usht_bench');
    await admin.end();
    env = {DATABASE_URL: postgres.url.replace(/\/postgres$/, '/usht_bench')};
  }
  const rows = [];
  try {
    // Seed (the server loads the embedded data into an empty database), then make the tokens while
    // it is stopped: a PGlite directory belongs to one process at a time.
    const first = await startServer(env, data);
    await first.stop();
    const tokens = {
      telemark: await runBin(['token', 'create', '--centre', 'telemark', '--data', data], env),
      oslo: await runBin(['token', 'create', '--centre', 'oslo', '--data', data], env),
    };
    const server = await startServer(env, data);
    try {
      for (const path of ['feed.json', 'activities?centre=telemark&from=2017-01-01']) {
        const response = await fetch(`${server.url}${path}`);
        const etag = response.headers.get('etag');
        const bytes = (await response.arrayBuffer()).byteLength;
        for (const conditional of [false, true]) {
          log(`bench server (${store}): GET /${path}${conditional ? ' with If-None-Match' : ''}, ${CONNECTIONS} connections, ${duration} s`);
          const result = await load({url: `${server.url}${path}`, connections: CONNECTIONS, duration, headers: conditional ? {'if-none-match': etag} : {}});
          rows.push({
            store, path, conditional, bytes, expected: conditional ? 304 : 200,
            rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: badAnswers(result, conditional ? 304 : 200), total: result.requests.total,
          });
        }
      }
      // The same query every time is served from the server's memory; these miss it: each request
      // a query the server has not rendered (a different text and offset), so each one is SQL.
      log(`bench server (${store}): GET /activities, a new query every request (no cache), ${CONNECTIONS} connections, ${duration} s`);
      let n = 0;
      const words = ['demens', 'nettverk', 'velferdsteknologi', 'fagdag', 'ledere', 'ansatte', 'kurs', 'samling'];
      const fresh = await load({
        url: server.url, connections: CONNECTIONS, duration,
        requests: [{method: 'GET', setupRequest: (request) => {
          n += 1;
          return {...request, path: `/activities?q=${words[n % words.length]}&offset=${n}&limit=20`};
        }}],
      });
      rows.push({store, path: 'activities?q=…&offset=… (new each time)', conditional: false, fresh: true, bytes: 0, expected: 200,
        rps: fresh.requests.average, p50: fresh.latency.p50, p99: fresh.latency.p99, errors: badAnswers(fresh, 200), total: fresh.requests.total});
      log(`bench server (${store}): two tokens writing at once, ${WRITES_PER_TOKEN} activities each`);
      const writes = await writeRun(server.url, tokens);
      return {rows, writes};
    } finally {
      await server.stop();
    }
  } finally {
    postgres?.stop();
    rmSync(data, {recursive: true, force: true});
  }
}

export async function benchServer({duration = 20, stores = ['pglite', 'postgres'], log = () => undefined} = {}) {
  if (!existsSync(bin)) throw new Error(`bench server: ${bin} is missing; run \`npm run build\` first (npm run bench does)`);
  const lines = ['', `Server: autocannon ${(await import('autocannon/package.json', {with: {type: 'json'}})).default.version}, ${CONNECTIONS} connections, ${duration} s per run, loopback, Node ${process.versions.node}`];
  const checks = [];
  const raw = [];
  for (const store of stores) {
    const {rows, writes} = await benchStore(store, duration, log);
    raw.push({store, rows, writes});
    for (const row of rows) {
      const what = `${store} GET /${row.path.split('?')[0]}${row.path.includes('?') ? '?…' : ''}${row.conditional ? ' (304)' : row.fresh ? ' (200, uncached SQL)' : ` (200, ${fmt(row.bytes / 1024, 0)} KiB)`}`;
      lines.push(`  ${what.padEnd(52)} ${fmt(row.rps, 0).padStart(6)} req/s  p50 ${fmt(row.p50, 0).padStart(4)} ms  p99 ${fmt(row.p99, 0).padStart(5)} ms  errors ${row.errors} of ${row.total}`);
      checks.push(check(`Server ${what}: errors`, row.errors, budgets.errors, 'errors', `${fmt(row.rps, 0)} req/s, p99 ${fmt(row.p99, 0)} ms`));
      if (row.conditional) checks.push(check(`Server ${what}: p99 (ms)`, row.p99, budgets.p99NotModifiedMs, 'ms', `${fmt(row.rps, 0)} req/s, p50 ${fmt(row.p50, 0)} ms`));
    }
    lines.push(`  ${store} writes: ${writes.sent} sent by two tokens at once, ${writes.created} created, ${writes.bad} other answers, ${writes.lost} lost, ${writes.twice} applied twice`);
    checks.push(check(`Server ${store} writes: lost, twice or refused`, writes.lost + writes.twice + writes.bad, 0, 'errors', `${writes.created} of ${writes.sent} created`));
  }
  return {name: 'server', lines, checks, summary: raw, raw};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const result = await benchServer({
    duration: Number(arg('duration') ?? 20),
    stores: (arg('stores') ?? 'pglite,postgres').split(','),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  console.log([...result.lines, '', 'Budget (issue 12), measured in this run', ...formatChecks(result.checks)].join('\n'));
  process.exit(result.checks.every((c) => c.ok) ? 0 : 1);
}
