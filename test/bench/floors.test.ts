/**
 * The benchmark floors (scripts/bench/floors.ts) must do the same job as the code they are the
 * yardstick for: on a small synthetic log they compute the same e1RMs as the core's log reader and
 * the same cells as E1RM and STRENGTH_RATIO. No timing here (benchmarks are `npm run bench`).
 */

import { FLOOR_OF } from '../../scripts/bench/cold-call';
import { FUNCTION_NAMES } from '../../scripts/bench/dist-calls';
import * as floors from '../../scripts/bench/floors';
import {
  e1rmFloor,
  leastOutput,
  loadKg,
  ratioFloor,
  reps,
  staleFloor,
  statusFloor,
} from '../../scripts/bench/floors';
import { readingPass } from '../../scripts/bench/reading-pass';
import { FLOOR_COLUMNS, syntheticLog } from '../../scripts/bench/synthetic-log';
import { readLog } from '../../src/core/log';
import { isInvalid } from '../../src/core/result';
import { E1RM, STRENGTH_RATIO } from '../../src/functions/strength';

const log = syntheticLog({ rows: 3_000, bodyweightEveryRow: true });
const column = (index: number) => log.slice(1).map((row) => [row[index]]);
const context = { timeZone: 'Europe/London' };

function codeEntries() {
  const read = readLog(log, { unit: 'kg', timeZone: 'Europe/London', formula: 'epley' });
  if (isInvalid(read)) throw new Error(read.invalid);
  return read;
}

describe('benchmark floors', () => {
  it('read loads and reps as the core does: units, "3x5", blanks', () => {
    expect(loadKg(100)).toBe(100);
    expect(loadKg('100 kg')).toBe(100);
    expect(loadKg('225 lb')).toBeCloseTo(102.058, 3);
    expect(loadKg('')).toBe(0);
    expect(reps(5)).toBe(5);
    expect(reps('3x5')).toBe(5);
    expect(reps('12')).toBe(12);
    expect(Number.isNaN(reps(''))).toBe(true);
  });

  it('the status floor computes the e1RMs the log reader computes, row for row in total', () => {
    const read = codeEntries();
    expect(read.problems).toEqual([]);
    const withEstimate = read.entries.filter((e) => e.e1rmKg !== null);
    const floor = statusFloor(log, FLOOR_COLUMNS);
    expect(floor.rows).toBe(3_000);
    expect(read.entries).toHaveLength(3_000);
    expect(floor.e1rms).toBe(withEstimate.length);
    const sum = withEstimate.reduce((total, e) => total + (e.e1rmKg as number), 0);
    expect(floor.sum).toBeCloseTo(sum, 6);
    // One Map entry per athlete and exercise as written (the code also merges aliases).
    const written = new Set(read.entries.map((e) => `${e.athlete}\u0000${e.exerciseAsWritten}`));
    expect(floor.series).toBe(written.size);
  });

  it('the STALE floor reads the same cells from five columns', () => {
    const whole = statusFloor(log, FLOOR_COLUMNS);
    const columns = staleFloor(column(1), column(2), column(0), column(3), column(4));
    expect(columns).toEqual(whole);
  });

  it('the E1RM floor gives a number exactly where E1RM does, with the same sum', () => {
    const out = E1RM.implementation(context, column(3), column(4)) as unknown[][];
    const numbers = out.flat().filter((cell): cell is number => typeof cell === 'number');
    const floor = e1rmFloor(column(3), column(4));
    expect(floor.e1rms).toBe(numbers.length);
    // E1RM answers in the load's unit; the floor in kg: compare kg rows only.
    const kgOnly = column(3).map(([cell]) => [
      typeof cell === 'string' && cell.endsWith('lb') ? '' : cell,
    ]);
    const kgOut = E1RM.implementation(context, kgOnly, column(4)) as unknown[][];
    const kgSum = kgOut.flat().reduce<number>((t, c) => t + (typeof c === 'number' ? c : 0), 0);
    expect(e1rmFloor(kgOnly, column(4)).sum).toBeCloseTo(kgSum, 6);
  });

  it('the STRENGTH_RATIO floor gives a ratio exactly where STRENGTH_RATIO does', () => {
    const out = STRENGTH_RATIO.implementation(
      context,
      column(3),
      column(5),
      column(4),
    ) as unknown[][];
    const numbers = out.flat().filter((cell): cell is number => typeof cell === 'number');
    expect(ratioFloor(column(3), column(5), column(4)).e1rms).toBe(numbers.length);
  });

  it('the least output is a blank row per row, fresh or written into a kept array', () => {
    const fresh = leastOutput(1000);
    expect(fresh).toHaveLength(1000);
    expect(new Set(fresh).size).toBe(1);
    expect(fresh[999]).toEqual(['']);
    const kept: unknown[][] = new Array(1000);
    expect(leastOutput(1000, kept)).toBe(kept);
    expect(kept.every((row) => row[0] === '')).toBe(true);
  });

  it('the reading pass reads every set the log reader reads, and declines what the call declines', () => {
    expect(readingPass(log, 'Europe/London')).toBe(codeEntries().entries.length);
    // A row the general path reports (a load it cannot read) sends the whole call there.
    const reported = log.map((row, i) => (i === 10 ? [row[0], row[1], row[2], 'heavy', 5] : row));
    expect(readingPass(reported, 'Europe/London')).toBe(-1);
  });

  it('the cold bench times every function against a floor that exists', () => {
    for (const name of FUNCTION_NAMES) {
      expect(typeof (floors as Record<string, unknown>)[FLOOR_OF[name]]).toBe('function');
    }
  });
});
