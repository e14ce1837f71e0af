/**
 * A Strong, Hevy or log CSV export, already read into rows (csv.ts: in the import dialog, or the
 * CLI), → its working sets, with every other row counted by reason. A file that cannot be read as
 * a whole (an unknown layout, no rows that can be read) is refused with its line and why; a row
 * that cannot be read is listed with its line and why, and the good rows are imported (one bad
 * cell never costs the coach the whole file). No CSV parser here: the server bundle imports this.
 */
import { displayLoad, inferUnit, poundsBehind, tidyNumber } from '../unit-evidence';
import type { Unit } from '../units';
import { APP_NAMES, type Detected, detectApp } from './detect';
import { joinNotes, type RowReading, type RowSet, rowError } from './fields';
import { keyPart } from './keys';
import { detectLogColumns, loadUnitOfHeader } from './log-columns';
import { hevyReader, logReader, type Reader, rowPerSetReader, strongReader } from './readers';
import {
  type CsvRow,
  type CsvTable,
  type ExportSet,
  type ImportError,
  isImportError,
  type ParseResult,
  SKIP_REASON_TEXT,
  type SkipCounts,
  type SkipReason,
  type UnitDecision,
} from './types';

const refuse = (line: number | null, message: string): ParseResult => ({
  ok: false,
  error: { line, message },
});

const EXPECTED =
  'Expected an export from Strong (Date, Exercise Name, Set Order, Weight, Reps, … in any of its ' +
  'languages), Hevy (start_time, exercise_title, set_index, weight_kg or weight_lbs, reps, …), ' +
  'FitNotes (Date, Exercise, Category, Weight, Reps, …), Fitbod (Date, Exercise, Reps, ' +
  'Weight(kg), …, isWarmup, multiplier) or a log with Date, Exercise, Load (or Weight) and Reps ' +
  'columns.';

const DELIMITER_WORDS: Readonly<Record<string, string>> = {
  ',': 'comma-separated',
  ';': 'semicolon-separated',
  '\t': 'tab-separated',
};

interface Chosen {
  readonly reader: Reader;
  readonly layout: string;
  readonly headerUnit: Unit | null;
  readonly unitColumn: boolean;
  /** Text columns a stray comma may have split, in the order to try joining them back. */
  readonly textColumns: readonly number[];
}

function appLabel(detected: Detected): string {
  if (detected.app === 'hevy') return `Hevy (${detected.weightUnit ?? 'kg'})`;
  return APP_NAMES[detected.app];
}

function chooseReader(header: CsvRow, delimiter: string, quoted: boolean): Chosen | ImportError {
  const labels = header.fields.map((f) => f.trim());
  const width = labels.length;
  const decimalComma = delimiter === ';';
  const separated = `${DELIMITER_WORDS[delimiter] ?? 'delimited'}${quoted ? ', every field quoted' : ''}`;
  const detected = detectApp(labels);
  if (detected) {
    const name = APP_NAMES[detected.app];
    if (detected.missing.length > 0) {
      const what = detected.missing.map((m) => `"${m}"`).join(', ');
      return {
        line: header.line,
        message: `This looks like a ${name} export (${detected.layout}) but it has no ${what} column${detected.missing.length === 1 ? '' : 's'}, which ${name} files always have. Export it again from ${name} without editing it, or add the column.`,
      };
    }
    const layout = {
      columns: detected.columns,
      language: detected.language,
      labels,
      weightUnit: detected.weightUnit,
      width,
      decimalComma,
      format: detected.app,
      label: appLabel(detected),
    };
    const reader =
      detected.app === 'strong'
        ? strongReader(layout)
        : detected.app === 'hevy'
          ? hevyReader(layout)
          : rowPerSetReader(layout);
    const c = detected.columns;
    return {
      reader,
      layout: `${detected.layout}; ${separated}`,
      headerUnit: detected.weightUnit,
      unitColumn: c.weightUnit !== undefined,
      textColumns: [c.exercise, c.workout, c.category, c.notes, c.workoutNotes].filter(
        (i): i is number => i !== undefined,
      ),
    };
  }
  const columns = detectLogColumns(labels);
  if (
    columns.date !== undefined &&
    columns.exercise !== undefined &&
    columns.reps !== undefined &&
    columns.load !== undefined
  ) {
    const headerUnit = loadUnitOfHeader(labels, columns);
    return {
      reader: logReader(columns, labels, width, headerUnit),
      layout: `log layout; ${separated}`,
      headerUnit,
      unitColumn: columns.unit !== undefined,
      textColumns: [columns.exercise, columns.athlete, columns.notes].filter(
        (i): i is number => i !== undefined,
      ),
    };
  }
  const found = labels.filter((l) => l !== '').slice(0, 12);
  return {
    line: header.line,
    message: `This file's layout is not one I can import. ${EXPECTED} Found: ${found.join(', ') || 'no column names'}.`,
  };
}

const balanced = (text: string): boolean =>
  (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);

/**
 * A row with more fields than the header: an unquoted comma inside a text (FitNotes writes
 * "Overhead Press (Each Side, Dumbbells)" unquoted) split one column in two. Join the pieces
 * back in the text column where that reads as a set — first where it also closes a bracket.
 */
function rejoin(
  fields: readonly string[],
  chosen: Chosen,
  delimiter: string,
): { reading: RowReading; text: string } | null {
  const extra = fields.length - chosen.reader.width;
  let fallback: { reading: RowReading; text: string } | null = null;
  for (const column of chosen.textColumns) {
    const text = fields.slice(column, column + extra + 1).join(delimiter);
    const joined = [...fields.slice(0, column), text, ...fields.slice(column + extra + 1)];
    const reading = chosen.reader.read(joined);
    if (reading.kind === 'error') continue;
    if (balanced(text) && text.includes('(')) return { reading, text };
    fallback ??= { reading, text };
  }
  return fallback;
}

function widthMessage(row: CsvRow, width: number, delimiter: string, name: string): string {
  const n = row.fields.length;
  const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  if (n > width) {
    const near = row.fields.slice(0, width + 1).find((f) => /[a-z]/i.test(f)) ?? '';
    return `Line ${row.line}: this row has ${n} fields where the header has ${width}: an unquoted ${sep === '","' ? 'comma' : sep} inside a text${near ? ` (near "${near.trim().slice(0, 30)}")` : ''} shifts the columns after it. Put that text in quotes or remove the ${sep === '","' ? 'comma' : 'separator'}, or export the file again from ${name}.`;
  }
  return `Line ${row.line}: this row has ${n} fields where the header has ${width}: it is cut short (a line break inside a text that is not quoted, or a damaged file). Export the file again from ${name}.`;
}

function tooWide(row: CsvRow, width: number): boolean {
  // Trailing empty fields (a stray delimiter at the end of a line) are harmless.
  return row.fields.length > width && row.fields.slice(width).some((f) => f.trim() !== '');
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

/**
 * Loads as the athlete saw them: float noise off (74.99999999999999 → 75, at most two decimals), and a kilo value that
 * is an exact conversion of pounds (Fitbod and Strong store kg; 22.6796185 = 50 lb) read back as
 * the pounds it was logged in, so a coach never sees 61.23492.
 */
function tidyLoads(
  sets: ExportSet[],
  assumeKg: boolean,
): { sets: ExportSet[]; readBack: number; example: string } {
  let readBack = 0;
  let example = '';
  const tidy = sets.map((set) => {
    const kg = set.unit === 'kg' || (set.unit === null && assumeKg);
    const lb = kg ? poundsBehind(set.load) : null;
    if (lb !== null) {
      readBack++;
      if (example === '') example = `${tidyNumber(set.load)} kg = ${lb} lb`;
      return { ...set, load: lb, unit: 'lb' as const };
    }
    // Float noise (74.99999999999999, a float32 67.4800033569336) off: two decimals at most.
    const load = displayLoad(tidyNumber(set.load));
    return load === set.load ? set : { ...set, load };
  });
  return { sets: tidy, readBack, example };
}

function unitDecision(chosen: Chosen, all: readonly ExportSet[]): UnitDecision {
  // Bodyweight sets (no load) need no unit.
  const sets = all.filter((s) => s.load > 0);
  const bare = sets.filter((s) => s.unit === null);
  const stated = sets.length - bare.length;
  const name = chosen.reader.label;
  if (bare.length === 0 && stated > 0) {
    if (chosen.unitColumn) {
      const kg = sets.filter((s) => s.unit === 'kg').length;
      const lb = stated - kg;
      const unit = lb > kg ? 'lb' : 'kg';
      const mixed = kg > 0 && lb > 0 ? ` (kg on ${kg} sets, lb on ${lb})` : '';
      return { unit, decidedBy: 'unit column', how: `each row's unit column says it${mixed}` };
    }
    const unit = chosen.headerUnit ?? (sets[0]?.unit as Unit);
    return {
      unit,
      decidedBy: 'header',
      how: chosen.headerUnit
        ? `the weight column's header says ${chosen.headerUnit}`
        : `the loads say their unit`,
    };
  }
  if (sets.length === 0) {
    return {
      unit: chosen.headerUnit,
      decidedBy: chosen.headerUnit ? 'header' : 'undecided',
      how: 'no loaded sets',
    };
  }
  const inferred = inferUnit(bare);
  const doesNotSay = `this ${name} file does not say kg or lb`;
  if (inferred.unit === null) {
    return { unit: null, decidedBy: 'undecided', how: `${doesNotSay}, and ${inferred.how}` };
  }
  return { unit: inferred.unit, decidedBy: 'numbers', how: `${doesNotSay}; ${inferred.how}` };
}

/** The export's rows (header first, each with its line) → its sets, or why it cannot be read. */
export function readExport(table: CsvTable): ParseResult {
  const [header, ...data] = table.rows;
  if (!header) return refuse(null, 'The file is empty.');
  const chosen = chooseReader(header, table.delimiter, table.headerQuoted);
  if (isImportError(chosen)) return { ok: false, error: chosen };
  const reader = chosen.reader;
  const name = reader.label.replace(/ \(.*\)$/, '');
  const skipped = emptyCounts();
  let sets: RowSet[] = [];
  const lines: number[] = [];
  const rejoined: { line: number; text: string }[] = [];
  // A row that cannot be read is listed (line and why) and left out; the good rows are kept.
  const bad: ImportError[] = [];
  const badRow = (line: number, message: string) => bad.push({ line, message });
  for (const row of data) {
    let reading: RowReading;
    if (row.fields.length < reader.width) {
      badRow(row.line, widthMessage(row, reader.width, table.delimiter, name));
      continue;
    }
    reading = tooWide(row, reader.width) ? rowError('too wide') : reader.read(row.fields);
    if (reading.kind === 'error' && row.fields.length > reader.width) {
      // More fields than the header, and they do not read as they stand: a stray separator.
      const joined = rejoin(row.fields, chosen, table.delimiter);
      if (joined === null) {
        badRow(row.line, widthMessage(row, reader.width, table.delimiter, name));
        continue;
      }
      reading = joined.reading;
      rejoined.push({ line: row.line, text: joined.text });
    }
    if (reading.kind === 'error') badRow(row.line, `Line ${row.line}: ${reading.message}.`);
    else if (reading.kind === 'skip') skipped[reading.reason]++;
    else if (reading.kind === 'sets') {
      for (const set of reading.sets) {
        sets.push(set);
        lines.push(row.line);
      }
    } else {
      sets.push(reading.set);
      lines.push(row.line);
    }
  }
  // Nothing readable at all: the file is refused with its first bad row.
  if (sets.length === 0 && bad.length > 0) {
    const first = bad[0] as ImportError;
    const others = bad.length - 1;
    const more =
      others > 0
        ? ` The other ${others === 1 ? 'row' : `${others} rows`} could not be read either.`
        : '';
    return refuse(first.line, `${first.message}${more}`);
  }
  if (reader.format === 'log' || reader.format === 'fitnotes' || reader.format === 'fitbod') {
    sets = numberLogSets(sets);
  }
  const read = tidyNotes(uniqueOrders(sets), lines);
  const first = unitDecision(chosen, read);
  const tidy = tidyLoads(read, first.decidedBy === 'numbers' && first.unit === 'kg');
  let unit = unitDecision(chosen, tidy.sets);
  if (tidy.readBack > 0) {
    unit = {
      unit: first.unit,
      decidedBy: first.decidedBy,
      how: `${first.how}; ${tidy.readBack} loads are exact conversions of pounds (${tidy.example}) and are read as the pounds they were logged in`,
    };
  }
  const exportSets = tidy.sets;
  const needs: ('athlete' | 'unit')[] = [];
  if (exportSets.some((s) => s.athlete === null)) needs.push('athlete');
  if (unit.unit === null && exportSets.some((s) => s.unit === null && s.load > 0)) {
    needs.push('unit');
  }
  const counts: SkipCounts = skipped;
  return {
    ok: true,
    parsed: {
      format: reader.format,
      formatLabel: reader.label,
      layout: chosen.layout,
      unit,
      rejoined,
      sets: exportSets,
      skipped: counts,
      dataRows: data.length,
      lines: table.lines,
      needs,
      bad,
    },
  };
}
