/**
 * The grant application as a task list: which tasks a scheme year asks for, what state each is in,
 * and whether the amounts and case number a user typed make sense. Pure functions, so the element
 * only renders and stores, and every rule here is tested in Node.
 *
 * The tasks come from the scheme's rules (`GrantScheme.rules`): a task exists only when the scheme
 * has its rule, and its hints are the rules' own words with their sources. A year whose scheme lacks
 * a rule (no earmarked Leve hele livet funds, say) simply gets no such task.
 */
import * as z from 'zod/mini';
import {
  checklistAmountFields,
  checklistPartPattern,
  checklistStateSchema,
  checklistTaskProgressSchema,
  type ChecklistAmountField,
  type ChecklistState,
  type ChecklistTaskProgress,
} from './schemas/checklist.js';
import {idSchema} from './schemas/common.js';
import type {GrantRule, GrantRuleId, GrantScheme} from './schemas/grant-scheme.js';

/** What a row shows. The user sets the first three; the others follow from answers and other tasks. */
export const checklistTaskStatuses = ['not-started', 'in-progress', 'completed', 'not-applicable', 'cannot-start-yet', 'problem'] as const;
export type ChecklistTaskStatus = (typeof checklistTaskStatuses)[number];

/** The three stages of the year: before you apply, the application, after the decision. */
export const checklistGroupIds = ['before-you-apply', 'application', 'after-decision'] as const;
export type ChecklistGroupId = (typeof checklistGroupIds)[number];

export const checklistTaskIds = [
  'altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget', 'unused-funds',
  'unused-funds-continue', 'unused-funds-transfer', 'earmarked-leve-hele-livet', 'submit', 'reporting',
] as const;
export type ChecklistTaskId = (typeof checklistTaskIds)[number];

/** A field the user types into: the amounts, and the case number of last year's grant. */
export type ChecklistField = ChecklistAmountField | 'caseNumber';

export type ChecklistErrorCode =
  | 'required' // the task is marked completed but the field is empty
  | 'not-a-number'
  | 'negative'
  | 'over-limit' // above the scheme's limit (`limit` says which)
  | 'case-number-format' // does not match the scheme's `caseNumberPattern`
  | 'too-long';

export interface ChecklistFieldError {
  readonly field: ChecklistField;
  readonly code: ChecklistErrorCode;
  /** For 'over-limit': the most allowed, in kroner. */
  readonly limit?: number;
}

export interface ChecklistTask {
  readonly id: ChecklistTaskId;
  readonly group: ChecklistGroupId;
  /** 'question': its status follows the answers; 'manual': the user marks progress. */
  readonly kind: 'manual' | 'question';
  /** The scheme's rules behind the task, in the source's words: the task's hints. */
  readonly rules: readonly GrantRule[];
  readonly fields: readonly ChecklistField[];
  readonly status: ChecklistTaskStatus;
  /** What the user set (kept even while the status is derived, so nothing is lost). */
  readonly progress: ChecklistTaskProgress;
  readonly errors: readonly ChecklistFieldError[];
}

export interface ChecklistGroup {
  readonly id: ChecklistGroupId;
  readonly tasks: readonly ChecklistTask[];
}

export interface ChecklistOverview {
  readonly groups: readonly ChecklistGroup[];
  readonly tasks: readonly ChecklistTask[];
  /** Tasks completed, out of `total` (tasks that apply: "4 av 9 oppgaver fullført"). */
  readonly completed: number;
  readonly total: number;
  readonly errors: readonly ChecklistFieldError[];
  /** Unused funds + new grant, in kroner; null until the amounts it needs are valid. */
  readonly totalAsked: number | null;
}

interface TaskTemplate {
  readonly id: ChecklistTaskId;
  readonly group: ChecklistGroupId;
  /** The first rule must be in the scheme for the task to exist; the others add hints. */
  readonly rules: readonly GrantRuleId[];
  readonly kind?: 'question';
  readonly fields?: readonly ChecklistField[];
  /** Part of a new application: not applicable when the centre is not applying again. */
  readonly application?: true;
  /** Which answer to "applying again?" the task belongs to (only asked when there are unused funds). */
  readonly branch?: 'continue' | 'transfer';
}

// The order of the rows. Budget fields hold own funding and the host's co-funding; the unused
// amount lives with the case number because the source puts both in the same step.
const templates: readonly TaskTemplate[] = [
  {id: 'altinn-role', group: 'before-you-apply', rules: ['altinn-role']},
  {id: 'read-rules', group: 'before-you-apply', rules: ['read-rules']},
  {id: 'action-plan', group: 'application', rules: ['action-plan'], application: true},
  {id: 'project-description', group: 'application', rules: ['project-description'], application: true},
  {id: 'budget', group: 'application', rules: ['budget-own-funding', 'host-co-funding'], fields: ['newGrant', 'ownFunding', 'hostCoFunding'], application: true},
  {id: 'unused-funds', group: 'application', rules: ['unused-funds-continue', 'unused-funds-transfer'], kind: 'question'},
  {id: 'unused-funds-continue', group: 'application', rules: ['unused-funds-continue'], fields: ['caseNumber', 'unusedFunds'], branch: 'continue'},
  {id: 'unused-funds-transfer', group: 'application', rules: ['unused-funds-transfer'], branch: 'transfer'},
  {id: 'earmarked-leve-hele-livet', group: 'application', rules: ['earmarked-leve-hele-livet', 'leve-hele-livet-priority'], fields: ['earmarkedLeveHeleLivet'], application: true},
  {id: 'submit', group: 'application', rules: ['submit'], application: true},
  {id: 'reporting', group: 'after-decision', rules: ['reporting']},
];

/** Fields that must hold a value before their task may be completed. */
const requiredFields: ReadonlySet<ChecklistField> = new Set<ChecklistField>(['newGrant', 'ownFunding', 'hostCoFunding', 'caseNumber', 'unusedFunds']);

/** Longest case number we accept when the scheme gives no pattern for it. */
export const CASE_NUMBER_MAX_LENGTH = 40;

/** A progress record for a scheme year with nothing done yet. */
export function emptyChecklistState(schemeYear: number, centreId: string | null = null, now: Date = new Date()): ChecklistState {
  return {
    format: 'usht-application-checklist',
    version: 1,
    schemeYear,
    centreId,
    updatedAt: now.toISOString(),
    tasks: {},
    answers: {hasUnusedFunds: null, applyingAgain: null},
    amounts: {},
    caseNumber: '',
    changedAt: {},
  };
}

/**
 * Kroner as people type them: "285 000", "285000", "285 000 kr", "kr 285.000", "285 000,-",
 * "1 250,50", "1,250.50", "-5 000" (negative numbers come back negative so the caller can say so).
 * Returns null for anything that is not an amount (and for an empty string).
 */
export function parseNok(text: string): number | null {
  let s = text.trim().replace(/\u2212/g, '-').replace(/^(kr\.?|nok)\s*/i, '').replace(/\s*(kr\.?|nok|,-|\.-)$/i, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  // Spaces, no-break spaces (what Intl puts in "285 000") and thin spaces group thousands.
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+([.,]\d{1,2})?$/.test(s)) s = s.replace(',', '.');
  else return null;
  const value = Number(s);
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return null;
  return negative && value !== 0 ? -value : value;
}

type Branch = 'continue' | 'transfer' | 'unanswered' | 'none';

/** Which unused-funds branch the answers lead to. */
function branchOf(state: ChecklistState): Branch {
  const {hasUnusedFunds, applyingAgain} = state.answers;
  if (hasUnusedFunds !== true) return 'none';
  if (applyingAgain === null) return 'unanswered';
  return applyingAgain ? 'continue' : 'transfer';
}

/** Only the "no unused funds" path and "yes, applying again" keep the application tasks. */
const notApplyingAgain = (state: ChecklistState): boolean => state.answers.hasUnusedFunds === true && state.answers.applyingAgain === false;

function amountError(field: ChecklistAmountField, text: string, scheme: GrantScheme): ChecklistFieldError | undefined {
  if (text.trim() === '') return undefined;
  const value = parseNok(text);
  if (value === null) return {field, code: 'not-a-number'};
  if (value < 0) return {field, code: 'negative'};
  const limit = field === 'earmarkedLeveHeleLivet' ? scheme.earmarkedLeveHeleLivetMax?.valueNOK : undefined;
  if (limit !== undefined && value > limit) return {field, code: 'over-limit', limit};
  return undefined;
}

function caseNumberPattern(scheme: GrantScheme): RegExp | undefined {
  if (scheme.caseNumberPattern === undefined) return undefined;
  try {
    return new RegExp(`^(?:${scheme.caseNumberPattern})$`, 'u');
  } catch {
    // A broken pattern in a feed must not block the user: fall back to the lenient check.
    return undefined;
  }
}

function caseNumberError(text: string, scheme: GrantScheme): ChecklistFieldError | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (value.length > CASE_NUMBER_MAX_LENGTH) return {field: 'caseNumber', code: 'too-long'};
  // No source we read shows the form of Helsedirektoratet's case numbers (seed-000 says only
  // "Henvis til saksnummer"), so without a `caseNumberPattern` in the scheme data we check only
  // that something is there and that it is not absurdly long.
  const pattern = caseNumberPattern(scheme);
  if (pattern && !pattern.test(value)) return {field: 'caseNumber', code: 'case-number-format'};
  return undefined;
}

function fieldText(state: ChecklistState, field: ChecklistField): string {
  return field === 'caseNumber' ? state.caseNumber : state.amounts[field] ?? '';
}

/** Templates whose first rule the scheme has, with the rules it has. */
function presentTemplates(scheme: GrantScheme): {template: TaskTemplate; rules: GrantRule[]}[] {
  const byId = new Map(scheme.rules.map((rule) => [rule.id, rule]));
  return templates.flatMap((template) => {
    const rules = template.rules.flatMap((id) => byId.get(id) ?? []);
    const [first] = template.rules;
    if (first === undefined || !byId.has(first)) {
      // The question stands in for both branches: it exists when either branch rule does.
      if (template.kind !== 'question' || rules.length === 0) return [];
    }
    return [{template, rules}];
  });
}

/** Is the field part of a task the user can work on under the current answers? */
function fieldInPlay(template: TaskTemplate, state: ChecklistState): boolean {
  if (template.application && notApplyingAgain(state)) return false;
  if (template.branch) return branchOf(state) === template.branch;
  return true;
}

/**
 * Problems with what the user typed, per field: amounts that are not numbers, negative or above the
 * scheme's limit (the earmarked Leve hele livet amount), a case number of the wrong form, and empty
 * fields of a task marked completed. Fields of tasks that do not apply under the answers are not
 * checked (their text is kept, not judged).
 */
export function checkAmounts(scheme: GrantScheme, state: ChecklistState): ChecklistFieldError[] {
  const errors: ChecklistFieldError[] = [];
  for (const {template} of presentTemplates(scheme)) {
    if (!template.fields || !fieldInPlay(template, state)) continue;
    const completed = state.tasks[template.id] === 'completed';
    for (const field of template.fields) {
      const text = fieldText(state, field);
      const error = field === 'caseNumber' ? caseNumberError(text, scheme) : amountError(field, text, scheme);
      if (error) errors.push(error);
      else if (completed && requiredFields.has(field) && text.trim() === '') errors.push({field, code: 'required'});
    }
  }
  return errors;
}

/**
 * What the application asks for in all: last year's unused funds (when they are carried on) plus the
 * new grant. Null while one of those amounts is missing or invalid.
 */
export function totalAsked(scheme: GrantScheme, state: ChecklistState): number | null {
  if (notApplyingAgain(state)) return null;
  const amount = (field: ChecklistAmountField): number | null => {
    const value = parseNok(state.amounts[field] ?? '');
    return value === null || value < 0 ? null : value;
  };
  const newGrant = amount('newGrant');
  if (newGrant === null) return null;
  const carriesOn = branchOf(state) === 'continue' && scheme.rules.some((rule) => rule.id === 'unused-funds-continue');
  if (!carriesOn) return newGrant;
  const unused = amount('unusedFunds');
  return unused === null ? null : unused + newGrant;
}

/** The question's status follows from its answers alone. */
function questionStatus(state: ChecklistState): ChecklistTaskStatus {
  const {hasUnusedFunds, applyingAgain} = state.answers;
  if (hasUnusedFunds === null) return 'not-started';
  if (hasUnusedFunds && applyingAgain === null) return 'in-progress';
  return 'completed';
}

/**
 * The task list for a scheme year and a user's progress, grouped, with each task's status:
 * - 'not-applicable': the other branch of the unused-funds question, or the application's tasks
 *   when the centre is not applying again;
 * - 'cannot-start-yet': a branch task before "applying again?" is answered; "submit" until every
 *   task before it is completed; "reporting" until the application is submitted;
 * - 'problem': a field of the task has an error (see `checkAmounts`);
 * - otherwise what the user set ('not-started' when nothing).
 * Branch tasks appear once the user says there are unused funds.
 */
export function applicationTasks(scheme: GrantScheme, state: ChecklistState): ChecklistOverview {
  const errors = checkAmounts(scheme, state);
  const branch = branchOf(state);
  const tasks: ChecklistTask[] = [];
  for (const {template, rules} of presentTemplates(scheme)) {
    if (template.branch && branch === 'none') continue;
    const fields = template.fields ?? [];
    const ownErrors = errors.filter((error) => fields.includes(error.field));
    const progress = state.tasks[template.id] ?? 'not-started';
    let status: ChecklistTaskStatus;
    if ((template.application && notApplyingAgain(state)) || (template.branch && branch !== 'unanswered' && branch !== template.branch)) {
      status = 'not-applicable';
    } else if (template.branch && branch === 'unanswered') {
      status = 'cannot-start-yet';
    } else if (template.id === 'submit' && tasks.some((task) => task.status !== 'completed' && task.status !== 'not-applicable')) {
      status = 'cannot-start-yet';
    } else if (template.id === 'reporting' && tasks.some((task) => task.id === 'submit' && task.status !== 'completed' && task.status !== 'not-applicable')) {
      status = 'cannot-start-yet';
    } else if (ownErrors.length > 0) {
      status = 'problem';
    } else if (template.kind === 'question') {
      status = questionStatus(state);
    } else {
      status = progress;
    }
    tasks.push({id: template.id, group: template.group, kind: template.kind ?? 'manual', rules, fields, status, progress, errors: ownErrors});
  }
  const groups = checklistGroupIds
    .map((id) => ({id, tasks: tasks.filter((task) => task.group === id)}))
    .filter((group) => group.tasks.length > 0);
  return {
    groups,
    tasks,
    completed: tasks.filter((task) => task.status === 'completed').length,
    total: tasks.filter((task) => task.status !== 'not-applicable').length,
    errors,
    totalAsked: totalAsked(scheme, state),
  };
}

export type ChecklistReadResult =
  | {readonly status: 'current'; readonly state: ChecklistState}
  /** Our format and version, but some parts were invalid and were reset; `lost` names them. */
  | {readonly status: 'recovered'; readonly state: ChecklistState; readonly lost: readonly string[]}
  /** Not a checklist at all (another program's data, not JSON, not an object). */
  | {readonly status: 'foreign'}
  /** A checklist of a version this code cannot read (older without a migration, or newer). */
  | {readonly status: 'unsupported-version'; readonly version: unknown}
  /** Our format and version but broken beyond recovery (or `recover` was off). */
  | {readonly status: 'invalid'; readonly paths: readonly string[]};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const issuePaths = (issues: readonly {path: readonly PropertyKey[]}[]): string[] =>
  [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(root)'))];

/**
 * Reads progress from storage or a file, whatever it holds. Version 1 is the first format, so
 * there is nothing older to migrate from yet: an older or newer version is reported, never
 * misread; migrations from version 1 go here when version 2 comes.
 *
 * With `recover`, a version-1 record with some broken parts (a hand-edited or half-written copy)
 * keeps every part that is still valid; without it (imports, where a tampered file must be
 * refused as a whole) any problem makes it 'invalid'.
 */
export function migrateChecklistState(value: unknown, options: {recover?: boolean} = {}): ChecklistReadResult {
  if (!isRecord(value) || value['format'] !== 'usht-application-checklist') return {status: 'foreign'};
  if (value['version'] !== 1) return {status: 'unsupported-version', version: value['version']};
  const parsed = checklistStateSchema.safeParse(value);
  if (parsed.success) return {status: 'current', state: parsed.data};
  const paths = issuePaths(parsed.error.issues);
  if (!options.recover) return {status: 'invalid', paths};

  // Which year and centre a record belongs to cannot be guessed: without them it is lost.
  const year = z.int().check(z.gte(2000), z.lte(2100)).safeParse(value['schemeYear']);
  const centre = z.nullable(idSchema).safeParse(value['centreId'] ?? null);
  if (!year.success || !centre.success) return {status: 'invalid', paths};
  const state = emptyChecklistState(year.data, centre.data);
  const updatedAt = checklistStateSchema.shape.updatedAt.safeParse(value['updatedAt']);
  if (updatedAt.success) state.updatedAt = updatedAt.data;
  const tasks = isRecord(value['tasks']) ? value['tasks'] : {};
  for (const [id, progress] of Object.entries(tasks)) {
    const checked = checklistTaskProgressSchema.safeParse(progress);
    if (idSchema.safeParse(id).success && checked.success) state.tasks[id] = checked.data;
  }
  const answers = isRecord(value['answers']) ? value['answers'] : {};
  for (const key of ['hasUnusedFunds', 'applyingAgain'] as const) {
    const answer = answers[key];
    if (typeof answer === 'boolean') state.answers[key] = answer;
  }
  const amounts = isRecord(value['amounts']) ? value['amounts'] : {};
  for (const field of checklistAmountFields) {
    const text = amounts[field];
    if (typeof text === 'string' && text.length <= 200) state.amounts[field] = text;
  }
  const caseNumber = value['caseNumber'];
  if (typeof caseNumber === 'string' && caseNumber.length <= 200) state.caseNumber = caseNumber;
  const changedAt = value['changedAt'];
  if (isRecord(changedAt)) {
    for (const [part, at] of Object.entries(changedAt)) {
      if (checklistPartPattern.test(part) && checklistStateSchema.shape.updatedAt.safeParse(at).success) state.changedAt![part] = at as string;
    }
  } else {
    // Without its stamps every part counts as changed when the record was (as checklistPartChangedAt reads it).
    delete state.changedAt;
  }
  return {status: 'recovered', state, lost: paths};
}

/** A part of the progress: `tasks.<id>`, `answers.hasUnusedFunds`, `answers.applyingAgain`, `amounts.<field>` or `caseNumber`. */
export type ChecklistPart = `tasks.${string}` | `answers.${keyof ChecklistState['answers']}` | `amounts.${ChecklistAmountField}` | 'caseNumber';

/** Every part a state holds a value for (a task or amount not set yet is no part), with its value. */
function partsOf(state: ChecklistState): Map<ChecklistPart, string | boolean | null> {
  const parts = new Map<ChecklistPart, string | boolean | null>();
  for (const [id, progress] of Object.entries(state.tasks)) parts.set(`tasks.${id}`, progress);
  parts.set('answers.hasUnusedFunds', state.answers.hasUnusedFunds);
  parts.set('answers.applyingAgain', state.answers.applyingAgain);
  for (const field of checklistAmountFields) {
    const amount = state.amounts[field];
    if (amount !== undefined) parts.set(`amounts.${field}`, amount);
  }
  parts.set('caseNumber', state.caseNumber);
  return parts;
}

function setPart(state: ChecklistState, part: ChecklistPart, value: string | boolean | null | undefined): void {
  const [group, key] = part.split('.') as [string, string];
  if (group === 'caseNumber') state.caseNumber = (value as string | undefined) ?? '';
  else if (group === 'answers') state.answers[key as keyof ChecklistState['answers']] = (value as boolean | null | undefined) ?? null;
  else {
    const record = (group === 'tasks' ? state.tasks : state.amounts) as Record<string, unknown>;
    if (value === undefined) delete record[key];
    else record[key] = value;
  }
}

/**
 * When a part was last changed, in ms since 1970 (-Infinity: never); a record without `changedAt`
 * counts every part as changed at `updatedAt`.
 */
export function checklistPartChangedAt(state: ChecklistState, part: ChecklistPart): number {
  const at = state.changedAt ? state.changedAt[part] : state.updatedAt;
  return at === undefined ? -Infinity : Date.parse(at);
}

/**
 * Returns `after` with `changedAt` set to `at` (ISO) for every part whose value differs from
 * `before`'s, or for every part it holds when `before` is null (a loaded file: the user's latest word).
 */
export function stampChecklistChanges(before: ChecklistState | null, after: ChecklistState, at: string): ChecklistState {
  const old = before ? partsOf(before) : new Map();
  const changedAt: Record<string, string> = {...(before ? before.changedAt : {})};
  const parts = partsOf(after);
  for (const part of new Set([...old.keys(), ...parts.keys()])) {
    if (!before || old.get(part) !== parts.get(part)) changedAt[part] = at;
  }
  return {...after, changedAt};
}

/** What a merge of two copies of the same progress gave. */
export interface ChecklistMerge {
  readonly state: ChecklistState;
  /** Parts where the copies differed and `theirs` was newer: the merge took their value. */
  readonly fromTheirs: readonly ChecklistPart[];
  /** Parts where the copies differed and `mine` was newer: the merge kept my value. */
  readonly fromMine: readonly ChecklistPart[];
  /** Whether the merge differs from `theirs` in any value or stamp (so it must be written back for them to see it). */
  readonly differsFromTheirs: boolean;
}

/**
 * Merges two copies of the same progress (two tabs, or a tab and what storage holds now) part by
 * part: of two different values the later change wins; changes to different parts both survive.
 * Deterministic, so two tabs merging each other's copies end with the same state. Equal times (the
 * same millisecond in two tabs) are settled by the values, the same way in both.
 */
export function mergeChecklistStates(mine: ChecklistState, theirs: ChecklistState): ChecklistMerge {
  const state: ChecklistState = structuredClone(mine);
  const changedAt: Record<string, string> = {};
  const fromTheirs: ChecklistPart[] = [];
  const fromMine: ChecklistPart[] = [];
  let differsFromTheirs = Date.parse(mine.updatedAt) > Date.parse(theirs.updatedAt);
  const my = partsOf(mine);
  const their = partsOf(theirs);
  for (const part of new Set([...my.keys(), ...their.keys()])) {
    const a = my.get(part);
    const b = their.get(part);
    const stampA = checklistPartChangedAt(mine, part);
    const stampB = checklistPartChangedAt(theirs, part);
    const takeTheirs = stampB > stampA || (stampB === stampA && JSON.stringify(b ?? null) > JSON.stringify(a ?? null));
    if (a !== b) {
      if (takeTheirs) {
        setPart(state, part, b);
        fromTheirs.push(part);
      } else {
        fromMine.push(part);
        differsFromTheirs = true;
      }
    } else if (stampA > stampB) {
      differsFromTheirs = true;
    }
    const stamp = Math.max(stampA, stampB);
    if (stamp > -Infinity) changedAt[part] = new Date(stamp).toISOString();
  }
  state.changedAt = changedAt;
  state.updatedAt = Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? theirs.updatedAt : mine.updatedAt;
  return {state, fromTheirs, fromMine, differsFromTheirs};
}

// The schema types a checklist user needs, so `@usht/sdk/checklist` is enough on its own.
export type {ChecklistState, ChecklistTaskProgress, ChecklistAmountField} from './schemas/checklist.js';
export type {GrantRule, GrantRuleId, GrantScheme} from './schemas/grant-scheme.js';
export type {Source} from './schemas/common.js';
