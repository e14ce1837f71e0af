/**
 * Core analysis benchmark: synthetic logs of 1k, 10k and 100k rows through analyzeLog, against a
 * floor pass that only reads and converts the same cells. Aim (issue 3): 100k rows under 300 ms,
 * growth 10k → 100k no worse than n log n, within 5× of the floor.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import type { analyzeLog as AnalyzeLog } from '../../src/core/analyze';
import type { parseDay as ParseDay } from '../../src/core/dates';
import type { isInvalid as IsInvalid } from '../../src/core/result';
import type { defaultTargets as DefaultTargets } from '../../src/core/targets';
import type { toKg as ToKg } from '../../src/core/units';
import type {
  CellValue,
  parseLoad as ParseLoad,
  parseReps as ParseReps,
} from '../../src/core/values';
import { syntheticLog } from './synthetic-log';

interface Core {
  readonly analyzeLog: typeof AnalyzeLog;
  readonly parseDay: typeof ParseDay;
  readonly parseLoad: typeof ParseLoad;
  readonly parseReps: typeof ParseReps;
  readonly toKg: typeof ToKg;
  readonly isInvalid: typeof IsInvalid;
  readonly defaultTargets: typeof DefaultTargets;
}

/**
 * The core bundled by esbuild as the add-on ships it (one scope, no dev-loader wrappers), so the
 * figures are those of the shipped code rather than of tsx's per-file transform.
 */
async function bundledCore(): Promise<Core> {
  const root = resolve(import.meta.dirname ?? __dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'strong-enough-bench-'));
  const file = join(dir, 'core.mjs');
  buildSync({
    stdin: {
      contents: [
        "export { analyzeLog } from './src/core/analyze';",
        "export { parseDay } from './src/core/dates';",
        "export { isInvalid } from './src/core/result';",
        "export { defaultTargets } from './src/core/targets';",
        "export { toKg } from './src/core/units';",
        "export { parseLoad, parseReps } from './src/core/values';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: file,
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(file).href)) as Core;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 9;
const WARMUPS = 3;

const ZONE = 'Europe/London';

function optionsFor(core: Core) {
  return {
    unit: 'kg' as const,
    timeZone: ZONE,
    formula: 'epley' as const,
    targets: core.defaultTargets(),
    sessionsBeforeStale: 3,
  };
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Reads and converts every cell the analysis reads, and nothing more: the cost of the input. */
function floorPass(core: Core, values: readonly (readonly CellValue[])[]): number {
  const { parseDay, parseLoad, parseReps, toKg, isInvalid } = core;
  let sum = 0;
  for (let i = 1; i < values.length; i++) {
    const row = values[i] as readonly CellValue[];
    const day = parseDay(row[0], ZONE);
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

export interface Timing {
  /** Median wall-clock ms. */
  readonly ms: number;
  /** Median CPU ms of this process (user + system): less disturbed by other work on a shared machine. */
  readonly cpuMs: number;
}

/** Median of RUNS timed runs after WARMUPS untimed ones (the machine is shared: medians, not means). */
function time(run: () => unknown): Timing {
  for (let i = 0; i < WARMUPS; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu) };
}

/** Heap the analysis result keeps alive (MB): measured around one run with the result held. */
function heapMb(measureRun: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = measureRun();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (result === undefined) throw new Error('no result');
  return (after - before) / 1_048_576;
}

export interface CoreFigures {
  readonly rows: number;
  readonly analysis: Timing;
  readonly floor: Timing;
  readonly heapMb: number;
}

export async function measure(): Promise<CoreFigures[]> {
  const core = await bundledCore();
  const options = optionsFor(core);
  // Warm the JIT on a mid-size log first, so the smallest size is not measured half-compiled.
  const warm = syntheticLog({ rows: 10_000, seed: 7 });
  for (let i = 0; i < 5; i++) {
    core.analyzeLog(warm, options);
    floorPass(core, warm);
  }
  return SIZES.map((rows) => {
    const values = syntheticLog({ rows });
    const check = core.analyzeLog(values, options);
    if (core.isInvalid(check)) throw new Error(check.invalid);
    if (check.rows.length + check.problems.length !== rows) {
      throw new Error(`synthetic log of ${rows} rows read as ${check.rows.length} entries`);
    }
    gc();
    const figures = {
      rows,
      analysis: time(() => core.analyzeLog(values, options)),
      floor: time(() => floorPass(core, values)),
      heapMb: heapMb(() => core.analyzeLog(values, options)),
    };
    return figures;
  });
}

export async function run(): Promise<void> {
  const figures = await measure();
  console.log('\n## Core analysis (analyzeLog)\n');
  console.log(
    '| rows | ms (median) | CPU ms | rows/s | heap MB kept | floor ms | floor CPU ms | × floor |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    const cells = [
      f.rows.toLocaleString('en-US'),
      f.analysis.ms.toFixed(1),
      f.analysis.cpuMs.toFixed(1),
      Math.round((f.rows / f.analysis.ms) * 1000).toLocaleString('en-US'),
      f.heapMb.toFixed(1),
      f.floor.ms.toFixed(1),
      f.floor.cpuMs.toFixed(1),
      (f.analysis.ms / f.floor.ms).toFixed(2),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const ten = figures.find((f) => f.rows === 10_000) as CoreFigures;
  const hundred = figures.find((f) => f.rows === 100_000) as CoreFigures;
  const nLogN = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
  const growth = hundred.analysis.ms / ten.analysis.ms;
  const floorGrowth = hundred.floor.ms / ten.floor.ms;
  console.log(
    `\nGrowth 10k → 100k: ${growth.toFixed(2)}× wall, ${(hundred.analysis.cpuMs / ten.analysis.cpuMs).toFixed(2)}× CPU (floor ${floorGrowth.toFixed(2)}×; linear 10×, n log n ${nLogN.toFixed(2)}×)`,
  );
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log(
    `Aims: 100k under 300 ms: ${yes(hundred.analysis.ms < 300)}; growth ≤ n log n: ${yes(growth <= nLogN)}; within 5× of floor: ${yes(hundred.analysis.ms / hundred.floor.ms <= 5)}`,
  );
}
