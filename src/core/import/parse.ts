/**
 * A Strong, Hevy or log CSV export → its working sets, with every other row counted by reason.
 * A file that cannot be read as a whole (not CSV, an unknown layout, no rows that can be read) is
 * refused with its line and why; a row that cannot be read is listed with its line and why, and
 * the good rows are imported (one bad cell never costs the coach the whole file).
 */
import { type CsvRow, isImportError, parseCsv } from './csv';
import { joinNotes, type RowSet } from './fields';
import { headerIndex } from './headers';
import { keyPart } from './keys';
import { detectLogColumns, loadUnitOfHeader } from './log-columns';
import {
  HEVY_REQUIRED,
  hevyReader,
  logReader,
  missingColumns,
  type Reader,
  STRONG_REQUIRED,
  strongReader,
} from './readers';
import {
  type ExportSet,
  type ImportError,
  type ParseResult,
  SKIP_REASON_TEXT,
  type SkipCounts,
  type SkipReason,
} from './types';

const refuse = (line: number | null, message: string): ParseResult => ({
  ok: false,
  error: { line, message },
});

const EXPECTED =
  'Expected a Strong export (Date, Exercise Name, Set Order, Weight, Reps, …), a Hevy export ' +
  '(start_time, exercise_title, set_index, set_type, weight_kg or weight_lbs, reps, …) or a log ' +
  'with Date, Exercise, Load (or Weight) and Reps columns.';

function chooseReader(header: CsvRow, decimalComma: boolean): Reader | ImportError {
  const labels = header.fields.map((f) => f.trim());
  const index = headerIndex(labels);
  const width = labels.length;
  if (index.has('exercise title') || index.has('set type')) {
    const missing = missingColumns(index, HEVY_REQUIRED);
    if (missing.length > 0) {
      return {
        line: header.line,
        message: `This looks like a Hevy export but it has no ${missing.join(', ')} column.`,
      };
    }
    return hevyReader(index, width, decimalComma);
  }
  if (index.has('exercise name') || index.has('set order')) {
    const missing = missingColumns(index, STRONG_REQUIRED);
    if (missing.length > 0) {
      return {
        line: header.line,
        message: `This looks like a Strong export but it has no ${missing.join(', ')} column.`,
      };
    }
    return strongReader(index, width, decimalComma);
  }
  const columns = detectLogColumns(labels);
  if (
    columns.date !== undefined &&
    columns.exercise !== undefined &&
    columns.reps !== undefined &&
    columns.load !== undefined
  ) {
    return logReader(columns, labels, width, loadUnitOfHeader(labels, columns));
  }
  const found = labels.filter((l) => l !== '').slice(0, 12);
  return {
    line: header.line,
    message: `This file's layout is not one I can import. ${EXPECTED} Found: ${found.join(', ') || 'no column names'}.`,
  };
}

function checkWidth(row: CsvRow, width: number): string | null {
  const n = row.fields.length;
  if (n < width) return `this row has ${n} fields but the header has ${width}`;
  // Trailing empty fields (a stray delimiter at the end of a line) are harmless.
  if (n > width && row.fields.slice(width).some((f) => f.trim() !== '')) {
    return `this row has ${n} fields but the header has ${width}`;
  }
  return null;
}

/** Log rows have no set order: number a day's rows of one exercise 1, 2, 3 in file order. */
function numberLogSets(sets: RowSet[]): RowSet[] {
  const seen = new Map<string, number>();
  return sets.map((set) => {
    const block = [set.athlete ?? '', set.day, set.exercise].map(keyPart).join('|');
    const n = (seen.get(block) ?? 0) + 1;
    seen.set(block, n);
    return { ...set, setOrder: String(n) };
  });
}

/**
 * An app that lists one exercise twice in a workout restarts its set numbers, so two sets can
 * share a key: the later one gets "#2", "#3". Deterministic in file order, so a re-import matches.
 */
function uniqueOrders(sets: RowSet[]): RowSet[] {
  const seen = new Map<string, number>();
  return sets.map((set) => {
    const key = [set.athlete ?? '', set.workoutStart, set.exercise, set.setOrder]
      .map(keyPart)
      .join('|');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? set : { ...set, setOrder: `${set.setOrder}#${n}` };
  });
}

/** Hevy repeats the exercise's notes on every set: keep them on its first set only. */
function tidyNotes(sets: RowSet[], line: readonly number[]): ExportSet[] {
  const noted = new Set<string>();
  return sets.map((set, i) => {
    const block = [set.athlete ?? '', set.workoutStart, set.exercise, set.exerciseNote]
      .map(keyPart)
      .join('|');
    const first = !noted.has(block);
    noted.add(block);
    return {
      line: line[i] ?? 0,
      athlete: set.athlete,
      workoutStart: set.workoutStart,
      day: set.day,
      exercise: set.exercise,
      setOrder: set.setOrder,
      load: set.load,
      unit: set.unit,
      reps: set.reps,
      sets: set.sets,
      notes: joinNotes(first ? set.exerciseNote : '', set.setNote),
      ...(set.bodyweight ? { bodyweight: set.bodyweight } : {}),
    };
  });
}

function emptyCounts(): Record<SkipReason, number> {
  const counts = {} as Record<SkipReason, number>;
  for (const reason of Object.keys(SKIP_REASON_TEXT) as SkipReason[]) counts[reason] = 0;
  return counts;
}

export function parseExport(text: string): ParseResult {
  if (typeof text !== 'string') return refuse(null, 'The file could not be read as text.');
  const table = parseCsv(text);
  if (isImportError(table)) return refuse(table.line, `Line ${table.line}: ${table.message}.`);
  const [header, ...data] = table.rows;
  if (!header) return refuse(null, 'The file is empty.');
  const reader = chooseReader(header, table.delimiter === ';');
  if (isImportError(reader)) return { ok: false, error: reader };
  const skipped = emptyCounts();
  let sets: RowSet[] = [];
  const lines: number[] = [];
  const bad: ImportError[] = [];
  for (const row of data) {
    const widthProblem = checkWidth(row, reader.width);
    if (widthProblem) {
      bad.push({ line: row.line, message: `Line ${row.line}: ${widthProblem}.` });
      continue;
    }
    const reading = reader.read(row.fields);
    if (reading.kind === 'error') {
      bad.push({ line: row.line, message: `Line ${row.line}: ${reading.message}.` });
    } else if (reading.kind === 'skip') skipped[reading.reason]++;
    else {
      sets.push(reading.set);
      lines.push(row.line);
    }
  }
  // Nothing readable at all: the file is refused with its first bad row, as before.
  if (sets.length === 0 && bad.length > 0) {
    const first = bad[0] as ImportError;
    const others = bad.length - 1;
    const more =
      others > 0
        ? ` The other ${others === 1 ? 'row' : `${others} rows`} could not be read either.`
        : '';
    return refuse(first.line, `${first.message}${more}`);
  }
  if (reader.format === 'log') sets = numberLogSets(sets);
  const exportSets = tidyNotes(uniqueOrders(sets), lines);
  const needs: ('athlete' | 'unit')[] = [];
  if (exportSets.some((s) => s.athlete === null)) needs.push('athlete');
  if (exportSets.some((s) => s.unit === null)) needs.push('unit');
  const counts: SkipCounts = skipped;
  return {
    ok: true,
    parsed: {
      format: reader.format,
      formatLabel: reader.label,
      sets: exportSets,
      skipped: counts,
      dataRows: data.length,
      lines: table.lines,
      needs,
      bad,
    },
  };
}
