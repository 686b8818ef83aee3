import {html, nothing, type TemplateResult} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {createClient, queryActivities, type Activity, type DataSource, type RejectedRecord, type UshtClient} from '@usht/sdk';
import './usht-activity-calendar.js';
import type {UshtActivityCalendar} from './activity-calendar.js';
import {sampleActivities} from './sample-activities.js';
import {addDays} from './calendar-model.js';
import {todayKey} from '../shared/dates.js';
import {emptySource, neverResolvingSource, realSource, rejectingSource} from '../../../../stories/shared/fake-sources.js';
import {darkCanvas, designsystemetCanvas, narrow} from '../../../../stories/shared/decorators.js';

export default {
  title: 'Elements/Activity calendar',
  component: 'usht-activity-calendar',
  // Lower-case exports are fixtures for the tests, not stories.
  excludeStories: /^[a-z]/,
};

/** Today in Oslo, `YYYY-MM-DD`: sample activities start from it so the default (upcoming) view has content. */
export const today = todayKey;

/**
 * A source serving `activities` (filtered by the SDK's own `queryActivities`, as the embedded and
 * feed sources do) plus `rejected` records, and everything else from the embedded data.
 */
export function activitySource(activities: readonly Activity[], rejected: readonly RejectedRecord[] = []): DataSource {
  const base = realSource();
  return {
    ...base,
    description: 'fake: given activities',
    activities: async (query = {}, request) => {
      request?.signal?.throwIfAborted();
      return queryActivities(activities, query, rejected);
    },
  };
}

export function clientWith(activities: readonly Activity[], rejected: readonly RejectedRecord[] = []): UshtClient {
  return createClient({source: activitySource(activities, rejected)});
}

/** `count` sample activities starting today, over `days` days. */
export function upcoming(count: number, days = 60, seed = 7): Activity[] {
  return sampleActivities(count, {seed, start: today(), days});
}

/** A hand-made sample activity, `sample: true` like every generated one. */
export function sample(id: string, fields: Partial<Activity> & Pick<Activity, 'schedule'>): Activity {
  return {
    id: `eksempel-${id}`,
    title: `Eksempel: ${id}`,
    kind: 'network-meeting',
    centreId: 'oslo',
    mode: 'physical',
    place: {venue: 'Møterom A', locality: 'Eksempelby', municipalityNumber: null},
    audience: ['Ledere'],
    priorityAreaIds: [],
    registration: null,
    status: 'scheduled',
    language: 'nb',
    sample: true,
    source: ['usht-kit-sample'],
    ...fields,
  };
}

const timed = (date: string, from: string, to: string): Activity['schedule'] =>
  ({timeZone: 'Europe/Oslo', allDay: false, start: `${date}T${from}`, end: `${date}T${to}`});

/** One activity of each status, a week from today. */
export function statuses(): Activity[] {
  const day = addDays(today(), 7);
  const registration = {url: 'https://example.org/pamelding', deadline: addDays(today(), 3)};
  return [
    sample('planlagt-fagdag', {schedule: timed(day, '09:00', '15:00'), registration, priorityAreaIds: ['demensplan-2025']}),
    sample('avlyst-nettverksmote', {schedule: timed(day, '10:00', '12:00'), status: 'cancelled', registration}),
    sample('fullt-kurs', {schedule: timed(day, '12:00', '14:00'), status: 'full', registration, mode: 'hybrid'}),
    sample('utsatt-webinar', {schedule: timed(day, '14:00', '15:00'), status: 'postponed', mode: 'digital', place: null}),
  ];
}

/** A three-day course and a course meeting three times, a month apart. */
export function multiDay(): Activity[] {
  const start = addDays(today(), 2);
  return [
    sample('tre-dagers-samling', {schedule: {timeZone: 'Europe/Oslo', allDay: true, start, end: addDays(start, 2)}, kind: 'course'}),
    sample('kveld-til-formiddag', {schedule: {timeZone: 'Europe/Oslo', allDay: false, start: `${start}T18:00`, end: `${addDays(start, 1)}T12:00`}}),
    sample('kurs-i-tre-samlinger', {
      kind: 'course',
      schedule: {
        timeZone: 'Europe/Oslo', allDay: false, start: `${start}T09:00`, end: `${addDays(start, 56)}T15:00`,
        sessions: [0, 28, 56].map((d) => ({start: `${addDays(start, d)}T09:00`, end: `${addDays(start, d)}T15:00`})),
      },
    }),
  ];
}

export const invalidRecords: readonly RejectedRecord[] = [
  {path: 'activities[12]', id: 'ugyldig-aktivitet', issues: [{path: 'schedule.start', message: 'a local date-time YYYY-MM-DDTHH:MM'}]},
  {path: 'activities[13]', issues: [{path: 'registration.url', message: 'an absolute http(s) or mailto URL'}]},
];

const calendar = (client: UshtClient | undefined, attributes: {lang?: string; view?: string} = {}): TemplateResult =>
  html`<usht-activity-calendar .client=${client} lang=${attributes.lang ?? nothing} view=${attributes.view ?? 'agenda'}></usht-activity-calendar>`;

/** The agenda on sample activities from today on. */
export const Default = () => calendar(clientWith(upcoming(40)));

export const Month = () => calendar(clientWith(upcoming(120, 35)), {view: 'month'});

export const Filtered = () => html`<usht-activity-calendar .client=${clientWith(upcoming(200))} mode="digital" search="demens"></usht-activity-calendar>`;

/** What a centre's own page would embed: its activities in one priority area. */
export const PresetByAttributes = () => html`<usht-activity-calendar .client=${clientWith(upcoming(400))}
  centre="oslo" priority-area="demensplan-2025" from=${addDays(today(), 7)} to=${addDays(today(), 90)}></usht-activity-calendar>`;

/** The real, sourced activities (2017–2024), shown because past activities are switched on. */
export const PastShown = () => html`<usht-activity-calendar include-past></usht-activity-calendar>`;

/** The embedded, sourced data as it is: every dated activity is in the past, so the default view is empty and offers them. */
export const RealEmbeddedData = () => html`<usht-activity-calendar></usht-activity-calendar>`;

/**
 * A centre's own page on the real data today: nothing upcoming at USHT Finnmark, said in words with
 * the centre's name, its past activities one button away and the subscription that brings new ones.
 */
export const NothingUpcomingAtCentre = () => html`<usht-activity-calendar centre="finnmark"
  subscribe-url="https://kommune.example/usht/finnmark.ics"></usht-activity-calendar>`;

export const NothingUpcomingNynorsk = () => html`<usht-activity-calendar lang="nn" centre="finnmark"
  subscribe-url="https://kommune.example/usht/finnmark.ics"></usht-activity-calendar>`;

export const NothingUpcomingEnglish = () => html`<usht-activity-calendar lang="en" centre="finnmark"
  subscribe-url="https://kommune.example/usht/finnmark.ics"></usht-activity-calendar>`;

export const CancelledAndFull = () => calendar(clientWith(statuses()));

export const MultiDayAndSessions = () => calendar(clientWith(multiDay()));

export const InvalidRecords = () => calendar(clientWith(upcoming(12), invalidRecords));

export const Activities1000 = {name: '1,000 activities', render: () => calendar(clientWith(upcoming(1000, 120)))};

export const Loading = () => calendar(createClient({source: neverResolvingSource()}));

export const Empty = () => calendar(createClient({source: emptySource()}));

export const Failed = () => calendar(createClient({source: rejectingSource()}));

const long = 'Eksempel: regional fagdag om legemiddelhåndtering, pasientsikkerhet og samhandling mellom sykehjem, hjemmetjenester og fastleger i alle kommunene i regionen';
export const LongText = () => calendar(clientWith([
  sample('lang-tittel', {
    title: long,
    schedule: timed(addDays(today(), 1), '09:00', '15:30'),
    place: {venue: 'Store konferansesal i det nye kulturhuset ved fjorden, inngang fra parkeringsplassen', locality: 'Eksempelby', municipalityNumber: null},
    audience: ['Ledere, fagutviklere og ansatte i hjemmetjenesten og på sykehjem', 'Fastleger og kommuneoverleger'],
    priorityAreaIds: ['pasientsikkerhet-kvalitetsforbedring', 'samarbeid-pasienter-brukere-parorende', 'velferdsteknologi'],
    registration: {url: 'https://example.org/pamelding/en-svaert-lang-adresse-til-pamelding', deadline: addDays(today(), 1)},
  }),
]));

export const Nynorsk = () => calendar(clientWith(upcoming(40)), {lang: 'nn'});
export const English = () => calendar(clientWith(upcoming(40)), {lang: 'en'});
/** Northern Sami: the few strings we have, the rest Bokmål marked lang="nb"; our own month and day names. */
export const Sami = () => calendar(clientWith(upcoming(40)), {lang: 'se', view: 'month'});

export const DarkScheme = () => darkCanvas(calendar(clientWith(statuses())));

/** Under a page that sets Designsystemet's tokens (stories/shared/designsystemet-theme.css). */
export const DesignsystemetTheme = () => designsystemetCanvas(calendar(clientWith(upcoming(40))));

/** 320 px: the grid keeps its seven columns and shows each day's number of activities. */
export const Narrow = () => narrow(calendar(clientWith(upcoming(40)), {view: 'month'}));

// The date fields and their picker load on demand; these stories load them first (loaders), so
// the state they show is there as soon as the calendar has rendered.
const loadDateParts = async () => Promise.all([import('./calendar-extras.js'), import('./date-picker-dialog.js')]);

/** The calendar's shadow root element matching `selector`, once it is there (a few frames at most). */
async function part(el: UshtActivityCalendar, selector: string): Promise<HTMLElement | null> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise(requestAnimationFrame);
  }
  return null;
}

/** The "from" date picker open, as after Enter on its button: a modal dialog with a grid of days. */
export const DatePickerOpen = {
  loaders: [loadDateParts],
  render: () => html`<usht-activity-calendar .client=${clientWith(upcoming(60, 60))} from=${addDays(today(), 3)} ${ref((el) => {
    if (el) void part(el as UshtActivityCalendar, '#from-pick').then((button) => button?.click());
  })}></usht-activity-calendar>`,
};

/** A typed date that is not a real day: the text stays, with an error naming the field; the filter is unchanged. */
export const InvalidTypedDate = {
  loaders: [loadDateParts],
  render: () => html`<usht-activity-calendar .client=${clientWith(upcoming(40))} ${ref((el) => {
    if (!el) return;
    const calendar = el as UshtActivityCalendar;
    void part(calendar, 'summary').then(async (summary) => {
      summary?.click();
      const input = (await part(calendar, '#from-date')) as HTMLInputElement | null;
      if (!input) return;
      input.value = '31.02.2027';
      input.dispatchEvent(new Event('change', {bubbles: true}));
    });
  })}></usht-activity-calendar>`,
};

/** A from date after the to date (here set by attributes): said in words under the to field. */
export const DateRangeReversed = () => html`<usht-activity-calendar .client=${clientWith(upcoming(40))}
  from=${addDays(today(), 20)} to=${addDays(today(), 10)}></usht-activity-calendar>`;

/** With the host's published .ics feed: a webcal:// link and the https address (R20). */
export const SubscribeLinks = () => html`<usht-activity-calendar .client=${clientWith(upcoming(40))}
  subscribe-url="https://kommune.example/usht/aktiviteter.ics"></usht-activity-calendar>`;

/** 320 px with the date picker open. */
export const NarrowDatePicker = {
  loaders: [loadDateParts],
  render: () => narrow(html`<usht-activity-calendar .client=${clientWith(upcoming(40))} to=${addDays(today(), 30)} ${ref((el) => {
    if (el) void part(el as UshtActivityCalendar, '#to-pick').then((button) => button?.click());
  })}></usht-activity-calendar>`),
};
