import fc from 'fast-check';
import { readLog } from '../../src/core/log';
import type { LogEntry } from '../../src/core/model';
import { isInvalid } from '../../src/core/result';
import { buildSeries, rowStatuses, statusColumn } from '../../src/core/status';
import { defaultTargets } from '../../src/core/targets';
import { KG_PER_LB } from '../../src/core/units';
import type { CellValue } from '../../src/core/values';
import {
  day,
  LOG_OPTIONS,
  type Row,
  read,
  STATUS_OPTIONS,
  statusesOf,
  table,
} from './helpers/logs';

/** One row per session of one athlete's exercise, a week apart. */
const sessions = (exercise: string, sets: readonly [CellValue, CellValue, CellValue?][]): Row[] =>
  sets.map(([load, reps, bw], i) => [day(7 * i), 'Ann', exercise, load, reps, bw]);

describe('new best', () => {
  it('counts the first session, then an e1RM beating every earlier best by more than 0.5 %', () => {
    // e1RMs (Epley): 116.67, then 117.25 (exactly +0.5 %: not enough), then 117.37 (+0.6 %).
    expect(
      statusesOf(
        sessions('Bench press', [
          [100, 5],
          [100.5, 5],
        ]),
      ),
    ).toEqual(['New best: first session, e1RM 116.7 kg', '']);
    expect(
      statusesOf(
        sessions('Bench press', [
          [100, 5],
          [100.6, 5],
        ]),
      ),
    ).toEqual(['New best: first session, e1RM 116.7 kg', 'New best: e1RM 117.4 kg']);
    // A session that is not a new best still raises the bar: 117.37 does not beat 117.25 by 0.5 %.
    const rows = sessions('Bench press', [
      [100, 5],
      [100.5, 5],
      [100.6, 5],
      [101.2, 5],
      [110, 1],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 116.7 kg',
      '',
      '',
      'New best: e1RM 118.1 kg',
      '',
    ]);
  });

  it('is judged against every earlier session, not just the previous one', () => {
    const rows = sessions('Bench press', [
      [100, 5],
      [90, 5],
      [99, 5],
      [101, 5],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 116.7 kg',
      '',
      '',
      'New best: e1RM 117.8 kg',
    ]);
  });

  it('without e1RMs: a heavier load, or more reps at the same load', () => {
    const rows = sessions('Pull up', [
      ['', 8],
      ['', 8],
      ['', 10],
      ['10 kg', 15],
      ['10 kg', 14],
      ['10 kg', 16],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, 8 reps',
      '',
      'New best: 10 reps',
      'New best: 10.0 kg × 15',
      '',
      'New best: 10.0 kg × 16',
    ]);
  });

  it("marks only the best row of a session, with the load in the row's unit", () => {
    const rows: Row[] = [
      [day(0), 'Ann', 'Bench press', '135 lb', 5],
      [day(0), 'Ann', 'Bench press', '185 lb', 3],
      [day(0), 'Ann', 'Bench press', '95 lb', 10],
    ];
    const e1rm = 185 * (1 + 3 / 30);
    expect(statusesOf(rows)).toEqual([
      '',
      `New best: first session, e1RM ${e1rm.toFixed(1)} lb`,
      '',
    ]);
  });
});

describe('stale', () => {
  it('is the trailing run of N or more sessions after the last new best, every row of it', () => {
    const rows = sessions('Bench press', [
      [100, 5],
      [100, 5],
      [100, 5],
      [100, 5],
    ]);
    rows.push([day(21), 'Ann', 'Bench press', 80, 8]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 116.7 kg',
      `Stale: no new best in 3 sessions since ${day(0)}`,
      `Stale: no new best in 3 sessions since ${day(0)}`,
      `Stale: no new best in 3 sessions since ${day(0)}`,
      `Stale: no new best in 3 sessions since ${day(0)}`,
    ]);
  });

  it("needs N sessions: a shorter trailing run is not stale, and N is the coach's choice", () => {
    const rows = sessions('Bench press', [
      [100, 5],
      [100, 5],
      [100, 5],
    ]);
    expect(statusesOf(rows)).toEqual(['New best: first session, e1RM 116.7 kg', '', '']);
    expect(statusesOf(rows, { sessionsBeforeStale: 2 })).toEqual([
      'New best: first session, e1RM 116.7 kg',
      `Stale: no new best in 2 sessions since ${day(0)}`,
      `Stale: no new best in 2 sessions since ${day(0)}`,
    ]);
  });

  it('leaves unloaded jumps, strides and planks without a status, but not push-ups or loaded jumps', () => {
    const same = (exercise: string, load: CellValue, reps: CellValue) =>
      sessions(exercise, [
        [load, reps],
        [load, reps],
        [load, reps],
        [load, reps],
      ]);
    expect(statusesOf(same('Box jump', '', 3))).toEqual(['', '', '', '']);
    expect(statusesOf(same('Strides', '', 1))).toEqual(['', '', '', '']);
    expect(statusesOf(same('Plank', '', 1))).toEqual(['', '', '', '']);
    // Repeating the same push-ups is still a plateau, and so is a weighted jump that never moves.
    expect(statusesOf(same('Push-up', '', 10))[3]).toMatch(/^Stale/);
    expect(statusesOf(same('Box jump', 10, 3))[3]).toMatch(/^Stale/);
  });

  it('judges Strong\'s "Iso-Lateral Row (Machine)" as a lift: a first best, then stale', () => {
    const rows = sessions('Iso-Lateral Row (Machine)', [
      [60, 10],
      [60, 10],
      [60, 9],
      [60, 10],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 80.0 kg',
      `Stale: no new best in 3 sessions since ${day(0)}`,
      `Stale: no new best in 3 sessions since ${day(0)}`,
      `Stale: no new best in 3 sessions since ${day(0)}`,
    ]);
  });

  it('treats a plateau that was later broken as history', () => {
    const rows = sessions('Bench press', [
      [100, 5],
      [100, 5],
      [100, 5],
      [100, 5],
      [105, 5],
      [105, 5],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 116.7 kg',
      '',
      '',
      '',
      'New best: e1RM 122.5 kg',
      '',
    ]);
  });
});

describe('target reached', () => {
  // Trap bar deadlift target 1.5 × bodyweight; bodyweight 60 → 90 kg e1RM.
  it('marks rows whose e1RM ÷ bodyweight meets the target', () => {
    const rows = sessions('Trap bar DL', [
      [80, 3, 60],
      [91, 1, 60],
    ]);
    expect(statusesOf(rows)).toEqual([
      'New best: first session, e1RM 88.0 kg',
      'Target reached: 1.52× bodyweight (target 1.5×)',
    ]);
  });

  it('then counts a changed prescription as progress and identical ones as stale', () => {
    const reached = [91, 1, 60] as [CellValue, CellValue, CellValue];
    const same = sessions('Trap bar DL', [reached, reached, reached, reached]);
    const texts = statusesOf(same);
    expect(texts[0]).toBe('Target reached: 1.52× bodyweight (target 1.5×)');
    for (const text of texts.slice(1)) {
      expect(text).toBe(`Stale: same load, reps and sets for 3 sessions since ${day(0)}`);
    }
    // A lighter, different prescription (speed work) keeps the series fresh.
    const varied = sessions('Trap bar DL', [reached, reached, reached, [70, 3, 60]]);
    expect(statusesOf(varied)).toEqual([
      'Target reached: 1.52× bodyweight (target 1.5×)',
      'Target reached: 1.52× bodyweight (target 1.5×)',
      'Target reached: 1.52× bodyweight (target 1.5×)',
      '',
    ]);
  });

  it('uses coach targets over the defaults, with the bodyweight in any unit', () => {
    const rows: Row[] = [[day(0), 'Ann', 'Bench press', 60, 1, '132 lb']];
    const targets = new Map(defaultTargets());
    targets.set('bench press', 1);
    const texts = statusesOf(rows, { targets });
    const ratio = 60 / (132 * KG_PER_LB);
    expect(texts).toEqual([`Target reached: ${ratio.toFixed(2)}× bodyweight (target 1×)`]);
  });
});

describe('priority', () => {
  it('Stale wins over Target reached, which wins over New best', () => {
    const reached = [91, 1, 60] as [CellValue, CellValue, CellValue];
    const texts = statusesOf(sessions('Trap bar DL', [reached, reached, reached, reached]));
    // The first row is both a new best and past target: Target reached wins.
    expect(texts[0]).toMatch(/^Target reached/);
    // The later rows are past target and stale: Stale wins.
    expect(texts.slice(1).every((t) => t.startsWith('Stale'))).toBe(true);
  });
});

describe('series', () => {
  it('groups by athlete and canonical exercise, sessions in day order with prescriptions', () => {
    const log = read(
      table([
        [day(7), 'Ann', 'Deadlift (Trap bar)', 90, '3x5'],
        [day(0), 'Ann', 'Trap Bar DL', 80, 5],
        [day(0), 'Ann', 'hex bar deadlift', 85, 5],
        [day(0), 'Ben', 'Trap Bar DL', 100, 5],
      ]),
    );
    const series = buildSeries(log.entries, STATUS_OPTIONS);
    expect(series.map((s) => [s.athlete, s.exercise, s.target, s.sessions.length])).toEqual([
      ['Ann', 'Trap bar deadlift', 1.5, 2],
      ['Ben', 'Trap bar deadlift', 1.5, 1],
    ]);
    const [first, second] = series[0]?.sessions ?? [];
    expect(first).toMatchObject({
      day: day(0),
      topLoadKg: 85,
      repsAtTopLoad: 5,
      setCount: 2,
      newBest: true,
    });
    expect(second).toMatchObject({
      day: day(7),
      topLoadKg: 90,
      setCount: 3,
      newBest: true,
      stale: false,
    });
  });
});

describe('properties', () => {
  const exercises = ['Trap bar deadlift', 'Front squat', 'Bench press', 'Pull up'];
  const rowArb = fc.tuple(
    fc.integer({ min: 0, max: 20 }),
    fc.constantFrom('Ann', 'Ben'),
    fc.constantFrom(...exercises),
    fc.constantFrom('', 20, 40, 60, 60.5, 80, 100, '135 lb'),
    fc.integer({ min: 0, max: 15 }),
  );
  const toRows = (raw: readonly [number, string, string, CellValue, number][]): Row[] =>
    raw.map(([d, who, ex, load, reps]) => [day(d), who, ex, load, reps, who === 'Ann' ? 60 : 80]);

  const statusByLine = (rows: readonly Row[]): Map<string, string> => {
    const log = read(table(rows));
    const statuses = rowStatuses(log.entries, buildSeries(log.entries, STATUS_OPTIONS));
    // Key by the row's content plus its occurrence, since lines move when rows are shuffled.
    const out = new Map<string, string>();
    const seen = new Map<string, number>();
    log.entries.forEach((e: LogEntry, i) => {
      const key = JSON.stringify(rows[e.index - 1]);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      out.set(`${key}#${n}`, statuses[i]?.text ?? '');
    });
    return out;
  };

  it("shuffling the rows never changes any row's status", () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { minLength: 1, maxLength: 40 })
          .chain((raw) =>
            fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length })),
          ),
        ([raw, shuffled]) => {
          const a = statusByLine(toRows(raw));
          const b = statusByLine(toRows(shuffled));
          // Identical rows are interchangeable, so compare the multiset of statuses per row content.
          const group = (m: Map<string, string>) => {
            const g = new Map<string, string[]>();
            for (const [k, v] of m) {
              const key = k.slice(0, k.lastIndexOf('#'));
              g.set(key, [...(g.get(key) ?? []), v].sort());
            }
            return g;
          };
          expect(group(b)).toEqual(group(a));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('appending a new best session clears stale', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (raw) => {
        const rows = toRows(raw).map((r) => [r[0], 'Ann', 'Bench press', r[3], r[4], 60] as Row);
        const log = read(table(rows));
        const best = Math.max(0, ...log.entries.map((e) => Math.max(e.loadKg, e.e1rmKg ?? 0)));
        // A single heavier than any load or e1RM so far, on a later day: a new best either way.
        const next: Row = [day(40), 'Ann', 'Bench press', Math.ceil(best) + 5, 1, 60];
        const texts = statusesOf([...rows, next]);
        expect(texts.some((t) => t.startsWith('Stale'))).toBe(false);
        expect(texts[texts.length - 1]).toMatch(/^New best/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('statusColumn', () => {
  it('gives one cell per row: blank above the header, Status, statuses, ⚠ problems, blank rows', () => {
    const values: CellValue[][] = [
      ["Ann's log"],
      ['Date', 'Exercise', 'Load', 'Reps'],
      [day(0), 'Bench press', 100, 5],
      ['', '', '', ''],
      [day(7), 'Bench press', 100, 'lots'],
      ['Date', 'Exercise', 'Load', 'Reps'],
    ];
    expect(statusColumn(values, LOG_OPTIONS, STATUS_OPTIONS, 3)).toEqual([
      [''],
      ['Status'],
      ['New best: first session, e1RM 116.7 kg'],
      [''],
      ['⚠ reps "lots" is not a number'],
      [''],
    ]);
  });

  it('throws the plain-words message when the log cannot be read', () => {
    expect(() => statusColumn([['Date', 'Reps']], LOG_OPTIONS, STATUS_OPTIONS)).toThrow(
      'No exercise or load column: name a column "Exercise" and a column "Load" or "Weight" in the header row',
    );
  });

  it('agrees with readLog on which rows are entries', () => {
    const values = table([
      [day(0), 'Ann', 'Bench press', 100, 5],
      [day(1), 'Ann', 'Bench press', 'x', 5],
    ]);
    const log = readLog(values, LOG_OPTIONS);
    if (isInvalid(log)) throw new Error(log.invalid);
    const column = statusColumn(values, LOG_OPTIONS, STATUS_OPTIONS);
    expect(column).toHaveLength(values.length);
    expect(column[2]?.[0]?.startsWith('⚠')).toBe(true);
  });
});

describe('no number from nothing (issue 12)', () => {
  it('never makes a set without reps a new best, nor lets it end a stale run', () => {
    // A 0-rep set (a miss, or reps not written) after three sessions without progress.
    const rows = sessions('Back squat', [
      [100, 5],
      [100, 5],
      [100, 5],
      [100, 5],
      [140, 0],
    ]);
    const statuses = statusesOf(rows, { sessionsBeforeStale: 3 });
    expect(statuses[4]).toMatch(/^Stale/);
    expect(statuses.join('\n')).not.toMatch(/× 0/);
    // Alone, it is no best either, and the next real set is the first best.
    expect(
      statusesOf(
        sessions('Back squat', [
          [140, 0],
          [100, 5],
        ]),
      ),
    ).toEqual(['', 'New best: e1RM 116.7 kg']);
  });

  it('reports a load or ratio beyond any human lift as a problem with its row, never Infinity', () => {
    const values = table([
      [day(0), 'Ann', 'Back squat', 1e308, 5, 60],
      [day(7), 'Ann', 'Back squat', 100, 5, 0.001],
      [day(14), 'Ann', 'Back squat', 100, 5, 60],
    ]);
    const column = statusColumn(values, LOG_OPTIONS, STATUS_OPTIONS);
    expect(column.flat().join('\n')).not.toMatch(/Infinity|NaN/);
    expect(column[1]?.[0]).toMatch(/^⚠ the load is beyond any human lift/);
    expect(column[2]?.[0]).toMatch(/^⚠ the load against a bodyweight of 0\.001 kg/);
    expect(column[3]?.[0]).toBe('Target reached: 1.94× bodyweight (target 1.25×)');
    const log = read(values);
    expect(log.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('the status column ends where the log does', () => {
  it('returns no rows for the empty rows below the last row with content', () => {
    const values: CellValue[][] = [
      ['Date', 'Exercise', 'Load', 'Reps'],
      [day(0), 'Bench press', 100, 5],
      ['', '', '', ''],
      ['', 'Notes below the log', '', ''],
      ['', '', '', ''],
      [null, '  ', '', ''],
    ];
    const column = statusColumn(values, LOG_OPTIONS, STATUS_OPTIONS);
    expect(column).toHaveLength(4);
    // A log with no rows yet is its header alone.
    expect(
      statusColumn(values.slice(0, 1).concat([['', '', '', '']]), LOG_OPTIONS, STATUS_OPTIONS),
    ).toEqual([['Status']]);
  });
});
