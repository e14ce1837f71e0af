/**
 * One cold call, in a process of its own (for cold.bench.ts): the synthetic log is built and
 * dist/ (or the floors) loaded into a fresh plain context, untimed; then one call of the named
 * function or floor is timed, as Sheets' first and only call of a recalculation runs it (no code
 * optimised yet), ICU's process-wide data already loaded (see below). Prints one JSON line:
 * { name, ms, cpuMs }.
 *
 *   node --import tsx scripts/bench/cold-call.ts NAME [ROWS]
 *     NAME: STRENGTH_STATUS, STALE, E1RM, STRENGTH_RATIO, or one of the floors of floors.ts
 *   node --import tsx scripts/bench/cold-call.ts STRENGTH_STATUS FILE.csv
 *     STRENGTH_STATUS over a real export as the import writes it (the CLI's reader; ISO dates as
 *     Date cells, as Sheets reads typed dates), in the file's unit
 *
 * BENCH_DIST=DIR loads another build (a baseline) instead of dist/.
 */
import { readFileSync } from 'node:fs';
import { runInContext } from 'node:vm';
import { loadDist } from '../apps-script-runtime';
import { readTable } from '../cli/table';
import { distCalls, FUNCTION_NAMES, type FunctionName, floorsIn, services } from './dist-calls';
import { FLOOR_COLUMNS } from './synthetic-log';

export const FLOOR_OF: Readonly<Record<FunctionName, string>> = {
  STRENGTH_STATUS: 'statusFloor',
  STALE: 'staleFloor',
  E1RM: 'e1rmFloor',
  STRENGTH_RATIO: 'ratioFloor',
};

/**
 * ICU's data is loaded by the process's first date formatter (30–100 ms here), once per process:
 * an Apps Script execution runs in a server process that has long done it, and still makes its own
 * formatters (each well under a millisecond once ICU is up). So ICU starts before the timing, with
 * a formatter of its own (UTC, another shape than ours: none of ours is made here).
 */
function startIcu(): void {
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);
}

/** The build to load: dist/, or BENCH_DIST. */
const DIST = process.env.BENCH_DIST || undefined;

/** STRENGTH_STATUS over a real export, cold: its time, rows and distinct exercise names. */
function coldOnExport(file: string): void {
  const table = readTable(readFileSync(file, 'utf8'), {
    fileName: file,
    unit: null,
    athlete: null,
  });
  if (typeof table === 'string') throw new Error(`${file}: ${table}`);
  const context = loadDist(services(), DIST, { contextify: false });
  const ContextDate = runInContext('Date', context) as DateConstructor;
  const log = table.values.map((row, i) =>
    i === 0
      ? [...row]
      : row.map((cell) =>
          typeof cell === 'string' && /^\d{4}-\d\d-\d\d$/.test(cell)
            ? new ContextDate(`${cell}T00:00:00Z`)
            : cell,
        ),
  );
  const status = (context as unknown as Record<string, (...args: unknown[]) => unknown>)
    .STRENGTH_STATUS as (...args: unknown[]) => unknown;
  startIcu();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = status(log, '', '', '', table.unit);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  if (!Array.isArray(result)) throw new Error(`${file}: STRENGTH_STATUS gave ${String(result)}`);
  const header = table.values[0] ?? [];
  const exercise = header.findIndex((h) => /exercise/i.test(String(h)));
  const names = new Set(table.values.slice(1).map((row) => row[exercise]));
  console.log(
    JSON.stringify({
      name: 'STRENGTH_STATUS',
      file,
      rows: table.values.length - 1,
      names: names.size,
      ms,
      cpuMs: (used.user + used.system) / 1000,
    }),
  );
}

if (require.main === module && (process.argv[3] ?? '').endsWith('.csv')) {
  coldOnExport(process.argv[3] as string);
} else if (require.main === module) {
  const name = process.argv[2] ?? '';
  const rows = Number(process.argv[3]) || 100_000;
  const { context, log, column, call } = distCalls(rows, { dist: DIST });
  const [dates, athletes, exercises, loads, reps, bodyweights] = [0, 1, 2, 3, 4, 5].map(column);
  const floors = floorsIn(context);
  const runs: Record<string, () => unknown> = {
    ...call,
    statusFloor: () => floors.statusFloor(log, FLOOR_COLUMNS),
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
  startIcu();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  if (result === undefined || result === null) throw new Error(`${name} returned nothing`);
  console.log(JSON.stringify({ name, ms, cpuMs: (used.user + used.system) / 1000 }));
}
