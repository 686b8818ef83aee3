import {html} from 'lit';
import {emptyChecklistState, type ChecklistState} from '@usht/sdk/checklist';
import './usht-application-checklist.js';
import {clientOn, emptySource, neverResolvingSource, rejectingSource} from '../../../../stories/shared/fake-sources.js';
import {darkCanvas, designsystemetCanvas, narrow} from '../../../../stories/shared/decorators.js';

// The 2021 scheme from the embedded, sourced data. The amounts below are what a user might type
// into the form (input to check), not facts about any centre.
export default {
  title: 'Elements/Application checklist',
  component: 'usht-application-checklist',
};

/** Progress for 2021 with some tasks done, as a host or a saved file would give it. */
function progress(change: (s: ChecklistState) => void): ChecklistState {
  const state = emptyChecklistState(2021, null, new Date('2021-02-15T09:00:00Z'));
  change(state);
  return state;
}

const inProgress = progress((s) => {
  s.tasks = {'altinn-role': 'completed', 'read-rules': 'completed', 'action-plan': 'in-progress', budget: 'in-progress'};
  s.answers.hasUnusedFunds = false;
  s.amounts = {newGrant: '2 500 000', ownFunding: '300 000'};
});

const allCompleted = progress((s) => {
  for (const id of ['altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget', 'earmarked-leve-hele-livet', 'submit', 'reporting']) {
    s.tasks[id] = 'completed';
  }
  s.answers.hasUnusedFunds = false;
  s.amounts = {newGrant: '2 500 000', ownFunding: '300 000', hostCoFunding: '500 000', earmarkedLeveHeleLivet: '285 000'};
});

const unusedFunds = progress((s) => {
  s.tasks = {'altinn-role': 'completed', 'read-rules': 'completed'};
  s.answers = {hasUnusedFunds: true, applyingAgain: true};
  s.amounts = {newGrant: '2 500 000', unusedFunds: '120 000'};
  s.caseNumber = '20/12345';
});

const notApplyingAgain = progress((s) => {
  s.tasks = {'altinn-role': 'completed', 'read-rules': 'completed'};
  s.answers = {hasUnusedFunds: true, applyingAgain: false};
});

const sumErrors = progress((s) => {
  s.tasks = {'altinn-role': 'completed'};
  s.answers.hasUnusedFunds = false;
  s.amounts = {newGrant: 'to millioner', ownFunding: '-5 000', hostCoFunding: '500 000', earmarkedLeveHeleLivet: '300 000'};
});

const checklist = (attrs: {lang?: string; storage?: string; centre?: string; year?: string; state?: ChecklistState} = {}) => html`<usht-application-checklist
  lang=${attrs.lang ?? ''} storage=${attrs.storage ?? ''} centre=${attrs.centre ?? ''} year=${attrs.year ?? '2021'}
  .initialProgress=${attrs.state}
><a href="https://www.helsedirektoratet.no/tilskudd/utviklingssenter-for-sykehjem-og-hjemmetjenester">Tilskudd til utviklingssentre for sykehjem og hjemmetjenester</a></usht-application-checklist>`;

export const Default = () => checklist();
export const InProgress = () => checklist({state: inProgress});
export const AllCompleted = () => checklist({state: allCompleted});
export const WithUnusedFunds = () => checklist({state: unusedFunds});
export const NotApplyingAgain = () => checklist({state: notApplyingAgain});
export const SumErrors = () => checklist({state: sumErrors});
/** The host's privacy statement covers storage: progress is kept, with a visible note and "Glem". */
export const StorageLocal = () => checklist({storage: 'local', centre: 'storybook-lokal'});
/** Nothing is ever stored; the offer is hidden, export and print remain. */
export const StorageNone = () => checklist({storage: 'none'});

/** The browser held a damaged copy (hand-edited or cut short): what was intact is restored, with a message. */
export const CorruptStorageRecovered = () => {
  const damaged = {...inProgress, centreId: 'storybook-skadet', tasks: {'altinn-role': 'completed', 'read-rules': 'ferdig!!'}, amounts: {newGrant: 2500000}};
  localStorage.setItem('usht-kit:application-checklist:v1:2021:storybook-skadet', JSON.stringify(damaged));
  return checklist({centre: 'storybook-skadet'});
};

/**
 * Progress saved by a newer version of the kit (a host rolled back an upgrade): kept untouched, offered as
 * a file; only "Erstatt den med fremdriften her" replaces it.
 */
export const NewerVersionKept = () => {
  const newer = {...inProgress, version: 2, centreId: 'storybook-nyere'};
  localStorage.setItem('usht-kit:application-checklist:v1:2021:storybook-nyere', JSON.stringify(newer));
  return checklist({centre: 'storybook-nyere'});
};

/** A record that cannot be read at all: kept untouched too, with the same choice. */
export const UnreadableKept = () => {
  localStorage.setItem('usht-kit:application-checklist:v1:2021:storybook-uleselig', '{"format": "usht-application-checklist", "vers');
  return checklist({centre: 'storybook-uleselig', lang: 'en'});
};

export const UnknownYear = () => checklist({year: '2030'});
export const Empty = () => html`<usht-application-checklist .client=${clientOn(emptySource())}></usht-application-checklist>`;
export const Loading = () => html`<usht-application-checklist .client=${clientOn(neverResolvingSource())}></usht-application-checklist>`;
export const Failed = () => html`<usht-application-checklist .client=${clientOn(rejectingSource())}></usht-application-checklist>`;

const longName = 'Sett opp budsjettet med egenfinansiering, vertskommunens medfinansiering, ubrukte midler og øremerkede midler til Leve hele livet, fordelt på alle tiltak i handlingsplanen';
export const LongText = () => html`<usht-application-checklist
  .messages=${{nb: {applicationChecklist: {'task-budget': longName}}, nn: {applicationChecklist: {'task-budget': longName}}}}
  .initialProgress=${sumErrors}
></usht-application-checklist>`;

export const Nynorsk = () => checklist({lang: 'nn', state: inProgress});
export const English = () => checklist({lang: 'en', state: inProgress});
/** Northern Sami: the few strings we have; the rest is Bokmål, marked lang="nb". */
export const Sami = () => checklist({lang: 'se', state: inProgress});

export const DarkScheme = () => darkCanvas(checklist({state: sumErrors}));

/** Under a page that sets Designsystemet's tokens (stories/shared/designsystemet-theme.css). */
export const DesignsystemetTheme = () => designsystemetCanvas(checklist({state: inProgress}));

export const Narrow = () => narrow(checklist({state: sumErrors}));
