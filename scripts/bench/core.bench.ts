/**
 * Core analysis benchmark: synthetic logs of 1k, 10k and 100k rows through analyzeLog, against two
 * floors run in turn with it: the primitive floor of issue 17 (scripts/bench/floors.ts: each cell
 * read once without the project's parsers, one e1RM and one Map update per row) and, for
 * comparison with the figures of issue 3, the old "parsers floor" that converts the same cells
 * with the project's own object-returning parsers. Aims (issue 3): 100k rows under 300 ms, growth
 * 10k → 100k no worse than n log n, within 5× of the (parsers) floor.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { statusFloor } from './floors';
import { bytesAllocated, gc, machineLine, median, type Paired, paired } from './measure';
import { FLOOR_COLUMNS, syntheticLog } from './synthetic-log';

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

/**
 * The old floor (issue 3): reads and converts every cell the analysis reads with the project's
 * own parsers (objects per cell), and nothing more. Kept to compare with the old figures.
 */
function parsersFloor(core: Core, values: readonly (readonly CellValue[])[]): number {
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
  /** analyzeLog against the primitive floor, in turn. */
  readonly analysis: Paired;
  /** analyzeLog against the old parsers floor, in turn. */
  readonly parsers: Paired;
  readonly heapMb: number;
  /** Bytes allocated by one analyzeLog call (median of 3). */
  readonly allocated: number;
}

export async function measure(): Promise<CoreFigures[]> {
  const core = await bundledCore();
  const options = optionsFor(core);
  // Warm the JIT on a mid-size log first, so the smallest size is not measured half-compiled.
  const warm = syntheticLog({ rows: 10_000, seed: 7 });
  for (let i = 0; i < 5; i++) {
    core.analyzeLog(warm, options);
    parsersFloor(core, warm);
    statusFloor(warm, FLOOR_COLUMNS);
  }
  return SIZES.map((rows) => {
    const values = syntheticLog({ rows });
    const check = core.analyzeLog(values, options);
    if (core.isInvalid(check)) throw new Error(check.invalid);
    if (check.rows.length + check.problems.length !== rows) {
      throw new Error(`synthetic log of ${rows} rows read as ${check.rows.length} entries`);
    }
    gc();
    const analyze = () => core.analyzeLog(values, options);
    return {
      rows,
      analysis: paired(analyze, () => statusFloor(values, FLOOR_COLUMNS), RUNS, WARMUPS),
      parsers: paired(analyze, () => parsersFloor(core, values), RUNS, WARMUPS),
      heapMb: heapMb(analyze),
      allocated: median([
        bytesAllocated(analyze),
        bytesAllocated(analyze),
        bytesAllocated(analyze),
      ]),
    };
  });
}

export async function run(): Promise<void> {
  const figures = await measure();
  console.log('\n## Core analysis (analyzeLog)\n');
  console.log(machineLine());
  console.log(
    '\n| rows | ms (median) | CPU ms | heap MB kept | MB allocated | floor ms | × floor (wall, min–max) | × floor (CPU) | fastest ÷ fastest | parsers floor ms | × parsers floor |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    const a = f.analysis;
    const cells = [
      f.rows.toLocaleString('en-US'),
      a.codeMs.toFixed(1),
      a.codeCpuMs.toFixed(1),
      f.heapMb.toFixed(1),
      (f.allocated / 1e6).toFixed(1),
      a.floorMs.toFixed(1),
      `${a.ratio.toFixed(1)} (${a.ratioMin.toFixed(1)}–${a.ratioMax.toFixed(1)})`,
      a.cpuRatio.toFixed(1),
      a.minRatio.toFixed(1),
      f.parsers.floorMs.toFixed(1),
      f.parsers.ratio.toFixed(2),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const ten = figures.find((f) => f.rows === 10_000) as CoreFigures;
  const hundred = figures.find((f) => f.rows === 100_000) as CoreFigures;
  const nLogN = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
  const growth = hundred.analysis.codeMs / ten.analysis.codeMs;
  const floorGrowth = hundred.analysis.floorMs / ten.analysis.floorMs;
  console.log(
    `\nGrowth 10k → 100k: ${growth.toFixed(2)}× wall, ${(hundred.analysis.codeCpuMs / ten.analysis.codeCpuMs).toFixed(2)}× CPU (floor ${floorGrowth.toFixed(2)}×; linear 10×, n log n ${nLogN.toFixed(2)}×)`,
  );
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log(
    `Aims of issue 3: 100k under 300 ms: ${yes(hundred.analysis.codeMs < 300)}; growth ≤ n log n: ${yes(growth <= nLogN)}; within 5× of the parsers floor: ${yes(hundred.parsers.ratio <= 5)}`,
  );
  console.log(machineLine());
}
