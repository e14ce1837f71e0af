/**
 * A CSV export's text → its working sets, for the CLI and tests in Node: the file read into rows
 * (csv.ts, papaparse) and the rows read as an export (parse.ts, as the add-on reads the rows the
 * import dialog sends). Not exported from the import index, which the server bundle imports.
 */
import { readCsv } from './csv';
import { readExport } from './parse';
import { isImportError, type ParseResult } from './types';

export function parseExport(text: string): ParseResult {
  const table = readCsv(text);
  if (isImportError(table)) return { ok: false, error: table };
  return readExport(table);
}
