/**
 * The coach's path through the sidebar in a real browser, on the `npm start` preview with the sample
 * log: open it from the menu, apply highlights and see the grid coloured, edit a load and see the
 * statuses follow, remove highlights and get the grid back exactly, change a target and see a card
 * move. The tests run in order on one workbook, as a coach's session would.
 */
import type { HighlightColors } from '../../src/addon/api-types';
import {
  cellOf,
  columnOf,
  configuredColors,
  editCell,
  type GridShot,
  gridSynced,
  type LogRow,
  letters,
  openCard,
  openSession,
  openSidebar,
  readGrid,
  type Session,
  screenshotPath,
  seriesRows,
  showSheet,
  TEST_TIMEOUT,
  toggleHighlights,
  WAIT,
  waitForGrid,
  waitUntil,
} from './harness';

const LOG = 'Log';
const ATHLETES = [
  'Daniel Osei',
  'Jonas Lindqvist',
  'Maya Okafor',
  'Priya Raman',
  'Sofia Marquez',
  'Tom Becker',
];
const SOFIA = 'Sofia Marquez';
/** One series under two names in the sample log. */
const SOFIA_LIFT = ['Deadlift (Trap bar)', 'hex bar deadlift'];
const MAYA = 'Maya Okafor';
const MAYA_LIFT = 'Front squat';
const MAYA_SERIES = [MAYA_LIFT];

let s: Session;
let colors: HighlightColors;
/** The Log sheet as drawn before any highlight. */
let untouched: GridShot;

beforeAll(async () => {
  s = await openSession();
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

const statusOf = (grid: GridShot, row: LogRow): string => {
  const status = columnOf(grid, 'Status');
  if (status === null) throw new Error('The Log has no Status column.');
  return cellOf(row, status).text;
};

/** Every cell of the row from A to the Status column has this background. */
const rowPainted = (grid: GridShot, row: LogRow, bg: string): boolean => {
  const status = columnOf(grid, 'Status') ?? 0;
  return row.cells.slice(0, status).every((c) => c.bg === bg.toLowerCase());
};

const card = (name: string) =>
  s.sidebar.locator(`[data-testid="athlete-card"][data-athlete="${name}"]`);

test(
  'the sidebar opens from Extensions › Strong Enough and shows a card per athlete',
  async () => {
    await showSheet(s, LOG);
    untouched = await readGrid(s);
    expect(columnOf(untouched, 'Status')).toBeNull();

    await openSidebar(s);
    await expect(
      s.page.locator('[data-testid="sidebar-frame"]').evaluate((f) => f.clientWidth),
    ).resolves.toBe(300);
    const names = await s.sidebar
      .locator('[data-testid="athlete-card"]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-athlete')));
    expect([...names].sort()).toEqual(ATHLETES);
    // Each card's heading is the athlete's name, and the Actions start with highlights off.
    await expect(card(MAYA).locator('h3').textContent()).resolves.toBe(MAYA);
    await expect(
      s.sidebar.locator('[data-testid="highlights-state"]').textContent(),
    ).resolves.toMatch(/off/);
    colors = configuredColors(s);
  },
  TEST_TIMEOUT,
);

test(
  'Apply highlights colours stale and target-reached rows and fills the Status column',
  async () => {
    await toggleHighlights(s, true);
    await expect(s.sidebar.locator('[data-testid="action-result"]').textContent()).resolves.toMatch(
      /Status column/,
    );
    await gridSynced(s, (await s.page.getAttribute('[data-testid="grid"]', 'data-sheet')) ?? '');
    await showSheet(s, LOG);
    const grid = await waitForGrid(
      s,
      LOG,
      'a Status column',
      (g) => columnOf(g, 'Status') !== null,
    );
    const status = columnOf(grid, 'Status')!;
    // The status column comes right after the log's own columns.
    expect(status).toBe(columnOf(untouched, 'Notes')! + 1);

    // Sofia's trap bar deadlift stopped at 60 kg: her trailing sessions are stale, amber.
    const sofia = seriesRows(grid, SOFIA, SOFIA_LIFT);
    expect(sofia.length).toBeGreaterThan(5);
    expect(statusOf(grid, sofia[0]!)).toMatch(/^New best/);
    const stale = sofia.filter((r) => statusOf(grid, r).startsWith('Stale'));
    expect(stale.length).toBeGreaterThanOrEqual(3);
    expect(stale.at(-1)).toBe(sofia.at(-1)); // the trailing run, up to her last session
    for (const r of stale) expect(rowPainted(grid, r, colors.stale)).toBe(true);

    // Her card says so too.
    await openCard(s.sidebar, SOFIA);
    await expect(card(SOFIA).locator('[data-testid="stale-list"]').textContent()).resolves.toMatch(
      /Trap bar deadlift: no new best in \d+ sessions since/,
    );

    // Maya's front squat reached bodyweight: those rows are green.
    const maya = seriesRows(grid, MAYA, MAYA_SERIES);
    const reached = maya.filter((r) => statusOf(grid, r).startsWith('Target reached'));
    expect(reached.length).toBeGreaterThan(0);
    expect(statusOf(grid, reached[0]!)).toMatch(
      /^Target reached: 1\.\d+× bodyweight \(target 1×\)/,
    );
    for (const r of reached) expect(rowPainted(grid, r, colors.targetReached)).toBe(true);
    // Before she reached it, her rows were new bests (tinted), not green.
    const firstReached = maya.indexOf(reached[0]!);
    expect(firstReached).toBeGreaterThan(0);
    for (const r of maya.slice(0, firstReached)) {
      expect(statusOf(grid, r)).toMatch(/^New best/);
      expect(rowPainted(grid, r, colors.newBest)).toBe(true);
    }

    // The column is filled for the whole log: a header, then each row blank, one of the statuses,
    // or a warning for a row that cannot be read (the sample log has one, reps "lots").
    expect(cellOf({ row: 1, cells: grid.rows[0]! }, status).text).toBe('Status');
    const logRows = grid.rows.slice(1).filter((cells) => cells[0]?.text !== '');
    const texts = logRows.map((cells) => cells[status - 1]?.text ?? '');
    for (const t of texts) expect(t).toMatch(/^(|Stale: .+|Target reached: .+|New best: .+|⚠ .+)$/);
    expect(texts.filter((t) => t !== '').length).toBeGreaterThan(logRows.length / 4);
    // Rows with no status keep the coach's white.
    const plain = logRows.filter((cells) => cells[status - 1]?.text === '');
    expect(plain.length).toBeGreaterThan(0);
    for (const cells of plain) expect(cells[0]?.bg).toBe('#ffffff');

    // The README's picture: the sheet with the sidebar, scrolled to where stale and green meet.
    await s.page
      .locator(`td[data-cell="${LOG}!A${stale[0]!.row}"]`)
      .evaluate((td) => td.scrollIntoView({ block: 'center' }));
    await card(MAYA).evaluate((c) => c.scrollIntoView({ block: 'start' }));
    await s.page.screenshot({ path: screenshotPath('sheet-with-sidebar.png') });
  },
  TEST_TIMEOUT,
);

test(
  'editing a load in the grid moves the statuses and colours: a new best ends the stale run',
  async () => {
    const before = await readGrid(s);
    const load = columnOf(before, 'Load')!;
    const sofia = seriesRows(before, SOFIA, SOFIA_LIFT);
    // The third-last session: two sessions after it, fewer than the 3 that make a lift stale.
    const edited = sofia.at(-3)!;
    const later = sofia.slice(-2);
    const oldLoad = cellOf(edited, load).text;
    expect(oldLoad).toBe('60');
    expect(statusOf(before, edited)).toMatch(/^Stale/);
    const a1 = `${letters(load)}${edited.row}`;

    // 65 × 5 beats 60 × 5 but stays under her 1.5× target: a new best, not a reached target.
    await editCell(s, LOG, a1, '65');
    const after = await waitForGrid(s, LOG, `a new best on row ${edited.row}`, (g) =>
      statusOf(g, seriesRows(g, SOFIA, SOFIA_LIFT).at(-3)!).startsWith('New best'),
    );
    const now = seriesRows(after, SOFIA, SOFIA_LIFT);
    expect(cellOf(now.at(-3)!, load).text).toBe('65');
    expect(rowPainted(after, now.at(-3)!, colors.newBest)).toBe(true);
    for (const r of now) {
      expect(statusOf(after, r)).not.toMatch(/^Stale/);
      expect(rowPainted(after, r, colors.stale)).toBe(false);
    }
    // The two sessions after it are plain rows again (two is short of a stale run).
    for (const r of now.slice(-2)) {
      expect(later.map((l) => l.row)).toContain(r.row);
      expect(statusOf(after, r)).toBe('');
      expect(r.cells[0]?.bg).toBe('#ffffff');
    }
    // The sidebar follows too once refreshed: Sofia has nothing stale left.
    await s.sidebar.locator('[data-testid="refresh"]').click();
    await card(SOFIA).waitFor({ timeout: WAIT });
    await waitUntil('Sofia without a stale trap bar deadlift', async () => {
      const stale = await card(SOFIA).locator('[data-testid="stale-list"]').allTextContents();
      return !stale.join(' ').includes('Trap bar deadlift');
    });

    // Typing the old load back brings the stale run back.
    await editCell(s, LOG, a1, oldLoad);
    const back = await waitForGrid(s, LOG, `row ${edited.row} stale again`, (g) =>
      statusOf(g, seriesRows(g, SOFIA, SOFIA_LIFT).at(-3)!).startsWith('Stale'),
    );
    const rows = seriesRows(back, SOFIA, SOFIA_LIFT);
    for (const r of rows.slice(-3)) expect(rowPainted(back, r, colors.stale)).toBe(true);
  },
  TEST_TIMEOUT,
);

test(
  'Remove highlights gives back the Log exactly as it was: every cell, text and colour',
  async () => {
    await toggleHighlights(s, false);
    await showSheet(s, LOG);
    const grid = await waitForGrid(
      s,
      LOG,
      'no Status column',
      (g) => columnOf(g, 'Status') === null,
    );
    expect(grid.rows.length).toBe(untouched.rows.length);
    expect(grid).toEqual(untouched);
  },
  TEST_TIMEOUT,
);

test(
  "changing the front squat target in the Targets section moves Maya's card",
  async () => {
    await openCard(s.sidebar, MAYA);
    const lift = card(MAYA).locator(`[data-testid="key-lift"][data-exercise="${MAYA_LIFT}"]`);
    const bar = lift.locator('[data-testid="lift-progress"]');
    await expect(lift.locator('[data-testid="reached-mark"]').count()).resolves.toBe(1);
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('100');

    await s.sidebar.locator('[data-testid="section-targets-toggle"]').click();
    const input = s.sidebar.locator(
      `[data-testid^="target-multiple-"][data-exercise="${MAYA_LIFT}"]`,
    );
    expect(Number(await input.inputValue())).toBe(1);
    await input.fill('1.2');
    await s.sidebar.locator('[data-testid="targets-save"]').click();
    await s.sidebar
      .locator('[data-testid="targets-result"]', { hasText: 'Saved' })
      .waitFor({ timeout: WAIT });

    // Her best front squat is about 1.06× bodyweight: short of 1.2×, so no longer reached.
    await waitUntil(
      "Maya's front squat unmarked",
      async () => (await lift.locator('[data-testid="reached-mark"]').count()) === 0,
    );
    const value = Number(await bar.getAttribute('aria-valuenow'));
    expect(value).toBeGreaterThan(80);
    expect(value).toBeLessThan(100);
    await expect(lift.textContent()).resolves.toContain('1.2×');
    // The target lives in the Targets sheet, where the formulas read it.
    await showSheet(s, 'Targets');
    const targets = await readGrid(s);
    const row = targets.rows.find((cells) => cells[0]?.text === MAYA_LIFT);
    expect(row?.[1]?.text).toBe('1.2');
  },
  TEST_TIMEOUT,
);

test('no dialog fired and no script error happened on any page during the session', () => {
  expect(s.dialogs).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});
