/**
 * A season plan typed beside the targets, in a real browser on the `npm start` preview with the
 * sample log: the held trap bar deadlift stops being stale in race season, and the athlete's card
 * shows the phase and goal race after Refresh.
 */
import {
  cellOf,
  columnOf,
  editCell,
  openCard,
  openSession,
  openSidebar,
  type Session,
  seriesRows,
  showSheet,
  TEST_TIMEOUT,
  toggleHighlights,
  WAIT,
  waitForGrid,
} from './harness';

const SOFIA = 'Sofia Marquez';
const SOFIA_LIFT = ['Deadlift (Trap bar)', 'hex bar deadlift'];

let s: Session;

beforeAll(async () => {
  s = await openSession();
  await openSidebar(s);
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

test(
  "Sofia's race season: no stale trap bar rows, and her card shows the phase and race",
  async () => {
    await toggleHighlights(s, true);
    await showSheet(s, 'Log');
    const stale = (g: Parameters<Parameters<typeof waitForGrid>[3]>[0]) => {
      const status = columnOf(g, 'Status');
      return status === null
        ? -1
        : seriesRows(g, SOFIA, SOFIA_LIFT).filter((r) => cellOf(r, status).text.startsWith('Stale'))
            .length;
    };
    await waitForGrid(s, 'Log', 'Sofia’s stale rows', (g) => stale(g) >= 3);

    await showSheet(s, 'Targets');
    await editCell(s, 'Targets', 'D2', SOFIA);
    await editCell(s, 'Targets', 'E2', '2026-08-01');
    await editCell(s, 'Targets', 'G2', 'race season');
    await editCell(s, 'Targets', 'H2', 'Lisbon half');
    await editCell(s, 'Targets', 'I2', '2026-12-06');

    await showSheet(s, 'Log');
    await waitForGrid(s, 'Log', 'no stale rows for Sofia', (g) => stale(g) === 0);

    await s.sidebar.locator('[data-testid="refresh"]').click();
    // Cards start collapsed to one line: open Sofia's to read her phase.
    const card = await openCard(s.sidebar, SOFIA);
    await card
      .locator('[data-testid="athlete-phase"]', {
        hasText: 'Phase: race season since 2026-08-01, Lisbon half in',
      })
      .waitFor({ timeout: WAIT });
  },
  TEST_TIMEOUT,
);
