// importICS on calendars as Outlook, Google and WordPress write them (test/fixtures/import, all
// invented test data), the round trip through our own writer, and merging into a feed.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {toICS} from '../src/ics.js';
import {
  importICS, importMessage, importProblemCodes, importLocales, mergeActivities, type ImportProblemCode,
} from '../src/import/index.js';
import {activitySchema, type Activity} from '../src/schemas/activity.js';
import {FEED_FORMAT, FEED_VERSION, type Feed} from '../src/schemas/feed.js';
import {validateFeed} from '../src/validate.js';
import {
  HORIZON, NOW, byTitle, embeddedActivities, embeddedSources, fixtureText, importFixture, options, priorityAreas, problemLines, veventLine,
} from './helpers/import.js';

const span = (activity: Activity) => [activity.schedule.start, activity.schedule.end];

describe('importICS: Outlook / Exchange (W. Europe Standard Time)', () => {
  const result = importFixture('outlook.ics');

  it('imports every event, with nothing left out', () => {
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.activities.map((a) => a.title), [
      'Demenskurs for ansatte i hjemmetjenesten – dag 1',
      'Nettverkssamling velferdsteknologi',
      'Fagdag: pasientsikkerhet i sykehjem',
      'Webinar: Leve heile livet i praksis',
      'Konferanse om framtidas helse- og omsorgstjenester',
      'Nettverksmøte for ledere',
      'Læringsnettverk ernæring',
    ]);
  });

  it('keeps Oslo wall-clock times on both sides of the spring and autumn changes, through the file\'s VTIMEZONE', () => {
    assert.deepEqual(span(byTitle(result, 'Demenskurs for ansatte i hjemmetjenesten – dag 1')), ['2026-03-26T09:00', '2026-03-26T15:30']);
    assert.deepEqual(span(byTitle(result, 'Nettverkssamling velferdsteknologi')), ['2026-03-30T10:00', '2026-03-30T14:00']);
    assert.deepEqual(span(byTitle(result, 'Fagdag: pasientsikkerhet i sykehjem')), ['2026-10-23T08:30', '2026-10-23T15:00']);
    assert.deepEqual(span(byTitle(result, 'Webinar: Leve heile livet i praksis')), ['2026-10-26T13:00', '2026-10-26T14:30']);
  });

  it('expands a monthly series into sessions that stay at noon across the March change', () => {
    const network = byTitle(result, 'Læringsnettverk ernæring');
    assert.equal(network.kind, 'learning-network');
    assert.deepEqual(network.schedule, {
      timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-17T12:00', end: '2026-05-19T14:00',
      sessions: [
        {start: '2026-03-17T12:00', end: '2026-03-17T14:00'},
        {start: '2026-04-21T12:00', end: '2026-04-21T14:00'},
        {start: '2026-05-19T12:00', end: '2026-05-19T14:00'},
      ],
    });
  });

  it('ends a two-day all-day event on its last day (DTEND is the day after)', () => {
    const conference = byTitle(result, 'Konferanse om framtidas helse- og omsorgstjenester');
    assert.deepEqual(conference.schedule, {timeZone: 'Europe/Oslo', allDay: true, start: '2026-09-15', end: '2026-09-16'});
    assert.equal(conference.kind, 'conference');
  });

  it('reads place, form, kind, status and language as a coordinator meant them', () => {
    const hybrid = byTitle(result, 'Nettverkssamling velferdsteknologi');
    assert.equal(hybrid.mode, 'hybrid');
    assert.deepEqual(hybrid.place, {venue: 'Testvik helsehus, møterom Fjorden', locality: null, municipalityNumber: null});
    assert.equal(hybrid.kind, 'network-meeting');
    const webinar = byTitle(result, 'Webinar: Leve heile livet i praksis');
    assert.equal(webinar.mode, 'digital');
    assert.equal(webinar.place, null);
    assert.equal(webinar.language, 'nn');
    assert.equal(byTitle(result, 'Demenskurs for ansatte i hjemmetjenesten – dag 1').kind, 'course');
    assert.equal(byTitle(result, 'Demenskurs for ansatte i hjemmetjenesten – dag 1').language, 'nb');
    const cancelled = byTitle(result, 'Nettverksmøte for ledere');
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.sequence, 1);
  });

  it('takes the plain DESCRIPTION, never the HTML of X-ALT-DESC', () => {
    const course = byTitle(result, 'Demenskurs for ansatte i hjemmetjenesten – dag 1');
    assert.equal(course.summary,
      'Grunnkurs i demensomsorg for ansatte i hjemmetjenesten. Kurset går over to dager; dag 2 kommer som egen invitasjon.\n\nTa med egen PC. Lunsj serveres.');
    assert.ok(!result.activities.some((a) => /<\w/.test(a.summary ?? '')));
  });

  it('matches categories to priority areas by name and names the ones it could not match, with their line', () => {
    assert.deepEqual(byTitle(result, 'Demenskurs for ansatte i hjemmetjenesten – dag 1').priorityAreaIds, ['demensplan-2025']);
    assert.deepEqual(byTitle(result, 'Nettverkssamling velferdsteknologi').priorityAreaIds, ['velferdsteknologi']);
    assert.deepEqual(byTitle(result, 'Webinar: Leve heile livet i praksis').priorityAreaIds, ['leve-hele-livet']);
    assert.deepEqual(problemLines(result.warnings), [`${veventLine('outlook.ics', 1)}: unknown-categories`]);
    assert.match(result.warnings[0]?.message ?? '', /«Rød kategori»/);
  });

  it('keys each activity by its UID: the same calendar gives the same ids every time', () => {
    const again = importFixture('outlook.ics', {now: new Date('2026-06-01T12:00:00Z')});
    assert.deepEqual(again.activities.map((a) => a.id), result.activities.map((a) => a.id));
    for (const {id} of result.activities) assert.match(id, /^telemark-[a-z0-9]+$/);
  });

  it('makes one source record for the calendar, named after it, dated by `now`', () => {
    assert.deepEqual(result.sources, [{
      id: 'telemark-import-usht-testfylke-kurs-og-nettverk',
      title: 'USHT Testfylke – kurs og nettverk',
      note: 'Imported from outlook.ics on 2026-01-15 (usht import).',
    }]);
    for (const activity of result.activities) assert.deepEqual(activity.source, [result.sources[0]?.id]);
  });

  it('leaves out a Teams link: it says "online", but it is not a page to publish', () => {
    assert.ok(!JSON.stringify(result).includes('teams.microsoft.com'));
  });
});

describe('importICS: Google Calendar (UTC, RRULE, EXDATE, RECURRENCE-ID)', () => {
  const result = importFixture('google.ics');

  it('expands the weekly series: COUNT=6, one EXDATE left out, one session moved by its override', () => {
    const group = byTitle(result, 'Veiledningsgruppe for nyutdannede sykepleiere');
    assert.deepEqual(group.schedule.sessions, [
      {start: '2026-01-12T10:00', end: '2026-01-12T11:30'},
      {start: '2026-01-19T10:00', end: '2026-01-19T11:30'},
      {start: '2026-02-02T10:00', end: '2026-02-02T11:30'},
      {start: '2026-02-09T13:00', end: '2026-02-09T14:30'},
      {start: '2026-02-16T10:00', end: '2026-02-16T11:30'},
    ]);
    assert.deepEqual(span(group), ['2026-01-12T10:00', '2026-02-16T11:30']);
    assert.equal(group.mode, 'digital', 'X-GOOGLE-CONFERENCE: a Meet link');
    assert.equal(result.activities.filter((a) => a.title.startsWith('Veiledningsgruppe')).length, 1, 'the override is a session, not an activity');
  });

  it('turns UTC times into Oslo time: UTC+1 before 29 March and after 25 October, UTC+2 between', () => {
    assert.deepEqual(span(byTitle(result, 'Kurs i legemiddelhåndtering – del 1')), ['2026-03-27T09:00', '2026-03-27T15:00']);
    assert.deepEqual(span(byTitle(result, 'Kurs i legemiddelhåndtering – del 2')), ['2026-03-31T10:00', '2026-03-31T16:00']);
    assert.deepEqual(span(byTitle(result, 'Temamøte om palliasjon')), ['2026-10-23T09:00', '2026-10-23T12:00']);
    assert.deepEqual(span(byTitle(result, 'Temamøte om palliasjon (oppfølging)')), ['2026-10-27T09:00', '2026-10-27T12:00']);
  });

  it('gives a one-day all-day event that day as its end', () => {
    assert.deepEqual(byTitle(result, 'Søknadsfrist for kompetansemidler').schedule,
      {timeZone: 'Europe/Oslo', allDay: true, start: '2026-06-05', end: '2026-06-05'});
  });

  it('keeps a description as the text it is: "<br>" is not a line break to render', () => {
    assert.equal(byTitle(result, 'Kurs i legemiddelhåndtering – del 1').summary, 'Ta med egen PC.<br>Påmelding via kursportalen.');
  });
});

describe('importICS: WordPress, The Events Calendar (TZID=Europe/Oslo)', () => {
  const result = importFixture('wordpress.ics');

  it('imports timed, one-day, multi-day all-day and two-day timed events', () => {
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(span(byTitle(result, 'Fagdag om ernæring i sykehjem')), ['2026-04-22T09:00', '2026-04-22T15:30']);
    assert.deepEqual(byTitle(result, 'Frist: søknad om tilskudd til kompetanseheving').schedule,
      {timeZone: 'Europe/Oslo', allDay: true, start: '2026-06-10', end: '2026-06-10'});
    assert.deepEqual(byTitle(result, 'Konferanse: Velferdsteknologi i praksis').schedule,
      {timeZone: 'Europe/Oslo', allDay: true, start: '2026-11-04', end: '2026-11-05'});
    assert.deepEqual(span(byTitle(result, 'Læringsnettverk demens – samling 1')), ['2026-09-15T10:00', '2026-09-16T15:00']);
  });

  it('never lets the HTML of X-ALT-DESC become the description', () => {
    const day = byTitle(result, 'Fagdag om ernæring i sykehjem');
    assert.match(day.summary ?? '', /^Velkommen til fagdag om ernæring og måltidsglede i sykehjem\. Program:\n09\.00 Velkommen/);
    for (const activity of result.activities) assert.doesNotMatch(activity.summary ?? '', /<(?:p|strong|ul|li|em)>/);
  });

  it('makes the event page its source, beside the calendar', () => {
    const day = byTitle(result, 'Fagdag om ernæring i sykehjem');
    const [page, file] = day.source.map((id) => result.sources.find((s) => s.id === id));
    assert.equal(page?.url, 'https://usht-testfylke.example.org/arrangement/fagdag-om-ernaering/');
    assert.equal(file?.title, 'USHT Testfylke');
    assert.ok(result.sources.every((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.id)));
  });

  it('reads a kind from a category ("Fagdag", "Konferanse") and warns only about categories that mean nothing to it', () => {
    assert.equal(byTitle(result, 'Fagdag om ernæring i sykehjem').kind, 'professional-day');
    assert.deepEqual(byTitle(result, 'Fagdag om ernæring i sykehjem').priorityAreaIds, ['leve-hele-livet']);
    assert.deepEqual(byTitle(result, 'Konferanse: Velferdsteknologi i praksis').priorityAreaIds, ['velferdsteknologi']);
    assert.deepEqual(problemLines(result.warnings), [`${veventLine('wordpress.ics', 1)}: unknown-categories`]);
    assert.match(result.warnings[0]?.message ?? '', /«Frister»/);
  });
});

describe('importICS: time zones without a VTIMEZONE, floating time, DURATION', () => {
  const result = importFixture('zones.ics');

  it('converts an IANA or Windows TZID through Intl, and reads floating time as Oslo time', () => {
    assert.deepEqual(span(byTitle(result, 'Webinar fra New York')), ['2026-03-10T14:00', '2026-03-10T15:00'], 'New York is already on summer time, Oslo not yet');
    assert.deepEqual(span(byTitle(result, 'Webinar fra London')), ['2026-07-01T10:00', '2026-07-01T11:30'], 'GMT Standard Time (CLDR: Europe/London), DURATION PT1H30M');
    assert.deepEqual(span(byTitle(result, 'Kurs på dagen klokka stilles tilbake')), ['2026-10-25T09:00', '2026-10-25T11:00']);
    assert.deepEqual(span(byTitle(result, 'Flytende tid')), ['2026-03-29T10:00', '2026-03-29T12:00']);
  });

  it('reads a time in the spring-forward gap with the offset before it, and counts an hour\'s DURATION as an hour', () => {
    assert.deepEqual(span(byTitle(result, 'Tid i hullet når klokka stilles fram')), ['2026-03-29T03:30', '2026-03-29T04:30']);
  });

  it('ends an all-day event with DURATION:P3D on its third day', () => {
    assert.deepEqual(byTitle(result, 'Tre dager med DURATION').schedule, {timeZone: 'Europe/Oslo', allDay: true, start: '2026-04-07', end: '2026-04-09'});
  });

  it('reads an unknown zone as Oslo time and says so, once, on its line', () => {
    assert.deepEqual(span(byTitle(result, 'Ukjent tidssone')), ['2026-04-02T09:00', null]);
    assert.deepEqual(problemLines(result.warnings), [`${veventLine('zones.ics', 5)}: unknown-time-zone`]);
  });
});

describe('importICS: broken events are left out with their line and reason', () => {
  const result = importFixture('broken-events.ics', {locale: 'nb'});
  const line = (n: number) => veventLine('broken-events.ics', n);

  it('rejects each broken event on the line its BEGIN:VEVENT is on, and imports the rest', () => {
    assert.deepEqual(problemLines(result.rejected), [
      `${line(0)}: missing-start`,
      `${line(2)}: too-many-sessions`,
      `${line(4)}: no-session-before-horizon`,
      `${line(5)}: missing-title`,
    ]);
    assert.deepEqual(result.activities.map((a) => a.title), ['Gyldig nettverksmøte', 'Ukentlig veiledning uten sluttdato', 'Møte uten UID', 'Slutt før start']);
  });

  it('names the horizon and the cap in the reason', () => {
    const message = (code: string) => result.rejected.find((p) => p.code === code)?.message ?? '';
    assert.equal(message('too-many-sessions'), `Gjentakelsesregelen gir mer enn 200 samlinger til og med ${HORIZON}. Gi serien en sluttdato eller et antall ganger, eller del den opp.`);
    assert.match(message('no-session-before-horizon'), new RegExp(`ingen samlinger til og med ${HORIZON}`));
    assert.equal(message('missing-start'), 'Starten mangler (DTSTART).');
    assert.equal(result.rejected[0]?.uid, 'uten-start@example.org');
  });

  it('keeps a series that runs past the horizon up to it, and warns', () => {
    const weekly = byTitle(result, 'Ukentlig veiledning uten sluttdato');
    assert.equal(weekly.schedule.sessions?.length, 9);
    assert.equal(weekly.schedule.sessions?.at(-1)?.start, '2026-12-30T14:00');
    assert.deepEqual(problemLines(result.warnings), [`${line(3)}: sessions-cut-at-horizon`, `${line(6)}: missing-uid`, `${line(7)}: end-ignored`]);
    assert.match(result.warnings[0]?.message ?? '', /bare de 9 samlingene/);
  });

  it('gives an event without UID an id from its title and start, the same on every import', () => {
    const first = byTitle(result, 'Møte uten UID').id;
    assert.equal(byTitle(importFixture('broken-events.ics'), 'Møte uten UID').id, first);
  });

  it('reads a later horizon from the options, and a default of one year after `now`', () => {
    const later = importFixture('broken-events.ics', {horizon: '2028-01-31'});
    assert.ok(later.activities.some((a) => a.title === 'Årlig fagdag som starter om to år'));
    const byDefault = importICS(fixtureText('broken-events.ics'), {centreId: 'telemark', now: NOW});
    assert.match(byDefault.rejected.find((p) => p.code === 'no-session-before-horizon')?.message ?? '', /up to 2027-01-15/);
  });

  it('refuses a file that is not a calendar at all, or cannot be parsed', () => {
    assert.deepEqual(problemLines(importICS('Hei, her er kalenderen!', options()).rejected), ['-: ics-not-calendar']);
    const broken = importICS('BEGIN:VCALENDAR\r\nthis is no content line\r\nEND:VCALENDAR\r\n', options());
    assert.deepEqual(problemLines(broken.rejected), ['-: ics-unreadable']);
    assert.deepEqual(broken.activities, []);
  });
});

describe('importICS: hostile text stays text, and dangerous links go', () => {
  const result = importFixture('hostile.ics');

  it('keeps <script> and <img onerror> as literal characters in title, description and place', () => {
    const event = byTitle(result, '<script>alert("tittel")</script> Fagdag');
    assert.equal(event.summary, '<img src=x onerror=alert(1)> Beskrivelse med <a href="javascript:alert(2)">lenke</a>');
    assert.equal(event.place?.venue, '<b onmouseover=alert(3)>Testsal</b>');
  });

  it('drops a javascript: or data: URL with a warning, so it never becomes a source link', () => {
    assert.deepEqual(problemLines(result.warnings), [`${veventLine('hostile.ics', 0)}: unknown-categories`, `${veventLine('hostile.ics', 0)}: unsafe-url`, `${veventLine('hostile.ics', 1)}: unsafe-url`]);
    assert.ok(result.sources.every((s) => s.url === undefined || /^https?:/.test(s.url ?? '')));
    assert.ok(!JSON.stringify(result.activities).includes('javascript:alert(4)'));
  });

  it('rejects an activity whose registration link fails the safe-URL schema, naming the field', () => {
    assert.deepEqual(problemLines(result.rejected), [`${veventLine('hostile.ics', 2)}: invalid-activity`]);
    assert.deepEqual(result.rejected[0]?.issues?.map((i) => i.path), ['registration.url']);
  });
});

describe('importICS: a malformed value costs its event, not the calendar', () => {
  const event = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'SUMMARY:Testmøte', ...lines, 'END:VEVENT'];
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...event('kort@example.org', 'DTSTART:2026'),
    ...event('umulig@example.org', 'DTSTART:20261345T990000'),
    ...event('varighet@example.org', 'DTSTART:20260101T100000Z', 'DURATION:PXYZ'),
    ...event('gyldig@example.org', 'DTSTART:20260301T100000Z'),
    // Two changed occurrences of a series the export left out: two activities, not one.
    ...event('serie@example.org', 'DTSTART:20260302T100000Z', 'RECURRENCE-ID:20260301T100000Z'),
    ...event('serie@example.org', 'DTSTART:20260309T100000Z', 'RECURRENCE-ID:20260308T100000Z'),
    'END:VCALENDAR', ''].join('\r\n');
  const result = importICS(ics, options());

  it('rejects each unreadable or impossible date on its line and imports the rest', () => {
    assert.deepEqual(problemLines(result.rejected), ['3: event-unreadable', '8: impossible-time', '13: event-unreadable']);
    assert.match(result.rejected[1]?.message ?? '', /DTSTART: «20261345T990000» is not a date and time that exists/);
    assert.deepEqual(result.activities.map((a) => a.schedule.start), ['2026-03-01T11:00', '2026-03-02T11:00', '2026-03-09T11:00']);
    assert.equal(new Set(result.activities.map((a) => a.id)).size, 3);
  });
});

describe('importICS: line numbers count physical lines', () => {
  it('counts folded continuation lines and LF-only files', () => {
    const folded = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-CALDESC:Testdata med en lang linje som brettes', ' over to fysiske linjer',
      'BEGIN:VEVENT', 'UID:a@example.org', 'DTSTART:20260301T090000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b@example.org', 'SUMMARY:Uten start', 'END:VEVENT', 'END:VCALENDAR', '',
    ];
    assert.deepEqual(problemLines(importICS(folded.join('\r\n'), options()).rejected), ['5: missing-title', '9: missing-start']);
    assert.deepEqual(problemLines(importICS(folded.join('\n'), options()).rejected), ['5: missing-title', '9: missing-start']);
  });
});

describe('import messages: one catalogue, complete in nb, nn and en', () => {
  const sample: Record<string, string | number> = {
    detail: 'x', expected: 'tittel', columns: 'a', collections: 'centres', field: 'DTSTART', value: 'v', allowed: 'a, b',
    horizon: '2026-12-31', max: 200, count: 2, id: 'x', firstLine: 3, otherLine: 4, categories: '«x»', tzid: 'X', centre: 'a',
    expected_: 'b', ids: 'a', property: 'X-USHT-KIND',
  };

  it('has a sentence for every code in every locale, Norwegian ones not left in English', () => {
    assert.deepEqual([...importLocales], ['nb', 'nn', 'en']);
    for (const code of importProblemCodes) {
      const [nb, nn, en] = importLocales.map((locale) => importMessage(locale, code as ImportProblemCode, sample as never));
      for (const text of [nb, nn, en]) assert.ok(text && text.length > 10 && !text.includes('undefined'), `${code}: ${text}`);
      // Bokmål and Nynorsk may share a sentence ("Slutten … er før starten."); neither may be the English one.
      assert.ok(nb !== en && nn !== en, `${code} is worded in Norwegian: ${nb} | ${nn}`);
    }
  });

  it('words the same rejection in the language asked for', () => {
    const words = importLocales.map((locale) => importFixture('broken-events.ics', {locale}).rejected[0]?.message);
    assert.deepEqual(words, ['Starten mangler (DTSTART).', 'Starten manglar (DTSTART).', 'The start is missing (DTSTART).']);
  });
});

// Clearly fake activities (the `test-` prefix, Testby), one with every field of the schema set.
function everyField(): Activity {
  const activity: Activity = {
    id: 'test-alt-felt',
    title: 'Testkurs med alle felt; komma, semikolon og \\ skråstrek',
    kind: 'course',
    centreId: 'telemark',
    centreIds: ['telemark', 'vestfold'],
    organiserRole: 'co-organiser',
    organiser: 'Testsenteret og Testbyen',
    schedule: {
      timeZone: 'Europe/Oslo', allDay: false, start: '2026-02-03T09:00', end: '2026-04-07T15:00',
      sessions: [
        {start: '2026-02-03T09:00', end: '2026-02-03T15:00'},
        {start: '2026-03-31T09:00', end: null},
        {start: '2026-04-07', end: null},
      ],
    },
    mode: 'hybrid',
    place: {venue: 'Testhuset', locality: 'Testby', municipalityNumber: '9999', note: 'Inngang fra baksiden.'},
    videoUrl: 'https://example.org/video',
    audience: ['Sykepleiere, helsefagarbeidere', 'Ledere; mellomledere'],
    priorityAreaIds: ['demensplan-2025', 'lhl-6'],
    registration: {url: 'https://example.org/pamelding', deadline: '2026-01-20', contact: 'kurs@example.org'},
    status: 'full',
    language: 'nn',
    summary: 'Første avsnitt.\n\nAndre avsnitt med «sitat» og ŋ đ š.',
    sequence: 3,
    confidence: 'medium',
    sample: true,
    notes: ['Merknad én', 'Merknad to\nover to linjer'],
    source: ['test-kilde'],
  };
  // A field another engineer may be adding (translations): set it when the schema has it.
  if ('translations' in activitySchema.shape) {
    (activity as Record<string, unknown>)['translations'] = {en: {title: 'Test course with every field', summary: 'First paragraph.'}};
  }
  return activity;
}

const multiSession: Activity[] = [
  {
    id: 'test-tre-samlinger', title: 'Testnettverk (tre samlinger)', kind: 'network-meeting', centreId: 'telemark',
    schedule: {
      timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-26T10:00', end: '2026-10-27T12:00',
      sessions: [
        {start: '2026-03-26T10:00', end: '2026-03-26T12:00'},
        {start: '2026-03-30T10:00', end: '2026-03-30T12:00'},
        {start: '2026-10-27T10:00', end: '2026-10-27T12:00'},
      ],
    },
    mode: 'physical', place: null, audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb',
    source: ['test-kilde'],
  },
  {
    id: 'test-en-samling', title: 'Testkurs med én samling', kind: 'course', centreId: 'telemark',
    schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-05-04', end: '2026-05-05', sessions: [{start: '2026-05-04', end: '2026-05-05'}]},
    mode: 'physical', place: null, audience: [], priorityAreaIds: [], registration: null, status: 'cancelled', language: 'nb',
    source: ['test-kilde'],
  },
  {
    id: 'test-ingen-samlinger', title: 'Testdag uten sluttdato', kind: 'other', centreId: 'telemark',
    schedule: {timeZone: 'Europe/Oslo', allDay: true, start: '2026-06-01', end: null, sessions: []},
    mode: 'digital', place: null, audience: [], priorityAreaIds: [], registration: null, status: 'postponed', language: 'se',
    source: ['test-kilde'],
  },
];
const testSources = [{id: 'test-kilde', title: 'Testsenterets nettside', url: 'https://example.org/aktiviteter'}];

describe('round trip: feed → toICS → importICS gives the same activities', () => {
  it('gives back every embedded activity, deep-equal, with its sources', () => {
    const ics = toICS(embeddedActivities, {now: NOW, sources: embeddedSources, priorityAreas});
    const result = importICS(ics, options({centreId: 'oslo'}));
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.activities, embeddedActivities);
    const cited = new Set(embeddedActivities.flatMap((a) => a.source));
    assert.deepEqual(new Set(result.sources.map((s) => s.id)), cited);
    for (const source of result.sources) assert.deepEqual(source, embeddedSources.find((s) => s.id === source.id));
    assert.ok(result.warnings.every((w) => w.code === 'centre-differs'), 'only: these belong to other centres than --centre');
  });

  it('needs no priority areas or sources to do so, and warns about nothing it was given exactly', () => {
    const result = importICS(toICS(embeddedActivities, {now: NOW, sources: embeddedSources, priorityAreas}), options({centreId: 'oslo', priorityAreas: []}));
    assert.deepEqual(result.activities, embeddedActivities);
    assert.deepEqual(result.warnings.filter((w) => w.code !== 'centre-differs'), []);
  });

  it('gives back multi-session activities, their schedule span, and one with every field set', () => {
    const activities = [...multiSession, everyField()];
    const result = importICS(toICS(activities, {now: NOW, sources: testSources, priorityAreas}), options());
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.activities, activities);
  });

  it('covers every field of the schema (a new field must be added to everyField above)', () => {
    assert.deepEqual(Object.keys(everyField()).sort(), Object.keys(activitySchema.shape).sort());
  });

  it('without the X-USHT properties (a calendar program re-exported it) still regroups sessions and undoes the title marks', () => {
    const ics = toICS([...multiSession, everyField()], {now: NOW, sources: testSources})
      .replace(/\r\nX-USHT-[^\r]*(?:\r\n [^\r]*)*/g, '');
    assert.doesNotMatch(ics, /X-USHT/);
    const result = importICS(ics, options());
    const network = result.activities.find((a) => a.id === 'test-tre-samlinger');
    assert.equal(network?.title, 'Testnettverk (tre samlinger)');
    assert.deepEqual(network?.schedule.sessions, multiSession[0]?.schedule.sessions);
    const full = result.activities.find((a) => a.id === 'test-alt-felt');
    assert.equal(full?.title, everyField().title, 'no "[Eksempeldata]" and no "(1/3)"');
    assert.equal(full?.sample, true);
    assert.equal(full?.status, 'scheduled', 'STATUS:CONFIRMED says no more than "scheduled"');
  });
});

describe('mergeActivities: into a feed, by id', () => {
  const base: Feed = {
    format: FEED_FORMAT, version: FEED_VERSION, publisher: 'Testsenteret',
    sources: [...testSources],
    priorityAreas: priorityAreas.slice(0, 2),
    activities: [...multiSession],
  };

  it('adds new activities and sources, keeps every other record and collection', () => {
    const result = importFixture('google.ics');
    const {feed, added, updated, unchanged} = mergeActivities(base, result);
    assert.deepEqual(added, result.activities.map((a) => a.id));
    assert.deepEqual([updated, unchanged], [[], []]);
    assert.equal(feed.publisher, 'Testsenteret');
    assert.deepEqual(feed.priorityAreas, base.priorityAreas);
    assert.deepEqual(feed.activities?.slice(0, 3), multiSession);
    assert.deepEqual(feed.sources?.map((s) => s.id), ['test-kilde', ...result.sources.map((s) => s.id)]);
    assert.ok(validateFeed(feed).ok, 'the merged feed is valid');
  });

  it('raises the sequence of a changed activity, so subscribed calendars update it, and leaves an unchanged one alone', () => {
    const first = mergeActivities(base, importFixture('outlook.ics')).feed;
    const again = mergeActivities(first, importFixture('outlook.ics'));
    assert.deepEqual([again.added, again.updated], [[], []]);
    assert.equal(again.unchanged.length, 7);
    const edited = fixtureText('outlook.ics').replace('Fagdag: pasientsikkerhet i sykehjem', 'Fagdag: pasientsikkerhet i sykehjem (ny sal)');
    const changed = mergeActivities(first, importICS(edited, options({fileName: 'outlook.ics'})));
    assert.equal(changed.updated.length, 1);
    const id = changed.updated[0];
    const before = first.activities?.find((a) => a.id === id);
    const after = changed.feed.activities?.find((a) => a.id === id);
    assert.equal(after?.title, 'Fagdag: pasientsikkerhet i sykehjem (ny sal)');
    assert.equal(after?.sequence, (before?.sequence ?? 0) + 1);
    assert.equal(changed.feed.activities?.length, first.activities?.length, 'updated in place, not added');
  });

  it('takes the incoming sequence when the calendar already counted further', () => {
    const bumped = {...multiSession[0]!, title: 'Nytt navn', sequence: 9};
    const {feed} = mergeActivities({...base, activities: [{...multiSession[0]!, sequence: 2}]}, {activities: [bumped], sources: []});
    assert.equal(feed.activities?.[0]?.sequence, 9);
  });

  it('starts a new feed when there is none', () => {
    const {feed, added} = mergeActivities(undefined, importFixture('wordpress.ics'));
    assert.equal(feed.format, FEED_FORMAT);
    assert.equal(added.length, 4);
    assert.ok(validateFeed(feed).ok);
  });
});
