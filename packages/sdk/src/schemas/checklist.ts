import * as z from 'zod/mini';
import {idSchema} from './common.js';

/** What the user sets; the other statuses ("cannot start yet", "not applicable") are derived. */
export const checklistTaskProgress = ['not-started', 'in-progress', 'completed'] as const;
export const checklistTaskProgressSchema = z.enum(checklistTaskProgress);

export const checklistAmountFields = ['newGrant', 'unusedFunds', 'ownFunding', 'hostCoFunding', 'earmarkedLeveHeleLivet'] as const;

/**
 * One part of the progress a user changes on its own: a task's progress, an answer, an amount or
 * the case number. Two tabs merge part by part (`mergeChecklistStates`).
 */
export const checklistPartPattern = new RegExp(`^(?:tasks\\.[a-z0-9]+(?:-[a-z0-9]+)*|answers\\.(?:hasUnusedFunds|applyingAgain)|amounts\\.(?:${checklistAmountFields.join('|')})|caseNumber)$`);

/** Amounts are kept exactly as typed, so an invalid entry is shown back with its error, never lost. */
const enteredTextSchema = z.string().check(z.maxLength(200));

/**
 * A user's progress on one scheme year's application: what is exported, imported and (with
 * consent) kept in the browser. Versioned so an old or foreign file is recognised, not misread.
 */
export const checklistStateSchema = z.object({
  format: z.literal('usht-application-checklist'),
  version: z.literal(1),
  schemeYear: z.int().check(z.gte(2000), z.lte(2100)),
  centreId: z.nullable(idSchema),
  /** ISO timestamp of the last change; the newer copy wins between two tabs. */
  updatedAt: z.iso.datetime({offset: true}),
  tasks: z.record(idSchema, checklistTaskProgressSchema),
  answers: z.object({
    /** "Do you have unused funds from last year?" null until answered. */
    hasUnusedFunds: z.nullable(z.boolean()),
    /** "Are you applying for a new grant this year?" */
    applyingAgain: z.nullable(z.boolean()),
  }),
  amounts: z.partialRecord(z.enum(checklistAmountFields), enteredTextSchema),
  caseNumber: enteredTextSchema,
  /**
   * When each part was last changed, by part (`tasks.budget`, `answers.hasUnusedFunds`,
   * `amounts.newGrant`, `caseNumber`): between two tabs the later change of each part wins, so
   * changes to different parts both survive. Optional: a record without it (older copies, files
   * written by hand) counts every part as changed at `updatedAt`.
   */
  changedAt: z.optional(z.record(z.string().check(z.regex(checklistPartPattern)), z.iso.datetime({offset: true}))),
});
export type ChecklistTaskProgress = z.infer<typeof checklistTaskProgressSchema>;
export type ChecklistAmountField = (typeof checklistAmountFields)[number];
export type ChecklistState = z.infer<typeof checklistStateSchema>;
