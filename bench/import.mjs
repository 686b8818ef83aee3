// Importing a large calendar (issue 11): `importICS` from the built `@usht/sdk/import`
// (packages/sdk/dist/import.js) on a generated 10,000-event .ics, in Node. Budget (issue 11):
// ≤ 1 s, the median of `runs` passes after one warm-up pass, so `usht import` and the activity
// editor stay responsive for a centre's whole calendar history.
//
// The calendar is sample data made in memory, mixed the way real exports are: timed events in
// Europe/Oslo (our writer, WordPress), in `W. Europe Standard Time` (Outlook) and in UTC (Google),
// all-day and multi-day events, folded lines, and a few weekly RRULE series with an EXDATE.
//
// `node bench/import.mjs [--runs=N]` runs it alone; bench/run.mjs runs it after the others.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {check, fmt, formatChecks, median} from './lib.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const built = join(root, 'packages/sdk/dist/import.js');
export const budgets = {importMs: 1000};
const N = 10_000;

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `YYYYMMDD` of day `offset` after 5 January 2026 (a Monday). */
function day(offset) {
  const d = new Date(Date.UTC(2026, 0, 5 + offset));
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** RFC 5545 §3.1 folding at 75 octets (these lines are ASCII but for å, ø, æ: counted as octets). */
function fold(line) {
  const out = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const words = ['Fagdag om demens', 'Nettverkssamling velferdsteknologi', 'Kurs i legemiddelhåndtering', 'Webinar: Leve hele livet',
  'Læringsnettverk ernæring', 'Konferanse om pasientsikkerhet', 'Temamøte om palliasjon', 'Veiledning for nyutdannede'];

/** A sample calendar of `n` events (deterministic: the same text every run). */
export function sampleCalendar(n = N) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//usht-kit//bench sample data//NB', 'X-WR-CALNAME:Eksempeldata (benchmark)',
    'BEGIN:VTIMEZONE', 'TZID:Europe/Oslo', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
    'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
    'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE'];
  for (let i = 0; i < n; i++) {
    const date = day(i % 700);
    const hour = 8 + (i % 7);
    const kind = i % 10;
    lines.push('BEGIN:VEVENT', `UID:bench-${i}-${date}@eksempel.example.org`, 'DTSTAMP:20260101T120000Z');
    if (kind < 4) {
      lines.push(`DTSTART;TZID=Europe/Oslo:${date}T${pad(hour)}0000`, `DTEND;TZID=Europe/Oslo:${date}T${pad(hour + 2)}3000`);
    } else if (kind < 6) {
      lines.push(`DTSTART;TZID=W. Europe Standard Time:${date}T${pad(hour)}0000`, `DTEND;TZID=W. Europe Standard Time:${date}T${pad(hour + 1)}0000`);
    } else if (kind < 8) {
      lines.push(`DTSTART:${date}T${pad(hour - 1)}0000Z`, `DTEND:${date}T${pad(hour + 1)}0000Z`);
    } else if (kind === 8) {
      lines.push(`DTSTART;VALUE=DATE:${date}`, `DTEND;VALUE=DATE:${day((i % 700) + 1 + (i % 3))}`);
    } else {
      lines.push(`DTSTART;TZID=Europe/Oslo:${date}T${pad(hour)}0000`, 'DURATION:PT1H30M');
    }
    if (i % 500 === 0) lines.push('RRULE:FREQ=WEEKLY;COUNT=10', `EXDATE;TZID=Europe/Oslo:${day((i % 700) + 14)}T${pad(hour)}0000`);
    lines.push(
      `SUMMARY;LANGUAGE=nb:[Eksempeldata] ${words[i % words.length]} ${i}`,
      `DESCRIPTION:Eksempeldata for ytelsestest nummer ${i}. Programmet kommer\\, ta med egen PC\\; lunsj serveres.\\nVelkommen!`,
      `LOCATION:${i % 3 === 0 ? 'Microsoft Teams-møte' : `Testhuset ${i % 40}\\, møterom ${i % 5}`}`,
      `CATEGORIES:${i % 2 ? 'Demensplan 2025' : 'Velferdsteknologi,Ukjent kategori'}`,
      `SEQUENCE:${i % 3}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export async function benchImport({runs = 7, log = () => undefined} = {}) {
  if (!existsSync(built)) throw new Error(`bench import: ${built} is missing; run \`npm run build\` first (npm run bench does)`);
  const {importICS} = await import(pathToFileURL(built).href);
  const {embeddedSource} = await import('@usht/sdk');
  const priorityAreas = (await embeddedSource().priorityAreas()).items;
  const text = sampleCalendar();
  const options = {centreId: 'oslo', now: new Date('2026-01-15T09:00:00Z'), horizon: '2027-12-31', priorityAreas};
  log(`bench import: importICS on ${N.toLocaleString('en')} events (${(text.length / 1e6).toFixed(1)} MB), warm-up + ${runs} passes`);
  const pass = () => {
    const t = performance.now();
    const result = importICS(text, options);
    const ms = performance.now() - t;
    if (result.activities.length !== N || result.rejected.length > 0) {
      throw new Error(`bench import: ${result.activities.length} of ${N} imported, ${result.rejected.length} rejected`);
    }
    return ms;
  };
  const cold = pass();
  const raw = Array.from({length: runs}, pass);
  const steady = median(raw);
  const lines = [
    '',
    `Import: importICS on ${N.toLocaleString('en')} events in Node ${process.versions.node}, median of ${runs} after a warm-up`,
    `  first pass ${fmt(cold, 0)} ms, median ${fmt(steady, 0)} ms (budget ≤ ${budgets.importMs} ms)`,
  ];
  const checks = [check(`Import: importICS, ${N} events, Node (ms)`, steady, budgets.importMs, 'ms', `first pass ${fmt(cold, 0)} ms; runs ${raw.map((v) => fmt(v, 0)).join(', ')}`)];
  return {name: 'import', lines, checks, summary: {cold, steady}, raw};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  const result = await benchImport({runs, log: (line) => process.stdout.write(`${line}\n`)});
  console.log([...result.lines, '', 'Budget (issue 11), measured in this run', ...formatChecks(result.checks)].join('\n'));
  process.exit(result.checks.every((c) => c.ok) ? 0 : 1);
}
