/**
 * One cold call, in a process of its own (for cold.bench.ts): the synthetic log is built and
 * dist/ (or the floors) loaded into a fresh plain context, untimed; then one call of the named
 * function or floor is timed, as Sheets' first and only call of a recalculation runs it (no code
 * optimised yet). Prints one JSON line: { name, ms, cpuMs }.
 *
 *   node --import tsx scripts/bench/cold-call.ts NAME [ROWS]
 *     NAME: STRENGTH_STATUS, STALE, E1RM, STRENGTH_RATIO, or one of the floors of floors.ts
 */
import { runInContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { distCalls, FUNCTION_NAMES, type FunctionName } from './dist-calls';
import type * as Floors from './floors';

export const FLOOR_OF: Readonly<Record<FunctionName, string>> = {
  STRENGTH_STATUS: 'statusFloor',
  STALE: 'staleFloor',
  E1RM: 'e1rmFloor',
  STRENGTH_RATIO: 'ratioFloor',
};

/** floors.ts bundled as one script and evaluated into the context (as floor.bench.ts does). */
export function floorsIn(context: object): typeof Floors {
  const file = require.resolve('./floors.ts');
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

if (require.main === module) {
  const name = process.argv[2] ?? '';
  const rows = Number(process.argv[3]) || 100_000;
  const { context, log, column, call } = distCalls(rows);
  const [dates, athletes, exercises, loads, reps, bodyweights] = [0, 1, 2, 3, 4, 5].map(column);
  const floors = floorsIn(context);
  const columns = { date: 0, athlete: 1, exercise: 2, load: 3, reps: 4 } as const;
  const runs: Record<string, () => unknown> = {
    ...call,
    statusFloor: () => floors.statusFloor(log, columns),
    staleFloor: () =>
      floors.staleFloor(
        athletes as unknown[][],
        exercises as unknown[][],
        dates as unknown[][],
        loads as unknown[][],
        reps as unknown[][],
      ),
    e1rmFloor: () => floors.e1rmFloor(loads as unknown[][], reps as unknown[][]),
    ratioFloor: () =>
      floors.ratioFloor(loads as unknown[][], bodyweights as unknown[][], reps as unknown[][]),
  };
  const run = runs[name];
  if (run === undefined) {
    throw new Error(`not one of ${[...FUNCTION_NAMES, ...Object.values(FLOOR_OF)].join(', ')}`);
  }
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  if (result === undefined || result === null) throw new Error(`${name} returned nothing`);
  console.log(JSON.stringify({ name, ms, cpuMs: (used.user + used.system) / 1000 }));
}
