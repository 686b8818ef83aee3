import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import type {Activity, Feed, Source} from '@usht/sdk';
import './usht-activity-editor.js';
import type {UshtActivityEditor} from './activity-editor.js';
import {emptyForm, type ActivityForm} from './activity-form.js';
import {sampleActivities} from '../activity-calendar/sample-activities.js';
import {clientOn, emptySource, neverResolvingSource, rejectingSource} from '../../../../stories/shared/fake-sources.js';
import {darkCanvas, designsystemetCanvas, narrow} from '../../../../stories/shared/decorators.js';

// Every activity here is generated sample data (`sample: true`, titles "Eksempel: …", places and
// links on example.org), shown as "Eksempeldata": nothing here is a real centre's real activity.
export default {
  title: 'Elements/Activity editor',
  component: 'usht-activity-editor',
  // Lower-case exports are the sample data the tests share, not stories.
  excludeStories: /^[a-z]/,
};

const sampleSource: Source = {id: 'usht-kit-sample', title: 'Eksempeldata laget av usht-kit (ikke virkelige aktiviteter)'};

/** Eight sample activities of one centre, one of them cancelled, as a centre's feed. */
export function sampleFeed(centreId = 'buskerud', count = 8): Feed {
  const activities: Activity[] = sampleActivities(count, {seed: 11, start: '2026-09-01', days: 90}).map((a, i) => ({
    ...a, centreId, centreIds: undefined, status: i === 2 ? 'cancelled' : a.status, sequence: i === 2 ? 1 : a.sequence,
  }));
  return {format: 'usht-feed', version: 1, sources: [sampleSource], activities};
}

/** Drafts as the editor keeps them in the browser, with a form in progress. */
export function storedDrafts(form: ActivityForm | null, options: {submitted?: boolean; version?: number; activities?: readonly Activity[]} = {}): string {
  return JSON.stringify({
    format: 'usht-activity-drafts', version: options.version ?? 1, updatedAt: '2026-09-01T08:00:00.000Z',
    activities: options.activities ?? [], sources: [sampleSource],
    editing: form ? {form, baseId: '', submitted: options.submitted ?? false} : null,
  });
}

/** A form being filled in, as a coordinator might have typed it (sample). */
export const filledForm: ActivityForm = {
  ...emptyForm('buskerud', 'nb'),
  title: 'Eksempel: nettverkssamling om demens',
  summary: 'Eksempeldata: vi deler erfaringer fra kommunene og ser på nye verktøy.',
  kind: 'network-meeting',
  sessions: [{startDate: '15.10.2026', startTime: '09:00', endDate: '', endTime: '14:30'}],
  mode: 'hybrid',
  venue: 'Eksempelsalen',
  locality: 'Eksempelby',
  videoUrl: 'https://example.org/mote',
  audience: 'Ledere\nRessurspersoner i demensomsorgen',
  priorityAreaIds: ['demensplan-2025'],
  registrationUrl: 'https://example.org/pamelding',
  registrationDeadline: '08.10.2026',
};

/** The same form with what a hurried coordinator types: a date in words, a time out of range, a link without https. */
export const formWithErrors: ActivityForm = {
  ...filledForm,
  title: '',
  sessions: [{startDate: '15. oktober', startTime: '25:00', endDate: '', endTime: ''}],
  registrationUrl: 'example.org/pamelding',
  registrationContact: 'post(a)example.org',
  municipalityNumber: '301',
};

/** A story that starts from drafts kept in the browser under its own key (storage="local"). */
const withStored = (key: string, drafts: string, attrs: {lang?: string} = {}) => {
  localStorage.setItem(`usht-kit:activity-editor:v1:${key}`, drafts);
  return html`<usht-activity-editor centre=${key} storage="local" lang=${attrs.lang ?? ''}></usht-activity-editor>`;
};

const editor = (attrs: {lang?: string; feed?: Feed; storage?: string} = {}) => html`<usht-activity-editor centre="buskerud"
  lang=${attrs.lang ?? ''} storage=${attrs.storage ?? 'none'} .feed=${attrs.feed}></usht-activity-editor>`;

/** Nothing yet: the list is empty, import and "add" are offered. */
export const Default = () => editor({storage: 'ask'});
export const WithActivities = () => editor({feed: sampleFeed()});
export const NewActivity = () => withStored('storybook-ny', storedDrafts(emptyForm('buskerud', 'nb')));
/** A complete form: the preview shows it in the real calendar. */
export const FilledIn = () => withStored('storybook-utfylt', storedDrafts(filledForm));
/** Saved with problems: the error summary at the top, each message beside its field. */
export const Errors = () => withStored('storybook-feil', storedDrafts(formWithErrors, {submitted: true}));
/** Several meetings of one course. */
export const SeveralSessions = () => withStored('storybook-samlinger', storedDrafts({
  ...filledForm, kind: 'course', title: 'Eksempel: kurs i tre samlinger',
  sessions: [
    {startDate: '10.02.2027', startTime: '09:00', endDate: '', endTime: '15:00'},
    {startDate: '10.03.2027', startTime: '09:00', endDate: '', endTime: '15:00'},
    {startDate: '14.04.2027', startTime: '09:00', endDate: '', endTime: '12:00'},
  ],
}));

const sampleCalendar = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//usht-kit//eksempel//NB', 'X-WR-CALNAME:Eksempelkalender',
  'BEGIN:VEVENT', 'UID:eksempel-1@example.org', 'DTSTAMP:20260901T080000Z', 'DTSTART:20261015T070000Z', 'DTEND:20261015T123000Z',
  'SUMMARY:Eksempel: fagdag om velferdsteknologi', 'LOCATION:Eksempelsalen\\, Eksempelby', 'CATEGORIES:Velferdsteknologi', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:eksempel-2@example.org', 'DTSTAMP:20260901T080000Z', 'SUMMARY:Eksempel: hendelse uten dato', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

/** After importing a calendar file: what was taken, what was not and why. */
export const ImportReport = () => html`<usht-activity-editor centre="buskerud" storage="none" ${ref((el) => {
  if (el) void (el as UshtActivityEditor).importFile(new File([sampleCalendar], 'eksempelkalender.ics', {type: 'text/calendar'}));
})}></usht-activity-editor>`;

/** Drafts saved by a newer version of the kit: left untouched, offered as a download. */
export const StoredByNewerVersion = () => withStored('storybook-nyere', storedDrafts(null, {version: 2}));
/** Drafts the browser holds damaged: left untouched until the user chooses. */
export const StoredUnreadable = () => withStored('storybook-skadet', '{"format":"usht-activity-drafts","version":1,"activit');
/** Presses a button of the editor's once it is there (a story shows the state a click leads to). */
async function pressWhenShown(el: Element | undefined, selector: string): Promise<void> {
  for (let i = 0; i < 200 && el; i += 1) {
    const button = el.shadowRoot?.querySelector<HTMLElement>(selector);
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** "Publish to the centre's server", opened: the address filled in by the host page, the key to type. */
export const PublishToServer = () => html`<usht-activity-editor centre="buskerud" storage="none" server="https://api.example.org/usht/"
  .feed=${sampleFeed()} ${ref((el) => void pressWhenShown(el, '.open-server'))}></usht-activity-editor>`;
/** "Publiser" pressed with no address and no key: each field says what is missing. */
export const PublishToServerMissing = () => html`<usht-activity-editor centre="buskerud" storage="none" .feed=${sampleFeed()}
  ${ref((el) => void pressWhenShown(el, '.open-server').then(() => pressWhenShown(el, '.publish-server')))}></usht-activity-editor>`;
export const PublishToServerEnglish = () => html`<usht-activity-editor centre="buskerud" storage="none" lang="en" .feed=${sampleFeed()}
  ${ref((el) => void pressWhenShown(el, '.open-server').then(() => pressWhenShown(el, '.publish-server')))}></usht-activity-editor>`;
export const StorageLocal = () => html`<usht-activity-editor centre="storybook-lokal" storage="local" .feed=${sampleFeed()}></usht-activity-editor>`;
export const StorageNone = () => editor({feed: sampleFeed()});

export const Loading = () => html`<usht-activity-editor .client=${clientOn(neverResolvingSource())}></usht-activity-editor>`;
export const Failed = () => html`<usht-activity-editor .client=${clientOn(rejectingSource())}></usht-activity-editor>`;
/** A source with no centres or priority areas: the form still works, the lists are empty. */
export const Empty = () => html`<usht-activity-editor storage="none" .client=${clientOn(emptySource())}></usht-activity-editor>`;

const longTitle = 'Eksempel: regional læringsnettverkssamling for ressurspersoner i demensomsorgen, velferdsteknologi og legemiddelhåndtering i hjemmebaserte tjenester og sykehjem';
export const LongText = () => editor({feed: {...sampleFeed('buskerud', 3), activities: sampleFeed('buskerud', 3).activities?.map((a) => ({...a, title: longTitle}))}});

export const Nynorsk = () => editor({lang: 'nn', feed: sampleFeed()});
export const English = () => editor({lang: 'en', feed: sampleFeed()});
export const ErrorsNynorsk = () => withStored('storybook-feil-nn', storedDrafts(formWithErrors, {submitted: true}), {lang: 'nn'});
export const ErrorsEnglish = () => withStored('storybook-feil-en', storedDrafts(formWithErrors, {submitted: true}), {lang: 'en'});
/** Northern Sami: the few strings we have; the rest is Bokmål, marked lang="nb". */
export const Sami = () => editor({lang: 'se', feed: sampleFeed()});
export const DarkScheme = () => darkCanvas(withStored('storybook-mork', storedDrafts(formWithErrors, {submitted: true})));
export const DesignsystemetTheme = () => designsystemetCanvas(editor({feed: sampleFeed()}));
export const Narrow = () => narrow(withStored('storybook-smal', storedDrafts(filledForm)));
