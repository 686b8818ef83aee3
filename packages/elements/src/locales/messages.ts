import {common as lazyCommon, commonSameInNynorsk, type CommonMessages} from './common.js';
import {nn as commonNn} from './common.nn.js';
import {en as commonEn} from './common.en.js';
import {priorityBadge as lazyPriorityBadge, priorityBadgeSameInNynorsk, type PriorityBadgeMessages} from './priority-badge.js';
import {nn as priorityBadgeNn} from './priority-badge.nn.js';
import {en as priorityBadgeEn} from './priority-badge.en.js';
import {activityCalendar as lazyActivityCalendar, activityCalendarSameInNynorsk, type ActivityCalendarMessages} from './activity-calendar.js';
import {nn as activityCalendarNn} from './activity-calendar.nn.js';
import {en as activityCalendarEn} from './activity-calendar.en.js';
import {centreMap as lazyCentreMap, centreMapSameInNynorsk, type CentreMapMessages} from './centre-map.js';
import {nn as centreMapNn} from './centre-map.nn.js';
import {en as centreMapEn} from './centre-map.en.js';
import {applicationChecklist as lazyApplicationChecklist, applicationChecklistSameInNynorsk, type ApplicationChecklistMessages} from './application-checklist.js';
import {nn as applicationChecklistNn} from './application-checklist.nn.js';
import {en as applicationChecklistEn} from './application-checklist.en.js';
import {centreMapDrawing, centreMapDrawingSameInNynorsk, type CentreMapDrawingMessages} from './centre-map-drawing.js';
import {centreDetails, centreDetailsSameInNynorsk, type CentreDetailsMessages} from './centre-details.js';
import {municipalityFinder, municipalityFinderSameInNynorsk, type MunicipalityFinderMessages} from './municipality-finder.js';
import {provider, providerSameInNynorsk, type ProviderMessages} from './provider.js';
import {calendarExtras, calendarExtrasSameInNynorsk, type CalendarExtrasMessages} from './calendar-extras.js';
import {activityEditor as lazyActivityEditor, activityEditorSameInNynorsk, type ActivityEditorMessages} from './activity-editor.js';
import {nn as activityEditorNn} from './activity-editor.nn.js';
import {en as activityEditorEn} from './activity-editor.en.js';
import {serverPublisher, serverPublisherSameInNynorsk, type ServerPublisherMessages} from './server-publisher.js';

// Every element's strings load Nynorsk and English on demand (lazy-catalog.ts); here, for tests and tools, all at once.
const common = {nb: lazyCommon.nb, nn: commonNn, en: commonEn, se: lazyCommon.se};
const priorityBadge = {nb: lazyPriorityBadge.nb, nn: priorityBadgeNn, en: priorityBadgeEn, se: lazyPriorityBadge.se};
const activityCalendar = {nb: lazyActivityCalendar.nb, nn: activityCalendarNn, en: activityCalendarEn, se: lazyActivityCalendar.se};
const activityEditor = {nb: lazyActivityEditor.nb, nn: activityEditorNn, en: activityEditorEn, se: lazyActivityEditor.se};
const centreMap = {nb: lazyCentreMap.nb, nn: centreMapNn, en: centreMapEn, se: lazyCentreMap.se};
const applicationChecklist = {nb: lazyApplicationChecklist.nb, nn: applicationChecklistNn, en: applicationChecklistEn, se: lazyApplicationChecklist.se};
import type {Locale} from './resolve.js';
import type {DeepPartial} from './types.js';

/** Every string we show, by section (one per element plus `common`). */
export interface Messages {
  common: CommonMessages;
  priorityBadge: PriorityBadgeMessages;
  activityCalendar: ActivityCalendarMessages;
  centreMap: CentreMapMessages;
  centreMapDrawing: CentreMapDrawingMessages;
  municipalityFinder: MunicipalityFinderMessages;
  centreDetails: CentreDetailsMessages;
  applicationChecklist: ApplicationChecklistMessages;
  provider: ProviderMessages;
  calendarExtras: CalendarExtrasMessages;
  activityEditor: ActivityEditorMessages;
  serverPublisher: ServerPublisherMessages;
}
export type Section = keyof Messages;

/** One section's strings in every locale: nb, nn and en complete, se partial. */
export interface SectionCatalog<T> {
  readonly nb: T;
  readonly nn: T;
  readonly en: T;
  readonly se: Partial<T>;
}

/**
 * The sections an element uses (`static sections` on UshtElement). Only these are bundled with the
 * element: importing every section would put the calendar's strings into the badge's 7.5 KiB.
 */
export type SectionCatalogs = {readonly [S in Section]?: SectionCatalog<Messages[S]>};

/** Every section. For tests and tools only: an element that imports this bundles all strings. */
export const allSections = {common, priorityBadge, activityCalendar, centreMap, centreMapDrawing, municipalityFinder, centreDetails, applicationChecklist, provider, calendarExtras, activityEditor, serverPublisher} satisfies SectionCatalogs;

/** A host's own wording: any section, any key, for any locale (e.g. `{se: {common: {retry: '…'}}}`). */
export type MessageOverrides = Partial<Record<Locale, DeepPartial<Messages>>>;

const complete = (locale: 'nb' | 'nn' | 'en'): Messages => ({
  common: common[locale],
  priorityBadge: priorityBadge[locale],
  activityCalendar: activityCalendar[locale],
  centreMap: centreMap[locale],
  centreMapDrawing: centreMapDrawing[locale],
  municipalityFinder: municipalityFinder[locale],
  centreDetails: centreDetails[locale],
  applicationChecklist: applicationChecklist[locale],
  provider: provider[locale],
  calendarExtras: calendarExtras[locale],
  activityEditor: activityEditor[locale],
  serverPublisher: serverPublisher[locale],
});

/** nb, nn and en are complete; se is partial and falls back to nb key by key. */
export const catalogs: {nb: Messages; nn: Messages; en: Messages; se: DeepPartial<Messages>} = {
  nb: complete('nb'),
  nn: complete('nn'),
  en: complete('en'),
  se: {
    common: common.se,
    priorityBadge: priorityBadge.se,
    activityCalendar: activityCalendar.se,
    centreMap: centreMap.se,
    centreMapDrawing: centreMapDrawing.se,
    municipalityFinder: municipalityFinder.se,
    centreDetails: centreDetails.se,
    applicationChecklist: applicationChecklist.se,
    provider: provider.se,
    calendarExtras: calendarExtras.se,
    activityEditor: activityEditor.se,
    serverPublisher: serverPublisher.se,
  },
};

/** Keys whose Nynorsk text is rightly identical to Bokmål, per section. */
export const sameInNynorsk: {[S in Section]: readonly (keyof Messages[S])[]} = {
  common: commonSameInNynorsk,
  priorityBadge: priorityBadgeSameInNynorsk,
  activityCalendar: activityCalendarSameInNynorsk,
  centreMap: centreMapSameInNynorsk,
  centreMapDrawing: centreMapDrawingSameInNynorsk,
  municipalityFinder: municipalityFinderSameInNynorsk,
  centreDetails: centreDetailsSameInNynorsk,
  applicationChecklist: applicationChecklistSameInNynorsk,
  provider: providerSameInNynorsk,
  calendarExtras: calendarExtrasSameInNynorsk,
  activityEditor: activityEditorSameInNynorsk,
  serverPublisher: serverPublisherSameInNynorsk,
};
