/**
 * A workbook as coaches keep one: a tab per athlete (the tab's name is the athlete, no Athlete
 * column), a sheet of the coach's own that is not a log, and optionally a shared log with an
 * Athlete column. Shared by the tab-per-athlete emulator tests.
 */
import { createEmulator, type Emulator } from '../../scripts/emulator/emulator';

export const TAB_HEADER = ['Date', 'Exercise', 'Load', 'Reps', 'Bodyweight'];
/** A coach's own sheet that is not a log: left alone by every action. */
export const PACES = 'Race paces';
const PACES_VALUES = [
  ['Race', 'Pace', 'Date'],
  ['Oslo 10k', '4:05', '2026-05-01'],
];

/** Names a coach might give tabs: a quote, a leading "=", spaces, a number. */
const ODD = ["O'Brien", '=x', 'Ana Lima', '2026'];

/** The i-th athlete's tab name (0-based): the odd ones first, then Runner 5, Runner 6, … */
export function tabName(i: number): string {
  return ODD[i] ?? `Runner ${i + 1}`;
}

/**
 * One athlete's rows: `rows` sets over sessions two days apart, front squat climbing then holding,
 * trap bar climbing, push-ups without load; bodyweight on every row (60 + the athlete's index).
 */
export function tabRows(i: number, rows: number): unknown[][] {
  const out: unknown[][] = [TAB_HEADER];
  const start = Date.UTC(2026, 0, 5);
  for (let r = 0; r < rows; r++) {
    const session = Math.floor(r / 3);
    const lift = (['Front squat', 'Trap bar deadlift', 'Push-up'] as const)[r % 3] as string;
    const day = new Date(start + session * 2 * 86_400_000).toISOString().slice(0, 10);
    const load =
      lift === 'Push-up'
        ? 0
        : lift === 'Front squat'
          ? 40 + Math.min(session, 4) * 2.5
          : 70 + session * 2.5 + i;
    out.push([day, lift, load, lift === 'Push-up' ? 12 : 5, 60 + i]);
  }
  return out;
}

function write(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: unknown[][]): void {
  const width = Math.max(...values.map((r) => r.length));
  if (values.length > sheet.getMaxRows()) {
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  }
  sheet
    .getRange(1, 1, values.length, width)
    .setValues(values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
}

export interface TabsOptions {
  /** Rows per athlete tab (default 12). */
  readonly rows?: number;
  /** A shared log "Group" with an Athlete column: these athletes' rows (names may have a tab too). */
  readonly shared?: readonly string[];
}

/** The emulator with `tabs` athlete tabs and the coach's race-pace sheet; the first tab active. */
export function setupTabs(tabs: number, options: TabsOptions = {}): Emulator {
  const em = createEmulator({ now: Date.UTC(2026, 3, 1), timeZone: 'Etc/UTC' });
  em.load();
  const ss = em.spreadsheet;
  const first = ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  first.setName(tabName(0));
  write(first, tabRows(0, options.rows ?? 12));
  for (let i = 1; i < tabs; i++) {
    write(ss.insertSheet(tabName(i)), tabRows(i, options.rows ?? 12));
  }
  write(ss.insertSheet(PACES), PACES_VALUES);
  if (options.shared) {
    const rows: unknown[][] = [['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight']];
    options.shared.forEach((athlete, a) => {
      for (const r of tabRows(40 + a, 6).slice(1)) {
        // Later than the tabs' sessions: a month on.
        const day = new Date(Date.parse(`${r[0]}T00:00:00Z`) + 30 * 86_400_000);
        rows.push([day.toISOString().slice(0, 10), athlete, ...r.slice(1)]);
      }
    });
    write(ss.insertSheet('Group'), rows);
  }
  ss.setActiveSheet(first);
  em.resetCalls();
  return em;
}

/** Everything of ours left in the file: metadata, our rules and our protections, by sheet name. */
export function oursLeft(em: Emulator): string[] {
  const names = new Map(em.workbook.sheets.map((s) => [s.id, s.name]));
  const out: string[] = [];
  for (const m of em.workbook.metadata) {
    if (m.key !== 'strongEnough') continue;
    const where = 'sheetId' in m.location ? names.get(m.location.sheetId) : 'file';
    out.push(`${where}: ${m.location.type} ${m.value}`);
  }
  for (const s of em.workbook.sheets) {
    for (const r of s.rules) {
      if (r.condition.values.some((v) => String(v).includes('Strong Enough highlight'))) {
        out.push(`${s.name}: rule`);
      }
    }
    for (const p of s.protections) {
      if (p.description.startsWith('Strong Enough')) out.push(`${s.name}: protection`);
    }
    for (const [, f] of s.formulas)
      if (f.includes('STRENGTH_STATUS')) out.push(`${s.name}: formula`);
  }
  return out.sort();
}
