/**
 * A small RFC 4180 reader: fields in double quotes may hold the delimiter, line breaks and doubled
 * quotes (`""` → `"`), as Excel writes them. Lenient where Excel files are: a quote inside an
 * unquoted field is kept as a character, and CRLF, LF or a lone CR end a record.
 */

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** 1-based physical line the record starts on (a quoted field may run over several). */
  readonly line: number;
  readonly fields: string[];
}

export interface ParsedCsv {
  readonly delimiter: CsvDelimiter;
  readonly records: CsvRecord[];
  /** Line of a quoted field that never closes; the records before it are complete. */
  readonly unclosedQuoteLine?: number;
}

/**
 * The delimiter of the heading line: the one of `;` `,` and tab it holds most of, outside quotes.
 * Norwegian Excel writes `;` (comma is the decimal sign), English Excel `,`; a tie goes to `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = {';': 0, ',': 0, '\t': 0};
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export function parseCSV(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): ParsedCsv {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStart = true;
  const length = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({line: recordLine, fields});
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let i = 0; i < length; i++) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      inQuotes = true;
      quoteLine = line;
      fieldStart = false;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (inQuotes) return {delimiter, records, unclosedQuoteLine: quoteLine};
  // A last record without a line break; a file ending in one adds no empty record.
  if (field !== '' || fields.length > 0) endRecord();
  return {delimiter, records};
}
