/**
 * Number-returning readers of the cells a big range repeats thousands of times: a load, a reps and
 * a bodyweight cell. They allocate nothing per cell: a number cell is read with typeof checks, and
 * a text cell ("100 kg", "225 lb", "3x5") through a cache of one entry per distinct text.
 *
 * They answer only the plain cases. NaN means "not a plain case: ask the general parser"
 * (parseLoad, parseReps, parseSets in values.ts) — a blank, an invalid cell, a negative load, a
 * Date, TRUE/FALSE, or a cell that writes several sets ("6,5,5", "80x5, 85x5", "3x5 @ 80 kg"). Where
 * they return a number it is the number the general parser gives (test/core/cell-numbers.test.ts
 * checks that property), so a caller can take the number and fall back on NaN without changing a
 * single output.
 */
import { FORMULAS, type FormulaName, MAX_ESTIMATE_REPS } from './formulas';
import { isInvalid } from './result';
import { toKg, type Unit } from './units';
import { parseLoad, parseReps, writesSeveralSets } from './values';

/** A distinct load text as read: its number as written and the unit it names (null for none). */
interface LoadText {
  readonly value: number;
  readonly unit: Unit | null;
}

/** A distinct reps text as read: "3x5" is 5 reps in 3 sets; a bare count writes no sets (0). */
interface RepsText {
  readonly reps: number;
  readonly sets: number;
}

const NOT_PLAIN_LOAD: LoadText = { value: Number.NaN, unit: null };
const NOT_PLAIN_REPS: RepsText = { reps: Number.NaN, sets: Number.NaN };

/**
 * Distinct texts kept at most; then the cache starts again. A log repeats a few hundred load and
 * reps texts, so this bound is only reached by ranges of unusual text (and keeps a long-lived
 * process, the CLI or a test run, from growing without end).
 */
const MAX_CACHED_TEXTS = 10_000;

const loadTexts = new Map<string, LoadText>();
const repsTexts = new Map<string, RepsText>();
/** The last load text read, so a value and its unit read one after the other cost one look-up. */
let lastLoadText = '';
let lastLoad: LoadText = NOT_PLAIN_LOAD;

function readLoadText(text: string): LoadText {
  // "1, 000" and "80x5" are lists and sets to the row reader, whatever parseLoad makes of them.
  if (writesSeveralSets(text, '')) return NOT_PLAIN_LOAD;
  const load = parseLoad(text);
  if (load === null || isInvalid(load)) return NOT_PLAIN_LOAD;
  return { value: load.value, unit: load.unit };
}

function loadText(text: string): LoadText {
  if (text === lastLoadText) return lastLoad;
  let read = loadTexts.get(text);
  if (read === undefined) {
    if (loadTexts.size >= MAX_CACHED_TEXTS) loadTexts.clear();
    read = readLoadText(text);
    loadTexts.set(text, read);
  }
  lastLoadText = text;
  lastLoad = read;
  return read;
}

function readRepsText(text: string): RepsText {
  // "6,5,5", "5/5/3" and "3x5 @ 80 kg" are several sets to the row reader.
  if (writesSeveralSets('', text)) return NOT_PLAIN_REPS;
  const reps = parseReps(text);
  if (reps === null || isInvalid(reps)) return NOT_PLAIN_REPS;
  return { reps: reps.reps, sets: reps.sets ?? 0 };
}

function repsText(text: string): RepsText {
  let read = repsTexts.get(text);
  if (read === undefined) {
    if (repsTexts.size >= MAX_CACHED_TEXTS) repsTexts.clear();
    read = readRepsText(text);
    repsTexts.set(text, read);
  }
  return read;
}

/**
 * A load cell's number as written, in the unit it names (see plainLoadUnit): 100 → 100,
 * "225 lb" → 225, "102,5 kg" → 102.5, "BW" → 0, "BW + 10 kg" → 10. NaN when the cell is not a
 * plain load: blank, invalid, negative, a Date or TRUE/FALSE, or several sets ("80/85/90").
 */
export function plainLoad(cell: unknown): number {
  if (typeof cell === 'number')
    return cell >= 0 && cell < Number.POSITIVE_INFINITY ? cell : Number.NaN;
  if (typeof cell === 'string') return loadText(cell).value;
  return Number.NaN;
}

/**
 * The unit a plain load cell names: "225 lb" → 'lb', "100 kg" → 'kg'; null for a bare number or
 * "BW" (the sheet's unit applies), and for a cell that is not a plain load (plainLoad is NaN).
 */
export function plainLoadUnit(cell: unknown): Unit | null {
  return typeof cell === 'string' ? loadText(cell).unit : null;
}

/** A plain load cell in kg, bare numbers taken in `bareUnit`; NaN when plainLoad is. */
export function plainLoadKg(cell: unknown, bareUnit: Unit): number {
  if (typeof cell === 'number') {
    return cell >= 0 && cell < Number.POSITIVE_INFINITY ? toKg(cell, bareUnit) : Number.NaN;
  }
  if (typeof cell !== 'string') return Number.NaN;
  const read = loadText(cell);
  return toKg(read.value, read.unit ?? bareUnit);
}

/**
 * A plain bodyweight cell in kg (bare numbers in `bareUnit`): a plain load more than 0. NaN
 * otherwise (blank, 0, "BW", invalid), where the general parser says what is wrong.
 */
export function plainBodyweightKg(cell: unknown, bareUnit: Unit): number {
  // More than 0 as written: a tiny weight in lb may still be 0 once in kg, as the general path has it.
  if (typeof cell === 'number') {
    return cell > 0 && cell < Number.POSITIVE_INFINITY ? toKg(cell, bareUnit) : Number.NaN;
  }
  if (typeof cell !== 'string') return Number.NaN;
  const read = loadText(cell);
  return read.value > 0 ? toKg(read.value, read.unit ?? bareUnit) : Number.NaN;
}

/**
 * A reps cell's rep count: 5, "5", "3x5" / "3 × 5" → 5 (whole, 0 or more). NaN when the cell is
 * not a plain count: blank, invalid, "0x5", a Date or TRUE/FALSE, or several sets ("6,5,5").
 */
export function plainReps(cell: unknown): number {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : Number.NaN;
  if (typeof cell === 'string') return repsText(cell).reps;
  return Number.NaN;
}

/**
 * The sets a plain reps cell writes: "3x5" → 3; 0 when it writes none (5, "5"), so the row's
 * sets column or 1 applies. NaN when plainReps is.
 */
export function plainSetsWritten(cell: unknown): number {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? 0 : Number.NaN;
  if (typeof cell === 'string') return repsText(cell).sets;
  return Number.NaN;
}

/** Each formula's factors, made when first asked for. */
const factorTables = new Map<FormulaName, readonly number[]>();

/**
 * A formula's e1RM factor for each rep count from 0 to 12, so that a column's estimates are one
 * multiplication each (plainOneRepMax): NaN for 0 reps (no estimate), 1 for one rep (the load
 * is its own 1RM), the formula's factor from 2 reps on.
 */
export function oneRepMaxFactors(formula: FormulaName): readonly number[] {
  let factors = factorTables.get(formula);
  if (factors === undefined) {
    const { factor } = FORMULAS[formula];
    const made = [Number.NaN, 1];
    for (let reps = 2; reps <= MAX_ESTIMATE_REPS; reps++) made.push(factor(reps));
    factorTables.set(formula, made);
    factors = made;
  }
  return factors;
}

/**
 * The factor of a plain rep count (plainReps not NaN) in a formula's factors: the load's e1RM
 * is the load times it; NaN when there is no estimate (0 or more than 12 reps).
 */
export function oneRepMaxFactor(reps: number, factors: readonly number[]): number {
  return reps <= MAX_ESTIMATE_REPS ? (factors[reps] as number) : Number.NaN;
}

/**
 * estimateOneRepMax(load, reps, formula) of a plain load and rep count (plainLoad and plainReps
 * not NaN), given the formula's factors (oneRepMaxFactors): the same number, or NaN where it
 * gives null (0 or more than 12 reps).
 */
export function plainOneRepMax(load: number, reps: number, factors: readonly number[]): number {
  return load < Number.POSITIVE_INFINITY ? load * oneRepMaxFactor(reps, factors) : Number.NaN;
}
