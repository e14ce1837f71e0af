/**
 * Reading a training log: the header row, then every row as an entry or as a problem saying why it
 * could not be used. Bad cells never throw and never vanish silently.
 */
import { type BodyweightLookup, fillBodyweights, readRoster } from './bodyweight';
import {
  plainBodyweightKg,
  plainLoad,
  plainLoadUnit,
  plainReps,
  plainSetsWritten,
} from './cell-numbers';
import {
  type Classification,
  classify,
  isNotLifting,
  takesAssistance,
  totalLoad,
} from './classify';
import { type CalendarDay, isTimeZone, parseDay } from './dates';
import { estimateOneRepMax } from './formulas';
import { detectHeader, HEADER_SEARCH_ROWS, roleOfHeader } from './headers';
import type {
  ColumnRole,
  LogColumns,
  LogEntry,
  LogHeader,
  LogOptions,
  Problem,
  ReadLog,
} from './model';
import { type Invalid, invalid, isInvalid } from './result';
import { fromKg, parseUnit, toKg, type Unit } from './units';
import {
  type CellValue,
  cellText,
  isBlank,
  parseLoad,
  parseNumber,
  parseReps,
  parseSets,
  shorten,
  writesSeveralSets,
} from './values';

export { detectHeader } from './headers';

/** The same few exercise names repeat on thousands of rows: classify each once. */
function exerciseNamer(): (written: string) => Classification {
  const cache = new Map<string, Classification>();
  // Consecutive rows are most often the same exercise's sets.
  let lastWritten = '';
  let last: Classification | null = null;
  return (written) => {
    if (written === lastWritten && last !== null) return last;
    let known = cache.get(written);
    if (!known) {
      known = classify(written);
      cache.set(written, known);
    }
    lastWritten = written;
    last = known;
    return known;
  };
}

/** Date cells repeat per set (same text, same instant): parse each distinct one once. */
function dayReader(timeZone: string): (cell: CellValue) => CalendarDay | null | Invalid {
  const byText = new Map<string, CalendarDay | null | Invalid>();
  const byInstant = new Map<number, CalendarDay | null | Invalid>();
  let lastText: string | null = null;
  let lastDay: CalendarDay | null | Invalid = null;
  return (cell) => {
    if (cell instanceof Date) {
      const ms = cell.getTime();
      let day = byInstant.get(ms);
      if (day === undefined) {
        day = parseDay(cell, timeZone);
        byInstant.set(ms, day);
      }
      return day;
    }
    if (typeof cell !== 'string') return parseDay(cell, timeZone);
    // Consecutive rows are most often one session's.
    if (cell === lastText) return lastDay;
    let day = byText.get(cell);
    if (day === undefined) {
      day = parseDay(cell, timeZone);
      byText.set(cell, day);
    }
    lastText = cell;
    lastDay = day;
    return day;
  };
}

/** Exercise and load cells repeat on thousands of rows: decide once per text whether it is a header word. */
function headerRoles(): (cell: CellValue) => ColumnRole | undefined {
  // null: the text names no role (one look-up per cell, not a has and a get).
  const cache = new Map<string, ColumnRole | null>();
  return (cell) => {
    if (typeof cell !== 'string') return undefined;
    let role = cache.get(cell);
    if (role === undefined) {
      role = roleOfHeader(cell) ?? null;
      cache.set(cell, role);
    }
    return role ?? undefined;
  };
}

/** A header row repeated further down (pasted blocks, printed pages): its cells are role names. */
function isRepeatedHeader(
  row: readonly CellValue[],
  columns: LogColumns,
  roleOf: (cell: CellValue) => ColumnRole | undefined,
): boolean {
  return (
    columns.exercise !== undefined &&
    columns.load !== undefined &&
    roleOf(row[columns.load]) === 'load' &&
    roleOf(row[columns.exercise]) === 'exercise'
  );
}

function rowIsBlank(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

const text = (row: readonly CellValue[], column: number | undefined): string =>
  column === undefined ? '' : cellText(row[column]);

type MutableEntry = { -readonly [K in keyof LogEntry]: LogEntry[K] };

/** What reading rows needs: the columns, the caches, and the cells filled down from above. */
interface Reader {
  readonly columns: LogColumns;
  readonly loadUnit: Unit | undefined;
  readonly options: LogOptions;
  readonly firstLine: number;
  readonly defaultAthlete: string;
  readonly readBodyweightCell: boolean;
  readonly nameOf: (written: string) => Classification;
  readonly dayOf: (cell: CellValue) => CalendarDay | null | Invalid;
  readonly athleteOf: Map<string, string>;
  lastDate: CellValue;
  lastAthlete: string;
  lastExercise: string;
}

/** A bodyweight cell: bare numbers without the general parser. */
function loadOf(cell: CellValue, what = 'load'): ReturnType<typeof parseLoad> {
  return typeof cell === 'number' && cell >= 0 && Number.isFinite(cell)
    ? { value: cell, unit: null }
    : parseLoad(cell, what);
}

/** A row's load, sets and reps: one per set written in its cells ("6/5/5" is three). */
interface RowSet {
  readonly value: number;
  readonly unit: Unit | null;
  readonly reps: number;
  readonly sets: number;
}

/**
 * The load and reps cells as sets, or the plain-words reason they cannot be read: one set or the
 * several a row writes. readRow reads the plain rows (a plain count and a plain load or none)
 * itself; this reads the rest.
 */
function rowSets(
  row: readonly CellValue[],
  r: Reader,
  negative: boolean,
  loadCell: CellValue,
  repsCell: CellValue,
): RowSet | RowSet[] | string {
  // Most rows of a big log: a plain rep count and a plain load or none, read by the shared number
  // readers (each distinct text once, no object per cell). They give a number exactly where the
  // general parsers below give that number and the row writes one set; NaN sends the row below.
  let loadValue = 0;
  let loadUnit: Unit | null = null;
  const several = writesSeveralSets(loadCell, repsCell) ? parseSets(loadCell, repsCell) : null;
  if (isInvalid(several)) return several.invalid;
  const needsRowLoad = several === null || several.some((s) => s.load === null);
  if (needsRowLoad) {
    if (typeof loadCell === 'number' && loadCell >= 0 && Number.isFinite(loadCell)) {
      loadValue = loadCell;
    } else {
      const load = parseLoad(loadCell, 'load', negative);
      if (isInvalid(load)) return load.invalid;
      if (load) {
        loadValue = load.value;
        loadUnit = load.unit;
      }
    }
  }
  if (several !== null) {
    return several.map((s) => ({
      value: s.load?.value ?? loadValue,
      unit: s.load ? s.load.unit : loadUnit,
      reps: s.reps,
      sets: s.sets,
    }));
  }
  let repCount = 0;
  let setsWritten: number | null = null;
  if (typeof repsCell === 'number' && repsCell >= 0 && Number.isInteger(repsCell)) {
    repCount = repsCell;
  } else {
    const reps = parseReps(repsCell);
    if (isInvalid(reps)) return reps.invalid;
    if (reps) {
      repCount = reps.reps;
      setsWritten = reps.sets;
    }
  }
  return setsOf(row, r, loadValue, loadUnit, repCount, setsWritten);
}

/** A row's one set: the sets its reps cell wrote ("3x5"), else its sets column's, else 1. */
function setsOf(
  row: readonly CellValue[],
  r: Reader,
  value: number,
  unit: Unit | null,
  reps: number,
  setsWritten: number | null,
): RowSet | string {
  const sets = setCount(row, r, setsWritten);
  return typeof sets === 'string' ? sets : { value, unit, reps, sets };
}

/** The sets of a row's one set: its reps cell's ("3x5"), else its sets column's, else 1. */
function setCount(
  row: readonly CellValue[],
  r: Reader,
  setsWritten: number | null,
): number | string {
  if (setsWritten !== null || r.columns.sets === undefined) return setsWritten ?? 1;
  const written = parseNumber(row[r.columns.sets], 'sets');
  if (isInvalid(written)) return written.invalid;
  if (written === null) return 1;
  if (!Number.isInteger(written) || written < 1) {
    return `sets ${written} is not a whole number of sets`;
  }
  return written;
}

/** What a row's entries share: everything but the set. */
interface RowRead {
  readonly index: number;
  readonly athlete: string;
  readonly exercise: Classification;
  readonly exerciseAsWritten: string;
  readonly day: CalendarDay;
  readonly sheetUnit: Unit;
  readonly bodyweightKg: number | null;
  readonly notes: string;
}

function entryOf(row: RowRead, set: RowSet, r: Reader): MutableEntry {
  return newEntry(
    r,
    row.index,
    row.athlete,
    row.exercise,
    row.exerciseAsWritten,
    row.day,
    set.unit ?? row.sheetUnit,
    set.value,
    set.reps,
    set.sets,
    row.bodyweightKg,
    row.notes,
  );
}

/** An entry from its parts, `unit` being the set's own or else the sheet's. */
function newEntry(
  r: Reader,
  index: number,
  athlete: string,
  exercise: Classification,
  exerciseAsWritten: string,
  day: CalendarDay,
  unit: Unit,
  value: number,
  reps: number,
  sets: number,
  bodyweightKg: number | null,
  notes: string,
): MutableEntry {
  const loadKg = toKg(totalLoad(exercise, value, unit), unit);
  return {
    index,
    line: index + r.firstLine,
    athlete,
    exercise: exercise.name,
    exerciseAsWritten,
    pattern: exercise.pattern,
    region: exercise.region,
    recognised: exercise.recognised,
    notLifting: isNotLifting(exercise),
    day: day.day,
    dayNumber: day.dayNumber,
    loadKg,
    unit,
    reps,
    sets,
    // Bodyweight-only and assisted work has no meaningful 1RM: its best is judged by load and reps.
    e1rmKg: loadKg > 0 ? estimateOneRepMax(loadKg, reps, r.options.formula) : null,
    bodyweightKg,
    notes,
  };
}

/**
 * One non-blank row as its entries (bodyweight settled later), added to `entries`: one per set
 * written in its cells, usually one. Or the plain-words reason it cannot be used.
 */
function readRow(
  row: readonly CellValue[],
  index: number,
  r: Reader,
  entries: MutableEntry[],
): string | null {
  const { columns } = r;
  const ownExercise = text(row, columns.exercise);
  const exerciseAsWritten = ownExercise || r.lastExercise;
  const dateCell = columns.date === undefined ? '' : row[columns.date];
  const dateBlank = isBlank(dateCell);
  const dateGiven = dateBlank ? r.lastDate : dateCell;
  let athlete = r.defaultAthlete;
  if (columns.athlete !== undefined) {
    const written = text(row, columns.athlete);
    let name = r.athleteOf.get(written);
    if (name === undefined) {
      name = written.replace(/\s+/g, ' ');
      r.athleteOf.set(written, name);
    }
    athlete = name || r.lastAthlete;
    if (name) r.lastAthlete = name;
  }
  const loadCell = columns.load === undefined ? '' : row[columns.load];
  const repsCell = columns.reps === undefined ? '' : row[columns.reps];
  if (ownExercise) r.lastExercise = ownExercise;
  if (!dateBlank) r.lastDate = dateCell;

  if (!exerciseAsWritten) return 'no exercise name';
  if (!ownExercise && isBlank(loadCell) && isBlank(repsCell)) return 'no exercise, load or reps';
  if (!athlete) return 'no athlete name';
  const day = r.dayOf(dateGiven);
  if (day === null) return 'date is missing';
  if (isInvalid(day)) return day.invalid;
  const exercise = r.nameOf(exerciseAsWritten);
  // Most rows of a big log: a plain rep count and a plain load or none, read by the shared number
  // readers (each distinct text once, no object per cell). They give a number exactly where the
  // general parsers (rowSets) give that number and the row writes one set; NaN sends the row there.
  let plainValue = Number.NaN;
  let plainUnit: Unit | null = null;
  let plainCount = plainReps(repsCell);
  let plainSets = 0;
  if (!Number.isNaN(plainCount)) {
    const blank = isBlank(loadCell);
    plainValue = blank ? 0 : plainLoad(loadCell);
    if (!Number.isNaN(plainValue)) {
      const counted = setCount(row, r, plainSetsWritten(repsCell) || null);
      if (typeof counted === 'string') return counted;
      plainSets = counted;
      plainUnit = blank ? null : plainLoadUnit(loadCell);
    } else plainCount = Number.NaN;
  }
  const sets = Number.isNaN(plainCount)
    ? rowSets(row, r, takesAssistance(exercise), loadCell, repsCell)
    : null;
  if (typeof sets === 'string') return sets;
  const unitWritten = columns.unit === undefined ? null : parseUnit(row[columns.unit]);
  if (isInvalid(unitWritten)) return unitWritten.invalid;
  const sheetUnit = unitWritten ?? r.loadUnit ?? r.options.unit;
  let bodyweightKg: number | null = null;
  if (r.readBodyweightCell && columns.bodyweight !== undefined) {
    const cell = row[columns.bodyweight];
    // A plain bodyweight by the shared number reader; anything else (blank, 0, invalid) below.
    const plainKg = plainBodyweightKg(cell, sheetUnit);
    if (!Number.isNaN(plainKg)) bodyweightKg = plainKg;
    else {
      const bw = loadOf(cell, 'bodyweight');
      if (isInvalid(bw)) return bw.invalid;
      if (bw !== null) {
        if (bw.value <= 0) return `bodyweight ${shorten(cellText(cell))} is not a bodyweight`;
        bodyweightKg = toKg(bw.value, bw.unit ?? sheetUnit);
      }
    }
  }
  const notes = text(row, columns.notes);
  if (sets === null) {
    entries.push(
      newEntry(
        r,
        index,
        athlete,
        exercise,
        exerciseAsWritten,
        day,
        plainUnit ?? sheetUnit,
        plainValue,
        plainCount,
        plainSets,
        bodyweightKg,
        notes,
      ),
    );
    return null;
  }
  const read: RowRead = {
    index,
    athlete,
    exercise,
    exerciseAsWritten,
    day,
    sheetUnit,
    bodyweightKg,
    notes,
  };
  if (Array.isArray(sets)) for (const set of sets) entries.push(entryOf(read, set, r));
  else entries.push(entryOf(read, sets, r));
  return null;
}

/**
 * A log's rows one at a time, for a caller that keeps its cells in columns rather than an array
 * per row (the CLI on a big file: 100,000 row arrays are most of what the garbage collector copies).
 * `row(i)` may hand back the same array on every call: readLog is done with a row before it asks
 * for the next, and keeps none.
 */
export interface LogRows {
  readonly length: number;
  row(index: number): readonly CellValue[];
}

/** A log as the sheet gives it (an array per row), or its rows one at a time. */
export type LogValues = readonly (readonly CellValue[])[] | LogRows;

/** detectHeader on either form: of rows one at a time, a copy of the first (and one more). */
export function detectLogHeader(values: LogValues): LogHeader | Invalid {
  if (Array.isArray(values)) return detectHeader(values as readonly (readonly CellValue[])[]);
  const rows = values as LogRows;
  const head: CellValue[][] = [];
  for (let i = 0; i < rows.length && i <= HEADER_SEARCH_ROWS; i++) head.push([...rows.row(i)]);
  return detectHeader(head);
}

/**
 * Reads the log. `firstLine` is the sheet row number of values[0], so problems and entries carry
 * the row numbers the coach sees. Blank rows and repeated header rows are skipped quietly; the
 * date, athlete and exercise cells fill down from the row above until a blank row, as coaches
 * write a session's date and an exercise's name once above its sets.
 */
export function readLog(values: LogValues, options: LogOptions, firstLine = 1): ReadLog | Invalid {
  if (!isTimeZone(options.timeZone)) {
    return invalid(`"${options.timeZone}" is not a time zone (e.g. Europe/London)`);
  }
  const table = Array.isArray(values) ? (values as readonly (readonly CellValue[])[]) : null;
  const rows = values as LogRows;
  const detected = detectLogHeader(values);
  if (isInvalid(detected)) return detected;
  const columns: LogColumns = { ...detected.columns, ...options.columns };
  const header: LogHeader = { ...detected, columns };
  if (columns.date === undefined) {
    return invalid('No date column: name a column "Date" so rows can be grouped into sessions');
  }

  const source =
    options.bodyweight ?? (columns.bodyweight !== undefined ? { kind: 'column' as const } : null);
  if (source?.kind === 'column' && columns.bodyweight === undefined) {
    return invalid(
      'No bodyweight column: name a column "Bodyweight" or give bodyweights another way',
    );
  }
  let roster: BodyweightLookup | null = null;
  const rosterProblems: string[] = [];
  if (source?.kind === 'roster') {
    const read = readRoster(source.rows, options.unit, options.timeZone);
    if (isInvalid(read)) return read;
    roster = read.lookup;
    rosterProblems.push(...read.problems);
  }

  const reader: Reader = {
    columns,
    loadUnit: header.loadUnit,
    options,
    firstLine,
    defaultAthlete: options.defaultAthlete ?? 'Athlete',
    readBodyweightCell: source?.kind === 'column',
    nameOf: exerciseNamer(),
    dayOf: dayReader(options.timeZone),
    athleteOf: new Map(),
    lastDate: '',
    lastAthlete: '',
    lastExercise: '',
  };
  const roleOf = headerRoles();
  const entries: MutableEntry[] = [];
  const problems: Problem[] = [];
  for (let index = header.row + 1; index < values.length; index++) {
    const row = table === null ? rows.row(index) : (table[index] ?? []);
    if (rowIsBlank(row) || isRepeatedHeader(row, columns, roleOf)) {
      reader.lastDate = '';
      reader.lastAthlete = '';
      reader.lastExercise = '';
      continue;
    }
    const problem = readRow(row, index, reader, entries);
    if (problem !== null) problems.push({ line: index + firstLine, message: problem });
  }

  settleBodyweights(entries, source, roster, options.unit);
  const plausible = implausibleRows(entries, problems, firstLine);
  return rosterProblems.length > 0
    ? { header, entries: plausible, problems, rosterProblems }
    : { header, entries: plausible, problems };
}

/**
 * No number from nothing: the best lifters lift about 5× bodyweight and nobody lifts a tonne and a
 * half, so a row past either holds a mistake (a unit mix-up, a bodyweight typed as 7, an extra
 * zero). It is reported as a problem with its row, never shown as a ratio such as "Infinity×".
 */
export const MAX_PLAUSIBLE_RATIO = 8;
export const MAX_PLAUSIBLE_LOAD_KG = 1500;

function implausibleRows(entries: MutableEntry[], problems: Problem[], firstLine: number) {
  // The kept entries are copied only once one is dropped: most logs drop none.
  let kept: MutableEntry[] | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as MutableEntry;
    const why = implausible(e);
    if (why === null) kept?.push(e);
    else {
      kept ??= entries.slice(0, i);
      const line = e.index + firstLine;
      problems.push({ line, message: why });
    }
  }
  if (kept !== null) problems.sort((a, b) => a.line - b.line);
  return kept ?? entries;
}

function implausible(e: LogEntry): string | null {
  const lifted = e.e1rmKg ?? e.loadKg;
  if (!Number.isFinite(lifted) || Math.abs(e.loadKg) > MAX_PLAUSIBLE_LOAD_KG) {
    return 'the load is beyond any human lift: check the number and its unit';
  }
  if (e.bodyweightKg !== null && e.bodyweightKg > 0) {
    const ratio = lifted / e.bodyweightKg;
    if (!Number.isFinite(ratio) || ratio > MAX_PLAUSIBLE_RATIO) {
      return `the load against a bodyweight of ${Number(fromKg(e.bodyweightKg, e.unit).toPrecision(3))} ${e.unit} is beyond any human lift: check the bodyweight, the load and their units`;
    }
  }
  return null;
}

/** Bodyweights come last: a blank cell may take a weigh-in from another row of the athlete. */
function settleBodyweights(
  entries: MutableEntry[],
  source: LogOptions['bodyweight'] | null,
  roster: BodyweightLookup | null,
  unit: Unit,
): void {
  if (!source) return;
  if (source.kind === 'value') {
    const kg = source.value > 0 ? toKg(source.value, source.unit ?? unit) : null;
    for (const e of entries) e.bodyweightKg = kg;
  } else if (source.kind === 'roster' && roster) {
    for (const e of entries) e.bodyweightKg = roster(e.athlete, e.dayNumber);
  } else {
    fillBodyweights(entries);
  }
}
