/**
 * The analyze CLI as a whole process (issue 17) on a generated CSV of the synthetic log: each
 * command run in turn with the others, wall time from spawn to exit and the process's CPU time
 * (user + system, from `/usr/bin/time` when the machine has it), medians of the runs, each as a
 * ratio to `node -e 0` measured in the same turns (Node's own start-up: the floor of any Node CLI,
 * and a yardstick for how loaded the shared machine is).
 *
 *   npm run bench -- cli              (BENCH_CLI_ROWS=100000, BENCH_CLI_RUNS=7, BENCH_CLI_TSX=1
 *                                      to also time the TypeScript source through tsx)
 *
 * `npm run analyze -- FILE` is `node scripts/cli-bundle.cjs FILE` plus npm's own start-up; the
 * launcher checks the build is current, then runs dist-cli/analyze.cjs in the same process.
 * Where the time goes: `node --cpu-prof dist-cli/analyze.cjs FILE` and
 * `npx tsx scripts/bench/profile-summary.ts PROFILE` (docs/benchmarks.md has the commands).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../build';
import { ensureCli } from '../cli-bundle.cjs';
import { machineLine, median } from './measure';
import { syntheticCsv } from './synthetic-csv';

const ROWS = Number(process.env.BENCH_CLI_ROWS) || 100_000;
const RUNS = Number(process.env.BENCH_CLI_RUNS) || 7;
const WITH_TSX = process.env.BENCH_CLI_TSX === '1';
const TIME = '/usr/bin/time';

interface Run {
  readonly wallMs: number;
  /** User + system CPU of the process; NaN without /usr/bin/time. */
  readonly cpuMs: number;
  /** Peak resident set, MiB; NaN without /usr/bin/time. */
  readonly peakMiB: number;
}

function timeProcess(command: readonly string[], dir: string): Run {
  const timed = existsSync(TIME);
  const report = join(dir, 'time.txt');
  const [file, ...args] = timed ? [TIME, '-f', '%U %S %M', '-o', report, ...command] : command;
  const start = performance.now();
  const result = spawnSync(file as string, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  if (!timed) return { wallMs, cpuMs: Number.NaN, peakMiB: Number.NaN };
  const [user, system, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
  return {
    wallMs,
    cpuMs: ((user as number) + (system as number)) * 1000,
    peakMiB: (kb as number) / 1024,
  };
}

export async function run(): Promise<void> {
  const bundle = ensureCli();
  const dir = mkdtempSync(join(tmpdir(), 'strong-enough-cli-bench-'));
  try {
    const file = join(dir, `log-${ROWS}.csv`);
    writeFileSync(file, syntheticCsv(ROWS));
    const node = process.execPath;
    const commands: { readonly label: string; readonly command: readonly string[] }[] = [
      { label: '`node -e 0` (the floor: Node starting and exiting)', command: [node, '-e', '0'] },
      { label: '`node dist-cli/analyze.cjs --help` (start-up)', command: [node, bundle, '--help'] },
      { label: '`node dist-cli/analyze.cjs FILE`', command: [node, bundle, file] },
      {
        label: '`node scripts/cli-bundle.cjs FILE` (`npm run analyze` without npm)',
        command: [node, join(ROOT, 'scripts', 'cli-bundle.cjs'), file],
      },
      ...(WITH_TSX
        ? [
            {
              label: '`tsx scripts/analyze.ts FILE` (the source, as before)',
              command: [join(ROOT, 'node_modules', '.bin', 'tsx'), 'scripts/analyze.ts', file],
            },
          ]
        : []),
    ];
    for (const c of commands) timeProcess(c.command, dir); // warm-up: the file cache, the build
    const runs = commands.map((): Run[] => []);
    const loads: string[] = [machineLine()];
    for (let i = 0; i < RUNS; i++) {
      for (const [k, c] of commands.entries()) runs[k]?.push(timeProcess(c.command, dir));
    }
    loads.push(machineLine());
    const summary = runs.map((r) => ({
      wall: median(r.map((x) => x.wallMs)),
      cpu: median(r.map((x) => x.cpuMs)),
      peak: median(r.map((x) => x.peakMiB)),
    }));
    const floor = summary[0] as (typeof summary)[number];
    const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));
    const ratio = (x: number, f: number) => (Number.isNaN(x) ? '–' : `${(x / f).toFixed(1)}×`);
    console.log(`\n## The analyze CLI as a whole process (${ROWS.toLocaleString('en-US')} rows)\n`);
    console.log(`Before: ${loads[0]}\nAfter:  ${loads[1]}\n`);
    console.log(
      `| command | wall ms | × floor | CPU ms | × floor | peak MiB |\n|---|---:|---:|---:|---:|---:|`,
    );
    commands.forEach((c, k) => {
      const s = summary[k] as (typeof summary)[number];
      console.log(
        `| ${c.label} | ${ms(s.wall)} | ${ratio(s.wall, floor.wall)} | ${ms(s.cpu)} | ${ratio(s.cpu, floor.cpu)} | ${Number.isNaN(s.peak) ? '–' : s.peak.toFixed(0)} |`,
      );
    });
    console.log(`\n(medians of ${RUNS} runs of each, in turn, after one warm-up run)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
