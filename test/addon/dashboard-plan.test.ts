import { BUSY_MESSAGE, coachError, plainMessage } from '../../src/addon/guard';
import {
  chartData,
  checkboxMask,
  evenly,
  keyLifts,
  LIFT_HEADER,
  liftStatus,
  MAX_CHART_POINTS,
  NO_STATUS,
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
  previousBest: null,
  slipping: false,
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
  auditNote: '',
  phase: null,
  block: { number: 1, start: '2026-03-02', previousEnd: null, breakWeeks: null },
  inactiveSince: null,
};
const ben: AthleteSummary = {
  ...ana,
  name: 'Ben',
  lifts: [lift({ target: null })],
  audit: [],
  auditNote: 'Nothing to fix.',
};

describe('the dashboard layout', () => {
  const plan = planDashboard({
    athletes: [ana, ben],
    logSheet: 'Log',
  });

  it('has one row per athlete and key lift under the header, with a checkbox column', () => {
    expect(plan.values[2]?.slice(0, LIFT_HEADER.length)).toEqual([...LIFT_HEADER]);
    expect(plan.values.slice(3, 6).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['Ana', 'Front squat', true],
      ['Ana', 'Trap bar deadlift', false],
      // Ben's lift has no target: nothing to reach, so no box (an empty one would read "not yet").
      ['Ben', 'Front squat', ''],
    ]);
    expect(plan.values[4]?.[9]).toBe('Stale: no new best in 4 sessions');
    expect(plan.checkboxes).toBe('G4:G6');
    expect(
      checkboxMask(plan)
        .slice(3, 6)
        .map((r) => r[6]),
    ).toEqual([true, true, false]);
  });

  it('lists audit findings per athlete, and the empty line for an athlete without any', () => {
    const text = plan.values.map((r) => r.join('|'));
    // Each finding on two rows, its sentence last so it reads on across the empty cells beside it.
    expect(text.some((l) => l.startsWith('Ana|Mistake 4|Not progressing: Trap bar stuck|'))).toBe(
      true,
    );
    expect(text.some((l) => l.startsWith('Ana||To do: Add a rep|'))).toBe(true);
    expect(text.some((l) => l.startsWith('Ben||Nothing to fix.'))).toBe(true);
  });

  it('charts the best ratio so far per lift, carried over untrained days, beside a flat target', () => {
    expect(plan.charts).toHaveLength(1);
    // Front squat's second session (1.05) is below its best: the line stays at 1.1, no zigzag.
    expect(chartData(ana)).toEqual([
      [
        'Ana: day',
        'Front squat: best so far',
        'Front squat: target',
        'Trap bar deadlift: best so far',
        'Trap bar deadlift: target',
      ],
      ['2026-03-02', 1.1, 1, '', 1.5],
      ['2026-03-05', 1.1, 1, 1.3, 1.5],
      ['2026-03-09', 1.1, 1, 1.3, 1.5],
    ]);
    expect(plan.charts[0]?.range).toBe('L3:P6');
    expect(plan.charts[0]?.title).toBe('Ana: best e1RM so far ÷ bodyweight, with targets');
    expect(plan.values[2]?.slice(11, 13)).toEqual(['Ana: day', 'Front squat: best so far']);
  });

  it('keeps the best so far when a long history is thinned to 200 points', () => {
    const history = Array.from({ length: 1000 }, (_, i) => ({
      day: `2026-01-01T${String(i).padStart(4, '0')}`,
      ratio: i === 1 ? 2 : 1,
    }));
    const data = chartData({ ...ana, lifts: [lift({ history })] }) ?? [];
    expect(data).toHaveLength(MAX_CHART_POINTS + 1);
    // Day 1's 2.0 is thinned away, but every later point still shows it as the best so far.
    expect(data.slice(2).every((r) => r[1] === 2)).toBe(true);
  });

  it('gives an unloaded drill no status and no sessions-since, and ranks it after tracked lifts', () => {
    const plank = lift({
      exercise: 'Plank',
      target: null,
      bestE1rm: null,
      ratio: null,
      targetReached: false,
      lastNewBest: null,
      sessionsSinceBest: 14,
      history: [],
    });
    const pushUp = lift({ exercise: 'Push-up', target: null, lastNewBest: '2026-03-02' });
    const tom: AthleteSummary = { ...ana, name: 'Tom', lifts: [plank, pushUp], audit: [] };
    expect(keyLifts(tom).map((l) => l.exercise)).toEqual(['Push-up', 'Plank']);
    expect(liftStatus(plank)).toBe(NO_STATUS);
    const rows = planDashboard({
      athletes: [tom],
      logSheet: 'Log',
    }).values;
    const plankRow = rows.find((r) => r[1] === 'Plank') ?? [];
    expect(plankRow.slice(7, 10)).toEqual(['', '', NO_STATUS]);
    expect(liftStatus(pushUp)).toBe('Progressing');
  });

  it('writes loads and ratios as numbers, formatted: loads 0.0 with their unit, ratios 0.00, dates', () => {
    expect(plan.values[3]?.slice(2, 6)).toEqual([62.5, 70, 1.1, 1]);
    expect(plan.formats[3]?.slice(2, 8)).toEqual([
      '0.0" kg"',
      '0.0" kg"',
      '0.00',
      '0.00',
      'General',
      'yyyy-mm-dd',
    ]);
    // Chart data: days as dates, ratios 0.00; its header stays General.
    expect(plan.formats[3]?.slice(11, 13)).toEqual(['yyyy-mm-dd', '0.00']);
    expect(plan.formats[2]?.[11]).toBe('General');
  });

  it('bolds the title and every header row, and nothing else', () => {
    const boldRows = plan.weights.flatMap((r, i) => (r.includes('bold') ? [i + 1] : []));
    const audit = plan.values.findIndex((r) => r[0] === 'Program audit') + 1;
    expect(boldRows).toEqual([1, 2, 3, audit, audit + 1]);
    expect(plan.weights[0]?.slice(0, 2)).toEqual(['bold', 'normal']);
    expect(plan.weights[2]?.slice(0, LIFT_HEADER.length)).toEqual(
      Array(LIFT_HEADER.length).fill('bold'),
    );
    expect(plan.weights[3]?.every((w) => w === 'normal')).toBe(true);
  });

  it('is rectangular and holds only strings, numbers and booleans', () => {
    const width = plan.values[0]?.length;
    for (const row of plan.values) {
      expect(row).toHaveLength(width as number);
      expect(plan.formats[plan.values.indexOf(row)]).toHaveLength(width as number);
      expect(plan.weights[plan.values.indexOf(row)]).toHaveLength(width as number);
      for (const cell of row) expect(['string', 'number', 'boolean']).toContain(typeof cell);
    }
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
