/**
 * Per-centre API tokens: `usht_<id>_<secret>`. The id finds the row; only a SHA-256 of the secret is
 * stored, and it is compared in constant time, so neither the database nor the timing gives a token away.
 */
import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';
import type {Queryable} from './store.js';

const TOKEN = /^usht_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface TokenInfo {
  readonly id: string;
  readonly centreId: string;
  readonly label: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Creates a token for one centre; the returned `token` is the only time the secret exists in clear. */
export async function createToken(db: Queryable, centreId: string, label: string | null = null): Promise<{id: string; token: string}> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.query('insert into usht_tokens (id, centre_id, label, secret_hash) values ($1, $2, $3, $4)', [id, centreId, label, hashSecret(secret)]);
  return {id, token: `usht_${id}_${secret}`};
}

/** Revokes by id (or by the whole token); false when no such live token exists. */
export async function revokeToken(db: Queryable, idOrToken: string): Promise<boolean> {
  const id = TOKEN.exec(idOrToken)?.[1] ?? idOrToken;
  const {rows} = await db.query('update usht_tokens set revoked_at = now() where id = $1 and revoked_at is null returning id', [id]);
  return rows.length > 0;
}

export async function listTokens(db: Queryable): Promise<TokenInfo[]> {
  const {rows} = await db.query<{id: string; centre_id: string; label: string | null; created_at: Date | string; revoked_at: Date | string | null}>(
    'select id, centre_id, label, created_at, revoked_at from usht_tokens order by created_at, id');
  return rows.map((row) => ({
    id: row.id, centreId: row.centre_id, label: row.label,
    createdAt: new Date(row.created_at).toISOString(), revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  }));
}

/** The live token a bearer value stands for, or undefined (malformed, unknown, wrong secret, revoked). */
export async function verifyToken(db: Queryable, bearer: string): Promise<{id: string; centreId: string} | undefined> {
  const match = TOKEN.exec(bearer);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const {rows} = await db.query<{centre_id: string; secret_hash: string}>(
    'select centre_id, secret_hash from usht_tokens where id = $1 and revoked_at is null', [id]);
  const row = rows[0];
  // Hash even when there is no row, so an unknown id costs what a wrong secret costs.
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(row?.secret_hash ?? hashSecret(''), 'hex');
  return row && timingSafeEqual(given, stored) ? {id, centreId: row.centre_id} : undefined;
}
