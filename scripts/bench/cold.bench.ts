/**
 * The custom functions cold (issue 17): every recalculation in Sheets is a fresh execution, so a
 * function's one call there runs before V8 has optimised any of it — mostly in the interpreter
 * and the baseline tiers, while the optimising compiler works on its loops. floor.bench.ts times
 * the steady state (many calls, optimised code); this times the first call, each in a process of
 * its own (scripts/bench/cold-call.ts), the function and its floor in turn, medians of the runs
 * and of the per-pair ratios. Building the log and loading dist/ are not timed.
 *
 * Then STRENGTH_STATUS cold over the largest real exports of test/fixtures/realdata as the import
 * writes them (real names: a log of a hundred distinct exercises reads a hundred names, where the
 * synthetic log has twenty); with BENCH_COLD_BASELINE=DIR, a build of other code in turn with ours.
 *
 *   npm run bench -- cold             (BENCH_COLD_RUNS=5, BENCH_ROWS=100000, BENCH_COLD_BASELINE)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build';
import { FLOOR_OF } from './cold-call';
import { FUNCTION_NAMES } from './dist-calls';
import { machineLine, median } from './measure';

const RUNS = Number(process.env.BENCH_COLD_RUNS) || 5;
const ROWS = Number(process.env.BENCH_ROWS) || 100_000;

interface Cold {
  readonly ms: number;
  readonly cpuMs: number;
}

const BASELINE = process.env.BENCH_COLD_BASELINE;
/** The real exports timed: the largest, by bytes. */
const REAL_EXPORTS = 4;

function coldCall(name: string, input: string = String(ROWS), dist?: string): Cold {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/cold-call.ts', name, input],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: dist === undefined ? process.env : { ...process.env, BENCH_DIST: dist },
    },
  );
  if (result.status !== 0)
    throw new Error(`cold ${name} exited ${result.status}: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Cold;
}

export async function run(): Promise<void> {
  console.log(
    `\n## The custom functions cold: one call in a fresh process (${ROWS.toLocaleString('en-US')} rows)\n`,
  );
  console.log(machineLine());
  console.log(
    '\n| function | floor ms (cold) | code ms (cold) | × floor (median of pairs, min–max) | × floor (CPU) |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const name of FUNCTION_NAMES) {
    const code: Cold[] = [];
    const floor: Cold[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Floor first in even pairs, code first in odd ones, so neither always runs first.
      if (i % 2 === 0) {
        floor.push(coldCall(FLOOR_OF[name]));
        code.push(coldCall(name));
      } else {
        code.push(coldCall(name));
        floor.push(coldCall(FLOOR_OF[name]));
      }
    }
    const ratios = code.map((c, i) => c.ms / (floor[i] as Cold).ms);
    const cpuRatios = code.map((c, i) => c.cpuMs / (floor[i] as Cold).cpuMs);
    console.log(
      `| ${name} | ${median(floor.map((f) => f.ms)).toFixed(1)} | ${median(code.map((c) => c.ms)).toFixed(1)} | ${median(ratios).toFixed(1)} (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}) | ${median(cpuRatios).toFixed(1)} |`,
    );
  }
  console.log(machineLine());
  realExports();
}

interface ColdExport extends Cold {
  readonly rows: number;
  readonly names: number;
}

/** STRENGTH_STATUS cold over the largest real exports (and a baseline build's, in turn). */
function realExports(): void {
  const dir = join(ROOT, 'test/fixtures/realdata');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, REAL_EXPORTS)
    .map(({ f }) => f);
  console.log(
    `\n### STRENGTH_STATUS cold over real exports${BASELINE ? ` (and ${BASELINE} in turn)` : ''}\n`,
  );
  console.log(machineLine());
  console.log(
    `\n| export | rows | distinct exercises | ms (cold) | CPU ms |${BASELINE ? ' baseline ms | × baseline (median of pairs) |' : ''}`,
  );
  console.log(`|---|---:|---:|---:|---:|${BASELINE ? '---:|---:|' : ''}`);
  for (const file of files) {
    const path = `test/fixtures/realdata/${file}`;
    const ours: ColdExport[] = [];
    const theirs: ColdExport[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (BASELINE && i % 2 === 1)
        theirs.push(coldCall('STRENGTH_STATUS', path, BASELINE) as ColdExport);
      ours.push(coldCall('STRENGTH_STATUS', path) as ColdExport);
      if (BASELINE && i % 2 === 0)
        theirs.push(coldCall('STRENGTH_STATUS', path, BASELINE) as ColdExport);
    }
    const first = ours[0] as ColdExport;
    const base = BASELINE
      ? ` ${median(theirs.map((t) => t.ms)).toFixed(1)} | ${median(ours.map((o, i) => o.ms / (theirs[i] as ColdExport).ms)).toFixed(2)} |`
      : '';
    console.log(
      `| ${file} | ${first.rows.toLocaleString('en-US')} | ${first.names} | ${median(ours.map((o) => o.ms)).toFixed(1)} | ${median(ours.map((o) => o.cpuMs)).toFixed(1)} |${base}`,
    );
  }
  console.log(machineLine());
}
