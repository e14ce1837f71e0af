/**
 * Core analysis benchmark: synthetic logs of 1k, 10k and 100k rows through analyzeLog, against a
 * floor pass that only reads and converts the same cells. Aim (issue 3): 100k rows under 300 ms,
 * growth 10k → 100k no worse than n log n, within 5× of the floor.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeLog } from '../../src/core/analyze';
import { parseDay } from '../../src/core/dates';
import { isInvalid } from '../../src/core/result';
import { defaultTargets } from '../../src/core/targets';
import { toKg } from '../../src/core/units';
import { type CellValue, parseLoad, parseReps } from '../../src/core/values';
import { syntheticLog } from './synthetic-log';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;
const WARMUPS = 2;

const OPTIONS = {
  unit: 'kg' as const,
  timeZone: 'Europe/London',
  formula: 'epley' as const,
  targets: defaultTargets(),
  sessionsBeforeStale: 3,
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Reads and converts every cell the analysis reads, and nothing more: the cost of the input. */
function floorPass(values: readonly (readonly CellValue[])[]): number {
  let sum = 0;
  for (let i = 1; i < values.length; i++) {
    const row = values[i] as readonly CellValue[];
    const day = parseDay(row[0], OPTIONS.timeZone);
    const load = parseLoad(row[3]);
    const reps = parseReps(row[4]);
    const bodyweight = parseLoad(row[5]);
    if (day && !isInvalid(day)) sum += day.dayNumber;
    if (load && !isInvalid(load)) sum += toKg(load.value, load.unit ?? 'kg');
    if (reps && !isInvalid(reps)) sum += reps.reps;
    if (bodyweight && !isInvalid(bodyweight)) sum += bodyweight.value;
    sum += String(row[1]).length + String(row[2]).length;
  }
  return sum;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  for (let i = 0; i < WARMUPS; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Heap the analysis keeps alive (MB), measured around one run with the result held. */
function heapMb(values: readonly (readonly CellValue[])[]): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = analyzeLog(values, OPTIONS);
  gc();
  const after = process.memoryUsage().heapUsed;
  if (isInvalid(result)) throw new Error(result.invalid);
  return (after - before) / 1_048_576;
}

export interface CoreFigures {
  readonly rows: number;
  readonly ms: number;
  readonly floorMs: number;
  readonly heapMb: number;
}

export function measure(): CoreFigures[] {
  return SIZES.map((rows) => {
    const values = syntheticLog({ rows });
    const check = analyzeLog(values, OPTIONS);
    if (isInvalid(check)) throw new Error(check.invalid);
    if (check.rows.length + check.problems.length !== rows) {
      throw new Error(`synthetic log of ${rows} rows read as ${check.rows.length} entries`);
    }
    return {
      rows,
      ms: time(() => analyzeLog(values, OPTIONS)),
      floorMs: time(() => floorPass(values)),
      heapMb: heapMb(values),
    };
  });
}

export async function run(): Promise<void> {
  const figures = measure();
  console.log('\n## Core analysis (analyzeLog)\n');
  console.log('| rows | ms (median) | rows/s | heap MB | floor ms | × floor |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    console.log(
      `| ${f.rows.toLocaleString('en-US')} | ${f.ms.toFixed(1)} | ${Math.round((f.rows / f.ms) * 1000).toLocaleString('en-US')} | ${f.heapMb.toFixed(1)} | ${f.floorMs.toFixed(1)} | ${(f.ms / f.floorMs).toFixed(2)} |`,
    );
  }
  const ten = figures.find((f) => f.rows === 10_000) as CoreFigures;
  const hundred = figures.find((f) => f.rows === 100_000) as CoreFigures;
  const nLogN = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
  console.log(
    `\nGrowth 10k → 100k: ${(hundred.ms / ten.ms).toFixed(2)}× (linear 10×, n log n ${nLogN.toFixed(2)}×)`,
  );
  console.log(
    `Aims: 100k under 300 ms: ${hundred.ms < 300 ? 'yes' : 'NO'}; growth ≤ n log n: ${hundred.ms / ten.ms <= nLogN ? 'yes' : 'NO'}; within 5× of floor: ${hundred.ms / hundred.floorMs <= 5 ? 'yes' : 'NO'}`,
  );
}
