import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
  applicationTasks,
  checkAmounts,
  emptyChecklistState,
  mergeChecklistStates,
  migrateChecklistState,
  stampChecklistChanges,
  parseNok,
  totalAsked,
  type ChecklistTaskStatus,
} from '../src/checklist.js';
import {embeddedSource} from '../src/sources/embedded.js';
import {checklistStateSchema, type ChecklistState} from '../src/schemas/checklist.js';
import type {GrantScheme} from '../src/schemas/grant-scheme.js';

// The real, sourced 2021 scheme from the embedded data set: the tasks must come from it.
const {items} = await embeddedSource().grantSchemes();
const scheme2021 = items.find((scheme) => scheme.year === 2021);
assert.ok(scheme2021, 'the embedded data has the 2021 scheme');
const scheme: GrantScheme = scheme2021;

const now = new Date('2021-03-01T10:00:00.000Z');

function state(change: (s: ChecklistState) => void = () => {}): ChecklistState {
  const s = emptyChecklistState(2021, 'buskerud', now);
  change(s);
  return s;
}

const statuses = (s: ChecklistState, from: GrantScheme = scheme): Record<string, ChecklistTaskStatus> =>
  Object.fromEntries(applicationTasks(from, s).tasks.map((task) => [task.id, task.status]));

const beforeSubmit = ['altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget', 'earmarked-leve-hele-livet'];

/** Everything before "submit" done, with valid budget amounts. */
function readyToSubmit(s: ChecklistState): void {
  for (const id of beforeSubmit) s.tasks[id] = 'completed';
  s.answers.hasUnusedFunds = false;
  s.amounts = {newGrant: '2 500 000', ownFunding: '300 000', hostCoFunding: '500 000'};
}

describe('applicationTasks: the task list from the scheme', () => {
  it('builds nine tasks in three groups from the 2021 rules, none done', () => {
    const overview = applicationTasks(scheme, state());
    assert.deepEqual(overview.groups.map((g) => [g.id, g.tasks.map((t) => t.id)]), [
      ['before-you-apply', ['altinn-role', 'read-rules']],
      ['application', ['action-plan', 'project-description', 'budget', 'unused-funds', 'earmarked-leve-hele-livet', 'submit']],
      ['after-decision', ['reporting']],
    ]);
    assert.equal(overview.completed, 0);
    assert.equal(overview.total, 9);
  });

  it('gives every task its rules in the source wording, with the source', () => {
    const tasks = applicationTasks(scheme, state()).tasks;
    const altinn = tasks.find((t) => t.id === 'altinn-role');
    assert.match(altinn?.rules[0]?.text ?? '', /Helse-, sosial- og velferdstjenester/);
    assert.deepEqual(altinn?.rules[0]?.source, ['seed-000']);
    const budget = tasks.find((t) => t.id === 'budget');
    assert.deepEqual(budget?.rules.map((r) => r.id), ['budget-own-funding', 'host-co-funding']);
    for (const task of tasks) assert.ok(task.rules.length > 0 && task.rules.every((r) => r.source.length > 0), task.id);
  });

  it('leaves out a task whose rule the year does not have', () => {
    const without = {...scheme, rules: scheme.rules.filter((r) => r.id !== 'earmarked-leve-hele-livet' && r.id !== 'leve-hele-livet-priority')};
    const ids = applicationTasks(without, state()).tasks.map((t) => t.id);
    assert.ok(!ids.includes('earmarked-leve-hele-livet'));
    assert.equal(applicationTasks(without, state()).total, 8);
  });

  it('keeps submit and reporting unavailable until the work before them is completed', () => {
    assert.equal(statuses(state()).submit, 'cannot-start-yet');
    assert.equal(statuses(state()).reporting, 'cannot-start-yet');
    const ready = state(readyToSubmit);
    assert.equal(statuses(ready).submit, 'not-started');
    assert.equal(statuses(ready).reporting, 'cannot-start-yet');
    ready.tasks['submit'] = 'completed';
    assert.equal(statuses(ready).reporting, 'not-started');
    const overview = applicationTasks(scheme, ready);
    assert.equal(overview.completed, 8);
    assert.equal(overview.total, 9);
  });

  it('shows what the user set, and keeps it while a task cannot start', () => {
    const s = state((x) => {
      x.tasks['altinn-role'] = 'completed';
      x.tasks['read-rules'] = 'in-progress';
      x.tasks['submit'] = 'completed';
    });
    const tasks = applicationTasks(scheme, s).tasks;
    assert.equal(tasks.find((t) => t.id === 'altinn-role')?.status, 'completed');
    assert.equal(tasks.find((t) => t.id === 'read-rules')?.status, 'in-progress');
    const submit = tasks.find((t) => t.id === 'submit');
    assert.equal(submit?.status, 'cannot-start-yet');
    assert.equal(submit?.progress, 'completed');
  });
});

describe('applicationTasks: the unused-funds question and its branches', () => {
  it('asks the question first, with no branch tasks', () => {
    const s = statuses(state());
    assert.equal(s['unused-funds'], 'not-started');
    assert.ok(!('unused-funds-continue' in s) && !('unused-funds-transfer' in s));
  });

  it('"no unused funds" completes the question and adds nothing', () => {
    const s = state((x) => (x.answers.hasUnusedFunds = false));
    const overview = applicationTasks(scheme, s);
    assert.equal(statuses(s)['unused-funds'], 'completed');
    assert.equal(overview.tasks.length, 9);
    assert.equal(overview.completed, 1);
  });

  it('"yes" adds both branches, which cannot start until "applying again?" is answered', () => {
    const s = state((x) => (x.answers.hasUnusedFunds = true));
    const st = statuses(s);
    assert.equal(st['unused-funds'], 'in-progress');
    assert.equal(st['unused-funds-continue'], 'cannot-start-yet');
    assert.equal(st['unused-funds-transfer'], 'cannot-start-yet');
    assert.equal(applicationTasks(scheme, s).total, 11);
  });

  it('applying again: carry the funds on ("Videreføring"), transfer is not applicable', () => {
    const s = state((x) => {
      x.answers.hasUnusedFunds = true;
      x.answers.applyingAgain = true;
    });
    const st = statuses(s);
    assert.equal(st['unused-funds'], 'completed');
    assert.equal(st['unused-funds-continue'], 'not-started');
    assert.equal(st['unused-funds-transfer'], 'not-applicable');
    assert.equal(st['budget'], 'not-started');
    assert.equal(applicationTasks(scheme, s).total, 10);
    const carry = applicationTasks(scheme, s).tasks.find((t) => t.id === 'unused-funds-continue');
    assert.deepEqual(carry?.fields, ['caseNumber', 'unusedFunds']);
    assert.match(carry?.rules[0]?.text ?? '', /Videreføring/);
  });

  it('not applying again: apply for a transfer; the application tasks are not applicable', () => {
    const s = state((x) => {
      x.answers.hasUnusedFunds = true;
      x.answers.applyingAgain = false;
      x.amounts.earmarkedLeveHeleLivet = '999 999 999';
    });
    const st = statuses(s);
    assert.equal(st['unused-funds-transfer'], 'not-started');
    assert.equal(st['unused-funds-continue'], 'not-applicable');
    for (const id of ['action-plan', 'project-description', 'budget', 'earmarked-leve-hele-livet', 'submit']) assert.equal(st[id], 'not-applicable', id);
    assert.equal(st['reporting'], 'not-started');
    // The amount of a task that does not apply is kept but not judged.
    assert.deepEqual(checkAmounts(scheme, s), []);
    assert.equal(applicationTasks(scheme, s).total, 5);
  });
});

describe('checkAmounts, totalAsked', () => {
  it('accepts valid amounts and computes total asked = unused + new', () => {
    const s = state((x) => {
      x.answers.hasUnusedFunds = true;
      x.answers.applyingAgain = true;
      x.amounts = {newGrant: '2 500 000', unusedFunds: '120 000 kr', ownFunding: '0', earmarkedLeveHeleLivet: '285 000'};
      x.caseNumber = '20/12345';
    });
    assert.deepEqual(checkAmounts(scheme, s), []);
    assert.equal(totalAsked(scheme, s), 2_620_000);
    assert.equal(applicationTasks(scheme, s).totalAsked, 2_620_000);
  });

  it('counts only the new grant when there are no unused funds, and nothing until it is valid', () => {
    assert.equal(totalAsked(scheme, state((x) => (x.amounts.newGrant = '1 000 000'))), 1_000_000);
    assert.equal(totalAsked(scheme, state()), null);
    assert.equal(totalAsked(scheme, state((x) => (x.amounts.newGrant = 'mye'))), null);
    const missingUnused = state((x) => {
      x.answers.hasUnusedFunds = true;
      x.answers.applyingAgain = true;
      x.amounts.newGrant = '1 000 000';
    });
    assert.equal(totalAsked(scheme, missingUnused), null);
  });

  it('takes the earmarked limit from the scheme (285 000 in 2021), not from code', () => {
    const over = state((x) => (x.amounts.earmarkedLeveHeleLivet = '285 001'));
    assert.deepEqual(checkAmounts(scheme, over), [{field: 'earmarkedLeveHeleLivet', code: 'over-limit', limit: 285_000}]);
    const higher = {...scheme, earmarkedLeveHeleLivetMax: {valueNOK: 300_000, asWritten: 'test', source: ['seed-000']}};
    assert.deepEqual(checkAmounts(higher, over), []);
    assert.deepEqual(checkAmounts({...scheme, earmarkedLeveHeleLivetMax: null}, over), []);
  });

  it('reports negative and non-numeric amounts per field, and marks the task as having a problem', () => {
    const s = state((x) => (x.amounts = {newGrant: 'to millioner', ownFunding: '-5 000', hostCoFunding: '500 000'}));
    assert.deepEqual(checkAmounts(scheme, s), [
      {field: 'newGrant', code: 'not-a-number'},
      {field: 'ownFunding', code: 'negative'},
    ]);
    const budget = applicationTasks(scheme, s).tasks.find((t) => t.id === 'budget');
    assert.equal(budget?.status, 'problem');
    assert.equal(budget?.errors.length, 2);
    // Kept exactly as typed: nothing entered is lost.
    assert.equal(s.amounts.newGrant, 'to millioner');
  });

  it('requires the fields of a task marked completed', () => {
    const s = state((x) => (x.tasks['budget'] = 'completed'));
    assert.deepEqual(checkAmounts(scheme, s).map((e) => `${e.field}:${e.code}`), ['newGrant:required', 'ownFunding:required', 'hostCoFunding:required']);
    assert.equal(statuses(s).budget, 'problem');
    assert.equal(statuses(s).submit, 'cannot-start-yet');
  });

  it('checks the case number leniently without a pattern in the scheme, strictly with one', () => {
    const carry = (caseNumber: string, completed = false) => state((x) => {
      x.answers.hasUnusedFunds = true;
      x.answers.applyingAgain = true;
      x.caseNumber = caseNumber;
      if (completed) x.tasks['unused-funds-continue'] = 'completed';
    });
    assert.equal(scheme.caseNumberPattern, undefined, 'no source gives the form of a case number');
    assert.deepEqual(checkAmounts(scheme, carry('sak 2020 nr 7')), []);
    assert.deepEqual(checkAmounts(scheme, carry('1'.repeat(41))), [{field: 'caseNumber', code: 'too-long'}]);
    assert.deepEqual(checkAmounts(scheme, carry('', true)).map((e) => e.code), ['required', 'required']);
    const strict = {...scheme, caseNumberPattern: String.raw`\d{2}\/\d{1,6}(-\d+)?`};
    assert.deepEqual(checkAmounts(strict, carry('20/12345-3')), []);
    assert.deepEqual(checkAmounts(strict, carry('2020-12345')), [{field: 'caseNumber', code: 'case-number-format'}]);
    // A broken pattern from a feed falls back to the lenient check rather than blocking the user.
    assert.deepEqual(checkAmounts({...scheme, caseNumberPattern: '(['}, carry('2020-12345')), []);
  });
});

describe('parseNok', () => {
  const cases: [string, number | null][] = [
    ['285 000', 285000], ['285000', 285000], ['285\u00a0000 kr', 285000], ['kr 285.000', 285000], ['285 000,-', 285000],
    ['1 250,50', 1250.5], ['1,250.50', 1250.5], ['0', 0], ['-5 000', -5000], ['\u22125000', -5000], ['NOK 12', 12],
    ['', null], ['   ', null], ['abc', null], ['12a', null], ['1.2.3', null], ['--5', null], ['1e6', null], ['Infinity', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected}`, () => assert.equal(parseNok(text), expected));
  }
});

describe('migrateChecklistState: storage and files', () => {
  it('reads a current record as it is', () => {
    const s = state((x) => {
      x.tasks['altinn-role'] = 'completed';
      x.amounts.newGrant = '1 000';
    });
    const result = migrateChecklistState(JSON.parse(JSON.stringify(s)));
    assert.equal(result.status, 'current');
    assert.deepEqual(result.status === 'current' && result.state, s);
  });

  it('makes a valid empty state', () => {
    assert.equal(checklistStateSchema.safeParse(emptyChecklistState(2021)).success, true);
  });

  it('recognises foreign data and other versions', () => {
    for (const value of [null, 'text', 42, [], {}, {format: 'something-else', version: 1}]) {
      assert.equal(migrateChecklistState(value).status, 'foreign');
    }
    assert.deepEqual(migrateChecklistState({...state(), version: 0}), {status: 'unsupported-version', version: 0});
    assert.deepEqual(migrateChecklistState({...state(), version: 2}), {status: 'unsupported-version', version: 2});
  });

  it('refuses a tampered record as a whole, unless asked to recover', () => {
    const tampered = {...state(), tasks: {'altinn-role': 'completed', 'read-rules': 'done!!'}, amounts: {newGrant: 5}};
    const strict = migrateChecklistState(tampered);
    assert.equal(strict.status, 'invalid');
    assert.ok(strict.status === 'invalid' && strict.paths.includes('tasks.read-rules'));
    const recovered = migrateChecklistState(tampered, {recover: true});
    assert.equal(recovered.status, 'recovered');
    if (recovered.status !== 'recovered') return;
    assert.deepEqual(recovered.state.tasks, {'altinn-role': 'completed'});
    assert.deepEqual(recovered.state.amounts, {});
    assert.equal(recovered.state.schemeYear, 2021);
    assert.equal(recovered.state.updatedAt, now.toISOString());
    assert.ok(recovered.lost.length >= 2);
  });

  it('cannot recover a record without its year', () => {
    assert.equal(migrateChecklistState({format: 'usht-application-checklist', version: 1, schemeYear: 'x'}, {recover: true}).status, 'invalid');
  });
});

describe('mergeChecklistStates: two tabs, part by part', () => {
  const at = (minute: number) => `2021-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
  /** A tab's copy after the user changed something at `minute`, stamped as the element stamps it. */
  const edit = (base: ChecklistState, minute: number, change: (s: ChecklistState) => void): ChecklistState => {
    const next = structuredClone(base);
    change(next);
    next.updatedAt = at(minute);
    return stampChecklistChanges(base, next, at(minute));
  };
  const start = state();

  it('stamps only the parts a change touched', () => {
    const next = edit(start, 5, (s) => {
      s.amounts.newGrant = '100 000';
      s.tasks['budget'] = 'in-progress';
    });
    assert.deepEqual(next.changedAt, {'amounts.newGrant': at(5), 'tasks.budget': at(5)});
    assert.equal(checklistStateSchema.safeParse(next).success, true, 'a stamped state is a valid record');
  });

  it('keeps both tabs’ changes to different parts, whichever tab wrote last, and both tabs end the same', () => {
    // Tab A types the new grant at :05, tab B the case number at :06; neither saw the other's.
    const a = edit(start, 5, (s) => (s.amounts.newGrant = '100 000'));
    const b = edit(start, 6, (s) => (s.caseNumber = '21/1234'));
    const inA = mergeChecklistStates(a, b);
    const inB = mergeChecklistStates(b, a);
    assert.equal(inA.state.amounts.newGrant, '100 000');
    assert.equal(inA.state.caseNumber, '21/1234');
    assert.deepEqual(inA.state, inB.state, 'the same result in both tabs');
    assert.deepEqual(inA.fromTheirs, ['caseNumber']);
    assert.deepEqual(inA.fromMine, ['amounts.newGrant']);
    assert.equal(inA.differsFromTheirs, true, 'A must write back, or B never sees the grant');
    assert.equal(inB.differsFromTheirs, true);
    // Once both hold the merge, merging again changes nothing and writes nothing.
    const again = mergeChecklistStates(inA.state, inB.state);
    assert.deepEqual(again, {state: inA.state, fromTheirs: [], fromMine: [], differsFromTheirs: false});
  });

  it('settles the same part changed in both tabs by the later change, the same way in both', () => {
    const a = edit(start, 5, (s) => (s.amounts.newGrant = '100 000'));
    const b = edit(start, 7, (s) => (s.amounts.newGrant = '250 000'));
    const inA = mergeChecklistStates(a, b);
    const inB = mergeChecklistStates(b, a);
    assert.equal(inA.state.amounts.newGrant, '250 000');
    assert.deepEqual(inA.state, inB.state);
    assert.deepEqual(inA.fromTheirs, ['amounts.newGrant']);
    assert.deepEqual(inB.fromMine, ['amounts.newGrant']);
    // The same millisecond: settled by value, identically in both tabs.
    const c = edit(start, 9, (s) => (s.tasks['budget'] = 'completed'));
    const d = edit(start, 9, (s) => (s.tasks['budget'] = 'in-progress'));
    assert.deepEqual(mergeChecklistStates(c, d).state, mergeChecklistStates(d, c).state);
  });

  it('takes a part the other tab set and this one never had, and one it cleared', () => {
    const a = edit(start, 5, (s) => (s.tasks['altinn-role'] = 'completed'));
    const b = edit(a, 8, (s) => delete s.tasks['altinn-role']);
    assert.deepEqual(mergeChecklistStates(start, a).state.tasks, {'altinn-role': 'completed'});
    assert.deepEqual(mergeChecklistStates(a, b).state.tasks, {}, 'a later clearing wins over the older value');
  });

  it('counts every part of a record without stamps (an older copy, a file) as changed when the record was', () => {
    const a = edit(start, 5, (s) => (s.amounts.newGrant = '100 000'));
    const legacy: ChecklistState = {...state((s) => (s.caseNumber = '21/9')), updatedAt: at(3)};
    delete legacy.changedAt;
    const merged = mergeChecklistStates(a, legacy).state;
    assert.equal(merged.caseNumber, '21/9', 'its change at :03 beats a part never changed here');
    assert.equal(merged.amounts.newGrant, '100 000', 'but not a part changed here at :05');
  });

  it('a loaded file wins in every part it holds', () => {
    const b = edit(start, 7, (s) => (s.amounts.newGrant = '250 000'));
    const file = stampChecklistChanges(null, {...state((s) => (s.amounts.newGrant = '1')), updatedAt: at(8)}, at(8));
    assert.equal(mergeChecklistStates(b, file).state.amounts.newGrant, '1');
    assert.equal(file.changedAt?.['caseNumber'], at(8));
  });

  it('keeps the valid stamps of a damaged record it recovers', () => {
    const a = edit(start, 5, (s) => (s.amounts.newGrant = '100 000'));
    const damaged = {...a, tasks: {budget: 'done!!'}, changedAt: {'amounts.newGrant': at(5), 'no.such.part': at(5), caseNumber: 'yesterday'}};
    const read = migrateChecklistState(JSON.parse(JSON.stringify(damaged)), {recover: true});
    assert.equal(read.status, 'recovered');
    assert.deepEqual(read.status === 'recovered' && read.state.changedAt, {'amounts.newGrant': at(5)});
  });
});
