/**
 * A tab per athlete in a real browser (`npm start -- --tabs`): the sample log split into one tab per
 * athlete beside a sheet of race paces. The sidebar shows the whole roster across tabs, each card
 * naming its tab; Apply works on the tabs ticked; a tab's athlete is renamed from the Log section.
 */
import {
  openCard,
  openSession,
  openSidebar,
  readGrid,
  type Session,
  showSheet,
  sidebarState,
  TEST_TIMEOUT,
  WAIT,
} from './harness';

let s: Session;

beforeAll(async () => {
  s = await openSession({ tabs: true });
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

const ATHLETES = [
  'Daniel Osei',
  'Jonas Lindqvist',
  'Maya Okafor',
  'Priya Raman',
  'Sofia Marquez',
  'Tom Becker',
];

test(
  'the sidebar shows the roster across tabs, each card naming its tab',
  async () => {
    const tabs = await s.page
      .locator('[data-testid="sheet-tab"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect([...tabs].sort()).toEqual([...ATHLETES, 'Race paces'].sort());
    await openSidebar(s);
    const state = sidebarState(s);
    expect(state.logs.map((l) => l.sheet).sort()).toEqual(ATHLETES);
    const cards = await s.sidebar
      .locator('[data-testid="athlete-card"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-athlete')));
    expect([...cards].sort()).toEqual(ATHLETES);
    expect(await s.sidebar.locator('[data-testid="topbar-log"]').textContent()).toBe('6 logs');
    const card = await openCard(s.sidebar, 'Maya Okafor');
    expect(await card.locator('[data-testid="athlete-tabs"]').textContent()).toBe(
      'Log tab: “Maya Okafor”',
    );
  },
  TEST_TIMEOUT,
);

test(
  'Apply highlights on the tabs ticked: a Status column on each, none on the others',
  async () => {
    await s.sidebar.locator('[data-testid="apply-tabs"] summary').click();
    await s.sidebar.locator('[data-testid="apply-tab"][value="Tom Becker"]').uncheck();
    await s.sidebar
      .locator('[data-testid="apply-tabs"] summary', { hasText: '5 of 6 logs' })
      .waitFor();
    await s.sidebar.locator('[data-testid="action-apply-highlights"]').click();
    await s.sidebar
      .locator('[data-testid="highlights-state"]', { hasText: 'Highlights are on 5 of 6 logs' })
      .waitFor({ timeout: WAIT });
    const logs = sidebarState(s).logs;
    expect(logs.filter((l) => l.highlights).map((l) => l.sheet)).toEqual(
      logs.map((l) => l.sheet).filter((name) => name !== 'Tom Becker'),
    );
    await showSheet(s, 'Maya Okafor');
    const maya = await readGrid(s);
    expect(maya.rows[0]?.map((c) => c.text)).toContain('Status');
    // Coloured rows: the status column's rules paint some of her rows.
    expect(maya.rows.slice(1).some((r) => r.some((c) => c.bg !== '#ffffff'))).toBe(true);
    await showSheet(s, 'Tom Becker');
    expect((await readGrid(s)).rows[0]?.map((c) => c.text)).not.toContain('Status');
  },
  TEST_TIMEOUT,
);

test(
  'a tab’s athlete is renamed from the Log section, and the roster follows',
  async () => {
    await s.sidebar.locator('[data-testid="section-log-toggle"]').click();
    const line = s.sidebar.locator('[data-testid="log-tab"][data-sheet="Tom Becker"]');
    await line.locator('[data-testid="tab-athlete"]').fill('Tommy Becker');
    await line.locator('[data-testid="tab-athlete-save"]').click();
    await s.sidebar
      .locator('[data-testid="athlete-card"][data-athlete="Tommy Becker"]')
      .waitFor({ timeout: WAIT });
    expect(sidebarState(s).settings.athleteNames).toEqual({ 'Tom Becker': 'Tommy Becker' });
    expect(
      await s.sidebar.locator('[data-testid="athlete-card"][data-athlete="Tom Becker"]').count(),
    ).toBe(0);
  },
  TEST_TIMEOUT,
);

test(
  'a tab renamed in the sheet after Apply: the sidebar says its Status column is out of date, and Apply writes the new name',
  async () => {
    // The coach renames Maya's tab in Sheets, after Apply (a hand edit: Refresh reads it).
    s.preview.emulator.spreadsheet.getSheetByName('Maya Okafor')?.setName('Maya O.');
    await s.sidebar.locator('[data-testid="refresh"]').click();
    const warning = s.sidebar.locator('[data-testid="status-out-of-date"]');
    await warning.waitFor({ timeout: WAIT });
    expect(await warning.textContent()).toMatch(
      /^Maya O\. was renamed after highlights were applied: its Status column still reads the log under the old athlete name/,
    );
    const statusFormula = () =>
      [
        ...(s.preview.emulator.workbook.sheets
          .find((x) => x.name === 'Maya O.')
          ?.formulas.values() ?? []),
      ][0];
    expect(statusFormula()).toMatch(/,"Maya Okafor"\)$/);
    await s.sidebar.locator('[data-testid="action-apply-highlights"]').click();
    await warning.waitFor({ state: 'detached', timeout: WAIT });
    expect(statusFormula()).toMatch(/,"Maya O\."\)$/);
    expect(sidebarState(s).logs.some((l) => l.statusOutOfDate)).toBe(false);
  },
  TEST_TIMEOUT,
);
