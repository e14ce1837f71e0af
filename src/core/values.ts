import { type Invalid, invalid, isInvalid } from './result';
import { parseUnit, type Unit, unitWordPattern } from './units';

/** What Sheets hands a script for one cell: "" for empty, Date for date cells. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A printable ASCII character other than the space: never white space to trim. */
const isInk = (code: number): boolean => code > 32 && code < 127;

export function isBlank(cell: unknown): boolean {
  if (typeof cell === 'string') {
    // Every character trim() removes is at most U+0020 or from U+00A0 on: a text that starts with
    // a printable ASCII character is not blank, and needs no trim (this runs for most cells).
    return cell.length === 0 || (!isInk(cell.charCodeAt(0)) && cell.trim() === '');
  }
  return cell === null || cell === undefined;
}

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  // Most text cells have nothing to trim at either end (a big log reads a few per row).
  if (
    typeof cell === 'string' &&
    isInk(cell.charCodeAt(0)) &&
    isInk(cell.charCodeAt(cell.length - 1))
  ) {
    return cell;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).trim();
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads numeric text: "102.5", "102,5" (decimal comma), "1,000" (thousands). */
export function parseNumberText(text: string): number | null {
  let t = text.trim().replace(/\s+/g, '');
  if (THOUSANDS.test(t)) t = t.replace(/,/g, '');
  else if (DECIMAL_COMMA.test(t)) t = t.replace(',', '.');
  if (!PLAIN_NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A finite number from a cell; null for blank. */
export function parseNumber(cell: unknown, what = 'value'): number | null | Invalid {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? cell : invalid(`${what} is not a finite number`);
  }
  if (typeof cell === 'boolean')
    return invalid(`${what} is ${cell ? 'TRUE' : 'FALSE'}, not a number`);
  if (cell instanceof Date) return invalid(`${what} is a date, not a number`);
  const n = parseNumberText(String(cell));
  return n === null ? invalid(`${what} "${shorten(String(cell))}" is not a number`) : n;
}

export interface Load {
  readonly value: number;
  /** The unit written in the cell, or null when the cell is a bare number (sheet default applies). */
  readonly unit: Unit | null;
}

let loadPattern: RegExp | undefined;

/**
 * A load from a cell: a number, or text with a unit ("100 kg", "225lb", "225 lbs", "102,5 kg").
 * "BW" / "bodyweight" means no added load (0); "BW + 10 kg" means 10 kg added. Negative loads are
 * invalid, unless `negative` says they are assistance ("-20 kg" on an assisted pull-up, as Hevy
 * writes it).
 */
export function parseLoad(cell: unknown, what = 'load', negative = false): Load | null | Invalid {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) {
    const n = parseNumber(cell, what);
    if (n === null || isInvalid(n)) return n;
    return n < 0 && !negative ? invalid(`${what} ${n} is negative`) : { value: n, unit: null };
  }
  const text = String(cell).trim();
  if (/^(bw|body ?weight)$/i.test(text)) return { value: 0, unit: null };
  // Weighted pull-ups and dips are logged as "BW + 10 kg": the load is what was added.
  const added = /^(?:bw|body ?weight)\s*\+\s*(\S.*)$/i.exec(text);
  if (added) return parseLoad(added[1], what, negative);
  // No weight is written in 40 characters or more; stop before the pattern has to look.
  if (text.length > 40) return invalid(`${what} "${shorten(text)}" is not a weight`);
  loadPattern ??= new RegExp(`^([+-]?[\\d.,\\s]*\\d[\\d.,]*)\\s*(${unitWordPattern()})?\\.?$`, 'i');
  const match = loadPattern.exec(text);
  if (!match)
    return invalid(`${what} "${shorten(text)}" is not a weight (e.g. 100, "100 kg", "225 lb")`);
  const value = parseNumberText(match[1] ?? '');
  if (value === null) return invalid(`${what} "${shorten(text)}" is not a weight`);
  if (value < 0 && !negative) return invalid(`${what} "${shorten(text)}" is negative`);
  const unit = match[2] ? parseUnit(match[2]) : null;
  return { value, unit: isInvalid(unit) ? null : unit };
}

export interface SetsAndReps {
  readonly reps: number;
  /** Present when the cell said it ("3x5" = 3 sets of 5). */
  readonly sets: number | null;
}

/** Reps from a cell: 5, "5", "3x5", "3 x 5", "3×5" (sets × reps). Reps must be whole and ≥ 0. */
export function parseReps(cell: unknown, what = 'reps'): SetsAndReps | null | Invalid {
  if (isBlank(cell)) return null;
  if (typeof cell === 'string') {
    const m = /^\s*(\d+)\s*[x×*]\s*(\d+)\s*$/i.exec(cell);
    if (m) {
      const sets = Number(m[1]);
      const reps = Number(m[2]);
      return sets < 1 ? invalid(`${what} "${cell.trim()}" has no sets`) : { sets, reps };
    }
  }
  const n = parseNumber(cell, what);
  if (n === null || isInvalid(n)) return n;
  if (!Number.isInteger(n) || n < 0) return invalid(`${what} ${n} is not a whole number of reps`);
  return { reps: n, sets: null };
}

export function shorten(text: string, max = 24): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** One set or a group of equal sets as a row writes it: "3x5 @ 80 kg" is 3 sets of 5 at 80 kg. */
export interface WrittenSet {
  /** The load this set names, or null when the row's load cell gives it (or there is none). */
  readonly load: Load | null;
  readonly reps: number;
  readonly sets: number;
}

const TIMES = /^(.+?)\s*[x×*]\s*(\d+)$/i;
const SEPARATED = /[,;/[\]]/;

/** "[6, 5, 5]", "6/5/5", "80x5; 85x5" → the items; a lone number stays one item. */
function itemsOf(text: string): string[] {
  return text
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/\s*[,;/]\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** A rep count of a list: 6, or "3x5" (3 sets of 5). */
function repsItem(text: string, what: string): { reps: number; sets: number } | Invalid {
  const reps = parseReps(text, what);
  if (reps === null) return invalid(`${what} "${shorten(text)}" is not a rep count`);
  if (isInvalid(reps)) return reps;
  return { reps: reps.reps, sets: reps.sets ?? 1 };
}

/** "80x5", "82.5 kg × 3": a load lifted for reps; null when the item is not written so. */
function loadTimesReps(text: string): WrittenSet | null {
  const m = TIMES.exec(text.trim());
  if (!m) return null;
  const load = parseLoad(m[1]);
  if (load === null || isInvalid(load)) return null;
  return { load, reps: Number(m[2]), sets: 1 };
}

/** Several loads in one load cell: a list ("80/85/90", "80x5, 85x5") or load × reps ("80x5"). */
function writesSeveralLoads(text: string): boolean {
  return /[/;[\]]/.test(text) || /,\s/.test(text) || TIMES.test(text.trim());
}

/**
 * The sets one row writes in its load and reps cells, where coach sheets put several in one cell:
 * "6,5,5", "6/5/5" or "[6,5,5]" reps (three sets at the row's load), "3x5 @ 80 kg" (in either cell),
 * "80x5, 85x5, 90x3" (load × reps, in the load cell, or in the reps cell when the load cell is
 * blank), and "80/85/90" loads with "5/5/3" or "5" reps. A single "3x5" in the reps cell stays 3
 * sets of 5 at the row's load. Null when both cells are blank.
 */
export function parseSets(
  loadCell: unknown,
  repsCell: unknown,
): readonly WrittenSet[] | null | Invalid {
  const loadText = typeof loadCell === 'string' ? loadCell.trim() : '';
  const repsText = typeof repsCell === 'string' ? repsCell.trim() : '';
  // "3x5 @ 80 kg": sets and reps, then the load.
  for (const [text, other, where] of [
    [repsText, loadCell, 'load'],
    [loadText, repsCell, 'reps'],
  ] as const) {
    const at = text.indexOf('@');
    if (at < 0) continue;
    const load = parseLoad(text.slice(at + 1), 'load');
    if (load === null) return invalid(`"${shorten(text)}" names no load after @`);
    if (isInvalid(load)) return load;
    if (!isBlank(other)) {
      const written = where === 'load' ? parseLoad(other) : null;
      if (
        where === 'reps' ||
        written === null ||
        isInvalid(written) ||
        written.value !== load.value
      ) {
        return invalid(
          `"${shorten(text)}" gives the ${where} again: leave the ${where} cell blank`,
        );
      }
    }
    const out: WrittenSet[] = [];
    for (const item of itemsOf(text.slice(0, at))) {
      const reps = repsItem(item, 'reps');
      if (isInvalid(reps)) return reps;
      out.push({ load, ...reps });
    }
    return out.length > 0 ? out : invalid(`"${shorten(text)}" names no reps before @`);
  }
  if (loadText !== '' && writesSeveralLoads(loadText)) {
    const items = itemsOf(loadText);
    const pairs = items.map(loadTimesReps);
    if (pairs.every((p) => p !== null)) {
      if (!isBlank(repsCell)) {
        return invalid(`load "${shorten(loadText)}" gives the reps too: leave the reps cell blank`);
      }
      return pairs as WrittenSet[];
    }
    const loads: Load[] = [];
    for (const item of items) {
      const load = parseLoad(item);
      if (load === null || isInvalid(load)) {
        return invalid(`load "${shorten(loadText)}" is not a weight or a list of weights`);
      }
      loads.push(load);
    }
    const reps =
      typeof repsCell === 'string' && SEPARATED.test(repsCell) ? itemsOf(repsCell) : [repsCell];
    if (reps.length !== 1 && reps.length !== loads.length) {
      return invalid(`${loads.length} loads but ${reps.length} rep counts`);
    }
    const out: WrittenSet[] = [];
    for (const [i, load] of loads.entries()) {
      const cell = reps.length === 1 ? reps[0] : reps[i];
      const rep = parseReps(cell);
      if (isInvalid(rep)) return rep;
      out.push({ load, reps: rep?.reps ?? 0, sets: rep?.sets ?? 1 });
    }
    return out;
  }
  if (repsText !== '' && SEPARATED.test(repsText)) {
    const items = itemsOf(repsText);
    // "80x5, 85x5, 90x3" with no load cell: the first number of each is the load.
    if (items.length > 1 && isBlank(loadCell)) {
      const pairs = items.map(loadTimesReps);
      if (pairs.every((p) => p !== null)) return pairs as WrittenSet[];
    }
    const out: WrittenSet[] = [];
    for (const item of items) {
      const reps = repsItem(item, 'reps');
      if (isInvalid(reps)) return reps;
      out.push({ load: null, ...reps });
    }
    if (out.length > 0) return out;
  }
  if (isBlank(loadCell) && isBlank(repsCell)) return null;
  const reps = parseReps(repsCell);
  if (isInvalid(reps)) return reps;
  return [{ load: null, reps: reps?.reps ?? 0, sets: reps?.sets ?? 1 }];
}

/** Does the row write more than one set in a cell (a list, or load × reps, or "@ load")? */
export function writesSeveralSets(loadCell: unknown, repsCell: unknown): boolean {
  return (
    (typeof repsCell === 'string' && (SEPARATED.test(repsCell) || repsCell.includes('@'))) ||
    (typeof loadCell === 'string' &&
      (writesSeveralLoads(loadCell.trim()) || loadCell.includes('@')))
  );
}
