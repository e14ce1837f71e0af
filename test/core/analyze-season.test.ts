/** The analysis with blocks, inactivity and a season plan: what the summaries carry. */
import { type AnalyzeOptions, analyzeLog } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { isInvalid } from '../../src/core/result';
import { readSeasonPlan, SEASON_HEADER } from '../../src/core/season';
import type { CellValue } from '../../src/core/values';
import { day, LOG_OPTIONS, type Row, STATUS_OPTIONS, table } from './helpers/logs';

function analyze(rows: readonly Row[], over: Partial<AnalyzeOptions> = {}): Analysis {
  const result = analyzeLog(table(rows), { ...LOG_OPTIONS, ...STATUS_OPTIONS, ...over });
  if (isInvalid(result)) throw new Error(result.invalid);
  return result;
}

/** Two sessions a week for `weeks` weeks from `start`, a trap bar deadlift at `load` each time. */
const training = (athlete: string, start: number, weeks: number, load = 80): Row[] =>
  Array.from({ length: weeks * 2 }, (_, i) => [
    day(start + Math.floor(i / 2) * 7 + (i % 2) * 3),
    athlete,
    'Trap bar deadlift',
    load + (i % 2),
    5,
    70,
  ]);

describe('inactive athletes', () => {
  it('gives no verdict to an athlete with no session in the audit window, only "inactive since"', () => {
    // Ben stopped on day 24; Ann trains on to day 80, so the window (days 53–80) has nothing of Ben.
    const analysis = analyze([...training('Ann', 0, 12), ...training('Ben', 0, 4)]);
    const ben = analysis.athletes.find((a) => a.name === 'Ben');
    expect(ben?.inactiveSince).toBe(day(24));
    expect(ben?.audit).toEqual([]);
    expect(ben?.auditNote).toBe(
      `Inactive since ${day(24)}: no session in the last 28 days, so no audit.`,
    );
    const ann = analysis.athletes.find((a) => a.name === 'Ann');
    expect(ann?.inactiveSince).toBeNull();
  });

  it('audits an athlete whose last session is just inside the window', () => {
    // Ben's last session day 59 is inside days 53–80 (and he has two sessions there).
    const analysis = analyze([...training('Ann', 0, 12), ...training('Ben', 0, 9)]);
    const ben = analysis.athletes.find((a) => a.name === 'Ben');
    expect(ben?.inactiveSince).toBeNull();
    expect(ben?.auditNote).not.toMatch(/^Inactive/);
  });

  it('looks from the as-of day when one is given', () => {
    const analysis = analyze(training('Ann', 0, 4), { asOf: day(60) });
    expect(analysis.athletes[0]?.inactiveSince).toBe(day(24));
  });
});

describe('blocks in the summary', () => {
  it('gives the current block, its lifts’ figures, and the best before the break as history', () => {
    const rows: Row[] = [
      ...training('Ann', 0, 4, 100), // best 101 × 5 = 117.8
      ...training('Ann', 200, 2, 60),
    ];
    const [ann] = analyze(rows).athletes;
    expect(ann?.block).toEqual({
      number: 2,
      start: day(200),
      previousEnd: day(24),
      breakWeeks: 25,
    });
    const [trapBar] = ann?.lifts ?? [];
    expect(trapBar).toMatchObject({
      bestE1rm: 71.2, // 61 × (1 + 5/30)
      sessions: 4,
      previousBest: { bestE1rm: 117.8, ratio: 1.68, day: day(3) },
    });
  });

  it('has one block and no history without a long break', () => {
    const [ann] = analyze(training('Ann', 0, 4)).athletes;
    expect(ann?.block).toEqual({ number: 1, start: day(0), previousEnd: null, breakWeeks: null });
    expect(ann?.lifts[0]?.previousBest).toBeNull();
  });
});

describe('phase in the summary', () => {
  const plan = (...rows: CellValue[][]) =>
    readSeasonPlan([[...SEASON_HEADER], ...rows], 'UTC').plan;

  it('shows the phase on the latest day with the goal race ahead', () => {
    const season = plan(
      ['', day(0), day(20), 'build'],
      ['Ann', day(21), day(34), 'taper', 'City 10k', day(35)],
    );
    const [ann] = analyze(training('Ann', 0, 4), { season }).athletes;
    expect(ann?.phase).toEqual({
      phase: 'taper',
      from: day(21),
      to: day(34),
      goalRace: { name: 'City 10k', date: day(35), daysAway: 11 },
    });
    expect(ann?.lifts[0]?.slipping).toBe(false);
  });

  it('judges only the current phase: too few sessions in a taper that just began says so', () => {
    const season = plan(['Ann', day(0), day(22), 'build'], ['Ann', day(23), '', 'taper']);
    const [ann] = analyze(training('Ann', 0, 4), { season }).athletes;
    // Only day 24 is in the taper.
    expect(ann?.audit).toEqual([]);
    expect(ann?.auditNote).toBe(
      `Too few sessions in this taper phase (since ${day(23)}) to audit: log at least 2.`,
    );
    // Without the plan the same log is judged over 28 days, and the trap bar habit shows.
    const [same] = analyze(training('Ann', 0, 4)).athletes;
    expect(same?.audit.length).toBeGreaterThan(0);
  });

  it('is null without a plan, or on a day the plan does not cover', () => {
    expect(analyze(training('Ann', 0, 4)).athletes[0]?.phase).toBeNull();
    const season = plan(['', day(100), '', 'base']);
    expect(analyze(training('Ann', 0, 4), { season }).athletes[0]?.phase).toBeNull();
  });
});
