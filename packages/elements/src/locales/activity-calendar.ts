import type {Plural} from './types.js';
import {lazyCatalog} from './lazy-catalog.js';

// Strings of <usht-activity-calendar>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  filters: 'Filtrer aktiviteter',
  centre: 'Utviklingssenter',
  allCentres: 'Alle utviklingssentre',
  priorityArea: 'Satsingsområde',
  allAreas: 'Alle satsingsområder',
  mode: 'Deltakelse',
  allModes: 'Alle former',
  physical: 'Fysisk oppmøte',
  digital: 'Digitalt',
  hybrid: 'Hybrid',
  audience: 'Målgruppe',
  search: 'Søk i aktivitetene',
  moreFilters: 'Flere filtre: målgruppe og datoer',
  from: 'Fra og med dato',
  to: 'Til og med dato',
  includePast: 'Vis tidligere aktiviteter',
  reset: 'Nullstill filtrene',
  view: 'Visning',
  agenda: 'Liste',
  month: 'Måned',
  loading: 'Laster inn aktiviteter …',
  loadFailed: 'Klarte ikke å hente aktivitetene.',
  found: {one: (n) => `${n} aktivitet`, other: (n) => `${n} aktiviteter`} satisfies Plural,
  noUpcoming: 'Ingen kommende aktiviteter.',
  noActivities: 'Ingen aktiviteter.',
  noMatches: 'Ingen aktiviteter passer med filtrene.',
  noUpcomingAt: (centre: string) => `Ingen kommende aktiviteter ved ${centre}.`,
  noActivitiesAt: (centre: string) => `Ingen aktiviteter ved ${centre}.`,
  today: 'i dag',
  allDay: 'hele dagen',
  fromTime: (time: string) => `fra ${time}`,
  untilTime: (time: string) => `til ${time}`,
  dayOf: (day: string, days: string) => `dag ${day} av ${days}`,
  sessionOf: (session: string, sessions: string) => `samling ${session} av ${sessions}`,
  hybridPlace: (place: string) => `${place}, og digitalt`,
  placeNotGiven: 'Sted ikke oppgitt',
  areas: 'Satsingsområder',
  organiser: 'Arrangør',
  contact: 'Kontakt',
  register: 'Påmelding',
  deadline: (date: string) => `Påmeldingsfrist ${date}`,
  deadlinePassed: (date: string) => `Påmeldingsfristen gikk ut ${date}`,
  cancelled: 'Avlyst',
  full: 'Fullt',
  postponed: 'Utsatt',
  addToCalendar: 'Legg til i kalender',
  addAllToCalendar: 'Legg alle i kalender (.ics)',
  calendarFile: 'usht-aktiviteter',
  showMore: (n: string) => `Vis flere (${n} til)`,
  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  week: 'Uke',
  weekNumber: (n: string) => `uke ${n}`,
  more: (n: string) => `+${n} til`,
  gridHelp: 'Piltastene flytter mellom dagene, Page Up/Page Down bytter måned, Enter viser dagen.',
  dayHeading: (date: string) => `Aktiviteter ${date}`,
  noneThisDay: 'Ingen aktiviteter denne dagen.',
};
export type ActivityCalendarMessages = typeof nb;

// Northern Sami: only words we are sure of; everything else falls back to nb, marked lang="nb".
const se: Partial<ActivityCalendarMessages> = {
  month: 'Mánnu',
  week: 'Vahkku',
  today: 'odne',
};

/** The loading state's text, shown before nn or en could have loaded; the nn and en files reuse it. */
export const early = {nn: 'Lastar inn aktivitetar …', en: 'Loading activities …'};

export const activityCalendar = lazyCatalog(nb, se, {
  nn: () => import('./activity-calendar.nn.js').then((m) => m.nn),
  en: () => import('./activity-calendar.en.js').then((m) => m.en),
}, {nn: {loading: early.nn}, en: {loading: early.en}});

/** Keys whose nn text is rightly identical to nb. */
export const activityCalendarSameInNynorsk: readonly (keyof ActivityCalendarMessages)[] = [
  'centre', 'priorityArea', 'allModes', 'physical', 'digital', 'hybrid', 'audience', 'to', 'agenda', 'addAllToCalendar', 'today',
  'untilTime', 'dayOf', 'sessionOf', 'hybridPlace', 'register', 'deadline', 'cancelled', 'full', 'addToCalendar',
  'more', 'organiser', 'contact',
];

export type {Plural};
