import { type Invalid, invalid, isInvalid } from './result';
import { parseUnit, type Unit, unitWordPattern } from './units';

/** What Sheets hands a script for one cell: "" for empty, Date for date cells. */
export type CellValue = string | number | boolean | Date | null | undefined;

export function isBlank(cell: unknown): boolean {
  return (
    cell === null ||
    cell === undefined ||
    cell === '' ||
    (typeof cell === 'string' && cell.trim() === '')
  );
}

export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
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
 * invalid.
 */
export function parseLoad(cell: unknown, what = 'load'): Load | null | Invalid {
  if (isBlank(cell)) return null;
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) {
    const n = parseNumber(cell, what);
    if (n === null || isInvalid(n)) return n;
    return n < 0 ? invalid(`${what} ${n} is negative`) : { value: n, unit: null };
  }
  const text = String(cell).trim();
  if (/^(bw|body ?weight)$/i.test(text)) return { value: 0, unit: null };
  // Weighted pull-ups and dips are logged as "BW + 10 kg": the load is what was added.
  const added = /^(?:bw|body ?weight)\s*\+\s*(\S.*)$/i.exec(text);
  if (added) return parseLoad(added[1], what);
  // No weight is written in 40 characters or more; stop before the pattern has to look.
  if (text.length > 40) return invalid(`${what} "${shorten(text)}" is not a weight`);
  loadPattern ??= new RegExp(`^([+-]?[\\d.,\\s]*\\d[\\d.,]*)\\s*(${unitWordPattern()})?\\.?$`, 'i');
  const match = loadPattern.exec(text);
  if (!match)
    return invalid(`${what} "${shorten(text)}" is not a weight (e.g. 100, "100 kg", "225 lb")`);
  const value = parseNumberText(match[1] ?? '');
  if (value === null) return invalid(`${what} "${shorten(text)}" is not a weight`);
  if (value < 0) return invalid(`${what} "${shorten(text)}" is negative`);
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
