/**
 * Build dashboard from the menu, in a real browser on the `npm start` preview with the 40-runner
 * example (examples/roster-40.csv): the "Strength dashboard" sheet opens on Needs attention, ranked
 * as the sidebar ranks it; then a line saying whose charts are shown and at most 12 charts, those
 * needing attention first, each drawn with session dots, a best-so-far line and a dashed target in
 * the lift's colour; then one row per athlete and key lift, coloured by its status as the log is,
 * in the log's own words; then the audit. The chart data is on its own sheet. Rebuilding keeps one
 * of each. Also makes the README's dashboard screenshot.
 */
import path from 'node:path';
import { MAX_ATTENTION_LINES } from '../../src/addon/plan-dashboard';
import {
  clickMenu,
  type GridShot,
  gridSynced,
  openSession,
  readGrid,
  type Session,
  screenshotPath,
  sidebarState,
  TEST_TIMEOUT,
} from './harness';

const DASHBOARD = 'Strength dashboard';
const DATA = 'Strength dashboard data';
const ROSTER = path.resolve(__dirname, '..', '..', 'examples', 'roster-40.csv');

let s: Session;

beforeAll(async () => {
  s = await openSession({ logCsvPath: ROSTER });
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

async function buildFromMenu(): Promise<string> {
  await clickMenu(s.page, 'Build dashboard');
  await s.page.locator('[data-testid="alert"]:not([hidden])').waitFor();
  const message = (await s.page.textContent('[data-testid="alert-message"]')) ?? '';
  await s.page.click('[data-testid="alert-ok"]');
  await s.page.waitForSelector('[data-testid="alert"][hidden]', { state: 'attached' });
  await gridSynced(s, DASHBOARD);
  return message;
}

const texts = (grid: GridShot, row: number): string[] =>
  (grid.rows[row - 1] ?? []).map((c) => c.text);

/** 1-based row whose first cells read these texts. */
const rowOf = (grid: GridShot, ...cells: string[]): number =>
  grid.rows.findIndex((r) => cells.every((c, i) => r[i]?.text === c)) + 1;

/** Rows from `first` down to the first blank one. */
function block(grid: GridShot, first: number): number[] {
  const out: number[] = [];
  for (let r = first; texts(grid, r).some((t) => t !== ''); r++) out.push(r);
  return out;
}

/** The athletes the server would chart: attention order (the sidebar's), with a target lift charted. */
const charted = () =>
  sidebarState(s)
    .athletes.filter((a) => a.lifts.some((l) => l.target !== null && l.chart.length > 0))
    .map((a) => a.name);

test(
  'opens on Needs attention, ranked as the sidebar ranks it',
  async () => {
    const message = await buildFromMenu();
    const state = sidebarState(s);
    expect(state.athletes).toHaveLength(40);
    expect(message).toContain('40 athletes, 12 charts.');
    expect(await s.page.getAttribute('[data-testid="grid"]', 'data-sheet')).toBe(DASHBOARD);
    const grid = await readGrid(s);
    expect(texts(grid, 1)[0]).toBe(DASHBOARD);
    expect(texts(grid, 3)[0]).toBe('Needs attention');
    expect(texts(grid, 4).slice(0, 3)).toEqual(['Athlete', 'Needs attention', 'What to do']);
    const lines = block(grid, 5).map((r) => texts(grid, r));
    const items = state.attention.items;
    const shown = Math.min(items.length, MAX_ATTENTION_LINES - 1);
    expect(lines.slice(0, shown).map((l) => [l[0], l[1], l[2]])).toEqual(
      items.slice(0, shown).map((i) => [i.athlete ?? 'The log', i.problem, i.action]),
    );
    // Before anything else on the sheet.
    expect(rowOf(grid, 'Needs attention')).toBeLessThan(rowOf(grid, 'Charts'));
    expect(rowOf(grid, 'Charts')).toBeLessThan(rowOf(grid, 'Lifts'));
    expect(rowOf(grid, 'Lifts')).toBeLessThan(rowOf(grid, 'Program audit'));
  },
  TEST_TIMEOUT,
);

test(
  'shows 12 charts, those needing attention first, and says whose',
  async () => {
    const grid = await readGrid(s);
    const expected = charted();
    expect(expected.length).toBeGreaterThan(12);
    const line = texts(grid, rowOf(grid, 'Charts') + 1)[1] ?? '';
    expect(line).toBe(
      `Charts for 12 of ${expected.length} athletes with a target lift, those needing attention first: ${expected.slice(0, 12).join(', ')}. The table below has everyone.`,
    );
    const charts = s.page.locator('[data-testid="chart"]');
    expect(await charts.count()).toBe(12);
    const titles = await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-title')));
    expect(titles.map((t) => t?.split(':')[0])).toEqual(expected.slice(0, 12));
    const state = sidebarState(s);
    for (let i = 0; i < 12; i++) {
      const chart = charts.nth(i);
      const athlete = state.athletes.find((a) => a.name === expected[i]);
      const lifts = (athlete?.lifts ?? []).filter((l) => l.target !== null && l.chart.length > 0);
      // Session dots, one per charted session; a best-so-far line; a dashed target line.
      const dots = await chart.locator('circle[data-series]').count();
      expect(dots).toBeGreaterThan(0);
      const lines = await chart.locator('polyline').evaluateAll((els) =>
        els.map((e) => ({
          series: e.getAttribute('data-series') ?? '',
          dashed: e.getAttribute('stroke-dasharray') !== null,
          colour: e.getAttribute('stroke'),
        })),
      );
      for (const lift of lifts.slice(0, 6)) {
        const best = lines.find((l) => l.series === `${lift.exercise}: best so far`);
        const target = lines.find((l) => l.series.startsWith(`${lift.exercise}: target`));
        expect(best?.dashed).toBe(false);
        expect(target?.dashed).toBe(true);
        // The target is drawn in its lift's colour.
        expect(target?.colour).toBe(best?.colour);
      }
      // Ticks on round values (multiples of 0.05).
      const ticks = await chart
        .locator('.chart-tick')
        .evaluateAll((els) => els.map((e) => Number(e.textContent)));
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(Math.abs(t * 20 - Math.round(t * 20))).toBeLessThan(1e-6);
    }
  },
  TEST_TIMEOUT,
);

test(
  'lists each athlete’s key lifts, coloured by status in the log’s own words',
  async () => {
    const grid = await readGrid(s);
    const state = sidebarState(s);
    const header = rowOf(grid, 'Athlete', 'Lift', 'Status');
    const rows = block(grid, header + 1);
    for (const athlete of state.athletes) {
      const mine = rows
        .filter((r) => texts(grid, r)[0] === athlete.name)
        .map((r) => texts(grid, r)[1]);
      const key = athlete.lifts.filter((l) => l.key).map((l) => l.exercise);
      if (key.length > 0) expect([...mine].sort()).toEqual([...key].sort());
      else expect(mine.length).toBeGreaterThanOrEqual(1);
    }
    const colours = state.settings.colors;
    const words = /^(|Stale: .+|Target reached: .+|New best.*|— \(drill: no status\))$/;
    const seen = new Set<string>();
    for (const r of rows) {
      const status = texts(grid, r)[2] ?? '';
      expect(status).toMatch(words);
      const kind = status.startsWith('Stale')
        ? 'stale'
        : status.startsWith('Target reached')
          ? 'targetReached'
          : status.startsWith('New best') && !status.startsWith('New best: first session')
            ? 'newBest'
            : null;
      const bg = grid.rows[r - 1]?.[0]?.bg ?? '';
      expect(bg).toBe(kind ? colours[kind].toLowerCase() : '#ffffff');
      if (kind) seen.add(kind);
    }
    expect(seen.has('stale')).toBe(true);
    expect(JSON.stringify(grid.rows.map((r) => r.map((c) => c.text)))).not.toContain('Progressing');
    // No chart data on the dashboard: it lives on its own sheet.
    expect(JSON.stringify(grid.rows.map((r) => r.map((c) => c.text)))).not.toContain('best so far');
    const tabs = await s.page
      .locator('[data-testid="sheet-tab"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs).toContain(DATA);
  },
  TEST_TIMEOUT,
);

test(
  "the audit's findings are listed per athlete, sentences in their own column",
  async () => {
    const grid = await readGrid(s);
    const start = rowOf(grid, 'Program audit');
    expect(texts(grid, start + 1).slice(0, 3)).toEqual([
      'Athlete',
      'Mistake',
      'What the log shows, then what to do',
    ]);
    const lines = block(grid, start + 2).map((r) => texts(grid, r));
    for (const athlete of sidebarState(s).athletes) {
      const mine = lines.filter((l) => l[0] === athlete.name);
      if (athlete.audit.length === 0) {
        expect(mine).toHaveLength(1);
        expect(mine[0]?.[2]).toBe(athlete.auditNote);
      } else {
        const findings = mine.filter((l) => l[1]?.startsWith('Mistake '));
        expect(findings.map((l) => l[1])).toEqual(
          athlete.audit.map((f) => `Mistake ${f.mistake}: ${f.title}`),
        );
        expect(findings.map((l) => l[2])).toEqual(athlete.audit.map((f) => f.evidence));
        expect(mine.filter((l) => l[1] === 'What to do').map((l) => l[2])).toEqual(
          athlete.audit.map((f) => f.advice),
        );
      }
      // Nothing runs past the text column: the numbers' columns hold no sentences.
      for (const l of mine) for (const cell of l.slice(3)) expect(cell).toBe('');
    }
  },
  TEST_TIMEOUT,
);

test(
  "rebuilding keeps exactly one dashboard, one data sheet and one set of charts; the README's screenshot",
  async () => {
    await s.page.click('[data-testid="sheet-tab"][data-sheet="Log"]');
    await gridSynced(s, 'Log');
    await buildFromMenu();
    const names = s.preview.emulator.workbook.sheets.map((x) => x.name);
    expect(names.filter((n) => n === DASHBOARD)).toHaveLength(1);
    expect(names.filter((n) => n === DATA)).toHaveLength(1);
    const sheet = s.preview.emulator.workbook.sheets.find((x) => x.name === DASHBOARD);
    expect(sheet?.charts).toHaveLength(12);
    expect(await s.page.locator('[data-testid="chart"]').count()).toBe(12);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    // The screenshot: the attention summary and the first charts, on a tall window.
    await s.page.setViewportSize({ width: 1400, height: 1300 });
    await s.page.locator(`td[data-cell="${DASHBOARD}!A1"]`).scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('dashboard.png') });
  },
  TEST_TIMEOUT,
);
