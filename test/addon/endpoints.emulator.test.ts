// These tests run dist/ as `npm run build` leaves it (npm test builds first), in the emulator.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isImportError, rowsPayload } from '../../src/core/import';
import { checksum } from '../../src/core/import/chunks';
import { readCsv } from '../../src/core/import/csv';
import { parseExport } from '../../src/core/import/text';
import { syntheticHevyExport } from '../core/import/synthetic-export';
import {
  HEADER,
  lastAlert,
  logRows,
  measure,
  nonJson,
  setup,
  snapshot,
  total,
  uploadFile,
  writes,
} from './harness';

const DIST = path.resolve(__dirname, '../../dist');
const STACK = /\n\s+at |bundle\.js|globals\.js/;

describe('sidebar endpoints return plain JSON only', () => {
  it('has no Date, undefined, NaN or class instance anywhere in what any endpoint returns', () => {
    const { em } = setup(logRows(120));
    const results: [string, unknown][] = [
      ['getSidebarState', em.run('getSidebarState')],
      ['saveSettings', em.run('saveSettings', { sessionsBeforeStale: 4 })],
      ['saveTargets', em.run('saveTargets', [{ exercise: 'Front squat', multiple: 1.1 }])],
      ['resetTargets', em.run('resetTargets')],
      ['applyHighlights', em.run('applyHighlights')],
      ['buildDashboard', em.run('buildDashboard')],
      ['runAudit', em.run('runAudit')],
      ['removeHighlights', em.run('removeHighlights')],
    ];
    for (const [name, result] of results) {
      expect({ name, bad: nonJson(result) }).toEqual({ name, bad: [] });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('describes the log, the athletes and whether highlights are on', () => {
    const { em } = setup(logRows(120));
    const before = em.run('getSidebarState') as {
      log: { sheet: string; headerRow: number; columns: { role: string }[] };
      highlightsApplied: boolean;
      athletes: { name: string }[];
      sheets: string[];
    };
    expect(before.log.sheet).toBe('Log');
    expect(before.log.columns.map((c) => c.role)).toEqual([
      'date',
      'athlete',
      'exercise',
      'load',
      'reps',
      'bodyweight',
    ]);
    expect(before.athletes.map((a) => a.name)).toEqual(['Ana', 'Ben']);
    expect(before.highlightsApplied).toBe(false);
    const applied = em.run('applyHighlights') as { message: string; state: typeof before };
    expect(applied.state.highlightsApplied).toBe(true);
    expect(applied.state.sheets).toEqual(['Log', 'Targets']);
  });
});

describe('when something essential is missing', () => {
  it('says exactly what is missing and how to fix it: an alert from the menu, an Error from the sidebar', () => {
    const { em } = setup([
      ['Date', 'Athlete', 'Exercise', 'Reps'],
      ['2026-01-05', 'Ana', 'Front squat', 5],
    ]);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/"Log" does not look like a training log\. No load column/);
    expect(lastAlert(em)).not.toMatch(STACK);
    let message = '';
    try {
      em.run('applyHighlights');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/No load column.*"Load" or "Weight"/);
    expect(message).not.toMatch(STACK);
    const state = em.run('getSidebarState') as { logError: string; log: unknown };
    expect(state.log).toBeNull();
    expect(state.logError).toMatch(/No load column/);
    expect(em.workbook.sheets.map((s) => s.name)).toEqual(['Log']);
  });

  it('asks for a bodyweight source when the log has none, and accepts one bodyweight from settings', () => {
    const { em } = setup(logRows(30).map((r) => r.slice(0, 5)));
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/no "Bodyweight" column.*roster sheet.*one bodyweight/);
    em.run('saveSettings', { bodyweight: { kind: 'value', value: 65 } });
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/Highlights are on "Log"/);
    expect(em.render('Log', { numRows: 1 }).rows[0]?.[5]?.formula).toMatch(
      /,65,"",Targets!D1:I\)$/,
    );
    // The live column computes with that bodyweight: statuses, not #ERROR!.
    expect(em.errorAt('Log!F1')).toBeNull();
    const statuses = em.render('Log', { numRows: 31 }).rows.map((row) => row[5]?.display ?? '');
    expect(statuses[0]).toBe('Status');
    expect(statuses.slice(1).some((text) => /^(New best|Target reached|Stale)/.test(text))).toBe(
      true,
    );
    expect(statuses.some((text) => text.startsWith('⚠') || text.startsWith('#'))).toBe(false);
  });

  it('names a log sheet chosen in settings that no longer exists', () => {
    const { em } = setup(logRows(10));
    em.run('saveSettings', { logSheet: 'Old log' });
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/no sheet named "Old log"/);
  });
});

describe('settings', () => {
  it('fall back to defaults with a warning when the stored JSON is corrupt or out of range', () => {
    const { em } = setup(logRows(10));
    em.properties.document.set('strongEnough.settings', '{"version":1,"unit":"stone"');
    const corrupt = em.run('getSidebarState') as {
      settingsWarning: string;
      settings: { unit: string };
    };
    expect(corrupt.settingsWarning).toMatch(/could not be read/);
    expect(corrupt.settings.unit).toBe('kg');
    em.properties.document.set(
      'strongEnough.settings',
      JSON.stringify({ version: 1, unit: 'lb', sessionsBeforeStale: 0 }),
    );
    const range = em.run('getSidebarState') as {
      settingsWarning: string;
      settings: { unit: string; sessionsBeforeStale: number };
    };
    expect(range.settings).toMatchObject({ unit: 'lb', sessionsBeforeStale: 3 });
    expect(range.settingsWarning).toMatch(/sessions before stale/);
  });

  it('refuse a bad value with a plain message and keep what was stored', () => {
    const { em } = setup(logRows(10));
    em.run('saveSettings', { unit: 'lb' });
    expect(() => em.run('saveSettings', { colors: { stale: 'orange' } })).toThrow(
      /stale colour must look like #ffcc00; nothing was saved/,
    );
    const stored = JSON.parse(em.properties.document.get('strongEnough.settings') ?? '{}');
    expect(stored).toMatchObject({ version: 1, unit: 'lb' });
  });

  it('colour the highlights as soon as they are saved, so applying again changes nothing', () => {
    const { em } = setup(logRows(60));
    em.run('applyHighlights');
    const saved = measure(em, 'saveSettings', {
      colors: { stale: '#ff8800', targetReached: '#00aa00', newBest: '#eeeeff' },
    });
    expect(writes(saved)).toEqual(['Sheet.setConditionalFormatRules']);
    const backgrounds = em.workbook.sheets[0]?.rules.map((r) => r.format.background);
    expect(backgrounds).toEqual(['#ff8800', '#00aa00', '#eeeeff']);
    const again = measure(em, 'menuApplyHighlights');
    expect(writes(again)).toEqual([]);
  });
});

describe('targets', () => {
  it('are saved to the Targets sheet, feed the live statuses, and reset to the defaults', () => {
    const { em } = setup(logRows(60));
    em.run('applyHighlights');
    const state = em.run('saveTargets', [
      { exercise: 'Front squat', multiple: 0.5 },
      { exercise: 'Trap bar deadlift', multiple: 3 },
    ]) as { targets: { exercise: string; multiple: number }[] };
    expect(state.targets).toEqual([
      { exercise: 'Front squat', multiple: 0.5 },
      { exercise: 'Trap bar deadlift', multiple: 3 },
    ]);
    expect(em.get('Targets!A3')).toBe('Trap bar deadlift');
    expect(em.get('Targets!A4')).toBe('');
    const reset = em.run('resetTargets') as { targets: { exercise: string }[] };
    expect(reset.targets.map((t) => t.exercise)).toEqual([
      'Front squat',
      'Back squat',
      'Deadlift',
      'Trap bar deadlift',
    ]);
  });

  it('refuse a target out of range without writing anything', () => {
    const { em } = setup(logRows(10));
    const before = snapshot(em);
    expect(() => em.run('saveTargets', [{ exercise: 'Front squat', multiple: 40 }])).toThrow(
      /from 0 to 10; nothing was saved/,
    );
    expect(() => em.run('saveTargets', [{ exercise: '', multiple: 1 }])).toThrow(
      /no exercise name/,
    );
    expect(snapshot(em)).toEqual(before);
  });
});

describe('the sidebar revision', () => {
  it('changes with a menu action, costs no Spreadsheet call, and matches the state it goes with', () => {
    const { em } = setup(logRows(60));
    const before = em.run('getSidebarState') as { revision: string; highlightsApplied: boolean };
    expect(measure(em, 'getSidebarRevision')).toEqual({});
    expect(em.run('getSidebarRevision')).toBe(before.revision);
    em.run('menuApplyHighlights');
    const after = em.run('getSidebarRevision') as string;
    expect(after).not.toBe(before.revision);
    const state = em.run('getSidebarState') as { revision: string; highlightsApplied: boolean };
    expect(state.highlightsApplied).toBe(true);
    expect(state.revision).toBe(after);
    // A read writes nothing, so the token stays; a sidebar action hands back the new one.
    em.run('runAudit');
    expect(em.run('getSidebarRevision')).toBe(after);
    const removed = em.run('removeHighlights') as { state: { revision: string } };
    expect(removed.state.revision).not.toBe(after);
    expect(em.run('getSidebarRevision')).toBe(removed.state.revision);
  });
});

describe('the dashboard', () => {
  const DASH = "'Strength dashboard'";
  /** The dashboard's values as the coach sees them, and the 1-based row starting with `first`. */
  const board = (em: ReturnType<typeof setup>['em']) => {
    const sheet = em.workbook.sheets.find((s) => s.name === 'Strength dashboard');
    const view = em.render('Strength dashboard', { numColumns: 10 });
    const text = view.rows.map((r) => r.map((c) => c.display));
    const rowOf = (...cells: string[]) =>
      text.findIndex((r) => cells.every((c, i) => r[i] === c)) + 1;
    return { sheet, view, text, rowOf };
  };

  it('opens on what needs attention, then charts, lifts coloured by status, and the audit', () => {
    const { em } = setup(logRows(240));
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/rebuilt: 2 athletes, 2 charts\. Charts for all 2 athletes/);
    const { sheet, view, text, rowOf } = board(em);
    expect(text[2]?.[0]).toBe('Needs attention');
    expect(text[3]?.slice(0, 3)).toEqual(['Athlete', 'Needs attention', 'What to do']);
    expect(['Ana', 'Ben']).toContain(text[4]?.[0]);
    const lifts = rowOf('Athlete', 'Lift', 'Status');
    expect(rowOf('Needs attention')).toBeLessThan(rowOf('Charts'));
    expect(rowOf('Charts')).toBeLessThan(lifts);
    expect(lifts).toBeLessThan(rowOf('Program audit'));
    const liftRows = [0, 1, 2, 3].map((i) => text[lifts + i]?.slice(0, 2));
    expect(liftRows).toEqual([
      ['Ana', 'Front squat'],
      ['Ana', 'Trap bar deadlift'],
      ['Ben', 'Front squat'],
      ['Ben', 'Trap bar deadlift'],
    ]);
    // Status words are the log's, and each row has its status's colour as in the log.
    const colours: Record<string, string> = {
      Stale: '#ffe0a3',
      'Target reached': '#c7eccb',
      'New best': '#e3f0ff',
    };
    for (let i = 0; i < 4; i++) {
      const cells = view.rows[lifts + i] ?? [];
      const status = cells[2]?.display ?? '';
      expect(status).toMatch(/^(|Stale: .+|Target reached: .+|New best.*)$/);
      const kind = Object.keys(colours).find(
        (k) => status.startsWith(k) && !status.startsWith('New best: first session'),
      );
      for (const c of cells) expect(c.background).toBe(kind ? colours[kind] : '#ffffff');
    }
    expect(JSON.stringify(text)).not.toContain('Progressing');
    expect([...(sheet?.validations.values() ?? [])].map((v) => v.kind)).toEqual(
      Array(4).fill('CHECKBOX'),
    );
    expect(typeof em.get(`${DASH}!H${lifts + 1}`)).toBe('boolean');
    // The sentences wrap in their own columns (B:C), nothing else does.
    const audit = rowOf('Program audit') + 2;
    expect(view.rows[audit - 1]?.map((c) => c.wrap)).toEqual([
      false,
      true,
      true,
      ...Array(7).fill(false),
    ]);
    // No chart data on the dashboard: it is on the data sheet.
    expect(JSON.stringify(sheet?.values)).not.toContain('best so far');
    expect(sheet?.charts.map((c) => c.chartType)).toEqual(['LINE', 'LINE']);
    expect(sheet?.charts.map((c) => c.options.title)).toEqual([
      'Ana: e1RM ÷ bodyweight per session, best so far and target',
      'Ben: e1RM ÷ bodyweight per session, best so far and target',
    ]);
    const data = em.workbook.sheets.find((s) => s.name === 'Strength dashboard data');
    expect(sheet?.charts[0]?.ranges.map((r) => r.sheetId)).toEqual([data?.id]);
    expect(em.get("'Strength dashboard data'!B3")).toBe('Front squat: sessions');
    // A lift not trained yet on a charted day draws no gap; the target is dashed, the sessions dots.
    const options = sheet?.charts[0]?.options as {
      interpolateNulls: boolean;
      series: Record<string, { lineDashStyle?: number[]; pointSize: number }>;
      vAxis: { ticks: number[] };
    };
    expect(options.interpolateNulls).toBe(true);
    expect(options.series[2]?.lineDashStyle).toEqual([6, 4]);
    expect(options.series[0]?.pointSize).toBeGreaterThan(0);
    for (const t of options.vAxis.ticks) expect(Math.round(t * 20)).toBeCloseTo(t * 20, 6);
    // Column widths for a new sheet: names, the wide text column, numbers; frozen title row.
    expect(Array.from({ length: 11 }, (_, i) => sheet?.columnWidths.get(i + 1))).toEqual([
      170,
      230,
      400,
      ...Array(7).fill(110),
      undefined,
    ]);
    expect(sheet?.frozenRows).toBe(1);
    expect(view.rows[lifts - 1]?.map((c) => c.bold)).toEqual(Array(10).fill(true));
    expect(view.rows[lifts]?.some((c) => c.bold)).toBe(false);
    const shown = (column: number) => view.rows[lifts]?.[column - 1]?.display;
    expect(em.get(`${DASH}!F${lifts + 1}`)).toEqual(expect.any(Number));
    expect(shown(5)).toMatch(/^\d+\.\d kg$/);
    expect(shown(6)).toMatch(/^\d\.\d\d$/);
    expect(shown(9)).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('is rebuilt by replacing only its own two sheets, and lands the coach on it', () => {
    const { em } = setup(logRows(120));
    em.run('applyHighlights');
    em.run('buildDashboard');
    const others = ['Log', 'Targets'];
    const before = snapshot(em, others);
    const ours = ['Strength dashboard', 'Strength dashboard data'];
    const dashboard = snapshot(em, ours);
    em.spreadsheet.setActiveSheet(
      em.spreadsheet.getSheetByName('Log') as GoogleAppsScript.Spreadsheet.Sheet,
    );
    em.run('buildDashboard');
    expect(snapshot(em, others)).toEqual(before);
    expect(snapshot(em, ours)).toEqual(dashboard);
    expect(em.workbook.sheets.map((s) => s.name)).toEqual([
      'Log',
      'Strength dashboard',
      'Strength dashboard data',
      'Targets',
    ]);
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('Strength dashboard');
  });

  it('charts at most 12 athletes of 30, those needing attention first, and says whose', () => {
    const base = logRows(60).slice(1);
    const rows: unknown[][] = [HEADER];
    for (let a = 0; a < 30; a++) {
      const name = `Runner ${String(a).padStart(2, '0')}`;
      for (const r of base) if (r[1] === 'Ana') rows.push([r[0], name, ...r.slice(2)]);
    }
    const { em } = setup(rows);
    const calls = measure(em, 'menuBuildDashboard');
    expect(lastAlert(em)).toMatch(
      /rebuilt: 30 athletes, 12 charts\. Charts for 12 of 30 athletes with a target lift, those needing attention first: Runner /,
    );
    const { sheet, rowOf } = board(em);
    expect(sheet?.charts).toHaveLength(12);
    expect(calls['Sheet.insertChart']).toBe(12);
    expect(rowOf('', lastAlert(em).split('charts. ')[1] ?? '')).toBeGreaterThan(0);
  });
});

describe('audit', () => {
  it('opens the sidebar on the audit, per athlete, instead of an alert', () => {
    const { em } = setup(logRows(120));
    const alerts = em.ui.alerts.length;
    em.run('menuAuditProgram');
    expect(em.ui.alerts).toHaveLength(alerts);
    const content = em.ui.sidebar?.html ?? '';
    expect(content).toContain('<script>window.strongEnoughView="audit"</script>');
    // The sidebar's own HTML, with the view as one line after it.
    expect(content.startsWith(readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8'))).toBe(true);
    em.run('showSidebar');
    expect(em.ui.sidebar?.html).not.toContain('<script>window.strongEnoughView');
  });

  it('says in one line how many athletes show a mistake; the findings are in the state', () => {
    const { em } = setup(logRows(120));
    const result = em.run('runAudit') as {
      message: string;
      state: { athletes: { name: string; audit: unknown[] }[] };
    };
    const flagged = result.state.athletes.filter((a) => a.audit.length > 0).length;
    expect(result.message).toMatch(
      new RegExp(
        `^Audit of 2 athletes: \\d+ findings? for ${flagged} of them, listed athlete by athlete under Program audit\\.$`,
      ),
    );
    expect(result.message).not.toContain('\n');
  });

  it('still says why in an alert when the log cannot be audited', () => {
    const { em } = setup([HEADER]);
    em.run('menuAuditProgram');
    expect(lastAlert(em)).toMatch(/nothing to audit/);
    expect(em.ui.sidebar).toBeNull();
  });
});

describe('import workout CSV', () => {
  const strong = readFileSync(
    path.join(__dirname, '../fixtures/realdata/strong-export-kg-a.csv'),
    'utf8',
  );

  const ANA = { athlete: 'Ana', unit: 'kg' };

  const upload = (em: ReturnType<typeof setup>['em'], text: string, size = 30_000): string =>
    uploadFile(em, text, size, 'strong.csv');

  it('asks whose workouts these are, previews, appends once, and adds nothing the second time', () => {
    const { em } = setup([HEADER]);
    const id = upload(em, strong);
    const ask = em.run('importPreview', id, {}) as {
      needs: string[];
      format: string;
      layout: string;
      unit: { unit: string; decidedBy: string };
    };
    // The file does not name the athlete; its numbers say kg (and the preview says how).
    expect(ask.needs).toEqual(['athlete']);
    expect(ask.layout).toBe('classic layout; comma-separated');
    expect(ask.unit).toMatchObject({ unit: 'kg', decidedBy: 'numbers' });
    const preview = em.run('importPreview', id, ANA) as {
      added: number;
      columns: string[];
      rows: unknown[][];
      skipped: { reason: string; count: number }[];
    };
    expect(preview.added).toBeGreaterThan(50);
    expect(preview.columns.slice(0, 6)).toEqual(HEADER);
    expect(nonJson(preview)).toEqual([]);
    const calls = measure(em, 'importCommit', id, ANA);
    expect(calls['Range.setValues']).toBe(1);
    const rows = em.workbook.sheets[0]?.values.length ?? 0;
    expect(rows).toBe(preview.added + 1);
    const again = upload(em, strong);
    const second = em.run('importCommit', again, ANA) as {
      added: number;
      skipped: { reason: string }[];
    };
    expect(second.added).toBe(0);
    expect(second.skipped.map((s) => s.reason)).toContain('already in the log');
    expect(em.workbook.sheets[0]?.values.length).toBe(rows);
  });

  it('writes the athlete’s bodyweight from the dialog, so the sidebar has ratios at once', () => {
    const { em } = setup([HEADER]);
    const id = upload(em, strong);
    const before = em.run('importPreview', id, ANA) as { bodyweightTo: string };
    expect(before.bodyweightTo).toBe('column');
    const result = em.run('importCommit', id, {
      ...ANA,
      bodyweight: 61.5,
      bodyweightUnit: 'kg',
    }) as {
      message: string;
    };
    expect(result.message).toMatch(/bodyweight 61\.5 kg is on the newest imported set/);
    // One weigh-in, on the newest set; every session takes the nearest known one.
    const log = em.workbook.sheets[0];
    const weights = (log?.values ?? [])
      .slice(1)
      .map((r) => r?.[5])
      .filter((v) => v !== undefined && v !== '');
    expect(weights).toEqual([61.5]);
    const state = em.run('getSidebarState') as {
      athletes: { name: string; bodyweight: number | null; lifts: { ratio: number | null }[] }[];
    };
    const ana = state.athletes.find((a) => a.name === 'Ana');
    expect(ana?.bodyweight).toBe(61.5);
    expect(ana?.lifts.some((l) => l.ratio !== null)).toBe(true);
    // An absurd bodyweight is refused in plain words, and nothing is written.
    const again = upload(em, strong);
    expect(() => em.run('importPreview', again, { ...ANA, bodyweight: 6150 })).toThrow(
      /not one an athlete has: give 20–300 kg/,
    );
  });

  it('imports a CSV of the log’s own layout: its bodyweights kept, the sets already there skipped, bad rows listed', () => {
    const { em } = setup(logRows(40));
    em.run('applyHighlights');
    // The log as a coach would save it to CSV, a new session added, and one row with a typo.
    const log = em.workbook.sheets.find((s) => s.name === 'Log');
    const shown = em
      .render('Log', { numRows: 40, numColumns: 6 })
      .rows.map((r) => r.map((c) => (c.display.includes(',') ? `"${c.display}"` : c.display)));
    const csv = [
      ...shown.map((r) => r.join(',')),
      '2026-12-01,Ana,Front squat,70,5,61',
      '2026-12-01,Ana,Front squat,70,lots,61',
    ].join('\n');
    const rowsBefore = log?.values.length ?? 0;
    const id = upload(em, csv);
    // A log CSV names its athletes; the unit of its bare loads is inferred from the numbers (or
    // asked): the coach's kg is given either way.
    const preview = em.run('importPreview', id, { unit: 'kg' }) as {
      format: string;
      added: number;
      skipped: { reason: string; count: number }[];
      bad: { line: number; message: string }[];
      badCount: number;
      rows: unknown[][];
    };
    expect(preview.format).toBe('Strong Enough log');
    expect(preview.added).toBe(1);
    expect(preview.skipped).toContainEqual({ reason: 'already in the log', count: 39 });
    expect(preview.badCount).toBe(1);
    expect(preview.bad[0]?.message).toMatch(/^Line 42: reps "lots" is not a number/);
    // The new set keeps its bodyweight.
    expect(preview.rows[0]?.slice(1, 6)).toEqual(['Ana', 'Front squat', 70, 5, 61]);
    const done = em.run('importCommit', id, { unit: 'kg' }) as {
      added: number;
      bad: unknown[];
      message: string;
    };
    expect(done.added).toBe(1);
    expect(done.bad).toHaveLength(1);
    expect(done.message).toMatch(/1 row could not be read and was left out/);
    expect(log?.values.length).toBe(rowsBefore + 1);
    expect(em.get(`Log!F${rowsBefore + 1}`)).toBe(61);
  });

  // Both sizes outgrow the sheet's 1,000 rows, so both grow it once before the one write.
  it('imports a 50,000-set export with the same Spreadsheet calls as a 2,000-set one, in one write', () => {
    const costs = [2_000, 50_000].map((workingSets) => {
      const { em } = setup([HEADER]);
      const file = syntheticHevyExport({ workingSets });
      const id = upload(em, file.text, 60_000);
      const preview = measure(em, 'importPreview', id, { athlete: 'Ana' });
      const commit = measure(em, 'importCommit', id, { athlete: 'Ana' });
      const again = upload(em, file.text, 60_000);
      const result = em.run('importCommit', again, { athlete: 'Ana' }) as { added: number };
      expect(result.added).toBe(0); // a repeat adds nothing
      expect(em.workbook.sheets[0]?.values.length).toBe(file.workingSets + 1);
      expect(commit['Range.setValues']).toBe(1);
      expect(commit['Sheet.insertRowsAfter']).toBe(1);
      return { preview: total(preview), commit: total(commit) };
    });
    expect(costs[1]).toEqual(costs[0]);
    // 15 before issue 12; now 18: the log's column tags are found (one finder call, the header
    // row's formulas when a Status column shows), the sheet's width read so the Import key column
    // can be inserted when there is no room, and the new Import key column tagged (first import).
    expect(costs[0]?.commit).toBeLessThanOrEqual(18);
  });

  it('appends the real Hevy export in calendar order and says what it added in the past tense', () => {
    const hevy = readFileSync(
      path.join(__dirname, '../fixtures/realdata/hevy-export-kg.csv'),
      'utf8',
    );
    const { em } = setup([HEADER]);
    const log = em.workbook.sheets[0];
    if (!log) throw new Error('no log sheet');
    const result = em.run('importCommit', upload(em, hevy), { athlete: 'Ana' }) as {
      added: number;
      message: string;
    };
    expect(result.message).toMatch(
      new RegExp(`^Added ${result.added} sets to the log from .*; skipped `),
    );
    // Counts of one take the singular (the file holds a single cardio set), never "1 … sets".
    expect(result.message).not.toMatch(/\b1 [^,;.]*\bsets\b/);
    expect(result.message).toMatch(/\b1 cardio or timed set \(/);
    // The Date column, read back as the log holds it: never a day earlier than the row above.
    const days = Array.from({ length: log.values.length - 1 }, (_, i) => {
      const date = em.get(`Log!A${i + 2}`);
      return date instanceof Date ? date.getTime() : Number.NaN;
    });
    expect(days.length).toBe(result.added);
    expect(days.every((d, i) => i === 0 || d >= (days[i - 1] ?? 0))).toBe(true);
    expect(days[0]).toBeLessThan(days.at(-1) ?? 0);
  });

  it('takes a real export as the rows the dialog read, and reads them as the CLI reads the file', () => {
    const file = path.join(__dirname, '../fixtures/realdata/strong-export-kg-b.csv');
    const text = readFileSync(file, 'utf8');
    const { em } = setup([HEADER]);
    const id = uploadFile(em, text, undefined, 'strong-export-kg-b.csv');
    // What waits in the cache is the rows' text (fields with their lines), not the CSV.
    const parts = [...em.cache.user.entries()]
      .filter(([k]) => k.startsWith(`se:upload:${id}:`))
      .sort(([a], [b]) => Number(a.split(':').at(-1)) - Number(b.split(':').at(-1)))
      .map(([, item]) => item.value.slice(item.value.indexOf('\n') + 1));
    const sent = JSON.parse(parts.join('')) as { rows: [number, ...string[]][] };
    const inNode = parseExport(text);
    if (!inNode.ok) throw new Error(inNode.error.message);
    expect(sent.rows).toHaveLength(inNode.parsed.dataRows + 1);
    expect(sent.rows[0]?.slice(1).join(',')).toBe(text.split('\n')[0]?.trim());
    expect(parts.join('')).not.toContain(text.split('\n')[1]);
    // The server reads them as the CLI reads the text: same format, unit, sets and skips.
    const preview = em.run('importPreview', id, { athlete: 'Ana' }) as {
      format: string;
      unit: { unit: string; decidedBy: string };
      added: number;
      badCount: number;
    };
    expect(preview.format).toBe(inNode.parsed.formatLabel);
    expect(preview.unit).toMatchObject({
      unit: inNode.parsed.unit.unit,
      decidedBy: inNode.parsed.unit.decidedBy,
    });
    expect(preview.added).toBe(inNode.parsed.sets.length);
    expect(preview.badCount).toBe(inNode.parsed.bad.length);
    const done = em.run('importCommit', id, { athlete: 'Ana' }) as { added: number };
    expect(done.added).toBe(inNode.parsed.sets.length);
    expect(em.workbook.sheets[0]?.values.length).toBe(1 + done.added);
    // Sent again, nothing is added twice.
    const again = em.run('importCommit', uploadFile(em, text), { athlete: 'Ana' }) as {
      added: number;
    };
    expect(again.added).toBe(0);
    expect(em.workbook.sheets[0]?.values.length).toBe(1 + done.added);
  });

  it('makes the Import key header bold when the header row is', () => {
    const { em } = setup([HEADER]);
    const log = em.workbook.sheets[0];
    for (let c = 0; c < HEADER.length; c++) log?.fontWeights.set(c, 'bold');
    em.run('importCommit', upload(em, strong), ANA);
    expect(em.get('Log!G1')).toBe('Import key');
    expect(log?.fontWeights.get(6)).toBe('bold');
  });

  it('refuses a missing part or a malformed file with a plain message and writes nothing', () => {
    const { em } = setup([HEADER]);
    const before = snapshot(em);
    const { uploadId } = em.run('importBegin', {
      fileName: 'x.csv',
      size: 20,
      chunks: 2,
      checksum: checksum('01234567890123456789'),
    }) as {
      uploadId: string;
    };
    em.run('importChunk', uploadId, 0, '0123456789', checksum('0123456789'));
    expect(() => em.run('importPreview', uploadId, {})).toThrow(/Part 2 of 2 .* never arrived/);
    // A quote never closed is refused by the dialog, which reads the file, before anything is sent.
    expect(() => upload(em, 'Date,Exercise Name\n"unterminated,quote\n')).toThrow(
      'The file was not imported. Line 2: a quoted field is never closed',
    );
    // Text that is not the dialog's rows (whole, with a good checksum) is refused by the server.
    const text = 'Date,Exercise Name\n2026-01-01,Squat\n';
    const raw = em.run('importBegin', {
      fileName: 'x.csv',
      size: text.length,
      chunks: 1,
      checksum: checksum(text),
    }) as { uploadId: string };
    em.run('importChunk', raw.uploadId, 0, text, checksum(text));
    expect(() => em.run('importCommit', raw.uploadId, ANA)).toThrow(
      "The file's rows arrived in a form the add-on cannot read",
    );
    expect(snapshot(em)).toEqual(before);
  });

  it('keeps each chunk in one cache item of at most 100 KB, and refuses a bigger one by number', () => {
    const { em } = setup([HEADER]);
    const id = uploadFile(em, strong);
    const items = [...em.cache.user.entries()].filter(([k]) => k.startsWith(`se:upload:${id}`));
    // The description plus one item per 64 KB chunk of the rows' text (what the dialog sends).
    const rows = readCsv(strong);
    if (isImportError(rows)) throw new Error(rows.message);
    const payload = rowsPayload(rows);
    expect(items).toHaveLength(1 + Math.ceil(Buffer.byteLength(payload) / 65_536));
    for (const [, v] of items) expect(Buffer.byteLength(v.value)).toBeLessThanOrEqual(100 * 1024);
    const big = `${strong}${'x'.repeat(150_000)}`;
    expect(() => upload(em, big, 200_000)).toThrow(
      /Part 1 of \d+ of the file is larger than one cache item holds \(100 KB\)/,
    );
  });
});
