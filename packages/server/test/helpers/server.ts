/**
 * A real server on 127.0.0.1 for the tests, on the store the run chose: PGlite in memory by
 * default, or, with USHT_TEST_DATABASE_URL (scripts/test.mjs starts a PostgreSQL for it), a fresh
 * database of that PostgreSQL per server, dropped when the server closes.
 */
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {startServer, type StartOptions} from '../../src/start.js';
import {openStore, type Store} from '../../src/store.js';
import {createToken} from '../../src/tokens.js';

export const storeKind = process.env['USHT_TEST_DATABASE_URL'] ? 'postgres' : 'pglite';

export interface TestServer {
  /** 'http://127.0.0.1:PORT/' */
  readonly url: string;
  readonly store: Store;
  /** A live token for the centre. */
  token(centreId: string): Promise<string>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** With PostgreSQL, a new empty database of it (and how to drop it); undefined on PGlite runs. */
export async function freshDatabase(): Promise<{url: string; drop: () => Promise<void>} | undefined> {
  const admin = process.env['USHT_TEST_DATABASE_URL'];
  if (!admin) return undefined;
  const name = `usht_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const cleanup = new pg.Client(admin);
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A database of its own: one per server, so test files never see each other's writes. */
export async function openTestStore(): Promise<{store: Store; drop: () => Promise<void>}> {
  const database = await freshDatabase();
  if (!database) return {store: await openStore(), drop: async () => undefined};
  return {store: await openStore({databaseUrl: database.url}), drop: database.drop};
}

export async function startTestServer(options: Partial<StartOptions> = {}): Promise<TestServer> {
  const {store, drop} = await openTestStore();
  const server = await startServer({port: 0, host: '127.0.0.1', ...options, store});
  return {
    url: server.url,
    store,
    token: async (centreId) => (await createToken(store, centreId, 'test')).token,
    fetch: (path, init) => fetch(new URL(path.replace(/^\//, ''), server.url), init),
    async close() {
      await server.close();
      await drop();
    },
  };
}

/** JSON request headers with a bearer token. */
export function writeHeaders(token: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return {'content-type': 'application/json', ...(token ? {authorization: `Bearer ${token}`} : {}), ...extra};
}
