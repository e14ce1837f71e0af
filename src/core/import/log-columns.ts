/**
 * Which column of a log header holds what: the log reader's own header roles (src/core/headers.ts),
 * so the import and the log reader can never disagree about a column.
 */
import { roleOfHeader, unitOfHeader } from '../headers';
import type { ColumnRole, LogColumns } from '../model';
import type { Unit } from '../units';
import { headerKey } from './headers';

/** The label our import writes its stable set keys under (see plan.ts for why a column). */
export const IMPORT_KEY_LABEL = 'Import key';

export function isImportKeyLabel(label: string): boolean {
  return headerKey(label) === 'import key';
}

/** Roles of a log header's labels; each role takes the first column that names it. */
export function detectLogColumns(labels: readonly unknown[]): LogColumns {
  const columns: Partial<Record<ColumnRole, number>> = {};
  labels.forEach((label, i) => {
    const role = roleOfHeader(typeof label === 'string' ? label : '');
    if (role !== undefined && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

/** The unit the load header names ("Weight (kg)"): bare numbers below it are in that unit. */
export function loadUnitOfHeader(labels: readonly unknown[], columns: LogColumns): Unit | null {
  const label = columns.load === undefined ? undefined : labels[columns.load];
  return (typeof label === 'string' ? unitOfHeader(label) : undefined) ?? null;
}
