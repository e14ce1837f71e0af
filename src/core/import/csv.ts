/**
 * CSV text → rows of fields, each with the line it starts on, by papaparse (quoted commas, quoted
 * newlines, "" escapes, CRLF). Strings parse synchronously with no worker, window or document, so
 * this runs unchanged in Apps Script's plain V8, in Node and in the browser.
 */
import Papa from 'papaparse';
import type { ImportError } from './types';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted newline makes a row span several lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly delimiter: ',' | ';' | '\t';
  /** Non-blank rows, header first. */
  readonly rows: readonly CsvRow[];
  /** Physical lines in the text (a final line break does not start a new line). */
  readonly lines: number;
}

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

/** Parses CSV text; an unterminated quote is refused with the line it starts on. */
export function parseCsv(input: string): CsvTable | ImportError {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineBreak = lineBreakChar(text);
  const firstLineEnd = text.search(/\r?\n|\r/);
  const delimiter = sniffDelimiter(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));
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
  return { delimiter, rows, lines: countLines(text, lineBreak) };
}

export const isImportError = (value: unknown): value is ImportError =>
  typeof value === 'object' && value !== null && 'message' in value && 'line' in value;
