/**
 * One reader per export layout: built from the header, it turns each data row into a working set,
 * a counted skip, or an error that refuses the whole file.
 */

import { classify, takesAssistance } from '../classify';
import type { LogColumns } from '../model';
import { isInvalid } from '../result';
import { parseUnit, type Unit } from '../units';
import { parseLoad, parseReps, parseSets, writesSeveralSets } from '../values';
import { parseWorkoutStart } from './datetime';
import type { Columns } from './detect';
import {
  amount,
  clip,
  exportNumber,
  isRestTimer,
  joinNotes,
  type NumberField,
  nonWorkingReason,
  type RowReading,
  rowError,
  skip,
  weightOf,
  wholeReps,
} from './fields';
import { headerKey } from './headers';
import { type ExportRole, type Language, STRONG_WARMUP_LETTERS } from './layouts';
import type { ExportFormat } from './types';

export interface Reader {
  readonly format: ExportFormat;
  readonly label: string;
  /** Header labels the rows must line up with. */
  readonly width: number;
  read(fields: readonly string[]): RowReading;
}

const field = (fields: readonly string[], i: number | null): string =>
  i === null ? '' : (fields[i] ?? '');

/** Where a layout keeps a set's numbers, and what it calls them (for the error message). */
interface NumberColumns {
  readonly weight: number | null;
  readonly reps: number | null;
  readonly distance: number | null;
  readonly seconds: number | null;
  readonly rpe: number | null;
}

type NumberLabels = Readonly<Record<keyof NumberColumns, string>>;

interface SetNumbers {
  readonly load: number;
  readonly reps: number;
  readonly distance: number;
  readonly seconds: number;
  readonly rpe: number;
}

/** "0:09:21", "9:21" (FitNotes' Time) → seconds; other text is read as a number of seconds. */
function seconds(field: NumberField, decimalComma: boolean): number | string {
  const clock = /^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$/.exec(field.text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return amount(field, decimalComma);
}

/** A set's numbers from one row, strictly, or the first one that is not a number. */
function setNumbers(
  fields: readonly string[],
  col: NumberColumns,
  labels: NumberLabels,
  decimalComma: boolean,
  exercise: string,
): SetNumbers | string {
  const at = (key: keyof NumberColumns) => ({ label: labels[key], text: field(fields, col[key]) });
  const load = weightOf(at('weight'), decimalComma, exercise);
  if (typeof load === 'string') return load;
  const reps = wholeReps(at('reps'), decimalComma);
  if (typeof reps === 'string') return reps;
  const distance = amount(at('distance'), decimalComma);
  if (typeof distance === 'string') return distance;
  const secs = seconds(at('seconds'), decimalComma);
  if (typeof secs === 'string') return secs;
  const rpe = amount(at('rpe'), decimalComma);
  if (typeof rpe === 'string') return rpe;
  return { load, reps, distance, seconds: secs, rpe };
}

function workoutStart(text: string, label: string) {
  const start = parseWorkoutStart(text);
  return start ?? `${label} "${clip(text)}" is not a date and time (e.g. 2026-04-08 16:50)`;
}

/** A column's index, or null when the layout has none. */
const at = (columns: Columns, role: ExportRole): number | null => columns[role] ?? null;

/** The header's own label for a role, for messages in the file's words. */
function labelsOf(labels: readonly string[], columns: Columns): NumberLabels {
  const label = (role: ExportRole, fallback: string) => {
    const i = columns[role];
    return i === undefined ? fallback : (labels[i] ?? fallback).trim() || fallback;
  };
  return {
    weight: label('weight', 'Weight'),
    reps: label('reps', 'Reps'),
    distance: label('distance', 'Distance'),
    seconds: label('seconds', 'Seconds'),
    rpe: label('rpe', 'RPE'),
  };
}

function numberColumns(columns: Columns): NumberColumns {
  return {
    weight: at(columns, 'weight'),
    reps: at(columns, 'reps'),
    distance: at(columns, 'distance'),
    seconds: at(columns, 'seconds'),
    rpe: at(columns, 'rpe'),
  };
}

/** A row's unit: its own unit column when the layout has one, else the weight header's. */
function rowUnit(
  fields: readonly string[],
  unitColumn: number | null,
  headerUnit: Unit | null,
  label: string,
): { readonly unit: Unit | null } | { readonly error: string } {
  if (unitColumn === null) return { unit: headerUnit };
  const parsed = parseUnit(field(fields, unitColumn));
  if (parsed !== null && typeof parsed === 'object') return { error: `${label} ${parsed.invalid}` };
  return { unit: parsed ?? headerUnit };
}

/** Strong's Set Order words: numbers, and letters or words for the other kinds of set. */
const STRONG_SET_KINDS: Readonly<Record<string, 'warm-up' | 'drop set' | 'to failure' | 'rest'>> = {
  W: 'warm-up',
  WARMUP: 'warm-up',
  WARM_UP: 'warm-up',
  'WARM UP': 'warm-up',
  D: 'drop set',
  DROP: 'drop set',
  DROPSET: 'drop set',
  DROP_SET: 'drop set',
  'DROP SET': 'drop set',
  F: 'to failure',
  FAILURE: 'to failure',
  'REST TIMER': 'rest',
  'REST TIME': 'rest',
  REST_TIMER: 'rest',
};

export interface ReaderLayout {
  readonly columns: Columns;
  /** The header's language (Strong exports in several); English when not said. */
  readonly language?: Language;
  /** The header's labels as written. */
  readonly labels: readonly string[];
  /** The unit the weight header names ("Weight (kg)", "kg", "weight_lbs"). */
  readonly weightUnit: Unit | null;
  readonly width: number;
  readonly decimalComma: boolean;
  readonly format: ExportFormat;
  readonly label: string;
}

/** What every row-per-set layout reads the same way: the start, the numbers and the unit. */
interface Basics {
  readonly start: { readonly start: string; readonly day: string };
  readonly numbers: SetNumbers;
  readonly unit: Unit | null;
}

/** A reader of a row's basics under one layout, or the message of the first field that fails. */
function basicsReader(layout: ReaderLayout) {
  const { columns, decimalComma } = layout;
  const names = labelsOf(layout.labels, columns);
  const nums = numberColumns(columns);
  const dateColumn = at(columns, 'date');
  const unitColumn = at(columns, 'weightUnit');
  const dateLabel = (dateColumn === null ? null : layout.labels[dateColumn]?.trim()) || 'Date';
  const unitLabel =
    unitColumn === null ? 'Weight Unit' : (layout.labels[unitColumn] ?? 'Weight Unit');
  return (fields: readonly string[], exercise: string): Basics | string => {
    const start = workoutStart(field(fields, dateColumn), dateLabel);
    if (typeof start === 'string') return start;
    if (exercise === '') return 'the exercise name is blank';
    const numbers = setNumbers(fields, nums, names, decimalComma, exercise);
    if (typeof numbers === 'string') return numbers;
    const stated = rowUnit(fields, unitColumn, layout.weightUnit, unitLabel);
    if ('error' in stated) return stated.error;
    return { start, numbers, unit: stated.unit };
  };
}

/**
 * Strong, every layout since 2015: Date, Workout Name, [Duration,] Exercise Name, Set Order,
 * Weight (or "kg"/"lb", or "Weight (kg)"), [Weight Unit,] Reps, [RPE,] Distance, [Distance
 * Unit,] Seconds, [Notes, Workout Notes, RPE]; the 2025 layout starts with "Workout #". Set Order
 * is a number (from 0 in 2016), or W / WARM_UP (warm-up), D (drop set), F / FAILURE (failure).
 */
export function strongReader(layout: ReaderLayout): Reader {
  const { columns } = layout;
  const basics = basicsReader(layout);
  const col = {
    date: at(columns, 'date'),
    exercise: at(columns, 'exercise'),
    order: at(columns, 'setOrder'),
    notes: at(columns, 'notes'),
  };
  const warmupLetters = new Set(STRONG_WARMUP_LETTERS[layout.language ?? 'en']);
  // Letter sets (D, F) have no number: they are numbered by their position in the exercise.
  let block = '';
  let position = 0;
  return {
    format: layout.format,
    label: layout.label,
    width: layout.width,
    read(fields) {
      const exercise = field(fields, col.exercise).trim();
      const blockKey = `${field(fields, col.date)}\u0000${exercise}`;
      position = blockKey === block ? position + 1 : 1;
      block = blockKey;
      const orderText = field(fields, col.order).trim().toUpperCase();
      const kind = STRONG_SET_KINDS[orderText] ?? (warmupLetters.has(orderText) ? 'warm-up' : null);
      if (isRestTimer(exercise) || kind === 'rest') return skip('rest timer');
      const read = basics(fields, exercise);
      if (typeof read === 'string') return rowError(read);
      const { load, reps, distance, seconds: secs, rpe } = read.numbers;
      let setOrder: string;
      let marker = '';
      if (/^\d+$/.test(orderText)) setOrder = String(Number(orderText));
      else if (kind === 'warm-up') return skip('warm-up');
      else if (kind === 'drop set' || kind === 'to failure') {
        setOrder = `${kind === 'drop set' ? 'D' : 'F'}${position}`;
        marker = kind;
      } else if (/^\p{L}$/u.test(orderText)) return skip('unknown set kind');
      else return rowError(`Set Order "${clip(orderText)}" is not a set number (or W, D, F)`);
      const reason = nonWorkingReason(exercise, load, reps, distance, secs);
      if (reason) return skip(reason);
      return {
        kind: 'set',
        set: {
          athlete: null,
          workoutStart: read.start.start,
          day: read.start.day,
          exercise,
          setOrder,
          load,
          unit: read.unit,
          reps,
          sets: 1,
          exerciseNote: '',
          setNote: joinNotes(field(fields, col.notes), marker, rpe > 0 ? `RPE ${rpe}` : ''),
        },
      };
    },
  };
}

/**
 * Hevy: title, start_time, end_time, description, exercise_title, superset_id, exercise_notes,
 * set_index (0-based), set_type (normal, warmup, dropset, failure), weight_kg or weight_lbs, reps,
 * distance_km or distance_miles, duration_seconds, rpe. The unit is in the weight column's name.
 */
export function hevyReader(layout: ReaderLayout): Reader {
  const { columns, decimalComma } = layout;
  const names = labelsOf(layout.labels, columns);
  const nums = numberColumns(columns);
  const col = {
    start: at(columns, 'date'),
    exercise: at(columns, 'exercise'),
    notes: at(columns, 'exerciseNotes'),
    setIndex: at(columns, 'setOrder'),
    setType: at(columns, 'setType'),
  };
  return {
    format: layout.format,
    label: layout.label,
    width: layout.width,
    read(fields) {
      const exercise = field(fields, col.exercise).trim();
      if (isRestTimer(exercise)) return skip('rest timer');
      const start = workoutStart(field(fields, col.start), 'start_time');
      if (typeof start === 'string') return rowError(start);
      if (exercise === '') return rowError('exercise_title is blank');
      const indexText = field(fields, col.setIndex).trim();
      if (!/^\d+$/.test(indexText)) {
        return rowError(`set_index "${clip(indexText)}" is not a set number`);
      }
      const numbers = setNumbers(fields, nums, names, decimalComma, exercise);
      if (typeof numbers === 'string') return rowError(numbers);
      const { load, reps, distance, seconds: secs, rpe } = numbers;
      // Unknown set types are kept as working sets: a new kind of set is still a set.
      const setType = field(fields, col.setType).trim().toLowerCase();
      if (setType === 'warmup' || setType === 'warm up' || setType === 'warm-up') {
        return skip('warm-up');
      }
      const reason = nonWorkingReason(exercise, load, reps, distance, secs);
      if (reason) return skip(reason);
      const marker = setType === 'dropset' ? 'drop set' : setType === 'failure' ? 'to failure' : '';
      return {
        kind: 'set',
        set: {
          athlete: null,
          workoutStart: start.start,
          day: start.day,
          exercise,
          setOrder: String(Number(indexText) + 1),
          load,
          unit: layout.weightUnit,
          reps,
          sets: 1,
          exerciseNote: field(fields, col.notes),
          setNote: joinNotes(marker, rpe > 0 ? `RPE ${rpe}` : ''),
        },
      };
    },
  };
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'y']);

/**
 * FitNotes (Date, Exercise, Category, Weight (kgs|lbs) or Weight + Weight Unit, Reps, Distance,
 * Distance Unit, Time, [Comment]) and Fitbod (Date, Exercise, Reps, Weight(kg), Duration(s),
 * Distance(m), Incline, Resistance, isWarmup, Note, multiplier): one row per set, no set order
 * (sets are numbered by their place in the day, as for our own log). Fitbod's warm-ups
 * (isWarmup) are skipped; its multiplier (2 for a pair of dumbbells or both sides, 4 for
 * dumbbell lunges, 0 for holds) is how Fitbod counts volume, so the load stays what one hand held
 * (as Strong and Hevy write dumbbell loads) and the multiplier is noted on the set.
 */
export function rowPerSetReader(layout: ReaderLayout): Reader {
  const { columns, decimalComma } = layout;
  const basics = basicsReader(layout);
  const col = {
    exercise: at(columns, 'exercise'),
    notes: at(columns, 'notes'),
    warmup: at(columns, 'warmup'),
    multiplier: at(columns, 'multiplier'),
  };
  return {
    format: layout.format,
    label: layout.label,
    width: layout.width,
    read(fields) {
      const exercise = field(fields, col.exercise).trim();
      if (isRestTimer(exercise)) return skip('rest timer');
      const read = basics(fields, exercise);
      if (typeof read === 'string') return rowError(read);
      const { load, reps, distance, seconds: secs, rpe } = read.numbers;
      if (TRUE_WORDS.has(field(fields, col.warmup).trim().toLowerCase())) return skip('warm-up');
      const reason = nonWorkingReason(exercise, load, reps, distance, secs);
      if (reason) return skip(reason);
      const multiplier = exportNumber(field(fields, col.multiplier), decimalComma);
      const times =
        typeof multiplier === 'number' && multiplier !== 1 && load > 0
          ? `Fitbod multiplier ×${multiplier}`
          : '';
      return {
        kind: 'set',
        set: {
          athlete: null,
          // Day-only dates (FitNotes) make the day the workout.
          workoutStart: read.start.start,
          day: read.start.day,
          exercise,
          // Numbered by occurrence within the day (see numberLogSets).
          setOrder: '',
          load,
          unit: read.unit,
          reps,
          sets: 1,
          exerciseNote: '',
          setNote: joinNotes(field(fields, col.notes), times, rpe > 0 ? `RPE ${rpe}` : ''),
        },
      };
    },
  };
}

/**
 * Our own log layout (a CSV saved from a log sheet): Date, [Athlete,] Exercise, Load, Reps, [Sets,
 * Unit, Bodyweight, Notes]. Loads may carry their unit ("100 kg"), reps may say "3x5".
 */
export function logReader(
  columns: LogColumns,
  labels: readonly string[],
  width: number,
  headerUnit: Unit | null,
): Reader {
  const at = (role: keyof LogColumns) => columns[role] ?? null;
  const dateLabel = labels[columns.date ?? 0] ?? 'Date';
  const dateKey = headerKey(dateLabel);
  return {
    format: 'log',
    label: 'Strong Enough log',
    width,
    read(fields) {
      const dateText = field(fields, at('date'));
      if (headerKey(dateText) === dateKey) return skip('repeated header');
      const start = workoutStart(dateText, dateLabel);
      if (typeof start === 'string') return rowError(start);
      const exercise = field(fields, at('exercise')).trim();
      if (exercise === '') return rowError('the exercise is blank');
      const loadText = field(fields, at('load'));
      const repsText = field(fields, at('reps'));
      // "6/5/5", "3x5 @ 80 kg", "80x5, 85x5": several sets in one cell are one set each.
      if (writesSeveralSets(loadText, repsText)) {
        const several = parseSets(loadText, repsText);
        if (isInvalid(several)) return rowError(several.invalid);
        const cardio = nonWorkingReason(exercise, 0, 1, 0, 0);
        if (cardio) return skip(cardio);
        const rowLoad = parseLoad(loadText, 'load', takesAssistance(classify(exercise)));
        if (several?.some((s) => s.load === null) && isInvalid(rowLoad)) {
          return rowError(rowLoad.invalid);
        }
        const unitCell = parseUnit(field(fields, at('unit')));
        if (isInvalid(unitCell)) return rowError(unitCell.invalid);
        const athlete = field(fields, at('athlete')).trim();
        const base = isInvalid(rowLoad) ? null : rowLoad;
        return {
          kind: 'sets',
          sets: (several ?? []).map((s) => ({
            athlete: athlete === '' ? null : athlete,
            workoutStart: start.start,
            day: start.day,
            exercise,
            setOrder: '',
            load: (s.load ?? base)?.value ?? 0,
            unit: (s.load ?? base)?.unit ?? unitCell ?? headerUnit,
            reps: s.reps,
            sets: s.sets,
            exerciseNote: '',
            setNote: field(fields, at('notes')),
          })),
        };
      }
      const load = parseLoad(loadText, 'load', takesAssistance(classify(exercise)));
      if (isInvalid(load)) return rowError(load.invalid);
      const reps = parseReps(repsText);
      if (isInvalid(reps)) return rowError(reps.invalid);
      const setsText = field(fields, at('sets'));
      const sets = setsText.trim() === '' ? null : parseReps(setsText, 'sets');
      if (isInvalid(sets)) return rowError(sets.invalid);
      const unitCell = parseUnit(field(fields, at('unit')));
      if (isInvalid(unitCell)) return rowError(unitCell.invalid);
      // The row's bodyweight travels with it ("62.5", "138 lb"): the log gets it as written.
      const bodyweight = parseLoad(field(fields, at('bodyweight')), 'bodyweight');
      if (isInvalid(bodyweight)) return rowError(bodyweight.invalid);
      const loadValue = load?.value ?? 0;
      const repCount = reps?.reps ?? 0;
      const reason = nonWorkingReason(exercise, loadValue, repCount, 0, 0);
      if (reason) return skip(reason);
      const athlete = field(fields, at('athlete')).trim();
      return {
        kind: 'set',
        set: {
          athlete: athlete === '' ? null : athlete,
          workoutStart: start.start,
          day: start.day,
          exercise,
          // Log rows have no set order: plan numbers them by occurrence (see numberLogSets).
          setOrder: '',
          load: loadValue,
          unit: load?.unit ?? unitCell ?? headerUnit,
          reps: repCount,
          sets: sets?.reps || reps?.sets || 1,
          exerciseNote: '',
          setNote: field(fields, at('notes')),
          bodyweight:
            bodyweight === null || bodyweight.value <= 0
              ? null
              : { value: bodyweight.value, unit: bodyweight.unit ?? unitCell ?? headerUnit },
        },
      };
    },
  };
}
