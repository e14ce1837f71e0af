/**
 * A tab per athlete (issue 15): twelve athletes' tabs without an Athlete column and a coach's
 * sheet that is not a log. Every action works on every log (or the tabs chosen), leaves the other
 * sheet alone, and undoes exactly what it added; the coach's edits (renaming a tab, inserting rows,
 * deleting a tab) break nothing and leave nothing of ours behind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../../scripts/emulator/emulator';
import type { ImportPreview, ImportResult, SidebarState } from '../../src/addon/api-types';
import { lastAlert, snapshot, uploadFile } from './harness';
import { oursLeft, PACES, setupTabs, TAB_HEADER, tabName } from './tabs-harness';

const TABS = 12;
const names = Array.from({ length: TABS }, (_, i) => tabName(i));
const sheet = (em: Emulator, name: string) =>
  em.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
const statusColumn = (em: Emulator, name: string) =>
  sheet(em, name)
    .getRange('F1:F6')
    .getDisplayValues()
    .map((r) => String(r[0] ?? ''));
const state = (em: Emulator) => em.run('getSidebarState') as SidebarState;
/** The Status column's text on a row of a tab, wherever the column is. */
const statusOf = (em: Emulator, name: string, row: number) => {
  const values = sheet(em, name).getDataRange().getDisplayValues();
  return values[row - 1]?.[(values[0] ?? []).indexOf('Status')] ?? '';
};

describe('Apply and Remove on every log', () => {
  let em: Emulator;
  let before: unknown;
  beforeAll(() => {
    em = setupTabs(TABS);
    before = snapshot(em, [...names, PACES]);
    em.run('menuApplyHighlights');
  });

  it('gives each tab its own Status column whose formula names the tab’s athlete as text', () => {
    expect(lastAlert(em)).toMatch(/^Highlights are on 12 logs \("O'Brien", "=x", /);
    for (const name of names) {
      const formulas = [...(em.workbook.sheets.find((s) => s.name === name)?.formulas ?? [])];
      expect(formulas).toHaveLength(1);
      expect(formulas[0]?.[1]).toMatch(/^=STRENGTH_STATUS\(/);
      expect(formulas[0]?.[1].endsWith(`,8,0.9,"${name.replace(/"/g, '""')}")`)).toBe(true);
    }
    // A tab named =x and one named O'Brien compute their statuses like any other.
    for (const name of ["O'Brien", '=x']) {
      const shown = statusColumn(em, name);
      expect(shown[0]).toBe('Status');
      expect(shown[1]).toMatch(/^New best: first session/);
    }
  });

  it('leaves the coach’s other sheet alone and makes one Targets sheet for all', () => {
    expect(snapshot(em, [PACES])).toEqual((before as unknown[]).slice(-1));
    expect(em.workbook.sheets.filter((s) => s.name.startsWith('Targets'))).toHaveLength(1);
    // Three rules and one protection per tab; nothing of ours on the race paces.
    const left = oursLeft(em);
    for (const name of names) {
      expect(left.filter((l) => l.startsWith(`${name}: rule`))).toHaveLength(3);
      expect(left.filter((l) => l === `${name}: protection`)).toHaveLength(1);
      expect(left.filter((l) => l === `${name}: COLUMN status`)).toHaveLength(1);
    }
    expect(left.some((l) => l.startsWith(PACES))).toBe(false);
  });

  it('adds nothing the second time', () => {
    const once = snapshot(em);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/^Highlights are already on all 12 logs; nothing changed/);
    expect(snapshot(em)).toEqual(once);
  });

  it('Remove takes exactly what Apply added from every tab', () => {
    em.run('menuRemoveHighlights');
    expect(lastAlert(em)).toMatch(/^Highlights removed from 12 tabs/);
    expect(snapshot(em, [...names, PACES])).toEqual(before);
    expect(oursLeft(em)).toEqual(['Targets: SHEET targets']);
  });
});

describe('the tabs the coach chooses', () => {
  it('applies to and removes from those only, and the sidebar says which have highlights', () => {
    const em = setupTabs(TABS);
    const result = em.run('applyHighlights', ['Ana Lima', 'Runner 5']) as { message: string };
    expect(result.message).toMatch(/^Highlights are on 2 logs \("Ana Lima", "Runner 5"\)/);
    const on = state(em).logs.filter((l) => l.highlights);
    expect(on.map((l) => l.sheet)).toEqual(['Ana Lima', 'Runner 5']);
    em.run('removeHighlights', ['Runner 5']);
    expect(
      state(em)
        .logs.filter((l) => l.highlights)
        .map((l) => l.sheet),
    ).toEqual(['Ana Lima']);
    expect(() => em.run('applyHighlights', [PACES])).toThrow(
      /None of the tabs chosen \("Race paces"\) is a log/,
    );
  });
});

describe('the roster across tabs', () => {
  let em: Emulator;
  beforeAll(() => {
    em = setupTabs(TABS, { shared: ['Ana Lima', 'Zoe'] });
  });

  it('the sidebar lists every log and every athlete once, merged by name across a tab and the shared log', () => {
    const s = state(em);
    expect(s.logError).toBeNull();
    expect(s.logs.map((l) => [l.sheet, l.athlete])).toEqual([
      ...names.map((n) => [n, n]),
      ['Group', null],
    ]);
    expect(s.sheets).toContain(PACES);
    expect(s.athletes.map((a) => a.name).sort()).toEqual([...names, 'Zoe'].sort());
    const ana = s.athletes.find((a) => a.name === 'Ana Lima');
    expect(ana?.tabs).toEqual(['Ana Lima', 'Group']);
    // Her sessions on her tab (12 rows, 4 sessions) and in the shared log (2 more) are one record.
    expect(ana?.sessions).toBe(6);
    expect(s.athletes.find((a) => a.name === 'Zoe')?.tabs).toEqual(['Group']);
    // Needs attention ranks the whole roster: one quiet line or item per athlete, 13 in all.
    const named = new Set([
      ...s.attention.items.map((i) => i.athlete),
      ...s.attention.quiet.map((q) => q.athlete),
    ]);
    expect(named.size).toBe(13);
  });

  it('a tab’s athlete can be renamed in settings, and the status formula follows', () => {
    em.run('applyHighlights', ['2026']);
    em.run('saveSettings', { athleteNames: { '2026': 'Priya' } });
    const s = state(em);
    expect(s.logs.find((l) => l.sheet === '2026')).toMatchObject({
      athlete: 'Priya',
      athleteFrom: 'settings',
    });
    expect(s.athletes.map((a) => a.name)).toContain('Priya');
    expect(s.athletes.map((a) => a.name)).not.toContain('2026');
    const formula = [...(em.workbook.sheets.find((x) => x.name === '2026')?.formulas ?? [])][0];
    expect(formula?.[1]).toMatch(/,"Priya"\)$/);
    // The name goes with its tab: once the tab is deleted, the next save keeps no name for it.
    em.spreadsheet.deleteSheet(sheet(em, '2026'));
    em.run('saveSettings', { unit: 'kg' });
    expect(state(em).settings.athleteNames).toEqual({});
  });

  it('the dashboard and the audit cover everyone on every tab', () => {
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/rebuilt: 12 athletes, 12 charts/);
    const dashboard = sheet(em, 'Strength dashboard').getRange('B1').getDisplayValue();
    expect(dashboard).toMatch(/^Built from 12 logs: "O'Brien", "=x", .* and 2 more\.$/);
    const audit = em.run('runAudit') as { message: string; state: SidebarState };
    expect(audit.message).toMatch(/^Audit of 12 athletes/);
  });
});

describe('import into the athlete’s tab, a new tab, or the shared log', () => {
  const strong = readFileSync(
    path.join(__dirname, '../fixtures/realdata/strong-export-kg-a.csv'),
    'utf8',
  );
  const preview = (em: Emulator, id: string, options: object) =>
    em.run('importPreview', id, options) as ImportPreview;

  it('writes an athlete’s sets into their own tab, in its columns, and nowhere else', () => {
    const em = setupTabs(TABS);
    const others = snapshot(
      em,
      names.filter((n) => n !== 'Runner 6'),
    );
    const id = uploadFile(em, strong, undefined, 'strong.csv');
    const p = preview(em, id, { athlete: 'Runner 6', unit: 'kg' });
    expect(p.target).toEqual({
      kind: 'tab',
      name: 'Runner 6',
      athlete: 'Runner 6',
      choices: ['tab'],
    });
    expect(p.columns.slice(0, TAB_HEADER.length)).toEqual(TAB_HEADER);
    const rowsBefore = sheet(em, 'Runner 6').getLastRow();
    const done = em.run('importCommit', id, { athlete: 'Runner 6', unit: 'kg' }) as ImportResult;
    expect(done.sheet).toBe('Runner 6');
    expect(done.message).toMatch(/The sets are on the "Runner 6" tab\.$/);
    expect(sheet(em, 'Runner 6').getLastRow()).toBe(rowsBefore + done.added);
    expect(
      snapshot(
        em,
        names.filter((n) => n !== 'Runner 6'),
      ),
    ).toEqual(others);
    // The new sets are Runner 6's: still twelve athletes.
    expect(state(em).athletes).toHaveLength(TABS);
  });

  it('refuses a file of several athletes where only athletes’ tabs could take it, writing nothing', () => {
    const em = setupTabs(3);
    const before = snapshot(em);
    const csv =
      'Date,Athlete,Exercise,Load,Reps\n2026-02-01,Ana,Front squat,50,5\n2026-02-01,Ben,Front squat,60,5\n';
    const id = uploadFile(em, csv, undefined, 'two.csv');
    expect(() => preview(em, id, {})).toThrow(/several athletes.*no shared log/);
    expect(snapshot(em)).toEqual(before);
  });

  it('makes a new tab in the log layout for a new athlete, or appends to the shared log', () => {
    const em = setupTabs(3, { shared: ['Zoe'] });
    const id = uploadFile(em, strong, undefined, 'strong.csv');
    const p = preview(em, id, { athlete: 'Mia', unit: 'kg' });
    expect(p.target).toMatchObject({ kind: 'newTab', name: 'Mia', choices: ['newTab', 'shared'] });
    const done = em.run('importCommit', id, { athlete: 'Mia', unit: 'kg' }) as ImportResult;
    expect(done.message).toMatch(/A new tab "Mia" holds Mia's log\.$/);
    const mia = sheet(em, 'Mia').getDataRange().getValues();
    expect(mia[0]?.slice(0, TAB_HEADER.length)).toEqual(TAB_HEADER);
    expect(mia).toHaveLength(done.added + 1);
    const s = state(em);
    expect(s.logs.map((l) => l.sheet)).toContain('Mia');
    expect(s.athletes.find((a) => a.name === 'Mia')?.tabs).toEqual(['Mia']);
    // The coach's other choice: the shared log, whose rows name the athlete.
    const again = uploadFile(em, strong, undefined, 'strong.csv');
    const groupRows = sheet(em, 'Group').getLastRow();
    const shared = em.run('importCommit', again, { athlete: 'Noor', unit: 'kg', target: 'shared' });
    expect((shared as ImportResult).sheet).toBe('Group');
    const group = sheet(em, 'Group').getDataRange().getValues();
    expect(group).toHaveLength(groupRows + (shared as ImportResult).added);
    expect(group.at(-1)?.[1]).toBe('Noor');
  });
});

describe('a new athlete’s tab where the other tabs have highlights', () => {
  it('gets the layout without our columns, and highlights at once, which Apply and Remove treat as any tab’s', () => {
    const em = setupTabs(3);
    em.run('menuApplyHighlights');
    const strong = readFileSync(
      path.join(__dirname, '../fixtures/realdata/strong-export-kg-a.csv'),
      'utf8',
    );
    const id = uploadFile(em, strong, undefined, 'strong.csv');
    const done = em.run('importCommit', id, { athlete: 'Mia', unit: 'kg' }) as ImportResult;
    expect(done.message).toMatch(
      /A new tab "Mia" holds Mia's log, with highlights like the other tabs\.$/,
    );
    const header = () =>
      sheet(em, 'Mia').getRange(1, 1, 1, sheet(em, 'Mia').getLastColumn()).getDisplayValues()[0];
    // The copied layout is the coach's columns: no second, empty "Status" of ours copied as text.
    expect(header()).toEqual([...TAB_HEADER, 'Import key', 'Status']);
    expect(statusOf(em, 'Mia', 3)).toMatch(/^New best: first session/);
    const mine = () => oursLeft(em).filter((l) => l.startsWith('Mia:'));
    expect(mine()).toEqual(
      expect.arrayContaining(['Mia: COLUMN status', 'Mia: protection', 'Mia: rule']),
    );
    const after = snapshot(em);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/^Highlights are already on all 4 logs; nothing changed/);
    expect(snapshot(em)).toEqual(after);
    em.run('menuRemoveHighlights');
    expect(header()).toEqual([...TAB_HEADER, 'Import key']);
    expect(mine()).toEqual(['Mia: COLUMN importKey']);
  });

  it('has no highlights where the other tabs have none', () => {
    const em = setupTabs(3);
    const id = uploadFile(
      em,
      readFileSync(path.join(__dirname, '../fixtures/realdata/strong-export-kg-a.csv'), 'utf8'),
      undefined,
      'strong.csv',
    );
    const done = em.run('importCommit', id, { athlete: 'Mia', unit: 'kg' }) as ImportResult;
    expect(done.message).toMatch(/A new tab "Mia" holds Mia's log\.$/);
    expect(oursLeft(em).filter((l) => l.startsWith('Mia:'))).toEqual(['Mia: COLUMN importKey']);
  });
});

describe('the coach’s edits', () => {
  it('renaming a tab, inserting rows and deleting a tab break nothing and leave nothing of ours', () => {
    const em = setupTabs(TABS);
    em.run('menuApplyHighlights');
    // Renamed: the Status column is found again by its tag, the formula names the new athlete.
    sheet(em, 'Runner 5').setName('Maya');
    // Rows inserted above the header and inside the log.
    sheet(em, 'Runner 6').insertRowsBefore(1, 2);
    sheet(em, 'Runner 7').insertRowsAfter(4, 3);
    // A tab deleted, with its Status column, rules and protection.
    em.spreadsheet.deleteSheet(sheet(em, 'Runner 8'));
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/^Highlights are on 11 logs/);
    const left = oursLeft(em);
    for (const name of names
      .filter((n) => n !== 'Runner 8')
      .map((n) => (n === 'Runner 5' ? 'Maya' : n))) {
      expect(left.filter((l) => l.startsWith(`${name}: rule`))).toHaveLength(3);
      expect(left.filter((l) => l === `${name}: protection`)).toHaveLength(1);
      expect(left.filter((l) => l === `${name}: formula`)).toHaveLength(1);
    }
    expect(left.some((l) => l.startsWith('Runner 5') || l.startsWith('Runner 8'))).toBe(false);
    const maya = [...(em.workbook.sheets.find((s) => s.name === 'Maya')?.formulas ?? [])][0];
    expect(maya?.[1]).toMatch(/^=STRENGTH_STATUS\(Maya!A1:E,.*,"Maya"\)$/);
    // The header two rows down: the status formula sits on it.
    expect(sheet(em, 'Runner 6').getRange('F3').getFormula()).toMatch(
      /^=STRENGTH_STATUS\('Runner 6'!A3:E,/,
    );
    const s = state(em);
    expect(s.athletes.map((a) => a.name)).toContain('Maya');
    expect(s.athletes).toHaveLength(TABS - 1);
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/rebuilt: 11 athletes/);
    em.run('menuRemoveHighlights');
    expect(oursLeft(em)).toEqual([
      'Strength dashboard data: SHEET chartData',
      'Strength dashboard: SHEET dashboard',
      'Targets: SHEET targets',
    ]);
  });
});

describe('a tab’s athlete in the status formula', () => {
  it('a tab renamed after Apply shows as out of date in the sidebar until Apply writes the new name', () => {
    const em = setupTabs(3);
    em.run('menuApplyHighlights');
    expect(state(em).logs.map((l) => l.statusOutOfDate)).toEqual([false, false, false]);
    const old = tabName(1);
    // Sheets moves the formula's ranges to the new name, not the athlete's name, which is text.
    sheet(em, old).setName('Maya');
    const formula = () =>
      [...(em.workbook.sheets.find((s) => s.name === 'Maya')?.formulas.values() ?? [])][0];
    expect(formula()).toMatch(new RegExp(`^=STRENGTH_STATUS\\(Maya!A1:E,.*,"${old}"\\)$`));
    const renamed = state(em);
    expect(renamed.logs.filter((l) => l.statusOutOfDate).map((l) => l.sheet)).toEqual(['Maya']);
    expect(renamed.logs.find((l) => l.sheet === 'Maya')).toMatchObject({
      athlete: 'Maya',
      highlights: true,
    });
    em.run('menuApplyHighlights');
    expect(formula()).toMatch(/,"Maya"\)$/);
    expect(state(em).logs.some((l) => l.statusOutOfDate)).toBe(false);
    // Off is not out of date.
    sheet(em, 'Maya').setName('Maya R.');
    em.run('menuRemoveHighlights');
    expect(state(em).logs.map((l) => [l.highlights, l.statusOutOfDate])).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('brings their roster bodyweight, and Check this spreadsheet computes the tab as its athlete’s', () => {
    const em = setupTabs(2);
    const roster = em.spreadsheet.insertSheet('Weigh-ins');
    roster.getRange(1, 1, 2, 3).setValues([
      ['Athlete', 'Date', 'Bodyweight'],
      ["O'Brien", '2026-01-01', 40],
    ]);
    em.run('saveSettings', { bodyweight: { kind: 'roster', sheet: 'Weigh-ins' } });
    em.run('menuApplyHighlights');
    // O'Brien is on the roster (a light athlete: the trap bar target is reached), =x is not.
    expect(
      statusColumn(em, "O'Brien")
        .slice(1)
        .some((t) => t.startsWith('Target reached')),
    ).toBe(true);
    expect(
      statusColumn(em, '=x')
        .slice(1)
        .some((t) => t.startsWith('Target reached')),
    ).toBe(false);
    em.spreadsheet.setActiveSheet(sheet(em, "O'Brien"));
    em.run('menuCheckSpreadsheet');
    expect(lastAlert(em)).toMatch(/Statuses: all 12 statuses on "O'Brien" match/);
    expect(lastAlert(em)).not.toMatch(/renamed/);
    // Renamed after Apply, and the roster follows the new name: the formula still reads the old
    // one (no bodyweight, no target reached), and the check says why the statuses differ.
    sheet(em, "O'Brien").setName('Obi');
    roster.getRange('A2').setValue('Obi');
    em.run('menuCheckSpreadsheet');
    expect(lastAlert(em)).toMatch(/Statuses: \d+ rows? on "Obi" differs? .*Target reached/);
    expect(lastAlert(em)).toMatch(
      /The Status formula on "Obi" still names the athlete from before the tab was renamed/,
    );
    em.run('menuApplyHighlights');
    em.run('menuCheckSpreadsheet');
    expect(lastAlert(em)).toMatch(/Statuses: all 12 statuses on "Obi" match[^.]*\.\s/);
    expect(lastAlert(em)).not.toMatch(/renamed/);
  });
});

describe('a column chosen in settings', () => {
  it('goes into the formula of the tabs whose header has it, and no other', () => {
    const em = setupTabs(2);
    const obrien = sheet(em, "O'Brien");
    const loads = obrien.getRange('C1:C13').getValues();
    obrien.getRange('F1:F13').setValues([['Kilos'], ...loads.slice(1)]);
    em.run('saveSettings', { columns: { load: 'Kilos' } });
    em.run('menuApplyHighlights');
    expect(obrien.getRange('G1').getFormula()).toMatch(/,"load=Kilos",/);
    const other = sheet(em, '=x').getRange('F1').getFormula();
    expect(other).toMatch(/,"kg","","",Targets!D1:I,/);
    expect(statusColumn(em, '=x')[1]).toMatch(/^New best: first session/);
  });
});
