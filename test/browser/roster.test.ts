/**
 * A coach with forty runners (examples/roster-40.csv) in a real browser: the sidebar opens on
 * Needs attention, ranked as the server ranks it; every athlete is one collapsed line, most urgent
 * first; a line of the list opens its athlete's card at the lift it names; the audit is listed
 * athlete by athlete, from the sidebar's button and from the menu, never as an alert. Also makes
 * the README's screenshots of these views.
 */
import path from 'node:path';
import {
  clickMenu,
  openSession,
  openSidebar,
  type Session,
  screenshotPath,
  sidebarAlone,
  sidebarState,
  TEST_TIMEOUT,
  WAIT,
  waitUntil,
} from './harness';

const ROSTER = path.resolve(__dirname, '..', '..', 'examples', 'roster-40.csv');

let s: Session;

beforeAll(async () => {
  s = await openSession({ logCsvPath: ROSTER });
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

const names = (selector: string, attribute = 'data-athlete') =>
  s.sidebar.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attribute);

test(
  'Needs attention comes first, ranked as the server ranks it, with the quiet athletes after',
  async () => {
    await openSidebar(s);
    const state = sidebarState(s);
    expect(state.athletes).toHaveLength(40);
    const sections = await names('details.section', 'data-testid');
    expect(sections.slice(0, 3)).toEqual([
      'section-attention',
      'section-actions',
      'section-athletes',
    ]);
    const list = s.sidebar.locator('[data-testid="attention-item"]');
    // A screenful first, then all of them on request.
    expect(await list.count()).toBe(8);
    await s.sidebar.locator('[data-testid="attention-more"]').click();
    await waitUntil(
      'every item to show',
      async () => (await list.count()) === state.attention.items.length,
    );
    const shown = await list.evaluateAll((items) =>
      items.map((li) => li.querySelector('.what')?.textContent ?? ''),
    );
    expect(shown).toEqual(state.attention.items.map((i) => i.problem));
    // Bodyweight and abs only (no strength work at all) heads the roster's list.
    const first = await list.first().locator('.who').textContent();
    expect(first).toBe(state.attention.items[0]?.athlete);
    expect(state.attention.items[0]?.problem).toBe('Bodyweight and abs only');
    // The log's unreadable rows are its own line, with the row as the CLI numbers it.
    expect(shown).toContain(
      '3 rows of the log could not be read (first: Row 2271: reps "lots" is not a number)',
    );
    const quiet = s.sidebar.locator('[data-testid="quiet-line"]');
    expect(await quiet.count()).toBe(state.attention.quiet.length);
    expect(state.attention.quiet.map((q) => q.athlete)).toEqual([
      'Ingrid Dahl',
      'Maya Okafor',
      'Yara Santos',
      'Zara Khan',
    ]);
  },
  TEST_TIMEOUT,
);

test(
  'every athlete is one collapsed line, most in need of attention first',
  async () => {
    const state = sidebarState(s);
    const cards = s.sidebar.locator('[data-testid="athlete-card"]');
    expect(await cards.count()).toBe(40);
    expect(await names('[data-testid="athlete-card"]')).toEqual(state.athletes.map((a) => a.name));
    // Nothing is open: no lift, chart or finding is drawn until the coach opens a card.
    expect(await s.sidebar.locator('[data-testid="athlete-card"][open]').count()).toBe(0);
    expect(await s.sidebar.locator('[data-testid="key-lift"]').count()).toBe(0);
    // Each line says how many things need attention and the first of them, or that nothing does.
    const first = state.athletes[0]?.name ?? '';
    const firstItem = state.attention.items.find((i) => i.athlete === first);
    const card = cards.first();
    await expect(card.locator('[data-testid="card-line"]').textContent()).resolves.toBe(
      firstItem?.problem,
    );
    const last = cards.last();
    await expect(last.locator('[data-testid="card-line"]').textContent()).resolves.toBe(
      'Nothing to act on',
    );
    // Forty collapsed cards fit in a few screens of a 300-px sidebar, not 20,000 px.
    const box = await s.sidebar.locator('[data-testid="section-athletes"]').boundingBox();
    expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(40 * 80);
  },
  TEST_TIMEOUT,
);

test(
  'a line of Needs attention opens its athlete at the lift it names',
  async () => {
    const state = sidebarState(s);
    const stale = state.attention.items.find((i) => i.kind === 'stale');
    if (!stale?.athlete || !stale.link.exercise) throw new Error('no stale item in the example');
    const line = s.sidebar
      .locator('[data-testid="attention-item"][data-kind="stale"]')
      .filter({ hasText: stale.problem })
      .first();
    await line.locator('[data-testid="attention-open"]').click();
    const card = s.sidebar.locator(`[data-testid="athlete-card"][data-athlete="${stale.athlete}"]`);
    await card.locator('[data-testid="card-attention"]').waitFor({ timeout: WAIT });
    expect(await card.getAttribute('open')).not.toBeNull();
    // Only that card opened.
    expect(await s.sidebar.locator('[data-testid="athlete-card"][open]').count()).toBe(1);
    const lift = card.locator(`[data-exercise="${stale.link.exercise}"]`).first();
    await expect(lift.isVisible()).resolves.toBe(true);
    await expect(card.locator('[data-testid="card-attention"]').textContent()).resolves.toContain(
      stale.action,
    );
    // Its key lifts only: a stale isolation lift is named once, never a card of its own lines.
    const text = (await card.textContent()) ?? '';
    expect(text).not.toMatch(/Cable fly:|Dumbbell curl:/);
    // Closing it is the coach's click on its line.
    await card.locator('[data-testid="athlete-toggle"]').click();
    await waitUntil('the card to close', async () => (await card.getAttribute('open')) === null);
  },
  TEST_TIMEOUT,
);

test(
  "the sidebar's Audit program lists each athlete's findings: mistake, evidence, what to do",
  async () => {
    const state = sidebarState(s);
    await s.sidebar.locator('[data-testid="action-audit"]').click();
    const view = s.sidebar.locator('[data-testid="audit-view"]');
    await view.waitFor({ state: 'visible', timeout: WAIT });
    await expect(s.sidebar.locator('[data-testid="action-result"]').textContent()).resolves.toMatch(
      /^Audit of 40 athletes: \d+ findings for \d+ of them, listed athlete by athlete under Program audit\.$/,
    );
    const flagged = state.athletes.filter((a) => a.audit.length > 0);
    expect(await names('[data-testid="audit-athlete"]')).toEqual(flagged.map((a) => a.name));
    for (const athlete of flagged.slice(0, 5)) {
      const block = view.locator(`[data-testid="audit-athlete"][data-athlete="${athlete.name}"]`);
      const findings = block.locator('[data-testid="finding"]');
      expect(await findings.count()).toBe(athlete.audit.length);
      const f = athlete.audit[0];
      // Each part in its own place, never one run-together paragraph.
      await expect(
        findings.first().locator('[data-testid="finding-evidence"]').textContent(),
      ).resolves.toBe(f?.evidence);
      await expect(
        findings.first().locator('[data-testid="finding-advice"]').textContent(),
      ).resolves.toBe(f?.advice);
    }
    const clear = state.athletes.length - flagged.length;
    expect(await view.locator('[data-testid="audit-clear-list"] li').count()).toBe(clear);
  },
  TEST_TIMEOUT,
);

test(
  "the menu's Audit program opens the same view in the sidebar, not an alert",
  async () => {
    await clickMenu(s.page, 'Open sidebar');
    await s.sidebar.locator('[data-testid="sidebar"][data-state="ready"]').waitFor();
    const alerts = s.preview.emulator.ui.alerts.length;
    await clickMenu(s.page, 'Audit program');
    const view = s.sidebar.locator('[data-testid="audit-view"]');
    await view.waitFor({ state: 'visible', timeout: WAIT });
    expect(await s.sidebar.locator('[data-testid="section-audit"][open]').count()).toBe(1);
    expect(s.preview.emulator.ui.alerts).toHaveLength(alerts);
    await expect(s.page.locator('[data-testid="alert"]').isVisible()).resolves.toBe(false);
    expect(s.dialogs).toEqual([]);
  },
  TEST_TIMEOUT,
);

test(
  "the README's screenshots: Needs attention with the collapsed roster, and one athlete's audit",
  async () => {
    const page = await sidebarAlone(s);
    try {
      await page.locator('[data-testid="section-actions-toggle"]').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('[data-testid="section-actions-toggle"]').blur();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: screenshotPath('sidebar-attention.png') });
      const state = sidebarState(s);
      const athlete = state.athletes.find((a) => a.audit.length > 1) ?? state.athletes[0];
      await page.locator('[data-testid="section-attention-toggle"]').click();
      const card = page.locator(`[data-testid="athlete-card"][data-athlete="${athlete?.name}"]`);
      await card.locator('[data-testid="athlete-toggle"]').click();
      await card.locator('[data-testid="findings"]').waitFor();
      await card.scrollIntoViewIfNeeded();
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.mouse.move(0, 0);
      await page.screenshot({ path: screenshotPath('sidebar-athlete-audit.png') });
    } finally {
      await page.close();
    }
  },
  TEST_TIMEOUT,
);

test('no dialog and no script error on the way', () => {
  expect(s.dialogs).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});
