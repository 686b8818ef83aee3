/** One entry for a file a user picked or named: decides the format, decodes, and hands over. */
import {ImportContext} from './context.js';
import {hasKnownHeading, importCSV} from './csv.js';
import {importFeed} from './feed.js';
import {importICS} from './ics.js';
import type {ImportFormat, ImportOptions, ImportResult} from './types.js';

const extensions: Readonly<Record<string, ImportFormat>> = {
  ics: 'ics', ical: 'ics', icalendar: 'ics', ifb: 'ics',
  csv: 'csv', tsv: 'csv', txt: 'csv',
  json: 'feed',
};

/**
 * The format of a file: its content when that says so (BEGIN:VCALENDAR, a JSON object), otherwise
 * its extension, otherwise a heading line of our CSV layout; undefined when none fits.
 */
export function detectImportFormat(name: string, content: string | Uint8Array): ImportFormat | undefined {
  const head = (typeof content === 'string' ? content.slice(0, 4096) : new TextDecoder('utf-8').decode(content.subarray(0, 4096)))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{')) return 'feed';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const byName = extension ? extensions[extension] : undefined;
  if (byName) return byName;
  return hasKnownHeading(head.split(/\r\n|\n|\r/, 1)[0] ?? '') ? 'csv' : undefined;
}

/**
 * Imports a file by its name and content (the bytes a file input or `readFile` gives, or text).
 * Calendar and feed files must be UTF-8 (RFC 5545 §3.1.4; RFC 8259 §8.1); CSV is checked by
 * `importCSV`, which explains how to save as UTF-8 in Excel.
 */
export function importFile(name: string, content: string | Uint8Array, options: ImportOptions): ImportResult {
  const withName: ImportOptions = {...options, fileName: options.fileName ?? name.split(/[\\/]/).pop() ?? name};
  if (typeof content !== 'string' && content.includes(0)) return new ImportContext('csv', withName).failed('not-text', {});
  const format = detectImportFormat(name, content);
  if (format === undefined) return new ImportContext('csv', withName).failed('unknown-format', {});
  if (format === 'csv') return importCSV(content, withName);
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(content);
    } catch {
      return new ImportContext(format, withName).failed('file-not-utf8', {});
    }
  }
  return format === 'ics' ? importICS(text, withName) : importFeed(text, withName);
}
