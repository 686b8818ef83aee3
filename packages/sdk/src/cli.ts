/**
 * `usht`: checks a USHT feed before it is published, turns its activities into an iCalendar file,
 * and imports a centre's own calendar or spreadsheet into a feed. Only Node built-ins, the SDK
 * itself and ical.js (bundled), so `dist/cli.js` runs on its own.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {parseArgs} from 'node:util';
import {isUshtError, type ValidationIssue} from './errors.js';
import {toICS, type ICSLocale} from './ics.js';
import type {Activity} from './schemas/activity.js';
import type {Source} from './schemas/common.js';
import type {Feed} from './schemas/feed.js';
import type {ImportProblem, ImportReportWords, ImportResult} from './import/index.js';
import type {PriorityArea} from './schemas/priority-area.js';
import type {ActivityQuery, RejectedRecord} from './sources/data-source.js';
import {compareActivities, matchesActivity} from './sources/filter.js';
import {createTransport} from './sources/transport.js';
import {parseFeed, validateFeed, type FeedReport} from './validate.js';
import {validationWording, wordingLanguages, type WordingLanguage} from './wording/index.js';

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const HELP = `usht: check USHT data feeds, turn their activities into a calendar, and
import a centre's own calendar or spreadsheet

Usage:
  usht validate <file-or-url> [--lang nb|nn|en]
  usht ics <file-or-url> [options]
  usht ics --embedded [options]
  usht import <calendar.ics|activities.csv|feed.json> --centre <id> [options]
  usht --help | --version

Commands:
  validate   Check every record of a feed (JSON, format "usht-feed") against the
             schemas. Prints each problem with its path, then how many records of
             each collection are valid.
  ics        Write the feed's valid activities as an iCalendar (RFC 5545) file.
             Records that fail validation are left out and listed on stderr.
  import     Turn a calendar (.ics, as Outlook, Google or WordPress export it), a
             spreadsheet (.csv, laid out as templates/aktiviteter-mal.csv of
             @usht/sdk) or a feed into a USHT feed of activities. Each event or row
             that cannot be taken is listed on stderr with its line and why.

Options for validate:
      --lang <nb|nn|en>      Language of the problems (default en); the activity
                             editor shows the same wording beside each field

Options for ics:
  -o, --output <file>        Write to this file instead of standard output
      --embedded             Use the data set built into @usht/sdk
      --centre <id>          Only activities of this centre
      --priority-area <id>   Only activities in this priority area
      --from <YYYY-MM-DD>    Only activities on or after this date
      --to <YYYY-MM-DD>      Only activities on or before this date
      --name <text>          Calendar name shown by calendar programs
      --locale <nb|nn|en|se> Language of the calendar's own labels (default nb)

Options for import:
      --centre <id>          The centre whose activities these are (required)
  -o, --output <file>        Write the feed to this file instead of standard output
      --merge <feed.json>    Update this feed: activities are replaced by id (a
                             calendar event keeps its UID as its key), new ones are
                             added, and everything else in it is kept
      --horizon <YYYY-MM-DD> Repeating events are expanded up to this day (default
                             one year from today), at most 200 sessions each
      --lang <nb|nn|en>      Language of the report (default en)

  -h, --help                 Show this help
  -v, --version              Show the version

A feed is read from a file, or fetched when the argument starts with http:// or
https:// (10 s timeout, 2 retries on 5xx/429). DTSTAMP (ics) and the import date
(import) are the current time, or SOURCE_DATE_EPOCH (seconds) when that is set,
for reproducible files.

Exit codes:
  0  validate: every record is valid. ics: the calendar was written. import:
     every event or row was imported and the feed was written.
  1  validate: the feed has invalid records. import: an event or row was left
     out (the rest is still written), or the file could not be imported. Any
     command: a file could not be read, fetched, parsed or written.
  2  Usage error: unknown command or option, missing or malformed argument.
`;

/** Bad command line: reported with a pointer to --help, exit 2. */
class UsageError extends Error {}

/** A failure already explained to the user: exit 1 with this message. */
class CliError extends Error {}

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

function version(): string {
  // src/, out/ and dist/ all sit one level below the package root.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: string};
  return pkg.version ?? 'unknown';
}

function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

interface LoadedDocument {
  readonly json: unknown;
  /** Where the document came from, for messages: the file name or 'GET <url>'. */
  readonly where: string;
}

async function loadDocument(target: string): Promise<LoadedDocument> {
  if (isUrl(target)) {
    // The SDK's own HTTP layer: timeouts, retries and typed, readable errors (status and URL).
    return createTransport('').get(target, {parse: (json, where) => ({json, where})});
  }
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${target}: ${describeFsError(error)}`);
  }
  try {
    return {json: JSON.parse(text.replace(/^\ufeff/, '')), where: target};
  } catch (error) {
    throw new CliError(`${target} is not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
}

/** V8 gives a character offset; an editor wants a line and column. */
function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

function describeFsError(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

function recordLabel(record: RejectedRecord): string {
  return record.id ? `${record.path} (id ${record.id})` : record.path;
}

/** The report's own words around the problems, in the language of `--lang`. */
const reportWords = {
  en: {
    notAFeed: 'not a usable USHT feed', invalid: (n: number) => plural(n, 'invalid record', 'invalid records'), valid: 'valid',
    warnings: 'Warnings (the records are still valid):', empty: 'The feed holds no collections.', summary: 'Summary:',
    counts: (valid: number, total: number, invalid: number) => `${valid} of ${total} valid${invalid ? `, ${invalid} invalid` : ''}`,
  },
  nb: {
    notAFeed: 'ikke en brukbar USHT-feed', invalid: (n: number) => plural(n, 'ugyldig post', 'ugyldige poster'), valid: 'gyldig',
    warnings: 'Advarsler (postene er likevel gyldige):', empty: 'Feeden har ingen samlinger.', summary: 'Oppsummering:',
    counts: (valid: number, total: number, invalid: number) => `${valid} av ${total} gyldige${invalid ? `, ${invalid} ugyldige` : ''}`,
  },
  nn: {
    notAFeed: 'ikkje ein brukande USHT-feed', invalid: (n: number) => plural(n, 'ugyldig post', 'ugyldige postar'), valid: 'gyldig',
    warnings: 'Åtvaringar (postane er likevel gyldige):', empty: 'Feeden har ingen samlingar.', summary: 'Oppsummering:',
    counts: (valid: number, total: number, invalid: number) => `${valid} av ${total} gyldige${invalid ? `, ${invalid} ugyldige` : ''}`,
  },
} satisfies Record<WordingLanguage, unknown>;

function printReport(where: string, report: FeedReport, lang: WordingLanguage): void {
  const words = reportWords[lang];
  if (report.envelope.length > 0) {
    out(`${where}: ${words.notAFeed}\n`);
    for (const issue of report.envelope) out(`  ${formatIssue(issue)}\n`);
    return;
  }
  if (report.rejected.length > 0) {
    out(`${where}: ${words.invalid(report.rejected.length)}\n`);
    for (const record of report.rejected) {
      out(`\n${recordLabel(record)}\n`);
      for (const issue of record.issues) out(`  ${formatIssue(issue)}\n`);
    }
    out('\n');
  } else {
    out(`${where}: ${words.valid}\n`);
  }
  if (report.warnings.length > 0) {
    out(`${words.warnings}\n`);
    for (const warning of report.warnings) out(`  ${formatIssue(warning)}\n`);
  }
  const counts = Object.entries(report.counts);
  if (counts.length === 0) {
    out(`${words.empty}\n`);
    return;
  }
  out(`${words.summary}\n`);
  const width = Math.max(...counts.map(([name]) => name.length));
  for (const [name, count] of counts) {
    out(`  ${name.padEnd(width)}  ${words.counts(count.valid, count.valid + count.rejected, count.rejected)}\n`);
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function validateCommand(positionals: string[], values: Record<string, unknown>): Promise<number> {
  rejectOptions(values, ['output', 'embedded', 'centre', 'priority-area', 'from', 'to', 'name', 'locale', 'merge', 'horizon'], 'validate');
  const target = singleTarget(positionals, 'validate');
  const lang = langOption(values['lang']);
  const {json, where} = await loadDocument(target);
  const report = validateFeed(json, where, {wording: validationWording[lang]});
  printReport(isUrl(target) ? target : where, report, lang);
  return report.ok ? EXIT_OK : EXIT_INVALID;
}

interface CalendarInput {
  readonly activities: readonly Activity[];
  readonly priorityAreas: readonly PriorityArea[];
  readonly sources: readonly Source[];
  readonly rejected: readonly RejectedRecord[];
  readonly where: string;
}

async function loadFeed(target: string): Promise<CalendarInput> {
  const {json, where} = await loadDocument(target);
  const {feed, rejected} = parseFeed(json, where);
  return fromFeed(feed, rejected, isUrl(target) ? target : where);
}

function fromFeed(feed: Feed, rejected: readonly RejectedRecord[], where: string): CalendarInput {
  return {
    activities: feed.activities ?? [],
    priorityAreas: feed.priorityAreas ?? [],
    sources: feed.sources ?? [],
    rejected,
    where,
  };
}

async function loadEmbedded(): Promise<CalendarInput> {
  const {embeddedSource} = await import('./sources/embedded.js');
  const source = embeddedSource();
  const [activities, priorityAreas, sources] = await Promise.all([
    source.activities(), source.priorityAreas(), source.sources(),
  ]);
  return {
    activities: activities.items,
    priorityAreas: priorityAreas.items,
    sources: sources.items,
    rejected: [...activities.rejected, ...priorityAreas.rejected, ...sources.rejected],
    where: 'embedded data',
  };
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function dateOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DATE.test(value)) throw new UsageError(`--${name} expects a date YYYY-MM-DD`);
  return value;
}

const LOCALES: readonly ICSLocale[] = ['nb', 'nn', 'en', 'se'];

/** `--lang`: the language problems are worded in; English unless asked. */
function langOption(value: unknown): WordingLanguage {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && (wordingLanguages as readonly string[]).includes(value)) return value as WordingLanguage;
  throw new UsageError(`--lang expects one of ${wordingLanguages.join(', ')}`);
}

function now(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

async function icsCommand(positionals: string[], values: Record<string, unknown>): Promise<number> {
  rejectOptions(values, ['merge', 'horizon', 'lang'], 'ics');
  const embedded = values['embedded'] === true;
  if (embedded && positionals.length > 0) throw new UsageError('ics takes either a feed or --embedded, not both');
  const target = embedded ? undefined : singleTarget(positionals, 'ics');
  const query: ActivityQuery = {
    from: dateOption('from', values['from']),
    to: dateOption('to', values['to']),
    centreId: values['centre'] as string | undefined,
    priorityAreaId: values['priority-area'] as string | undefined,
  };
  if (query.from && query.to && query.from > query.to) throw new UsageError('--from is after --to');
  const locale = values['locale'] as string | undefined;
  if (locale !== undefined && !LOCALES.includes(locale as ICSLocale)) {
    throw new UsageError(`--locale expects one of ${LOCALES.join(', ')}`);
  }

  const input = target === undefined ? await loadEmbedded() : await loadFeed(target);
  for (const record of input.rejected) {
    err(`usht: skipped invalid record ${recordLabel(record)}\n`);
    for (const issue of record.issues) err(`  ${formatIssue(issue)}\n`);
  }
  warnUnknownFilter('centre', query.centreId, input.activities.flatMap((a) => [a.centreId, ...(a.centreIds ?? [])]));
  warnUnknownFilter('priority-area', query.priorityAreaId, [...input.priorityAreas.map((p) => p.id), ...input.activities.flatMap((a) => a.priorityAreaIds)]);
  const activities = input.activities.filter((a) => matchesActivity(a, query)).sort(compareActivities);
  const calendar = toICS(activities, {
    now: now(),
    locale: (locale as ICSLocale | undefined) ?? 'nb',
    ...(typeof values['name'] === 'string' ? {calendarName: values['name']} : {}),
    priorityAreas: input.priorityAreas,
    sources: input.sources,
  });

  const output = values['output'] as string | undefined;
  if (output === undefined || output === '-') {
    out(calendar);
  } else {
    try {
      writeFileSync(output, calendar);
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${describeFsError(error)}`);
    }
  }
  const skipped = input.rejected.filter((r) => r.path.startsWith('activities[')).length;
  err(`usht: ${plural(activities.length, 'activity', 'activities')} from ${input.where}` +
    `${skipped ? ` (${skipped} invalid skipped)` : ''}` +
    `${output && output !== '-' ? ` written to ${output}` : ''}\n`);
  return EXIT_OK;
}

const CENTRE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `usht import`: a centre's calendar, spreadsheet or feed → a USHT feed (pretty JSON), new or
 * merged into `--merge`. The same code as the activity editor (`@usht/sdk/import`).
 */
async function importCommand(positionals: string[], values: Record<string, unknown>): Promise<number> {
  rejectOptions(values, ['embedded', 'priority-area', 'from', 'to', 'name', 'locale'], 'import');
  if (positionals.length === 0) throw new UsageError('import needs a calendar (.ics), CSV or feed (.json) file');
  if (positionals.length > 1) throw new UsageError(`import takes one file, got ${positionals.length}`);
  const target = positionals[0] as string;
  if (isUrl(target)) throw new UsageError('import reads a file: download the calendar first (a subscription link gives the .ics file)');
  const centre = values['centre'];
  if (centre === undefined) throw new UsageError('import needs --centre <id>: the centre whose activities these are');
  if (typeof centre !== 'string' || !CENTRE_ID.test(centre)) throw new UsageError('--centre expects a centre id in kebab-case (a-z, 0-9, -)');
  const horizon = dateOption('horizon', values['horizon']);
  const lang = langOption(values['lang']);
  const mergeTarget = values['merge'] as string | undefined;
  const output = values['output'] as string | undefined;

  const {embeddedSource} = await import('./sources/embedded.js');
  const source = embeddedSource();
  const [centres, areas] = await Promise.all([source.centres(), source.priorityAreas()]);
  warnUnknownFilter('centre', centre, centres.items.map((c) => c.id));

  let base: Feed | undefined;
  if (mergeTarget !== undefined) {
    const {json, where} = await loadDocument(mergeTarget);
    const report = validateFeed(json, where, {wording: validationWording[lang]});
    if (!report.ok) {
      const problems = report.envelope.length > 0 ? report.envelope : report.rejected.flatMap((r) => r.issues);
      throw new CliError(`${mergeTarget} is not a valid feed to merge into (run usht validate ${mergeTarget}); nothing was written:\n`
        + problems.slice(0, 5).map((issue) => `  ${formatIssue(issue)}`).join('\n'));
    }
    // The document itself, not the parsed copy: it is valid, and keys a newer schema added survive.
    base = json as Feed;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(target);
  } catch (error) {
    throw new CliError(`cannot read ${target}: ${describeFsError(error)}`);
  }
  const {importFile, importReportWords, mergeActivities} = await import('./import/index.js');
  const result = importFile(basename(target), bytes, {
    centreId: centre,
    locale: lang,
    now: now(),
    ...(horizon ? {horizon} : {}),
    priorityAreas: [...areas.items, ...(base?.priorityAreas ?? [])],
  });
  const words = importReportWords(lang);
  const nothingTaken = result.activities.length === 0 && result.rejected.length > 0;
  if (nothingTaken) {
    err(`usht: ${target}: ${words.taken(0)}\n`);
  } else {
    const merged = mergeActivities(base, result);
    const text = `${JSON.stringify(merged.feed, null, 2)}\n`;
    if (output === undefined || output === '-') out(text);
    else {
      try {
        writeFileSync(output, text);
      } catch (error) {
        throw new CliError(`cannot write ${output}: ${describeFsError(error)}`);
      }
    }
    err(`usht: ${target}: ${words.taken(result.activities.length)} (${words.merged(merged.added.length, merged.updated.length, merged.unchanged.length)})`
      + `${output && output !== '-' ? ` → ${output}` : ''}\n`);
  }
  printImportProblems(result, words);
  return result.rejected.length > 0 ? EXIT_INVALID : EXIT_OK;
}

function printImportProblems(result: ImportResult, words: ImportReportWords): void {
  const where = (problem: ImportProblem) =>
    problem.line !== undefined ? `${words.line(problem.line)}: ` : problem.path !== undefined ? `${problem.path}: ` : '';
  const print = (problem: ImportProblem) => {
    err(`  ${where(problem)}${problem.message}\n`);
    for (const issue of problem.issues ?? []) err(`    ${formatIssue(issue)}\n`);
  };
  if (result.rejected.length > 0) {
    // A row with a wrong date and a wrong time is one row left out, with two reasons.
    const left = new Set(result.rejected.map((problem, index) => problem.line ?? problem.path ?? `#${index}`)).size;
    err(`${words.rejected(left)}\n`);
    result.rejected.forEach(print);
  }
  if (result.warnings.length > 0) {
    err(`${words.warnings(result.warnings.length)}\n`);
    result.warnings.forEach(print);
  }
}

/**
 * An id no record knows is most likely a typo: say so, with the ids there are, instead of quietly
 * writing an empty calendar. Not an error: a centre may simply have no activities in this feed.
 */
function warnUnknownFilter(option: string, id: string | undefined, known: readonly string[]): void {
  if (id === undefined || known.includes(id)) return;
  const ids = [...new Set(known)].sort();
  err(`usht: warning: no record in the data has --${option} ${JSON.stringify(id)}; ${ids.length ? `the ids there are: ${ids.join(', ')}` : 'the data has none'}\n`);
}

function singleTarget(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs a feed file or URL`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one feed, got ${positionals.length}`);
  return positionals[0] as string;
}

function rejectOptions(values: Record<string, unknown>, names: readonly string[], command: string): void {
  const given = names.find((name) => values[name] !== undefined);
  if (given) throw new UsageError(`--${given} is not an option of ${command}`);
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // node:util's messages ("Unknown option '--x'") are clear; its error codes mark them as usage errors.
    return usage(error instanceof Error ? error.message : String(error));
  }
  const {values, positionals} = parsed;
  if (values.help) {
    out(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    out(`${version()}\n`);
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  try {
    if (command === 'validate') return await validateCommand(rest, values);
    if (command === 'ics') return await icsCommand(rest, values);
    if (command === 'import') return await importCommand(rest, values);
    return usage(command === undefined ? 'no command given' : `unknown command '${command}'`);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    if (error instanceof CliError) {
      err(`usht: ${error.message}\n`);
      return EXIT_INVALID;
    }
    if (isUshtError(error)) {
      err(`usht: ${error.message}\n`);
      const issues = (error as {issues?: readonly ValidationIssue[]}).issues ?? [];
      for (const issue of issues.slice(5)) err(`  ${formatIssue(issue)}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'},
      output: {type: 'string', short: 'o'},
      embedded: {type: 'boolean'},
      centre: {type: 'string'},
      'priority-area': {type: 'string'},
      from: {type: 'string'},
      to: {type: 'string'},
      name: {type: 'string'},
      locale: {type: 'string'},
      lang: {type: 'string'},
      merge: {type: 'string'},
      horizon: {type: 'string'},
    },
  });
}

function usage(message: string): number {
  err(`usht: ${message}\nRun 'usht --help' for usage.\n`);
  return EXIT_USAGE;
}

// Exit codes via process.exitCode, not process.exit(), so a large calendar piped to stdout is not cut off.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`usht: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_INVALID;
  },
);
