/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core against the `npm start`
 * preview, started in-process on a free port. Every wait is on DOM state with a generous bound, so a
 * slow shared machine makes the tests slower, never flaky; nothing asserts on elapsed time.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  chromium,
  type FrameLocator,
  type Locator,
  type Page,
} from 'playwright-core';
import { type Preview, type PreviewOptions, startPreview } from '../../scripts/preview/preview';
import type { HighlightColors, SidebarState } from '../../src/addon/api-types';

/** Bound for any single wait on the page: far above what a render takes, far below jest's limit. */
export const WAIT = 20_000;
/** Per-test timeout for jest: a few waits back to back. */
export const TEST_TIMEOUT = 60_000;
/** Fixed clock, a few days after the sample log's last session, so the audit window is stable. */
export const PREVIEW_NOW = new Date('2026-11-20T12:00:00Z');

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Launches Chromium, or fails with what to do about it: these tests must never silently skip. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromePath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: the browser tests need it. Install it with \`apt-get install chromium\`, or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `Chromium at ${executablePath} did not start (${reason}). Install it with \`apt-get install chromium\`, or set CHROME_PATH to a working Chromium or Chrome binary.`,
    );
  }
}

export interface Session {
  readonly preview: Preview;
  readonly browser: Browser;
  readonly page: Page;
  /** The add-on's sidebar document (inside the preview's 300 px iframe). */
  readonly sidebar: FrameLocator;
  /** Every alert/confirm/prompt any frame opened: safe rendering means this stays empty. */
  readonly dialogs: string[];
  /** Uncaught errors in any frame of the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** The preview with the sample log, and the page loaded at 1280×800 (a laptop's Sheets window). */
export async function openSession(options: PreviewOptions = {}): Promise<Session> {
  const preview = await startPreview({ port: 0, now: PREVIEW_NOW, ...options });
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(WAIT);
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    const opened = browser;
    return {
      preview,
      browser: opened,
      page,
      sidebar: page.frameLocator('[data-testid="sidebar-frame"]'),
      dialogs,
      pageErrors,
      async close() {
        await opened.close();
        await preview.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await preview.close();
    throw error;
  }
}

/** Extensions › Strong Enough › <label>, as a coach clicks it. */
export async function clickMenu(page: Page, label: string): Promise<void> {
  await page.click('[data-testid="menu-extensions"]');
  await page.click(`[data-testid="menu-item"][data-label="${label}"]`);
}

/** Opens the sidebar from the menu and waits until it has read the log. */
export async function openSidebar(session: Session): Promise<Locator> {
  await clickMenu(session.page, 'Open sidebar');
  const ready = session.sidebar.locator('[data-testid="sidebar"][data-state="ready"]');
  await ready.waitFor({ timeout: WAIT });
  return ready;
}

/**
 * Opens an athlete's card in the sidebar (cards start collapsed to one line) and returns it. A
 * card already open stays open. `root` is the sidebar frame, or a page showing the sidebar alone.
 */
export async function openCard(
  root: Pick<FrameLocator, 'locator'>,
  athlete: string,
): Promise<Locator> {
  const card = root.locator(`[data-testid="athlete-card"][data-athlete="${athlete}"]`);
  if ((await card.getAttribute('open')) === null) {
    await card.locator('[data-testid="athlete-toggle"]').click();
  }
  await card.locator('.card-body').waitFor({ timeout: WAIT });
  return card;
}

/**
 * The sidebar's own document, served by the preview with its google.script.run, in a window exactly
 * as wide as the Sheets sidebar (300 px), at twice the pixels for the README's screenshots; ready.
 */
export async function sidebarAlone(session: Session): Promise<Page> {
  const page = await session.browser.newPage({
    viewport: { width: 300, height: 900 },
    deviceScaleFactor: 2,
  });
  page.setDefaultTimeout(WAIT);
  await page.goto(`${session.preview.url}/frame/sidebar`);
  await page.locator('[data-testid="sidebar"][data-state="ready"]').waitFor();
  return page;
}

/** Clicks Apply or Remove highlights in the sidebar and waits until the sidebar says it is done. */
export async function toggleHighlights(session: Session, on: boolean): Promise<void> {
  await session.sidebar
    .locator(`[data-testid="action-${on ? 'apply' : 'remove'}-highlights"]`)
    .click();
  await session.sidebar
    .locator('[data-testid="highlights-state"]', {
      hasText: on ? 'Highlights are on' : 'Highlights are off',
    })
    .waitFor({ timeout: WAIT });
}

/** The add-on's current settings and summaries, straight from its endpoint (no UI involved). */
export function sidebarState(session: Session): SidebarState {
  const answer = session.preview.session.callServer('getSidebarState', []);
  if (!answer.ok) throw new Error(`getSidebarState failed: ${answer.error.message}`);
  return answer.value as SidebarState;
}

export function configuredColors(session: Session): HighlightColors {
  return sidebarState(session).settings.colors;
}

// ---- the grid ------------------------------------------------------------------------------------

export interface GridCellShot {
  /** "A12" */
  readonly cell: string;
  readonly text: string;
  /** The background the page painted, lower case ("#ffffff" when none). */
  readonly bg: string;
}

/** Every rendered cell of the grid, row by row: what the coach sees, text and colour. */
export interface GridShot {
  readonly sheet: string;
  readonly rows: GridCellShot[][];
}

/** Waits until the page shows `sheet` drawn from the workbook's latest revision, and no call runs. */
export async function gridSynced(session: Session, sheet: string): Promise<void> {
  const deadline = Date.now() + WAIT;
  for (;;) {
    const revision = session.preview.session.state().revision;
    const shown = await session.page.evaluate(() => {
      const grid = document.querySelector<HTMLElement>('[data-testid="grid"]');
      return {
        sheet: grid?.dataset.sheet ?? '',
        revision: Number(grid?.dataset.revision ?? -1),
        busy: document.body.dataset.busy === 'true',
      };
    });
    if (shown.sheet === sheet && shown.revision === revision && !shown.busy) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The grid did not catch up: it shows ${shown.sheet} at revision ${shown.revision} (busy: ${shown.busy}), the workbook is at revision ${revision} and ${sheet} was expected.`,
      );
    }
    await session.page.waitForTimeout(50);
  }
}

/** Clicks the sheet's tab unless it is showing, then waits for its grid. */
export async function showSheet(session: Session, sheet: string): Promise<void> {
  const grid = session.page.locator('[data-testid="grid"]');
  if ((await grid.getAttribute('data-sheet')) !== sheet) {
    await session.page.click(`[data-testid="sheet-tab"][data-sheet="${sheet}"]`);
  }
  await gridSynced(session, sheet);
}

export async function readGrid(session: Session): Promise<GridShot> {
  return session.page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[data-testid="grid"]');
    const rows: { cell: string; text: string; bg: string }[][] = [];
    for (const td of document.querySelectorAll<HTMLElement>('td[data-r][data-c]')) {
      const r = Number(td.dataset.r);
      const cell = (td.dataset.cell ?? '').replace(/^.*!/, '');
      rows[r - 1] ??= [];
      rows[r - 1]!.push({
        cell,
        text: td.textContent ?? '',
        bg: (td.dataset.bg ?? '').toLowerCase(),
      });
    }
    return { sheet: grid?.dataset.sheet ?? '', rows };
  });
}

/** 1-based column of the header cell with this text in row 1, or null. */
export function columnOf(grid: GridShot, header: string): number | null {
  const index = grid.rows[0]?.findIndex((c) => c.text === header) ?? -1;
  return index < 0 ? null : index + 1;
}

export interface LogRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: GridCellShot[];
}

/**
 * The log's rows of one series (athlete and exercise) in sheet order; `exercise` lists every name
 * the log writes it with ("Deadlift (Trap bar)" and "hex bar deadlift" are one lift).
 */
export function seriesRows(grid: GridShot, athlete: string, exercise: readonly string[]): LogRow[] {
  const a = columnOf(grid, 'Athlete');
  const e = columnOf(grid, 'Exercise');
  if (a === null || e === null) throw new Error('The grid has no Athlete or Exercise header.');
  const out: LogRow[] = [];
  grid.rows.forEach((cells, i) => {
    if (i > 0 && cells[a - 1]?.text === athlete && exercise.includes(cells[e - 1]?.text ?? '')) {
      out.push({ row: i + 1, cells });
    }
  });
  return out;
}

export function cellOf(row: LogRow, column: number): GridCellShot {
  const cell = row.cells[column - 1];
  if (!cell) throw new Error(`Row ${row.row} has no column ${column}.`);
  return cell;
}

export const letters = (column: number): string => {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
};

/**
 * Types into a cell the way a coach does: double-click opens the editor, Enter commits. Waits
 * until the grid shows the workbook after the edit.
 */
export async function editCell(
  session: Session,
  sheet: string,
  a1: string,
  input: string,
): Promise<void> {
  const td = session.page.locator(`td[data-cell="${sheet}!${a1}"]`);
  await td.scrollIntoViewIfNeeded();
  await td.dblclick();
  const editor = session.page.locator(`[data-testid="cell-editor"][data-cell="${sheet}!${a1}"]`);
  await editor.fill(input);
  const before = session.preview.session.state().revision;
  await editor.press('Enter');
  await session.page.waitForFunction(
    () => document.querySelector('[data-testid="cell-editor"]') === null,
  );
  const deadline = Date.now() + WAIT;
  while (session.preview.session.state().revision === before) {
    if (Date.now() > deadline)
      throw new Error(`Editing ${sheet}!${a1} did not reach the workbook.`);
    await session.page.waitForTimeout(50);
  }
  await gridSynced(session, sheet);
}

/** Waits until `check` holds on the grid as drawn (re-read after each page update). */
export async function waitForGrid(
  session: Session,
  sheet: string,
  what: string,
  check: (grid: GridShot) => boolean,
): Promise<GridShot> {
  const deadline = Date.now() + WAIT;
  for (;;) {
    await gridSynced(session, sheet);
    const grid = await readGrid(session);
    if (check(grid)) return grid;
    if (Date.now() > deadline) throw new Error(`The ${sheet} grid never showed ${what}.`);
    await session.page.waitForTimeout(100);
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/** Polls `check` until it holds, or fails after WAIT saying what never happened. */
export async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Waited ${WAIT / 1000} s for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
