// The activity form's model: what a coordinator types (dates as dd.mm.åååå, times as tt:mm, one
// audience per line) and the activity record the SDK's schema checks. Pure functions, no Lit;
// loaded with the SDK, after the element's first render, so its entry carries neither.
import {slug, type Activity, type ActivityTranslation, type TextLanguage, type TimeSpan} from '@usht/sdk';

export {slug};
import type {ActivityEditorMessages} from '../locales/activity-editor.js';

/** One meeting: all-day activities leave the times empty. */
export interface SessionFields {
  readonly startDate: string;
  readonly startTime: string;
  readonly endDate: string;
  readonly endTime: string;
}

export interface TranslationFields {
  readonly title: string;
  readonly summary: string;
}

/** Everything the form shows, as the text in its fields. */
export interface ActivityForm {
  /** Empty for a new activity; an activity keeps its id for life (calendars that subscribed match on it). */
  readonly id: string;
  readonly language: TextLanguage;
  readonly title: string;
  readonly summary: string;
  readonly translations: Readonly<Partial<Record<TextLanguage, TranslationFields>>>;
  readonly kind: string;
  readonly centreId: string;
  readonly organiserRole: string;
  readonly organiser: string;
  readonly allDay: boolean;
  /** At least one; more than one makes a course over several meetings (`schedule.sessions`). */
  readonly sessions: readonly SessionFields[];
  readonly mode: string;
  readonly venue: string;
  readonly locality: string;
  readonly municipalityNumber: string;
  readonly placeNote: string;
  readonly videoUrl: string;
  /** One audience per line. */
  readonly audience: string;
  readonly priorityAreaIds: readonly string[];
  readonly registrationUrl: string;
  readonly registrationDeadline: string;
  readonly registrationContact: string;
  readonly status: string;
  /** The page that announces the activity (its source); empty: the centre's own publication. */
  readonly sourceUrl: string;
}

/** The fields of a form, by the id of their control (error summary links, aria-describedby). */
export type FieldId = string;

/** A problem the form finds before the schema sees the record (a date typed the wrong way). */
export interface FieldProblem {
  readonly field: FieldId;
  readonly code: 'date-format' | 'time-format' | 'start-date-required' | 'start-time-required' | 'end-before-start';
}

export const emptySession: SessionFields = {startDate: '', startTime: '', endDate: '', endTime: ''};

export function emptyForm(centreId: string, language: TextLanguage): ActivityForm {
  return {
    id: '', language, title: '', summary: '', translations: {}, kind: '', centreId, organiserRole: '', organiser: '',
    allDay: false, sessions: [emptySession], mode: '', venue: '', locality: '', municipalityNumber: '', placeNote: '',
    videoUrl: '', audience: '', priorityAreaIds: [], registrationUrl: '', registrationDeadline: '', registrationContact: '',
    status: 'scheduled', sourceUrl: '',
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * `dd.mm.åååå`, `d.m.åååå` (also with `/` or `-`) or ISO `åååå-mm-dd` → ISO; undefined when it is
 * neither. Whether the day exists (30.02) is the schema's to say, in its own words.
 */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const nordic = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : nordic ? [nordic[3], nordic[2], nordic[1]] : [];
  if (!year || !month || !day) return undefined;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${two(m)}-${two(d)}`;
}

/** `tt:mm`, `t:mm` or `tt.mm` → `HH:MM`; undefined otherwise. */
export function parseTime(text: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? `${two(hour)}:${two(minute)}` : undefined;
}

/** ISO `åååå-mm-dd` (or the date of a date-time) → `dd.mm.åååå` as the form shows it. */
export function showDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

const showTime = (value: string | null | undefined): string => (value && value.length > 10 ? value.slice(11, 16) : '');

/** A stored activity in the form, for editing. Fields the form has no control for stay as they were. */
export function formFromActivity(activity: Activity): ActivityForm {
  const spans: readonly TimeSpan[] = activity.schedule.sessions?.length ? activity.schedule.sessions : [activity.schedule];
  const translations: Partial<Record<TextLanguage, TranslationFields>> = {};
  for (const [language, text] of Object.entries(activity.translations ?? {}) as [TextLanguage, ActivityTranslation | undefined][]) {
    if (text) translations[language] = {title: text.title, summary: text.summary ?? ''};
  }
  return {
    id: activity.id,
    language: activity.language,
    title: activity.title,
    summary: activity.summary ?? '',
    translations,
    kind: activity.kind,
    centreId: activity.centreId,
    organiserRole: activity.organiserRole ?? '',
    organiser: activity.organiser ?? '',
    allDay: activity.schedule.allDay,
    sessions: spans.map((span) => ({
      startDate: showDate(span.start),
      startTime: showTime(span.start),
      // An end on the start day is shown as a time only: the form's end date is for several days.
      endDate: span.end && span.end.slice(0, 10) !== span.start.slice(0, 10) ? showDate(span.end) : '',
      endTime: showTime(span.end),
    })),
    mode: activity.mode,
    venue: activity.place?.venue ?? '',
    locality: activity.place?.locality ?? '',
    municipalityNumber: activity.place?.municipalityNumber ?? '',
    placeNote: activity.place?.note ?? '',
    videoUrl: activity.videoUrl ?? '',
    audience: activity.audience.join('\n'),
    priorityAreaIds: activity.priorityAreaIds,
    registrationUrl: activity.registration?.url ?? '',
    registrationDeadline: showDate(activity.registration?.deadline),
    registrationContact: activity.registration?.contact ?? '',
    status: activity.status,
    sourceUrl: '',
  };
}

/** The control of session `index`'s part: `s0-start-date` … */
export const sessionField = (index: number, part: 'start-date' | 'start-time' | 'end-date' | 'end-time'): FieldId => `s${index}-${part}`;

const text = (value: string): string | null => (value.trim() ? value.trim() : null);

/**
 * The form as an activity record for the schema to check, with the problems the form itself finds
 * (how dates and times are typed, which only the form knows). `base` is the stored activity being
 * edited: what the form does not show (notes, confidence …) is kept from it.
 */
export function activityFromForm(form: ActivityForm, source: readonly string[], base?: Activity): {record: Record<string, unknown>; problems: FieldProblem[]} {
  const problems: FieldProblem[] = [];
  const spans: {start: string; end: string | null}[] = [];
  form.sessions.forEach((session, index) => {
    const startField = sessionField(index, 'start-date');
    const start = parseDate(session.startDate);
    if (!session.startDate.trim()) problems.push({field: startField, code: 'start-date-required'});
    else if (!start) problems.push({field: startField, code: 'date-format'});
    const endDateText = session.endDate.trim();
    const endDate = endDateText ? parseDate(endDateText) : start;
    if (endDateText && !endDate) problems.push({field: sessionField(index, 'end-date'), code: 'date-format'});
    let startValue = start ?? '';
    let endValue: string | null = endDateText ? (endDate ?? null) : null;
    if (!form.allDay) {
      const startTime = parseTime(session.startTime);
      if (!session.startTime.trim()) problems.push({field: sessionField(index, 'start-time'), code: 'start-time-required'});
      else if (!startTime) problems.push({field: sessionField(index, 'start-time'), code: 'time-format'});
      const endTime = session.endTime.trim() ? parseTime(session.endTime) : undefined;
      if (session.endTime.trim() && !endTime) problems.push({field: sessionField(index, 'end-time'), code: 'time-format'});
      startValue = start && startTime ? `${start}T${startTime}` : startValue;
      // A timed end needs an hour: a bare end date says nothing about when the last day ends.
      endValue = endDate && endTime ? `${endDate}T${endTime}` : null;
    }
    if (start && endValue !== null && endValue.length === startValue.length && endValue < startValue) {
      problems.push({field: sessionField(index, form.allDay || endDateText ? 'end-date' : 'end-time'), code: 'end-before-start'});
    }
    spans.push({start: startValue, end: endValue});
  });

  const first = spans[0] ?? {start: '', end: null};
  const last = spans[spans.length - 1] ?? first;
  const schedule: Record<string, unknown> = {timeZone: 'Europe/Oslo', allDay: form.allDay, start: first.start, end: spans.length > 1 ? last.end ?? last.start : first.end};
  if (spans.length > 1) schedule['sessions'] = spans;

  const translations: Record<string, ActivityTranslation> = {};
  for (const [language, fields] of Object.entries(form.translations) as [TextLanguage, TranslationFields | undefined][]) {
    if (!fields || language === form.language || (!fields.title.trim() && !fields.summary.trim())) continue;
    translations[language] = {title: fields.title.trim(), ...(fields.summary.trim() ? {summary: fields.summary.trim()} : {})};
  }
  const placeParts = [form.venue, form.locality, form.municipalityNumber, form.placeNote].map(text);
  const registrationParts = [form.registrationUrl, form.registrationDeadline, form.registrationContact].map(text);
  const deadline = registrationParts[1] ? parseDate(registrationParts[1]) : null;
  if (registrationParts[1] && !deadline) problems.push({field: 'reg-deadline', code: 'date-format'});

  // Everything of the stored record the form has no control for, then what the form says.
  const {
    translations: _t, summary: _s, organiser: _o, organiserRole: _r, videoUrl: _v, sequence: _q, ...kept
  } = base ?? ({} as Partial<Activity>);
  const record: Record<string, unknown> = {
    ...kept,
    id: form.id,
    title: form.title.trim(),
    kind: form.kind || undefined,
    centreId: form.centreId,
    schedule,
    mode: form.mode || undefined,
    place: placeParts.some((part) => part !== null)
      ? {venue: placeParts[0], locality: placeParts[1], municipalityNumber: placeParts[2], ...(placeParts[3] ? {note: placeParts[3]} : {})}
      : null,
    audience: form.audience.split('\n').map((line) => line.trim()).filter(Boolean),
    priorityAreaIds: [...form.priorityAreaIds],
    registration: registrationParts.some((part) => part !== null)
      ? {url: registrationParts[0], deadline: deadline ?? registrationParts[1], ...(registrationParts[2] ? {contact: registrationParts[2]} : {})}
      : null,
    status: form.status,
    language: form.language,
    source,
  };
  if (text(form.summary)) record['summary'] = form.summary.trim();
  if (Object.keys(translations).length) record['translations'] = translations;
  if (text(form.organiser)) record['organiser'] = form.organiser.trim();
  if (form.organiserRole) record['organiserRole'] = form.organiserRole;
  if (text(form.videoUrl)) record['videoUrl'] = form.videoUrl.trim();
  if (base?.sequence !== undefined) record['sequence'] = base.sequence;
  return {record, problems};
}

/**
 * The control a schema path belongs to (`schedule.sessions[1].start` → `s1-start-date`), so the
 * SDK's message stands next to the field it is about. Undefined: only in the error summary.
 */
export function fieldForPath(path: string, form: ActivityForm): FieldId | undefined {
  const session = /^schedule\.sessions\[(\d+)\]\.(start|end)/.exec(path);
  if (session) return sessionField(Number(session[1]), session[2] === 'start' ? 'start-date' : 'end-date');
  if (path.startsWith('schedule.start')) return sessionField(0, 'start-date');
  if (path.startsWith('schedule.end')) return sessionField(form.sessions.length - 1, 'end-date');
  const translation = /^translations\.(nb|nn|en|se)\.(title|summary)/.exec(path);
  if (translation) return `tr-${translation[1]}-${translation[2]}`;
  const fields: Record<string, FieldId> = {
    title: 'title', summary: 'summary', kind: 'kind', centreId: 'centre', organiser: 'organiser', organiserRole: 'organiser-role',
    mode: 'mode', 'place.venue': 'venue', 'place.locality': 'locality', 'place.municipalityNumber': 'municipality',
    'place.note': 'place-note', videoUrl: 'video', audience: 'audience', priorityAreaIds: 'areas', 'registration.url': 'reg-url',
    'registration.deadline': 'reg-deadline', 'registration.contact': 'reg-contact', status: 'status', language: 'language',
  };
  const key = Object.keys(fields).find((name) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`));
  return key ? fields[key] : undefined;
}

/** A new activity's id: centre, title and first day, made unique among `taken`. */
export function newActivityId(centreId: string, title: string, startIso: string | undefined, taken: ReadonlySet<string>): string {
  const base = [slug(centreId), slug(title, 48) || 'aktivitet', startIso?.slice(0, 10)].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * True when two records say the same (sequence aside): an unchanged activity keeps its sequence,
 * a changed one raises it so calendars that subscribed update the event (RFC 5545 §3.8.7.4).
 */
export function sameActivity(a: unknown, b: unknown): boolean {
  const strip = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (key === 'sequence' ? undefined : v));
  return strip(sortKeys(a)) === strip(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A form kept in the browser, if it still has the shape this version writes (it is ours, but storage is not to be trusted). */
export function readForm(value: unknown): ActivityForm | undefined {
  if (!isRecord(value) || !Array.isArray(value['sessions']) || value['sessions'].length === 0 || !Array.isArray(value['priorityAreaIds'])) return undefined;
  for (const [key, empty] of Object.entries(emptyForm('', 'nb'))) {
    if (typeof empty === 'string' && typeof value[key] !== 'string') return undefined;
  }
  const sessionsOk = (value['sessions'] as unknown[]).every((s) => isRecord(s) && Object.keys(emptySession).every((k) => typeof s[k] === 'string'));
  if (!sessionsOk || !isRecord(value['translations']) || typeof value['allDay'] !== 'boolean') return undefined;
  return value as unknown as ActivityForm;
}

/** The fields in the order the form shows them: the error summary lists problems in this order (GOV.UK). */
export function fieldOrder(form: ActivityForm): FieldId[] {
  const sessions = form.sessions.flatMap((_, i) => (['start-date', 'start-time', 'end-date', 'end-time'] as const).map((part) => sessionField(i, part)));
  const translated = ['nb', 'nn', 'en', 'se'].flatMap((l) => [`tr-${l}-title`, `tr-${l}-summary`]);
  return [
    'title', 'summary', 'language', ...translated, 'kind', 'centre', 'organiser-role', 'organiser', 'all-day', ...sessions, 'mode', 'venue',
    'locality', 'municipality', 'place-note', 'video', 'audience', 'areas', 'reg-url', 'reg-deadline', 'reg-contact', 'status', 'source-url',
  ];
}

/** The label of each control, for the error summary ("Tittel: kan ikke være tom"). */
export const fieldLabels: Readonly<Record<FieldId, keyof ActivityEditorMessages>> = {
  title: 'title', summary: 'summary', language: 'language', kind: 'kind', centre: 'centre', 'organiser-role': 'organiserRole',
  organiser: 'organiser', mode: 'mode', venue: 'venue', locality: 'locality', municipality: 'municipalityNumber', 'place-note': 'placeNote',
  video: 'videoUrl', audience: 'audience', areas: 'areas', 'reg-url': 'registrationUrl', 'reg-deadline': 'registrationDeadline',
  'reg-contact': 'registrationContact', status: 'status', 'source-url': 'sourceUrl', 'all-day': 'timeOfDay',
};
