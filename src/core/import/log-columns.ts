/**
 * Which column of a log header holds what. A minimal detection of our own, kept behind this one
 * function: when src/core/log.ts (detectHeader) lands, this should delegate to it so the import
 * and the log reader can never disagree about a column.
 */
import type { ColumnRole, LogColumns } from '../model';
import { headerKey } from './headers';

const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  date: ['date', 'day', 'session date', 'workout date', 'when'],
  athlete: ['athlete', 'client', 'name', 'athlete name', 'runner', 'who'],
  exercise: ['exercise', 'exercise name', 'lift', 'movement', 'exercise title'],
  load: ['load', 'weight', 'kg', 'lb', 'lbs', 'weight kg', 'weight lb', 'weight lbs', 'load kg'],
  reps: ['reps', 'rep', 'repetitions', 'sets x reps', 'sets reps'],
  sets: ['sets', 'set', 'number of sets'],
  unit: ['unit', 'units', 'weight unit'],
  bodyweight: ['bodyweight', 'body weight', 'bw', 'bodyweight kg', 'body weight kg'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks'],
};

/** The label our import writes its stable set keys under (see plan.ts for why a column). */
export const IMPORT_KEY_LABEL = 'Import key';

export function isImportKeyLabel(label: string): boolean {
  return headerKey(label) === 'import key';
}

/** Roles of a log header's labels; each role takes the first column that names it. */
export function detectLogColumns(labels: readonly unknown[]): LogColumns {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const byKey = new Map<string, ColumnRole>();
  for (const [role, names] of Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]) {
    for (const name of names) byKey.set(name, role);
  }
  labels.forEach((label, i) => {
    const role = byKey.get(headerKey(String(label ?? '')));
    if (role !== undefined && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}
