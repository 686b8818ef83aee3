#!/usr/bin/env node
/**
 * `usht-server`: runs the API, loads feeds and manages the centres' tokens. With DATABASE_URL it
 * uses that PostgreSQL; without, PGlite in the `--data` directory.
 */
import {closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {validateFeed} from '@usht/sdk';
import {findRecord, loadFeed} from './repository.js';
import {startServer} from './start.js';
import {openStore, type Store} from './store.js';
import {createToken, listTokens, revokeToken} from './tokens.js';

const HELP = `usht-server: the USHT data API (openapi.yaml of @usht/sdk) on PostgreSQL or PGlite

Usage:
  usht-server [--port N] [--host H] [--data DIR]   Serve the API (on an empty database,
                                                   the embedded, sourced data set first)
  usht-server import <feed.json> [--data DIR]      Add or replace every record of a feed
  usht-server token create --centre <id> [--label <text>] [--data DIR]
  usht-server token revoke <token-id> [--data DIR]
  usht-server token list [--data DIR]
  usht-server --help | --version

Options:
      --port <n>        Port to listen on (default 8787; 0 picks a free one)
      --host <address>  Address to listen on (default 127.0.0.1)
      --data <dir>      PGlite's directory when DATABASE_URL is not set (default ./usht-data)
      --read-limit <n>  Reads per minute per client address (default: no limit)
      --write-limit <n> Writes per minute per token (default 120)
      --max-age <s>     Cache-Control max-age of reads (default 60)
      --trust-proxy     Take the client's address from X-Forwarded-For (behind a reverse proxy)
      --log <level>     info logs every request (method, path, status, never a token); default warn

Environment:
  DATABASE_URL          postgres://user:password@host:5432/db: use this PostgreSQL

A token is printed once, when it is created; only its hash is stored. It lets its holder
create, change and cancel the activities of one centre (Authorization: Bearer <token>).
With PGlite, one process at a time owns the data directory: stop the server to create
tokens or import, or run on PostgreSQL.`;

const EXIT_USAGE = 2;

function fail(message: string, code = 1): never {
  process.stderr.write(`usht-server: ${message}\n`);
  process.exit(code);
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--${name} takes a whole number, not "${value}"`, EXIT_USAGE);
  return Number(value);
}

/**
 * PGlite's files are one process's: a second process opening them would corrupt them. A lock file
 * holding the owner's pid turns that into a clear message.
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, {recursive: true});
  const path = join(dir, 'usht-server.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, {force: true});
    } catch {
      const pid = Number(readFileSync(path, 'utf8'));
      let alive = false;
      try {
        alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive) fail(`${dir} is in use by process ${pid} (a running usht-server?). Stop it first, or use PostgreSQL (DATABASE_URL).`);
      rmSync(path, {force: true});
    }
  }
  fail(`cannot lock ${dir}`);
}

async function open(data: string | undefined): Promise<{store: Store; release: () => void}> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  if (databaseUrl) return {store: await openStore({databaseUrl}), release: () => undefined};
  const dir = resolve(data ?? 'usht-data');
  const release = lockDataDir(dir);
  try {
    return {store: await openStore({dataDir: dir}), release};
  } catch (error) {
    release();
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: {type: 'string'}, host: {type: 'string'}, data: {type: 'string'},
        'read-limit': {type: 'string'}, 'write-limit': {type: 'string'}, 'max-age': {type: 'string'},
        'trust-proxy': {type: 'boolean'}, log: {type: 'string'},
        centre: {type: 'string'}, label: {type: 'string'},
        help: {type: 'boolean', short: 'h'}, version: {type: 'boolean', short: 'v'},
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`, EXIT_USAGE);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const [command = 'serve', ...rest] = positionals;

  if (command === 'serve') {
    const {store, release} = await open(values.data);
    const readLimit = number(values['read-limit'], 'read-limit');
    const writeLimit = number(values['write-limit'], 'write-limit');
    const maxAge = number(values['max-age'], 'max-age');
    const server = await startServer({
      store,
      port: number(values.port, 'port') ?? 8787,
      host: values.host ?? '127.0.0.1',
      logger: {level: values.log ?? 'warn', stream: process.stderr},
      ...(readLimit ? {readLimit: {max: readLimit, windowMs: 60_000}} : {}),
      ...(writeLimit ? {writeLimit: {max: writeLimit, windowMs: 60_000}} : {}),
      ...(maxAge !== undefined ? {maxAge} : {}),
      trustProxy: values['trust-proxy'] ?? false,
    }).catch((error: unknown) => {
      release();
      throw error;
    });
    process.stdout.write(`listening on ${server.url}\n`);
    const stop = () => {
      void server.close().finally(() => {
        release();
        process.exit(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }

  if (command === 'import') {
    const file = rest[0];
    if (!file) fail(`import needs a feed file\n\n${HELP}`, EXIT_USAGE);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`);
    }
    const report = validateFeed(json, file);
    const problems = [...report.envelope.map((issue) => `${file}: ${issue.path || '(document)'}: ${issue.message}`),
      ...report.rejected.flatMap((record) => record.issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`))];
    if (problems.length || !report.feed) fail(`nothing imported; fix these first:\n${problems.join('\n')}`);
    const {store, release} = await open(values.data);
    try {
      const {counts} = await loadFeed(store, report.feed);
      process.stdout.write(`imported ${Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ')}\n`);
    } finally {
      await store.close();
      release();
    }
    return;
  }

  if (command === 'token') {
    const [action, id] = rest;
    const {store, release} = await open(values.data);
    try {
      if (action === 'create') {
        const centre = values.centre;
        if (!centre) fail('token create needs --centre <id>', EXIT_USAGE);
        if (!(await findRecord(store, 'centres', centre))) fail(`no centre "${centre}" in this database`);
        const token = await createToken(store, centre, values.label ?? null);
        process.stderr.write(`token ${token.id} for centre ${centre}; it is shown only now, keep it secret:\n`);
        process.stdout.write(`${token.token}\n`);
      } else if (action === 'revoke') {
        if (!id) fail('token revoke needs the token id', EXIT_USAGE);
        if (!(await revokeToken(store, id))) fail(`no live token "${id}"`);
        process.stdout.write(`revoked ${id}\n`);
      } else if (action === 'list') {
        for (const token of await listTokens(store)) {
          process.stdout.write(`${token.id}\t${token.centreId}\t${token.createdAt}\t${token.revokedAt ? `revoked ${token.revokedAt}` : 'live'}\t${token.label ?? ''}\n`);
        }
      } else {
        fail(`unknown token command "${action ?? ''}"\n\n${HELP}`, EXIT_USAGE);
      }
    } finally {
      await store.close();
      release();
    }
    return;
  }

  fail(`unknown command "${command}"\n\n${HELP}`, EXIT_USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => fail((error as Error).message ?? String(error)));
