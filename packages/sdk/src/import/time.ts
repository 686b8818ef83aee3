/**
 * Times for the importers: every activity is stored as Europe/Oslo wall-clock time
 * (`YYYY-MM-DDTHH:MM`, schemas/activity.ts), whatever zone the file wrote it in. Conversion goes
 * through the UTC instant and `Intl.DateTimeFormat` (the platform's time-zone database), never
 * through fixed offsets, so it is right on both sides of a daylight-saving change.
 */

export const OSLO = 'Europe/Oslo';

/**
 * Windows time-zone names (what Outlook and Exchange write as TZID) → IANA, for a TZID whose
 * VTIMEZONE is missing from the file. Source: CLDR common/supplemental/windowsZones.xml, the
 * world default (territory "001") of each; `W. Europe Standard Time` uses its territory "NO"
 * entry (Europe/Oslo), which is what a Norwegian Windows machine means by it. Only the European
 * zones and UTC: a centre's calendar is written in Norway; any other name is reported and read as
 * Oslo time.
 */
const windowsZones: Readonly<Record<string, string>> = {
  'W. Europe Standard Time': 'Europe/Oslo',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  UTC: 'Etc/UTC',
};

/** Wall-clock fields, as a calendar file writes them (month 1–12). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatWallClock(t: WallClock): string {
  return `${formatDate(t.year, t.month, t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing `Intl.DateTimeFormat` costs far more than using one. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock of `zone` at the instant `ms` (milliseconds since the epoch). */
function wallClockIn(zone: string, ms: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {year: fields['year'] ?? 0, month: fields['month'] ?? 1, day: fields['day'] ?? 1, hour: fields['hour'] ?? 0, minute: fields['minute'] ?? 0};
}

/** Minutes `zone` is ahead of UTC at the instant `ms`. */
function offsetMinutes(zone: string, ms: number): number {
  const wall = wallClockIn(zone, ms);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - (ms - (ms % 60_000))) / 60_000);
}

// Oslo's offset changes at most once a day, on a full UTC hour (01:00 UTC, the EU rule since
// 1996): a day whose start and end have the same offset has it throughout, and only the two
// change days a year are looked up by the hour. Importing 10,000 events then asks Intl about
// each day once instead of each event twice.
const osloOffsetByDay = new Map<number, number | null>();
const osloOffsetByHour = new Map<number, number>();

function osloOffsetMinutes(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  let offset = osloOffsetByDay.get(day);
  if (offset === undefined) {
    const start = offsetMinutes(OSLO, day * 86_400_000);
    offset = start === offsetMinutes(OSLO, (day + 1) * 86_400_000 - 60_000) ? start : null;
    if (osloOffsetByDay.size > 100_000) osloOffsetByDay.clear();
    osloOffsetByDay.set(day, offset);
  }
  if (offset !== null) return offset;
  const hour = Math.floor(ms / 3_600_000);
  let hourly = osloOffsetByHour.get(hour);
  if (hourly === undefined) {
    hourly = offsetMinutes(OSLO, hour * 3_600_000);
    if (osloOffsetByHour.size > 10_000) osloOffsetByHour.clear();
    osloOffsetByHour.set(hour, hourly);
  }
  return hourly;
}

/** Oslo wall clock (`YYYY-MM-DDTHH:MM`) of the instant `ms`. */
export function osloWallClock(ms: number): string {
  const local = new Date(ms + osloOffsetMinutes(ms) * 60_000);
  return formatWallClock({
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(),
  });
}

/**
 * The instant a wall clock in `zone` names. A time in the spring-forward gap is read with the
 * offset in force before the gap, and a repeated autumn hour as its first occurrence, as RFC 5545
 * §3.3.5 asks for DATE-TIME with a time-zone reference.
 */
export function instantOf(zone: string, wall: WallClock): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // The offsets a day either side: zones change at most once within two days, so the instant is
  // one of the two readings (both in the repeated hour, neither in the gap).
  const offset = zone === OSLO ? osloOffsetMinutes : (ms: number) => offsetMinutes(zone, ms);
  const before = offset(asUtc - 86_400_000);
  const after = offset(asUtc + 86_400_000);
  if (before === after) return asUtc - before * 60_000;
  const wanted = formatWallClock(wall);
  const readings = [asUtc - before * 60_000, asUtc - after * 60_000]
    .filter((ms) => formatWallClock(wallClockIn(zone, ms)) === wanted)
    .sort((a, b) => a - b);
  return readings[0] ?? asUtc - before * 60_000;
}

/** How a TZID parameter is to be read when the file has no VTIMEZONE for it. */
export type ZoneReading = {readonly kind: 'oslo'} | {readonly kind: 'zone'; readonly zone: string} | {readonly kind: 'unknown'};

const zoneReadings = new Map<string, ZoneReading>();

function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA name, a Windows name (CLDR table above), or a name with a vendor prefix such as
 * `/mozilla.org/20050126_1/Europe/Berlin` (older Thunderbird and Lightning files).
 */
export function readZone(tzid: string): ZoneReading {
  const cached = zoneReadings.get(tzid);
  if (cached) return cached;
  const name = tzid.trim().replace(/^"|"$/g, '');
  const candidates = [name, windowsZones[name], /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1]];
  let reading: ZoneReading = {kind: 'unknown'};
  for (const candidate of candidates) {
    if (candidate === OSLO) {
      reading = {kind: 'oslo'};
      break;
    }
    // Zones that keep Oslo's clock under another name (Europe/Berlin, Arctic/Longyearbyen …) still
    // convert through the instant: their rules agree with Oslo's only since 1980.
    if (candidate && /^[A-Za-z]/.test(candidate) && isKnownZone(candidate)) {
      reading = {kind: 'zone', zone: candidate};
      break;
    }
  }
  // Keyed by text from the file: bounded, so a file with endless TZIDs cannot grow it without end.
  if (zoneReadings.size > 1000) zoneReadings.clear();
  zoneReadings.set(tzid, reading);
  return reading;
}

/** Oslo wall clock of a wall clock in `zone`. */
export function zoneToOslo(zone: string, wall: WallClock): string {
  return osloWallClock(instantOf(zone, wall));
}

/** `YYYY-MM-DD` plus `days` (negative allowed). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` one year after the Oslo date of `now` (29 February → 1 March). */
export function oneYearAfter(now: Date): string {
  const today = osloWallClock(now.getTime()).slice(0, 10);
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC((y ?? 0) + 1, (m ?? 1) - 1, d ?? 1)).toISOString().slice(0, 10);
}

/** The Oslo calendar date of `now`. */
export function osloDate(now: Date): string {
  return osloWallClock(now.getTime()).slice(0, 10);
}

/** True when `YYYY-MM-DD` names a day that exists (no Date object: this runs for every event). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= last;
}
