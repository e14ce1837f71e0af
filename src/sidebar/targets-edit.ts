/**
 * The Targets table as the coach edits it: rows of text until saved. Pure edits (add, change,
 * remove) and one validation that turns the draft into what saveTargets takes, or says per row
 * what is wrong, so nothing half-typed is ever saved.
 */
import type { TargetRowJson } from '../addon/api-types';
import { formatMultiple, parseTypedNumber, searchKey } from './format';

export interface TargetDraft {
  /** Stable key for rendering while rows are added and removed. */
  readonly key: number;
  readonly exercise: string;
  readonly multiple: string;
}

export const MAX_TARGET = 10;

export function draftFromTargets(rows: readonly TargetRowJson[]): TargetDraft[] {
  return rows.map((r, i) => ({
    key: i,
    exercise: r.exercise,
    multiple: formatMultiple(r.multiple).replace('×', ''),
  }));
}

function nextKey(rows: readonly TargetDraft[]): number {
  return rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
}

export function addTargetRow(rows: readonly TargetDraft[]): TargetDraft[] {
  return [...rows, { key: nextKey(rows), exercise: '', multiple: '' }];
}

export function changeTargetRow(
  rows: readonly TargetDraft[],
  key: number,
  change: Partial<Pick<TargetDraft, 'exercise' | 'multiple'>>,
): TargetDraft[] {
  return rows.map((r) => (r.key === key ? { ...r, ...change } : r));
}

export function removeTargetRow(rows: readonly TargetDraft[], key: number): TargetDraft[] {
  return rows.filter((r) => r.key !== key);
}

export type TargetValidation =
  | { readonly ok: true; readonly rows: TargetRowJson[] }
  | { readonly ok: false; readonly errors: ReadonlyMap<number, string> };

/** Blank rows are dropped; every other row needs a name, a multiple in (0, 10], and no twin. */
export function validateTargets(rows: readonly TargetDraft[]): TargetValidation {
  const errors = new Map<number, string>();
  const out: TargetRowJson[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const exercise = row.exercise.trim();
    const text = row.multiple.trim();
    if (exercise === '' && text === '') continue;
    if (exercise === '') {
      errors.set(row.key, 'Name the exercise for this target.');
      continue;
    }
    const multiple = parseTypedNumber(text);
    if (multiple === null) {
      errors.set(
        row.key,
        text === ''
          ? `Give ${exercise} a target, as a multiple of bodyweight (e.g. 1.5).`
          : `"${text}" is not a number; write the target as a multiple of bodyweight (e.g. 1.5).`,
      );
      continue;
    }
    if (!(multiple > 0) || multiple > MAX_TARGET) {
      errors.set(row.key, `A target must be more than 0 and at most ${MAX_TARGET}× bodyweight.`);
      continue;
    }
    const key = searchKey(exercise);
    const twin = seen.get(key);
    if (twin !== undefined) {
      errors.set(row.key, `${exercise} is already in the table (${twin}×); keep one row.`);
      continue;
    }
    seen.set(key, text);
    out.push({ exercise, multiple });
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, rows: out };
}

/** True when the draft says something different from the saved table. */
export function targetsChanged(
  saved: readonly TargetRowJson[],
  rows: readonly TargetDraft[],
): boolean {
  const v = validateTargets(rows);
  if (!v.ok) return true;
  if (v.rows.length !== saved.length) return true;
  return v.rows.some(
    (r, i) => r.exercise !== saved[i]?.exercise || r.multiple !== saved[i]?.multiple,
  );
}
