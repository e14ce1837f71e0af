/**
 * Sheet text is shown as text. An athlete named like an HTML tag with a script in it is typed into
 * the Log through the preview's grid; the sidebar's card, the search and the dashboard must show the
 * name literally, create no element from it and run nothing.
 */
import {
  columnOf,
  editCell,
  letters,
  openCard,
  openSession,
  openSidebar,
  readGrid,
  type Session,
  showSheet,
  TEST_TIMEOUT,
  toggleHighlights,
  WAIT,
  waitForGrid,
  waitUntil,
} from './harness';

const LOG = 'Log';
const NAME = '<img src=x onerror=alert(1)>';
const NOTE = '<script>alert(2)</script><b onmouseover=alert(3)>hi</b>';

let s: Session;
let row = 0;

beforeAll(async () => {
  s = await openSession();
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

const card = () => s.sidebar.locator(`[data-testid="athlete-card"][data-athlete="${NAME}"]`);

/** Elements a browser would make from the payloads, in a document. */
const injected = () =>
  document.querySelectorAll('img, [onerror], [onmouseover]').length +
  [...document.scripts].filter((script) => /alert\(\d\)/.test(script.textContent ?? '')).length;

/** The payloads' elements in the preview page and in the sidebar (null when it is not open). */
async function injectedElements(): Promise<{ page: number; sidebar: number | null }> {
  const frame = s.page.frame({ url: /\/frame\/sidebar/ });
  return {
    page: await s.page.evaluate(injected),
    sidebar: frame ? await frame.evaluate(injected) : null,
  };
}

test(
  'a row with that athlete typed into the grid is stored and shown as plain text',
  async () => {
    await showSheet(s, LOG);
    const grid = await readGrid(s);
    const filled = grid.rows.map((cells, i) => (cells.some((c) => c.text !== '') ? i + 1 : 0));
    row = Math.max(...filled) + 1;
    const column = (header: string) => {
      const c = columnOf(grid, header);
      if (c === null) throw new Error(`The Log has no ${header} column.`);
      return `${letters(c)}${row}`;
    };
    const entries: [string, string][] = [
      ['Date', '2026-11-18'],
      ['Athlete', NAME],
      ['Exercise', 'Front squat'],
      ['Sets', '3'],
      ['Reps', '5'],
      ['Load', '50'],
      ['Bodyweight', '60'],
      ['Notes', NOTE],
    ];
    // Left to right: the long name spills over the empty cell to its right, and double-clicking
    // that cell must still edit it (as in Sheets), not the cell whose text covers it.
    for (const [header, input] of entries) await editCell(s, LOG, column(header), input);

    const after = await waitForGrid(
      s,
      LOG,
      'the new row',
      (g) => g.rows[row - 1]?.[1]?.text === NAME,
    );
    expect(after.rows[row - 1]?.[2]?.text).toBe('Front squat');
    // The grid's cells hold text nodes only.
    const athleteCell = s.page.locator(`td[data-cell="${LOG}!${column('Athlete')}"]`);
    await expect(athleteCell.evaluate((td) => td.childElementCount)).resolves.toBe(0);
    await expect(athleteCell.textContent()).resolves.toBe(NAME);
    await expect(
      s.page.locator(`td[data-cell="${LOG}!${column('Notes')}"]`).textContent(),
    ).resolves.toBe(NOTE);
    await expect(injectedElements()).resolves.toEqual({ page: 0, sidebar: null });
  },
  TEST_TIMEOUT,
);

test(
  "after a refresh the sidebar shows the athlete's card with the name literally",
  async () => {
    await openSidebar(s);
    await s.sidebar.locator('[data-testid="refresh"]').click();
    await card().waitFor({ timeout: WAIT });
    const heading = card().locator('h3');
    await expect(heading.textContent()).resolves.toBe(NAME);
    await expect(heading.evaluate((h) => h.innerHTML)).resolves.toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    await expect(card().getAttribute('data-athlete')).resolves.toBe(NAME);
    // The card works as any other: opened, the front squat toward its target.
    await openCard(s.sidebar, NAME);
    await expect(
      card().locator('[data-testid="key-lift"][data-exercise="Front squat"]').count(),
    ).resolves.toBe(1);
    await expect(injectedElements()).resolves.toEqual({ page: 0, sidebar: 0 });

    // Searching by a piece of the name finds it, still as text.
    const search = s.sidebar.locator('[data-testid="athlete-search"]');
    await search.fill('onerror');
    await waitUntil('the search to leave one card', async () => {
      return (await s.sidebar.locator('[data-testid="athlete-card"]').count()) === 1;
    });
    await expect(s.sidebar.locator('[data-testid="athlete-count"]').textContent()).resolves.toBe(
      '1 of 7 athletes',
    );
    await expect(card().locator('h3').textContent()).resolves.toBe(NAME);
    await search.fill('');
  },
  TEST_TIMEOUT,
);

test(
  'highlights and the dashboard write the name into the sheet as text too',
  async () => {
    await toggleHighlights(s, true);
    await s.sidebar.locator('[data-testid="action-build-dashboard"]').click();
    // The result line still holds Apply's message: wait for the dashboard's tab instead.
    await s.sidebar
      .locator('[data-testid="action-result"]', { hasText: /dashboard/i })
      .waitFor({ timeout: WAIT });
    await s.page
      .locator('[data-testid="sheet-tab"][data-sheet="Strength dashboard"]')
      .waitFor({ timeout: WAIT });
    const dashboard = await s.page
      .locator('[data-testid="sheet-tab"]')
      .evaluateAll((tabs) =>
        tabs.map((t) => t.getAttribute('data-sheet') ?? '').filter((n) => /dashboard/i.test(n)),
      );
    expect(dashboard).toHaveLength(1);
    await showSheet(s, dashboard[0]!);
    const grid = await waitForGrid(s, dashboard[0]!, 'the athlete', (g) =>
      g.rows.some((cells) => cells.some((c) => c.text.includes(NAME))),
    );
    expect(grid.rows.flat().filter((c) => c.text.includes(NAME)).length).toBeGreaterThan(0);
    await expect(injectedElements()).resolves.toEqual({ page: 0, sidebar: 0 });
  },
  TEST_TIMEOUT,
);

test('nothing ran: no alert in any frame, no script error', () => {
  expect(s.dialogs).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});
