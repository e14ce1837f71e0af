/**
 * Fixed costs stay fixed with a tab per athlete (issue 15): Spreadsheet service calls per action
 * grow linearly with the number of log tabs (two calls a tab to find the logs, and each log's own
 * highlights calls) and never with rows. The table below is the one in docs/coach-data.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lastAlert, measure, total, uploadFile } from './harness';
import { setupTabs, tabName } from './tabs-harness';

const strong = readFileSync(
  path.join(__dirname, '../fixtures/realdata/strong-export-kg-a.csv'),
  'utf8',
);

/** Chart calls (one per chart, at most 12) are counted apart, as for the one-log dashboard. */
const charts = (c: Record<string, number>) =>
  (c['Sheet.insertChart'] ?? 0) + (c['Sheet.updateChart'] ?? 0) + (c['Sheet.removeChart'] ?? 0);

function costs(tabs: number, rows: number): Record<string, number> {
  const em = setupTabs(tabs, { rows });
  const out: Record<string, number> = {};
  const run = (key: string, name: string, ...args: unknown[]) => {
    const calls = measure(em, name, ...args);
    expect(lastAlert(em)).not.toMatch(/could not|cannot|Another/);
    out[key] = total(calls) - (key.startsWith('Dashboard') ? charts(calls) : 0);
  };
  run('Apply', 'menuApplyHighlights');
  run('re-Apply', 'menuApplyHighlights');
  run('Sidebar state', 'getSidebarState');
  run('Dashboard', 'menuBuildDashboard');
  run('Dashboard rebuild', 'menuBuildDashboard');
  run('Audit', 'menuAuditProgram');
  const athlete = { athlete: tabName(tabs - 1), unit: 'kg' };
  const id = uploadFile(em, strong, undefined, 'strong.csv');
  run('Import preview', 'importPreview', id, athlete);
  run('Import', 'importCommit', id, athlete);
  run('Remove', 'menuRemoveHighlights');
  return out;
}

/**
 * Calls per action: a fixed part plus a part per log tab (the coach's race-pace sheet, ours and the
 * logs are all in the file; "tabs" counts the athletes' tabs). Apply with several tabs also asks for
 * the active sheet once, to bring the coach back to it after the new Targets sheet.
 */
const PER_TAB: Record<string, { fixed: number; perTab: number }> = {
  Apply: { fixed: 13, perTab: 13 },
  're-Apply': { fixed: 8, perTab: 13 },
  'Sidebar state': { fixed: 9, perTab: 6 },
  Dashboard: { fixed: 34, perTab: 3 },
  'Dashboard rebuild': { fixed: 28, perTab: 2 },
  Audit: { fixed: 13, perTab: 2 },
  'Import preview': { fixed: 15, perTab: 2 },
  Import: { fixed: 34, perTab: 2 },
  Remove: { fixed: 12, perTab: 13 },
};

const expected = (tabs: number) =>
  Object.fromEntries(
    Object.entries(PER_TAB).map(([action, { fixed, perTab }]) => [
      action,
      // One tab: Apply does not ask for the active sheet (it brings the coach back to that log).
      fixed + perTab * tabs - (action === 'Apply' && tabs === 1 ? 1 : 0),
    ]),
  );

describe('Spreadsheet calls per action for 1, 12 and 40 athlete tabs', () => {
  const table: Record<number, Record<string, number>> = {};
  beforeAll(() => {
    for (const tabs of [1, 12, 40]) table[tabs] = costs(tabs, 12);
  });

  it('grow by a fixed number per tab: the table in docs/coach-data.md', () => {
    expect(table).toEqual({ 1: expected(1), 12: expected(12), 40: expected(40) });
  });

  it('never with rows: twelve tabs of 60 rows cost what twelve tabs of 12 rows do', () => {
    expect(costs(12, 60)).toEqual(table[12]);
  });
});
