/**
 * The menu items that answer with a message, in a real browser on the `npm start` preview: Remove
 * highlights before any apply says so plainly and changes nothing; Audit program shows each
 * athlete's findings; Help names every action. One workbook, in order, as a coach would click.
 */
import {
  clickMenu,
  type GridShot,
  gridSynced,
  openSession,
  openSidebar,
  readGrid,
  type Session,
  sidebarState,
  TEST_TIMEOUT,
} from './harness';

let s: Session;

beforeAll(async () => {
  s = await openSession();
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

interface Shown {
  readonly title: string;
  readonly message: string;
}

/** Clicks the menu item, reads the alert it shows, and closes it with OK. */
async function menuAlert(label: string): Promise<Shown> {
  await clickMenu(s.page, label);
  const alert = s.page.locator('[data-testid="alert"]:not([hidden])');
  await alert.waitFor();
  const shown = {
    title: (await s.page.textContent('[data-testid="alert-title"]')) ?? '',
    message: (await s.page.textContent('[data-testid="alert-message"]')) ?? '',
  };
  await s.page.click('[data-testid="alert-ok"]');
  await s.page.waitForSelector('[data-testid="alert"][hidden]', { state: 'attached' });
  return shown;
}

const tabs = (): Promise<string[]> =>
  s.page
    .locator('[data-testid="sheet-tab"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet') ?? ''));

test(
  'Remove highlights before any apply says there were none and changes nothing',
  async () => {
    await gridSynced(s, 'Log');
    const before: GridShot = await readGrid(s);
    const revision = s.preview.session.state().revision;
    const sheets = await tabs();
    expect(sidebarState(s).highlightsApplied).toBe(false);

    const shown = await menuAlert('Remove highlights');
    expect(shown.message).toMatch(/no Strong Enough highlights on "Log"/);
    expect(shown.message).toMatch(/nothing changed/i);

    await gridSynced(s, 'Log');
    expect(s.preview.session.state().revision).toBe(revision);
    expect(await tabs()).toEqual(sheets);
    expect(await readGrid(s)).toEqual(before);
    expect(await s.page.getAttribute('[data-testid="status"]', 'data-kind')).not.toBe('error');
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);

test(
  'Audit program opens the sidebar on every athlete with their findings, or that there is nothing to fix',
  async () => {
    const athletes = sidebarState(s).athletes;
    expect(athletes.length).toBeGreaterThan(1);
    const alerts = s.preview.emulator.ui.alerts.length;
    await clickMenu(s.page, 'Audit program');
    const view = s.sidebar.locator('[data-testid="audit-view"]');
    await view.waitFor({ state: 'visible' });
    // No alert: forty athletes' findings would not fit one.
    expect(s.preview.emulator.ui.alerts).toHaveLength(alerts);
    const text = (await view.textContent()) ?? '';
    for (const athlete of athletes) {
      expect(text).toContain(athlete.name);
      for (const finding of athlete.audit) {
        expect(text).toContain(`Mistake ${finding.mistake}: ${finding.title}`);
      }
    }
    // The sample log has one athlete with a clean program and one training only bodyweight and abs.
    const clean = athletes.filter((a) => a.audit.length === 0).map((a) => a.name);
    expect(clean).toContain('Maya Okafor');
    await expect(
      view.locator('[data-testid="audit-clear-list"] li', { hasText: 'Maya Okafor' }).textContent(),
    ).resolves.toMatch(/^Maya Okafor: Nothing to fix/);
    await expect(
      view
        .locator('[data-testid="audit-athlete"][data-athlete="Tom Becker"] .title')
        .first()
        .textContent(),
    ).resolves.toBe('Mistake 3: Bodyweight and abs only');
  },
  TEST_TIMEOUT,
);

test(
  'Help names every action in the menu',
  async () => {
    const menu = s.preview.session.state().menus.find((m) => m.addon);
    const labels = (menu?.items ?? []).flatMap((i) => ('label' in i ? [i.label] : []));
    expect(labels).toEqual(
      expect.arrayContaining(['Apply highlights', 'Build dashboard', 'Audit program', 'Help']),
    );
    const shown = await menuAlert('Help');
    expect(shown.title).toMatch(/help/i);
    for (const action of [
      'Apply highlights',
      'Remove highlights',
      'Build dashboard',
      'Audit program',
      'Import workout CSV',
      "Link athletes' logs",
      'Remove linked logs',
      'Check this spreadsheet',
      'Targets',
    ]) {
      expect(shown.message).toContain(action);
    }
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);

test(
  'an open sidebar notices Apply highlights from the menu when the coach comes back to it',
  async () => {
    const sidebar = await openSidebar(s);
    const said = sidebar.locator('[data-testid="highlights-state"]');
    const apply = sidebar.locator('[data-testid="action-apply-highlights"]');
    await expect(said.textContent()).resolves.toBe('Highlights are off.');
    await expect(apply.getAttribute('class')).resolves.toBe('primary');

    const shown = await menuAlert('Apply highlights');
    expect(shown.message).toMatch(/Highlights are on "Log"/);
    // Back in the sidebar: its focus makes it check the revision, and the change shows.
    await sidebar.locator('[data-testid="highlights-state"]').click();
    await s.sidebar
      .locator('[data-testid="highlights-state"]', { hasText: 'Highlights are on' })
      .waitFor();
    expect(await apply.getAttribute('class')).toBeNull();
    expect(sidebarState(s).highlightsApplied).toBe(true);
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);
