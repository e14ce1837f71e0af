/**
 * `npm run analyze` runs the built CLI (dist-cli/analyze.cjs, scripts/cli-bundle.cjs), not the
 * TypeScript source: it must print what the source prints, to the byte — stdout, stderr and exit
 * code — on our log layout, the exports, a season plan, JSON, and the messages with line numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCli, isCliCurrent } from '../../scripts/cli-bundle.cjs';
import { REAL, ROOT, run, SAMPLE } from './helpers';

const ZONE = 'Europe/London';
const env = { ...process.env, TZ: ZONE, NO_COLOR: '1' };

let dir: string;
let broken: string;
let badRows: string;
let bundle: string;

beforeAll(() => {
  bundle = ensureCli();
  dir = mkdtempSync(path.join(tmpdir(), 'strong-enough-built-cli-'));
  // A quote never closed (papaparse's reading, with its line), and a quote-free log with bad rows
  // (the CLI's own reading) whose problems carry their file lines.
  broken = path.join(dir, 'broken.csv');
  writeFileSync(
    broken,
    'Date,Exercise,Load,Reps\n2026-10-01,Squat,100,5\n2026-10-02,"Squat,100,5\n',
  );
  badRows = path.join(dir, 'bad-rows.csv');
  writeFileSync(
    badRows,
    [
      'Date;Athlete;Exercise;Load;Reps;Bodyweight',
      '2026-10-01;Ann;Back Squat;100 kg;5;70',
      '',
      '2026-10-02;Ann;Back Squat;x;5;70',
      '2026-10-03;Ann;Assisted Pull-up;-20 kg;8;70',
      '2026-10-04;Ann;Back Squat;-20 kg;5;70',
      '2026-10-05;Ann;Back Squat;102,5;3x5;',
    ].join('\r\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const built = (args: readonly string[]) =>
  spawnSync(process.execPath, [bundle, ...args], { cwd: ROOT, encoding: 'utf8', env });

const cases: readonly (readonly string[])[] = [
  [SAMPLE],
  [SAMPLE, '--json'],
  ['examples/roster-40.csv', '--season', 'examples/roster-40-season.csv'],
  [REAL.strongA, '--bodyweight', '80', '--athlete', 'Maya Okafor'],
  [REAL.hevy, '--bodyweight', '160 lb', '--json'],
  ['test/fixtures/realdata/strong-2025-semicolon-kg.csv', '--unit', 'lb'],
  ['no-such-log.csv'],
  ['--unit', 'stone', SAMPLE],
  ['--help'],
];

describe('the built CLI (dist-cli/analyze.cjs)', () => {
  it.each(cases.map((args) => [args.join(' '), args]))(
    'prints what the source prints: %s',
    (_name, args) => {
      const source = run(args, {}, ZONE);
      const result = built(args);
      expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: source.code,
        stdout: source.stdout,
        stderr: source.stderr,
      });
    },
  );

  it('prints what the source prints for a broken quote and for bad rows, with their lines', () => {
    for (const file of [broken, badRows]) {
      for (const args of [[file], [file, '--json']]) {
        const source = run(args, {}, ZONE);
        const result = built(args);
        expect(result.stdout).toBe(source.stdout);
        expect(result.stderr).toBe(source.stderr);
        expect(result.status).toBe(source.code);
      }
    }
    expect(built([broken]).stderr).toBe(
      `${broken}: line 3 opens a quoted field that is never closed, so the file cannot be read as CSV.\n`,
    );
    expect(built([badRows]).stdout).toMatch(/Row 4: load "x" is not a weight/);
  });

  it('prints what `tsx scripts/analyze.ts` prints, as a process', () => {
    for (const args of [[SAMPLE], [badRows, '--json']]) {
      const source = spawnSync(
        path.join(ROOT, 'node_modules', '.bin', 'tsx'),
        ['scripts/analyze.ts', ...args],
        { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 },
      );
      const result = built(args);
      expect(result.stdout).toBe(source.stdout);
      expect(result.stderr).toBe(source.stderr);
      expect(result.status).toBe(source.status);
    }
  });

  it('is what `npm run analyze` runs: the launcher rebuilds it when a source changed', () => {
    const launched = spawnSync(process.execPath, ['scripts/cli-bundle.cjs', SAMPLE, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    const source = run([SAMPLE, '--json'], {}, ZONE);
    expect(launched.stdout).toBe(source.stdout);
    expect(launched.status).toBe(0);

    const input = path.join(ROOT, 'scripts', 'cli', 'args.ts');
    const { atime, mtime } = statSync(input);
    try {
      expect(isCliCurrent()).toBe(true);
      utimesSync(input, atime, new Date(mtime.getTime() + 2000));
      expect(isCliCurrent()).toBe(false);
      ensureCli();
      expect(isCliCurrent()).toBe(true);
    } finally {
      utimesSync(input, atime, mtime);
      ensureCli();
    }
  });
});
