// These tests run dist/ as `npm run build` leaves it (npm test builds first), in the emulator.
import type { Emulator } from '../../scripts/emulator/emulator';
import { lastAlert, logRows, measure, setup, snapshot, total, writes } from './harness';

const BUSY = 'Another Strong Enough action is running in this file; try again in a moment.';

/** A log with the coach's own touches: a conditional rule, a background, a number format, a protection. */
function coachLog(rows = 60, name = 'Log') {
  const s = setup(logRows(rows), name);
  const { em, log } = s;
  em.spreadsheet
    .insertSheet('Targets')
    .getRange(1, 1, 3, 2)
    .setValues([
      ['Exercise', 'Target'],
      ['Front squat', 0.9],
      ['Trap bar deadlift', 1.5],
    ]);
  log.activate();
  const coachRule = em.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  log.setConditionalFormatRules([
    coachRule
      .newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground('#ff0000')
      .setRanges([log.getRange('D2:D')])
      .build(),
  ]);
  log.getRange('A1:F1').setBackground('#dddddd');
  log.getRange('D2:D20').setNumberFormat('0.0');
  log.getRange('A1:A5').protect().setDescription('coach: dates').setWarningOnly(true);
  em.resetCalls();
  return s;
}

describe('the menu', () => {
  it('is built by onOpen in AuthMode.NONE without touching properties or sheets', () => {
    const { em } = setup(logRows(10));
    em.open('NONE');
    const menu = em.ui.menus[0] as { items: { caption?: string }[] };
    expect(menu.items.filter((i) => i.caption).map((i) => i.caption)).toEqual([
      'Open sidebar',
      'Apply highlights',
      'Remove highlights',
      'Build dashboard',
      'Audit program',
      'Import workout CSV',
      "Link athletes' logs",
      'Remove linked logs',
      'Help',
      'Check this spreadsheet',
    ]);
    const touched = Object.keys(em.calls()).filter(
      (k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k),
    );
    expect(touched).toEqual([]);
  });

  it('opens the sidebar and the import dialog from dist HTML, and explains itself in Help', () => {
    const { em } = setup(logRows(10));
    em.run('showSidebar');
    expect(em.ui.sidebar).not.toBeNull();
    em.run('showImportDialog');
    expect(em.ui.dialogs).toHaveLength(1);
    em.run('menuHelp');
    expect(lastAlert(em)).toMatch(/Apply highlights adds a Status column/);
  });
});

describe('apply highlights', () => {
  it('writes one STRENGTH_STATUS formula in the first free column, headed Status, with live statuses', () => {
    const { em } = coachLog();
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/Highlights are on "Log"/);
    expect(em.workbook.sheets[0]?.formulas.size).toBe(1);
    const rendered = em.render('Log', { numRows: 61 });
    expect(rendered.rows[0]?.[6]?.formula).toBe(
      '=STRENGTH_STATUS(Log!A1:F,Targets!A1:B,3,"epley","kg","","",Targets!D1:I)',
    );
    expect(em.get('Log!G1')).toBe('Status');
    const statuses = rendered.rows.slice(1).map((r) => r[6]?.display ?? '');
    expect(statuses.some((s) => s.startsWith('New best'))).toBe(true);
    expect(statuses.some((s) => s.startsWith('Stale'))).toBe(true);
    expect(statuses.some((s) => s.startsWith('Target reached'))).toBe(true);
  });

  it('colours rows from the status text with the configured colours, after the coach’s own rule', () => {
    const { em } = coachLog();
    em.run('menuApplyHighlights');
    const rules = em.workbook.sheets[0]?.rules ?? [];
    expect(rules).toHaveLength(4);
    expect(rules[0]?.condition.type).toBe('NUMBER_GREATER_THAN');
    const rendered = em.render('Log', { numRows: 61 });
    for (const row of rendered.rows.slice(1)) {
      const status = row[6]?.display ?? '';
      const bg = row[2]?.background;
      if (status.startsWith('Stale')) expect(bg).toBe('#ffe0a3');
      if (status.startsWith('Target reached')) expect(bg).toBe('#c7eccb');
      // A lift's first session is its baseline: its status says so, and it is not tinted.
      if (status.startsWith('New best: first session')) expect(bg).toBe('#ffffff');
      else if (status.startsWith('New best')) expect(bg).toBe('#e3f0ff');
    }
    const statuses = rendered.rows.slice(1).map((r) => r[6]?.display ?? '');
    expect(statuses.filter((t) => t.startsWith('New best: first session')).length).toBeGreaterThan(
      0,
    );
    expect(
      statuses.filter((t) => t.startsWith('New best') && !t.includes('first session')).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the coach on the log after creating Targets, and says what each colour means', () => {
    const { em } = setup(logRows(60));
    em.run('menuApplyHighlights');
    expect(em.workbook.sheets.map((s) => s.name)).toEqual(['Log', 'Targets']);
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('Log');
    const legend =
      "Amber: stale (no new best in the last sessions) or slipping in season. Green: target reached. Light blue: a new best; a lift's first session is its baseline and is not coloured.";
    expect(lastAlert(em)).toContain(legend);
    // The sidebar's Apply says the same; a colour the coach chose is named by its code.
    em.run('saveSettings', { colors: { newBest: '#abcdef' } });
    const result = em.run('applyHighlights') as { message: string };
    expect(result.message).toContain('Colour #abcdef: a new best;');
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('Log');
  });

  it('protects the status column with a warning only, and covers rows added later', () => {
    const { em } = coachLog();
    em.run('menuApplyHighlights');
    const ours = em.workbook.sheets[0]?.protections.filter((p) =>
      p.description.startsWith('Strong Enough'),
    );
    expect(ours).toHaveLength(1);
    expect(ours?.[0]?.warningOnly).toBe(true);
    expect(ours?.[0]?.range?.column).toBe(7);
    em.set('Log!A62', '2020-03-01');
    em.set('Log!B62', 'Ana');
    em.set('Log!C62', 'Trap bar deadlift');
    em.set('Log!D62', 200);
    em.set('Log!E62', 5);
    em.set('Log!F62', 58);
    expect(String(em.get('Log!G62'))).toMatch(/^(New best|Target reached)/);
  });

  it('creates the Targets sheet with the defaults on first use, and still finds the log from it', () => {
    const { em } = setup(logRows(30));
    em.run('menuApplyHighlights');
    const targets = em.spreadsheet.getSheetByName('Targets')?.getDataRange().getValues();
    // The targets in A:B; after a blank column, the season plan's header in D:I and no phases.
    const blank = ['', '', '', '', '', '', ''];
    expect(targets).toEqual([
      [
        'Exercise',
        'Target (× bodyweight)',
        '',
        'Athlete',
        'From',
        'To',
        'Phase',
        'Goal race',
        'Race date',
      ],
      ['Front squat', 1, ...blank],
      ['Back squat', 1.25, ...blank],
      ['Deadlift', 1.5, ...blank],
      ['Trap bar deadlift', 1.5, ...blank],
    ]);
    expect(lastAlert(em)).toMatch(
      /"Targets" sheet now holds the default targets, and beside them an empty season plan/,
    );
    // Sheets shows the new Targets sheet; the next action still works on the log.
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/already on "Log"/);
  });

  it('changes nothing when applied a second time', () => {
    const { em } = coachLog();
    em.run('menuApplyHighlights');
    const once = snapshot(em);
    const calls = measure(em, 'menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/already on "Log"; nothing changed/);
    expect(writes(calls)).toEqual([]);
    expect(snapshot(em)).toEqual(once);
  });

  it('passes the coach’s column choices to the formula, and the live statuses follow them', () => {
    // A second load column "Kg" (twice the detected "Load"): the coach says it is the real one.
    const rows = logRows(60).map((row, i) =>
      i === 0 ? [...row, 'Kg'] : [...row, (row[3] as number) * 2],
    );
    const { em } = setup(rows);
    em.run('menuApplyHighlights');
    expect(em.render('Log', { numRows: 1 }).rows[0]?.[7]?.formula).toBe(
      '=STRENGTH_STATUS(Log!A1:G,Targets!A1:B,3,"epley","kg","","",Targets!D1:I)',
    );
    const before = em.render('Log', { numRows: 61 }).rows.map((r) => r[7]?.display ?? '');
    expect(before[1]).toBe('New best: first session, e1RM 46.7 kg');

    // Saving the setting rewrites the formula at once (issue 12): Apply has nothing left to do.
    em.run('saveSettings', { columns: { load: 'Kg' } });
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/already on "Log"/);
    expect(em.render('Log', { numRows: 1 }).rows[0]?.[7]?.formula).toBe(
      '=STRENGTH_STATUS(Log!A1:G,Targets!A1:B,3,"epley","kg","","load=Kg",Targets!D1:I)',
    );
    const after = em.render('Log', { numRows: 61 }).rows.map((r) => r[7]?.display ?? '');
    // 80 kg × 5 over 58 kg bodyweight: the front squat target (1×) is met from the first session.
    expect(after[1]).toBe('Target reached: 1.61× bodyweight (target 1×)');
    expect(after).not.toEqual(before);
    expect(em.errorAt('Log!H1')).toBeNull();
  });

  it('quotes a sheet name with spaces and an apostrophe so the formula works', () => {
    const { em } = coachLog(30, "Anna's log");
    em.run('menuApplyHighlights');
    expect(em.render("Anna's log", { numRows: 2 }).rows[0]?.[6]?.formula).toContain(
      "'Anna''s log'!A1:F",
    );
    expect(em.errorAt("'Anna''s log'!G2")).toBeNull();
    expect(em.get("'Anna''s log'!G1")).toBe('Status');
  });
});

describe('remove highlights', () => {
  it('takes away exactly what apply added: the sheet is as before, the coach’s rule and protection kept', () => {
    const { em } = coachLog();
    const before = snapshot(em);
    em.run('menuApplyHighlights');
    expect(snapshot(em)).not.toEqual(before);
    em.run('menuRemoveHighlights');
    expect(lastAlert(em)).toMatch(/Highlights removed from "Log"/);
    expect(snapshot(em)).toEqual(before);
  });

  it('says so and writes nothing when there is nothing to remove', () => {
    const { em } = coachLog();
    const calls = measure(em, 'menuRemoveHighlights');
    expect(lastAlert(em)).toMatch(/no Strong Enough highlights/);
    expect(writes(calls)).toEqual([]);
  });
});

describe('the document lock', () => {
  it('makes a second action fail with a clear message and no half-written state', () => {
    const { em } = coachLog();
    const before = snapshot(em);
    em.locks.document.heldByOther = true;
    for (const action of ['menuApplyHighlights', 'menuBuildDashboard', 'menuRemoveHighlights']) {
      em.run(action);
      expect(lastAlert(em)).toBe(BUSY);
    }
    expect(() => em.run('applyHighlights')).toThrow(BUSY);
    expect(() => em.run('saveSettings', { unit: 'lb' })).toThrow(BUSY);
    expect(snapshot(em)).toEqual(before);
    expect(em.properties.document.size).toBe(0);
    em.locks.document.heldByOther = false;
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/Highlights are on/);
  });
});

describe('batched: the same Spreadsheet calls whatever the log size', () => {
  const actions = [
    'menuApplyHighlights',
    'menuApplyHighlights',
    'menuBuildDashboard',
    'menuBuildDashboard',
    'menuAuditProgram',
    'menuRemoveHighlights',
    'getSidebarState',
  ] as const;
  const run = (rows: number) => {
    const { em } = setup(logRows(rows));
    return actions.map((a) => {
      const calls = measure(em, a);
      expect(lastAlert(em)).not.toMatch(/could not finish|Another/);
      return calls;
    });
  };
  let small: Record<string, number>[] = [];
  let large: Record<string, number>[] = [];
  beforeAll(() => {
    small = run(100);
    large = run(20_000);
  });

  it('makes exactly the same calls on a 100-row and a 20,000-row log, one read per sheet', () => {
    expect(large).toEqual(small);
    for (const calls of large) {
      expect(calls['Sheet.getSheetValues'] ?? 0).toBeLessThanOrEqual(2);
      expect(calls['Range.getValues']).toBeUndefined();
    }
  });

  // The rule: every action makes at most 15 Spreadsheet calls, whatever the log's size. The
  // dashboard writes two sheets (the dashboard and its chart data), so it has its own fixed budget
  // (DASHBOARD_BUDGET), plus exactly one call per chart, and charts are at most 12.
  const fixed = (calls: Record<string, number> | undefined) =>
    total(calls ?? {}) -
    (calls?.['Sheet.insertChart'] ?? 0) -
    (calls?.['Sheet.updateChart'] ?? 0) -
    (calls?.['Sheet.removeChart'] ?? 0);

  // Issue 12 (find, don't remember) raised these from ≤ 15: our things are found afresh on every
  // action by their developer-metadata tags (a finder call for our sheets, one for the log's
  // columns, the active sheet's own tags), tagged when made (sheet and column: +2 on a first Apply),
  // the header row's formulas read to check the Status formula is still ours, the sheet's size read
  // so our rules and protection reach its last row (and a column is inserted when there is no room),
  // and our protection's range read to see whether it still does. First Apply 15 → 23, re-Apply
  // 19, Remove 17, sidebar state 14.
  // Issue 15 (every log in the file) reads the whole file instead of the active sheet: one
  // getSheets, a getName per tab (and per sheet of ours, to leave them alone) and a getSheetValues
  // per tab that is not ours, so each action costs 2 per tab it finds (here the log, Targets, the
  // dashboard and its data: 4 tabs) and no longer looks at the active sheet. The whole table for 1,
  // 12 and 40 tabs is pinned in tabs.emulator.test.ts.
  it('first Apply, Targets sheet included, and every other action: a fixed number of calls', () => {
    const [firstApply, reapply, , , audit, remove, state] = small.map(total);
    // The first Apply in a file also creates the Targets sheet (one insertSheet and one write) and
    // brings the coach back to the log, which the new sheet took over: one activate, the 16th call.
    expect(small[0]?.['Spreadsheet.insertSheet']).toBe(1);
    expect(small[0]?.['Range.setValues']).toBe(1);
    // + one activate: the coach is brought back to the log the new Targets sheet took over.
    expect(small[0]?.['Sheet.activate']).toBe(1);
    expect(small[1]?.['Sheet.activate']).toBeUndefined();
    expect({ firstApply, reapply, remove, state }).toEqual({
      firstApply: 23,
      reapply: 19,
      remove: 22,
      state: 14,
    });
    expect(audit).toBeLessThanOrEqual(15);
    // Apply's formula cell, rule range and protected column come from one getRangeList.
    expect(small[0]?.['Sheet.getRangeList']).toBe(1);
    expect(small[0]?.['Sheet.getRange']).toBe(1);
  });

  const FIRST_BUILD = 34;
  const REBUILD = 28;
  it('builds and rebuilds the dashboard in a fixed number of calls plus one per chart', () => {
    const [, , dashboard, rebuild] = small;
    // First build inserts each chart; a rebuild keeps the sheet and updates each chart in place.
    expect(dashboard?.['Sheet.insertChart']).toBe(2);
    expect(rebuild?.['Sheet.updateChart']).toBe(2);
    expect(rebuild?.['Sheet.insertChart']).toBeUndefined();
    // One block write each on the dashboard for checkboxes, bold, colours and the wrap; values and
    // number formats once there and once on the data sheet; one RangeList per sheet (the chart
    // ranges come from the data sheet's).
    for (const calls of [dashboard, rebuild]) {
      for (const k of [
        'Range.setDataValidations',
        'Range.setFontWeights',
        'Range.setBackgrounds',
        'Range.setWrap',
      ])
        expect(calls?.[k]).toBe(1);
      for (const k of ['Range.setValues', 'Range.setNumberFormats', 'Sheet.getRangeList'])
        expect(calls?.[k]).toBe(2);
      expect(calls?.['Sheet.getRange']).toBeUndefined();
    }
    // Both sheets inserted on the first build, with the dashboard's widths (4 runs) and frozen
    // title row; a rebuild clears both and keeps the coach's widths.
    expect(dashboard?.['Spreadsheet.insertSheet']).toBe(2);
    expect(dashboard?.['Sheet.setColumnWidths']).toBe(4);
    expect(dashboard?.['Sheet.setFrozenRows']).toBe(1);
    expect(rebuild?.['Sheet.clear']).toBe(2);
    expect(rebuild?.['Sheet.setColumnWidths']).toBeUndefined();
    expect(rebuild?.['Spreadsheet.deleteSheet']).toBeUndefined();
    // Two sheets written (the dashboard and its chart data, both found by their tags).
    expect(fixed(dashboard)).toBe(FIRST_BUILD);
    expect(fixed(rebuild)).toBe(REBUILD);
  });

  it('a third athlete adds exactly one chart and one call, nothing else', () => {
    const withCy = [
      ...logRows(100),
      ...logRows(30)
        .slice(1)
        .map((row) => [row[0], 'Cy', ...row.slice(2)]),
    ];
    const { em } = setup(withCy);
    measure(em, 'menuApplyHighlights');
    const three = measure(em, 'menuBuildDashboard');
    expect(three['Sheet.insertChart']).toBe(3);
    expect(fixed(three)).toBe(fixed(small[2]));
    expect(total(three)).toBe(total(small[2] ?? {}) + 1);
  });

  it('makes the same calls for 3 athletes and for 300: charts stop at 12', () => {
    const roster = (athletes: number) => {
      const base = logRows(40).slice(1);
      const rows: unknown[][] = [
        base.length > 0 ? ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'] : [],
      ];
      for (let a = 0; a < athletes; a++) {
        for (const r of base) if (r[1] === 'Ana') rows.push([r[0], `Runner ${a}`, ...r.slice(2)]);
      }
      const { em } = setup(rows);
      const first = measure(em, 'menuBuildDashboard');
      expect(lastAlert(em)).toMatch(/rebuilt/);
      return { first, again: measure(em, 'menuBuildDashboard') };
    };
    const few = roster(3);
    const many = roster(300);
    expect(few.first['Sheet.insertChart']).toBe(3);
    expect(many.first['Sheet.insertChart']).toBe(12);
    expect(many.again['Sheet.updateChart']).toBe(12);
    // 300 athletes need more dashboard rows than a new sheet has: one insertRowsAfter, no more.
    expect(many.first['Sheet.insertRowsAfter']).toBe(1);
    expect(fixed(many.first) - 1).toBe(fixed(few.first));
    expect(fixed(many.again)).toBeLessThanOrEqual(fixed(few.again) + 2);
  });
});

/** Build dashboard's fixed calls: two sheets written (see buildDashboard's comment for the list). */
const DASHBOARD_BUDGET = 31;

describe('Build dashboard: a fixed number of calls plus one per chart, from every starting point', () => {
  const activate = (em: Emulator, name: string) =>
    em.spreadsheet.setActiveSheet(
      em.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet,
    );
  const chartCalls = (c: Record<string, number>) =>
    (c['Sheet.insertChart'] ?? 0) + (c['Sheet.updateChart'] ?? 0) + (c['Sheet.removeChart'] ?? 0);
  /** Fixed calls per situation, the log chosen in settings or taken from the active sheet. */
  const situations = (rows: number, chosen: boolean): Record<string, number> => {
    const out: Record<string, number> = {};
    const { em } = setup(logRows(rows));
    if (chosen) em.run('saveSettings', { logSheet: 'Log' });
    const build = (key: string) => {
      const calls = measure(em, 'menuBuildDashboard');
      expect(lastAlert(em)).toMatch(/rebuilt: 2 athletes, 2 charts/);
      expect(chartCalls(calls)).toBe(2);
      out[key] = total(calls) - chartCalls(calls);
    };
    build('first build, no Targets sheet');
    build('rebuild, dashboard active');
    em.run('applyHighlights'); // creates Targets (and brings the coach back to the log)
    activate(em, 'Targets');
    build('rebuild, Targets active');
    activate(em, 'Log');
    build('rebuild, log active');
    build('rebuild, dashboard active, Targets sheet');
    em.spreadsheet.deleteSheet(
      em.spreadsheet.getSheetByName('Strength dashboard') as GoogleAppsScript.Spreadsheet.Sheet,
    );
    activate(em, 'Log');
    build('first build, Targets sheet');
    return out;
  };

  // Issue 12 (find, don't remember) added: one finder call for our sheets' tags, one tag on a new
  // dashboard, and — when the log is the active sheet — a getName per sheet of ours to tell whether
  // the active sheet is one of them (they are found by tag, not by name). From 14–15 to 15–18.
  // Issue 14's dashboard writes a second sheet (the chart data: found by its tag, cleared or
  // inserted under a free name and tagged, one RangeList, values and number formats) and adds the
  // status colours, the wrap of the text columns and four column-width runs on a new sheet: 21–30.
  // Issue 15 reads every tab of the file for its logs (2 calls a tab: its name, and its values or,
  // for ours, nothing more) rather than the active sheet, and asks the active sheet's name only to
  // know whether the dashboard is on show: 26–31 with up to four tabs (log, Targets, dashboard,
  // data). With the log chosen in settings only that sheet is read, as before.
  const expected: Record<string, Record<string, number>> = {
    active: {
      'first build, no Targets sheet': 31,
      'rebuild, dashboard active': 26,
      'rebuild, Targets active': 29,
      'rebuild, log active': 29,
      'rebuild, dashboard active, Targets sheet': 28,
      'first build, Targets sheet': 30,
    },
    chosen: {
      'first build, no Targets sheet': 30,
      'rebuild, dashboard active': 21,
      'rebuild, Targets active': 21,
      'rebuild, log active': 21,
      'rebuild, dashboard active, Targets sheet': 21,
      'first build, Targets sheet': 25,
    },
  };
  for (const chosen of [false, true]) {
    it(`${chosen ? 'log chosen in settings' : 'log is the active sheet'}: ≤ ${DASHBOARD_BUDGET}, same for 100 and 20,000 rows`, () => {
      const small = situations(100, chosen);
      expect(situations(20_000, chosen)).toEqual(small);
      for (const n of Object.values(small)) expect(n).toBeLessThanOrEqual(DASHBOARD_BUDGET);
      expect(small).toEqual(expected[chosen ? 'chosen' : 'active']);
    });
  }
});
