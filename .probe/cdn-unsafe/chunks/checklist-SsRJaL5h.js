import { c as checklistStateSchema, i as int, _ as _gte, a as _lte, n as nullable, b as checklistTaskProgressSchema, d as idSchema, e as checklistAmountFields } from './index-DvdemOKG.js';

/**
 * The grant application as a task list: which tasks a scheme year asks for, what state each is in,
 * and whether the amounts and case number a user typed make sense. Pure functions, so the element
 * only renders and stores, and every rule here is tested in Node.
 *
 * The tasks come from the scheme's rules (`GrantScheme.rules`): a task exists only when the scheme
 * has its rule, and its hints are the rules' own words with their sources. A year whose scheme lacks
 * a rule (no earmarked Leve hele livet funds, say) simply gets no such task.
 */
/** What a row shows. The user sets the first three; the others follow from answers and other tasks. */
const checklistTaskStatuses = ['not-started', 'in-progress', 'completed', 'not-applicable', 'cannot-start-yet', 'problem'];
/** The three stages of the year: before you apply, the application, after the decision. */
const checklistGroupIds = ['before-you-apply', 'application', 'after-decision'];
const checklistTaskIds = [
    'altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget', 'unused-funds',
    'unused-funds-continue', 'unused-funds-transfer', 'earmarked-leve-hele-livet', 'submit', 'reporting',
];
// The order of the rows. Budget fields hold own funding and the host's co-funding; the unused
// amount lives with the case number because the source puts both in the same step.
const templates = [
    { id: 'altinn-role', group: 'before-you-apply', rules: ['altinn-role'] },
    { id: 'read-rules', group: 'before-you-apply', rules: ['read-rules'] },
    { id: 'action-plan', group: 'application', rules: ['action-plan'], application: true },
    { id: 'project-description', group: 'application', rules: ['project-description'], application: true },
    { id: 'budget', group: 'application', rules: ['budget-own-funding', 'host-co-funding'], fields: ['newGrant', 'ownFunding', 'hostCoFunding'], application: true },
    { id: 'unused-funds', group: 'application', rules: ['unused-funds-continue', 'unused-funds-transfer'], kind: 'question' },
    { id: 'unused-funds-continue', group: 'application', rules: ['unused-funds-continue'], fields: ['caseNumber', 'unusedFunds'], branch: 'continue' },
    { id: 'unused-funds-transfer', group: 'application', rules: ['unused-funds-transfer'], branch: 'transfer' },
    { id: 'earmarked-leve-hele-livet', group: 'application', rules: ['earmarked-leve-hele-livet', 'leve-hele-livet-priority'], fields: ['earmarkedLeveHeleLivet'], application: true },
    { id: 'submit', group: 'application', rules: ['submit'], application: true },
    { id: 'reporting', group: 'after-decision', rules: ['reporting'] },
];
/** Fields that must hold a value before their task may be completed. */
const requiredFields = new Set(['newGrant', 'ownFunding', 'hostCoFunding', 'caseNumber', 'unusedFunds']);
/** Longest case number we accept when the scheme gives no pattern for it. */
const CASE_NUMBER_MAX_LENGTH = 40;
/** A progress record for a scheme year with nothing done yet. */
function emptyChecklistState(schemeYear, centreId = null, now = new Date()) {
    return {
        format: 'usht-application-checklist',
        version: 1,
        schemeYear,
        centreId,
        updatedAt: now.toISOString(),
        tasks: {},
        answers: { hasUnusedFunds: null, applyingAgain: null },
        amounts: {},
        caseNumber: '',
    };
}
/**
 * Kroner as people type them: "285 000", "285000", "285 000 kr", "kr 285.000", "285 000,-",
 * "1 250,50", "1,250.50", "-5 000" (negative numbers come back negative so the caller can say so).
 * Returns null for anything that is not an amount (and for an empty string).
 */
function parseNok(text) {
    let s = text.trim().replace(/\u2212/g, '-').replace(/^(kr\.?|nok)\s*/i, '').replace(/\s*(kr\.?|nok|,-|\.-)$/i, '');
    const negative = s.startsWith('-');
    if (negative)
        s = s.slice(1);
    // Spaces, no-break spaces (what Intl puts in "285 000") and thin spaces group thousands.
    s = s.replace(/[\s\u00a0\u202f]/g, '');
    if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s))
        s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s))
        s = s.replace(/,/g, '');
    else if (/^\d+([.,]\d{1,2})?$/.test(s))
        s = s.replace(',', '.');
    else
        return null;
    const value = Number(s);
    if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER)
        return null;
    return negative && value !== 0 ? -value : value;
}
/** Which unused-funds branch the answers lead to. */
function branchOf(state) {
    const { hasUnusedFunds, applyingAgain } = state.answers;
    if (hasUnusedFunds !== true)
        return 'none';
    if (applyingAgain === null)
        return 'unanswered';
    return applyingAgain ? 'continue' : 'transfer';
}
/** Only the "no unused funds" path and "yes, applying again" keep the application tasks. */
const notApplyingAgain = (state) => state.answers.hasUnusedFunds === true && state.answers.applyingAgain === false;
function amountError(field, text, scheme) {
    if (text.trim() === '')
        return undefined;
    const value = parseNok(text);
    if (value === null)
        return { field, code: 'not-a-number' };
    if (value < 0)
        return { field, code: 'negative' };
    const limit = field === 'earmarkedLeveHeleLivet' ? scheme.earmarkedLeveHeleLivetMax?.valueNOK : undefined;
    if (limit !== undefined && value > limit)
        return { field, code: 'over-limit', limit };
    return undefined;
}
function caseNumberPattern(scheme) {
    if (scheme.caseNumberPattern === undefined)
        return undefined;
    try {
        return new RegExp(`^(?:${scheme.caseNumberPattern})$`, 'u');
    }
    catch {
        // A broken pattern in a feed must not block the user: fall back to the lenient check.
        return undefined;
    }
}
function caseNumberError(text, scheme) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (value.length > CASE_NUMBER_MAX_LENGTH)
        return { field: 'caseNumber', code: 'too-long' };
    // No source we read shows the form of Helsedirektoratet's case numbers (seed-000 says only
    // "Henvis til saksnummer"), so without a `caseNumberPattern` in the scheme data we check only
    // that something is there and that it is not absurdly long.
    const pattern = caseNumberPattern(scheme);
    if (pattern && !pattern.test(value))
        return { field: 'caseNumber', code: 'case-number-format' };
    return undefined;
}
function fieldText(state, field) {
    return field === 'caseNumber' ? state.caseNumber : state.amounts[field] ?? '';
}
/** Templates whose first rule the scheme has, with the rules it has. */
function presentTemplates(scheme) {
    const byId = new Map(scheme.rules.map((rule) => [rule.id, rule]));
    return templates.flatMap((template) => {
        const rules = template.rules.flatMap((id) => byId.get(id) ?? []);
        const [first] = template.rules;
        if (first === undefined || !byId.has(first)) {
            // The question stands in for both branches: it exists when either branch rule does.
            if (template.kind !== 'question' || rules.length === 0)
                return [];
        }
        return [{ template, rules }];
    });
}
/** Is the field part of a task the user can work on under the current answers? */
function fieldInPlay(template, state) {
    if (template.application && notApplyingAgain(state))
        return false;
    if (template.branch)
        return branchOf(state) === template.branch;
    return true;
}
/**
 * Problems with what the user typed, per field: amounts that are not numbers, negative or above the
 * scheme's limit (the earmarked Leve hele livet amount), a case number of the wrong form, and empty
 * fields of a task marked completed. Fields of tasks that do not apply under the answers are not
 * checked (their text is kept, not judged).
 */
function checkAmounts(scheme, state) {
    const errors = [];
    for (const { template } of presentTemplates(scheme)) {
        if (!template.fields || !fieldInPlay(template, state))
            continue;
        const completed = state.tasks[template.id] === 'completed';
        for (const field of template.fields) {
            const text = fieldText(state, field);
            const error = field === 'caseNumber' ? caseNumberError(text, scheme) : amountError(field, text, scheme);
            if (error)
                errors.push(error);
            else if (completed && requiredFields.has(field) && text.trim() === '')
                errors.push({ field, code: 'required' });
        }
    }
    return errors;
}
/**
 * What the application asks for in all: last year's unused funds (when they are carried on) plus the
 * new grant. Null while one of those amounts is missing or invalid.
 */
function totalAsked(scheme, state) {
    if (notApplyingAgain(state))
        return null;
    const amount = (field) => {
        const value = parseNok(state.amounts[field] ?? '');
        return value === null || value < 0 ? null : value;
    };
    const newGrant = amount('newGrant');
    if (newGrant === null)
        return null;
    const carriesOn = branchOf(state) === 'continue' && scheme.rules.some((rule) => rule.id === 'unused-funds-continue');
    if (!carriesOn)
        return newGrant;
    const unused = amount('unusedFunds');
    return unused === null ? null : unused + newGrant;
}
/** The question's status follows from its answers alone. */
function questionStatus(state) {
    const { hasUnusedFunds, applyingAgain } = state.answers;
    if (hasUnusedFunds === null)
        return 'not-started';
    if (hasUnusedFunds && applyingAgain === null)
        return 'in-progress';
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
function applicationTasks(scheme, state) {
    const errors = checkAmounts(scheme, state);
    const branch = branchOf(state);
    const tasks = [];
    for (const { template, rules } of presentTemplates(scheme)) {
        if (template.branch && branch === 'none')
            continue;
        const fields = template.fields ?? [];
        const ownErrors = errors.filter((error) => fields.includes(error.field));
        const progress = state.tasks[template.id] ?? 'not-started';
        let status;
        if ((template.application && notApplyingAgain(state)) || (template.branch && branch !== 'unanswered' && branch !== template.branch)) {
            status = 'not-applicable';
        }
        else if (template.branch && branch === 'unanswered') {
            status = 'cannot-start-yet';
        }
        else if (template.id === 'submit' && tasks.some((task) => task.status !== 'completed' && task.status !== 'not-applicable')) {
            status = 'cannot-start-yet';
        }
        else if (template.id === 'reporting' && tasks.some((task) => task.id === 'submit' && task.status !== 'completed' && task.status !== 'not-applicable')) {
            status = 'cannot-start-yet';
        }
        else if (ownErrors.length > 0) {
            status = 'problem';
        }
        else if (template.kind === 'question') {
            status = questionStatus(state);
        }
        else {
            status = progress;
        }
        tasks.push({ id: template.id, group: template.group, kind: template.kind ?? 'manual', rules, fields, status, progress, errors: ownErrors });
    }
    const groups = checklistGroupIds
        .map((id) => ({ id, tasks: tasks.filter((task) => task.group === id) }))
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
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const issuePaths = (issues) => [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(root)'))];
/**
 * Reads progress from storage or a file, whatever it holds. Version 1 is the first format, so
 * there is nothing older to migrate from yet: an older or newer version is reported, never
 * misread; migrations from version 1 go here when version 2 comes.
 *
 * With `recover`, a version-1 record with some broken parts (a hand-edited or half-written copy)
 * keeps every part that is still valid; without it (imports, where a tampered file must be
 * refused as a whole) any problem makes it 'invalid'.
 */
function migrateChecklistState(value, options = {}) {
    if (!isRecord(value) || value['format'] !== 'usht-application-checklist')
        return { status: 'foreign' };
    if (value['version'] !== 1)
        return { status: 'unsupported-version', version: value['version'] };
    const parsed = checklistStateSchema.safeParse(value);
    if (parsed.success)
        return { status: 'current', state: parsed.data };
    const paths = issuePaths(parsed.error.issues);
    if (!options.recover)
        return { status: 'invalid', paths };
    // Which year and centre a record belongs to cannot be guessed: without them it is lost.
    const year = int().check(_gte(2000), _lte(2100)).safeParse(value['schemeYear']);
    const centre = nullable(idSchema).safeParse(value['centreId'] ?? null);
    if (!year.success || !centre.success)
        return { status: 'invalid', paths };
    const state = emptyChecklistState(year.data, centre.data);
    const updatedAt = checklistStateSchema.shape.updatedAt.safeParse(value['updatedAt']);
    if (updatedAt.success)
        state.updatedAt = updatedAt.data;
    const tasks = isRecord(value['tasks']) ? value['tasks'] : {};
    for (const [id, progress] of Object.entries(tasks)) {
        const checked = checklistTaskProgressSchema.safeParse(progress);
        if (idSchema.safeParse(id).success && checked.success)
            state.tasks[id] = checked.data;
    }
    const answers = isRecord(value['answers']) ? value['answers'] : {};
    for (const key of ['hasUnusedFunds', 'applyingAgain']) {
        const answer = answers[key];
        if (typeof answer === 'boolean')
            state.answers[key] = answer;
    }
    const amounts = isRecord(value['amounts']) ? value['amounts'] : {};
    for (const field of checklistAmountFields) {
        const text = amounts[field];
        if (typeof text === 'string' && text.length <= 200)
            state.amounts[field] = text;
    }
    const caseNumber = value['caseNumber'];
    if (typeof caseNumber === 'string' && caseNumber.length <= 200)
        state.caseNumber = caseNumber;
    return { status: 'recovered', state, lost: paths };
}

export { CASE_NUMBER_MAX_LENGTH, applicationTasks, checkAmounts, checklistGroupIds, checklistTaskIds, checklistTaskStatuses, emptyChecklistState, migrateChecklistState, parseNok, totalAsked };
