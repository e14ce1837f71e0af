/**
 * The sidebar without a mouse: Tab reaches the actions with a visible focus ring and Enter runs
 * them, the import dialog included. Also takes the README's close-up of the sidebar and the picture
 * of the import dialog.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  openCard,
  openSession,
  openSidebar,
  type Session,
  screenshotPath,
  showSheet,
  sidebarAlone,
  TEST_TIMEOUT,
  WAIT,
  waitUntil,
} from './harness';

const STRONG_EXPORT = path.resolve(
  __dirname,
  '..',
  'fixtures',
  'realdata',
  'strong-export-kg-a.csv',
);

let s: Session;

beforeAll(async () => {
  s = await openSession();
  await openSidebar(s);
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

interface Focused {
  readonly testId: string | null;
  readonly tag: string;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly focusVisible: boolean;
}

/** What has the keyboard focus inside the sidebar, and how it is drawn. */
async function focused(): Promise<Focused> {
  const frame = s.page.frame({ url: /\/frame\/sidebar/ });
  if (!frame) throw new Error('The sidebar frame is not loaded.');
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      testId: el?.getAttribute('data-testid') ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      outlineStyle: style?.outlineStyle ?? 'none',
      outlineWidth: Number.parseFloat(style?.outlineWidth ?? '0'),
      focusVisible: el?.matches(':focus-visible') ?? false,
    };
  });
}

/** Presses Tab until the element with this test id has focus; returns the elements passed on the way. */
async function tabTo(page: Page, testId: string, most = 15): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    seen.push(now);
    if (now.testId === testId) return seen;
  }
  throw new Error(
    `Tab never reached ${testId}; focus went through: ${seen.map((f) => f.testId ?? f.tag).join(', ')}`,
  );
}

test(
  'Tab reaches every action button with a visible focus ring, and Enter runs the action',
  async () => {
    // Start at the top of the sidebar, as after clicking into it.
    await s.sidebar.locator('[data-testid="refresh"]').focus();
    const path = await tabTo(s.page, 'action-apply-highlights', 30);
    // Between Refresh and the first action: Needs attention (its toggle, its first lines, Show
    // all, the quiet athletes) and the Actions toggle, nothing else.
    const attention = await s.sidebar
      .locator('[data-testid="section-attention"] :is(summary, button)')
      .count();
    expect(path.length).toBeLessThanOrEqual(attention + 2);
    expect(path.at(-2)?.testId).toBe('section-actions-toggle');
    for (const id of [
      'action-remove-highlights',
      'action-build-dashboard',
      'action-audit',
      'action-import',
    ]) {
      const step = await tabTo(s.page, id, 1);
      expect(step).toHaveLength(1);
    }
    for (const id of ['action-apply-highlights', 'action-audit']) {
      await s.sidebar.locator(`[data-testid="${id}"]`).focus();
      await s.page.keyboard.press('Shift+Tab');
      await s.page.keyboard.press('Tab');
      const ring = await focused();
      expect(ring.testId).toBe(id);
      expect(ring.focusVisible).toBe(true);
      expect(ring.outlineStyle).not.toBe('none');
      expect(ring.outlineWidth).toBeGreaterThanOrEqual(1);
    }

    // Enter on the focused Apply button applies the highlights.
    await s.sidebar.locator('[data-testid="refresh"]').focus();
    await tabTo(s.page, 'action-apply-highlights');
    await s.page.keyboard.press('Enter');
    await s.sidebar
      .locator('[data-testid="highlights-state"]', { hasText: 'Highlights are on' })
      .waitFor({ timeout: WAIT });
    await expect(s.sidebar.locator('[data-testid="action-result"]').textContent()).resolves.toMatch(
      /Highlights are on/,
    );
    expect(s.preview.session.state().sheets).toContain('Targets');
  },
  TEST_TIMEOUT,
);

test(
  'the section toggles open and close from the keyboard',
  async () => {
    const targets = s.sidebar.locator('[data-testid="section-targets"]');
    await expect(targets.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await s.sidebar.locator('[data-testid="section-targets-toggle"]').focus();
    await s.page.keyboard.press('Enter');
    await waitUntil('the Targets section to open', () =>
      targets.evaluate((d) => (d as HTMLDetailsElement).open),
    );
    const ring = await focused();
    expect(ring.testId).toBe('section-targets-toggle');
    expect(ring.outlineStyle).not.toBe('none');
    await s.page.keyboard.press('Space');
    await waitUntil('the Targets section to close', async () =>
      targets.evaluate((d) => !(d as HTMLDetailsElement).open),
    );
  },
  TEST_TIMEOUT,
);

test(
  'Enter on "Import workout CSV…" opens the import dialog over the sheet',
  async () => {
    await showSheet(s, 'Log');
    await s.sidebar.locator('[data-testid="action-import"]').focus();
    await s.page.keyboard.press('Enter');
    await s.page.locator('[data-testid="dialog"]:not([hidden])').waitFor({ timeout: WAIT });
    await expect(s.page.locator('[data-testid="dialog-title"]').textContent()).resolves.toBe(
      'Import workout CSV',
    );
    const dialog = s.page.frameLocator('[data-testid="dialog-frame"]');
    await dialog.locator('[data-testid="import-dialog"]').waitFor({ timeout: WAIT });
    await dialog.locator('[data-testid="import-file"]').waitFor({ timeout: WAIT });
    await s.sidebar
      .locator('[data-testid="action-result"]', { hasText: 'import dialog is open' })
      .waitFor({ timeout: WAIT });

    // A real Strong export: the dialog reads it and previews what it would add, nothing written yet.
    const revision = s.preview.session.state().revision;
    await dialog.locator('[data-testid="import-file"]').setInputFiles(STRONG_EXPORT);
    await dialog
      .locator('[data-testid="import-dialog"][data-step="preview"]')
      .waitFor({ timeout: WAIT });
    // A Strong export is one athlete's and may not say its unit: the dialog asks, the coach answers.
    await expect(dialog.locator('[data-testid="import-format"]').textContent()).resolves.toMatch(
      /Strong/,
    );
    if ((await dialog.locator('[data-testid="import-athlete"]').count()) > 0) {
      await dialog.locator('[data-testid="import-athlete"]').fill('Maya Okafor');
    }
    if ((await dialog.locator('[data-testid="import-unit-kg"]').count()) > 0) {
      await dialog.locator('[data-testid="import-unit-kg"]').check();
    }
    if ((await dialog.locator('[data-testid="import-update-preview"]').count()) > 0) {
      await dialog.locator('[data-testid="import-update-preview"]').click();
    }
    await dialog.locator('[data-testid="import-preview"]').waitFor({ timeout: WAIT });
    await expect(dialog.locator('[data-testid="import-summary"]').textContent()).resolves.toMatch(
      /\d/,
    );
    expect(s.preview.session.state().revision).toBe(revision);
    await s.page.screenshot({ path: screenshotPath('import-dialog.png') });

    await s.page.locator('[data-testid="dialog-close"]').click();
    await s.page.locator('[data-testid="dialog"]').waitFor({ state: 'hidden', timeout: WAIT });
  },
  TEST_TIMEOUT,
);

test(
  "the README's close-up: the sidebar at its 300 px width, highlights on, Maya's card",
  async () => {
    // The sidebar alone at its 300 px width, tall enough for the actions and one card.
    const page = await sidebarAlone(s);
    try {
      await page.locator('[data-testid="athlete-search"]').fill('Maya');
      await waitUntil('only Maya to be listed', async () => {
        const names = await page
          .locator('[data-testid="athlete-card"]')
          .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-athlete')));
        return names.length === 1 && names[0] === 'Maya Okafor';
      });
      await openCard(page, 'Maya Okafor');
      await expect(
        page.locator('[data-testid="reached-mark"]').count(),
      ).resolves.toBeGreaterThanOrEqual(1);
      await page.locator('[data-testid="athlete-search"]').blur();
      await page.screenshot({ path: screenshotPath('sidebar.png') });
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
