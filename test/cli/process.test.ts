/**
 * The command as a coach runs it: a real `npx tsx scripts/analyze.ts` process on the sample log.
 * Proves the process wiring (arguments, stdout, exit code) around runAnalyze.
 */
import { spawnSync } from 'node:child_process';
import type { AnalyzeJson } from '../../scripts/cli/output';
import { expectDocumentedShape, ROOT, runJson, SAMPLE } from './helpers';

const analyze = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, TZ: 'Europe/London', NO_COLOR: '1' },
  });

describe('npx tsx scripts/analyze.ts', () => {
  it('prints the sample log’s analysis as JSON on stdout and exits 0', () => {
    const result = analyze(SAMPLE, '--json', '--time-zone', 'Europe/London');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as AnalyzeJson;
    expectDocumentedShape(json);
    expect(json.athletes.map((a) => a.name)).toEqual([
      'Daniel Osei',
      'Jonas Lindqvist',
      'Maya Okafor',
      'Priya Raman',
      'Sofia Marquez',
      'Tom Becker',
    ]);
    expect(json.problems.map((p) => p.line)).toEqual([255]);
    // The same as the in-process run: nothing is lost or changed on the way out.
    expect(json).toEqual(runJson([SAMPLE, '--time-zone', 'Europe/London']));
  });

  it('exits 1 with one line on stderr for a missing file', () => {
    const result = analyze('no-such-log.csv');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    // npx may add its own warnings; ours is one line and no stack trace.
    const ours = result.stderr.split('\n').filter((l) => !l.startsWith('npm warn') && l !== '');
    expect(ours).toEqual(['no-such-log.csv: no such file.']);
  });
});
