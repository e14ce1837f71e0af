/**
 * Several sets in one cell (coach sheets: "6,5,5", "6/5/5", "[6,5,5]", "3x5 @ 80 kg", "80x5,
 * 85x5, 90x3"): read as the sets they are by the cell parser, the log reader, the statuses and the
 * analysis, with one status per row.
 */
import { analyzeLog } from '../../src/core/analyze';
import { isInvalid } from '../../src/core/result';
import { parseSets, writesSeveralSets } from '../../src/core/values';
import { LOG_OPTIONS, read, STATUS_OPTIONS, statusesOf, table } from './helpers/logs';

const sets = (load: unknown, reps: unknown) => {
  const read = parseSets(load, reps);
  if (isInvalid(read)) throw new Error(read.invalid);
  return read?.map((s) => [s.load?.value ?? null, s.load?.unit ?? null, s.reps, s.sets]);
};

describe('parseSets', () => {
  it.each([
    ['6,5,5', [6, 5, 5]],
    ['6/5/5', [6, 5, 5]],
    ['[6,5,5,5]', [6, 5, 5, 5]],
    ['[6, 5, 5]', [6, 5, 5]],
    ['6; 5; 5', [6, 5, 5]],
  ])('reads reps %p as one set each at the row load', (reps, counts) => {
    expect(sets(80, reps)).toEqual(counts.map((r) => [null, null, r, 1]));
    expect(writesSeveralSets(80, reps)).toBe(true);
  });

  it('reads "3x5 @ 80 kg" in the reps cell, or in the load cell, as 3 sets of 5 at 80 kg', () => {
    expect(sets('', '3x5 @ 80 kg')).toEqual([[80, 'kg', 5, 3]]);
    expect(sets('3x5 @ 80', '')).toEqual([[80, null, 5, 3]]);
    expect(sets('', '3x5@225lb')).toEqual([[225, 'lb', 5, 3]]);
    expect(sets('', '5/5/3 @ 100')).toEqual([
      [100, null, 5, 1],
      [100, null, 5, 1],
      [100, null, 3, 1],
    ]);
  });

  it('reads load × reps lists in the load cell, or in the reps cell when the load is blank', () => {
    const expected = [
      [80, null, 5, 1],
      [85, null, 5, 1],
      [90, null, 3, 1],
    ];
    expect(sets('80x5, 85x5, 90x3', '')).toEqual(expected);
    expect(sets('', '80x5, 85x5, 90x3')).toEqual(expected);
    expect(sets('82.5 kg x 5', '')).toEqual([[82.5, 'kg', 5, 1]]);
  });

  it('pairs a list of loads with the reps: one count for all, or one each', () => {
    expect(sets('80/85/90', 5)).toEqual([
      [80, null, 5, 1],
      [85, null, 5, 1],
      [90, null, 5, 1],
    ]);
    expect(sets('80/85/90', '5/5/3')?.map((s) => s[2])).toEqual([5, 5, 3]);
  });

  it('keeps what was one set before: a number, "3x5", a decimal comma, blank cells', () => {
    expect(writesSeveralSets('102,5', 5)).toBe(false);
    expect(writesSeveralSets('1,000', 5)).toBe(false);
    expect(writesSeveralSets(100, '3x5')).toBe(false);
    expect(writesSeveralSets('100 kg', 5)).toBe(false);
    expect(sets(100, '3x5')).toEqual([[null, null, 5, 3]]);
    expect(sets('', '')).toBeUndefined();
  });

  it.each([
    ['80', '3x5 @ 90', 'gives the load again'],
    ['80x5', '5', 'gives the reps too'],
    ['80/85/90', '5/5', '3 loads but 2 rep counts'],
    ['', '6/five/5', 'not a number'],
    ['', '3x5 @', 'names no load'],
    ['', '@ 80', 'names no reps'],
    ['80/heavy', '5', 'not a weight'],
  ])('refuses load %p with reps %p, saying why', (load, reps, why) => {
    const read = parseSets(load, reps);
    expect(isInvalid(read) ? read.invalid : read).toContain(why);
  });
});

describe('the log reader and the statuses', () => {
  it('makes one entry per set of the row, all with its line, and counts every set', () => {
    const log = read(
      table([
        ['2026-01-05', 'Ann', 'Back squat', 80, '6/5/5'],
        ['2026-01-05', 'Ann', 'Front squat', '', '3x5 @ 60 kg'],
        ['2026-01-05', 'Ann', 'Deadlift', '100x5, 110x3, 120x1', ''],
      ]),
    );
    expect(log.problems).toEqual([]);
    expect(log.entries.map((e) => [e.line, e.exercise, e.loadKg, e.reps, e.sets])).toEqual([
      [2, 'Back squat', 80, 6, 1],
      [2, 'Back squat', 80, 5, 1],
      [2, 'Back squat', 80, 5, 1],
      [3, 'Front squat', 60, 5, 3],
      [4, 'Deadlift', 100, 5, 1],
      [4, 'Deadlift', 110, 3, 1],
      [4, 'Deadlift', 120, 1, 1],
    ]);
  });

  it('gives the row the status of its best set, once', () => {
    const rows = [
      ['2026-01-05', 'Ann', 'Deadlift', 100, '5/5/5'],
      ['2026-01-12', 'Ann', 'Deadlift', '100x5, 110x3, 120x1', ''],
    ] as const;
    // One status per entry: the first row's three sets, then the second row's three.
    const statuses = statusesOf(rows);
    // The first session is the series' baseline (untinted in the sheet), still a New best.
    expect(statuses.slice(0, 3)).toEqual(Array(3).fill('New best: first session, e1RM 116.7 kg'));
    // 110 × 3 (e1RM 121) is the row's best set, above the 120 kg single and the 116.7 before.
    expect(statuses.slice(3)).toEqual(Array(3).fill('New best: e1RM 121.0 kg'));
    const analysis = analyzeLog(table(rows), { ...LOG_OPTIONS, ...STATUS_OPTIONS });
    if (isInvalid(analysis)) throw new Error(analysis.invalid);
    expect(analysis.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('names the row and the reason when a cell cannot be read as sets', () => {
    const log = read(table([['2026-01-05', 'Ann', 'Back squat', 80, '6/x/5']]));
    expect(log.entries).toEqual([]);
    expect(log.problems[0]?.line).toBe(2);
    expect(log.problems[0]?.message).toMatch(/^reps "x" is not a number/);
  });
});
