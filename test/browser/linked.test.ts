/**
 * An athlete's own file linked in, in a real browser: the coach runs Link athletes' logs, lists the
 * athlete on the Linked logs sheet, links; the sidebar lists the new tab as waiting for access and
 * says how to give it; the tab's A1 shows #REF! with Sheets' "Allow access" popup; one click there,
 * and the tab reads the athlete's file and the sidebar counts it as linked, its athlete among the
 * roster. The athlete's file is never written.
 */
import path from 'node:path';
import {
  clickMenu,
  gridSynced,
  openSession,
  openSidebar,
  type Session,
  screenshotPath,
  sidebarState,
  TEST_TIMEOUT,
  WAIT,
} from './harness';

const MAYA_LOG = path.resolve(__dirname, '..', 'fixtures', 'linked', 'maya-own-log.csv');
const MAYA_KEY = '1MayaOwnTrainingLogKey000000000';

let s: Session;

beforeAll(async () => {
  s = await openSession({
    linkedLogs: [{ name: "Maya's training", csvPath: MAYA_LOG, key: MAYA_KEY }],
  });
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

test(
  'a linked tab waits for Allow access, then reads the athlete’s file and is included',
  async () => {
    const maya = s.preview.emulator.linkedFile(MAYA_KEY);
    if (!maya) throw new Error('the preview did not add Maya’s file');
    const before = JSON.stringify(maya.workbook);

    // First run: the roster sheet appears, and the alert says what to do.
    await clickMenu(s.page, "Link athletes' logs");
    await s.page.locator('[data-testid="alert-message"]', { hasText: 'is ready' }).waitFor();
    await s.page.click('[data-testid="alert-ok"]');
    expect(sidebarState(s).linked?.roster).toBe('Linked logs');

    // The coach types Maya and her link on the roster, as in Sheets.
    s.preview.session.edit("'Linked logs'!A2", 'Maya');
    s.preview.session.edit(
      "'Linked logs'!B2",
      `https://docs.google.com/spreadsheets/d/${MAYA_KEY}/edit#gid=0`,
    );

    await openSidebar(s);
    await s.sidebar.locator('[data-testid="section-linked-toggle"]').click();
    const mayaCard = s.sidebar.locator('[data-testid="athlete-card"][data-athlete="Maya"]');
    await s.sidebar.locator('[data-testid="action-link-logs"]').click();
    const tab = s.sidebar.locator('[data-testid="linked-tab"]', { hasText: 'Maya' });
    await tab.waitFor({ timeout: WAIT });
    expect(await tab.getAttribute('data-state')).toBe('waiting');
    await s.sidebar
      .locator('[data-testid="linked-waiting"]', { hasText: 'Allow access' })
      .waitFor({ timeout: WAIT });
    expect(await s.sidebar.locator('[data-testid="linked-result"]').textContent()).toMatch(
      /Waiting for access: Maya/,
    );

    // Waiting: Maya is not among the athletes yet (and her tab is no problem of the log).
    expect(await mayaCard.count()).toBe(0);
    expect(JSON.stringify(sidebarState(s).problems)).not.toMatch(/Maya/);

    // The page follows the script to Maya's tab: A1 is #REF! with the connect popup.
    await gridSynced(s, 'Maya');
    const a1 = s.page.locator('[data-cell="Maya!A1"]');
    expect(await a1.textContent()).toBe('#REF!');
    await a1.click();
    const popup = s.page.locator('[data-testid="allow-access-popup"]');
    await popup.waitFor({ state: 'visible', timeout: WAIT });
    // The README's picture: the tab waiting, Sheets' popup on A1, the sidebar saying what to do.
    await s.sidebar.locator('[data-testid="linked-waiting"]').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('linked-waiting.png') });
    await s.page.click('[data-testid="allow-access"]');
    await popup.waitFor({ state: 'hidden', timeout: WAIT });
    await gridSynced(s, 'Maya');
    expect(await a1.textContent()).toBe('Date');
    expect(await s.page.locator('[data-cell="Maya!B3"]').textContent()).toBe('Trap bar deadlift');

    // The sidebar, refreshed, counts the tab as linked and Maya among the athletes.
    await s.sidebar.locator('[data-testid="refresh"]').click();
    await s.sidebar
      .locator('[data-testid="linked-tab"][data-state="linked"]', { hasText: 'Maya' })
      .waitFor({ timeout: WAIT });
    expect(await s.sidebar.locator('[data-testid="linked-waiting"]').count()).toBe(0);
    const state = sidebarState(s);
    expect(state.linked?.tabs).toEqual([{ athlete: 'Maya', tab: 'Maya', state: 'linked' }]);
    expect(state.athletes.map((a) => a.name)).toContain('Maya');
    await mayaCard.waitFor({ timeout: WAIT });
    // The sidebar's list of logs names her tab as her own file, linked and read-only.
    expect(
      await s.sidebar.locator('[data-testid="log-tab"][data-sheet="Maya"]').textContent(),
    ).toMatch(/Maya's own file \(linked, read-only\)/);
    expect(JSON.stringify(maya.workbook)).toBe(before);
    expect(s.dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);
