/**
 * What the importers tell a coordinator, in Bokmål, Nynorsk and English. Every problem has a
 * stable `code` and its `params`, so the editor can place a message beside a field; the sentence
 * itself comes from this catalogue. Values quoted back («31.02.2026») are short cell or property
 * values from the user's own file, cut at 60 characters, and are only ever shown as text.
 */

export const importLocales = ['nb', 'nn', 'en'] as const;
export type ImportLocale = (typeof importLocales)[number];

/** The parameters of each problem, by code. `field` is a property (DTSTART) or a column heading as the file writes it. */
export interface ImportProblemParams {
  // The file as a whole
  'csv-not-utf8': Record<string, never>;
  'file-not-utf8': Record<string, never>;
  'not-text': Record<string, never>;
  'unknown-format': Record<string, never>;
  'ics-not-calendar': Record<string, never>;
  'ics-unreadable': {readonly detail: string};
  'ics-no-events': Record<string, never>;
  'csv-empty': Record<string, never>;
  'csv-unclosed-quote': Record<string, never>;
  'csv-no-known-columns': {readonly expected: string};
  'csv-missing-columns': {readonly columns: string};
  'csv-unknown-columns': {readonly columns: string};
  'json-unreadable': {readonly detail: string};
  'feed-not-a-feed': Record<string, never>;
  'feed-collections-ignored': {readonly collections: string};
  // One event or row
  'missing-title': {readonly field: string};
  'missing-start': {readonly field: string};
  'invalid-date': {readonly field: string; readonly value: string};
  'invalid-time': {readonly field: string; readonly value: string};
  'impossible-time': {readonly field: string; readonly value: string};
  'unknown-value': {readonly field: string; readonly value: string; readonly allowed: string};
  'end-before-start': {readonly field: string};
  'end-ignored': {readonly field: string};
  'no-session-before-horizon': {readonly horizon: string};
  'too-many-sessions': {readonly max: number; readonly horizon: string};
  'sessions-cut-at-horizon': {readonly horizon: string; readonly count: number};
  'recurrence-unreadable': {readonly detail: string};
  'event-unreadable': {readonly detail: string};
  'invalid-activity': Record<string, never>;
  'invalid-record': Record<string, never>;
  'duplicate-id': {readonly id: string; readonly firstLine: number};
  'duplicate-event': {readonly otherLine: number};
  'missing-uid': Record<string, never>;
  'unknown-categories': {readonly categories: string; readonly count: number};
  'unsafe-url': {readonly field: string};
  'unknown-time-zone': {readonly tzid: string};
  'centre-differs': {readonly centre: string; readonly expected: string};
  'unknown-source': {readonly ids: string; readonly count: number};
  'x-usht-unreadable': {readonly property: string};
  'csv-extra-fields': {readonly count: number};
  'times-ignored': Record<string, never>;
}
export type ImportProblemCode = keyof ImportProblemParams;

/** Words of the report around the problems (the CLI prints them; the editor may too). */
export interface ImportReportWords {
  readonly taken: (count: number) => string;
  readonly merged: (added: number, updated: number, unchanged: number) => string;
  readonly rejected: (count: number) => string;
  readonly warnings: (count: number) => string;
  readonly line: (line: number) => string;
  readonly fileNote: (file: string, date: string) => string;
  readonly linkNote: (file: string, date: string) => string;
  readonly importedFile: string;
}

type Catalogue = {readonly [C in ImportProblemCode]: (params: ImportProblemParams[C], count: PluralPick) => string};

/** Picks the form for `n` by `Intl.PluralRules` of the locale (style guide §7). */
export type PluralPick = (n: number, forms: {readonly one: string; readonly other: string}) => string;

const en: Catalogue = {
  'csv-not-utf8': () => 'The file is not saved as UTF-8: Excel\'s plain "CSV" uses another character set, so æ, ø and å would come out wrong. '
    + 'In Excel choose File → Save As → "CSV UTF-8 (Comma delimited)" and import that file.',
  'file-not-utf8': () => 'The file is not UTF-8 text. Save it as UTF-8 and import it again.',
  'not-text': () => 'The file is not a text file. Import an .ics calendar, a .csv file or a USHT feed (.json).',
  'unknown-format': () => 'It is not clear what kind of file this is. Import an .ics calendar, a .csv file or a USHT feed (.json).',
  'ics-not-calendar': () => 'The file is not an iCalendar file: it does not start with BEGIN:VCALENDAR.',
  'ics-unreadable': (p) => `The calendar file cannot be read: ${p.detail}`,
  'ics-no-events': () => 'The calendar holds no events (VEVENT).',
  'csv-empty': () => 'The file is empty: the first line must hold the column headings.',
  'csv-unclosed-quote': () => 'A quotation mark that opens a field on this line is never closed, so the rest of the file cannot be read.',
  'csv-no-known-columns': (p) => `The first line holds none of the known column headings (${p.expected}). It must be the heading line of the template.`,
  'csv-missing-columns': (p) => `Required columns are missing: ${p.columns}.`,
  'csv-unknown-columns': (p) => `These columns are not used: ${p.columns}. Check their spelling against the template.`,
  'json-unreadable': (p) => `The file is not valid JSON: ${p.detail}`,
  'feed-not-a-feed': () => 'The file is not a USHT feed.',
  'feed-collections-ignored': (p) => `Only activities and their sources are imported; left out: ${p.collections}.`,
  'missing-title': (p) => `The title is missing (${p.field}).`,
  'missing-start': (p) => `The start is missing (${p.field}).`,
  'invalid-date': (p) => `${p.field}: «${p.value}» is not a date. Write dd.mm.yyyy (31.01.2026) or yyyy-mm-dd.`,
  'invalid-time': (p) => `${p.field}: «${p.value}» is not a time. Write hh:mm (09:30).`,
  'impossible-time': (p) => `${p.field}: «${p.value}» is not a date and time that exists.`,
  'unknown-value': (p) => `${p.field}: «${p.value}» is not one of the allowed values (${p.allowed}).`,
  'end-before-start': (p) => `The end (${p.field}) is before the start.`,
  'end-ignored': (p) => `The end (${p.field}) is not after the start, so the activity is imported without an end.`,
  'no-session-before-horizon': (p) => `The repeat rule gives no session up to ${p.horizon}, so the event is left out.`,
  'too-many-sessions': (p) => `The repeat rule gives more than ${p.max} sessions up to ${p.horizon}. Give the series an end date or a number of times, or split it.`,
  'sessions-cut-at-horizon': (p, n) => `The series goes on after ${p.horizon}; only the ${n(p.count, {one: 'session', other: `${p.count} sessions`})} up to that date ${p.count === 1 ? 'is' : 'are'} imported.`,
  'recurrence-unreadable': (p) => `The repeat rule (RRULE) cannot be read: ${p.detail}`,
  'event-unreadable': (p) => `The event cannot be read: ${p.detail}`,
  'invalid-activity': () => 'The activity is not valid:',
  'invalid-record': () => 'The record is not valid:',
  'duplicate-id': (p) => `The id ${p.id} is already used on line ${p.firstLine}, so this row is left out.`,
  'duplicate-event': (p) => `The same event (UID) is also on line ${p.otherLine}; the one with the higher SEQUENCE is kept.`,
  'missing-uid': () => 'The event has no UID, so a later import cannot recognise it and will add it again. Its id is made from the title and the start.',
  'unknown-categories': (p, n) => `No priority area matches ${p.categories}, so ${n(p.count, {one: 'it is', other: 'they are'})} left out.`,
  'unsafe-url': (p) => `${p.field}: the link is not an http(s) or mailto address, so it is left out.`,
  'unknown-time-zone': (p) => `The time zone ${p.tzid} is unknown, so the times are read as Norwegian time.`,
  'centre-differs': (p) => `The file says the activity belongs to the centre ${p.centre}, not ${p.expected}; it is kept as the file says.`,
  'unknown-source': (p, n) => `${n(p.count, {one: 'The source', other: 'The sources'})} ${p.ids} ${n(p.count, {one: 'is', other: 'are'})} not in the file, so the activity refers to the imported file instead.`,
  'x-usht-unreadable': (p) => `${p.property} cannot be read, so that value is taken from the other properties instead.`,
  'csv-extra-fields': (p, n) => `The row has ${n(p.count, {one: 'one field', other: `${p.count} fields`})} more than there are headings; ${p.count === 1 ? 'it is' : 'they are'} ignored.`,
  'times-ignored': () => 'The activity is all-day, so the times are ignored.',
};

const nb: Catalogue = {
  'csv-not-utf8': () => 'Filen er ikke lagret som UTF-8: vanlig «CSV» fra Excel bruker et annet tegnsett, så æ, ø og å ville blitt feil. '
    + 'Velg Fil → Lagre som → «CSV UTF-8 (kommadelt)» i Excel, og importer den filen.',
  'file-not-utf8': () => 'Filen er ikke UTF-8-tekst. Lagre den som UTF-8 og importer den på nytt.',
  'not-text': () => 'Filen er ikke en tekstfil. Importer en .ics-kalender, en .csv-fil eller en USHT-feed (.json).',
  'unknown-format': () => 'Det går ikke fram hva slags fil dette er. Importer en .ics-kalender, en .csv-fil eller en USHT-feed (.json).',
  'ics-not-calendar': () => 'Filen er ikke en iCalendar-fil: den begynner ikke med BEGIN:VCALENDAR.',
  'ics-unreadable': (p) => `Kalenderfilen kan ikke leses: ${p.detail}`,
  'ics-no-events': () => 'Kalenderen har ingen hendelser (VEVENT).',
  'csv-empty': () => 'Filen er tom: første linje må ha kolonneoverskriftene.',
  'csv-unclosed-quote': () => 'Et anførselstegn som åpner et felt på denne linjen, blir aldri lukket, så resten av filen kan ikke leses.',
  'csv-no-known-columns': (p) => `Første linje har ingen av de kjente kolonneoverskriftene (${p.expected}). Den må være overskriftslinjen fra malen.`,
  'csv-missing-columns': (p) => `Disse kolonnene må være med: ${p.columns}.`,
  'csv-unknown-columns': (p) => `Disse kolonnene blir ikke brukt: ${p.columns}. Sjekk stavemåten mot malen.`,
  'json-unreadable': (p) => `Filen er ikke gyldig JSON: ${p.detail}`,
  'feed-not-a-feed': () => 'Filen er ikke en USHT-feed.',
  'feed-collections-ignored': (p) => `Bare aktiviteter og kildene deres importeres; utelatt: ${p.collections}.`,
  'missing-title': (p) => `Tittelen mangler (${p.field}).`,
  'missing-start': (p) => `Starten mangler (${p.field}).`,
  'invalid-date': (p) => `${p.field}: «${p.value}» er ikke en dato. Skriv dd.mm.åååå (31.01.2026) eller åååå-mm-dd.`,
  'invalid-time': (p) => `${p.field}: «${p.value}» er ikke et klokkeslett. Skriv tt:mm (09:30).`,
  'impossible-time': (p) => `${p.field}: «${p.value}» er ikke en dato og et klokkeslett som finnes.`,
  'unknown-value': (p) => `${p.field}: «${p.value}» er ikke en av de tillatte verdiene (${p.allowed}).`,
  'end-before-start': (p) => `Slutten (${p.field}) er før starten.`,
  'end-ignored': (p) => `Slutten (${p.field}) er ikke etter starten, så aktiviteten importeres uten slutt.`,
  'no-session-before-horizon': (p) => `Gjentakelsesregelen gir ingen samlinger til og med ${p.horizon}, så hendelsen er utelatt.`,
  'too-many-sessions': (p) => `Gjentakelsesregelen gir mer enn ${p.max} samlinger til og med ${p.horizon}. Gi serien en sluttdato eller et antall ganger, eller del den opp.`,
  'sessions-cut-at-horizon': (p, n) => `Serien fortsetter etter ${p.horizon}; bare ${n(p.count, {one: 'samlingen', other: `de ${p.count} samlingene`})} til og med den datoen importeres.`,
  'recurrence-unreadable': (p) => `Gjentakelsesregelen (RRULE) kan ikke leses: ${p.detail}`,
  'event-unreadable': (p) => `Hendelsen kan ikke leses: ${p.detail}`,
  'invalid-activity': () => 'Aktiviteten er ikke gyldig:',
  'invalid-record': () => 'Posten er ikke gyldig:',
  'duplicate-id': (p) => `ID-en ${p.id} er allerede brukt på linje ${p.firstLine}, så denne raden er utelatt.`,
  'duplicate-event': (p) => `Den samme hendelsen (UID) står også på linje ${p.otherLine}; den med høyest SEQUENCE beholdes.`,
  'missing-uid': () => 'Hendelsen har ingen UID, så en senere import kan ikke kjenne den igjen og legger den til på nytt. ID-en lages av tittelen og starten.',
  'unknown-categories': (p, n) => `Ingen satsingsområder passer til ${p.categories}, så ${n(p.count, {one: 'den er utelatt', other: 'de er utelatt'})}.`,
  'unsafe-url': (p) => `${p.field}: lenken er ikke en http(s)- eller mailto-adresse, så den er utelatt.`,
  'unknown-time-zone': (p) => `Tidssonen ${p.tzid} er ukjent, så tidene leses som norsk tid.`,
  'centre-differs': (p) => `Filen sier at aktiviteten hører til senteret ${p.centre}, ikke ${p.expected}; den beholdes slik filen sier.`,
  'unknown-source': (p, n) => `${n(p.count, {one: 'Kilden', other: 'Kildene'})} ${p.ids} finnes ikke i filen, så aktiviteten viser til den importerte filen i stedet.`,
  'x-usht-unreadable': (p) => `${p.property} kan ikke leses, så verdien hentes fra de andre egenskapene i stedet.`,
  'csv-extra-fields': (p, n) => `Raden har ${n(p.count, {one: 'ett felt', other: `${p.count} felt`})} mer enn det er overskrifter; ${n(p.count, {one: 'det', other: 'de'})} blir ikke brukt.`,
  'times-ignored': () => 'Aktiviteten varer hele dagen, så klokkeslettene blir ikke brukt.',
};

const nn: Catalogue = {
  'csv-not-utf8': () => 'Fila er ikkje lagra som UTF-8: vanleg «CSV» frå Excel bruker eit anna teiknsett, så æ, ø og å ville blitt feil. '
    + 'Vel Fil → Lagre som → «CSV UTF-8 (kommadelt)» i Excel, og importer den fila.',
  'file-not-utf8': () => 'Fila er ikkje UTF-8-tekst. Lagre ho som UTF-8 og importer ho på nytt.',
  'not-text': () => 'Fila er ikkje ei tekstfil. Importer ein .ics-kalender, ei .csv-fil eller ein USHT-feed (.json).',
  'unknown-format': () => 'Det går ikkje fram kva slags fil dette er. Importer ein .ics-kalender, ei .csv-fil eller ein USHT-feed (.json).',
  'ics-not-calendar': () => 'Fila er ikkje ei iCalendar-fil: ho byrjar ikkje med BEGIN:VCALENDAR.',
  'ics-unreadable': (p) => `Kalenderfila kan ikkje lesast: ${p.detail}`,
  'ics-no-events': () => 'Kalenderen har ingen hendingar (VEVENT).',
  'csv-empty': () => 'Fila er tom: første linja må ha kolonneoverskriftene.',
  'csv-unclosed-quote': () => 'Eit hermeteikn som opnar eit felt på denne linja, blir aldri lukka, så resten av fila kan ikkje lesast.',
  'csv-no-known-columns': (p) => `Første linja har ingen av dei kjende kolonneoverskriftene (${p.expected}). Ho må vere overskriftslinja frå malen.`,
  'csv-missing-columns': (p) => `Desse kolonnane må vere med: ${p.columns}.`,
  'csv-unknown-columns': (p) => `Desse kolonnane blir ikkje brukte: ${p.columns}. Sjekk skrivemåten mot malen.`,
  'json-unreadable': (p) => `Fila er ikkje gyldig JSON: ${p.detail}`,
  'feed-not-a-feed': () => 'Fila er ikkje ein USHT-feed.',
  'feed-collections-ignored': (p) => `Berre aktivitetar og kjeldene deira blir importerte; utelatne: ${p.collections}.`,
  'missing-title': (p) => `Tittelen manglar (${p.field}).`,
  'missing-start': (p) => `Starten manglar (${p.field}).`,
  'invalid-date': (p) => `${p.field}: «${p.value}» er ikkje ein dato. Skriv dd.mm.åååå (31.01.2026) eller åååå-mm-dd.`,
  'invalid-time': (p) => `${p.field}: «${p.value}» er ikkje eit klokkeslett. Skriv tt:mm (09:30).`,
  'impossible-time': (p) => `${p.field}: «${p.value}» er ikkje ein dato og eit klokkeslett som finst.`,
  'unknown-value': (p) => `${p.field}: «${p.value}» er ikkje ein av dei tillatne verdiane (${p.allowed}).`,
  'end-before-start': (p) => `Slutten (${p.field}) er før starten.`,
  'end-ignored': (p) => `Slutten (${p.field}) er ikkje etter starten, så aktiviteten blir importert utan slutt.`,
  'no-session-before-horizon': (p) => `Gjentakingsregelen gir ingen samlingar til og med ${p.horizon}, så hendinga er utelaten.`,
  'too-many-sessions': (p) => `Gjentakingsregelen gir meir enn ${p.max} samlingar til og med ${p.horizon}. Gi serien ein sluttdato eller eit tal på gonger, eller del han opp.`,
  'sessions-cut-at-horizon': (p, n) => `Serien held fram etter ${p.horizon}; berre ${n(p.count, {one: 'samlinga', other: `dei ${p.count} samlingane`})} til og med den datoen blir importerte.`,
  'recurrence-unreadable': (p) => `Gjentakingsregelen (RRULE) kan ikkje lesast: ${p.detail}`,
  'event-unreadable': (p) => `Hendinga kan ikkje lesast: ${p.detail}`,
  'invalid-activity': () => 'Aktiviteten er ikkje gyldig:',
  'invalid-record': () => 'Posten er ikkje gyldig:',
  'duplicate-id': (p) => `ID-en ${p.id} er alt brukt på linje ${p.firstLine}, så denne rada er utelaten.`,
  'duplicate-event': (p) => `Den same hendinga (UID) står òg på linje ${p.otherLine}; den med høgast SEQUENCE blir halden på.`,
  'missing-uid': () => 'Hendinga har ingen UID, så ein seinare import kan ikkje kjenne henne att og legg henne til på nytt. ID-en blir laga av tittelen og starten.',
  'unknown-categories': (p, n) => `Ingen satsingsområde passar til ${p.categories}, så ${n(p.count, {one: 'han er utelaten', other: 'dei er utelatne'})}.`,
  'unsafe-url': (p) => `${p.field}: lenkja er ikkje ei http(s)- eller mailto-adresse, så ho er utelaten.`,
  'unknown-time-zone': (p) => `Tidssona ${p.tzid} er ukjend, så tidene blir lesne som norsk tid.`,
  'centre-differs': (p) => `Fila seier at aktiviteten høyrer til senteret ${p.centre}, ikkje ${p.expected}; han blir halden slik fila seier.`,
  'unknown-source': (p, n) => `${n(p.count, {one: 'Kjelda', other: 'Kjeldene'})} ${p.ids} finst ikkje i fila, så aktiviteten viser til den importerte fila i staden.`,
  'x-usht-unreadable': (p) => `${p.property} kan ikkje lesast, så verdien blir henta frå dei andre eigenskapane i staden.`,
  'csv-extra-fields': (p, n) => `Rada har ${n(p.count, {one: 'eitt felt', other: `${p.count} felt`})} meir enn det er overskrifter; ${n(p.count, {one: 'det blir ikkje brukt', other: 'dei blir ikkje brukte'})}.`,
  'times-ignored': () => 'Aktiviteten varer heile dagen, så klokkesletta blir ikkje brukte.',
};

const catalogues: Readonly<Record<ImportLocale, Catalogue>> = {nb, nn, en};

const reportWords: Readonly<Record<ImportLocale, (n: PluralPick) => ImportReportWords>> = {
  en: (n) => ({
    taken: (count) => `${n(count, {one: '1 activity', other: `${count} activities`})} imported`,
    merged: (added, updated, unchanged) => `${added} added, ${updated} updated, ${unchanged} unchanged`,
    rejected: (count) => `${n(count, {one: '1 left out', other: `${count} left out`})}:`,
    warnings: (count) => `${n(count, {one: '1 warning', other: `${count} warnings`})}:`,
    line: (line) => `line ${line}`,
    fileNote: (file, date) => `Imported from ${file} on ${date} (usht import).`,
    linkNote: (file, date) => `The link given with the event in ${file}, imported on ${date}.`,
    importedFile: 'Imported file',
  }),
  nb: (n) => ({
    taken: (count) => `${n(count, {one: '1 aktivitet', other: `${count} aktiviteter`})} importert`,
    merged: (added, updated, unchanged) => `${added} lagt til, ${updated} oppdatert, ${unchanged} uendret`,
    rejected: (count) => `${count} utelatt:`,
    warnings: (count) => `${n(count, {one: '1 advarsel', other: `${count} advarsler`})}:`,
    line: (line) => `linje ${line}`,
    fileNote: (file, date) => `Importert fra ${file} ${date} (usht import).`,
    linkNote: (file, date) => `Lenken som følger hendelsen i ${file}, importert ${date}.`,
    importedFile: 'Importert fil',
  }),
  nn: (n) => ({
    taken: (count) => `${n(count, {one: '1 aktivitet', other: `${count} aktivitetar`})} importert${count === 1 ? '' : 'e'}`,
    merged: (added, updated, unchanged) => `${added} lagde til, ${updated} oppdaterte, ${unchanged} uendra`,
    rejected: (count) => `${count} utelatne:`,
    warnings: (count) => `${n(count, {one: '1 åtvaring', other: `${count} åtvaringar`})}:`,
    line: (line) => `linje ${line}`,
    fileNote: (file, date) => `Importert frå ${file} ${date} (usht import).`,
    linkNote: (file, date) => `Lenkja som følgjer hendinga i ${file}, importert ${date}.`,
    importedFile: 'Importert fil',
  }),
};

const pluralRules = new Map<ImportLocale, Intl.PluralRules>();

function pluralPick(locale: ImportLocale): PluralPick {
  return (count, forms) => {
    let rules = pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(locale);
      pluralRules.set(locale, rules);
    }
    return rules.select(count) === 'one' ? forms.one : forms.other;
  };
}

/** The sentence for a problem in `locale`. */
export function importMessage<C extends ImportProblemCode>(locale: ImportLocale, code: C, params: ImportProblemParams[C]): string {
  const template = catalogues[locale][code] as (params: ImportProblemParams[C], count: PluralPick) => string;
  return template(params, pluralPick(locale));
}

/** The report's own words in `locale`. */
export function importReportWords(locale: ImportLocale): ImportReportWords {
  return reportWords[locale](pluralPick(locale));
}

/** Every code the catalogue knows (complete in each locale: the `Catalogue` type makes it so). */
export const importProblemCodes = Object.keys(en) as ImportProblemCode[];

/** `nb`, `nb-NO`, `no` → nb; `nn-NO` → nn; `en-*` → en; anything else → en (the SDK's developer default). */
export function importLocale(locale: string | undefined): ImportLocale {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'nn') return 'nn';
  return 'en';
}
