/**
 * A CSV file → a log table for analyzeLog, with the file line each table row starts on. Two
 * sources: our own log layout (papaparse, every row as written, blank lines kept so fill-down
 * stops where the coach's blank rows are) and Strong/Hevy exports (the import core picks the
 * working sets and counts what it skipped). Line numbers always point at the original file, so a
 * coach can find a row in their editor even when notes span several lines or Hevy lists the
 * newest workout first.
 */
import Papa from 'papaparse';
import {
  describeSkipped,
  type ExportFormat,
  exportAsLogTable,
  parseExport,
  toSetRecords,
} from '../../src/core/import';
import type { Unit } from '../../src/core/units';
import type { CellValue } from '../../src/core/values';

export interface LogTable {
  readonly format: ExportFormat;
  /** "Strong", "Hevy (lb)", "log" — for the readable output. */
  readonly formatLabel: string;
  /** Header row first, as analyzeLog reads it. */
  readonly values: readonly (readonly CellValue[])[];
  /** The 1-based file line where values[i] starts. */
  readonly lines: readonly number[];
  /** Unit of bare numbers in the table. */
  readonly unit: Unit;
  /** Name for rows without an athlete. */
  readonly defaultAthlete: string | null;
  /** Things the coach should know about how the file was read. */
  readonly notes: readonly string[];
}

export interface TableRequest {
  /** The file's name as given, for an export's athlete. */
  readonly fileName: string;
  readonly unit: Unit | null;
  readonly athlete: string | null;
}

const normalise = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Hevy names its columns exercise_title and set_type; only Strong has Set Order. A coach's own
 * log with an "Exercise name" column stays a log.
 */
function isAppExport(header: readonly string[]): boolean {
  const labels = new Set(header.map(normalise));
  return labels.has('exercise title') || labels.has('set type') || labels.has('set order');
}

/** "runs/ben-strong.csv" → "ben-strong". */
export function athleteFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const name = base.replace(/\.[^.]*$/, '').trim();
  return name === '' ? 'Athlete' : name;
}

interface CsvRows {
  readonly rows: string[][];
  readonly lines: number[];
}

/**
 * Every row with the line it starts on. Papaparse's step cursor is where the next row starts,
 * so counting line breaks up to it gives each row's line even across quoted line breaks.
 */
function parseRows(text: string): CsvRows | string {
  const rows: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  let broken: number | null = null;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const linebreak = result.meta.linebreak || '\n';
      rows.push(result.data);
      lines.push(line);
      if (broken === null && result.errors.some((e) => e.code === 'MissingQuotes')) broken = line;
      const end = result.meta.cursor;
      let i = text.indexOf(linebreak, start);
      while (i !== -1 && i < end) {
        line++;
        i = text.indexOf(linebreak, i + linebreak.length);
      }
      start = end;
    },
  });
  if (broken !== null) {
    return `line ${broken} opens a quoted field that is never closed, so the file cannot be read as CSV.`;
  }
  return { rows, lines };
}

function firstRow(rows: readonly string[][]): readonly string[] {
  return rows.find((r) => r.some((cell) => cell.trim() !== '')) ?? [];
}

function exportTable(text: string, request: TableRequest): LogTable | string {
  const result = parseExport(text);
  if (!result.ok) return result.error.message;
  const parsed = result.parsed;
  // The add-on imports the good rows and lists the bad; analysing a file, a bad row stops it
  // with its line and reason, so every number printed comes from the whole file.
  const bad = parsed.bad[0];
  if (bad) return bad.message;
  const notes: string[] = [];
  const fileUnit = parsed.sets.find((s) => s.unit !== null)?.unit ?? null;
  const needsUnit = parsed.needs.includes('unit');
  let unit: Unit;
  if (needsUnit) {
    unit = request.unit ?? 'kg';
    if (request.unit === null) {
      notes.push(
        `This ${parsed.formatLabel} export does not say its unit: weights are read as kg (pass --unit lb if they are pounds).`,
      );
    }
  } else {
    unit = fileUnit ?? request.unit ?? 'kg';
    if (fileUnit !== null && request.unit !== null && request.unit !== fileUnit) {
      notes.push(
        `This ${parsed.formatLabel} export says its weights are in ${fileUnit}: --unit ${request.unit} is ignored.`,
      );
    }
  }
  const athlete = request.athlete ?? athleteFromFileName(request.fileName);
  const records = toSetRecords(parsed, { athlete, unit });
  const table = exportAsLogTable(parsed, { athlete, unit });
  if (!records.ok || !table.ok) return `This ${parsed.formatLabel} export could not be read.`;

  // exportAsLogTable puts sets in calendar order; each row's import key finds its file line.
  const linesOfKey = new Map<string, number[]>();
  for (const set of records.sets) {
    const list = linesOfKey.get(set.key);
    if (list) list.push(set.line);
    else linesOfKey.set(set.key, [set.line]);
  }
  const [header, ...rows] = table.values;
  const lines = [1];
  for (const row of rows) {
    const key = String(row[row.length - 1] ?? '');
    lines.push(linesOfKey.get(key)?.shift() ?? 0);
  }
  notes.push(
    `${parsed.formatLabel} export: ${records.sets.length} working sets read, ${describeSkipped(parsed.skipped)}.`,
  );
  return {
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    values: header ? [header, ...rows] : [],
    lines,
    unit,
    defaultAthlete: athlete,
    notes,
  };
}

/** The file's text as a log table, or a plain-words reason it cannot be one. */
export function readTable(text: string, request: TableRequest): LogTable | string {
  if (text.includes('\u0000')) return 'this is not a CSV text file (it holds binary data).';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return 'the file is empty.';
  const csv = parseRows(body);
  if (typeof csv === 'string') return csv;
  if (isAppExport(firstRow(csv.rows))) return exportTable(text, request);
  return {
    format: 'log',
    formatLabel: 'log',
    values: csv.rows,
    lines: csv.lines,
    unit: request.unit ?? 'kg',
    defaultAthlete: request.athlete,
    notes: [],
  };
}
