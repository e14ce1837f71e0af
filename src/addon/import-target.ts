/**
 * Where an import writes (the write-target side of import-api.ts). In a file with several logs the
 * sets go to the athlete's own tab when there is one; else, as the coach chooses in the dialog, to
 * a new tab for them in the log layout or to the shared log (the one with an Athlete column). With
 * the log chosen in settings, or a file of several athletes, they go to that one log, as before.
 * A linked tab (an athlete's own file, read by IMPORTRANGE) is never a target: for a linked athlete
 * the sets go to a tab of this file (new, or the shared log), and the preview says so (`linked`).
 */
import type { CellValue } from '../core/values';
import type { ImportTargetKind, ImportTargetView, Settings } from './api-types';
import { coachError } from './guard';
import { findStatus } from './highlights';
import { refuseLinkedTab } from './linked';
import { findLogs, type LogTab, logOfAthlete } from './logs';
import { isStatusFormula } from './plan-highlights';
import { logSheet, sheetValues } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A new athlete's tab when no tab shows the layout to copy: a log's usual columns. */
export const NEW_TAB_HEADER = ['Date', 'Exercise', 'Load', 'Reps', 'Bodyweight'] as const;

export interface ImportTarget extends ImportTargetView {
  /** The sheet written to; null for a new tab, made at commit. */
  readonly sheet: Sheet | null;
  /** The sheet's values now (a new tab: its header row only). */
  readonly values: CellValue[][];
  /** The new tab's header row (kind 'newTab'). */
  readonly header: readonly string[] | null;
  /**
   * A new tab: the tab whose layout it copies has highlights on, so the new tab gets them too at
   * commit (every athlete's tab alike, without another Apply).
   */
  readonly highlights?: boolean;
}

/** The one athlete of the import: the dialog's answer, else the file's only athlete; else null. */
export function importAthlete(
  fileAthletes: readonly (string | null)[],
  answer: string | null,
): string | null {
  const names = new Set(
    fileAthletes.map((a) => (a ?? answer ?? '').trim().replace(/\s+/g, ' ')).filter((a) => a),
  );
  return names.size === 1 ? ([...names][0] as string) : null;
}

/** The log a new tab copies its layout from: the first athlete's tab, else the first log. */
export function layoutSource(logs: readonly LogTab[]): LogTab | undefined {
  return logs.find((l) => l.athlete !== null) ?? logs[0];
}

/**
 * The header of a new tab "in the log layout": the layout source's header row (so every tab looks
 * alike) without its Athlete column and without the columns of ours there (`ours`, 1-based: our
 * Status column and import key, which Apply and the import add and tag themselves), else
 * NEW_TAB_HEADER.
 */
export function newTabHeader(from: LogTab | undefined, ours: readonly number[] = []): string[] {
  if (!from) return [...NEW_TAB_HEADER];
  const athleteColumn = from.found.columns.athlete;
  const skipped = new Set(ours.map((column) => column - 1));
  const labels = from.found.header.labels
    .map((l, i) => (i === athleteColumn || skipped.has(i) ? null : String(l ?? '')))
    .filter((l): l is string => l !== null);
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  return labels.length > 0 ? labels : [...NEW_TAB_HEADER];
}

/** A tab name for the athlete that no sheet has yet ("Maya", else "Maya (2)", …). */
export function freeTabName(taken: readonly string[], athlete: string): string {
  // Sheets refuses no character in a tab name, but 100 characters is its limit.
  const base = athlete.slice(0, 90);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/**
 * Decides the target. `wanted` is the coach's choice from the dialog (absent: the default, which
 * is the athlete's tab; else, where athletes have tabs, a new tab for them; else the shared log). Reads the file's logs (2 calls a tab)
 * unless a log is chosen in settings.
 */
export function importTarget(
  ss: Spreadsheet,
  settings: Settings,
  athlete: string | null,
  wanted: ImportTargetKind | null,
  /** The file names several athletes (a log-layout CSV): only a shared log can take them. */
  several = false,
): ImportTarget {
  const one = (): ImportTarget => {
    const { sheet, name } = logSheet(ss, settings);
    refuseLinkedTab(
      sheet,
      name,
      'Open a log of this spreadsheet (your shared log, or a tab of its own for the athlete) and import there; the athlete can import into their own file themselves.',
    );
    const values = sheetValues(sheet);
    return { kind: 'shared', name, athlete, choices: ['shared'], sheet, values, header: null };
  };
  if (settings.logSheet !== null) return one();
  const found = findLogs(ss, settings);
  const { names } = found;
  // Linked tabs are read-only copies of the athletes' own files: never written to.
  const logs = found.logs.filter((l) => !l.linked);
  const linked =
    athlete === null
      ? null
      : (found.linked.find((l) => l.athlete.toLowerCase() === athlete.toLowerCase())?.tab ?? null);
  // No log in the file, or only one: that log (today's one-log import, the active sheet's words).
  if (logs.length === 0 && linked === null) return one();
  const shared = sharedLog(ss, logs);
  const tab = athlete === null ? null : logOfAthlete(logs, athlete);
  // A new tab is offered where athletes have tabs (or there is no shared log to append to).
  const tabLayout = logs.some((l) => l.athlete !== null);
  const choices: ImportTargetKind[] = [];
  if (tab) choices.push('tab');
  // A linked athlete's sets need a tab of this file: their own is read-only here.
  if (!tab && athlete !== null && (tabLayout || shared === null || linked !== null)) {
    choices.push('newTab');
  }
  if (shared) choices.push('shared');
  if (choices.length === 0) {
    // Only athletes' tabs, and no one athlete to import for.
    if (several) {
      throw coachError(
        "This file holds the sets of several athletes, and this spreadsheet keeps a tab per athlete with no shared log (a sheet with an Athlete column) to put them in. Import each athlete's own file, or add a shared log.",
      );
    }
    // Whose sets these are is still to be asked: nothing is written before the coach answers.
    return target('tab', logs[0] as LogTab, athlete, ['tab']);
  }
  const kind =
    wanted !== null && choices.includes(wanted) ? wanted : (choices[0] as ImportTargetKind);
  const withLink = <T extends ImportTarget>(t: T): T => (linked === null ? t : { ...t, linked });
  if (kind === 'tab') return withLink(target('tab', tab as LogTab, athlete, choices));
  if (kind === 'shared') return withLink(target('shared', shared as LogTab, athlete, choices));
  const from = layoutSource(logs.length > 0 ? logs : found.logs);
  // Our columns there are not the layout: found by their tags (two calls, a new tab's import only).
  const ours = from === undefined ? null : findStatus(from.sheet, from);
  const header = newTabHeader(
    from,
    [ours?.at?.column, ours?.columns.importKey].filter((c): c is number => typeof c === 'number'),
  );
  const name = freeTabName(names, athlete as string);
  const highlights = isStatusFormula(ours?.at?.formula);
  return withLink({
    kind,
    name,
    athlete,
    choices,
    sheet: null,
    values: [header],
    header,
    highlights,
  });
}

/**
 * The shared log an import appends to: the only one, or — when the file has several logs with an
 * Athlete column — the one open (one call, only then), else the first.
 */
function sharedLog(ss: Spreadsheet, logs: readonly LogTab[]): LogTab | null {
  const shared = logs.filter((l) => l.athlete === null);
  if (shared.length <= 1) return shared[0] ?? null;
  const active = ss.getSheetName();
  return shared.find((l) => l.name === active) ?? (shared[0] as LogTab);
}

function target(
  kind: ImportTargetKind,
  log: LogTab,
  athlete: string | null,
  choices: readonly ImportTargetKind[],
): ImportTarget {
  return {
    kind,
    name: log.name,
    athlete,
    choices,
    sheet: log.sheet,
    values: log.values,
    header: null,
  };
}
