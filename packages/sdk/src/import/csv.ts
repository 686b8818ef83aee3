/**
 * Spreadsheet rows → activities: the layout of `templates/aktiviteter-mal.csv`, as Excel saves it
 * (semicolons or commas, UTF-8 with or without a byte-order mark). Headings are matched without
 * regard to case, spaces, underscores, hyphens or diacritics, in Norwegian or English.
 */
import type {ActivityKind, ActivityMode, ActivityStatus} from '../schemas/activity.js';
import {ImportContext, type Draft, type ProblemPlace} from './context.js';
import {parseCSV, type CsvRecord} from './csv-parse.js';
import {guessKind, modeOf, readLocation, textLanguageOf} from './heuristics.js';
import {fold, quoted, slug, splitList} from './text.js';
import type {ImportProblemCode, ImportProblemParams} from './messages.js';
import {isRealDate} from './time.js';
import type {ImportOptions, ImportResult} from './types.js';

/** A column of the layout: the field it fills, its heading in Bokmål and English, other spellings accepted. */
export interface CsvColumn {
  readonly key: CsvField;
  /** Heading in the Norwegian template (`templates/aktiviteter-mal.csv`). */
  readonly nb: string;
  /** Heading in the English template (`templates/activities-template.csv`). */
  readonly en: string;
  /** Other headings read as this column (Nynorsk, common variants). */
  readonly aliases: readonly string[];
  readonly required?: true;
}

export type CsvField =
  | 'id' | 'title' | 'kind' | 'centre' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'allDay' | 'mode'
  | 'venue' | 'locality' | 'municipalityNumber' | 'audience' | 'priorityAreas' | 'registrationUrl'
  | 'registrationDeadline' | 'contactEmail' | 'status' | 'summary' | 'sourceUrl' | 'language' | 'organiser';

/**
 * The column layout, in template order. Lists (målgruppe, satsingsområder) take several values
 * separated by semicolons or line breaks in the cell (Alt+Enter in Excel); Excel puts such a cell
 * in quotes by itself.
 */
export const csvColumns: readonly CsvColumn[] = [
  {key: 'id', nb: 'id', en: 'id', aliases: []},
  {key: 'title', nb: 'tittel', en: 'title', aliases: ['navn', 'name'], required: true},
  {key: 'kind', nb: 'type', en: 'kind', aliases: ['aktivitetstype']},
  {key: 'centre', nb: 'senter', en: 'centre', aliases: ['center', 'senter-id', 'centre-id']},
  {key: 'startDate', nb: 'startdato', en: 'start_date', aliases: ['dato', 'date', 'fra dato'], required: true},
  {key: 'startTime', nb: 'starttid', en: 'start_time', aliases: ['fra kl', 'klokkeslett']},
  {key: 'endDate', nb: 'sluttdato', en: 'end_date', aliases: ['til dato']},
  {key: 'endTime', nb: 'slutttid', en: 'end_time', aliases: ['sluttid', 'til kl']},
  {key: 'allDay', nb: 'heldags', en: 'all_day', aliases: ['heildags', 'hele dagen', 'heile dagen']},
  {key: 'mode', nb: 'form', en: 'mode', aliases: ['møteform', 'gjennomføring']},
  {key: 'venue', nb: 'sted', en: 'venue', aliases: ['stad', 'lokale']},
  {key: 'locality', nb: 'poststed', en: 'locality', aliases: ['stedsnavn', 'stadnamn', 'by', 'city']},
  {key: 'municipalityNumber', nb: 'kommunenummer', en: 'municipality_number', aliases: ['kommunenr']},
  {key: 'audience', nb: 'målgruppe', en: 'audience', aliases: ['målgrupper']},
  {key: 'priorityAreas', nb: 'satsingsområder', en: 'priority_areas', aliases: ['satsingsområde', 'priority_area']},
  {key: 'registrationUrl', nb: 'påmeldingslenke', en: 'registration_url', aliases: ['påmelding', 'registration']},
  {key: 'registrationDeadline', nb: 'påmeldingsfrist', en: 'registration_deadline', aliases: []},
  {key: 'contactEmail', nb: 'kontakt e-post', en: 'contact_email', aliases: ['e-post', 'epost', 'kontakt', 'email']},
  {key: 'status', nb: 'status', en: 'status', aliases: []},
  {key: 'summary', nb: 'beskrivelse', en: 'description', aliases: ['skildring', 'omtale', 'summary']},
  {key: 'sourceUrl', nb: 'kildelenke', en: 'source_url', aliases: ['kjeldelenke', 'nettside', 'lenke', 'url']},
  {key: 'language', nb: 'språk', en: 'language', aliases: ['målform']},
  {key: 'organiser', nb: 'arrangør', en: 'organiser', aliases: ['organizer']},
];

/** True when a heading line names at least one column of the layout (for telling a CSV file from other text). */
export function hasKnownHeading(line: string): boolean {
  const delimiter = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
  return line.split(delimiter).some((heading) => columnByHeading.has(headingKey(heading.replace(/"/g, ''))));
}

/**
 * The template file in `locale`: a byte-order mark (so Excel opens it as UTF-8), the heading line
 * and CRLF; semicolons in Norwegian (Excel in nb-NO uses the comma as decimal sign), commas in
 * English. `templates/aktiviteter-mal.csv` and `templates/activities-template.csv` hold exactly this.
 */
export function csvTemplate(locale: 'nb' | 'en'): string {
  return `\ufeff${csvColumns.map((column) => column[locale]).join(locale === 'nb' ? ';' : ',')}\r\n`;
}

const headingKey = (heading: string) => fold(heading).replace(/ /g, '');

const columnByHeading = new Map<string, CsvColumn>();
for (const column of csvColumns) {
  for (const heading of [column.nb, column.en, ...column.aliases]) columnByHeading.set(headingKey(heading), column);
}

/** Words accepted for the choice columns (folded), each with the value it stands for. */
const vocabulary = {
  kind: words<ActivityKind>({
    'network-meeting': ['nettverksmøte', 'nettverkssamling', 'nettverk', 'network meeting'],
    'learning-network': ['læringsnettverk', 'learning network'],
    course: ['kurs', 'course'],
    'professional-day': ['fagdag', 'professional day'],
    conference: ['konferanse', 'conference'],
    webinar: ['webinar', 'nettseminar'],
    abc: ['abc', 'abc-opplæring'],
    project: ['prosjekt', 'project'],
    other: ['annet', 'anna', 'other'],
  }),
  mode: words<ActivityMode>({
    physical: ['fysisk', 'fysisk oppmøte', 'physical', 'in person'],
    digital: ['digital', 'digitalt', 'nettbasert', 'online'],
    hybrid: ['hybrid', 'fysisk og digitalt', 'begge'],
  }),
  status: words<ActivityStatus>({
    scheduled: ['planlagt', 'planlagd', 'scheduled'],
    cancelled: ['avlyst', 'cancelled', 'canceled'],
    full: ['fullt', 'full', 'fullbooket'],
    postponed: ['utsatt', 'utsett', 'postponed'],
  }),
  allDay: words<'yes' | 'no'>({
    yes: ['ja', 'j', 'x', 'yes', 'y', 'true', 'sann', '1'],
    no: ['nei', 'n', 'no', 'false', 'usann', '0'],
  }),
};

function words<T extends string>(table: Record<T, readonly string[]>): {readonly map: ReadonlyMap<string, T>; readonly allowed: string} {
  const map = new Map<string, T>();
  for (const [value, list] of Object.entries(table) as [T, readonly string[]][]) {
    map.set(fold(value), value);
    for (const word of list) map.set(fold(word), value);
  }
  return {map, allowed: Object.values<readonly string[]>(table).map((list) => list[0]).join(', ')};
}

/**
 * Imports the rows of a CSV file. `input` may be the file's bytes: they must be UTF-8 (a
 * byte-order mark is allowed); anything else (Excel's plain "CSV", Windows-1252) is refused as a
 * whole with a message that says how to save as UTF-8 in Excel, because guessing the character
 * set would put wrong letters into names.
 */
export function importCSV(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const ctx = new ImportContext('csv', options);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.includes(0)) return ctx.failed('not-text', {});
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(input);
    } catch {
      return ctx.failed('csv-not-utf8', {});
    }
  }
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const parsed = parseCSV(text);
  const [heading, ...rows] = parsed.records;
  if (!heading || heading.fields.every((field) => field.trim() === '')) return ctx.failed('csv-empty', {}, {line: 1});

  const columns: (CsvColumn | undefined)[] = [];
  const headings = new Map<CsvField, string>();
  const unknown: string[] = [];
  for (const name of heading.fields) {
    const column = columnByHeading.get(headingKey(name));
    // A second column with the same meaning is ignored, not merged: which would win is unclear.
    if (column && !headings.has(column.key)) {
      headings.set(column.key, name.trim());
      columns.push(column);
    } else {
      columns.push(undefined);
      if (name.trim()) unknown.push(`«${quoted(name)}»`);
    }
  }
  if (headings.size === 0) {
    return ctx.failed('csv-no-known-columns', {expected: csvColumns.slice(0, 6).map((c) => c.nb).join(', ')}, {line: heading.line});
  }
  const missing = csvColumns.filter((c) => c.required && !headings.has(c.key)).map((c) => c.nb);
  if (missing.length > 0) return ctx.failed('csv-missing-columns', {columns: missing.join(', ')}, {line: heading.line});
  if (unknown.length > 0) ctx.warn('csv-unknown-columns', {columns: unknown.join(', ')}, {line: heading.line});

  const drafts: Draft[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of rows) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    const row = new Row(ctx, record, columns, headings);
    const draft = row.toDraft();
    if (!draft) continue;
    const id = draft.activity['id'] as string;
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      if (row.hasOwnId) {
        ctx.reject('duplicate-id', {id: quoted(id), firstLine: first}, draft.place);
        continue;
      }
      // Same title on the same day, no id given: a second, distinct activity.
      let n = 2;
      while (firstLineOfId.has(`${id}-${n}`)) n++;
      draft.activity['id'] = `${id}-${n}`;
    }
    firstLineOfId.set(draft.activity['id'] as string, record.line);
    drafts.push({place: {...draft.place, activityId: draft.activity['id'] as string}, activity: draft.activity});
  }
  if (parsed.unclosedQuoteLine !== undefined) ctx.reject('csv-unclosed-quote', {}, {line: parsed.unclosedQuoteLine});
  return ctx.finish(drafts);
}

const DATE_NO = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/i;

/** One data row: reads its cells by field and reports what is wrong with them. */
class Row {
  readonly hasOwnId: boolean;
  private readonly ctx: ImportContext;
  private readonly values = new Map<CsvField, string>();
  private readonly headings: ReadonlyMap<CsvField, string>;
  private readonly place: ProblemPlace;

  constructor(ctx: ImportContext, record: CsvRecord, columns: readonly (CsvColumn | undefined)[], headings: ReadonlyMap<CsvField, string>) {
    this.ctx = ctx;
    this.headings = headings;
    this.place = {line: record.line};
    record.fields.forEach((value, index) => {
      const column = columns[index];
      // Excel ends a line inside a cell with LF, other programs with CRLF: one form in the data.
      if (column) this.values.set(column.key, value.replace(/\r\n?/g, '\n').trim());
    });
    const extra = record.fields.slice(columns.length).filter((value) => value.trim() !== '').length;
    if (extra > 0) ctx.warn('csv-extra-fields', {count: extra}, this.place);
    this.hasOwnId = this.get('id') !== '';
  }

  private get(key: CsvField): string {
    return this.values.get(key) ?? '';
  }

  private field(key: CsvField): string {
    return this.headings.get(key) ?? csvColumns.find((c) => c.key === key)?.nb ?? key;
  }

  /** The activity the row describes, not yet validated; undefined when the row was rejected. */
  toDraft(): Draft | undefined {
    const title = this.get('title');
    if (!title) return this.fail('missing-title', {field: this.field('title')});
    if (!this.get('startDate')) return this.fail('missing-start', {field: this.field('startDate')});
    const startDate = this.date('startDate');
    const endDate = this.date('endDate');
    const startTime = this.time('startTime');
    const endTime = this.time('endTime');
    const kind = this.choice('kind', vocabulary.kind);
    const mode = this.choice('mode', vocabulary.mode);
    const status = this.choice('status', vocabulary.status);
    const allDayWord = this.choice('allDay', vocabulary.allDay);
    const languageText = this.get('language');
    const language = languageText ? textLanguageOf(languageText) : 'nb';
    if (languageText && !language) return this.fail('unknown-value', {field: this.field('language'), value: quoted(languageText), allowed: 'nb, nn, en, se'});
    const deadline = this.date('registrationDeadline');
    if ([startDate, endDate, startTime, endTime, kind, mode, status, allDayWord, deadline].includes(null)) return undefined;

    const allDay = allDayWord === undefined ? startTime === undefined : allDayWord === 'yes';
    if (allDay && (startTime || endTime)) this.ctx.warn('times-ignored', {}, this.place);
    const schedule = this.schedule(allDay, startDate as string, endDate ?? undefined, startTime ?? undefined, endTime ?? undefined);
    if (!schedule) return undefined;

    const id = this.get('id') || `${this.ctx.centreId}-${startDate as string}-${slug(title)}`;
    const venue = this.get('venue');
    const location = readLocation(venue);
    const locality = this.get('locality');
    const municipality = this.get('municipalityNumber');
    const chosenKind = kind ?? guessKind(title);
    // No form given: online when the place says so, or when it is a webinar (online by definition).
    const chosenMode = mode ?? modeOf(location.online || chosenKind === 'webinar', location.venue);
    // A digital meeting's "sted" (Teams) is how, not where: only a real venue is kept.
    const venueKept = venue && chosenMode !== 'digital' ? location.venue ?? venue : null;
    const {ids: priorityAreaIds, unmatched} = this.ctx.areas.match(splitList(this.get('priorityAreas')));
    if (unmatched.length > 0) {
      this.ctx.warn('unknown-categories', {categories: unmatched.map((c) => `«${quoted(c)}»`).join(', '), count: unmatched.length}, {...this.place, activityId: id});
    }
    const url = this.get('registrationUrl');
    const contact = this.get('contactEmail');
    const sources: string[] = [];
    const sourceUrl = this.get('sourceUrl');
    if (sourceUrl) {
      const link = this.ctx.linkSource(sourceUrl, this.field('sourceUrl'), {...this.place, activityId: id});
      if (link) sources.push(link);
    }
    sources.push(this.ctx.fileSource());
    const centre = this.get('centre');
    if (centre && centre !== this.ctx.centreId) {
      this.ctx.warn('centre-differs', {centre: quoted(centre), expected: this.ctx.centreId}, {...this.place, activityId: id});
    }

    const activity: Record<string, unknown> = {
      id,
      title,
      kind: chosenKind,
      centreId: centre || this.ctx.centreId,
      schedule,
      mode: chosenMode,
      place: venueKept || locality || municipality
        ? {
          venue: venueKept,
          locality: locality || null,
          // Excel drops the leading zero of 0301 when the column is a number: put it back.
          municipalityNumber: municipality ? (/^\d{3}$/.test(municipality) ? `0${municipality}` : municipality) : null,
        }
        : null,
      audience: splitList(this.get('audience')),
      priorityAreaIds,
      registration: url || deadline || contact
        ? {url: url || null, deadline: deadline ?? null, ...(contact ? {contact} : {})}
        : null,
      status: status ?? 'scheduled',
      language,
      source: sources,
    };
    const organiser = this.get('organiser');
    if (organiser) activity['organiser'] = organiser;
    const summary = this.get('summary');
    if (summary) activity['summary'] = summary;
    return {place: {...this.place, activityId: id}, activity};
  }

  private schedule(allDay: boolean, startDate: string, endDate: string | undefined, startTime: string | undefined, endTime: string | undefined) {
    if (endDate !== undefined && endDate < startDate) return this.fail('end-before-start', {field: this.field('endDate')});
    if (allDay) return {timeZone: 'Europe/Oslo', allDay: true, start: startDate, end: endDate ?? null};
    const start = `${startDate}T${startTime as string}`;
    // An end time without an end date is on the start day; an end date without a time says no hour.
    const end = endTime ? `${endDate ?? startDate}T${endTime}` : null;
    if (end !== null && end <= start) return this.fail('end-before-start', {field: this.field('endTime')});
    return {timeZone: 'Europe/Oslo', allDay: false, start, end};
  }

  /** `dd.mm.åååå`, `d.m.åååå` or `åååå-mm-dd` → ISO; undefined when empty, null (reported) when wrong. */
  private date(key: CsvField): string | undefined | null {
    const value = this.get(key);
    if (!value) return undefined;
    const no = DATE_NO.exec(value);
    const iso = DATE_ISO.exec(value);
    const [year, month, day] = no ? [no[3], no[2], no[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
    if (year && month && day && isRealDate(Number(year), Number(month), Number(day))) {
      return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    }
    this.ctx.reject('invalid-date', {field: this.field(key), value: quoted(value)}, this.place);
    return null;
  }

  /** `tt:mm`, `tt.mm`, `t:mm`, `kl. 9.00` (seconds dropped) → `HH:MM`. */
  private time(key: CsvField): string | undefined | null {
    const value = this.get(key);
    if (!value) return undefined;
    const match = TIME.exec(value);
    if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${(match[1] as string).padStart(2, '0')}:${match[2] as string}`;
    this.ctx.reject('invalid-time', {field: this.field(key), value: quoted(value)}, this.place);
    return null;
  }

  private choice<T extends string>(key: CsvField, table: {readonly map: ReadonlyMap<string, T>; readonly allowed: string}): T | undefined | null {
    const value = this.get(key);
    if (!value) return undefined;
    const found = table.map.get(fold(value));
    if (found !== undefined) return found;
    this.ctx.reject('unknown-value', {field: this.field(key), value: quoted(value), allowed: table.allowed}, this.place);
    return null;
  }

  private fail<C extends ImportProblemCode>(code: C, params: ImportProblemParams[C]): undefined {
    this.ctx.reject(code, params, this.place);
    return undefined;
  }
}
