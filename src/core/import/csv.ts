/**
 * CSV text → rows of fields, each with the line it starts on, by papaparse (quoted commas, quoted
 * newlines, "" escapes, CRLF). Strings parse synchronously with no worker, window or document.
 *
 * This is the only module that imports papaparse, and the pushed server bundle never imports it:
 * the import dialog reads the file into rows in the browser (readCsv) and sends the rows, and the
 * CLI reads files with it in Node (text.ts). Every Sheets recalculation loads the whole server
 * bundle, so a parser only the import uses stays out of it (test/bundle/contents.test.ts).
 */
import Papa from 'papaparse';
import { notCsvText } from './sniff';
import type { CsvRow, CsvTable, ImportError } from './types';

export type { CsvRow, CsvTable } from './types';
export { isImportError } from './types';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the header line: the one it uses most outside quotes. Older Strong exports
 * from Android are semicolon-separated; a guess from the header alone cannot be fooled by notes.
 */
export function sniffDelimiter(firstLine: string): CsvTable['delimiter'] {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: CsvTable['delimiter'] = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function lineBreakChar(text: string): string {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

function countLines(text: string, lineBreak: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let i = text.indexOf(lineBreak); i !== -1; i = text.indexOf(lineBreak, i + 1)) lines++;
  // A final line break ends the last line rather than starting an empty one.
  return text.endsWith(lineBreak) ? lines - 1 : lines;
}

/** Every field of the header line in quotes (Strong's 2025 layout quotes everything). */
function quotedHeader(firstLine: string): boolean {
  return /^"[^"]*"(?:[,;\t]"[^"]*")+$/.test(firstLine.trim());
}

/** Parses CSV text; an unterminated quote is refused with the line it starts on. */
export function parseCsv(input: string): CsvTable | ImportError {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineBreak = lineBreakChar(text);
  const firstLineEnd = text.search(/\r?\n|\r/);
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const delimiter = sniffDelimiter(firstLine);
  const rows: CsvRow[] = [];
  let error: ImportError | null = null;
  // Line numbers: each row starts where the previous one ended (papaparse's cursor), and the
  // line breaks before that offset are counted once, moving forward only.
  let start = 0;
  let scanned = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      for (;;) {
        const i = text.indexOf(lineBreak, scanned);
        if (i === -1 || i >= start) break;
        line++;
        scanned = i + 1;
      }
      const fields = result.data;
      const problem = result.errors.find((e) => e.code === 'MissingQuotes' || e.type === 'Quotes');
      if (problem) {
        error = { line, message: 'a quoted field is never closed (a " with no closing ")' };
        parser.abort();
        return;
      }
      if (!fields.every((f) => f.trim() === '')) rows.push({ line, fields });
      start = result.meta.cursor;
    },
  });
  if (error) return error;
  return {
    delimiter,
    headerQuoted: quotedHeader(firstLine),
    rows,
    lines: countLines(text, lineBreak),
  };
}

/**
 * A file's text as the rows the import reads, or why it cannot be: a file that is no CSV text
 * (a workbook, JSON, UTF-16 read as UTF-8, binary) named as what it is, or the line of a quote
 * never closed. The import dialog runs this in the browser before sending anything; the CLI too.
 */
export function readCsv(text: string): CsvTable | ImportError {
  if (typeof text !== 'string')
    return { line: null, message: 'The file could not be read as text.' };
  const notText = notCsvText(text);
  if (notText) return { line: null, message: notText };
  const table = parseCsv(text);
  if ('message' in table) {
    return { line: table.line, message: `Line ${table.line}: ${table.message}.` };
  }
  return table;
}
