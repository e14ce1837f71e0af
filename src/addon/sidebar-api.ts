/**
 * The sidebar's endpoints (SidebarApi): plain JSON in and out, failures as an Error with a
 * plain-words message. Each returns the fresh state so the sidebar never shows stale data.
 */
import {
  analyseLogs,
  applyHighlights,
  buildDashboard,
  recolourHighlights,
  refreshStatusFormula,
  removeHighlights,
  runAudit,
} from './actions';
import type {
  ActionResult,
  HighlightColors,
  Settings,
  SidebarState,
  TargetRowJson,
} from './api-types';
import { coachError, endpoint, plainMessage, withDocumentLock } from './guard';
import { findStatus } from './highlights';
import { linkAthleteLogs, linkedLogsJson, unlinkAthleteLogs } from './linked';
import { athleteTabs, type LogTab, readLogs } from './logs';
import { findOurSheets } from './ours';
import { isStatusFormula, namesAnotherAthlete } from './plan-highlights';
import { mergeSettings } from './settings';
import { attentionOptions, sidebarRoster } from './sidebar-state';
import { currentRevision, loadSettings, storeSettings } from './store';
import {
  defaultTargetTable,
  readTargetRows,
  TARGETS_HEADER,
  targetRowsJson,
  writeTargetTable,
} from './workbook';

/** The first problems only: a 20,000-row log with a bad column must not flood the sidebar. */
const MAX_PROBLEMS = 50;

function state(): SidebarState {
  const { settings, warning } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ours = findOurSheets(ss);
  let read: ReturnType<typeof readLogs> | null = null;
  let readError: unknown = null;
  try {
    read = readLogs(ss, settings, ours);
  } catch (error) {
    readError = error;
  }
  // Every tab's name came with the logs when the whole file was read; else asked once.
  const sheets = read?.all?.names ?? ss.getSheets().map((s) => s.getName());
  const targetRows = readTargetRows(ss, ours);
  const targets = targetRowsJson(targetRows);
  const base = {
    settings,
    settingsWarning: warning,
    sheets,
    targets,
    revision: currentRevision(),
    // Read with the logs when the whole file was (no call more); else each linked tab's A1.
    linked: linkedLogsJson(ss, ours, read?.all?.linked),
  };
  try {
    if (read === null) throw readError;
    const { logs } = read;
    const analysis = analyseLogs(ss, settings, logs, targetRows);
    // Which tabs each athlete is on: said on their card only when the file has several logs.
    const tabs = logs.length > 1 ? athleteTabs(logs) : undefined;
    const roster = sidebarRoster(analysis, attentionOptions(settings), tabs);
    const formulas = logs.map((log) => findStatus(log.sheet, log).at?.formula ?? null);
    return {
      ...base,
      log: (logs[0] as LogTab).found.description,
      logs: logs.map((log, i) => ({
        sheet: log.name,
        athlete: log.athlete,
        athleteFrom: log.athleteFrom,
        rows: log.found.description.rows,
        highlights: isStatusFormula(formulas[i]),
        statusOutOfDate: namesAnotherAthlete(formulas[i], log.athlete),
      })),
      logError: null,
      highlightsApplied: formulas.some(isStatusFormula),
      athletes: roster.athletes,
      attention: roster.attention,
      problems: analysis.problems.slice(0, MAX_PROBLEMS),
      problemCount: analysis.problems.length,
      unrecognised: analysis.unrecognised.slice(0, MAX_PROBLEMS),
    };
  } catch (error) {
    return {
      ...base,
      log: null,
      logs: [],
      logError: plainMessage(error),
      highlightsApplied: false,
      athletes: [],
      attention: { items: [], quiet: [] },
      problems: [],
      problemCount: 0,
    };
  }
}

/** Checks the coach's targets table before anything is written. */
export function targetTable(rows: unknown): (string | number)[][] {
  if (!Array.isArray(rows))
    throw coachError('The targets sent were not a list; nothing was saved.');
  const table: (string | number)[][] = [[...TARGETS_HEADER]];
  rows.forEach((row: unknown, i) => {
    const r = (row ?? {}) as Partial<TargetRowJson>;
    const exercise = typeof r.exercise === 'string' ? r.exercise.trim() : '';
    if (exercise === '' || exercise.length > 100) {
      throw coachError(`Target ${i + 1} has no exercise name; nothing was saved.`);
    }
    const m = r.multiple;
    if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || m > 10) {
      throw coachError(
        `The target for ${exercise} must be a multiple of bodyweight from 0 to 10; nothing was saved.`,
      );
    }
    table.push([exercise, m]);
  });
  return table;
}

const sameColors = (a: HighlightColors, b: HighlightColors): boolean =>
  a.stale === b.stale && a.targetReached === b.targetReached && a.newBest === b.newBest;

/** The settings STRENGTH_STATUS's arguments (and the log it reads) come from. */
function formulaSettingsChanged(a: Settings, b: Settings): boolean {
  const pick = (s: Settings) =>
    JSON.stringify([
      s.logSheet,
      s.columns,
      s.unit,
      s.bodyweight,
      s.formula,
      s.sessionsBeforeStale,
      s.layoffWeeks,
      s.keepShare,
      s.athleteNames,
    ]);
  return pick(a) !== pick(b);
}

/**
 * Athlete names kept for tabs that are gone (deleted, or renamed: the new name is the athlete
 * again) are dropped when settings are saved, so nothing of ours outlives its tab. Costs a look at
 * the tabs' names only when some tab has a name of the coach's.
 */
function withoutGoneTabs(settings: Settings): Settings {
  const named = Object.keys(settings.athleteNames);
  if (named.length === 0) return settings;
  const tabs = new Set(
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName()),
  );
  if (named.every((tab) => tabs.has(tab))) return settings;
  const kept = Object.fromEntries(
    Object.entries(settings.athleteNames).filter(([tab]) => tabs.has(tab)),
  );
  return { ...settings, athleteNames: kept };
}

const action = (run: () => string) =>
  endpoint((): ActionResult => ({ message: run(), state: state() }));

export const SIDEBAR_ENDPOINTS = {
  getSidebarState: endpoint(state),
  /** The sidebar's cheap poll: one property read, no Spreadsheet call (see App.tsx). */
  getSidebarRevision: endpoint((): string => currentRevision()),
  saveSettings: endpoint((changes: unknown): SidebarState => {
    withDocumentLock(() => {
      const before = loadSettings().settings;
      const next = withoutGoneTabs(mergeSettings(before, changes));
      storeSettings(next);
      // Highlights already on follow now, not at the next Apply: a setting the Status formula
      // reads rewrites the formula; new colours recolour our rules in their places.
      if (formulaSettingsChanged(before, next)) refreshStatusFormula(next);
      else if (!sameColors(before.colors, next.colors)) recolourHighlights(next);
    });
    return state();
  }),
  saveTargets: endpoint((rows: unknown): SidebarState => {
    const table = targetTable(rows);
    withDocumentLock(() => writeTargetTable(SpreadsheetApp.getActiveSpreadsheet(), table));
    return state();
  }),
  resetTargets: endpoint((): SidebarState => {
    withDocumentLock(() =>
      writeTargetTable(SpreadsheetApp.getActiveSpreadsheet(), defaultTargetTable()),
    );
    return state();
  }),
  applyHighlights: endpoint(
    (tabs?: unknown): ActionResult => ({ message: applyHighlights(tabs), state: state() }),
  ),
  removeHighlights: endpoint(
    (tabs?: unknown): ActionResult => ({ message: removeHighlights(tabs), state: state() }),
  ),
  buildDashboard: action(buildDashboard),
  runAudit: action(() => runAudit().text),
  linkAthleteLogs: action(linkAthleteLogs),
  unlinkAthleteLogs: action(unlinkAthleteLogs),
};
