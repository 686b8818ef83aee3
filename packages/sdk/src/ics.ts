import type {Activity, ActivityStatus, TimeSpan} from './schemas/activity.js';
import type {Source, TextLanguage} from './schemas/common.js';

/** The media type a `.ics` file or feed is served with. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Languages the calendar's own words (labels in DESCRIPTION, LOCATION, the calendar name) come in. */
export type ICSLocale = TextLanguage;

export interface ToICSOptions {
  /** The moment written as every event's DTSTAMP (UTC); defaults to now. Fix it for reproducible files. */
  readonly now?: Date;
  /** X-WR-CALNAME, the name calendar programs show for a subscription. */
  readonly calendarName?: string;
  readonly prodId?: string;
  readonly method?: 'PUBLISH';
  /** Language of the labels the calendar adds ("Målgruppe", "Digitalt" …); `nb` by default. */
  readonly locale?: ICSLocale;
  /** Names for CATEGORIES; an area missing here is written by its id. */
  readonly priorityAreas?: readonly {readonly id: string; readonly name: string}[];
  /**
   * Lets DESCRIPTION (and URL, when there is no registration link) point at the page an activity was
   * read from; the records the activities cite are also carried whole (X-USHT-SOURCE-RECORD).
   */
  readonly sources?: readonly Source[];
}

/**
 * The `X-USHT-*` properties {@link toICS} adds so that `importICS` (`@usht/sdk/import`) reads back
 * exactly the activities that were written; calendar programs ignore X- properties (RFC 5545
 * §3.8.8.2). Each activity field the standard properties cannot carry exactly is written as
 * `X-USHT-<FIELD IN UPPER KEBAB CASE>` holding the field's value as JSON (`centreId` →
 * `X-USHT-CENTRE-ID:"oslo"`), so absent, null, empty lists and text survive as they were. JSON
 * that needs TEXT escaping (`,` `;` `\`) is marked `VALUE=TEXT`: ical.js reads an X- property
 * without a VALUE as raw text and would otherwise keep the backslashes.
 */
export const ushtProperties = {
  /** A field of the activity: `ushtProperties.field('priorityAreaIds')` → `X-USHT-PRIORITY-AREA-IDS`. */
  field: (key: string): string => `X-USHT-${key.replace(/[A-Z]/g, (char) => `-${char}`).toUpperCase()}`,
  /** The title, when SUMMARY is not exactly it (a sample marker or a session number was added). */
  title: 'X-USHT-TITLE',
  /** The schedule without its sessions (timeZone, allDay, start, end), or with them when the list is empty. */
  schedule: 'X-USHT-SCHEDULE',
  /** This event's session, exactly as the activity lists it, when the activity has sessions. */
  session: 'X-USHT-SESSION',
  /** On the VCALENDAR: one source record the activities cite, as JSON. */
  sourceRecord: 'X-USHT-SOURCE-RECORD',
} as const;

/** Fields the standard properties carry exactly (UID, SUMMARY's LANGUAGE) or that have their own property above. */
const fieldsNotWritten: ReadonlySet<string> = new Set(['id', 'title', 'language', 'schedule']);

interface Labels {
  calendarName: string;
  digital: string;
  alsoDigital: string;
  audience: string;
  registration: string;
  deadline: string;
  source: string;
  sample: string;
  status: Partial<Record<ActivityStatus, string>>;
}

const nb: Labels = {
  calendarName: 'USHT-aktiviteter',
  digital: 'Digitalt',
  alsoDigital: 'også digitalt',
  audience: 'Målgruppe',
  registration: 'Påmelding',
  deadline: 'Påmeldingsfrist',
  source: 'Kilde',
  sample: 'Eksempeldata',
  status: {cancelled: 'Avlyst.', postponed: 'Utsatt: ny dato er ikke bestemt.', full: 'Fullt.'},
};

// Northern Sami is a partial locale across usht-kit: until a translator supplies these labels, they fall back to Bokmål.
const labelsByLocale: Record<ICSLocale, Labels> = {
  nb,
  nn: {
    calendarName: 'USHT-aktivitetar',
    digital: 'Digitalt',
    alsoDigital: 'også digitalt',
    audience: 'Målgruppe',
    registration: 'Påmelding',
    deadline: 'Påmeldingsfrist',
    source: 'Kjelde',
    sample: 'Eksempeldata',
    status: {cancelled: 'Avlyst.', postponed: 'Utsett: ny dato er ikkje bestemt.', full: 'Fullt.'},
  },
  en: {
    calendarName: 'USHT activities',
    digital: 'Online',
    alsoDigital: 'also online',
    audience: 'Audience',
    registration: 'Registration',
    deadline: 'Registration deadline',
    source: 'Source',
    sample: 'Sample data',
    status: {cancelled: 'Cancelled.', postponed: 'Postponed: the new date is not set.', full: 'Fully booked.'},
  },
  se: nb,
};

const TIME_ZONE = 'Europe/Oslo';
const UID_DOMAIN = 'usht-kit';
const MAX_LINE_OCTETS = 75;

// Norway has followed the EU rule since 1996: DST from the last Sunday of March 01:00 UTC
// (02:00 local) to the last Sunday of October 01:00 UTC (03:00 local). The 1970 DTSTARTs are the
// conventional anchor (both are last Sundays); activities in this data set are all after 1996.
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Writes activities as an RFC 5545 calendar (METHOD:PUBLISH, Europe/Oslo VTIMEZONE), ready to be
 * served as {@link ICS_CONTENT_TYPE} or saved as a `.ics` file.
 *
 * - UIDs come from activity ids (`<id>@usht-kit`; `<id>.<n>@usht-kit` for session n: ids never hold a dot, so no two activities can collide), so a
 *   calendar that subscribed once updates events instead of duplicating them; raise `sequence` on edits.
 * - All-day events use VALUE=DATE with an exclusive DTEND (the day after the inclusive `end`).
 * - A timed event whose end the source does not give has no DTEND: RFC 5545 §3.6.1 then reads it
 *   as ending when it starts. A DURATION would invent an end time no source states.
 * - Cancelled activities stay in the feed with STATUS:CANCELLED so subscribers see the cancellation;
 *   postponed ones are TENTATIVE, since their date is no longer to be relied on.
 */
export function toICS(activities: Iterable<Activity>, options: ToICSOptions = {}): string {
  const labels = labelsByLocale[options.locale ?? 'nb'];
  const stamp = formatUtc(options.now ?? new Date());
  const areaNames = new Map((options.priorityAreas ?? []).map((area) => [area.id, area.name]));
  const sources = new Map((options.sources ?? []).map((source) => [source.id, source]));
  const list = [...activities];
  const cited = new Set(list.flatMap((activity) => activity.source).filter((id) => sources.has(id)));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', [], escapeText(options.prodId ?? '-//usht-kit//@usht/sdk//NB')),
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    property('X-WR-CALNAME', [], escapeText(options.calendarName ?? labels.calendarName)),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...[...cited].map((id) => jsonProperty(ushtProperties.sourceRecord, sources.get(id))),
    ...OSLO_VTIMEZONE,
  ];
  for (const activity of list) {
    const sessions = activity.schedule.sessions ?? [];
    if (sessions.length > 1) {
      sessions.forEach((span, index) => {
        lines.push(...eventLines(activity, span, {
          uid: `${activity.id}.${index + 1}@${UID_DOMAIN}`,
          titleSuffix: ` (${index + 1}/${sessions.length})`,
          session: span,
        }, {labels, stamp, areaNames, sources}));
      });
    } else {
      lines.push(...eventLines(activity, activity.schedule, {uid: `${activity.id}@${UID_DOMAIN}`, titleSuffix: '', session: sessions[0]},
        {labels, stamp, areaNames, sources}));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

interface Context {
  labels: Labels;
  stamp: string;
  areaNames: Map<string, string>;
  sources: Map<string, NonNullable<ToICSOptions['sources']>[number]>;
}

function eventLines(
  activity: Activity, span: TimeSpan, event: {uid: string; titleSuffix: string; session: TimeSpan | undefined},
  {labels, stamp, areaNames, sources}: Context,
): string[] {
  const language: [string, string][] = [['LANGUAGE', activity.language]];
  const title = (activity.sample ? `[${labels.sample}] ` : '') + activity.title + event.titleSuffix;
  const source = activity.source.map((id) => sources.get(id)).find((s) => s !== undefined);
  const sourceUrl = source?.url ? normaliseUrl(source.url) : undefined;
  const registrationUrl = activity.registration?.url ? normaliseUrl(activity.registration.url) : undefined;
  const link = registrationUrl ?? sourceUrl;

  const lines = [
    'BEGIN:VEVENT',
    property('UID', [], escapeText(event.uid)),
    `DTSTAMP:${stamp}`,
    ...timeLines(activity.schedule.allDay, span),
    property('SUMMARY', language, escapeText(title)),
  ];

  const description: string[] = [];
  const statusNote = labels.status[activity.status];
  if (statusNote) description.push(statusNote);
  if (activity.summary) description.push(activity.summary);
  if (activity.audience.length > 0) description.push(`${labels.audience}: ${activity.audience.join(', ')}`);
  if (registrationUrl) description.push(`${labels.registration}: ${registrationUrl}`);
  if (activity.registration?.deadline) description.push(`${labels.deadline}: ${activity.registration.deadline}`);
  if (source && sourceUrl) description.push(`${labels.source}: ${source.title} – ${sourceUrl}`);
  if (description.length > 0) lines.push(property('DESCRIPTION', language, escapeText(description.join('\n\n'))));

  const location = locationText(activity, labels);
  if (location) lines.push(property('LOCATION', [], escapeText(location)));
  if (link) lines.push(property('URL', [], link));
  lines.push(`STATUS:${statusValue(activity.status)}`);
  lines.push(`SEQUENCE:${activity.sequence ?? 0}`);
  if (activity.priorityAreaIds.length > 0) {
    lines.push(property('CATEGORIES', [], activity.priorityAreaIds.map((id) => escapeText(areaNames.get(id) ?? id)).join(',')));
  }
  lines.push(...ushtLines(activity, event.session, title));
  lines.push('END:VEVENT');
  return lines;
}

/** The X-USHT-* lines of one event (see {@link ushtProperties}); `session` is the one this event shows, if any. */
function ushtLines(activity: Activity, session: TimeSpan | undefined, summary: string): string[] {
  const lines: string[] = [];
  if (summary !== activity.title) lines.push(jsonProperty(ushtProperties.title, activity.title));
  const {sessions, ...schedule} = activity.schedule;
  lines.push(jsonProperty(ushtProperties.schedule, sessions && sessions.length === 0 ? activity.schedule : schedule));
  if (session) lines.push(jsonProperty(ushtProperties.session, session));
  for (const [key, value] of Object.entries(activity)) {
    if (value !== undefined && !fieldsNotWritten.has(key)) lines.push(jsonProperty(ushtProperties.field(key), value));
  }
  return lines;
}

function jsonProperty(name: string, value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  const escaped = escapeText(json);
  return property(name, escaped === json ? [] : [['VALUE', 'TEXT']], escaped);
}

function timeLines(allDay: boolean, span: TimeSpan): string[] {
  const start = DATE_TIME.exec(span.start);
  if (!allDay && start) {
    const lines = [`DTSTART;TZID=${TIME_ZONE}:${localDateTime(span.start)}`];
    // Only a later wall-clock time is a usable end (RFC 5545 requires DTEND after DTSTART); a bare
    // date as the end of a timed event says nothing about the hour, so it is left out too.
    if (span.end !== null && DATE_TIME.test(span.end) && span.end > span.start) {
      lines.push(`DTEND;TZID=${TIME_ZONE}:${localDateTime(span.end)}`);
    }
    return lines;
  }
  const first = span.start.slice(0, 10);
  const last = span.end !== null && span.end.slice(0, 10) >= first ? span.end.slice(0, 10) : first;
  return [`DTSTART;VALUE=DATE:${compactDate(first)}`, `DTEND;VALUE=DATE:${compactDate(addDays(last, 1))}`];
}

function locationText(activity: Activity, labels: Labels): string | undefined {
  const where = [activity.place?.venue, activity.place?.locality].filter((part): part is string => !!part).join(', ');
  if (activity.mode === 'digital') return labels.digital;
  if (activity.mode === 'hybrid') return where ? `${where} (${labels.alsoDigital})` : labels.digital;
  return where || undefined;
}

function statusValue(status: ActivityStatus): string {
  if (status === 'cancelled') return 'CANCELLED';
  if (status === 'postponed') return 'TENTATIVE';
  return 'CONFIRMED';
}

/** `2024-03-31T12:00` → `20240331T120000` (local, paired with TZID). */
function localDateTime(value: string): string {
  const [, y, mo, d, h, mi] = DATE_TIME.exec(value) ?? [];
  return `${y}${mo}${d}T${h}${mi}00`;
}

function compactDate(value: string): string {
  return value.replaceAll('-', '');
}

function addDays(date: string, days: number): string {
  const [, y, m, d] = DATE.exec(date) ?? [];
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + days)).toISOString().slice(0, 10);
}

function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

// Data URLs already passed the safe-URL schema; URL parsing also drops any tab or newline, which
// would otherwise end the content line.
function normaliseUrl(value: string): string | undefined {
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}

function property(name: string, params: readonly [string, string][], value: string): string {
  return name + params.map(([key, v]) => `;${key}=${paramValue(v)}`).join('') + ':' + value;
}

function paramValue(value: string): string {
  const clean = wellFormed(value).replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); control characters a TEXT value may not hold are dropped. */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * Folds one content line into lines of at most 75 octets (RFC 5545 §3.1), breaking only between
 * code points so no UTF-8 sequence (æ, ø, å, ŋ, đ, an emoji) is split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

// A lone surrogate would be written as U+FFFD by the UTF-8 encoder anyway; replacing it first keeps
// the octet count used for folding equal to what is written.
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const TRANSLITERATION: Record<string, string> = {
  æ: 'ae', ø: 'o', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', œ: 'oe', ł: 'l', þ: 'th', ð: 'd',
};

/**
 * A file name for a download of `title`: lower-case ASCII letters, digits and hyphens plus `.ics`,
 * safe on every common file system (`Fagdag: Å lære ŋ` → `fagdag-a-laere-n.ics`).
 */
export function icsFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[æøđŋŧßœłþð]/g, (char) => TRANSLITERATION[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  if (!slug) return 'usht-kalender.ics';
  return `${WINDOWS_RESERVED.test(slug) ? `usht-${slug}` : slug}.ics`;
}
