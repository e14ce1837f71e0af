/**
 * The season plan beside the targets, through dist/ in the emulator: typed on the Targets sheet,
 * it changes the live status column and the sidebar's summaries, in no extra Spreadsheet call.
 */
import { lastAlert, logRows, measure, setup } from './harness';

type State = { athletes: { name: string; phase: { phase: string } | null }[] };

describe('a season plan on the Targets sheet', () => {
  it('turns held lifts from Stale to kept in race season, live, and shows the phase', () => {
    const { em } = setup(logRows(200));
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/beside them an empty season plan/);
    const statuses = () =>
      em
        .render('Log', { numRows: 201 })
        .rows.slice(1)
        .map((r) => String(r[6]?.display ?? ''));
    // Front squat plateaus at 60 kg from day 20: stale without a plan.
    expect(statuses().filter((s) => s.startsWith('Stale')).length).toBeGreaterThan(0);
    const before = em.run('getSidebarState') as State;
    expect(before.athletes.map((a) => a.phase)).toEqual([null, null]);

    const targets = em.spreadsheet.getSheetByName('Targets') as GoogleAppsScript.Spreadsheet.Sheet;
    targets.getRange('D2:G2').setValues([['Everyone', '2020-01-01', '', 'Race season']]);
    expect(statuses().filter((s) => s.startsWith('Stale'))).toEqual([]);
    expect(em.errorAt('Log!G1')).toBeNull();

    em.resetCalls();
    const calls = measure(em, 'getSidebarState');
    const after = em.run('getSidebarState') as State;
    expect(after.athletes.map((a) => a.phase?.phase)).toEqual(['race season', 'race season']);
    // The plan is read with the targets: one getSheetValues for the log, one for Targets.
    expect(calls['Sheet.getSheetValues']).toBe(2);
  });

  it('names a bad plan row in the status column instead of guessing', () => {
    const { em } = setup(logRows(30));
    em.run('menuApplyHighlights');
    const targets = em.spreadsheet.getSheetByName('Targets') as GoogleAppsScript.Spreadsheet.Sheet;
    targets.getRange('D2:G2').setValues([['Ana', '2020-01-01', '', 'holiday']]);
    expect(String(em.errorAt('Log!G1')?.message ?? '')).toMatch(
      /season plan row 2: "holiday" is not a phase/,
    );
  });
});
