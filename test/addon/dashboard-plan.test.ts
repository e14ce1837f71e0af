import { BUSY_MESSAGE, coachError, plainMessage } from '../../src/addon/guard';
import { pieces } from '../../src/addon/import-api';
import {
  chartData,
  evenly,
  LIFT_HEADER,
  MAX_CHART_POINTS,
  planDashboard,
} from '../../src/addon/plan-dashboard';
import type { AthleteSummary, LiftSummary } from '../../src/core/model';

const lift = (over: Partial<LiftSummary>): LiftSummary => ({
  exercise: 'Front squat',
  bestE1rm: 70,
  ratio: 1.1,
  target: 1,
  targetReached: true,
  stale: false,
  lastNewBest: '2026-03-02',
  sessionsSinceBest: 1,
  sessions: 8,
  lastSession: '2026-03-09',
  history: [
    { day: '2026-03-02', ratio: 1.1 },
    { day: '2026-03-09', ratio: 1.05 },
  ],
  ...over,
});

const ana: AthleteSummary = {
  name: 'Ana',
  bodyweight: 62.5,
  unit: 'kg',
  sessions: 8,
  lastSession: '2026-03-09',
  lifts: [
    lift({}),
    lift({
      exercise: 'Trap bar deadlift',
      target: 1.5,
      targetReached: false,
      stale: true,
      sessionsSinceBest: 4,
      history: [{ day: '2026-03-05', ratio: 1.3 }],
    }),
    lift({ exercise: 'Push-up', target: null, history: [] }),
  ],
  audit: [
    { mistake: 4, title: 'Not progressing', evidence: 'Trap bar stuck', advice: 'Add a rep' },
  ],
};
const ben: AthleteSummary = { ...ana, name: 'Ben', lifts: [lift({ target: null })], audit: [] };

describe('the dashboard layout', () => {
  const plan = planDashboard({
    athletes: [ana, ben],
    logSheet: 'Log',
    emptyAuditLine: () => 'Nothing to fix.',
  });

  it('has one row per athlete and key lift under the header, with a checkbox column', () => {
    expect(plan.values[2]?.slice(0, LIFT_HEADER.length)).toEqual([...LIFT_HEADER]);
    expect(plan.values.slice(3, 6).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['Ana', 'Front squat', true],
      ['Ana', 'Trap bar deadlift', false],
      ['Ben', 'Front squat', false],
    ]);
    expect(plan.values[4]?.[9]).toBe('Stale: no new best in 4 sessions');
    expect(plan.checkboxes).toBe('G4:G6');
  });

  it('lists audit findings per athlete, and the empty line for an athlete without any', () => {
    const text = plan.values.map((r) => r.join('|'));
    expect(text.some((l) => l.startsWith('Ana|4. Not progressing|Trap bar stuck|Add a rep'))).toBe(
      true,
    );
    expect(text.some((l) => l.startsWith('Ben||Nothing to fix.'))).toBe(true);
  });

  it('charts only athletes with targeted lifts, over a data block of days × lifts', () => {
    expect(plan.charts).toHaveLength(1);
    expect(chartData(ana)).toEqual([
      ['Ana: day', 'Front squat', 'Trap bar deadlift'],
      ['2026-03-02', 1.1, ''],
      ['2026-03-05', '', 1.3],
      ['2026-03-09', 1.05, ''],
    ]);
    expect(plan.charts[0]?.range).toBe('L3:N6');
    expect(plan.values[2]?.slice(11, 14)).toEqual(['Ana: day', 'Front squat', 'Trap bar deadlift']);
  });

  it('is rectangular and holds only strings, numbers and booleans', () => {
    const width = plan.values[0]?.length;
    for (const row of plan.values) {
      expect(row).toHaveLength(width as number);
      for (const cell of row) expect(['string', 'number', 'boolean']).toContain(typeof cell);
    }
  });
});

describe('upload pieces', () => {
  it('split a chunk so every piece fits the cache (24,000 characters) and rejoin exactly', () => {
    const text = 'ø'.repeat(50_001);
    const parts = pieces(text);
    expect(parts.map((p) => p.length)).toEqual([24_000, 24_000, 2_001]);
    expect(parts.join('')).toBe(text);
    expect(pieces('')).toEqual(['']);
  });
});

describe('messages for the coach', () => {
  it('pass ours through and shorten anything else to one line without a stack', () => {
    expect(plainMessage(coachError(BUSY_MESSAGE))).toBe(BUSY_MESSAGE);
    const other = new Error('Range not found\n    at foo (bundle.js:1:2)');
    expect(plainMessage(other)).toBe('Strong Enough could not finish: Range not found');
  });
});

describe('chart points', () => {
  it('are thinned evenly to at most 200, keeping the first and the last day', () => {
    const days = Array.from({ length: 3001 }, (_, i) => i);
    const thin = evenly(days);
    expect(thin).toHaveLength(MAX_CHART_POINTS);
    expect(thin[0]).toBe(0);
    expect(thin.at(-1)).toBe(3000);
    expect(evenly([1, 2, 3])).toEqual([1, 2, 3]);
  });
});
