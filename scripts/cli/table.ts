/**
 * A CSV file → a log table for analyzeLog, with the file line each table row starts on. Two
 * sources: our own log layout (papaparse, every row as written, blank lines kept so fill-down
 * stops where the coach's blank rows are) and Strong/Hevy exports (the import core picks the
 * working sets and counts what it skipped). Line numbers always point at the original file, so a
 * coach can find a row in their editor even when notes span several lines or Hevy lists the
 * newest workout first.
 */
import Papa from 'papaparse';
import { detectHeader } from '../../src/core/headers';
import {
  describeSkipped,
  type ExportFormat,
  exportAsLogTable,
  readingNotes,
  toSetRecords,
} from '../../src/core/import';
import { detectApp } from '../../src/core/import/detect';
import { notCsvText } from '../../src/core/import/sniff';
import { parseExport } from '../../src/core/import/text';
import { isInvalid } from '../../src/core/result';
import { inferUnit, type LoadSample } from '../../src/core/unit-evidence';
import { parseUnit, type Unit } from '../../src/core/units';
import { type CellValue, cellText, parseLoad } from '../../src/core/values';

/** What the file was read as: the app and layout detected. */
export interface FileFormat {
  /** strong, hevy, fitnotes, fitbod or log. */
  readonly app: ExportFormat;
  /** "Strong", "Hevy (lb)", "log". */
  readonly label: string;
  /** The layout in plain words: "2025 layout (…); semicolon-separated, every field quoted". */
  readonly layout: string;
}

/**
 * The unit bare weights were read in and how that was decided: the file said it (its header or a
 * unit column), the numbers did (how says what they show), the coach did (--unit), or nothing
 * did — then the weights are read as kg and every output says so.
 */
export interface FileUnit {
  readonly unit: Unit;
  readonly decidedBy: 'header' | 'unit column' | 'cells' | 'numbers' | 'coach' | 'undecided';
  readonly how: string;
}

export interface LogTable {
  readonly format: ExportFormat;
  /** "Strong", "Hevy (lb)", "log" — for the readable output. */
  readonly formatLabel: string;
  readonly file: FileFormat;
  readonly unitDecision: FileUnit;
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

/** A header with an app's signature (Strong in any language, Hevy, FitNotes, Fitbod). */
function isAppExport(header: readonly string[]): boolean {
  return detectApp(header.map((h) => h.trim())) !== null;
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

const UNDECIDED_NOTE = 'pass --unit kg or --unit lb to say which';

function exportTable(text: string, request: TableRequest): LogTable | string {
  const result = parseExport(text);
  if (!result.ok) return result.error.message;
  const parsed = result.parsed;
  // The add-on imports the good rows and lists the bad; analysing a file, a bad row stops it
  // with its line and reason, so every number printed comes from the whole file.
  const bad = parsed.bad[0];
  if (bad) return bad.message;
  const notes: string[] = [];
  const stated = parsed.unit.decidedBy === 'header' || parsed.unit.decidedBy === 'unit column';
  let decision: FileUnit;
  if (stated) {
    decision = {
      unit: parsed.unit.unit ?? 'kg',
      decidedBy: parsed.unit.decidedBy as 'header' | 'unit column',
      how: parsed.unit.how,
    };
    if (request.unit !== null && request.unit !== decision.unit) {
      notes.push(
        `This ${parsed.formatLabel} export says its weights are in ${decision.unit}: --unit ${request.unit} is ignored.`,
      );
    }
  } else if (request.unit !== null) {
    const how =
      parsed.unit.unit !== null && parsed.unit.unit !== request.unit
        ? `although the numbers suggested ${parsed.unit.unit}: ${parsed.unit.how}`
        : `you said ${request.unit}`;
    decision = { unit: request.unit, decidedBy: 'coach', how };
  } else if (parsed.unit.unit !== null) {
    decision = { unit: parsed.unit.unit, decidedBy: 'numbers', how: parsed.unit.how };
  } else {
    decision = {
      unit: 'kg',
      decidedBy: 'undecided',
      how: `${parsed.unit.how}: read as kg; ${UNDECIDED_NOTE}`,
    };
  }
  const unit = decision.unit;
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
  notes.push(...readingNotes(parsed));
  return {
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    file: { app: parsed.format, label: parsed.formatLabel, layout: parsed.layout },
    unitDecision: decision,
    values: header ? [header, ...rows] : [],
    lines,
    unit,
    defaultAthlete: athlete,
    notes,
  };
}

/**
 * The unit of a log's bare loads: the load header's ("Weight (lb)"), the unit column's or the
 * cells' own, else what the numbers show, else the coach's --unit, else undecided (kg).
 */
function logUnit(values: readonly (readonly CellValue[])[], request: TableRequest): FileUnit {
  const header = detectHeader(values);
  if (isInvalid(header)) {
    return request.unit !== null
      ? { unit: request.unit, decidedBy: 'coach', how: `you said ${request.unit}` }
      : {
          unit: 'kg',
          decidedBy: 'undecided',
          how: `no load column: read as kg; ${UNDECIDED_NOTE}`,
        };
  }
  if (header.loadUnit) {
    return {
      unit: header.loadUnit,
      decidedBy: 'header',
      how: `the load column's header says ${header.loadUnit}`,
    };
  }
  const { load, unit: unitColumn, exercise } = header.columns;
  const bare: LoadSample[] = [];
  for (const row of values.slice(header.row + 1)) {
    const cell = load === undefined ? undefined : row[load];
    const parsed = parseLoad(cell);
    if (parsed === null || isInvalid(parsed) || parsed.unit !== null || parsed.value <= 0) continue;
    const stated = unitColumn === undefined ? null : parseUnit(row[unitColumn]);
    if (stated === 'kg' || stated === 'lb') continue;
    bare.push({
      exercise: exercise === undefined ? '' : cellText(row[exercise]),
      load: parsed.value,
    });
  }
  if (request.unit !== null) {
    return { unit: request.unit, decidedBy: 'coach', how: `you said ${request.unit}` };
  }
  if (bare.length === 0) {
    return {
      unit: 'kg',
      decidedBy: unitColumn === undefined ? 'cells' : 'unit column',
      how:
        unitColumn === undefined
          ? 'every load says its unit'
          : "each row's unit column or load says its unit",
    };
  }
  const inferred = inferUnit(bare);
  if (inferred.unit !== null) {
    return {
      unit: inferred.unit,
      decidedBy: 'numbers',
      how: `the log does not say kg or lb for ${bare.length} loads; ${inferred.how}`,
    };
  }
  return {
    unit: 'kg',
    decidedBy: 'undecided',
    how: `the log does not say kg or lb, and ${inferred.how}: read as kg; ${UNDECIDED_NOTE}`,
  };
}

/** The file's text as a log table, or a plain-words reason it cannot be one. */
export function readTable(text: string, request: TableRequest): LogTable | string {
  const notText = notCsvText(text);
  if (notText) return notText;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return 'the file is empty.';
  const csv = parseRows(body);
  if (typeof csv === 'string') return csv;
  if (isAppExport(firstRow(csv.rows))) return exportTable(text, request);
  const unitDecision = logUnit(csv.rows, request);
  return {
    format: 'log',
    formatLabel: 'log',
    file: { app: 'log', label: 'log', layout: 'log layout (Date, Exercise, Load, Reps, …)' },
    unitDecision,
    values: csv.rows,
    lines: csv.lines,
    unit: unitDecision.unit,
    defaultAthlete: request.athlete,
    notes: [],
  };
}
