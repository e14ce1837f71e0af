import {
  blocksOf,
  goalRaces,
  phaseOn,
  readSeasonPlan,
  SEASON_HEADER,
  type SeasonPlan,
} from '../../src/core/season';
import { buildSeries } from '../../src/core/status';
import type { CellValue } from '../../src/core/values';
import { day, type Row, read, STATUS_OPTIONS, statusesOf, table } from './helpers/logs';

const plan = (...rows: CellValue[][]): SeasonPlan => {
  const { plan: read, problems } = readSeasonPlan([[...SEASON_HEADER], ...rows], 'UTC');
  expect(problems).toEqual([]);
  return read;
};

/** One row per session, a week apart from day `start`. */
const weekly = (exercise: string, sets: readonly [CellValue, CellValue][], start = 0): Row[] =>
  sets.map(([load, reps], i) => [day(start + 7 * i), 'Ann', exercise, load, reps, 80]);

describe('reading the season plan', () => {
  it('reads the header, phases as coaches write them, everyone rows and goal races', () => {
    const { plan: p, problems } = readSeasonPlan(
      [
        ['Athlete', 'From', 'To', 'Phase', 'Goal race', 'Race date'],
        ['', '2026-01-01', '2026-03-31', 'Base', '', ''],
        ['Everyone', '2026-04-01', '', 'In-season', '', ''],
        ['ann', '2026-05-20', '2026-05-31', 'Tapering', 'Oslo 10k', ''],
        [],
        ['Ben', '2026-06-01', '2026-06-20', 'Peak', 'Bergen half', '2026-06-21'],
      ],
      'UTC',
    );
    expect(problems).toEqual([]);
    expect(p.rows.map((r) => [r.athlete, r.phase, r.from, r.to])).toEqual([
      [null, 'base', '2026-01-01', '2026-03-31'],
      [null, 'race season', '2026-04-01', null],
      ['ann', 'taper', '2026-05-20', '2026-05-31'],
      ['ben', 'peak', '2026-06-01', '2026-06-20'],
    ]);
    // A race without its own date is on the row's To date (a taper ending on race day).
    expect(goalRaces(p, 'Ann').map((r) => [r.name, r.day])).toEqual([['Oslo 10k', '2026-05-31']]);
    expect(goalRaces(p, 'Ben').map((r) => [r.name, r.day])).toEqual([
      ['Bergen half', '2026-06-21'],
    ]);
  });

  it('takes the six columns in order without a header, and reorders them by a header', () => {
    const positional = readSeasonPlan([['Ann', '2026-01-01', '2026-02-01', 'build']], 'UTC');
    expect(positional.plan.rows[0]).toMatchObject({ athlete: 'ann', phase: 'build' });
    const reordered = readSeasonPlan(
      [
        ['Phase', 'Start', 'End', 'Runner'],
        ['peak', '2026-01-01', '2026-02-01', 'Ann'],
      ],
      'UTC',
    );
    expect(reordered.plan.rows[0]).toMatchObject({ athlete: 'ann', phase: 'peak' });
  });

  it('names each unusable row and keeps the rest', () => {
    const { plan: p, problems } = readSeasonPlan(
      [
        [...SEASON_HEADER],
        ['Ann', '2026-01-01', '', 'holiday'],
        ['Ann', '', '', 'base'],
        ['Ann', '2026-03-01', '2026-02-01', 'base'],
        ['Ann', '2026-01-01', 'soon', 'base'],
        ['Ann', '2026-04-01', '', 'base', 'Marathon', ''],
        ['Ann', '2026-01-01', '', 'base'],
      ],
      'UTC',
    );
    expect(problems).toEqual([
      'row 2: "holiday" is not a phase (use off-season, base, build, peak, race season, taper, transition)',
      'row 3: no from date',
      'row 4: the to date 2026-02-01 is before the from date 2026-03-01',
      'row 5: to date "soon" is not a date (e.g. 2026-10-02)',
      'row 6: the goal race "Marathon" has no date',
    ]);
    expect(p.rows.map((r) => r.line)).toEqual([6, 7]);
  });

  it("uses the athlete's own rows over everyone's, and the latest start among them", () => {
    const p = plan(
      ['', '2026-04-01', '2026-09-30', 'race season'],
      ['', '2026-06-01', '2026-06-14', 'taper'],
      ['Ben', '2026-04-01', '2026-06-30', 'build'],
    );
    const on = (athlete: string, iso: string) =>
      phaseOn(p, athlete, Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(on('Ann', '2026-05-01')).toBe('race season');
    expect(on('Ann', '2026-06-05')).toBe('taper'); // written inside the race season
    expect(on('ANN ', '2026-06-20')).toBe('race season');
    expect(on('Ben', '2026-06-05')).toBe('build'); // his own row wins over everyone's taper
    expect(on('Ann', '2026-03-01')).toBeNull();
  });
});

describe('blocks after a long break', () => {
  it('starts a new block after 8 weeks or more between sessions, not after 7', () => {
    expect(blocksOf([0, 7, 63, 70], 8).map((b) => [b.startDay, b.breakWeeks])).toEqual([
      [0, null],
      [63, 8],
    ]);
    expect(blocksOf([0, 7, 55, 62], 8)).toHaveLength(1);
    expect(blocksOf([0, 7, 55, 62], 6)).toHaveLength(2);
  });

  const beforeAndAfter = (gapWeeks: number): Row[] => [
    ...weekly('Trap bar deadlift', [
      [100, 5],
      [100, 5],
      [100, 5],
      [100, 5],
    ]),
    // Back after the break, lighter, progressing every session.
    ...weekly(
      'Trap bar deadlift',
      [
        [70, 5],
        [75, 5],
        [80, 5],
      ],
      21 + 7 * gapWeeks,
    ),
  ];

  it('judges bests and stale runs within the current block, with the old best as history', () => {
    expect(statusesOf(beforeAndAfter(10))).toEqual([
      'New best: first session, e1RM 116.7 kg',
      '',
      '',
      '', // the plateau before the break ended in a layoff: history, not stale
      'New best: e1RM 81.7 kg (first since the break; 116.7 kg before it)',
      'New best: e1RM 87.5 kg',
      'New best: e1RM 93.3 kg',
    ]);
  });

  it('keeps one block across a shorter break: the old best still stands and the run is stale', () => {
    expect(statusesOf(beforeAndAfter(7))).toEqual([
      'New best: first session, e1RM 116.7 kg',
      'Stale: no new best in 6 sessions since 2026-01-01',
      'Stale: no new best in 6 sessions since 2026-01-01',
      'Stale: no new best in 6 sessions since 2026-01-01',
      'Stale: no new best in 6 sessions since 2026-01-01',
      'Stale: no new best in 6 sessions since 2026-01-01',
      'Stale: no new best in 6 sessions since 2026-01-01',
    ]);
  });

  it('follows the layoff setting', () => {
    const statuses = statusesOf(beforeAndAfter(10), { layoffWeeks: 12 });
    expect(statuses[6]).toMatch(/^Stale/);
  });

  it('is the athlete’s break, not the lift’s: a lift rested while training goes on is one block', () => {
    const rows: Row[] = [
      ...weekly('Trap bar deadlift', [
        [100, 5],
        [100, 5],
      ]),
      // Squats every week through the 12 weeks the deadlift rested.
      ...weekly(
        'Goblet squat',
        Array.from({ length: 13 }, (_, i) => [20 + i, 8] as [number, number]),
      ),
      ...weekly('Trap bar deadlift', [[90, 5]], 98),
    ];
    const log = read(table(rows));
    const series = buildSeries(log.entries, STATUS_OPTIONS);
    const trapBar = series.find((s) => s.exercise === 'Trap bar deadlift');
    expect(trapBar?.blocks).toHaveLength(1);
    expect(trapBar?.sessions.map((s) => s.newBest)).toEqual([true, false, false]);
  });

  it('resets "target reached" in a new block: only a heavier lift counts again', () => {
    // 105 × 5 = 122.5 e1RM = 1.75× of 70: target (1.5×) reached, then the same sessions are not
    // progress; after the break a repeated prescription is not progress either until a new best.
    const rows: Row[] = [
      ...weekly('Trap bar deadlift', [
        [105, 5],
        [105, 5],
      ]),
      ...weekly(
        'Trap bar deadlift',
        [
          [60, 5],
          [60, 5],
          [65, 5],
        ],
        84,
      ),
    ];
    const log = read(table(rows));
    const [series] = buildSeries(log.entries, STATUS_OPTIONS);
    expect(series?.sessions.map((s) => [s.block, s.targetReached])).toEqual([
      [0, true],
      [0, true],
      [1, false],
      [1, false],
      [1, false],
    ]);
  });
});

describe('maintenance phases', () => {
  const race = plan(['Ann', day(21), '', 'race season']);
  const base = plan(['Ann', day(21), '', 'base']);
  /** A new best, then four sessions at the same load (four weeks of holding it). */
  const holding: Row[] = weekly('Front squat', [
    [60, 5],
    [60, 5],
    [60, 5],
    [60, 5],
    [60, 5],
  ]);

  it('has no Stale in race season: holding the lift is the plan', () => {
    expect(statusesOf(holding, { season: race })).toEqual([
      'New best: first session, e1RM 70.0 kg',
      '',
      '',
      '',
      '',
    ]);
  });

  it('still goes stale for the same sessions in a base phase', () => {
    expect(statusesOf(holding, { season: base }).slice(1)).toEqual(
      Array(4).fill('Stale: no new best in 4 sessions since 2026-01-01'),
    );
  });

  it('flags a clear drop below the block best as Slipping, and a small one not', () => {
    // 60 × 5 = 70 e1RM; 52.5 × 5 = 61.25 (87.5 %): slipping; 55 × 5 = 64.2 (91.7 %): kept.
    const rows = weekly('Front squat', [
      [60, 5],
      [60, 5],
      [60, 5],
      [52.5, 5],
      [55, 5],
    ]);
    expect(statusesOf(rows, { season: race })).toEqual([
      'New best: first session, e1RM 70.0 kg',
      '',
      '',
      "Slipping: e1RM 61.3 kg, 87% of this block's best 70.0 kg (race season)",
      '',
    ]);
    // The keep share is a setting: at 95 % the second drop slips too.
    expect(statusesOf(rows, { season: race, keepShare: 0.95 })[4]).toMatch(/^Slipping: e1RM 64.2/);
    // The same log in a base phase is judged by the build rules: four sessions without a best.
    expect(statusesOf(rows, { season: base })[3]).toBe(
      'Stale: no new best in 4 sessions since 2026-01-01',
    );
  });

  it('puts Slipping before Target reached, and compares bodyweight work by reps', () => {
    // 80 × 5 = 93.3 e1RM = 1.17× of 80 (front squat target 1×); 70 × 5 = 81.7 (87.5 %) still 1.02×.
    const rows = weekly('Front squat', [
      [80, 5],
      [70, 5],
    ]);
    expect(statusesOf(rows, { season: plan(['', day(0), '', 'taper']) })).toEqual([
      'Target reached: 1.17× bodyweight (target 1×)',
      "Slipping: e1RM 81.7 kg, 87% of this block's best 93.3 kg (taper)",
    ]);
    const pushUps = weekly('Push-up', [
      ['', 20],
      ['', 15],
      ['', 19],
    ]);
    expect(statusesOf(pushUps, { season: race })).toEqual([
      'New best: first session, 20 reps',
      '',
      '',
    ]);
    expect(statusesOf(pushUps, { season: plan(['', day(0), '', 'transition']) })).toEqual([
      'New best: first session, 20 reps',
      "Slipping: 15 reps, 75% of this block's best 20 (transition)",
      '',
    ]);
  });

  it('counts a build phase after race season from the last held session', () => {
    const p = plan(['Ann', day(0), day(27), 'race season'], ['Ann', day(28), '', 'off-season']);
    const rows = weekly(
      'Front squat',
      Array.from({ length: 7 }, () => [60, 5] as [number, number]),
    );
    // Race season days 0–21 (sessions 1–4), off-season from day 28: 3 sessions without a best.
    expect(statusesOf(rows, { season: p })).toEqual([
      'New best: first session, e1RM 70.0 kg',
      '',
      '',
      '',
      'Stale: no new best in 3 sessions since 2026-01-22',
      'Stale: no new best in 3 sessions since 2026-01-22',
      'Stale: no new best in 3 sessions since 2026-01-22',
    ]);
  });
});
