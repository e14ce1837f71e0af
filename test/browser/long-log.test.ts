/**
 * The preview grid on a long log (20,000 rows, `npm start -- log.csv`): it draws a window of rows
 * with the frozen header, not all of them, and scrolling to the end brings the last rows in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { syntheticLog } from '../../scripts/bench/synthetic-log';
import { openSession, type Session, TEST_TIMEOUT, waitUntil } from './harness';

const ROWS = 20_000;
let s: Session;
let last: string[];

beforeAll(async () => {
  const rows = syntheticLog({ rows: ROWS, athletes: 40 }).map((row) =>
    row.map((cell) =>
      cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ''),
    ),
  );
  last = rows.at(-1) ?? [];
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'se-long-')), 'long.csv');
  writeFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
  s = await openSession({ logCsvPath: file });
}, TEST_TIMEOUT * 2);

afterAll(async () => {
  await s?.close();
});

const drawnRows = () =>
  s.page
    .locator('[data-testid="grid"] th.rowhead')
    .evaluateAll((ths) => ths.map((th) => Number(th.getAttribute('data-r'))));

test(
  'a 20,000-row log is drawn a window at a time, and scrolling to the end shows the last row',
  async () => {
    const grid = s.page.locator('[data-testid="grid"]');
    await waitUntil('the Log grid', async () => (await grid.getAttribute('data-sheet')) === 'Log');
    const first = await drawnRows();
    expect(first[0]).toBe(1);
    expect(first.length).toBeLessThanOrEqual(1001);
    expect(first).not.toContain(ROWS + 1);
    // Laid out at full height all the same: the scrollbar is the whole log's.
    const height = await grid.evaluate((g) => g.scrollHeight);
    expect(height).toBeGreaterThan(ROWS * 20);

    await grid.evaluate((g) => {
      g.scrollTop = g.scrollHeight;
    });
    await waitUntil('the last row to be drawn', async () => (await drawnRows()).includes(ROWS + 1));
    const now = await drawnRows();
    // The frozen header stays; the window moved to the end.
    expect(now[0]).toBe(1);
    expect(now.length).toBeLessThanOrEqual(1002);
    const cell = s.page.locator(`[data-testid="grid"] td[data-r="${ROWS + 1}"][data-c="2"]`);
    await expect(cell.textContent()).resolves.toBe(last[1]);
    expect(s.pageErrors).toEqual([]);
  },
  TEST_TIMEOUT,
);
