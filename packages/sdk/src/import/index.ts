/**
 * `@usht/sdk/import`: turns the calendars and spreadsheets centres already keep (Outlook, Google,
 * WordPress, Excel) and USHT feeds into validated activities, with every problem named by line
 * and reason in Bokmål, Nynorsk or English. No Node built-ins: the same code runs in the `usht
 * import` command and in a browser editor. A separate entry so ical.js is loaded only by those
 * who import.
 */
export {importICS} from './ics.js';
export {csvColumns, csvTemplate, importCSV, type CsvColumn, type CsvField} from './csv.js';
export {detectDelimiter, parseCSV, type CsvDelimiter, type CsvRecord, type ParsedCsv} from './csv-parse.js';
export {importFeed} from './feed.js';
export {detectImportFormat, importFile} from './file.js';
export {mergeActivities, type MergeResult} from './merge.js';
export {
  importLocale, importLocales, importMessage, importProblemCodes, importReportWords,
  type ImportLocale, type ImportProblemCode, type ImportProblemParams, type ImportReportWords,
} from './messages.js';
export type {PriorityAreaName} from './heuristics.js';
export type {ImportFormat, ImportOptions, ImportProblem, ImportResult} from './types.js';
