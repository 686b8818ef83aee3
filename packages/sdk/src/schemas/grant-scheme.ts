import * as z from 'zod/mini';
import {isoDateSchema, longTextSchema, safeUrlSchema, sourceRefsSchema, textSchema} from './common.js';

const sourcedAmountSchema = z.object({
  valueNOK: z.int().check(z.gte(0)),
  /** The amount as the source writes it. */
  asWritten: textSchema,
  source: sourceRefsSchema,
});

/**
 * The rules an application must follow, each in the source's words. The checklist builds its
 * tasks from these ids, so a scheme for another year only has to supply its own wording.
 */
export const grantRuleIds = [
  'altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget-own-funding', 'host-co-funding',
  'unused-funds-continue', 'unused-funds-transfer', 'earmarked-leve-hele-livet', 'leve-hele-livet-priority',
  'submit', 'reporting',
] as const;
export const grantRuleIdSchema = z.enum(grantRuleIds);

export const grantRuleSchema = z.object({
  id: grantRuleIdSchema,
  text: longTextSchema,
  source: sourceRefsSchema,
});

/** A year of the grant scheme (tilskuddsordning), kap. 0761 post 67. */
export const grantSchemeSchema = z.object({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  name: textSchema,
  administrator: textSchema,
  url: z.nullable(safeUrlSchema),
  budgetChapter: textSchema,
  budgetPost: textSchema,
  total: z.nullable(sourcedAmountSchema),
  /** The most a centre may ask for Leve hele livet work; null where the year sets no limit we know of. */
  earmarkedLeveHeleLivetMax: z.nullable(sourcedAmountSchema),
  altinnRole: z.object({name: textSchema, delegatedBy: textSchema, source: sourceRefsSchema}),
  /** Case numbers (saksnummer) as Helsedirektoratet writes them, e.g. 20/12345. */
  caseNumberPattern: z.optional(textSchema),
  applicationDeadline: z.nullable(isoDateSchema),
  rules: z.array(grantRuleSchema),
  notes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});
export type GrantRuleId = z.infer<typeof grantRuleIdSchema>;
export type GrantRule = z.infer<typeof grantRuleSchema>;
export type GrantScheme = z.infer<typeof grantSchemeSchema>;
