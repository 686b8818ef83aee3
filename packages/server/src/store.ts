/**
 * The database: a real PostgreSQL through `pg` when a connection string is given, else PGlite
 * (PostgreSQL compiled to WebAssembly) in a directory, so the server runs on a fresh machine with
 * nothing else installed. Both speak the same SQL; every statement is parameterised.
 */
import {readdir, readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{rows: Row[]}>;
}

export interface Store extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** `postgres://…`: a real PostgreSQL. Without it, PGlite. */
  readonly databaseUrl?: string | undefined;
  /** PGlite's directory; absent: in memory (tests). */
  readonly dataDir?: string | undefined;
}

async function openPostgres(url: string): Promise<Store> {
  const {default: pg} = await import('pg');
  // Dates stay the text PostgreSQL sends: the data's dates are calendar dates, never instants.
  const pool = new pg.Pool({connectionString: url, max: 10});
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    query: async (sql, params) => ({rows: (await pool.query(sql, params as unknown[])).rows}),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({query: async (sql, params) => ({rows: (await client.query(sql, params as unknown[])).rows})});
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  const {PGlite} = await import('@electric-sql/pglite');
  const db = new PGlite(dataDir ?? 'memory://');
  await db.waitReady;
  const asRows = <Row>(result: {rows: unknown[]}) => ({rows: result.rows as Row[]});
  return {
    kind: 'pglite',
    query: async (sql, params) => asRows(await db.query(sql, params as unknown[])),
    // PGlite runs one statement at a time; its transaction() queues every other caller behind it.
    transaction: (work) => db.transaction((tx) => work({query: async (sql, params) => asRows(await tx.query(sql, params as unknown[]))})),
    close: () => db.close(),
  };
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

export const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

/**
 * Applies the SQL files of migrations/ in name order, each once, each in its own transaction. An
 * advisory lock lets several server processes start against one database without racing.
 */
export async function migrate(store: Store): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  const applied: string[] = [];
  await store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7215004)');
    await tx.query('create table if not exists usht_migrations (name text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{name: string}>('select name from usht_migrations')).rows.map((row) => row.name));
    for (const name of files) {
      if (done.has(name)) continue;
      const sql = await readFile(new URL(name, new URL('../migrations/', import.meta.url)), 'utf8');
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into usht_migrations (name) values ($1)', [name]);
      applied.push(name);
    }
  });
  return applied;
}

/** Our migrations hold no functions or quoted semicolons: statements end at a `;` that ends a line. */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
