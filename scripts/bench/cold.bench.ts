/**
 * The custom functions cold (issue 17): every recalculation in Sheets is a fresh execution, so a
 * function's one call there runs before V8 has optimised any of it — mostly in the interpreter
 * and the baseline tiers, while the optimising compiler works on its loops. floor.bench.ts times
 * the steady state (many calls, optimised code); this times the first call, each in a process of
 * its own (scripts/bench/cold-call.ts), the function and its floor in turn, medians of the runs
 * and of the per-pair ratios. Building the log and loading dist/ are not timed.
 *
 *   npm run bench -- cold             (BENCH_COLD_RUNS=5, BENCH_ROWS=100000)
 */
import { spawnSync } from 'node:child_process';
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

function coldCall(name: string): Cold {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/cold-call.ts', name, String(ROWS)],
    { cwd: ROOT, encoding: 'utf8' },
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
}
