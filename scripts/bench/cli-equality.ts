/**
 * The analyze CLI's output, byte for byte, against another build of it: every CSV under
 * test/fixtures and examples/ and generated logs (20,000 and 100,000 rows, with a bodyweight on
 * every row or not; a messy one with CRLF, quoted cells, blank rows, repeated headers and bad
 * dates; one with kg and lb mixed) under several option sets, plus the error paths. Stdout,
 * stderr and the exit code must be the same for every run: a speed change must not change a
 * character of what the coach reads.
 *
 *   npx tsx scripts/bench/cli-equality.ts BASE_CLI [CANDIDATE_CLI] [--only TEXT]
 *
 * BASE_CLI is another build's dist-cli/analyze.cjs (main's checkout, or `git archive REV` built
 * in a temporary folder); CANDIDATE_CLI defaults to this checkout's dist-cli/analyze.cjs (run
 * `npm run build` first). --only runs the runs whose arguments contain TEXT. Exit code 1 when any
 * run differs; the first difference's outputs are written beside the generated logs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../build';
import { syntheticCsv } from './synthetic-csv';

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? csvFiles(join(dir, e.name))
      : e.name.endsWith('.csv')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The synthetic log made messy: what the quote-free fast path must hand to papaparse's path. */
function messy(csv: string): string {
  const lines = csv.split('\n');
  const header = lines[0] as string;
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line.replace('Hip Thrust (Barbell)', '"Hip Thrust, ""Barbell"""'));
    if (i % 997 === 996) out.push('');
    if (i % 1999 === 1998) out.push(header);
    if (i % 1501 === 1500) out.push('2025-13-40,Runner 009,Squat,abc,5,,');
  });
  return out.join('\r\n');
}

/** Every third line's loads in lb instead of kg. */
const mixedUnits = (csv: string): string =>
  csv
    .split('\n')
    .map((line, i) => (i % 3 === 2 ? line.replace(/ kg/g, ' lb') : line))
    .join('\n');

function logs(dir: string): string[] {
  const made: [string, string][] = [
    ['log20k.csv', syntheticCsv(20_000)],
    ['log20k-bw.csv', syntheticCsv(20_000, true)],
    ['messy20k.csv', messy(syntheticCsv(20_000))],
    ['mixed20k.csv', mixedUnits(syntheticCsv(20_000, true))],
    ['log100k.csv', syntheticCsv(100_000)],
    ['log100k-bw.csv', syntheticCsv(100_000, true)],
  ];
  return made.map(([name, text]) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

function runs(dir: string): string[][] {
  const plan = join(ROOT, 'examples', 'season-plan.csv');
  const rosterPlan = join(ROOT, 'examples', 'roster-40-season.csv');
  const small = [...csvFiles(join(ROOT, 'test', 'fixtures')), ...csvFiles(join(ROOT, 'examples'))];
  const smallOptions = [
    [],
    ['--json'],
    ['--unit', 'lb'],
    ['--bodyweight', '70'],
    ['--athlete', 'Sam Lee'],
    ['--time-zone', 'Europe/London'],
    ['--formula', 'brzycki'],
    ['--sessions', '3'],
    ['--sessions', '5'],
    ['--season', plan],
    ['--season', rosterPlan, '--json'],
    ['--bodyweight', '160 lb', '--json', '--formula', 'mayhew'],
    ['--as-of', '2026-09-01', '--layoff-weeks', '4'],
    ['--keep-share', '80', '--season', plan, '--time-zone', 'America/New_York'],
  ];
  const bigOptions = [
    [],
    ['--json'],
    ['--unit', 'lb'],
    ['--bodyweight', '70'],
    ['--time-zone', 'Europe/London'],
    ['--formula', 'wathan', '--sessions', '4'],
    ['--season', plan, '--json'],
  ];
  return [
    ...small.flatMap((file) => smallOptions.map((o) => [file, ...o])),
    ...logs(dir).flatMap((file) => bigOptions.map((o) => [file, ...o])),
    [join(dir, 'no-such-file.csv')],
    [join(ROOT, 'examples')],
    ['--unit', 'st', join(ROOT, 'examples', 'runners-log.csv')],
    ['--help'],
    [],
  ];
}

interface Output {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly status: number | null;
}

function run(cli: string, args: readonly string[]): Output {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, maxBuffer: 1 << 30 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--only');
  const only = at === -1 ? null : (argv[at + 1] ?? '');
  const [base, candidate = join(ROOT, 'dist-cli', 'analyze.cjs')] =
    at === -1 ? argv : argv.filter((_, i) => i !== at && i !== at + 1);
  if (!base) {
    console.error('usage: cli-equality.ts BASE_CLI [CANDIDATE_CLI] [--only TEXT]');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'strong-enough-cli-equality-'));
  let same = 0;
  const different: string[] = [];
  for (const args of runs(dir)) {
    if (only !== null && !args.join(' ').includes(only)) continue;
    const a = run(base, args);
    const b = run(candidate, args);
    if (a.status === b.status && a.stdout.equals(b.stdout) && a.stderr.equals(b.stderr)) {
      same++;
      continue;
    }
    if (different.length === 0) {
      for (const [name, o] of [
        ['base', a],
        ['candidate', b],
      ] as const) {
        writeFileSync(join(dir, `${name}.stdout`), o.stdout);
        writeFileSync(join(dir, `${name}.stderr`), o.stderr);
      }
    }
    different.push(`${args.join(' ')} (exit ${a.status} / ${b.status})`);
  }
  for (const d of different) console.log(`differs: ${d}`);
  console.log(`${same + different.length} runs: ${same} identical, ${different.length} different`);
  if (different.length > 0) {
    console.log(`first difference written to ${dir}/{base,candidate}.{stdout,stderr}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
