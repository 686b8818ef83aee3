/**
 * iCalendar (RFC 5545) → activities, for the calendars coordinators already keep: Outlook and
 * Exchange, Google, WordPress (The Events Calendar), and our own `toICS` files. Parsing, time
 * zones from the file's VTIMEZONE and RRULE expansion are ical.js's; this module maps events to
 * the schema and explains what it could not take.
 */
import ICAL from 'ical.js';
import * as z from 'zod/mini';
import {ushtProperties} from '../ics.js';
import {activitySchema, type TimeSpan} from '../schemas/activity.js';
import type {TextLanguage} from '../schemas/common.js';
import {ImportContext, type Draft, type ProblemPlace} from './context.js';
import {guessKind, isVideoMeetingUrl, modeOf, readLocation, textLanguageOf} from './heuristics.js';
import {hashId, quoted} from './text.js';
import {OSLO, addDays, formatDate, formatWallClock, instantOf, isRealDate, osloWallClock, readZone, zoneToOslo, type WallClock} from './time.js';
import type {ImportOptions, ImportResult} from './types.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** `<id>@usht-kit` and `<id>.<n>@usht-kit`: what `toICS` writes (n = session n, 1-based). */
const USHT_UID = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([1-9]\d{0,5}))?@usht-kit$/;

/** What `toICS` puts before a sample activity's title, in each of its locales. */
const SAMPLE_PREFIX = /^\[(?:Eksempeldata|Sample data)\] /;

/** Online-meeting properties Outlook (Teams) and Google (Meet) add to an event. */
const MEETING_PROPERTIES = ['x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink', 'x-google-conference'];

const SOURCE_PROPERTY = ushtProperties.field('source');
const AREAS_PROPERTY = ushtProperties.field('priorityAreaIds');
const CENTRE_PROPERTY = ushtProperties.field('centreId');

/** Fields with their own handling; the rest of the schema's fields come from X-USHT-<FIELD> when present. */
const SPECIAL_FIELDS: ReadonlySet<string> = new Set(['id', 'title', 'language', 'schedule']);

let optionalFields: ReadonlySet<string> | undefined;
let fieldProperties: readonly (readonly [string, string])[] | undefined;

/** Each field of `activitySchema` but the special ones, with its X-USHT property name (made once). */
function ushtFields(): readonly (readonly [string, string])[] {
  fieldProperties ??= Object.keys(activitySchema.shape)
    .filter((key) => !SPECIAL_FIELDS.has(key))
    .map((key) => [key, ushtProperties.field(key)] as const);
  return fieldProperties;
}

/** Fields of `activitySchema` that may be absent (asked of the schema, so a new field needs no change here). */
function isOptionalField(key: string): boolean {
  if (!optionalFields) {
    const shape = activitySchema.shape as Record<string, z.ZodMiniType>;
    optionalFields = new Set(Object.keys(shape).filter((name) => z.safeParse(shape[name] as z.ZodMiniType, undefined).success));
  }
  return optionalFields.has(key);
}

/** One VEVENT mapped, before events of the same activity (sessions) are put together. */
interface Mapped {
  readonly place: ProblemPlace;
  readonly id: string;
  /** Session number from a `<id>.<n>@usht-kit` UID. */
  readonly session: number | undefined;
  readonly sequence: number;
  readonly activity: Record<string, unknown>;
  /** The event's time, or its occurrences when it repeats. */
  readonly spans: TimeSpan[];
  readonly allDay: boolean;
  /** X-USHT-SCHEDULE and X-USHT-SESSION, when the event was written by `toICS`. */
  readonly ushtSchedule: Record<string, unknown> | undefined;
  readonly ushtSession: TimeSpan | undefined;
}

/**
 * Imports the events of an iCalendar file.
 *
 * - UIDs are kept as keys: `<id>@usht-kit` (our own files) is `<id>`, and the sessions
 *   `<id>.<n>@usht-kit` are put back together; any other UID becomes `<centreId>-<hash>`, the same
 *   on every import, so importing the calendar again updates activities instead of adding them.
 * - Times become Europe/Oslo wall clock, through the file's VTIMEZONE (Windows names as Outlook
 *   writes them included), `Intl` for an IANA or Windows TZID without one, UTC for `Z` times;
 *   floating times are read as Oslo time. All-day events keep their dates, `end` being the last day.
 * - Repeating events (RRULE, RDATE, EXDATE, RECURRENCE-ID) become one activity with sessions up to
 *   `options.horizon`.
 * - X-USHT-* properties (written by `toICS`) win over guesses, so `toICS` → `importICS` gives back
 *   the same activities.
 */
export function importICS(text: string, options: ImportOptions): ImportResult {
  const ctx = new ImportContext('ics', options);
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (!/^\s*BEGIN:VCALENDAR/i.test(source)) return ctx.failed('ics-not-calendar', {});
  let roots: Component[];
  try {
    const parsed: unknown = ICAL.parse(source);
    const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
    roots = list.map((jcal) => new ICAL.Component(jcal as unknown[]));
  } catch (error) {
    return ctx.failed('ics-unreadable', {detail: errorText(error)});
  }

  const lines = beginEventLines(source);
  const events: {component: Component; line: number | undefined}[] = [];
  for (const root of roots) {
    ctx.calendarName ??= stringValue(root.getFirstProperty('x-wr-calname'))?.trim() || undefined;
    for (const record of root.getAllProperties(ushtProperties.sourceRecord.toLowerCase())) {
      const value = parseJson(stringValue(record));
      if (value.ok) ctx.carrySource(value.value);
    }
    for (const component of root.getAllSubcomponents('vevent')) events.push({component, line: lines[events.length]});
  }
  if (events.length === 0) {
    ctx.warn('ics-no-events', {});
    return ctx.finish([]);
  }

  // A RECURRENCE-ID event changes one occurrence of the series with its UID (RFC 5545 §3.8.4.4).
  const overrides = new Map<string, Component[]>();
  const masters: typeof events = [];
  const masterUids = new Set<string>();
  const uidOf = (component: Component) => stringValue(component.getFirstProperty('uid'))?.trim();
  for (const event of events) {
    const uid = uidOf(event.component);
    if (uid && event.component.hasProperty('recurrence-id')) {
      const list = overrides.get(uid) ?? [];
      list.push(event.component);
      overrides.set(uid, list);
    } else {
      masters.push(event);
      if (uid) masterUids.add(uid);
    }
  }
  // An override whose series is not in the file stands on its own (an export of a date range).
  for (const event of events) {
    const uid = uidOf(event.component);
    if (uid && !masterUids.has(uid) && event.component.hasProperty('recurrence-id')) masters.push(event);
  }
  masters.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const zoneWarnings = new Set<string>();
  const mapped: Mapped[] = [];
  for (const {component, line} of masters) {
    try {
      const result = mapEvent(ctx, component, line, masterUids.has(uidOf(component) ?? '') ? overrides : new Map(), zoneWarnings);
      if (result) mapped.push(result);
    } catch (error) {
      // ical.js decodes a value when it is read: a malformed one (DTSTART:2026) costs its event only.
      ctx.reject('event-unreadable', {detail: errorText(error)}, {line, uid: uidOf(component)});
    }
  }
  return ctx.finish(assemble(ctx, mapped));
}

/** 1-based physical line of every `BEGIN:VEVENT`, in file order (folded lines count as lines). */
function beginEventLines(text: string): number[] {
  const found: number[] = [];
  const pattern = /^BEGIN:VEVENT[ \t]*$/gim;
  let line = 1;
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (; at < match.index; at++) {
      const char = text.charCodeAt(at);
      // CRLF counts once: the CR is skipped when an LF follows.
      if (char === 10 || (char === 13 && text.charCodeAt(at + 1) !== 10)) line++;
    }
    found.push(line);
  }
  return found;
}

function mapEvent(
  ctx: ImportContext, component: Component, line: number | undefined, overrides: Map<string, Component[]>, zoneWarnings: Set<string>,
): Mapped | undefined {
  const uid = stringValue(component.getFirstProperty('uid'))?.trim() || undefined;
  const summaryProperty = component.getFirstProperty('summary');
  const summary = stringValue(summaryProperty)?.trim() ?? '';
  const dtstart = component.getFirstProperty('dtstart');
  const start = dtstart ? timeValue(dtstart) : undefined;
  const recurrenceId = component.getFirstProperty('recurrence-id');

  const ushtUid = uid ? USHT_UID.exec(uid) : null;
  let id: string;
  if (ushtUid) id = ushtUid[1] as string;
  else if (uid) id = `${ctx.centreId}-${hashId(recurrenceId ? `${uid}\u0000${recurrenceId.toICALString()}` : uid)}`;
  else id = `${ctx.centreId}-${hashId(`${summary}\u0000${dtstart?.toICALString() ?? ''}`)}`;
  const session = ushtUid?.[2] ? Number(ushtUid[2]) : undefined;
  const place: ProblemPlace = {line, uid, activityId: id};

  const x = readUsht(ctx, component, place);
  const ushtTitle = x.get(ushtProperties.title);
  const title = typeof ushtTitle === 'string' ? ushtTitle : summary;
  if (!title) {
    ctx.reject('missing-title', {field: 'SUMMARY'}, place);
    return undefined;
  }
  if (!dtstart || !start) {
    ctx.reject('missing-start', {field: 'DTSTART'}, place);
    return undefined;
  }
  // ical.js rolls an impossible date over (20261345 → 2027-02-14): refuse it instead.
  for (const property of [dtstart, component.getFirstProperty('dtend')]) {
    const raw = property?.jCal[3];
    if (typeof raw === 'string' && !isRealTime(raw)) {
      ctx.reject('impossible-time', {field: property?.name.toUpperCase() ?? 'DTSTART', value: quoted(property?.toICALString().replace(/^[^:]*:/, '') ?? raw)}, place);
      return undefined;
    }
  }
  if (!uid) ctx.warn('missing-uid', {}, place);

  const times = new TimeReader(ctx, place, zoneWarnings);
  const allDay = start.isDate;
  let spans: TimeSpan[];
  if (!recurrenceId && (component.hasProperty('rrule') || component.hasProperty('rdate'))) {
    const event = new ICAL.Event(component, {strictExceptions: false, exceptions: uid ? overrides.get(uid) ?? [] : []});
    const expanded = expand(ctx, event, times, place);
    if (!expanded) return undefined;
    spans = expanded;
  } else {
    spans = [times.span(start, tzidOf(dtstart), endOf(component), allDay)];
  }

  const activity = foreignActivity(ctx, component, {id, title, summaryProperty, place, session, given: x});
  const ushtSchedule = x.get(ushtProperties.schedule);
  const ushtSession = x.get(ushtProperties.session);
  // X-USHT-SCHEDULE is on every event toICS writes: such an event says all there is to say.
  const ours = isRecord(ushtSchedule);
  applyUsht(ctx, activity, x, ours, place);
  const sequence = component.getFirstPropertyValue('sequence');
  return {
    place,
    id,
    session,
    sequence: typeof sequence === 'number' ? sequence : 0,
    activity,
    spans,
    allDay,
    ushtSchedule: ours ? ushtSchedule : undefined,
    ushtSession: isRecord(ushtSession) ? (ushtSession as unknown as TimeSpan) : undefined,
  };
}

/** The fields a calendar program's event gives, and guesses for what it does not. */
function foreignActivity(
  ctx: ImportContext,
  component: Component,
  {id, title, summaryProperty, place, session, given}: {
    id: string; title: string; summaryProperty: Property | null; place: ProblemPlace; session: number | undefined;
    /** X-USHT values the event carries: what they give exactly is not guessed, nor warned about. */
    given: ReadonlyMap<string, unknown>;
  },
): Record<string, unknown> {
  const has = (key: 'priorityAreaIds' | 'source') => given.has(key === 'source' ? SOURCE_PROPERTY : AREAS_PROPERTY);
  let shownTitle = title;
  let sample = false;
  if (USHT_UID.test(place.uid ?? '')) {
    // Our own file without its X-USHT properties: undo what toICS added to SUMMARY.
    if (session !== undefined) shownTitle = shownTitle.replace(/ \(\d+\/\d+\)$/, '');
    if (SAMPLE_PREFIX.test(shownTitle)) {
      shownTitle = shownTitle.replace(SAMPLE_PREFIX, '');
      sample = true;
    }
  }
  const status = stringValue(component.getFirstProperty('status'))?.trim().toUpperCase();
  // Outlook puts "Avlyst: " (or "Canceled: ") before the title of a cancelled meeting; the status says it.
  if (status === 'CANCELLED') shownTitle = shownTitle.replace(/^(?:avlyst|cancell?ed)\s*:\s*/i, '') || shownTitle;
  const language: TextLanguage = textLanguageOf(paramValue(summaryProperty, 'language')) ?? 'nb';
  const description = stringValue(component.getFirstProperty('description'))?.trim();
  const categories = component.getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter(Boolean);
  const {ids: priorityAreaIds, unmatched: notAreas} = ctx.areas.match(categories);
  // A category that names the kind ("Fagdag", "Kurs") has done its job: not worth a warning.
  const unmatched = has('priorityAreaIds') ? [] : notAreas.filter((category) => guessKind(category) === 'other');
  if (unmatched.length > 0) {
    ctx.warn('unknown-categories', {categories: unmatched.map((c) => `«${quoted(c)}»`).join(', '), count: unmatched.length}, place);
  }

  const location = readLocation(stringValue(component.getFirstProperty('location')) ?? '');
  let online = location.online || MEETING_PROPERTIES.some((name) => !!stringValue(component.getFirstProperty(name))?.trim());
  const sourceIds: string[] = [];
  const url = stringValue(component.getFirstProperty('url'))?.trim();
  if (url && !has('source')) {
    // A meeting link says the event is online; it is not a page that announces it, and a public
    // feed must not publish a link meant for those who signed up.
    if (isVideoMeetingUrl(url)) online = true;
    else {
      const link = ctx.linkSource(url, 'URL', place);
      if (link) sourceIds.push(link);
    }
  }
  sourceIds.push(ctx.fileSource());

  const sequence = component.getFirstPropertyValue('sequence');
  const kind = guessKind(shownTitle, ...categories);
  // A webinar is held online by definition.
  if (kind === 'webinar') online = true;
  const activity: Record<string, unknown> = {
    id,
    title: shownTitle,
    kind,
    centreId: ctx.centreId,
    mode: modeOf(online, location.venue),
    place: location.venue ? {venue: location.venue, locality: null, municipalityNumber: null} : null,
    audience: [],
    priorityAreaIds,
    registration: null,
    status: status === 'CANCELLED' ? 'cancelled' : 'scheduled',
    language,
    source: sourceIds,
  };
  if (description) activity['summary'] = description;
  if (typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0) activity['sequence'] = sequence;
  if (sample) activity['sample'] = true;
  return activity;
}

/** X-USHT-<FIELD> values win; in an event `toICS` wrote (`ours`), an optional field without one is absent. */
function applyUsht(ctx: ImportContext, activity: Record<string, unknown>, x: Map<string, unknown>, ours: boolean, place: ProblemPlace): void {
  if (x.size === 0) return;
  for (const [key, name] of ushtFields()) {
    if (x.has(name)) activity[key] = x.get(name);
    else if (ours && isOptionalField(key)) delete activity[key];
  }
  const centre = activity['centreId'];
  if (x.has(CENTRE_PROPERTY) && typeof centre === 'string' && centre !== ctx.centreId) {
    ctx.warn('centre-differs', {centre: quoted(centre), expected: ctx.centreId}, place);
  }
}

/** The X-USHT-* properties of an event, JSON-decoded; an unreadable one is reported and left out. */
function readUsht(ctx: ImportContext, component: Component, place: ProblemPlace): Map<string, unknown> {
  const values = new Map<string, unknown>();
  // ical.js's own jCal ([name, params, type, value]): looking at the names there saves making a
  // Property object for every property of every event (most events have no X-USHT at all).
  for (const jcal of component.jCal[1] as unknown[][]) {
    if (typeof jcal[0] !== 'string' || !jcal[0].startsWith('x-usht-')) continue;
    const name = jcal[0].toUpperCase();
    const value = parseJson(typeof jcal[3] === 'string' ? jcal[3] : undefined);
    if (value.ok) values.set(name, value.value);
    else ctx.warn('x-usht-unreadable', {property: name}, place);
  }
  return values;
}

/**
 * Occurrences of a repeating event up to the horizon, overrides applied and cancelled ones left
 * out. Rejects the event when none falls before the horizon or more than `maxSessions` do.
 */
function expand(ctx: ImportContext, event: InstanceType<typeof ICAL.Event>, times: TimeReader, place: ProblemPlace): TimeSpan[] | undefined {
  const spans: TimeSpan[] = [];
  const startTzid = tzidOf(event.component.getFirstProperty('dtstart'));
  let cut = false;
  try {
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      // The occurrence's own slot (its RECURRENCE-ID) decides whether it is inside the horizon.
      if (times.oslo(next, startTzid).slice(0, 10) > ctx.horizon) {
        cut = true;
        break;
      }
      const details = event.getOccurrenceDetails(next);
      const item = details.item?.component;
      if (item && stringValue(item.getFirstProperty('status'))?.trim().toUpperCase() === 'CANCELLED') continue;
      const tzid = item ? tzidOf(item.getFirstProperty('dtstart')) : startTzid;
      spans.push(times.spanOf(details.startDate, details.endDate, tzid, details.startDate.isDate));
      if (spans.length > ctx.maxSessions) {
        ctx.reject('too-many-sessions', {max: ctx.maxSessions, horizon: ctx.horizon}, place);
        return undefined;
      }
    }
  } catch (error) {
    ctx.reject('recurrence-unreadable', {detail: errorText(error)}, place);
    return undefined;
  }
  if (spans.length === 0) {
    ctx.reject('no-session-before-horizon', {horizon: ctx.horizon}, place);
    return undefined;
  }
  if (cut) ctx.warn('sessions-cut-at-horizon', {horizon: ctx.horizon, count: spans.length}, place);
  // An override may move a session before an earlier one.
  return spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Puts the events of one activity together (sessions of our own files), keeps one of duplicates. */
function assemble(ctx: ImportContext, mapped: readonly Mapped[]): Draft[] {
  const byId = new Map<string, Mapped[]>();
  for (const event of mapped) {
    const group = byId.get(event.id) ?? [];
    const same = group.findIndex((other) => other.session === event.session);
    if (same >= 0) {
      // The same event twice (an export merged twice): the later revision wins (RFC 5545 §3.8.7.4).
      const other = group[same] as Mapped;
      const keep = event.sequence >= other.sequence ? event : other;
      const drop = keep === event ? other : event;
      ctx.warn('duplicate-event', {otherLine: keep.place.line ?? 0}, drop.place);
      group[same] = keep;
    } else group.push(event);
    byId.set(event.id, group);
  }

  const drafts: Draft[] = [];
  for (const group of byId.values()) {
    group.sort((a, b) => (a.session ?? 0) - (b.session ?? 0));
    const first = group[0] as Mapped;
    const activity = first.activity;
    if (first.ushtSchedule) {
      const sessions = group.map((event) => event.ushtSession).filter((span): span is TimeSpan => span !== undefined);
      activity['schedule'] = sessions.length > 0 ? {...first.ushtSchedule, sessions} : first.ushtSchedule;
    } else {
      activity['schedule'] = scheduleOf(group.flatMap((event) => event.spans), group.every((event) => event.allDay));
    }
    drafts.push({place: first.place, activity});
  }
  drafts.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));
  return drafts;
}

/** One span is the schedule; several are sessions, the schedule running from the first start to the last end. */
function scheduleOf(spans: readonly TimeSpan[], allDay: boolean): Record<string, unknown> {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const first = sorted[0] as TimeSpan;
  const last = sorted[sorted.length - 1] as TimeSpan;
  if (sorted.length === 1) return {timeZone: 'Europe/Oslo', allDay, start: first.start, end: first.end};
  return {timeZone: 'Europe/Oslo', allDay, start: first.start, end: last.end ?? last.start, sessions: sorted};
}

/** How an event gives its end: DTEND, a DURATION (RFC 5545 §3.8.2.5), or not at all. */
type EventEnd =
  | {readonly kind: 'time'; readonly time: Time; readonly tzid: string | undefined}
  | {readonly kind: 'duration'; readonly duration: InstanceType<typeof ICAL.Duration>}
  | null;

function endOf(component: Component): EventEnd {
  const dtend = component.getFirstProperty('dtend');
  const end = dtend ? timeValue(dtend) : undefined;
  if (dtend && end) return {kind: 'time', time: end, tzid: tzidOf(dtend)};
  const duration = component.getFirstPropertyValue('duration');
  return duration instanceof ICAL.Duration ? {kind: 'duration', duration} : null;
}

/** Turns ical.js times into Oslo wall clock; warns once per unknown TZID. */
class TimeReader {
  private readonly ctx: ImportContext;
  private readonly place: ProblemPlace;
  private readonly zoneWarnings: Set<string>;

  constructor(ctx: ImportContext, place: ProblemPlace, zoneWarnings: Set<string>) {
    this.ctx = ctx;
    this.place = place;
    this.zoneWarnings = zoneWarnings;
  }

  span(start: Time, startTzid: string | undefined, end: EventEnd, allDay: boolean): TimeSpan {
    if (end?.kind === 'duration') {
      const {weeks, days, hours, minutes, seconds, isNegative} = end.duration;
      if (allDay || (hours === 0 && minutes === 0 && seconds === 0)) {
        // Weeks and days are nominal: the same wall-clock time so many days later.
        const time = start.clone();
        time.addDuration(end.duration);
        return allDay ? this.daySpan(start, time) : this.timedSpan(start, startTzid, this.oslo(time, startTzid));
      }
      // Hours, minutes and seconds are exact (RFC 5545 §3.3.6): counted on the instant, so an
      // hour that starts in the spring-forward gap still lasts an hour. Nominal days come first.
      const nominal = start.clone();
      nominal.addDuration(new ICAL.Duration({weeks, days, isNegative}));
      const exact = (hours * 3600 + minutes * 60 + seconds) * 1000 * (isNegative ? -1 : 1);
      return this.timedSpan(start, startTzid, osloWallClock(this.instant(nominal, startTzid) + exact));
    }
    if (allDay) return this.daySpan(start, end?.time ?? null);
    return this.timedSpan(start, startTzid, end ? this.timedEnd(end.time, end.tzid) : null);
  }

  /** An occurrence: ical.js gives its end in the zone of its start. */
  spanOf(start: Time, end: Time, tzid: string | undefined, allDay: boolean): TimeSpan {
    if (allDay) return this.daySpan(start, end);
    return this.timedSpan(start, tzid, end.isDate ? null : this.oslo(end, tzid));
  }

  /** All-day: DTEND is the day after (RFC 5545 §3.6.1); `end` is the last day. */
  private daySpan(start: Time, end: Time | null): TimeSpan {
    const first = formatDate(start.year, start.month, start.day);
    const last = end && end.isDate ? addDays(formatDate(end.year, end.month, end.day), -1) : first;
    if (last < first) {
      this.ctx.warn('end-ignored', {field: 'DTEND'}, this.place);
      return {start: first, end: first};
    }
    return {start: first, end: last};
  }

  private timedEnd(end: Time, tzid: string | undefined): string | null {
    // A bare date as the end of a timed event says nothing about the hour.
    return end.isDate ? null : this.oslo(end, tzid);
  }

  private timedSpan(start: Time, tzid: string | undefined, end: string | null): TimeSpan {
    const from = this.oslo(start, tzid);
    if (end !== null && end < from) {
      this.ctx.warn('end-ignored', {field: 'DTEND'}, this.place);
      return {start: from, end: null};
    }
    // An end equal to the start states no length (toICS writes no DTEND for it either).
    return {start: from, end: end !== null && end > from ? end : null};
  }

  /** Oslo wall clock of a DATE or DATE-TIME (RFC 5545 §3.3.5: UTC, with TZID, or floating). */
  oslo(time: Time, tzid: string | undefined): string {
    if (time.isDate) return formatDate(time.year, time.month, time.day);
    const wall = wallOf(time);
    const reading = this.reading(time, tzid);
    // Already Oslo's clock (our files, WordPress, floating times): kept, but for the one hour a
    // year that does not exist in Oslo (the last Sunday of March, 02:00–02:59), which RFC 5545
    // reads with the offset before the gap.
    if (reading === 'oslo') return wall.month === 3 && wall.hour === 2 ? zoneToOslo(OSLO, wall) : formatWallClock(wall);
    return osloWallClock(this.instant(time, tzid));
  }

  /** The instant of a DATE-TIME, in milliseconds. */
  private instant(time: Time, tzid: string | undefined): number {
    const wall = wallOf(time);
    const reading = this.reading(time, tzid);
    if (reading === 'utc') return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, time.second);
    if (reading === 'vtimezone') return time.toUnixTime() * 1000;
    return instantOf(reading === 'oslo' ? OSLO : reading.zone, wall);
  }

  /** Which clock a time is on: UTC, the file's VTIMEZONE, Oslo's, or another zone `Intl` knows. */
  private reading(time: Time, tzid: string | undefined): 'utc' | 'vtimezone' | 'oslo' | {readonly zone: string} {
    const zone = time.zone;
    if (zone === ICAL.Timezone.utcTimezone || zone?.tzid === 'UTC' || zone?.tzid === 'Z') return 'utc';
    if (zone?.tzid === OSLO) return 'oslo';
    // A VTIMEZONE from the file (Outlook's `W. Europe Standard Time` …): ical.js applies its rules.
    if (zone && zone !== ICAL.Timezone.localTimezone && zone.component) return 'vtimezone';
    if (!tzid) return 'oslo'; // floating: read as Oslo time
    const reading = readZone(tzid);
    if (reading.kind === 'zone') return {zone: reading.zone};
    if (reading.kind === 'unknown' && !this.zoneWarnings.has(tzid)) {
      this.zoneWarnings.add(tzid);
      this.ctx.warn('unknown-time-zone', {tzid: quoted(tzid)}, this.place);
    }
    return 'oslo';
  }
}

function wallOf(time: Time): WallClock {
  return {year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute};
}

/** A jCal date (`2026-03-29`) or date-time (`2026-03-29T02:30:00`) that names a real day and time. */
function isRealTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  return isRealDate(Number(year), Number(month), Number(day)) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 61;
}

function timeValue(property: Property): Time | undefined {
  const value = property.getFirstValue();
  return value instanceof ICAL.Time ? value : undefined;
}

function tzidOf(property: Property | null): string | undefined {
  return paramValue(property, 'tzid');
}

function paramValue(property: Property | null, name: string): string | undefined {
  const value = property?.getParameter(name);
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function stringValue(property: Property | null): string | undefined {
  const value = property?.getFirstValue();
  return typeof value === 'string' ? value : undefined;
}

function parseJson(text: string | undefined): {ok: true; value: unknown} | {ok: false} {
  if (text === undefined) return {ok: false};
  try {
    return {ok: true, value: JSON.parse(text) as unknown};
  } catch {
    return {ok: false};
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ical.js's message, one line, without a value that could be long. */
function errorText(error: unknown): string {
  return quoted(error instanceof Error ? error.message : String(error));
}
