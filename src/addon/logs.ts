/**
 * Every log in the file: a coach may keep one shared log with an Athlete column, a tab per athlete
 * (the tab's name is the athlete, no Athlete column), or both. Each sheet is recognised by its
 * headers (plan-log.ts recogniseLog); our own sheets (found by their tags) and the coach's other
 * sheets (a bodyweight roster, race paces, notes) are left alone.
 *
 * Cost, whatever the logs' length: one getSheets, one getName per sheet, one finder call for our
 * sheets' tags (plus a getName per sheet of ours, at most three), and one getSheetValues per sheet
 * that is not ours: 2 + 2 × sheets at most, linear in the tabs, never in the rows.
 */
import type { CellValue } from '../core/values';
import type { Settings } from './api-types';
import { findLinkedTabs, type LinkedTab, type LinkedTabStatus } from './linked';
import { findOurSheets, type OurSheets } from './ours';
import { linkState } from './plan-linked';
import { type FoundLog, recogniseLog, tabAthlete } from './plan-log';
import { sheetValues } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One log sheet of the file, read (its values in one call) and recognised. */
export interface LogTab {
  readonly sheet: Sheet;
  /** The tab's name as Sheets has it now. */
  readonly name: string;
  readonly values: CellValue[][];
  readonly found: FoundLog;
  /**
   * Whose log this is when the sheet has no Athlete column: the tab's name, or the coach's name for
   * the tab in settings (athleteNames). Null for a shared log, whose rows name their athletes.
   */
  readonly athlete: string | null;
  /**
   * Where the athlete comes from: the rows' Athlete column, the tab's name, settings, or the
   * roster of linked logs (a tab reading an athlete's own file: its athlete is the roster's name,
   * whatever the tab is called).
   */
  readonly athleteFrom: 'column' | 'tab' | 'settings' | 'linked';
  /** A linked tab (an athlete's own file, read-only by IMPORTRANGE): never written to. */
  readonly linked: boolean;
}

export interface SheetRead {
  readonly sheet: Sheet;
  readonly name: string;
  readonly values: CellValue[][];
}

/**
 * A sheet already read, as a log tab: null when its headers are not a log's. A linked tab's athlete
 * is the one the roster names (`link`).
 */
export function logTabOf(
  read: SheetRead,
  settings: Settings,
  link: Pick<LinkedTab, 'athlete'> | null = null,
): LogTab | null {
  const found = recogniseLog(read.name, read.values, settings);
  if (found === null) return null;
  const hasAthleteColumn = found.columns.athlete !== undefined;
  const chosen = settings.athleteNames[read.name];
  const linked = link !== null;
  return {
    ...read,
    found,
    athlete: hasAthleteColumn ? null : linked ? link.athlete : tabAthlete(read.name, settings),
    athleteFrom: hasAthleteColumn ? 'column' : linked ? 'linked' : chosen ? 'settings' : 'tab',
    linked,
  };
}

export interface FoundLogs {
  /** The logs, in the order of the file's tabs. */
  readonly logs: readonly LogTab[];
  /** Every sheet read (name and values), ours left out: the roster or a legacy Targets is among them. */
  readonly sheets: readonly SheetRead[];
  /** Every tab's name, in order (ours included), as the sidebar's sheet lists show them. */
  readonly names: readonly string[];
  readonly ours: OurSheets;
  /**
   * Every linked tab (an athlete's own file) and its state: "linked" when it reads as a log (it is
   * among `logs` then), "waiting" while it shows #REF! (before the coach's Allow access, or a file
   * not shared) or does not read as a log yet. Waiting tabs are in no analysis and no problem list.
   */
  readonly linked: readonly LinkedTabStatus[];
}

/**
 * Finds every log in the spreadsheet. `only` keeps the logs named (the coach's choice in the
 * sidebar); a name that is not a log is ignored.
 */
export function findLogs(
  ss: Spreadsheet,
  settings: Settings,
  ours: OurSheets = findOurSheets(ss),
): FoundLogs {
  const all = ss.getSheets();
  const ourNames = new Set(
    [ours.targets, ours.dashboard, ours.chartData].flatMap((s) => (s ? [s.getName()] : [])),
  );
  if (ours.linkedRoster) ourNames.add(ours.linkedRoster.getName());
  const links = new Map(findLinkedTabs(ss).map((t) => [t.name, t]));
  const names: string[] = [];
  const sheets: SheetRead[] = [];
  const logs: LogTab[] = [];
  const linked: LinkedTabStatus[] = [];
  for (const sheet of all) {
    const name = sheet.getName();
    names.push(name);
    if (ourNames.has(name)) continue;
    const read = { sheet, name, values: sheetValues(sheet) };
    const link = links.get(name) ?? null;
    const log = logTabOf(read, settings, link);
    if (link) {
      const readable = log !== null && linkState(read.values[0]?.[0]) === 'linked';
      linked.push({ athlete: link.athlete, tab: name, state: readable ? 'linked' : 'waiting' });
      if (!readable) continue;
    }
    sheets.push(read);
    if (log) logs.push(log);
  }
  return { logs, sheets, names, ours, linked };
}

/** The logs the coach chose (by tab name), in the file's order; all of them when none is named. */
export function chosenLogs(logs: readonly LogTab[], only?: readonly string[] | null): LogTab[] {
  if (!only || only.length === 0) return [...logs];
  const wanted = new Set(only);
  return logs.filter((l) => wanted.has(l.name));
}

/**
 * The tab that belongs to this athlete (no Athlete column; names compared without case), if any. A
 * linked tab is never it: it is a read-only copy of the athlete's own file, so nothing is written
 * there (an import for that athlete goes to a tab of this file).
 */
export function logOfAthlete(logs: readonly LogTab[], athlete: string): LogTab | null {
  const key = athlete.trim().toLowerCase();
  return (
    logs.find((l) => !l.linked && l.athlete !== null && l.athlete.toLowerCase() === key) ?? null
  );
}
