/**
 * One reader per export layout: built from the header, it turns each data row into a working set,
 * a counted skip, or an error that refuses the whole file.
 */
import type { LogColumns } from '../model';
import { isInvalid } from '../result';
import { parseUnit, type Unit } from '../units';
import { parseLoad, parseReps } from '../values';
import { parseWorkoutStart } from './datetime';
import {
  amount,
  clip,
  isRestTimer,
  joinNotes,
  nonWorkingReason,
  type RowReading,
  rowError,
  skip,
  wholeReps,
} from './fields';
import { findColumn, headerKey } from './headers';
import type { ExportFormat } from './types';

export interface Reader {
  readonly format: ExportFormat;
  readonly label: string;
  /** Header labels the rows must line up with. */
  readonly width: number;
  read(fields: readonly string[]): RowReading;
}

type Index = Map<string, number>;

const field = (fields: readonly string[], i: number | null): string =>
  i === null ? '' : (fields[i] ?? '');

/** Names of the columns a layout needs that the header lacks. */
export function missingColumns(
  index: Index,
  required: readonly (readonly [label: string, ...keys: string[]])[],
): string[] {
  return required
    .filter(([, ...keys]) => findColumn(index, ...keys) === null)
    .map(([label]) => label);
}

/** Where a layout keeps a set's numbers, and what it calls them (for the error message). */
interface NumberColumns {
  readonly weight: number | null;
  readonly reps: number | null;
  readonly distance: number | null;
  readonly seconds: number | null;
  readonly rpe: number | null;
}

type NumberLabels = Readonly<Record<keyof NumberColumns, string>>;

const STRONG_LABELS: NumberLabels = {
  weight: 'Weight',
  reps: 'Reps',
  distance: 'Distance',
  seconds: 'Seconds',
  rpe: 'RPE',
};

interface SetNumbers {
  readonly load: number;
  readonly reps: number;
  readonly distance: number;
  readonly seconds: number;
  readonly rpe: number;
}

/** A set's numbers from one row, strictly, or the first one that is not a number. */
function setNumbers(
  fields: readonly string[],
  col: NumberColumns,
  labels: NumberLabels,
  decimalComma: boolean,
): SetNumbers | string {
  const at = (key: keyof NumberColumns) => ({ label: labels[key], text: field(fields, col[key]) });
  const load = amount(at('weight'), decimalComma);
  if (typeof load === 'string') return load;
  const reps = wholeReps(at('reps'), decimalComma);
  if (typeof reps === 'string') return reps;
  const distance = amount(at('distance'), decimalComma);
  if (typeof distance === 'string') return distance;
  const seconds = amount(at('seconds'), decimalComma);
  if (typeof seconds === 'string') return seconds;
  const rpe = amount(at('rpe'), decimalComma);
  if (typeof rpe === 'string') return rpe;
  return { load, reps, distance, seconds, rpe };
}

export const STRONG_REQUIRED = [
  ['Date', 'date'],
  ['Exercise Name', 'exercise name'],
  ['Set Order', 'set order'],
  ['Weight', 'weight'],
  ['Reps', 'reps'],
] as const;

export const HEVY_REQUIRED = [
  ['start_time', 'start time'],
  ['exercise_title', 'exercise title'],
  ['set_index', 'set index'],
  ['weight_kg or weight_lbs', 'weight kg', 'weight lbs', 'weight lb'],
  ['reps', 'reps'],
] as const;

function workoutStart(text: string, label: string) {
  const start = parseWorkoutStart(text);
  return start ?? `${label} "${clip(text)}" is not a date and time (e.g. 2026-04-08 16:50)`;
}

/**
 * Strong: Date, Workout Name, [Duration,] Exercise Name, Set Order, Weight, [Weight Unit,] Reps,
 * [RPE,] Distance, [Distance Unit,] Seconds, Notes, Workout Notes, [RPE, Workout Duration]. Set
 * Order is a number, or W (warm-up), D (drop set), F (failure). Without a Weight Unit column the
 * unit is the app's setting, which the file does not say.
 */
export function strongReader(index: Index, width: number, decimalComma: boolean): Reader {
  const col = {
    date: findColumn(index, 'date'),
    exercise: findColumn(index, 'exercise name'),
    order: findColumn(index, 'set order'),
    weight: findColumn(index, 'weight'),
    weightUnit: findColumn(index, 'weight unit'),
    reps: findColumn(index, 'reps'),
    distance: findColumn(index, 'distance'),
    seconds: findColumn(index, 'seconds'),
    notes: findColumn(index, 'notes'),
    rpe: findColumn(index, 'rpe'),
  };
  // Letter sets (D, F) have no number: they are numbered by their position in the exercise.
  let block = '';
  let position = 0;
  return {
    format: 'strong',
    label: col.weightUnit === null ? 'Strong' : 'Strong (with weight units)',
    width,
    read(fields) {
      const exercise = field(fields, col.exercise).trim();
      const dateText = field(fields, col.date);
      const blockKey = `${dateText}\u0000${exercise}`;
      position = blockKey === block ? position + 1 : 1;
      block = blockKey;
      if (isRestTimer(exercise)) return skip('rest timer');
      const start = workoutStart(dateText, 'Date');
      if (typeof start === 'string') return rowError(start);
      if (exercise === '') return rowError('Exercise Name is blank');
      const numbers = setNumbers(fields, col, STRONG_LABELS, decimalComma);
      if (typeof numbers === 'string') return rowError(numbers);
      const { load, reps, distance, seconds, rpe } = numbers;
      let unit: Unit | null = null;
      if (col.weightUnit !== null) {
        const parsed = parseUnit(field(fields, col.weightUnit));
        if (parsed !== null && typeof parsed === 'object')
          return rowError(`Weight Unit ${parsed.invalid}`);
        unit = parsed;
      }
      const orderText = field(fields, col.order).trim().toUpperCase();
      let setOrder: string;
      let marker = '';
      if (/^\d+$/.test(orderText)) setOrder = String(Number(orderText));
      else if (orderText === 'W') return skip('warm-up');
      else if (orderText === 'D' || orderText === 'F') {
        setOrder = `${orderText}${position}`;
        marker = orderText === 'D' ? 'drop set' : 'to failure';
      } else return rowError(`Set Order "${clip(orderText)}" is not a set number (or W, D, F)`);
      const reason = nonWorkingReason(exercise, load, reps, distance, seconds);
      if (reason) return skip(reason);
      return {
        kind: 'set',
        set: {
          athlete: null,
          workoutStart: start.start,
          day: start.day,
          exercise,
          setOrder,
          load,
          unit,
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
export function hevyReader(index: Index, width: number, decimalComma: boolean): Reader {
  const lbColumn = findColumn(index, 'weight lbs', 'weight lb');
  const kgColumn = findColumn(index, 'weight kg');
  const unit: Unit = kgColumn === null ? 'lb' : 'kg';
  const col = {
    start: findColumn(index, 'start time'),
    exercise: findColumn(index, 'exercise title'),
    notes: findColumn(index, 'exercise notes'),
    setIndex: findColumn(index, 'set index'),
    setType: findColumn(index, 'set type'),
    weight: kgColumn ?? lbColumn,
    reps: findColumn(index, 'reps'),
    distance: findColumn(index, 'distance km', 'distance miles', 'distance mi'),
    seconds: findColumn(index, 'duration seconds'),
    rpe: findColumn(index, 'rpe'),
  };
  const hevyLabels: NumberLabels = {
    weight: unit === 'kg' ? 'weight_kg' : 'weight_lbs',
    reps: 'reps',
    distance: 'distance',
    seconds: 'duration_seconds',
    rpe: 'rpe',
  };
  return {
    format: 'hevy',
    label: `Hevy (${unit})`,
    width,
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
      const numbers = setNumbers(fields, col, hevyLabels, decimalComma);
      if (typeof numbers === 'string') return rowError(numbers);
      const { load, reps, distance, seconds, rpe } = numbers;
      // Unknown set types are kept as working sets: a new kind of set is still a set.
      const setType = field(fields, col.setType).trim().toLowerCase();
      if (setType === 'warmup' || setType === 'warm up' || setType === 'warm-up') {
        return skip('warm-up');
      }
      const reason = nonWorkingReason(exercise, load, reps, distance, seconds);
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
          unit,
          reps,
          sets: 1,
          exerciseNote: field(fields, col.notes),
          setNote: joinNotes(marker, rpe > 0 ? `RPE ${rpe}` : ''),
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
      const load = parseLoad(field(fields, at('load')));
      if (isInvalid(load)) return rowError(load.invalid);
      const reps = parseReps(field(fields, at('reps')));
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
