/**
 * Reading a training log: the header row, then every row as an entry or as a problem saying why it
 * could not be used. Bad cells never throw and never vanish silently.
 */
import { type BodyweightLookup, fillBodyweights, readRoster } from './bodyweight';
import { findExercise, type Pattern } from './catalogue';
import { type CalendarDay, isTimeZone, parseDay } from './dates';
import { estimateOneRepMax } from './formulas';
import { detectHeader, roleOfHeader } from './headers';
import type { LogColumns, LogEntry, LogHeader, LogOptions, Problem, ReadLog } from './model';
import { type Invalid, invalid, isInvalid } from './result';
import { parseUnit, toKg, type Unit } from './units';
import {
  type CellValue,
  cellText,
  isBlank,
  parseLoad,
  parseNumber,
  parseReps,
  shorten,
} from './values';

export { detectHeader } from './headers';

interface KnownExercise {
  readonly name: string;
  readonly pattern: Pattern | null;
}

/** The same few exercise names repeat on thousands of rows: look each up once. */
function exerciseNamer(): (written: string) => KnownExercise {
  const cache = new Map<string, KnownExercise>();
  return (written) => {
    let known = cache.get(written);
    if (!known) {
      const exercise = findExercise(written);
      known = exercise
        ? { name: exercise.name, pattern: exercise.pattern }
        : { name: written.replace(/\s+/g, ' '), pattern: null };
      cache.set(written, known);
    }
    return known;
  };
}

/** Date cells repeat per set (same text, same instant): parse each distinct one once. */
function dayReader(timeZone: string): (cell: CellValue) => CalendarDay | null | Invalid {
  const byText = new Map<string, CalendarDay | null | Invalid>();
  const byInstant = new Map<number, CalendarDay | null | Invalid>();
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
    let day = byText.get(cell);
    if (day === undefined) {
      day = parseDay(cell, timeZone);
      byText.set(cell, day);
    }
    return day;
  };
}

/** A header row repeated further down (pasted blocks, printed pages): its cells are role names. */
function isRepeatedHeader(row: readonly CellValue[], columns: LogColumns): boolean {
  const exercise = columns.exercise === undefined ? undefined : row[columns.exercise];
  const load = columns.load === undefined ? undefined : row[columns.load];
  return (
    typeof exercise === 'string' &&
    typeof load === 'string' &&
    roleOfHeader(exercise) === 'exercise' &&
    roleOfHeader(load) === 'load'
  );
}

function rowIsBlank(row: readonly CellValue[]): boolean {
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}

const text = (row: readonly CellValue[], column: number | undefined): string =>
  column === undefined ? '' : cellText(row[column]);

/** A row read so far, before bodyweights are settled (they may come from other rows). */
interface Draft {
  readonly index: number;
  readonly athlete: string;
  readonly exerciseAsWritten: string;
  readonly exercise: KnownExercise;
  readonly day: CalendarDay;
  readonly loadKg: number;
  readonly unit: Unit;
  readonly reps: number;
  readonly sets: number;
  readonly bodyweightKg: number | null;
  readonly notes: string;
}

/**
 * Reads the log. `firstLine` is the sheet row number of values[0], so problems and entries carry
 * the row numbers the coach sees. Blank rows and repeated header rows are skipped quietly; the
 * date, athlete and exercise cells fill down from the row above until a blank row, as coaches
 * write a session's date and an exercise's name once above its sets.
 */
export function readLog(
  values: readonly (readonly CellValue[])[],
  options: LogOptions,
  firstLine = 1,
): ReadLog | Invalid {
  if (!isTimeZone(options.timeZone)) {
    return invalid(`"${options.timeZone}" is not a time zone (e.g. Europe/London)`);
  }
  const detected = detectHeader(values);
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
  const readBodyweightCell = source?.kind === 'column';

  const nameOf = exerciseNamer();
  const dayOf = dayReader(options.timeZone);
  const defaultAthlete = options.defaultAthlete ?? 'Athlete';
  const drafts: Draft[] = [];
  const problems: Problem[] = [];
  let lastDate: CellValue = '';
  let lastAthlete = '';
  let lastExercise = '';

  for (let index = header.row + 1; index < values.length; index++) {
    const row = values[index] ?? [];
    if (rowIsBlank(row) || isRepeatedHeader(row, columns)) {
      lastDate = '';
      lastAthlete = '';
      lastExercise = '';
      continue;
    }
    const line = index + firstLine;
    const problem = (message: string): void => {
      problems.push({ line, message: `row ${line}: ${message}` });
    };

    const ownExercise = text(row, columns.exercise);
    const exerciseAsWritten = ownExercise || lastExercise;
    const dateCell = columns.date === undefined ? '' : row[columns.date];
    const dateGiven = isBlank(dateCell) ? lastDate : dateCell;
    const athlete =
      columns.athlete === undefined
        ? defaultAthlete
        : text(row, columns.athlete).replace(/\s+/g, ' ') || lastAthlete;
    const loadCell = columns.load === undefined ? '' : row[columns.load];
    const repsCell = columns.reps === undefined ? '' : row[columns.reps];
    if (ownExercise) lastExercise = ownExercise;
    if (!isBlank(dateCell)) lastDate = dateCell;
    if (athlete && columns.athlete !== undefined) lastAthlete = athlete;

    if (!exerciseAsWritten) {
      problem('no exercise name');
      continue;
    }
    if (!ownExercise && isBlank(loadCell) && isBlank(repsCell)) {
      problem('no exercise, load or reps');
      continue;
    }
    if (!athlete) {
      problem('no athlete name');
      continue;
    }
    const day = dayOf(dateGiven);
    if (day === null) {
      problem('date is missing');
      continue;
    }
    if (isInvalid(day)) {
      problem(day.invalid);
      continue;
    }
    const load = parseLoad(loadCell);
    if (isInvalid(load)) {
      problem(load.invalid);
      continue;
    }
    const reps = parseReps(repsCell);
    if (isInvalid(reps)) {
      problem(reps.invalid);
      continue;
    }
    let sets = reps?.sets ?? 1;
    if (reps?.sets == null && columns.sets !== undefined) {
      const written = parseNumber(row[columns.sets], 'sets');
      if (isInvalid(written)) {
        problem(written.invalid);
        continue;
      }
      if (written !== null) {
        if (!Number.isInteger(written) || written < 1) {
          problem(`sets ${written} is not a whole number of sets`);
          continue;
        }
        sets = written;
      }
    }
    const unitWritten = columns.unit === undefined ? null : parseUnit(row[columns.unit]);
    if (isInvalid(unitWritten)) {
      problem(unitWritten.invalid);
      continue;
    }
    const sheetUnit = unitWritten ?? header.loadUnit ?? options.unit;
    const unit = load?.unit ?? sheetUnit;
    let bodyweightKg: number | null = null;
    if (readBodyweightCell && columns.bodyweight !== undefined) {
      const bw = parseLoad(row[columns.bodyweight], 'bodyweight');
      if (isInvalid(bw)) {
        problem(bw.invalid);
        continue;
      }
      if (bw !== null) {
        if (bw.value <= 0) {
          problem(`bodyweight ${shorten(cellText(row[columns.bodyweight]))} is not a bodyweight`);
          continue;
        }
        bodyweightKg = toKg(bw.value, bw.unit ?? sheetUnit);
      }
    }
    drafts.push({
      index,
      athlete,
      exerciseAsWritten,
      exercise: nameOf(exerciseAsWritten),
      day,
      loadKg: load ? toKg(load.value, unit) : 0,
      unit,
      reps: reps?.reps ?? 0,
      sets,
      bodyweightKg,
      notes: text(row, columns.notes),
    });
  }

  const bodyweights = settleBodyweights(drafts, source, roster, options.unit);
  const entries: LogEntry[] = drafts.map((d, i) => ({
    index: d.index,
    line: d.index + firstLine,
    athlete: d.athlete,
    exercise: d.exercise.name,
    exerciseAsWritten: d.exerciseAsWritten,
    pattern: d.exercise.pattern,
    day: d.day.day,
    dayNumber: d.day.dayNumber,
    loadKg: d.loadKg,
    unit: d.unit,
    reps: d.reps,
    sets: d.sets,
    // Bodyweight-only work has no meaningful 1RM: its best is judged by reps instead.
    e1rmKg: d.loadKg > 0 ? estimateOneRepMax(d.loadKg, d.reps, options.formula) : null,
    bodyweightKg: bodyweights[i] ?? null,
    notes: d.notes,
  }));
  return rosterProblems.length > 0
    ? { header, entries, problems, rosterProblems }
    : { header, entries, problems };
}

function settleBodyweights(
  drafts: readonly Draft[],
  source: LogOptions['bodyweight'] | null,
  roster: BodyweightLookup | null,
  unit: Unit,
): (number | null)[] {
  if (!source) return drafts.map(() => null);
  if (source.kind === 'value') {
    const kg = source.value > 0 ? toKg(source.value, source.unit ?? unit) : null;
    return drafts.map(() => kg);
  }
  if (source.kind === 'roster' && roster) {
    return drafts.map((d) => roster(d.athlete, d.day.dayNumber));
  }
  return fillBodyweights(
    drafts.map((d) => d.athlete),
    drafts.map((d) => d.day.dayNumber),
    drafts.map((d) => d.bodyweightKg),
  );
}
