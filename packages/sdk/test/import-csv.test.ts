// importCSV on spreadsheets as Excel saves them (test/fixtures/import, invented test data), the
// RFC 4180 reader, the encodings Excel writes, and the template files we ship.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {
  csvColumns, csvTemplate, detectDelimiter, detectImportFormat, importCSV, importFile, parseCSV,
} from '../src/import/index.js';
import {byTitle, fixture, importFixture, options, problemLines} from './helpers/import.js';

const template = (name: string) => readFileSync(fileURLToPath(new URL(`../templates/${name}`, import.meta.url)), 'utf8');

describe('parseCSV: RFC 4180 as Excel writes it', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and says where each record starts', () => {
    const text = 'a;b;c\r\n1;"to; tre";"sa ""hei"""\r\n2;"linje 1\nlinje 2\r\nlinje 3";x\r\n3;;\r\n';
    const {delimiter, records} = parseCSV(text);
    assert.equal(delimiter, ';');
    assert.deepEqual(records, [
      {line: 1, fields: ['a', 'b', 'c']},
      {line: 2, fields: ['1', 'to; tre', 'sa "hei"']},
      {line: 3, fields: ['2', 'linje 1\nlinje 2\r\nlinje 3', 'x']},
      {line: 6, fields: ['3', '', '']},
    ]);
  });

  it('accepts LF and lone CR line ends and a last line without one', () => {
    assert.deepEqual(parseCSV('a,b\n1,2\r3,4').records.map((r) => [r.line, ...r.fields]), [[1, 'a', 'b'], [2, '1', '2'], [3, '3', '4']]);
  });

  it('reports a quote that never closes, with its line', () => {
    assert.equal(parseCSV('a;b\r\n1;"åpen\r\n2;3\r\n').unclosedQuoteLine, 2);
  });

  it('detects the delimiter from the heading line: semicolon, comma or tab, ignoring quoted ones', () => {
    assert.equal(detectDelimiter('tittel;startdato;"sted, by"\r\nx,y,z,w'), ';');
    assert.equal(detectDelimiter('title,start_date,venue\n'), ',');
    assert.equal(detectDelimiter('tittel\tstartdato\tsted\n'), '\t');
    assert.equal(detectDelimiter('"a;b",c\n'), ',');
  });
});

describe('importCSV: Excel, "CSV UTF-8 (kommadelt)"', () => {
  const result = importFixture('excel.csv');

  it('imports every row, with Æ, Ø and Å intact', () => {
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.activities.map((a) => a.title), [
      'Nettverkssamling for fagutviklingssykepleiere',
      'Kurs: Å håndtere legemidler trygt',
      'Læringsnettverk – Ærlig kommunikasjon med pårørende',
      'Konferanse om velferdsteknologi',
      'Fagdag om ernæring',
    ]);
  });

  it('maps a full row: dates dd.mm.åååå, times, lists, registration, place, language and a readable id', () => {
    const row = byTitle(result, 'Nettverkssamling for fagutviklingssykepleiere');
    const {source, ...rest} = row;
    assert.deepEqual(rest, {
      id: 'telemark-2026-03-12-nettverkssamling-for-fagutviklingssykepleiere',
      title: 'Nettverkssamling for fagutviklingssykepleiere',
      kind: 'network-meeting',
      centreId: 'telemark',
      schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-12T09:00', end: '2026-03-12T15:30'},
      mode: 'physical',
      place: {venue: 'Øvre Testdal helsehus', locality: 'Øvre Testdal', municipalityNumber: '9999'},
      audience: ['Fagutviklingssykepleiere', 'Ledere i hjemmetjenesten'],
      priorityAreaIds: ['demensplan-2025', 'velferdsteknologi'],
      registration: {url: 'https://usht-testfylke.example.org/pamelding/nettverk-mars', deadline: '2026-03-01', contact: 'post@usht-testfylke.example.org'},
      status: 'scheduled',
      language: 'nb',
      organiser: 'USHT Testfylke',
      summary: 'Testdata for usht-kit.\nDagen handler om «Æ, Ø og Å» i dokumentasjon; ta med egen PC og "Gode rutiner"-heftet.',
    });
    const [page, file] = source.map((id) => result.sources.find((s) => s.id === id));
    assert.equal(page?.url, 'https://usht-testfylke.example.org/aktiviteter/nettverk-mars');
    assert.equal(file?.title, 'excel.csv');
  });

  it('reads d.m.åååå and tt.mm, ISO dates, Norwegian words for kind, form and status, and a given id', () => {
    const course = byTitle(result, 'Kurs: Å håndtere legemidler trygt');
    assert.equal(course.id, 'testfylke-kurs-legemidler-2026');
    assert.deepEqual([course.schedule.start, course.schedule.end], ['2026-04-02T09:00', '2026-04-02T15:00']);
    assert.equal(course.mode, 'digital');
    assert.equal(course.place, null, '"Teams" is how, not where');
    const network = byTitle(result, 'Læringsnettverk – Ærlig kommunikasjon med pårørende');
    assert.equal(network.schedule.start, '2026-05-06T10:00');
    assert.equal(network.kind, 'learning-network');
    assert.equal(network.mode, 'hybrid');
    assert.equal(network.language, 'nn');
    assert.deepEqual(network.audience, ['Sjukepleiarar', 'Helsefagarbeidarar'], 'a list over two lines of one cell');
    assert.deepEqual(network.priorityAreaIds, ['samarbeid-pasienter-brukere-parorende'], 'a name with commas in it');
    assert.equal(byTitle(result, 'Fagdag om ernæring').status, 'cancelled');
  });

  it('makes an all-day event of a row with heldags, and puts back the zero Excel took off a municipality number', () => {
    const conference = byTitle(result, 'Konferanse om velferdsteknologi');
    assert.deepEqual(conference.schedule, {timeZone: 'Europe/Oslo', allDay: true, start: '2026-09-15', end: '2026-09-16'});
    assert.equal(conference.place?.municipalityNumber, '0999');
    assert.deepEqual(conference.priorityAreaIds, ['velferdsteknologi'], 'by id');
    assert.deepEqual(conference.registration, {url: null, deadline: '2026-08-31'});
  });

  it('warns about a priority area it does not know, on the row\'s line', () => {
    assert.deepEqual(problemLines(result.warnings), ['8: unknown-categories']);
    assert.match(result.warnings[0]?.message ?? '', /«Ukjent område»/);
    assert.deepEqual(byTitle(result, 'Fagdag om ernæring').priorityAreaIds, ['lhl-6']);
  });

  it('reads the same file without its byte-order mark, and as a string', () => {
    const bytes = fixture('excel.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the fixture has the mark Excel writes');
    const plain = importFile('excel.csv', bytes.subarray(3), options());
    assert.deepEqual(plain.activities, result.activities);
    assert.deepEqual(importCSV(new TextDecoder().decode(bytes), options({fileName: 'excel.csv'})).activities, result.activities);
  });
});

describe('importCSV: a file that is not UTF-8 is refused, with the way to save it as UTF-8', () => {
  const bytes = fixture('windows-1252.csv');

  it('is the Windows-1252 file Excel\'s plain "CSV (semikolondelt)" writes: ø is 0xF8, no byte-order mark', () => {
    assert.ok(bytes.includes(0xf8));
    assert.notEqual(bytes[0], 0xef);
    // Windows-1252 is Latin-1 for æ, ø, å, «, »; the en dash is 0x96. (Node's TextDecoder reads
    // "windows-1252" as plain Latin-1, so the file is compared by encoding excel.csv instead.)
    const excel = new TextDecoder().decode(fixture('excel.csv'));
    const encoded = [...excel].map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === '–') return 0x96;
      assert.ok(code < 0x80 || (code >= 0xa0 && code <= 0xff), `${char} is in Windows-1252 as in Latin-1`);
      return code;
    });
    assert.deepEqual([...bytes], encoded);
  });

  it('rejects the whole file and says, in nb, nn and en, how to save as CSV UTF-8 in Excel', () => {
    const messages = (['nb', 'nn', 'en'] as const).map((locale) => {
      const result = importFile('windows-1252.csv', bytes, options({locale}));
      assert.deepEqual(result.activities, []);
      assert.deepEqual(problemLines(result.rejected), ['-: csv-not-utf8']);
      return result.rejected[0]?.message ?? '';
    });
    assert.match(messages[0] ?? '', /Fil → Lagre som → «CSV UTF-8 \(kommadelt\)»/);
    assert.match(messages[1] ?? '', /Vel Fil → Lagre som → «CSV UTF-8 \(kommadelt\)»/);
    assert.match(messages[2] ?? '', /File → Save As → "CSV UTF-8 \(Comma delimited\)"/);
  });

  it('refuses binary data as not a text file', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02]);
    assert.deepEqual(problemLines(importFile('aktiviteter.csv', pdf, options()).rejected), ['-: not-text']);
    assert.deepEqual(problemLines(importCSV(pdf, options()).rejected), ['-: not-text']);
  });
});

describe('importCSV: broken rows are left out with their line and reason', () => {
  const result = importFixture('broken-rows.csv', {locale: 'nb'});

  it('rejects each broken row on the line it starts, and imports the good ones', () => {
    assert.deepEqual(problemLines(result.rejected), [
      '3: invalid-date', '4: unknown-value', '5: invalid-time', '6: missing-title', '7: end-before-start',
      '8: invalid-activity', '12: duplicate-id', '13: invalid-date',
    ]);
    assert.deepEqual(result.activities.map((a) => a.title), ['Gyldig nettverksmøte', 'Beskrivelse over flere linjer']);
  });

  it('says what is wrong in words a coordinator knows, naming the column as the file does', () => {
    const message = (line: number) => result.rejected.find((p) => p.line === line)?.message;
    assert.equal(message(3), 'startdato: «31.02.2026» er ikke en dato. Skriv dd.mm.åååå (31.01.2026) eller åååå-mm-dd.');
    assert.match(message(4) ?? '', /^type: «julebord» er ikke en av de tillatte verdiene \(nettverksmøte, læringsnettverk, kurs, fagdag/);
    assert.equal(message(5), 'starttid: «25:00» er ikke et klokkeslett. Skriv tt:mm (09:30).');
    assert.equal(message(6), 'Tittelen mangler (tittel).');
    assert.equal(message(12), 'ID-en gyldig-rad er allerede brukt på linje 2, så denne raden er utelatt.');
    assert.deepEqual(result.rejected.find((p) => p.line === 8)?.issues?.map((i) => i.path), ['registration.contact']);
  });

  it('counts the lines of a cell over three lines, and keeps its line breaks', () => {
    assert.equal(byTitle(result, 'Beskrivelse over flere linjer').summary, 'Første linje\nAndre linje\nTredje linje');
  });

  it('refuses a web page saved as .csv: no known column headings', () => {
    const page = importFixture('not-csv.csv', {locale: 'en'});
    assert.deepEqual(problemLines(page.rejected), ['1: csv-no-known-columns']);
    assert.match(page.rejected[0]?.message ?? '', /none of the known column headings \(id, tittel, type/);
  });
});

describe('importCSV: headings, delimiters, ids', () => {
  it('reads English headings, commas and tabs, ignoring case, spaces and diacritics in headings', () => {
    const english = 'Title,Start date,START_TIME,End time,Mode,Priority areas\n"Course, part 1",2026-03-02,9:00,12:00,online,Velferdsteknologi\n';
    const tabbed = 'TITTEL\tStart-dato\tSlutttid\tStarttid\tFORM\tSatsingsomrader\nKurs, del 1\t02.03.2026\t12.00\t09.00\tdigitalt\tvelferdsteknologi\n';
    const [a, b] = [importCSV(english, options()), importCSV(tabbed, options())];
    for (const result of [a, b]) {
      assert.deepEqual(result.rejected, []);
      assert.deepEqual([result.activities[0]?.schedule.start, result.activities[0]?.schedule.end], ['2026-03-02T09:00', '2026-03-02T12:00']);
      assert.equal(result.activities[0]?.mode, 'digital');
      assert.deepEqual(result.activities[0]?.priorityAreaIds, ['velferdsteknologi']);
    }
    assert.equal(a.activities[0]?.title, 'Course, part 1');
  });

  it('warns once about columns it does not use, and refuses a file without tittel or startdato', () => {
    const extra = importCSV('tittel;startdato;farge;Notat\nFagdag;01.03.2026;rød;x\n', options({locale: 'en'}));
    assert.deepEqual(problemLines(extra.warnings), ['1: csv-unknown-columns']);
    assert.match(extra.warnings[0]?.message ?? '', /«farge», «Notat»/);
    const missing = importCSV('tittel;sted\nFagdag;Testhuset\n', options({locale: 'en'}));
    assert.deepEqual(problemLines(missing.rejected), ['1: csv-missing-columns']);
    assert.match(missing.rejected[0]?.message ?? '', /startdato/);
  });

  it('makes readable ids from centre, date and title, a second one the same day numbered', () => {
    const result = importCSV('tittel;startdato\nFagdag: Å lære ŋ!;01.03.2026\nFagdag: Å lære ŋ!;01.03.2026\nFagdag: Å lære ŋ!;02.03.2026\n', options());
    assert.deepEqual(result.activities.map((a) => a.id), [
      'telemark-2026-03-01-fagdag-a-laere-n', 'telemark-2026-03-01-fagdag-a-laere-n-2', 'telemark-2026-03-02-fagdag-a-laere-n',
    ]);
  });

  it('skips empty rows (Excel keeps some at the end) without a word', () => {
    const result = importCSV('tittel;startdato;sted\r\nFagdag;01.03.2026;\r\n;;\r\n\r\n', options());
    assert.equal(result.activities.length, 1);
    assert.deepEqual([result.rejected, result.warnings], [[], []]);
  });
});

describe('CSV templates shipped with @usht/sdk', () => {
  it('hold exactly the heading line csvTemplate gives, with the byte-order mark Excel needs', () => {
    assert.equal(template('aktiviteter-mal.csv'), csvTemplate('nb'));
    assert.equal(template('activities-template.csv'), csvTemplate('en'));
    assert.ok(csvTemplate('nb').startsWith('\ufeffid;tittel;type;senter;startdato;starttid;sluttdato;slutttid;heldags;form;sted;poststed;kommunenummer;'));
  });

  it('are read back as the full layout, every column known, no rows and nothing to report', () => {
    for (const name of ['aktiviteter-mal.csv', 'activities-template.csv']) {
      const result = importFile(name, new TextEncoder().encode(template(name)), options());
      assert.deepEqual([result.activities, result.rejected, result.warnings], [[], [], []], name);
    }
    assert.equal(new Set(csvColumns.map((c) => c.key)).size, csvColumns.length);
  });

  it('is told apart from calendars and feeds by content, then by name', () => {
    assert.equal(detectImportFormat('data.txt', 'BEGIN:VCALENDAR\r\n'), 'ics');
    assert.equal(detectImportFormat('feed', '\ufeff{"format":"usht-feed"}'), 'feed');
    assert.equal(detectImportFormat('aktiviteter', csvTemplate('nb')), 'csv');
    assert.equal(detectImportFormat('notater', 'Handleliste: melk, brød'), undefined);
    assert.deepEqual(problemLines(importFile('notater', 'Handleliste: melk, brød', options()).rejected), ['-: unknown-format']);
  });
});
