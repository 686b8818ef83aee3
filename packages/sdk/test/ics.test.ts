import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {foldLine, icsFileName, toICS} from '../src/ics.js';
import type {Activity} from '../src/schemas/activity.js';

// Clearly fake test data: no real centre, date or venue.
function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'test-fagdag',
    title: 'Testfagdag om demens',
    kind: 'professional-day',
    centreId: 'test-senter',
    schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2024-05-06T09:00', end: '2024-05-06T15:30'},
    mode: 'physical',
    place: {venue: 'Testhuset', locality: 'Testby', municipalityNumber: null},
    audience: ['Ansatte i hjemmetjenesten'],
    priorityAreaIds: ['demens'],
    registration: {url: 'https://example.org/pamelding', deadline: '2024-04-26'},
    status: 'scheduled',
    language: 'nb',
    summary: 'Et eksempel på en fagdag.',
    source: ['test-kilde'],
    ...overrides,
  };
}

const now = new Date('2024-01-15T08:30:45.123Z');
const sources = [{id: 'test-kilde', title: 'Testsenterets nettside', url: 'https://example.org/aktiviteter'}];

const longNorwegian =
  'Ærlig talt: Øvelse gjør mester på Åsgårdstrand – blåbærsyltetøy, ærfugl, øyeblikk, Ålesund, ÆØÅ æøå ' +
  'ÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅÆØÅ og en lang setning som fortsetter over flere linjer.';
const longSami =
  'Sámegiella: ŋ š đ á č ž ŧ – Guovdageainnu ja Kárášjoga suohkanat, Ohcejohka, Unjárga ja Deatnu; ' +
  'ŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋŋ šššššššššššššššššššššššššššš đđđđđđđđđđđđđđđđđđđđđđ 🧓🏽👩‍⚕️🏥';

/** The physical lines of a calendar, without their CRLF terminators. */
function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'the calendar ends with CRLF');
  return ics.slice(0, -2).split('\r\n');
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
}

function parse(ics: string) {
  // Forget zones registered by earlier tests, so each calendar must bring its own VTIMEZONE.
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return {calendar, events};
}

function eventBlocks(ics: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      blocks.push(current);
      current = null;
    } else current?.push(line);
  }
  return blocks;
}

describe('toICS: content lines', () => {
  const ics = toICS(
    [
      activity({title: longNorwegian, summary: `${longSami}\n\n${longNorwegian}`, language: 'nb'}),
      activity({id: 'test-sami', title: longSami, language: 'se', audience: [longSami]}),
    ],
    {now, sources, calendarName: 'Testsenteret – ÆØÅ ŋ'},
  );

  it('ends every line with CRLF and never uses a bare CR or LF', () => {
    assert.equal(ics.replace(/\r\n/g, '').match(/[\r\n]/), null);
  });

  it('keeps every line within 75 octets and actually folds the long ones', () => {
    const lines = physicalLines(ics);
    for (const line of lines) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    }
    assert.ok(lines.some((line) => line.startsWith(' ')), 'long values are folded onto continuation lines');
  });

  it('never splits a UTF-8 sequence between two lines', () => {
    const bytes = Buffer.from(ics, 'utf8');
    const strictDecoder = new TextDecoder('utf-8', {fatal: true});
    let lineStart = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        // Each physical line alone must be valid UTF-8, and no line may start with a continuation byte.
        assert.doesNotThrow(() => strictDecoder.decode(bytes.subarray(lineStart, i)));
        const next = bytes[i + 2];
        const afterFold = next === 0x20 ? bytes[i + 3] : next;
        if (afterFold !== undefined) assert.notEqual(afterFold & 0xc0, 0x80, `continuation byte after the fold at octet ${i}`);
        lineStart = i + 2;
      }
    }
  });

  it('unfolds back to the original escaped values', () => {
    const lines = unfold(ics);
    assert.ok(lines.includes(`SUMMARY;LANGUAGE=nb:${longNorwegian.replaceAll(',', '\\,')}`));
    assert.ok(lines.includes(`SUMMARY;LANGUAGE=se:${longSami.replaceAll(',', '\\,').replaceAll(';', '\\;')}`));
    assert.ok(lines.includes('X-WR-CALNAME:Testsenteret – ÆØÅ ŋ'));
  });

  it('moves a two-octet letter whole to the next line when only one octet is left', () => {
    // 'SUMMARY:' is 8 octets; 66 more ASCII make 74, so 'Æ' (2 octets) does not fit in 75.
    const folded = foldLine(`SUMMARY:${'a'.repeat(66)}Æble`);
    const [first, second] = folded.split('\r\n');
    assert.equal(first, `SUMMARY:${'a'.repeat(66)}`);
    assert.equal(second, ' Æble');
  });

  it('keeps a four-octet emoji whole at the fold', () => {
    for (let pad = 70; pad <= 75; pad++) {
      const line = `${'x'.repeat(pad)}🏥🏥🏥`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        assert.ok(Buffer.byteLength(part) <= 75);
        assert.ok(!part.includes('\ufffd') && Buffer.from(part).toString('utf8') === part, `split inside an emoji at pad ${pad}`);
      }
      assert.equal(folded.replace(/\r\n /g, ''), line);
    }
  });

  it('round-trips long Norwegian and Sami text through a calendar parser', () => {
    const {events} = parse(ics);
    assert.equal(events[0]?.summary, longNorwegian);
    assert.equal(events[1]?.summary, longSami);
    assert.equal(events[0]?.description.split('\n\n')[0], longSami);
  });
});

describe('toICS: escaping', () => {
  const title = 'Fagdag; demens, rus\nog "psykisk helse" \\ sti';
  const ics = toICS([activity({title, audience: ['Sykepleiere, helsefagarbeidere', 'Ledere; mellomledere']})], {now, sources});

  it('escapes backslash, semicolon, comma and newline in TEXT values', () => {
    assert.ok(unfold(ics).includes('SUMMARY;LANGUAGE=nb:Fagdag\\; demens\\, rus\\nog "psykisk helse" \\\\ sti'));
  });

  it('gives the parser back the original text', () => {
    const [event] = parse(ics).events;
    assert.equal(event?.summary, title);
    assert.match(event?.description ?? '', /Målgruppe: Sykepleiere, helsefagarbeidere, Ledere; mellomledere/);
  });

  it('drops control characters and cannot be made to start a new property', () => {
    const evil = toICS([activity({title: 'A\r\nSTATUS:CANCELLED\u0007\rB'})], {now});
    assert.ok(unfold(evil).includes('SUMMARY;LANGUAGE=nb:A\\nSTATUS:CANCELLED\\nB'));
    assert.equal(unfold(evil).filter((line) => line.startsWith('STATUS:')).join(), 'STATUS:CONFIRMED');
  });
});

describe('toICS: calendar and events', () => {
  it('declares the calendar: version, product, scale, method, name and time zone', () => {
    const lines = unfold(toICS([], {now, calendarName: 'Testkalender', prodId: '-//Test//Test//NB'}));
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    for (const expected of ['VERSION:2.0', 'PRODID:-//Test//Test//NB', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      'X-WR-CALNAME:Testkalender', 'X-WR-TIMEZONE:Europe/Oslo']) {
      assert.ok(lines.includes(expected), expected);
    }
  });

  it('includes a Europe/Oslo VTIMEZONE with the CET/CEST rules, even for an empty calendar', () => {
    const ics = toICS([], {now});
    const lines = unfold(ics);
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    const zone = lines.slice(start, lines.indexOf('END:VTIMEZONE') + 1);
    assert.ok(zone.includes('TZID:Europe/Oslo'));
    const daylight = zone.slice(zone.indexOf('BEGIN:DAYLIGHT'), zone.indexOf('END:DAYLIGHT'));
    assert.ok(daylight.includes('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'));
    assert.ok(daylight.includes('TZOFFSETFROM:+0100') && daylight.includes('TZOFFSETTO:+0200'));
    assert.ok(daylight.some((line) => /^DTSTART:\d{8}T020000$/.test(line)));
    const standard = zone.slice(zone.indexOf('BEGIN:STANDARD'), zone.indexOf('END:STANDARD'));
    assert.ok(standard.includes('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'));
    assert.ok(standard.includes('TZOFFSETFROM:+0200') && standard.includes('TZOFFSETTO:+0100'));
    assert.ok(standard.some((line) => /^DTSTART:\d{8}T030000$/.test(line)));
    assert.equal(parse(ics).calendar.getAllSubcomponents('vtimezone').length, 1);
  });

  it('keeps UIDs stable across runs and takes DTSTAMP from `now`', () => {
    const a = toICS([activity()], {now});
    const b = toICS([activity()], {now: new Date('2025-06-01T00:00:00Z')});
    const uid = (ics: string) => eventBlocks(ics)[0]?.find((line) => line.startsWith('UID:'));
    assert.equal(uid(a), 'UID:test-fagdag@usht-kit');
    assert.equal(uid(b), uid(a));
    assert.ok(eventBlocks(a)[0]?.includes('DTSTAMP:20240115T083045Z'));
    assert.ok(eventBlocks(b)[0]?.includes('DTSTAMP:20250601T000000Z'));
    assert.equal(toICS([activity()], {now}), a, 'the same input and `now` give the same file');
  });

  it('keeps the UID and raises SEQUENCE when an event is edited', () => {
    const before = eventBlocks(toICS([activity()], {now}))[0] ?? [];
    const after = eventBlocks(toICS([activity({sequence: 2, title: 'Testfagdag om demens (ny tid)'})], {now}))[0] ?? [];
    assert.ok(before.includes('SEQUENCE:0'));
    assert.ok(after.includes('SEQUENCE:2'));
    assert.equal(after.find((l) => l.startsWith('UID:')), before.find((l) => l.startsWith('UID:')));
  });

  it('keeps wall-clock times with TZID on the days the clocks change', () => {
    const ics = toICS([
      activity({id: 'test-mars', schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2024-03-31T12:00', end: '2024-03-31T14:00'}}),
      activity({id: 'test-oktober', schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2024-10-27T12:00', end: '2024-10-27T14:00'}}),
    ], {now});
    const [march, october] = eventBlocks(ics);
    assert.ok(march?.includes('DTSTART;TZID=Europe/Oslo:20240331T120000'));
    assert.ok(march?.includes('DTEND;TZID=Europe/Oslo:20240331T140000'));
    assert.ok(october?.includes('DTSTART;TZID=Europe/Oslo:20241027T120000'));

    // The calendar's own VTIMEZONE must put Oslo at UTC+2 after the March change and UTC+1 after October's.
    const events = parse(ics).events;
    const utc = (time: ICAL.Time | undefined) => new Date((time?.toUnixTime() ?? NaN) * 1000).toISOString();
    assert.equal(events[0]?.startDate.zone?.tzid, 'Europe/Oslo');
    assert.equal(utc(events[0]?.startDate), '2024-03-31T10:00:00.000Z');
    assert.equal(utc(events[0]?.endDate), '2024-03-31T12:00:00.000Z');
    assert.equal(utc(events[1]?.startDate), '2024-10-27T11:00:00.000Z');
  });

  it('writes all-day events as dates with an exclusive DTEND', () => {
    const allDay = (id: string, start: string, end: string | null) =>
      activity({id, schedule: {timeZone: 'Europe/Oslo', allDay: true, start, end}});
    const blocks = eventBlocks(toICS([
      allDay('test-to-dager', '2024-05-06', '2024-05-07'),
      allDay('test-en-dag', '2024-05-06', null),
      allDay('test-nyttar', '2024-12-30', '2024-12-31'),
      allDay('test-skuddar', '2024-02-28', '2024-02-29'),
    ], {now}));
    const times = blocks.map((block) => block.filter((line) => line.startsWith('DTSTART') || line.startsWith('DTEND')));
    assert.deepEqual(times, [
      ['DTSTART;VALUE=DATE:20240506', 'DTEND;VALUE=DATE:20240508'],
      ['DTSTART;VALUE=DATE:20240506', 'DTEND;VALUE=DATE:20240507'],
      ['DTSTART;VALUE=DATE:20241230', 'DTEND;VALUE=DATE:20250101'],
      ['DTSTART;VALUE=DATE:20240228', 'DTEND;VALUE=DATE:20240301'],
    ]);
  });

  it('writes no DTEND for a timed event whose end is unknown, which a parser reads as ending at its start', () => {
    const ics = toICS([activity({schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2024-05-06T09:00', end: null}})], {now});
    const block = eventBlocks(ics)[0] ?? [];
    assert.ok(block.includes('DTSTART;TZID=Europe/Oslo:20240506T090000'));
    assert.equal(block.filter((line) => /^(DTEND|DURATION)/.test(line)).length, 0);
    const [event] = parse(ics).events;
    assert.equal(event?.endDate.toString(), event?.startDate.toString());
  });

  it('marks a cancelled activity CANCELLED and says so in the description', () => {
    const ics = toICS([activity({status: 'cancelled', id: 'test-avlyst'}), activity(), activity({id: 'test-utsatt', status: 'postponed'})], {now});
    const [cancelled, scheduled, postponed] = parse(ics).events;
    assert.equal(cancelled?.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.match(cancelled?.description ?? '', /^Avlyst\./);
    assert.equal(scheduled?.component.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(postponed?.component.getFirstPropertyValue('status'), 'TENTATIVE');
  });

  it('writes one event per session, each with its own stable UID', () => {
    const ics = toICS([activity({
      id: 'test-kurs',
      title: 'Testkurs',
      schedule: {
        timeZone: 'Europe/Oslo', allDay: false, start: '2024-02-01T09:00', end: '2024-04-04T15:00',
        sessions: [
          {start: '2024-02-01T09:00', end: '2024-02-01T15:00'},
          {start: '2024-03-07T09:00', end: '2024-03-07T15:00'},
          {start: '2024-04-04', end: null},
        ],
      },
    })], {now});
    const blocks = eventBlocks(ics);
    assert.deepEqual(blocks.map((b) => b.find((l) => l.startsWith('UID:'))),
      ['UID:test-kurs.1@usht-kit', 'UID:test-kurs.2@usht-kit', 'UID:test-kurs.3@usht-kit']);
    const events = parse(ics).events;
    assert.deepEqual(events.map((e) => e.summary), ['Testkurs (1/3)', 'Testkurs (2/3)', 'Testkurs (3/3)']);
    assert.equal(events[1]?.startDate.toString(), '2024-03-07T09:00:00');
    assert.equal(events[2]?.startDate.isDate, true);
  });

  it('describes the event: summary, audience, registration, source page, place, link and language', () => {
    const ics = toICS([activity({language: 'nn'})], {now, sources, priorityAreas: [{id: 'demens', name: 'Demens'}]});
    const [event] = parse(ics).events;
    const description = event?.description ?? '';
    assert.match(description, /Et eksempel på en fagdag\./);
    assert.match(description, /Målgruppe: Ansatte i hjemmetjenesten/);
    assert.match(description, /Påmeldingsfrist: 2024-04-26/);
    assert.match(description, /Kilde: Testsenterets nettside – https:\/\/example\.org\/aktiviteter/);
    assert.equal(event?.location, 'Testhuset, Testby');
    assert.equal(event?.component.getFirstPropertyValue('url'), 'https://example.org/pamelding');
    assert.deepEqual(event?.component.getFirstProperty('categories')?.getValues(), ['Demens']);
    assert.equal(event?.component.getFirstProperty('summary')?.getParameter('language'), 'nn');
  });

  it('falls back to priority-area ids for CATEGORIES and to the source page for URL', () => {
    const ics = toICS([activity({registration: null, priorityAreaIds: ['demens', 'rus-og-psykisk-helse']})], {now, sources});
    const [event] = parse(ics).events;
    assert.deepEqual(event?.component.getFirstProperty('categories')?.getValues(), ['demens', 'rus-og-psykisk-helse']);
    assert.equal(event?.component.getFirstPropertyValue('url'), 'https://example.org/aktiviteter');
  });

  it('says "Digitalt" for online activities and names the place for hybrid ones', () => {
    const ics = toICS([
      activity({id: 'test-digital', mode: 'digital', place: null}),
      activity({id: 'test-hybrid', mode: 'hybrid'}),
      activity({id: 'test-uten-sted', place: null}),
    ], {now});
    const events = parse(ics).events;
    assert.equal(events[0]?.location, 'Digitalt');
    assert.equal(events[1]?.location, 'Testhuset, Testby (også digitalt)');
    assert.equal(events[2]?.location, null);
    assert.equal(parse(toICS([activity({mode: 'digital'})], {now, locale: 'en'})).events[0]?.location, 'Online');
  });

  it('marks sample data as "Eksempeldata" in the title', () => {
    const [event] = parse(toICS([activity({sample: true})], {now})).events;
    assert.equal(event?.summary, '[Eksempeldata] Testfagdag om demens');
  });
});

describe('icsFileName', () => {
  it('makes a lower-case ASCII file name from Norwegian and Sami titles', () => {
    assert.equal(icsFileName('Fagdag: Å lære om ærlighet og øvelse'), 'fagdag-a-laere-om-aerlighet-og-ovelse.ics');
    assert.equal(icsFileName('Sámi ŋ đ š – Guovdageaidnu'), 'sami-n-d-s-guovdageaidnu.ics');
  });

  it('removes path separators and characters file systems refuse', () => {
    const name = icsFileName('../../etc/passwd <script>:*?"|\\');
    assert.match(name, /^[a-z0-9-]+\.ics$/);
    assert.equal(name, 'etc-passwd-script.ics');
  });

  it('has a name for titles with no usable letters and avoids reserved Windows names', () => {
    assert.equal(icsFileName('🏥 !!!'), 'usht-kalender.ics');
    assert.equal(icsFileName('CON'), 'usht-con.ics');
  });

  it('keeps long titles short', () => {
    const name = icsFileName('Lang tittel '.repeat(20));
    assert.ok(name.length <= 64 && !name.includes('-.ics'), name);
  });
});

describe('toICS: X-USHT properties for a lossless import', () => {
  const full = activity({
    id: 'test-kurs-x',
    title: 'Testkurs; med komma, semikolon og \\ skråstrek',
    sample: true,
    organiser: 'Testsenteret',
    notes: ['Første merknad\nover to linjer', 'Andre'],
    audience: ['Sykepleiere, helsefagarbeidere'],
    schedule: {
      timeZone: 'Europe/Oslo', allDay: false, start: '2024-02-01T09:00', end: '2024-03-07T15:00',
      sessions: [{start: '2024-02-01T09:00', end: '2024-02-01T15:00'}, {start: '2024-03-07', end: null}],
    },
  });
  const ics = toICS([full, activity({id: 'test-uten-kilde', source: ['ukjent-kilde']})], {now, sources: [...sources, {id: 'ubrukt', title: 'Ubrukt kilde'}]});
  const [calendar, events] = [parse(ics).calendar, parse(ics).events];

  it('writes each field the standard properties cannot carry as X-USHT-<FIELD> JSON that ical.js reads back', () => {
    const first = events[0]!.component;
    const read = (name: string) => JSON.parse(String(first.getFirstPropertyValue(name))) as unknown;
    assert.equal(read('x-usht-kind'), 'professional-day');
    assert.deepEqual(read('x-usht-audience'), ['Sykepleiere, helsefagarbeidere']);
    assert.deepEqual(read('x-usht-notes'), ['Første merknad\nover to linjer', 'Andre']);
    assert.deepEqual(read('x-usht-registration'), full.registration);
    assert.equal(read('x-usht-title'), full.title, 'the title as written, without the sample marker or session number');
    assert.deepEqual(read('x-usht-schedule'), {timeZone: 'Europe/Oslo', allDay: false, start: '2024-02-01T09:00', end: '2024-03-07T15:00'});
    assert.deepEqual(read('x-usht-session'), {start: '2024-02-01T09:00', end: '2024-02-01T15:00'});
    assert.deepEqual(JSON.parse(String(events[1]!.component.getFirstPropertyValue('x-usht-session'))), {start: '2024-03-07', end: null});
  });

  it('marks only values that needed TEXT escaping with VALUE=TEXT, and keeps lines within 75 octets', () => {
    const lines = unfold(ics);
    assert.ok(lines.includes('X-USHT-KIND:"professional-day"'));
    assert.ok(lines.some((line) => line.startsWith('X-USHT-AUDIENCE;VALUE=TEXT:["Sykepleiere\\, helsefagarbeidere"]')));
    for (const line of physicalLines(ics)) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
  });

  it('carries the source records the activities cite, and only those, on the calendar', () => {
    const records = calendar.getAllProperties('x-usht-source-record').map((p) => JSON.parse(String(p.getFirstValue())) as {id: string});
    assert.deepEqual(records.map((r) => r.id), ['test-kilde']);
  });

  it('leaves calendar programs what they read: SUMMARY, STATUS and CATEGORIES as before', () => {
    assert.equal(events[0]?.summary, `[Eksempeldata] ${full.title} (1/2)`);
    assert.equal(events[0]?.component.getFirstPropertyValue('status'), 'CONFIRMED');
  });
});
