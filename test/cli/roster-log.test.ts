/**
 * The 40-runner season log (examples/roster-40.csv, written by scripts/make-roster-log.ts) through
 * the analyze command: the file is what the script writes, and Needs attention ranks what each
 * kind of program shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { KINDS, ROSTER_NAMES, rosterRows, rosterRunners } from '../../scripts/make-roster-log';
import { expectDocumentedShape, ROOT, run, runJson } from './helpers';

const ROSTER = 'examples/roster-40.csv';
const kindOf = new Map(rosterRunners().map((r) => [r.name, r.kind]));
const namesOf = (kind: string) => ROSTER_NAMES.filter((n) => kindOf.get(n) === kind);

describe('the 40-runner example', () => {
  it('is exactly what scripts/make-roster-log.ts writes (run it after changing the script)', () => {
    const file = readFileSync(path.resolve(ROOT, ROSTER), 'utf8');
    expect(file).toBe(`${Papa.unparse(rosterRows(), { newline: '\n' })}\n`);
    expect(ROSTER_NAMES).toHaveLength(40);
    expect(new Set(ROSTER_NAMES).size).toBe(40);
    // Ten kinds of program, four runners each.
    for (const kind of KINDS) expect(namesOf(kind)).toHaveLength(4);
  });

  const json = runJson([ROSTER], {}, 'UTC');
  const itemsOf = (name: string) => json.attention.filter((i) => i.athlete === name);

  it('reads forty athletes and about five thousand rows, three of them unusable', () => {
    expectDocumentedShape(json);
    expect(json.athletes).toHaveLength(40);
    expect(json.rows.length).toBeGreaterThan(4000);
    expect(json.problems.map((p) => p.line)).toEqual([2271, 2272, 2273]);
  });

  it('ranks what each kind of program needs, and says nothing about the good ones', () => {
    const expected: Record<string, string[]> = {
      good: [],
      bodyweight: ['audit'],
      bodybuilder: ['audit'],
      inactive: ['inactive'],
      'no-bodyweight': ['bodyweight'],
    };
    for (const [kind, kinds] of Object.entries(expected)) {
      for (const name of namesOf(kind)) {
        expect([name, itemsOf(name).map((i) => i.kind)]).toEqual([name, kinds]);
      }
    }
    for (const name of namesOf('stuck')) {
      expect(itemsOf(name).some((i) => i.kind === 'stale')).toBe(true);
    }
    for (const name of namesOf('reached')) {
      expect(itemsOf(name).some((i) => i.kind === 'target-reached')).toBe(true);
    }
    // Bodyweight-and-abs-only (no strength work at all) leads the list.
    expect(namesOf('bodyweight')).toContain(json.attention[0]?.athlete);
    expect(json.attention.at(-1)).toMatchObject({ athlete: null, kind: 'unreadable' });
  });

  it('never names isolation work as a stale key lift', () => {
    const isolation = /curl|fly|raise|pushdown|extension|calf/i;
    const stale = json.attention.filter((i) => i.kind === 'stale');
    expect(stale.length).toBeGreaterThan(0);
    for (const item of stale) expect(item.text).not.toMatch(isolation);
  });

  it('prints every pairing of a finding, even those its sentence leaves out', () => {
    const { stdout } = run([ROSTER], {}, 'UTC');
    const name = namesOf('unconnected')[0] ?? '';
    const block = stdout.slice(stdout.indexOf(`\n${name} — bodyweight`));
    const advice = /Advice: Pair each heavy lift .* and (\d) more/.exec(block);
    expect(advice).not.toBeNull();
    const steps = block.split('\n\n')[0]?.match(/^ {8}– .+ → .+$/gm) ?? [];
    expect(steps.length).toBe(2 + Number(advice?.[1]));
  });

  it('prints the ranked list first, then the athletes in the same order', () => {
    const { stdout } = run([ROSTER], {}, 'UTC');
    // After the lines saying how the file was read: the list, then the athletes.
    expect(stdout).toMatch(
      new RegExp(
        `^Read as: .*\\n.*\\n\\nNeeds attention \\(${json.attention.length}\\):\\n {3}1\\. `,
      ),
    );
    const quiet = namesOf('good').sort();
    expect(stdout).toContain(`  Nothing to act on: ${quiet.join(', ')}.`);
    const firstBlock = stdout.split('\n\n')[2] ?? '';
    expect(firstBlock.startsWith(`${json.attention[0]?.athlete} — `)).toBe(true);
  });
});
