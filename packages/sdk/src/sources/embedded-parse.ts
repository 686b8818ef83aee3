/**
 * The strict parse of embedded collections. The data modules that ship with the SDK are parsed by
 * the build and by a test (sources.test.ts: each is its own parse), so reading them needs no zod;
 * this module, and zod with it, loads only for collections a caller supplies (`loaders`).
 */
import type * as z from 'zod/mini';
import {UshtValidationError, type ValidationIssue} from '../errors.js';
import {attributionSchema, feedCollections} from '../schemas/feed.js';
import {findUnknownKeys, parseCollection, rejectedIssues} from '../validate.js';

// The feed's collections and their schemas, and the attribution that ships beside them.
const schemas = {...feedCollections, attribution: attributionSchema} as const;

export type Collection = keyof typeof schemas;
export type Item<C extends Collection> = (typeof schemas)[C]['_zod']['output'];

/**
 * Parse embedded data strictly: one bad record or unknown key (a typo of an optional field) fails
 * the whole collection, so CI catches it before anyone embeds it.
 */
export function parseEmbedded<C extends Collection>(collection: C, data: unknown): Item<C>[] {
  const where = `embedded:${collection}`;
  const {items, rejected} = parseCollection(schemas[collection] as z.ZodMiniType<Item<C>>, data, {where, collection});
  const issues: ValidationIssue[] = rejectedIssues(rejected);
  if (issues.length === 0 && Array.isArray(data)) {
    data.forEach((record, index) => issues.push(...findUnknownKeys(record, items[index], `${collection}[${index}]`)));
  }
  if (issues.length > 0) throw new UshtValidationError(where, issues);
  return items;
}
