import { BUSY_MESSAGE, coachError, plainMessage } from '../../src/addon/guard';
import {
  ATTENTION_HEADER,
  chartData,
  checkboxMask,
  DASHBOARD_COLUMNS,
  type DashboardPlan,
  evenly,
  keyLifts,
  LIFT_COLOURS,
  LIFT_HEADER,
  liftStatus,
  MAX_CHART_POINTS,
  MAX_CHARTS,
  MAX_DATA_COLUMNS,
  NO_STATUS,
  planDashboard,
  ratioTicks,
  WRAPPED_COLUMNS,
} from '../../src/addon/plan-dashboard';
import { needsAttention } from '../../src/core/attention';
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
  key: true,
  reachedOn: '2026-03-02',
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
    lift({ exercise: 'Push-up', target: null, history: [], key: false }),
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
  lifts: [lift({ target: null, targetReached: false })],
  audit: [],
  auditNote: 'Nothing to fix.',
};

const COLORS = { stale: '#ffe0a3', targetReached: '#c7eccb', newBest: '#e3f0ff' };
const plan = (athletes: readonly AthleteSummary[]) =>
  planDashboard({
    athletes,
    logSheet: 'Log',
    colors: COLORS,
    attention: needsAttention({ athletes, problems: [] }),
  });
/** 1-based row of the first row whose first cells are these. */
const rowOf = (p: DashboardPlan, ...cells: string[]) =>
  p.values.findIndex((r) => cells.every((c, i) => r[i] === c)) + 1;

describe('the dashboard layout', () => {
  const p = plan([ana, ben]);

  it('starts with what needs attention, ranked, one line each, and the quiet athletes after', () => {
    expect(p.values[2]?.[0]).toBe('Needs attention');
    expect(p.values[3]?.slice(0, 3)).toEqual([...ATTENTION_HEADER]);
    const attention = needsAttention({ athletes: [ana, ben], problems: [] });
    const first = attention.items[0];
    expect(p.values[4]?.slice(0, 3)).toEqual([first?.athlete, first?.problem, first?.action]);
    // Ben has nothing to act on: one quiet line.
    const quiet = p.values.find(
      (r) => r[0] === 'Ben' && String(r[1]).includes('nothing to act on'),
    );
    expect(quiet).toBeDefined();
    // Attention comes before the charts, the lifts and the audit.
    expect(rowOf(p, 'Needs attention')).toBeLessThan(rowOf(p, 'Charts'));
    expect(rowOf(p, 'Charts')).toBeLessThan(rowOf(p, 'Lifts'));
    expect(rowOf(p, 'Lifts')).toBeLessThan(rowOf(p, 'Program audit'));
  });

  it('has one row per athlete and key lift, its status in the log’s words and colours', () => {
    const header = rowOf(p, 'Athlete', 'Lift', 'Status');
    expect(p.values[header - 1]).toEqual([...LIFT_HEADER]);
    const rows = p.values.slice(header, header + 3);
    expect(rows.map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
      ['Ana', 'Front squat', 'Target reached: 1.10× bodyweight (target 1×)', true],
      ['Ana', 'Trap bar deadlift', 'Stale: no new best in 4 sessions since 2026-03-02', false],
      // Ben's lift has no target: nothing to reach, so no box (an empty one would read "not yet").
      ['Ben', 'Front squat', '', ''],
    ]);
    expect(p.checkboxRows).toEqual([header + 1, header + 3]);
    expect(
      checkboxMask(p)
        .slice(header, header + 3)
        .map((r) => r[7]),
    ).toEqual([true, true, false]);
    // The whole row takes the status's colour, as the log's row does; no status, no colour.
    expect(p.backgrounds[header]?.every((c) => c === COLORS.targetReached)).toBe(true);
    expect(p.backgrounds[header + 1]?.every((c) => c === COLORS.stale)).toBe(true);
    expect(p.backgrounds[header + 2]?.every((c) => c === null)).toBe(true);
    // Only the lift rows are coloured.
    const coloured = p.backgrounds.flatMap((r, i) => (r.some((c) => c !== null) ? [i + 1] : []));
    expect(coloured).toEqual([header + 1, header + 2]);
  });

  it('says New best as the log does, and a first session is the uncoloured baseline', () => {
    const fresh = lift({ targetReached: false, sessionsSinceBest: 0, sessions: 1, bestE1rm: 60 });
    expect(liftStatus(fresh, 'kg')).toEqual({
      kind: '',
      text: 'New best: first session (baseline)',
    });
    const better = lift({
      targetReached: false,
      sessionsSinceBest: 0,
      sessions: 5,
      bestE1rm: 72.5,
    });
    expect(liftStatus(better, 'kg')).toEqual({ kind: 'New best', text: 'New best: e1RM 72.5 kg' });
    const flat = lift({ targetReached: false, sessionsSinceBest: 2 });
    expect(liftStatus(flat, 'kg')).toEqual({ kind: '', text: '' });
    const words = /^(|Stale: .+|Target reached: .+|New best.*|— \(drill: no status\))$/;
    for (const l of [fresh, better, flat, ...ana.lifts])
      expect(liftStatus(l, 'kg').text).toMatch(words);
    expect(JSON.stringify(p.values)).not.toContain('Progressing');
  });

  it('lists audit findings per athlete on two rows, sentences in the wrapped text column', () => {
    const at = rowOf(p, 'Ana', 'Mistake 4: Not progressing');
    expect(p.values[at - 1]?.slice(0, 3)).toEqual([
      'Ana',
      'Mistake 4: Not progressing',
      'Trap bar stuck',
    ]);
    expect(p.values[at]?.slice(0, 3)).toEqual(['Ana', 'What to do', 'Add a rep']);
    expect(rowOf(p, 'Ben', '', 'Nothing to fix.')).toBeGreaterThan(0);
    // Every sentence sits in column B or C, the two columns that wrap; nothing runs past J.
    expect(WRAPPED_COLUMNS).toEqual([2, 3]);
    for (const r of p.values) {
      expect(r).toHaveLength(DASHBOARD_COLUMNS);
      for (const cell of r.slice(3)) expect(String(cell).length).toBeLessThan(60);
    }
  });

  it('keeps the chart data off the dashboard, on the data sheet: sessions, best so far, target', () => {
    expect(p.charts).toHaveLength(1);
    expect(p.charts[0]?.range).toBe('A3:G6');
    expect(chartData(ana)).toEqual([
      [
        'Ana: day',
        'Front squat: sessions',
        'Front squat: best so far',
        'Front squat: target 1×',
        'Trap bar deadlift: sessions',
        'Trap bar deadlift: best so far',
        'Trap bar deadlift: target 1.5×',
      ],
      // Front squat's second session (1.05) is a dot below its best: the line stays at 1.1.
      ['2026-03-02', 1.1, 1.1, 1, '', '', 1.5],
      ['2026-03-05', '', 1.1, 1, 1.3, 1.3, 1.5],
      ['2026-03-09', 1.05, 1.1, 1, '', 1.3, 1.5],
    ]);
    expect(p.data.values.slice(2, 4).map((r) => r.slice(0, 2))).toEqual([
      ['Ana: day', 'Front squat: sessions'],
      ['2026-03-02', 1.1],
    ]);
    expect(p.data.formats[3]?.slice(0, 2)).toEqual(['yyyy-mm-dd', '0.00']);
    // The dashboard holds no chart data: its cells are the tables' only.
    expect(JSON.stringify(p.values)).not.toContain('best so far');
  });

  it('draws each lift in one colour: session dots, best-so-far line, dashed target; round ticks', () => {
    const options = p.charts[0]?.options as {
      series: Record<
        number,
        { color: string; pointSize: number; lineWidth: number; lineDashStyle?: number[] }
      >;
      vAxis: { ticks: number[]; viewWindow: { min: number; max: number } };
      legend: { position: string };
    };
    const series = Object.values(options.series);
    expect(series).toHaveLength(6);
    expect(series.map((x) => x.color)).toEqual([
      LIFT_COLOURS[0],
      LIFT_COLOURS[0],
      LIFT_COLOURS[0],
      LIFT_COLOURS[1],
      LIFT_COLOURS[1],
      LIFT_COLOURS[1],
    ]);
    expect(
      series.map((x) => [x.pointSize > 0, x.lineWidth > 0, x.lineDashStyle !== undefined]),
    ).toEqual([
      [true, false, false],
      [false, true, false],
      [false, true, true],
      [true, false, false],
      [false, true, false],
      [false, true, true],
    ]);
    // Values 1.05 to 1.5: ticks every 0.1 from 1.0 to 1.5, the axis exactly on them.
    expect(options.vAxis.ticks).toEqual([1, 1.1, 1.2, 1.3, 1.4, 1.5]);
    expect(options.vAxis.viewWindow).toEqual({ min: 1, max: 1.5 });
    expect(options.legend.position).toBe('top');
  });

  it('puts ticks on round values whatever the data', () => {
    expect(ratioTicks([1.06, 1.28])).toEqual([1.05, 1.1, 1.15, 1.2, 1.25, 1.3]);
    expect(ratioTicks([0.42, 1.5])).toEqual([0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6]);
    expect(ratioTicks([0.3, 2.9])).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    expect(ratioTicks([1, 1])).toEqual([0.95, 1, 1.05]);
    for (const values of [
      [0.01, 0.07],
      [2.1, 2.15],
      [0.5, 9.5],
    ]) {
      const ticks = ratioTicks(values);
      expect(ticks.length).toBeLessThanOrEqual(9);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(...values));
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(...values));
      const step = (ticks[1] as number) - (ticks[0] as number);
      for (const t of ticks) expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-6);
    }
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
      key: false,
    });
    const pushUp = lift({
      exercise: 'Push-up',
      target: null,
      lastNewBest: '2026-03-02',
      key: false,
    });
    const tom: AthleteSummary = { ...ana, name: 'Tom', lifts: [plank, pushUp], audit: [] };
    expect(keyLifts(tom).map((l) => l.exercise)).toEqual(['Push-up', 'Plank']);
    expect(liftStatus(plank).text).toBe(NO_STATUS);
    const rows = plan([tom]).values;
    const plankRow = rows.find((r) => r[1] === 'Plank') ?? [];
    expect([plankRow[2], plankRow[8], plankRow[9]]).toEqual([NO_STATUS, '', '']);
  });

  it('writes loads and ratios as numbers, formatted: loads 0.0 with their unit, ratios 0.00, dates', () => {
    const row = rowOf(p, 'Ana', 'Front squat');
    expect(p.values[row - 1]?.slice(3, 7)).toEqual([62.5, 70, 1.1, 1]);
    expect(p.formats[row - 1]?.slice(3, 9)).toEqual([
      '0.0" kg"',
      '0.0" kg"',
      '0.00',
      '0.00',
      'General',
      'yyyy-mm-dd',
    ]);
    expect(p.values[row - 1]?.[8]).toBe('2026-03-02');
  });

  it('bolds the title, the section titles and every header row, and nothing else', () => {
    const boldRows = p.weights.flatMap((r, i) => (r.includes('bold') ? [i + 1] : []));
    const sections = ['Needs attention', 'Charts', 'Lifts', 'Program audit'].map((t) =>
      rowOf(p, t),
    );
    expect(boldRows).toEqual(
      [1, ...sections.flatMap((r, i) => (i === 1 ? [r] : [r, r + 1]))].sort((a, b) => a - b),
    );
  });

  it('writes names as literal text, never as formulas, numbers or booleans', () => {
    const odd: AthleteSummary = { ...ana, name: '=IMPORTXML("http://x")' };
    const q = plan([odd, { ...ben, name: 'TRUE' }]);
    const text = JSON.stringify([q.values, q.data.values]);
    expect(text).not.toMatch(/"=IMPORTXML/);
    expect(text).toContain(`"'=IMPORTXML`);
    expect(q.values.some((r) => r[0] === "'TRUE")).toBe(true);
    expect(q.values.some((r) => r[0] === true)).toBe(false);
  });

  it('is rectangular and holds only strings, numbers and booleans', () => {
    for (const grid of [p.values, p.data.values]) {
      const width = grid[0]?.length;
      for (const row of grid) {
        expect(row).toHaveLength(width as number);
        for (const cell of row) expect(['string', 'number', 'boolean']).toContain(typeof cell);
      }
    }
    expect(p.formats.map((r) => r.length)).toEqual(p.values.map((r) => r.length));
    expect(p.weights.map((r) => r.length)).toEqual(p.values.map((r) => r.length));
    expect(p.backgrounds.map((r) => r.length)).toEqual(p.values.map((r) => r.length));
    expect(p.data.formats.map((r) => r.length)).toEqual(p.data.values.map((r) => r.length));
  });
});

/** A roster of `n` athletes, each with two target lifts (the first `stale` of them stuck). */
function roster(n: number, stale: number, targetLifts = 2): AthleteSummary[] {
  const names = [
    'Front squat',
    'Trap bar deadlift',
    'Back squat',
    'Deadlift',
    'Split squat',
    'Step-up',
    'Lunge',
    'Box squat',
    'Hip thrust',
  ];
  return Array.from({ length: n }, (_, i) => ({
    ...ana,
    name: `Athlete ${String(i).padStart(5, '0')}`,
    lifts: names.slice(0, targetLifts).map((exercise, j) =>
      lift({
        exercise,
        target: 1 + j / 4,
        targetReached: false,
        stale: i < stale && j === 0,
        sessionsSinceBest: i < stale && j === 0 ? 6 : 1,
        history: Array.from({ length: 30 }, (_, d) => ({
          day: `2026-0${1 + Math.floor(d / 28)}-${String((d % 28) + 1).padStart(2, '0')}`,
          ratio: 0.8 + d / 100,
        })),
      }),
    ),
    audit: [],
    auditNote: 'Nothing to fix.',
  }));
}

describe('big rosters', () => {
  it('charts at most 12 athletes, those needing attention first, and says whose', () => {
    // The last three athletes by name are the stale ones: attention puts them first.
    const athletes = roster(40, 0).map((a, i) =>
      i >= 37
        ? {
            ...a,
            lifts: a.lifts.map((l, j) =>
              j === 0 ? { ...l, stale: true, sessionsSinceBest: 6 } : l,
            ),
          }
        : a,
    );
    const p = plan(athletes);
    expect(p.charts).toHaveLength(MAX_CHARTS);
    expect(p.charts.slice(0, 3).map((c) => c.athlete)).toEqual([
      'Athlete 00037',
      'Athlete 00038',
      'Athlete 00039',
    ]);
    expect(p.chartsLine).toMatch(
      /^Charts for 12 of 40 athletes with a target lift, those needing attention first: Athlete 00037, Athlete 00038, Athlete 00039, Athlete 00000, /,
    );
    expect(p.values[rowOf(p, 'Charts')]?.[1]).toBe(p.chartsLine);
    // Two charts side by side, in rows that hold nothing else.
    expect(p.charts.slice(0, 4).map((c) => [c.column, c.row - (p.charts[0]?.row ?? 0)])).toEqual([
      [1, 0],
      [4, 0],
      [1, 20],
      [4, 20],
    ]);
    const last = p.charts[p.charts.length - 1]?.row ?? 0;
    expect(rowOf(p, 'Lifts')).toBeGreaterThan(last + 19);
    for (let r = p.charts[0]?.row ?? 0; r < last + 20; r++)
      expect(p.values[r - 1]?.every((c) => c === '')).toBe(true);
  });

  it('lays out 5,000 athletes within the sheet: ten columns, ≤ 19 data columns, 12 charts', () => {
    const p = plan(roster(5000, 100));
    expect(p.values[0]).toHaveLength(DASHBOARD_COLUMNS);
    expect(p.charts).toHaveLength(MAX_CHARTS);
    expect(p.chartsLine).toContain('12 of 5000 athletes');
    // 5,000 × 2 lift rows, the audit's line each, and the capped attention list.
    expect(p.values.length).toBeGreaterThan(15_000);
    expect(p.values.filter((r) => String(r[1]).startsWith('…and ')).length).toBe(1);
    expect(p.data.values.length).toBeLessThanOrEqual(3 + MAX_CHARTS * (MAX_CHART_POINTS + 2));
    expect(p.data.values[0]?.length).toBeLessThanOrEqual(26);
  });

  it('never runs the chart data past a 26-column sheet, however many target lifts', () => {
    const p = plan(roster(2, 0, 9));
    expect(p.data.values[0]).toHaveLength(MAX_DATA_COLUMNS);
    expect(MAX_DATA_COLUMNS).toBeLessThanOrEqual(26);
    expect(p.charts[0]?.range).toBe(`A3:S${3 + 30}`);
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
