/**
 * The rows the import dialog sends the server, as one JSON text: the file is read into rows in
 * the browser (csv.ts), and the server reads the export from the rows (parse.ts), so no CSV
 * parser is in the server bundle that every Sheets recalculation loads. The text goes up in 64 KB
 * chunks with checksums (chunks.ts) like any other; the server checks its shape before reading a
 * row of it.
 *
 *   {"v":1,"delimiter":",","headerQuoted":false,"lines":12,"rows":[[1,"Date","Exercise",…],…]}
 *
 * Each row is its 1-based starting line followed by its fields. In the real exports of
 * test/fixtures/realdata the JSON is 1.06–1.49 times the file's characters (quotes around each
 * field, the line numbers), so a 20 MB file stays far inside the chunks an upload may have
 * (test/core/import/payload.test.ts).
 */
import type { CsvRow, CsvTable } from './types';

export const ROWS_PAYLOAD_VERSION = 1;

const DELIMITERS: readonly string[] = [',', ';', '\t'];

export function rowsPayload(table: CsvTable): string {
  return JSON.stringify({
    v: ROWS_PAYLOAD_VERSION,
    delimiter: table.delimiter,
    headerQuoted: table.headerQuoted,
    lines: table.lines,
    rows: table.rows.map((r) => [r.line, ...r.fields]),
  });
}

const DAMAGED =
  "The file's rows arrived in a form the add-on cannot read. Please choose the file and import again.";

/**
 * The rows back from the payload's text, or a plain message when it is not one: not JSON, another
 * version, a line that is not a whole number after the one before it, or a field that is not text.
 */
export function tableOfPayload(text: string): CsvTable | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return DAMAGED;
  }
  if (typeof data !== 'object' || data === null) return DAMAGED;
  const d = data as Record<string, unknown>;
  const lines = d.lines;
  if (
    d.v !== ROWS_PAYLOAD_VERSION ||
    typeof d.delimiter !== 'string' ||
    !DELIMITERS.includes(d.delimiter) ||
    typeof d.headerQuoted !== 'boolean' ||
    typeof lines !== 'number' ||
    !Number.isInteger(lines) ||
    lines < 0 ||
    !Array.isArray(d.rows)
  ) {
    return DAMAGED;
  }
  const rows: CsvRow[] = [];
  let previous = 0;
  for (const row of d.rows as unknown[]) {
    if (!Array.isArray(row) || row.length < 2) return DAMAGED;
    const line = row[0];
    if (typeof line !== 'number' || !Number.isInteger(line) || line <= previous) {
      return DAMAGED;
    }
    for (let i = 1; i < row.length; i++) if (typeof row[i] !== 'string') return DAMAGED;
    rows.push({ line, fields: row.slice(1) as string[] });
    previous = line;
  }
  return {
    delimiter: d.delimiter as CsvTable['delimiter'],
    headerQuoted: d.headerQuoted,
    rows,
    lines,
  };
}
