import path from 'node:path';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../scripts/emulator/emulator';

export const FIXTURE_DIST = path.join(__dirname, 'fixtures', 'dist');

/** An emulator running the tiny hand-written dist in fixtures/ (time zone Europe/Oslo). */
export function fixtureEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({
    dist: FIXTURE_DIST,
    now: Date.UTC(2026, 2, 2, 9, 30),
    ...options,
  });
  emulator.load();
  return emulator;
}

export function sheetOf(emulator: Emulator, name?: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = name
    ? emulator.spreadsheet.getSheetByName(name)
    : emulator.spreadsheet.getSheets()[0];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
