/**
 * The custom functions against their floors (issue 17): STRENGTH_STATUS, STALE, E1RM and
 * STRENGTH_RATIO through the built dist/, each timed in turn with its floor (scripts/bench/floors.ts)
 * in the same run and the same V8 context, and reported as "× floor" (median of the per-pair
 * ratios), with the bytes each call allocates.
 *
 * The context is a plain one (`loadDist(…, { contextify: false })`): Node's default contextified
 * global makes every global look-up cost about 140 ns, which Apps Script does not have. The old
 * harness's figure for STRENGTH_STATUS is printed beside it for comparison.
 *
 *   npm run bench -- floor            (BENCH_ROWS=20000 for a quicker run)
 */
import { resolve } from 'node:path';
import { runInContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { distCalls } from './dist-calls';
import type * as Floors from './floors';
import { bytesAllocated, machineLine, median, type Paired, paired, sink } from './measure';

const ROWS = Number(process.env.BENCH_ROWS) || 100_000;
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const COLUMNS = { date: 0, athlete: 1, exercise: 2, load: 3, reps: 4 } as const;

/** floors.ts bundled as one script, evaluated into the same context as dist/. */
function floorsIn(context: object): typeof Floors {
  const file = resolve(import.meta.dirname ?? __dirname, 'floors.ts');
  const result = buildSync({
    entryPoints: [file],
    bundle: true,
    format: 'iife',
    globalName: 'BenchFloors',
    platform: 'neutral',
    target: 'es2019',
    write: false,
    logLevel: 'error',
  });
  runInContext(result.outputFiles[0]?.text ?? '', context);
  return runInContext('BenchFloors', context) as typeof Floors;
}

interface Line {
  readonly name: string;
  readonly rows: number;
  readonly timing: Paired;
  readonly codeBytes: number;
  readonly floorBytes: number;
}

function bytes(run: () => unknown): number {
  return median([bytesAllocated(run), bytesAllocated(run), bytesAllocated(run)]);
}

function line(name: string, rows: number, code: () => unknown, floor: () => unknown): Line {
  const timing = paired(code, floor, RUNS);
  return { name, rows, timing, codeBytes: bytes(code), floorBytes: bytes(floor) };
}

export async function run(): Promise<void> {
  const { context, log, column, call } = distCalls(ROWS);
  const floors = floorsIn(context);
  const dates = column(0);
  const athletes = column(1);
  const exercises = column(2);
  const loads = column(3);
  const reps = column(4);
  const bodyweights = column(5);

  // The code must read every row (that the floors compute the code's e1RMs is test/bench's job).
  const status = call.STRENGTH_STATUS() as string[][];
  if (status.length !== log.length || status.some((r) => r[0]?.startsWith('⚠'))) {
    throw new Error('STRENGTH_STATUS did not read every row of the synthetic log');
  }

  console.log(
    `\n## Custom functions against their floors (${ROWS.toLocaleString('en-US')} rows)\n`,
  );
  console.log(machineLine());
  const lines: Line[] = [
    line('STRENGTH_STATUS', ROWS, call.STRENGTH_STATUS, () => floors.statusFloor(log, COLUMNS)),
    line('STALE', ROWS, call.STALE, () =>
      floors.staleFloor(athletes, exercises, dates, loads, reps),
    ),
    line('E1RM', ROWS, call.E1RM, () => floors.e1rmFloor(loads, reps)),
    line('STRENGTH_RATIO', ROWS, call.STRENGTH_RATIO, () =>
      floors.ratioFloor(loads, bodyweights, reps),
    ),
  ];
  console.log(
    '\n| function | rows | floor ms | code ms | × floor (wall, min–max) | × floor (CPU) | fastest ÷ fastest (ms) | MB allocated per call | bytes per row | floor bytes per row |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of lines) {
    const t = l.timing;
    console.log(
      `| ${l.name} | ${l.rows.toLocaleString('en-US')} | ${t.floorMs.toFixed(1)} | ${t.codeMs.toFixed(1)} | ${t.ratio.toFixed(1)} (${t.ratioMin.toFixed(1)}–${t.ratioMax.toFixed(1)}) | ${t.cpuRatio.toFixed(1)} | ${t.minRatio.toFixed(1)} (${t.codeMinMs.toFixed(0)} ÷ ${t.floorMinMs.toFixed(1)}) | ${(l.codeBytes / 1e6).toFixed(1)} | ${Math.round(l.codeBytes / l.rows)} | ${Math.round(l.floorBytes / l.rows)} |`,
    );
  }

  // Reference: the output column alone (what every function must return).
  const outputMs = median(
    Array.from({ length: RUNS }, () => {
      const start = performance.now();
      sink[0] = floors.outputColumn(ROWS);
      return performance.now() - start;
    }),
  );
  const outputBytes = bytes(() => floors.outputColumn(ROWS));
  console.log(
    `\nThe output column alone (${ROWS.toLocaleString('en-US')} one-cell rows): ${outputMs.toFixed(1)} ms, ${(outputBytes / 1e6).toFixed(1)} MB (${Math.round(outputBytes / ROWS)} bytes per row).`,
  );

  // The old harness: the same call in Node's default (contextified) vm context.
  const old = distCalls(ROWS, { contextify: true });
  const contextCost = paired(old.call.STRENGTH_STATUS, call.STRENGTH_STATUS, Math.min(RUNS, 5));
  console.log(
    `STRENGTH_STATUS in the old harness's contextified context: ${contextCost.codeMs.toFixed(1)} ms against ${contextCost.floorMs.toFixed(1)} ms in the plain one (${contextCost.ratio.toFixed(2)}× by pairs, fastest ÷ fastest ${contextCost.minRatio.toFixed(2)}×).`,
  );
  console.log(machineLine());
}
