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
import { coachError } from './guard';
import { findLinkedTabs, type LinkedTab, type LinkedTabStatus, linkOf } from './linked';
import { findOurSheets, type OurSheets } from './ours';
import { linkState } from './plan-linked';
import { type FoundLog, findLog, recogniseLog, tabAthlete } from './plan-log';
import {
  dashboardSheet,
  type LogRead,
  readLogSheet,
  readTargetRows,
  sheetValues,
} from './workbook';

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
  /** The names of our sheets, asked once here so no caller asks again. */
  readonly ourNames: { readonly dashboard: string | null; readonly targets: string | null };
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
  const targets = ours.targets?.getName() ?? null;
  const dashboard = ours.dashboard?.getName() ?? null;
  const ourNames = new Set(
    [targets, dashboard, ours.chartData?.getName() ?? null].filter((n) => n !== null),
  );
  if (ours.linkedRoster) ourNames.add(ours.linkedRoster.getName());
  const links = new Map(findLinkedTabs(ss, ours).map((t) => [t.name, t]));
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
  return { logs, sheets, names, ours, linked, ourNames: { targets, dashboard } };
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

/**
 * The logs an action works on: the one chosen in settings (as before, one sheet), else every log
 * in the file. A file with no log at all gets the one-log read's plain-words problem about the
 * active sheet ("… does not look like a training log …"), thrown.
 */
export function readLogs(
  ss: Spreadsheet,
  settings: Settings,
  ours: OurSheets = findOurSheets(ss),
): { logs: LogTab[]; ours: OurSheets; all: FoundLogs | null } {
  if (settings.logSheet !== null) {
    const one = readLogSheet(ss, settings);
    return { logs: [asLogTab(one, settings)], ours, all: null };
  }
  const all = findLogs(ss, settings, ours);
  if (all.logs.length === 0) {
    // Nothing in the file reads as a log: the active sheet's problem, in today's words.
    readLogSheet(ss, settings);
    throw coachError('No sheet in this file looks like a training log.');
  }
  return { logs: [...all.logs], ours, all };
}

/**
 * A log read the one-log way (the sheet chosen in settings) as a log tab; a linked tab's athlete is
 * the roster's (one call, the sheet's own tags, when the log has no Athlete column).
 */
export function asLogTab(log: LogRead, settings: Settings): LogTab {
  const hasAthleteColumn = log.found.columns.athlete !== undefined;
  // Asked only when the athlete depends on it (a log with an Athlete column names its own).
  const link = hasAthleteColumn ? null : linkOf(log.sheet);
  return {
    sheet: log.sheet,
    name: log.name,
    values: log.values,
    found: log.found,
    athlete: hasAthleteColumn ? null : (link?.athlete ?? tabAthlete(log.name, settings)),
    athleteFrom: hasAthleteColumn
      ? 'column'
      : link
        ? 'linked'
        : settings.athleteNames[log.name]
          ? 'settings'
          : 'tab',
    linked: link !== null,
  };
}

/**
 * What stops this log being read with the coach's settings as they are (a column chosen in settings
 * that this sheet's header lacks, no Bodyweight column when bodyweights come from one), or null.
 */
export function logProblem(
  log: Pick<LogTab, 'name' | 'values'>,
  settings: Settings,
): string | null {
  const found = findLog(log.name, log.values, settings);
  return 'problem' in found ? found.problem : null;
}

/** What Build dashboard reads: the logs, the Targets rows, and the dashboard sheet if it exists. */
export interface DashboardSources {
  readonly logs: readonly LogTab[];
  readonly targetRows: CellValue[][] | null;
  readonly dashboard: Sheet | null;
  /** A sheet called "Strength dashboard" exists (ours or the coach's): a new one needs another name. */
  readonly dashboardNameTaken: boolean;
  /** Our chart-data sheet (tagged as ours), if it exists. */
  readonly chartData: Sheet | null;
  /** The dashboard is the active sheet (a rebuild leaves the coach where they are). */
  readonly dashboardActive: boolean;
}

/**
 * The dashboard's reads: our sheets found by their tags in one finder call, the logs (the one
 * chosen in settings, else every log in the file), the Targets rows and the active sheet's name.
 */
export function readDashboardSources(ss: Spreadsheet, settings: Settings): DashboardSources {
  const ours = findOurSheets(ss);
  const { logs, all } = readLogs(ss, settings, ours);
  const dashboard = dashboardSheet(ss, ours);
  // With the log chosen in settings the active sheet is not asked: the rebuild shows the dashboard.
  const dashboardName =
    dashboard.sheet === null || all === null
      ? null
      : dashboard.sheet === ours.dashboard
        ? all.ourNames.dashboard
        : dashboard.sheet.getName();
  const active = dashboardName === null ? null : ss.getSheetName();
  return {
    logs,
    targetRows: readTargetRows(ss, ours),
    dashboard: dashboard.sheet,
    dashboardNameTaken: dashboard.nameTaken,
    chartData: ours.chartData,
    dashboardActive: dashboardName !== null && dashboardName === active,
  };
}

/**
 * The tabs each athlete's rows are on, by athlete name as the analysis names them: a tab's own
 * athlete, and every name in a shared log's Athlete column (spaces collapsed, as the log reader
 * does). Read from the values already read: no Spreadsheet call.
 */
export function athleteTabs(logs: readonly LogTab[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (athlete: string, tab: string) => {
    const list = out.get(athlete);
    if (!list) out.set(athlete, [tab]);
    else if (!list.includes(tab)) list.push(tab);
  };
  for (const log of logs) {
    if (log.athlete !== null) {
      add(log.athlete, log.name);
      continue;
    }
    const column = log.found.columns.athlete as number;
    // A header repeated inside the log is not an athlete.
    const seen = new Set<string>([String(log.found.header.labels[column] ?? '')]);
    for (const row of log.values.slice(log.found.header.row + 1)) {
      const cell = row[column];
      if (cell === '' || cell === null || cell === undefined) continue;
      const text = String(cell);
      if (seen.has(text)) continue;
      seen.add(text);
      const name = text.trim().replace(/\s+/g, ' ');
      if (name !== '') add(name, log.name);
    }
  }
  return out;
}
