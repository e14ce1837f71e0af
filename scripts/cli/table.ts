/**
 * A CSV file → a log table for analyzeLog, with the file line each table row starts on. Two
 * sources: our own log layout (papaparse, every row as written, blank lines kept so fill-down
 * stops where the coach's blank rows are) and Strong/Hevy exports (the import core picks the
 * working sets and counts what it skipped). Line numbers always point at the original file, so a
 * coach can find a row in their editor even when notes span several lines or Hevy lists the
 * newest workout first.
 */
import Papa from 'papaparse';
import { plainLoad, plainLoadUnit } from '../../src/core/cell-numbers';
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
import { detectLogHeader, type LogRows } from '../../src/core/log';
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
  /** Header row first, as analyzeLog reads it: one row at a time (see TableRows). */
  readonly rows: TableRows;
  /** The same rows as an array per row, made when first asked for (other scripts and tests). */
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

export interface CsvRows {
  readonly rows: string[][];
  readonly lines: number[];
}

/** A table's rows one at a time (LogRows), with the file line each starts on. */
export interface TableRows extends LogRows {
  /** The 1-based file line where row i starts. */
  readonly lines: readonly number[];
  row(index: number): readonly CellValue[];
}

/** Rows kept as arrays (an export's table, a file with quotes). */
function arrayRows(rows: readonly (readonly CellValue[])[], lines: readonly number[]): TableRows {
  return { length: rows.length, lines, row: (index) => rows[index] as readonly CellValue[] };
}

/**
 * Rows kept as columns: an array of cell texts per column and the number of cells of each row.
 * A big log's 100,000 row arrays would each live until the analysis ends, copied by every
 * scavenge of the young heap on the way; a column is one array, allocated once outside it.
 * `row(i)` fills and returns one array per width, the same on every call.
 */
class ColumnRows implements TableRows {
  private readonly scratch: string[][] = [];

  constructor(
    private readonly columns: readonly string[][],
    private readonly widths: Int32Array,
    readonly lines: readonly number[],
  ) {}

  get length(): number {
    return this.widths.length;
  }

  row(index: number): readonly string[] {
    const width = this.widths[index] as number;
    let row = this.scratch[width];
    if (row === undefined) {
      row = new Array<string>(width).fill('');
      this.scratch[width] = row;
    }
    for (let j = 0; j < width; j++) row[j] = (this.columns[j] as string[])[index] as string;
    return row;
  }
}

/** Every row as its own array (a copy of each, for callers that keep rows). */
function rowArrays(rows: LogRows): string[][] {
  const out: string[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = [...rows.row(i)] as string[];
  return out;
}

/** How much text papaparse looks at to guess the line break (its `guessLineEndings`). */
const LINE_BREAK_SAMPLE = 1024 * 1024;
/** How many rows papaparse parses to guess the delimiter (its `guessDelimiter`'s preview). */
const DELIMITER_SAMPLE_ROWS = 10;

/**
 * A file with no quote character, read as papaparse reads it, without its cost on a big log.
 * With no quote, papaparse's parser splits the text at its line break and each line at its
 * delimiter ("fast mode"), so every row is one line; what costs is guessing the delimiter, which
 * splits the whole text once per candidate delimiter. Here papaparse guesses both from as much
 * text as it looks at (the first 1 MB for the line break, the first 10 rows for the delimiter), and
 * the split is done once. Repeated cells (dates, names, loads) share one string. Null when the
 * text has a quote, or a second byte-order mark (papaparse strips one more), or is empty (no rows
 * at all to papaparse): parseRows reads those.
 */
function quoteFreeRows(text: string): TableRows | null {
  if (text === '' || text.includes('"') || text.charCodeAt(0) === 0xfeff) return null;
  const head = text.length > LINE_BREAK_SAMPLE ? text.slice(0, LINE_BREAK_SAMPLE) : text;
  const linebreak = Papa.parse<string[]>(head, { delimiter: ',', preview: 1 }).meta.linebreak;
  let end = -1;
  for (let row = 0; row <= DELIMITER_SAMPLE_ROWS; row++) {
    end = text.indexOf(linebreak, end + 1);
    if (end === -1) break;
  }
  const sample = end === -1 ? text : text.slice(0, end);
  const { delimiter } = Papa.parse<string[]>(sample, {
    newline: linebreak as '\n' | '\r' | '\r\n',
    preview: DELIMITER_SAMPLE_ROWS,
  }).meta;
  return delimiter.length === 1 &&
    (linebreak === '\n' || linebreak === '\r' || linebreak === '\r\n')
    ? (scannedColumns(text, linebreak, delimiter) ?? splitRows(text, linebreak, delimiter))
    : splitRows(text, linebreak, delimiter);
}

/**
 * Room for 8,192 distinct texts before the table grows: more than a log has, so the scan, once
 * optimised, never meets the growing code it has not run yet (which would throw it back to the
 * interpreter while it is recompiled).
 */
const INITIAL_SLOTS = 1 << 14;

/**
 * The distinct cell texts of a file, each made once: a cell is looked up by its place in the text
 * and a hash of its characters, so the thousands of repeats of a date, a name or a load become
 * the one string of their text without a string being cut out for each cell.
 */
class CellTexts {
  private hashes = new Int32Array(INITIAL_SLOTS);
  private texts: (string | undefined)[] = new Array(INITIAL_SLOTS).fill(undefined);
  private count = 0;

  constructor(private readonly text: string) {}

  /** text.slice(start, end), whose characters hash to `hash` (cellHash). */
  of(start: number, end: number, hash: number): string {
    const length = end - start;
    if (length === 0) return '';
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (;;) {
      const known = this.texts[slot];
      // The next slot is worked out on every look-up, not only after a collision: code the scan
      // has not run yet when it is optimised throws it back to the interpreter when first run.
      const next = (slot + 1) & mask;
      if (known === undefined) {
        const made = this.text.slice(start, end);
        this.texts[slot] = made;
        this.hashes[slot] = hash;
        if (++this.count * 2 > this.hashes.length) this.grow();
        return made;
      }
      if (
        this.hashes[slot] === hash &&
        known.length === length &&
        this.text.startsWith(known, start)
      ) {
        return known;
      }
      slot = next;
    }
  }

  private grow(): void {
    const { hashes, texts } = this;
    const size = hashes.length * 2;
    const mask = size - 1;
    this.hashes = new Int32Array(size);
    this.texts = new Array(size).fill(undefined);
    for (let i = 0; i < texts.length; i++) {
      const known = texts[i];
      if (known === undefined) continue;
      const hash = hashes[i] as number;
      let slot = hash & mask;
      while (this.texts[slot] !== undefined) slot = (slot + 1) & mask;
      this.texts[slot] = known;
      this.hashes[slot] = hash;
    }
  }
}

/** More cells than a log has columns: such a file is read as rows (a column per cell would be big). */
const MAX_COLUMNS = 64;

/**
 * text.split(linebreak), each line .split(delimiter), in one pass over the characters, kept as
 * columns (ColumnRows): a one-character delimiter and papaparse's line breaks (\n, \r, \r\n; in
 * \r\n text a lone \r or \n is part of its cell, as split leaves it). Null when a line has more
 * than MAX_COLUMNS cells.
 */
function scannedColumns(text: string, linebreak: string, delimiter: string): ColumnRows | null {
  // As many rows as split makes: one more than the line breaks.
  let rowCount = 1;
  for (
    let at = text.indexOf(linebreak);
    at !== -1;
    at = text.indexOf(linebreak, at + linebreak.length)
  ) {
    rowCount++;
  }
  const cut = delimiter.charCodeAt(0);
  const crlf = linebreak === '\r\n';
  const lineEnd = linebreak.charCodeAt(0);
  const cells = new CellTexts(text);
  const columns: string[][] = [];
  const widths = new Int32Array(rowCount);
  let row = 0;
  let count = 0;
  let start = 0;
  let hash = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i === n ? lineEnd : text.charCodeAt(i);
    const endsLine = c === lineEnd && (i === n || !crlf || text.charCodeAt(i + 1) === 10);
    if (c === cut || endsLine) {
      if (count === MAX_COLUMNS) return null;
      let column = columns[count];
      if (column === undefined) {
        column = new Array<string>(rowCount);
        columns[count] = column;
      }
      column[row] = cells.of(start, i, hash);
      count++;
      start = i + 1;
      hash = 0;
      if (endsLine) {
        widths[row++] = count;
        count = 0;
        if (crlf) {
          i++;
          start++;
        }
      }
    } else hash = (Math.imul(hash, 31) + c) | 0;
  }
  const lines: number[] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) lines[i] = i + 1;
  return new ColumnRows(columns, widths, lines);
}

/** The same rows by String.split, for any delimiter and line break. */
function splitRows(text: string, linebreak: string, delimiter: string): TableRows {
  const texts = text.split(linebreak);
  const rows: string[][] = new Array(texts.length);
  const lines: number[] = new Array(texts.length);
  const shared = new Map<string, string>();
  let above: readonly string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const fields = (texts[i] as string).split(delimiter);
    for (let j = 0; j < fields.length; j++) {
      const field = fields[j] as string;
      // Most often the cell above (a session's date, an athlete, an exercise's sets).
      const up = above[j];
      if (field === up) {
        fields[j] = up;
        continue;
      }
      const same = shared.get(field);
      if (same === undefined) shared.set(field, field);
      else fields[j] = same;
    }
    rows[i] = fields;
    lines[i] = i + 1;
    above = fields;
  }
  return arrayRows(rows, lines);
}

/**
 * Every row with the line it starts on. Papaparse's step cursor is where the next row starts,
 * so counting line breaks up to it gives each row's line even across quoted line breaks.
 */
export function parseRows(text: string): CsvRows | string {
  const table = parseTable(text);
  return typeof table === 'string' ? table : { rows: rowArrays(table), lines: [...table.lines] };
}

/** parseRows as TableRows: columns for a file without quotes, else papaparse's rows. */
function parseTable(text: string): TableRows | string {
  const quoteFree = quoteFreeRows(text);
  if (quoteFree !== null) return quoteFree;
  const stepped = steppedRows(text);
  return typeof stepped === 'string' ? stepped : arrayRows(stepped.rows, stepped.lines);
}

/** parseRows by papaparse's step mode, for any text (exported for the test comparing both). */
export function steppedRows(text: string): CsvRows | string {
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

function firstRow(rows: LogRows): readonly string[] {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.row(i) as readonly string[];
    if (row.some((cell) => cell.trim() !== '')) return [...row];
  }
  return [];
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
  const values = header ? [header, ...rows] : [];
  return {
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    file: { app: parsed.format, label: parsed.formatLabel, layout: parsed.layout },
    unitDecision: decision,
    rows: arrayRows(values, lines),
    values,
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
function logUnit(rows: LogRows, request: TableRequest): FileUnit {
  const header = detectLogHeader(rows);
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
  let lastSample: LoadSample | null = null;
  // A big log repeats the same few unit texts: read each once (loads: the shared number reader).
  const unitOf = new Map<CellValue, ReturnType<typeof parseUnit>>();
  // Consecutive rows most often repeat a load (an exercise's sets): read it once for them.
  let lastCell: CellValue | undefined;
  let lastValue = 0;
  let lastIsBare = false;
  for (let i = header.row + 1; i < rows.length; i++) {
    const row = rows.row(i);
    const cell = load === undefined ? undefined : row[load];
    if (cell !== lastCell || i === header.row + 1) {
      // Evidence only from a readable load that does not say its unit and is more than 0.
      let value = plainLoad(cell);
      let written: Unit | null = null;
      let readable = true;
      if (!Number.isNaN(value)) written = plainLoadUnit(cell);
      else {
        const parsed = parseLoad(cell);
        if (parsed === null || isInvalid(parsed)) readable = false;
        else {
          value = parsed.value;
          written = parsed.unit;
        }
      }
      lastCell = cell;
      lastValue = value;
      lastIsBare = readable && written === null && !(value <= 0);
    }
    if (!lastIsBare) continue;
    const value = lastValue;
    const unitCell = unitColumn === undefined ? null : row[unitColumn];
    let stated = unitOf.get(unitCell);
    if (stated === undefined) {
      stated = parseUnit(unitCell);
      unitOf.set(unitCell, stated);
    }
    if (stated === 'kg' || stated === 'lb') continue;
    const name = exercise === undefined ? '' : cellText(row[exercise]);
    // An exercise's sets repeat their load: one sample object for the run (inferUnit only reads).
    if (lastSample === null || lastSample.load !== value || lastSample.exercise !== name) {
      lastSample = { exercise: name, load: value };
    }
    bare.push(lastSample);
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
  const rows = parseTable(body);
  if (typeof rows === 'string') return rows;
  if (isAppExport(firstRow(rows))) return exportTable(text, request);
  const unitDecision = logUnit(rows, request);
  let values: string[][] | null = null;
  return {
    format: 'log',
    formatLabel: 'log',
    file: { app: 'log', label: 'log', layout: 'log layout (Date, Exercise, Load, Reps, …)' },
    unitDecision,
    rows,
    get values() {
      values ??= rowArrays(rows);
      return values;
    },
    lines: rows.lines,
    unit: unitDecision.unit,
    defaultAthlete: request.athlete,
    notes: [],
  };
}
