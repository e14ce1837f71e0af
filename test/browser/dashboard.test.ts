/**
 * Build dashboard from the menu, in a real browser on the `npm start` preview with the sample log:
 * the "Strength dashboard" sheet shows one row per athlete and key lift with the same figures as
 * the sidebar, the audit's findings, and a drawn line chart per athlete with a target lift;
 * rebuilding keeps exactly one dashboard sheet and one set of charts.
 */
import {
  clickMenu,
  columnOf,
  type GridShot,
  gridSynced,
  openSession,
  readGrid,
  type Session,
  sidebarState,
  TEST_TIMEOUT,
} from './harness';

const DASHBOARD = 'Strength dashboard';

let s: Session;

beforeAll(async () => {
  s = await openSession();
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

/** 1-based rows of the lift table: from under its header (row 3) to the first blank row. */
function liftRows(grid: GridShot): number[] {
  const out: number[] = [];
  for (let r = 4; (grid.rows[r - 1]?.[0]?.text ?? '') !== ''; r++) out.push(r);
  return out;
}

const athletesWithTargets = () =>
  sidebarState(s).athletes.filter((a) => a.lifts.some((l) => l.target !== null));

test(
  'the dashboard sheet appears with one row per athlete and key lift, matching the sidebar',
  async () => {
    const message = await buildFromMenu();
    const state = sidebarState(s);
    expect(message).toContain(`${state.athletes.length} athletes`);
    expect(message).toContain(`${athletesWithTargets().length} charts`);
    expect(await s.page.getAttribute('[data-testid="grid"]', 'data-sheet')).toBe(DASHBOARD);

    const grid = await readGrid(s);
    expect(texts(grid, 1)[0]).toBe(DASHBOARD);
    const header = { rows: [grid.rows[2] ?? []], sheet: grid.sheet };
    const col = (name: string): number => {
      const c = columnOf(header, name);
      if (c === null) throw new Error(`The dashboard has no "${name}" column.`);
      return c;
    };
    const rows = liftRows(grid);
    const pairs = rows.map((r) => `${texts(grid, r)[0]} / ${texts(grid, r)[col('Lift') - 1]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const athlete of state.athletes) {
      const mine = rows.filter((r) => texts(grid, r)[0] === athlete.name);
      const withTarget = athlete.lifts.filter((l) => l.target !== null).map((l) => l.exercise);
      const shown = mine.map((r) => texts(grid, r)[col('Lift') - 1]);
      if (withTarget.length > 0) expect(shown.sort()).toEqual([...withTarget].sort());
      else expect(mine.length).toBeGreaterThanOrEqual(1);
    }

    // Maya's front squat: the sidebar's ratio, target and a ticked Reached box.
    const maya = state.athletes.find((a) => a.name === 'Maya Okafor');
    const mayaFront = maya?.lifts.find((l) => l.exercise === 'Front squat');
    expect(mayaFront?.targetReached).toBe(true);
    const row = rows.find(
      (r) =>
        texts(grid, r)[0] === 'Maya Okafor' && texts(grid, r)[col('Lift') - 1] === 'Front squat',
    );
    expect(row).toBeDefined();
    const line = texts(grid, row!);
    expect(Number(line[col('Ratio (× bodyweight)') - 1])).toBe(mayaFront?.ratio);
    expect(Number(line[col('Target (× bodyweight)') - 1])).toBe(mayaFront?.target);
    expect(line[col('Status') - 1]).toBe('Target reached');
    const reached = (r: number) =>
      s.page.getAttribute(`td[data-cell="${DASHBOARD}!G${r}"]`, 'data-checked');
    expect(col('Reached')).toBe(7);
    expect(await reached(row!)).toBe('true');
    // Daniel's front squat is short of its target: an empty box, not the word FALSE.
    const daniel = rows.find(
      (r) =>
        texts(grid, r)[0] === 'Daniel Osei' && texts(grid, r)[col('Lift') - 1] === 'Front squat',
    );
    expect(await reached(daniel!)).toBe('false');
    expect(texts(grid, daniel!)[col('Reached') - 1]).toBe('');
  },
  TEST_TIMEOUT,
);

test(
  'an athlete without targets gets their tracked lifts, not drills that carry no status',
  async () => {
    const grid = await readGrid(s);
    const header = texts(grid, 3);
    const col = (name: string) => header.indexOf(name);
    const tom = grid.rows
      .map((_, i) => texts(grid, i + 1))
      .filter((line, i) => i >= 3 && line[0] === 'Tom Becker' && line[col('Status')] !== '');
    // Tom trains only bodyweight and abs: plank, crunch and sit-ups get no status by design.
    expect(tom.map((l) => l[1]).sort()).toEqual(['Glute bridge', 'Push-up', 'Walking lunge']);
    for (const line of tom) {
      expect(line[col('Last new best')]).not.toBe('');
      expect(line[col('Sessions since')]).toMatch(/^\d+$/);
    }
  },
  TEST_TIMEOUT,
);

test(
  "the audit's findings are listed per athlete",
  async () => {
    const grid = await readGrid(s);
    const start = grid.rows.findIndex((r) => r[0]?.text === 'Program audit');
    expect(start).toBeGreaterThan(3);
    expect(texts(grid, start + 2).slice(0, 2)).toEqual(['Athlete', 'Mistake']);
    const lines: string[][] = [];
    for (let r = start + 3; (grid.rows[r - 1]?.[0]?.text ?? '') !== ''; r++) {
      lines.push(texts(grid, r));
    }
    for (const athlete of sidebarState(s).athletes) {
      const mine = lines.filter((l) => l[0] === athlete.name);
      if (athlete.audit.length === 0) {
        expect(mine).toHaveLength(1);
        expect(mine[0]?.[2]).toMatch(/Nothing to fix/);
      } else {
        // Each finding on two rows: the mistake with what the log shows, then what to do.
        const shown = mine.filter((l) => l[1] !== '');
        expect(shown.map((l) => l[1])).toEqual(athlete.audit.map((f) => `Mistake ${f.mistake}`));
        expect(shown.map((l) => l[2])).toEqual(
          athlete.audit.map((f) => `${f.title}: ${f.evidence}`),
        );
        expect(mine.filter((l) => l[2]?.startsWith('To do: '))).toHaveLength(athlete.audit.length);
      }
    }
  },
  TEST_TIMEOUT,
);

test(
  'a line chart is drawn for each athlete with a target lift',
  async () => {
    const expected = athletesWithTargets();
    const charts = s.page.locator('[data-testid="chart"]');
    expect(await charts.count()).toBe(expected.length);
    const titles = await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-title')));
    for (const athlete of expected) {
      const chart = charts.nth(titles.findIndex((t) => t?.startsWith(`${athlete.name}:`)));
      expect(await chart.locator('svg').count()).toBe(1);
      const lifts = athlete.lifts
        .filter((l) => l.target !== null)
        .flatMap((l) => [`${l.exercise}: best so far`, `${l.exercise}: target`]);
      const series = await chart
        .locator('polyline')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-series')));
      expect(series.sort()).toEqual([...lifts].sort());
      const points = await chart.locator('polyline').first().getAttribute('points');
      expect((points ?? '').split(' ').length).toBeGreaterThan(1);
      await expect(chart.locator('.chart-title').textContent()).resolves.toContain(athlete.name);
    }
    // Floated below the tables, as the add-on placed them: the first chart's top is under the audit.
    const box = await charts.first().boundingBox();
    const grid = await readGrid(s);
    let last = grid.rows.findIndex((r) => r[0]?.text === 'Program audit') + 1;
    while ((grid.rows[last]?.[0]?.text ?? '') !== '') last++;
    const lastAudit = await s.page.locator(`td[data-cell="${DASHBOARD}!A${last}"]`).boundingBox();
    expect(box && lastAudit && box.y > lastAudit.y).toBe(true);
  },
  TEST_TIMEOUT,
);

test(
  'rebuilding keeps exactly one dashboard sheet and one set of charts',
  async () => {
    await s.page.click('[data-testid="sheet-tab"][data-sheet="Log"]');
    await gridSynced(s, 'Log');
    await buildFromMenu();
    const tabs = await s.page
      .locator('[data-testid="sheet-tab"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs.filter((t) => t === DASHBOARD)).toHaveLength(1);
    const sheets = s.preview.emulator.workbook.sheets.filter((x) => x.name === DASHBOARD);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.charts).toHaveLength(athletesWithTargets().length);
    expect(await s.page.locator('[data-testid="chart"]').count()).toBe(
      athletesWithTargets().length,
    );
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);
