import type {Activity, TimeSpan} from '@usht/sdk';

// Dates are `YYYY-MM-DD` strings in Europe/Oslo wall-clock time, as the data carries them. All
// arithmetic runs on UTC midnights, so neither the visitor's time zone nor a DST change (last
// Sunday of March and October) can shift an activity to another day.

const DAY = 86_400_000;

/** `YYYY-MM-DD` of a UTC date. */
const keyOfUtc = (date: Date): string => date.toISOString().slice(0, 10);

const utc = (key: string): Date => new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10)));

export const isDateKey = (value: string | null | undefined): value is string =>
  !!value && /^\d{4}-\d\d-\d\d$/.test(value) && keyOfUtc(utc(value)) === value;

export function addDays(key: string, days: number): string {
  // Within the first 28 days of a month no calendar is needed; multi-day activities hit this path 10,000s of times.
  const day = +key.slice(8, 10) + days;
  if (day >= 1 && day <= 28) return `${key.slice(0, 8)}${day < 10 ? '0' : ''}${day}`;
  return keyOfUtc(new Date(utc(key).getTime() + days * DAY));
}

export const daysBetween = (from: string, to: string): number =>
  from.slice(0, 7) === to.slice(0, 7) ? +to.slice(8, 10) - +from.slice(8, 10) : Math.round((utc(to).getTime() - utc(from).getTime()) / DAY);

/** Monday = 0 … Sunday = 6. */
export const weekday = (key: string): number => (utc(key).getUTCDay() + 6) % 7;

/** ISO 8601 week number (Norway numbers weeks this way: weeks start on Monday, week 1 holds 4 January). */
export function isoWeek(key: string): number {
  const thursday = utc(addDays(key, 3 - weekday(key)));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
}

/** The key of the same day `months` months away, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(key: string, months: number): string {
  const date = utc(key);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), last));
  return keyOfUtc(target);
}

/**
 * The day a grid key moves to from `date` (the APG grid and date picker keys): arrows by day and
 * week, Home/End to the week's start/end (with Ctrl: the month's), PageUp/PageDown by month (with
 * Shift: year). Undefined for any other key.
 */
export function keyMove(event: KeyboardEvent, date: string): string | undefined {
  const month = `${date.slice(0, 7)}-01`;
  const moves: Record<string, string> = {
    ArrowLeft: addDays(date, -1),
    ArrowRight: addDays(date, 1),
    ArrowUp: addDays(date, -7),
    ArrowDown: addDays(date, 7),
    Home: event.ctrlKey ? month : addDays(date, -weekday(date)),
    End: event.ctrlKey ? addDays(addMonths(month, 1), -1) : addDays(date, 6 - weekday(date)),
    PageUp: addMonths(date, event.shiftKey ? -12 : -1),
    PageDown: addMonths(date, event.shiftKey ? 12 : 1),
  };
  return moves[event.key];
}

/** Whole Monday-first weeks covering the month of `key` (4–6 rows of 7 date keys). */
export function monthWeeks(key: string): string[][] {
  const first = `${key.slice(0, 7)}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let day = addDays(first, -weekday(first)); day <= last; day = addDays(day, 7)) {
    weeks.push(Array.from({length: 7}, (_, i) => addDays(day, i)));
  }
  return weeks;
}

/** One appearance of an activity on one day. */
export interface Occurrence {
  readonly activity: Activity;
  readonly date: string;
  /** `HH:MM` where the activity starts or ends on this day; absent on an all-day day. */
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
  /** Day `day` of `days` of a multi-day stretch (1-based). */
  readonly day: number;
  readonly days: number;
  /** Session `session` of `sessions` when the activity meets several times (1-based). */
  readonly session: number;
  readonly sessions: number;
  /** Last day of a stretch too long to repeat on every day (shown once, with its end date). */
  readonly until?: string | undefined;
}

/** The time an occurrence sorts by within its day: all-day first, then by start time. */
const timeKey = (o: Occurrence): string => o.startTime ?? (o.endTime ? '00:00' : '');
// Same times keep the source's order (Array.prototype.sort is stable): sources answer in date
// order, so most days are already in order and only need the check in occurrencesOn.
const byTime = (a: Occurrence, b: Occurrence): number => {
  const x = timeKey(a);
  const y = timeKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Stretches longer than this (a project over months) appear once, not on every day of the agenda. */
export const LONGEST_REPEATED_STRETCH = 31;

/**
 * Every day an activity takes place on, within the optional inclusive range: each day of a
 * multi-day activity and each session of one that meets several times.
 */
export function occurrencesOf(activity: Activity, from?: string, to?: string, out: Occurrence[] = []): Occurrence[] {
  const {schedule} = activity;
  const sessions = schedule.sessions && schedule.sessions.length > 1 ? schedule.sessions : undefined;
  if (sessions) sessions.forEach((span, index) => addSpan(out, activity, span, index + 1, sessions.length, from, to));
  else addSpan(out, activity, schedule, 1, 1, from, to);
  return out;
}

function addSpan(out: Occurrence[], activity: Activity, span: TimeSpan, session: number, sessions: number, from?: string, to?: string): void {
  const startDate = span.start.slice(0, 10);
  const timed = !activity.schedule.allDay && span.start.length > 10;
  const startTime = timed ? span.start.slice(11, 16) : undefined;
  const rawEnd = span.end?.slice(0, 10);
  const endDate = rawEnd && rawEnd > startDate ? rawEnd : startDate;
  const endTime = timed && span.end && span.end.length > 10 && span.end > span.start ? span.end.slice(11, 16) : undefined;
  const days = endDate === startDate ? 1 : daysBetween(startDate, endDate) + 1;
  // One object shape for every occurrence (all fields present) keeps V8's property access fast.
  if (days > LONGEST_REPEATED_STRETCH) {
    if ((to && startDate > to) || (from && endDate < from)) return;
    const date = from && startDate < from ? from : startDate;
    out.push({activity, date, startTime: undefined, endTime: undefined, day: 1, days: 1, session, sessions, until: endDate});
    return;
  }
  for (let i = 0; i < days; i++) {
    const date = i === 0 ? startDate : addDays(startDate, i);
    if ((from && date < from) || (to && date > to)) continue;
    out.push({
      activity, date, startTime: i === 0 ? startTime : undefined, endTime: i === days - 1 ? endTime : undefined,
      day: i + 1, days, session, sessions, until: undefined,
    });
  }
}

/** Day → its occurrences (read them with occurrencesOn), and the days in order: computed once per result, not per render. */
export interface DayIndex {
  readonly days: readonly string[];
  readonly byDay: ReadonlyMap<string, readonly Occurrence[]>;
  readonly size: number;
}

export function indexByDay(activities: readonly Activity[], from?: string, to?: string): DayIndex {
  const byDay = new Map<string, Occurrence[]>();
  let size = 0;
  const found: Occurrence[] = [];
  for (const activity of activities) {
    found.length = 0;
    for (const occurrence of occurrencesOf(activity, from, to, found)) {
      const list = byDay.get(occurrence.date);
      if (list) list.push(occurrence);
      else byDay.set(occurrence.date, [occurrence]);
      size++;
    }
  }
  return {days: [...byDay.keys()].sort(), byDay, size};
}

const sortedLists = new WeakSet<readonly Occurrence[]>();

/**
 * A day's occurrences in order. Days are put in order when first shown, not all at once: the
 * agenda shows a few days of perhaps hundreds.
 */
export function occurrencesOn(index: DayIndex, day: string): readonly Occurrence[] {
  const list = index.byDay.get(day) as Occurrence[] | undefined;
  if (!list) return [];
  if (!sortedLists.has(list)) {
    for (let i = 1; i < list.length; i++) {
      if (byTime(list[i - 1]!, list[i]!) > 0) {
        list.sort(byTime);
        break;
      }
    }
    sortedLists.add(list);
  }
  return list;
}
