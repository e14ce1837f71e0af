/**
 * The forty-runner example with its season plan (examples/roster-40-season.csv written into the
 * Targets sheet's D:I, as `npm start -- examples/roster-40.csv --season examples/roster-40-season.csv`
 * does), in a real browser: a taper with heavy work heads Needs attention, the tapering athlete's
 * card shows the phase and goal race, and a race-season athlete's held lift is not stale (it is
 * without the plan).
 */
import path from 'node:path';
import { openWorkbook } from '../../scripts/preview/preview';
import { createPreviewSession } from '../../scripts/preview/session';
import {
  openCard,
  openSession,
  openSidebar,
  PREVIEW_NOW,
  type Session,
  sidebarState,
  TEST_TIMEOUT,
  WAIT,
} from './harness';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const ROSTER = path.join(EXAMPLES, 'roster-40.csv');
const SEASON = path.join(EXAMPLES, 'roster-40-season.csv');
const HEAVY_TAPER = 'Heavy work too close to a goal race';
const TAPERING = 'Maya Okafor';
const IN_SEASON = 'Priya Raman';
const HELD = 'Goblet squat';

let s: Session;

beforeAll(async () => {
  s = await openSession({ logCsvPath: ROSTER, seasonCsvPath: SEASON });
  await openSidebar(s);
}, TEST_TIMEOUT);

afterAll(async () => {
  await s?.close();
});

test('the plan sits in the Targets sheet from column D, under the header the add-on wrote', () => {
  const rows = s.preview.emulator.spreadsheet
    .getSheetByName('Targets')
    ?.getRange('D1:I11')
    .getDisplayValues();
  expect(rows?.[0]).toEqual(['Athlete', 'From', 'To', 'Phase', 'Goal race', 'Race date']);
  expect(rows?.[4]).toEqual([
    TAPERING,
    '2026-10-12',
    '2026-10-24',
    'taper',
    'Valencia 10k',
    '2026-10-25',
  ]);
  // The targets in A:B are the add-on's defaults, untouched by the plan.
  expect(s.preview.emulator.spreadsheet.getSheetByName('Targets')?.getRange('A1').getValue()).toBe(
    'Exercise',
  );
});

test(
  "a taper with heavy work heads Needs attention, and the athlete's card shows the taper and race",
  async () => {
    const state = sidebarState(s);
    const rank = state.attention.items.findIndex(
      (i) => i.athlete === TAPERING && i.problem === HEAVY_TAPER,
    );
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const first = s.sidebar.locator('[data-testid="attention-item"]').nth(rank);
    await expect(first.locator('.who').textContent()).resolves.toBe(TAPERING);
    await expect(first.locator('.what').textContent()).resolves.toBe(HEAVY_TAPER);

    const card = await openCard(s.sidebar, TAPERING);
    const phase = card.locator('[data-testid="athlete-phase"]');
    await phase.waitFor({ timeout: WAIT });
    const text = (await phase.textContent()) ?? '';
    expect(text).toMatch(/^Phase: taper since 2026-10-12/);
    expect(text).toContain('Valencia 10k');
    // The finding is on the card too, with its advice.
    await expect(card.locator('[data-testid="card-attention"]').textContent()).resolves.toContain(
      HEAVY_TAPER,
    );
    await card.locator('[data-testid="athlete-toggle"]').click();
  },
  TEST_TIMEOUT,
);

test(
  "a race-season athlete's held lift is not stale, as it is without the plan",
  async () => {
    // Without the plan the same log calls Priya's goblet squat stale.
    const plain = createPreviewSession(openWorkbook({ logCsvPath: ROSTER, now: PREVIEW_NOW }));
    const answer = plain.callServer('getSidebarState', []);
    if (!answer.ok) throw new Error(answer.error.message);
    const without = answer.value as ReturnType<typeof sidebarState>;
    const heldWithout = without.athletes
      .find((a) => a.name === IN_SEASON)
      ?.lifts.find((l) => l.exercise === HELD);
    expect(heldWithout?.stale).toBe(true);

    const state = sidebarState(s);
    const athlete = state.athletes.find((a) => a.name === IN_SEASON);
    expect(athlete?.phase?.phase).toBe('race season');
    expect(athlete?.lifts.find((l) => l.exercise === HELD)?.stale).toBe(false);
    expect(state.attention.items.some((i) => i.athlete === IN_SEASON && i.kind === 'stale')).toBe(
      false,
    );

    const card = await openCard(s.sidebar, IN_SEASON);
    await expect(card.locator('[data-testid="athlete-phase"]').textContent()).resolves.toMatch(
      /^Phase: race season since 2026-09-14/,
    );
    const held = card.locator(`[data-exercise="${HELD}"]`).first();
    await held.waitFor({ timeout: WAIT });
    expect((await held.getAttribute('class')) ?? '').not.toContain('is-stale');
    expect(await held.textContent()).not.toMatch(/stale/i);
    expect(await card.locator('[data-testid="stale-list"]').count()).toBe(0);
  },
  TEST_TIMEOUT,
);
