/**
 * The analyze CLI as a whole process (issue 17): `tsx scripts/analyze.ts FILE` (what
 * `npm run analyze -- FILE` runs, without npm's own start-up) on a generated CSV of the synthetic
 * log, against `tsx scripts/analyze.ts --help` (start-up and loading every module, no file), run in
 * turn: wall time from spawn to exit, median of the runs. For CPU time and peak memory of each run
 * use `/usr/bin/time -v` on the same command.
 *
 *   npm run bench -- cli              (BENCH_CLI_ROWS=100000, BENCH_CLI_RUNS=5)
 *
 * Where the time goes: `node --cpu-prof --import tsx scripts/analyze.ts FILE` and
 * `npx tsx scripts/bench/profile-summary.ts PROFILE` (docs/benchmarks.md has the commands).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../build';
import { machineLine, median } from './measure';
import { syntheticCsv } from './synthetic-csv';

const ROWS = Number(process.env.BENCH_CLI_ROWS) || 100_000;
const RUNS = Number(process.env.BENCH_CLI_RUNS) || 5;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(TSX, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`tsx ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return ms;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'strong-enough-cli-bench-'));
  try {
    const file = join(dir, `log-${ROWS}.csv`);
    writeFileSync(file, syntheticCsv(ROWS));
    const analyze = ['scripts/analyze.ts', file];
    const help = ['scripts/analyze.ts', '--help'];
    timeProcess(analyze);
    timeProcess(help);
    const full: number[] = [];
    const startup: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      full.push(timeProcess(analyze));
      startup.push(timeProcess(help));
    }
    const fullMs = median(full);
    const startupMs = median(startup);
    console.log(`\n## The analyze CLI as a whole process (${ROWS.toLocaleString('en-US')} rows)\n`);
    console.log(machineLine());
    console.log('\n| command | wall ms (median of %d, in turn) |\n|---|---:|', RUNS);
    console.log(`| tsx scripts/analyze.ts FILE | ${fullMs.toFixed(0)} |`);
    console.log(`| tsx scripts/analyze.ts --help (start-up only) | ${startupMs.toFixed(0)} |`);
    console.log(
      `| difference: reading and analysing the file | ${(fullMs - startupMs).toFixed(0)} |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
