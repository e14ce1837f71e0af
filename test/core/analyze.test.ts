import { analyzeLog } from '../../src/core/analyze';
import type { Analysis, Finding } from '../../src/core/model';
import { isInvalid } from '../../src/core/result';
import type { CellValue } from '../../src/core/values';
import { day, LOG_OPTIONS, type Row, STATUS_OPTIONS, table } from './helpers/logs';

const OPTIONS = { ...LOG_OPTIONS, ...STATUS_OPTIONS };

function analyze(
  values: CellValue[][],
  extra: Partial<Parameters<typeof analyzeLog>[1]> = {},
): Analysis {
  const analysis = analyzeLog(values, { ...OPTIONS, ...extra });
  if (isInvalid(analysis)) throw new Error(analysis.invalid);
  return analysis;
}

describe('analyzeLog', () => {
  const values = table([
    [day(0), 'Ann', 'Trap Bar DL', 80, 3, 60],
    [day(0), 'Ann', 'Pull up', '', 8, 60],
    [day(7), 'Ann', 'Trap Bar DL', 91, 1, 61],
    [day(7), 'Ann', 'Pull up', '', 8, ''],
    [day(14), 'Ann', 'Pull up', '', 8, ''],
    [day(21), 'Ann', 'Pull up', '', 8, ''],
    [day(21), 'Ann', 'Goblet squat', 'x', 8, ''],
    [day(3), 'Ben', 'Front squat', '135 lb', 5, '176 lb'],
    [day(3), 'Ben', 'Front squat', '155 lb', 3, '176 lb'],
  ]);

  it('summarises each athlete: bodyweight, sessions, key lifts first', () => {
    const { athletes } = analyze(values);
    expect(athletes.map((a) => [a.name, a.bodyweight, a.unit, a.sessions, a.lastSession])).toEqual([
      ['Ann', 61, 'kg', 4, day(21)],
      ['Ben', 176, 'lb', 1, day(3)],
    ]);
    const [trapBar, pullUp] = athletes[0]?.lifts ?? [];
    expect(athletes[0]?.lifts.map((l) => l.exercise)).toEqual(['Trap bar deadlift', 'Pull-up']);
    expect(trapBar).toEqual({
      exercise: 'Trap bar deadlift',
      pattern: 'hinge',
      recognised: true,
      bestE1rm: 91,
      ratio: 1.49, // best 91 ÷ latest bodyweight 61
      target: 1.5,
      targetReached: false, // 91 ÷ 61 = 1.49, just short of 1.5
      stale: false,
      lastNewBest: day(7),
      sessionsSinceBest: 0,
      sessions: 2,
      lastSession: day(7),
      key: true,
      reachedOn: null, // 1.49 is short of the 1.5 target
      history: [
        { day: day(0), ratio: 1.47 }, // 88 ÷ 60
        { day: day(7), ratio: 1.49 }, // 91 ÷ 61
      ],
      previousBest: null, // no long break
      slipping: false, // no season plan
    });
    expect(pullUp).toMatchObject({
      bestE1rm: null,
      ratio: null,
      target: null,
      stale: true,
      lastNewBest: day(0),
      sessionsSinceBest: 3,
      sessions: 4,
      history: [],
    });
    const ben = athletes[1]?.lifts[0];
    // 155 lb × 3 → e1RM 170.5 lb; ratio 170.5 ÷ 176.
    expect(ben).toMatchObject({
      exercise: 'Front squat',
      bestE1rm: 170.5,
      ratio: 0.97,
      targetReached: false,
    });
  });

  it('marks a lift reached once any session met its target, and keeps it reached', () => {
    const reached = analyze(
      table([
        [day(0), 'Ann', 'Trap Bar DL', 91, 1, 60],
        [day(7), 'Ann', 'Trap Bar DL', 70, 3, 60],
      ]),
    ).athletes[0]?.lifts[0];
    expect(reached).toMatchObject({
      targetReached: true,
      ratio: 1.52,
      lastNewBest: day(0),
      sessionsSinceBest: 1,
    });
  });

  it('says on which day a lift first met its target', () => {
    const [lift] =
      analyze(
        table([
          [day(0), 'Ann', 'Front squat', 50, 5, 60],
          [day(7), 'Ann', 'Front squat', 52.5, 5, 60],
          [day(14), 'Ann', 'Front squat', 55, 3, 60],
        ]),
      ).athletes[0]?.lifts ?? [];
    // 52.5 × 5 → e1RM 61.25 ≥ 1.0 × 60 on day 7.
    expect(lift).toMatchObject({ targetReached: true, reachedOn: day(7) });
  });

  it('picks key lifts by what matters: targets, then loaded lower-body lifts, never isolation', () => {
    const rows: Row[] = [];
    for (let d = 0; d < 6; d++) {
      rows.push(
        [day(d * 7), 'Cy', 'Cable fly', 20, 12, 70],
        [day(d * 7), 'Cy', 'Dumbbell curl', 12, 12, 70],
        [day(d * 7), 'Cy', 'Leg extension', 40, 12, 70],
        [day(d * 7), 'Cy', 'Push up', '', 15, 70],
      );
      if (d % 2 === 0) rows.push([day(d * 7), 'Cy', 'Goblet squat', 16 + d, 8, 70]);
      if (d > 2) rows.push([day(d * 7), 'Cy', 'Split squat', 10 + d, 8, 70]);
      if (d === 5) rows.push([day(d * 7), 'Cy', 'Step-up', 10, 8, 70]);
    }
    const { lifts } = analyze(table(rows)).athletes[0] ?? { lifts: [] };
    // Three sessions each: the more recently trained comes first. Step-up is lower-body too, but
    // trained once; the isolation work, six sessions each, is never key and comes last.
    expect(lifts.filter((l) => l.key).map((l) => l.exercise)).toEqual([
      'Split squat',
      'Goblet squat',
    ]);
    expect(lifts.map((l) => l.exercise)).toEqual([
      'Split squat',
      'Goblet squat',
      'Push-up',
      'Step-up',
      'Cable fly',
      'Dumbbell curl',
      'Leg extension',
    ]);
  });

  it('gives a status per entry by line, and the problems', () => {
    const analysis = analyze(values);
    expect(analysis.rows).toHaveLength(8);
    expect(analysis.rows[0]).toEqual({ line: 2, status: 'New best: first session, e1RM 88.0 kg' });
    expect(analysis.rows.find((r) => r.line === 7)?.status).toMatch(
      /^Stale: no new best in 3 sessions/,
    );
    expect(analysis.problems).toEqual([
      { line: 8, message: 'load "x" is not a weight (e.g. 100, "100 kg", "225 lb")' },
    ]);
  });

  it('calls the audit hook once per athlete with their entries and series', () => {
    const calls: [string, number, number][] = [];
    const finding: Finding = { mistake: 4, title: 'Not progressing', evidence: 'e', advice: 'a' };
    const analysis = analyze(values, {
      audit: (athlete, entries, series) => {
        calls.push([athlete, entries.length, series.length]);
        return athlete === 'Ann' ? [finding] : [];
      },
    });
    expect(calls).toEqual([
      ['Ann', 6, 2],
      ['Ben', 2, 1],
    ]);
    expect(analysis.athletes.map((a) => a.audit)).toEqual([[finding], []]);
    // Without a hook the program audit runs with the default thresholds.
    const audited = analyze(values).athletes;
    expect(audited[0]?.audit.map((f) => f.mistake)).toEqual([5]);
    expect(audited[0]?.auditNote).toBe('');
    expect(audited[1]?.audit).toEqual([]);
    expect(audited[1]?.auditNote).toMatch(/^(Nothing to fix|Too few)/);
  });

  it('is invalid only when the whole log cannot be read', () => {
    expect(analyzeLog([['Date', 'Exercise']], OPTIONS)).toEqual({
      invalid: 'No load column: name a column "Load" or "Weight" in the header row',
    });
  });
});
