// dist/ without the built-ins Apps Script's V8 may lack (NEWER_BUILT_INS in
// scripts/apps-script-runtime.ts, which cites Google's V8 runtime page). Every custom function and
// every action runs once in a baseline emulator and once in an ordinary one: both must behave the
// same, so nothing in dist/ leans on a missing built-in, even on a path only some data reaches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { NEWER_BUILT_INS } from '../../scripts/apps-script-runtime';
import type { Emulator } from '../../scripts/emulator/emulator';
import { plainMessage as sidebarMessage } from '../../src/sidebar/server';
import { logRows, setup, snapshot, uploadFile } from './harness';

const DIST = path.resolve(__dirname, '../../dist');

/** One formula per custom function, over the harness log (Date, Athlete, Exercise, Load, Reps, Bodyweight). */
const FORMULAS: Record<string, string> = {
  E1RM: '=E1RM(Log!D2:D, Log!E2:E)',
  LOAD_FOR_REPS: '=LOAD_FOR_REPS(140, 5)',
  STRENGTH_RATIO: '=STRENGTH_RATIO(Log!D2:D, Log!F2:F, Log!E2:E)',
  TARGET_LOAD: '=TARGET_LOAD("Trap bar deadlift", 60)',
  TARGET_REACHED: '=TARGET_REACHED(Log!C2:C, Log!D2:D, Log!F2:F, Log!E2:E)',
  STALE: '=STALE(Log!B2:B, Log!C2:C, Log!A2:A, Log!D2:D, Log!E2:E)',
  STRENGTH_STATUS: '=STRENGTH_STATUS(Log!A1:F)',
  EXERCISE_NAME: '=EXERCISE_NAME(Log!C2:C)',
  RUNNER_SWAP: '=RUNNER_SWAP("Squat (Barbell)")',
};

const STRONG_HEADER =
  'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
const IMPORT_FILE = `${STRONG_HEADER}\n2026-03-02 10:00:00,Gym,Squat (Barbell),1,60,5,0,0,"",,\n2026-03-05 10:00:00,Gym,Deadlift (Trap bar),1,100,5,0,0,"",,\n`;
const ANA = { athlete: 'Ana', unit: 'kg' };

/** Tokens that are random by design (the sidebar's revision, an upload's id). */
const RANDOM = new Set(['revision', 'uploadId']);

/** Plain data for comparing runs (Dates and other realms' objects become JSON), random tokens out. */
const json = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null), (key, v) => (RANDOM.has(key) ? undefined : v));

function customFunctionResults(em: Emulator): Record<string, unknown> {
  em.spreadsheet.insertSheet('Check');
  const out: Record<string, unknown> = {};
  Object.entries(FORMULAS).forEach(([name, formula], i) => {
    const cell = `Check!${String.fromCharCode(65 + i * 2)}1`;
    em.set(cell, formula);
    out[name] = { value: em.get(cell), error: em.errorAt(cell)?.message ?? null };
  });
  return out;
}

/** Every action the scenario below runs (importBegin and importChunk through uploadFile). */
const ACTIONS_RUN = new Set(['onOpen', 'importBegin', 'importChunk']);

function actionResults(em: Emulator): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const run = (label: string, name: string, ...args: unknown[]) => {
    ACTIONS_RUN.add(name);
    // The coach works from the log (the Check and Targets sheets are ours).
    em.spreadsheet.getSheetByName('Log')?.activate();
    out[label] = json(em.run(name, ...args));
  };
  em.open('FULL');
  run('install', 'onInstall', { authMode: 'FULL', source: em.spreadsheet });
  out.revision = typeof em.run('getSidebarRevision');
  ACTIONS_RUN.add('getSidebarRevision');
  run('showSidebar', 'showSidebar');
  run('showImportDialog', 'showImportDialog');
  run('state', 'getSidebarState');
  run('saveSettings', 'saveSettings', { sessionsBeforeStale: 4 });
  run('saveTargets', 'saveTargets', [{ exercise: 'Front squat', multiple: 1.1 }]);
  run('resetTargets', 'resetTargets');
  run('apply', 'applyHighlights');
  run('dashboard', 'buildDashboard');
  run('audit', 'runAudit');
  run('menuApply', 'menuApplyHighlights');
  run('menuDashboard', 'menuBuildDashboard');
  run('menuAudit', 'menuAuditProgram');
  run('menuHelp', 'menuHelp');
  run('menuCheck', 'menuCheckSpreadsheet');
  run('link', 'linkAthleteLogs');
  run('menuLink', 'menuLinkAthleteLogs');
  run('unlink', 'unlinkAthleteLogs');
  run('menuUnlink', 'menuUnlinkAthleteLogs');
  run('preview', 'importPreview', uploadFile(em, IMPORT_FILE), ANA);
  run('commit', 'importCommit', uploadFile(em, IMPORT_FILE), ANA);
  run('remove', 'removeHighlights');
  run('menuRemove', 'menuRemoveHighlights');
  out.alerts = json(em.ui.alerts);
  out.workbook = json(snapshot(em));
  return out;
}

function everything(baseline: boolean): { em: Emulator; results: Record<string, unknown> } {
  const { em } = setup(logRows(150), 'Log', { baseline });
  const functions = customFunctionResults(em);
  return { em, results: { functions, actions: actionResults(em) } };
}

describe('dist/ on the V8 baseline Apps Script documents', () => {
  it('the baseline emulator really lacks the newer built-ins while dist/ runs', () => {
    const { em } = setup(logRows(6), 'Log', { baseline: true });
    const context = em.context as vm.Context;
    for (const [owner, key] of NEWER_BUILT_INS) {
      expect({ owner, key, present: vm.runInContext(`'${key}' in ${owner}`, context) }).toEqual({
        owner,
        key,
        present: false,
      });
    }
    // Outside a run this realm keeps them (jest and the harness need them).
    expect(typeof [].at).toBe('function');
  });

  it('has one formula per custom function the bundle registers', () => {
    const { em } = setup(logRows(6));
    expect(Object.keys(FORMULAS).sort()).toEqual([...em.customFunctions()].sort());
  });

  it('runs every custom function and every action exactly as on a current V8', () => {
    const base = everything(true).results;
    const current = everything(false).results;
    for (const [name, result] of Object.entries(base.functions as Record<string, unknown>)) {
      expect({ name, error: (result as { error: unknown }).error }).toEqual({ name, error: null });
    }
    // The log is long enough for stale series and new bests, so those paths ran too.
    expect(JSON.stringify(base.actions)).toMatch(/Stale/);
    expect(JSON.stringify(base.actions)).toMatch(/New best/);
    expect(base).toEqual(current);
    // Every top-level function of globals.js that is not a custom function ran.
    const globals = readFileSync(path.join(DIST, 'globals.js'), 'utf8');
    const topLevel = [...globals.matchAll(/^function (\w+)/gm)].map((m) => m[1] as string);
    const actions = topLevel.filter((name) => !(name in FORMULAS));
    expect(actions.filter((name) => !ACTIONS_RUN.has(name))).toEqual([]);
  });

  it('dist/ calls none of the newer methods (a static check of the built files)', () => {
    for (const file of ['bundle.js', 'globals.js']) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      // `.at(` and the rest as method calls; Object.hasOwn( and structuredClone( as named calls.
      const found = NEWER_BUILT_INS.filter(([owner, key]) =>
        new RegExp(
          owner.endsWith('.prototype')
            ? `\\.${key}\\(`
            : `\\b${owner === 'globalThis' ? '' : `${owner}\\.`}${key}\\(`,
        ).test(code),
      ).map(([owner, key]) => `${owner}.${key}`);
      expect({ file, found }).toEqual({ file, found: [] });
    }
  });
});

describe('errors reach the coach without our internal name', () => {
  it('an endpoint failure reads, in the sidebar, exactly as the sentence we wrote', () => {
    const { em } = setup(
      [
        ['Date', 'Athlete', 'Exercise', 'Reps'],
        ['2026-01-05', 'Ana', 'Front squat', 5],
      ],
      'Log',
      { baseline: true },
    );
    let thrown: unknown = null;
    try {
      em.run('applyHighlights');
    } catch (error) {
      thrown = error;
    }
    const error = thrown as Error;
    expect(error.name).toBe('Error');
    // Apps Script hands google.script.run's failure handler `name: message`; the sidebar strips
    // the standard "Error: " and shows the rest.
    const shown = sidebarMessage(String(error));
    expect(shown).toBe(error.message);
    expect(shown).toMatch(/^The sheet "Log" does not look like a training log\. No load column/);
    expect(shown).not.toMatch(/StrongEnough/);
  });

  it('a menu action’s alert carries no internal prefix either', () => {
    const { em } = setup([['Date', 'Athlete', 'Exercise', 'Reps']], 'Log', { baseline: true });
    em.run('menuApplyHighlights');
    const alerts = JSON.stringify(em.ui.alerts);
    expect(alerts).toMatch(/does not look like a training log/);
    expect(alerts).not.toMatch(/StrongEnough:/);
  });
});
