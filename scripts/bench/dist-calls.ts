/**
 * The custom functions of the built dist/, loaded into a plain V8 context (no contextified global:
 * see scripts/apps-script-runtime.ts), with their arguments over the synthetic log (a bodyweight on
 * every row, Date cells of the context's own realm, as Sheets hands them): one place for the floor
 * benchmark and the allocation and CPU profiles to share.
 *
 *   node --cpu-prof --import tsx scripts/bench/dist-calls.ts [FUNCTION] [ROWS] [CALLS]
 *     calls FUNCTION (default STRENGTH_STATUS) CALLS times (default 20) on ROWS rows (100000),
 *     for a CPU profile of the calls (summarise it with scripts/bench/profile-summary.ts).
 */
import { resolve } from 'node:path';
import { runInContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { loadDist } from '../apps-script-runtime';
import type * as Floors from './floors';
import { sink } from './measure';
import type * as ReadingPass from './reading-pass';
import { syntheticLog } from './synthetic-log';

export const BENCH_TIME_ZONE = 'Europe/Oslo';
export const FUNCTION_NAMES = ['STRENGTH_STATUS', 'STALE', 'E1RM', 'STRENGTH_RATIO'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** What a plain Apps Script execution offers our code: the spreadsheet's time zone. */
export function services(): Record<string, unknown> {
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => BENCH_TIME_ZONE }),
    },
  };
}

/** The log as Sheets hands it to the script: Date cells from the script's own realm. */
export function inRealm(log: readonly (readonly unknown[])[], context: object): unknown[][] {
  const ContextDate = runInContext('Date', context) as DateConstructor;
  return log.map((row) => row.map((c) => (c instanceof Date ? new ContextDate(c.getTime()) : c)));
}

export interface DistCalls {
  readonly context: object;
  /** Header row first. */
  readonly log: unknown[][];
  /** A column of the log's data rows as a one-column range. */
  readonly column: (index: number) => unknown[][];
  /** Each function called once with its arguments over the whole log. */
  readonly call: Readonly<Record<FunctionName, () => unknown>>;
}

/**
 * A bench script bundled as one script and evaluated into a dist context, so it pays the same
 * global look-ups as the code it is compared with; its exports are the global `globalName`.
 */
function bundledIn<T>(context: object, file: string, globalName: string): T {
  const result = buildSync({
    entryPoints: [resolve(import.meta.dirname ?? __dirname, file)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'neutral',
    target: 'es2019',
    write: false,
    logLevel: 'error',
  });
  runInContext(result.outputFiles[0]?.text ?? '', context);
  return runInContext(globalName, context) as T;
}

/** floors.ts in a dist context (the floor and cold benches). */
export const floorsIn = (context: object): typeof Floors =>
  bundledIn<typeof Floors>(context, 'floors.ts', 'BenchFloors');

/** reading-pass.ts (STRENGTH_STATUS's reading pass, built from the source) in a dist context. */
export const readingPassIn = (context: object): typeof ReadingPass =>
  bundledIn<typeof ReadingPass>(context, 'reading-pass.ts', 'BenchReadingPass');

export function distCalls(
  rows: number,
  options: { contextify?: boolean; dist?: string } = {},
): DistCalls {
  const context = loadDist(services(), options.dist, { contextify: options.contextify ?? false });
  const fn = (name: FunctionName) =>
    (context as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (
      ...args: unknown[]
    ) => unknown;
  const log = inRealm(syntheticLog({ rows, bodyweightEveryRow: true }), context);
  const column = (index: number) => log.slice(1).map((row) => [row[index]]);
  const [dates, athletes, exercises, loads, reps, bodyweights] = [0, 1, 2, 3, 4, 5].map(column);
  return {
    context,
    log,
    column,
    call: {
      STRENGTH_STATUS: () => fn('STRENGTH_STATUS')(log),
      STALE: () => fn('STALE')(athletes, exercises, dates, loads, reps),
      E1RM: () => fn('E1RM')(loads, reps),
      STRENGTH_RATIO: () => fn('STRENGTH_RATIO')(loads, bodyweights, reps),
    },
  };
}

if (require.main === module) {
  const name = (process.argv[2] ?? 'STRENGTH_STATUS') as FunctionName;
  if (!FUNCTION_NAMES.includes(name)) throw new Error(`not one of ${FUNCTION_NAMES.join(', ')}`);
  const rows = Number(process.argv[3]) || 100_000;
  const calls = Number(process.argv[4]) || 20;
  const { call } = distCalls(rows);
  const start = performance.now();
  for (let i = 0; i < calls; i++) sink[0] = call[name]();
  console.log(
    `${name} × ${calls} on ${rows} rows: ${((performance.now() - start) / calls).toFixed(1)} ms per call`,
  );
}
