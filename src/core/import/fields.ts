/** Reading one export row's fields: strict numbers, and what a row turns into. */
import { classify, takesAssistance } from '../classify';
import { parseNumberText } from '../values';
import type { ExportSet, SkipReason } from './types';

/** A set as read from one row, before notes are tidied and keys made unique. */
export interface RowSet extends Omit<ExportSet, 'line' | 'notes'> {
  /** Notes about the exercise as a whole (Hevy repeats them on every set: kept once). */
  readonly exerciseNote: string;
  /** Notes about this set (Strong's set notes, RPE, drop set / failure). */
  readonly setNote: string;
}

export type RowReading =
  | { readonly kind: 'set'; readonly set: RowSet }
  /** A row that writes several sets in one cell ("6/5/5", "3x5 @ 80 kg"). */
  | { readonly kind: 'sets'; readonly sets: readonly RowSet[] }
  | { readonly kind: 'skip'; readonly reason: SkipReason }
  | { readonly kind: 'error'; readonly message: string };

export const rowError = (message: string): RowReading => ({ kind: 'error', message });
export const skip = (reason: SkipReason): RowReading => ({ kind: 'skip', reason });

/**
 * A number from an export field: blank is null; anything else must be a plain number (a decimal
 * comma is accepted in semicolon files, where the apps' European locales put it).
 */
export function exportNumber(text: string, decimalComma: boolean): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = parseNumberText(decimalComma ? t.replace(/^([+-]?\d*),(\d+)$/, '$1.$2') : t);
  return n === null ? undefined : n;
}

export interface NumberField {
  readonly label: string;
  readonly text: string;
}

/** Reads a non-negative number field; blank is 0. Returns an error message when it is not one. */
export function amount(field: NumberField, decimalComma: boolean): number | string {
  const n = exportNumber(field.text, decimalComma);
  if (n === undefined) return `${field.label} "${clip(field.text)}" is not a number`;
  if (n === null) return 0;
  if (n < 0) return `${field.label} ${n} is negative`;
  return n;
}

/**
 * A weight field: like amount, but a negative weight is assistance (Hevy writes an assisted
 * pull-up's help as −20 kg) where the exercise can take it; elsewhere it is an error.
 */
export function weightOf(
  field: NumberField,
  decimalComma: boolean,
  exercise: string,
): number | string {
  const n = exportNumber(field.text, decimalComma);
  if (n !== undefined && n !== null && n < 0 && takesAssistance(classify(exercise))) return n;
  return amount(field, decimalComma);
}

/** Reps: a whole number ≥ 0 ("8.0" is 8); blank is 0. */
export function wholeReps(field: NumberField, decimalComma: boolean): number | string {
  const n = amount(field, decimalComma);
  if (typeof n === 'string') return n;
  return Number.isInteger(n) ? n : `${field.label} ${n} is not a whole number of reps`;
}

/** Rows that are not strength sets, by what they hold (DESIGN: cardio rows have no load). */
export function nonWorkingReason(
  exercise: string,
  load: number,
  reps: number,
  distance: number,
  seconds: number,
): SkipReason | null {
  // Only catalogue cardio on a machine or out of doors (treadmill, bike, run, walk) is skipped by
  // name. Bodyweight conditioning done for reps (burpees, mountain climbers) and names merely
  // classified as cardio ("Serratus walks") are kept: the log gives them no status.
  const known = classify(exercise);
  if (known.recognised && known.pattern === 'conditioning' && known.implement !== 'bodyweight') {
    return 'cardio';
  }
  if (reps > 0) return null;
  if (distance > 0 || seconds > 0) return 'cardio';
  return load > 0 ? 'no reps' : 'no reps or load';
}

const REST_TIMER = new Set(['rest timer', 'rest', 'rest time']);

export function isRestTimer(exercise: string): boolean {
  return REST_TIMER.has(exercise.trim().toLowerCase());
}

/** Shortens a field for a message. */
export function clip(text: string, max = 30): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function joinNotes(...parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('; ');
}
