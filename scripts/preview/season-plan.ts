/**
 * A season plan CSV (Athlete, From, To, Phase, Goal race, Race date) put into the preview's Targets
 * sheet the way a coach would have it: the add-on creates the Targets sheet (its own
 * ensureTargetsSheet, which writes the plan's header in D1:I1), then the plan's rows go into D:I
 * below that header as typed cells (dates become date cells, as in Sheets).
 */

import { SEASON_FIRST_COLUMN } from '../../src/addon/plan-highlights';
import { ensureTargetsSheet } from '../../src/addon/workbook';
import { SEASON_HEADER } from '../../src/core/season';
import type { Emulator } from '../emulator/emulator';
import type { ImportedCell, ImportedTable } from './sample-log';

const norm = (cell: ImportedCell | undefined): string =>
  String(cell ?? '')
    .trim()
    .toLowerCase();

/**
 * The add-on's source run in this process against the emulator: its Apps Script globals
 * (SpreadsheetApp…) are put on globalThis for the call only, then taken away again.
 */
function withAppsScriptGlobals<T>(emulator: Emulator, run: () => T): T {
  const scope = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of Object.keys(emulator.globals)) {
    saved.set(name, Object.getOwnPropertyDescriptor(scope, name));
    scope[name] = emulator.globals[name];
  }
  try {
    return run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete scope[name];
      else Object.defineProperty(scope, name, descriptor);
    }
  }
}

/** Writes the plan's rows under the Targets sheet's season header; returns how many rows. */
export function writeSeasonPlan(emulator: Emulator, table: ImportedTable): number {
  const header = table.rows[0] ?? [];
  const expected = SEASON_HEADER.map((h) => h.toLowerCase());
  if (expected.some((name, i) => norm(header[i]) !== name)) {
    throw new Error(`The season plan's header must be: ${SEASON_HEADER.join(', ')}.`);
  }
  const width = SEASON_HEADER.length;
  const padded = <T>(row: readonly T[], blank: T): T[] =>
    Array.from({ length: width }, (_, i) => row[i] ?? blank);
  const rows = table.rows.slice(1).map((row) => padded(row, '' as ImportedCell));
  const formats = table.formats.slice(1).map((row) => padded(row, ''));
  // A new sheet becomes the active one; the coach goes back to the log after typing the plan.
  const active = emulator.workbook.activeSheetId;
  const { sheet } = withAppsScriptGlobals(emulator, () => ensureTargetsSheet(emulator.spreadsheet));
  emulator.workbook.activeSheetId = active;
  if (rows.length === 0) return 0;
  const range = sheet.getRange(2, SEASON_FIRST_COLUMN, rows.length, width);
  // Formats first, so a date keeps the look it was typed with.
  range.setNumberFormats(formats.map((r) => r.map((f) => (f === '' ? 'General' : f))));
  range.setValues(rows);
  return rows.length;
}
