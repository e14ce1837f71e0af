/**
 * The analyze command's options, each shown changing what it should and nothing else: unit,
 * bodyweight, athlete, formula, sessions before stale, time zone, help.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAnalyze } from '../../scripts/analyze';
import { USAGE } from '../../scripts/cli/args';
import { PROBLEMS_SHOWN } from '../../scripts/cli/output';
import { tooFewSessionsLine } from '../../src/core/audit';
import { KG_PER_LB } from '../../src/core/units';
import { REAL, ROOT, run, runJson, SAMPLE } from './helpers';

/** One front squat set of 100 × 5 on 5 January: e1RM 116.7 by Epley, 112.5 by Brzycki. */
const ONE_SET = 'Date,Exercise,Load,Reps\n2026-01-05,Front squat,100,5\n';

/** Best on the first day, then the same session three times. */
const PLATEAU = [
  'Date,Athlete,Exercise,Load,Reps',
  '2026-01-05,Ana,Goblet squat,20,8',
  '2026-01-08,Ana,Goblet squat,20,8',
  '2026-01-12,Ana,Goblet squat,20,8',
  '2026-01-15,Ana,Goblet squat,20,8',
].join('\n');

const liftOf = (json: ReturnType<typeof runJson>, athlete = 0, lift = 0) => {
  const found = json.athletes[athlete]?.lifts[lift];
  if (!found) throw new Error('no such lift');
  return found;
};

describe('--unit', () => {
  it('reads bare numbers of a log in lb: same numbers, now pounds, same ratios', () => {
    const kg = runJson([SAMPLE]);
    const lb = runJson([SAMPLE, '--unit', 'lb']);
    const maya = (json: typeof kg) => json.athletes.find((a) => a.name === 'Maya Okafor');
    expect(maya(kg)?.unit).toBe('kg');
    expect(maya(lb)?.unit).toBe('lb');
    expect(maya(lb)?.bodyweight).toBe(maya(kg)?.bodyweight);
    expect(maya(lb)?.lifts.map((l) => [l.bestE1rm, l.ratio])).toEqual(
      maya(kg)?.lifts.map((l) => [l.bestE1rm, l.ratio]),
    );
    // Daniel writes "lb" in his cells: the option does not touch him.
    const daniel = (json: typeof kg) => json.athletes.find((a) => a.name === 'Daniel Osei');
    expect(daniel(lb)).toEqual(daniel(kg));
  });

  it('tells a Strong export its unit, and the unit note goes away', () => {
    const kg = runJson([REAL.strongA]);
    const lb = run([REAL.strongA, '--unit', 'lb']);
    expect(lb.stdout).not.toContain('does not say its unit');
    const json = runJson([REAL.strongA, '--unit', 'lb']);
    expect(json.athletes[0]?.unit).toBe('lb');
    expect(json.athletes[0]?.lifts.map((l) => l.bestE1rm)).toEqual(
      kg.athletes[0]?.lifts.map((l) => l.bestE1rm),
    );
  });

  it('is ignored, with a note, when a Hevy export names its unit', () => {
    const result = run([REAL.hevy, '--unit', 'lb', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('says its weights are in kg: --unit lb is ignored');
    expect(JSON.parse(result.stdout).athletes[0].unit).toBe('kg');
  });
});

describe('--bodyweight', () => {
  it('gives a Strong export ratios: best e1RM ÷ bodyweight', () => {
    const json = runJson([REAL.strongA, '--bodyweight', '72']);
    const athlete = json.athletes[0];
    expect(athlete?.bodyweight).toBe(72);
    for (const l of athlete?.lifts ?? []) {
      if (l.bestE1rm === null) expect(l.ratio).toBeNull();
      else expect(Math.abs((l.ratio as number) - l.bestE1rm / 72)).toBeLessThan(0.006);
    }
    const squat = athlete?.lifts.find((l) => l.exercise === 'Back squat');
    expect(squat?.ratio).toBe(1.11); // 80.2 kg ÷ 72 kg, short of 1.25×
    expect(squat?.targetReached).toBe(false);
    expect(run([REAL.strongA, '--bodyweight', '72']).stdout).not.toContain('--bodyweight');
  });

  it('accepts a unit: 160 lb on a kg export is 72.6 kg', () => {
    const json = runJson([REAL.strongA, '--bodyweight', '160 lb']);
    expect(json.athletes[0]?.bodyweight).toBe(Math.round(160 * KG_PER_LB * 10) / 10);
  });

  it('marks a target reached when the ratio meets it', () => {
    const json = runJson(['one.csv', '--bodyweight=60'], { 'one.csv': ONE_SET });
    expect(liftOf(json)).toMatchObject({ ratio: 1.94, target: 1, targetReached: true });
    expect(json.rows).toEqual([
      { line: 2, status: 'Target reached: 1.94× bodyweight (target 1×)' },
    ]);
  });

  it('overrides a log’s own bodyweight column for everyone', () => {
    const json = runJson([SAMPLE, '--bodyweight', '100']);
    expect(json.athletes.find((a) => a.name === 'Maya Okafor')?.bodyweight).toBe(100);
  });
});

describe('--athlete', () => {
  it('names an export’s athlete instead of the file name', () => {
    expect(runJson([REAL.strongA, '--athlete', 'Ben']).athletes[0]?.name).toBe('Ben');
  });

  it('names a log without an athlete column', () => {
    const files = { 'one.csv': ONE_SET };
    expect(runJson(['one.csv', '--athlete', 'Ana'], files).athletes[0]?.name).toBe('Ana');
    expect(runJson(['one.csv'], files).athletes[0]?.name).toBe('Athlete');
  });
});

describe('--formula', () => {
  it.each([
    [[], 116.7],
    [['--formula', 'brzycki'], 112.5],
    [['--formula', "O'Conner"], 112.5],
    [['--formula', 'lander'], 113.7],
  ])('%j gives e1RM %d for 100 × 5', (flags, e1rm) => {
    expect(liftOf(runJson(['one.csv', ...flags], { 'one.csv': ONE_SET })).bestE1rm).toBe(e1rm);
  });
});

describe('--sessions', () => {
  it('three repeats are stale by default, not when four are needed', () => {
    const files = { 'plateau.csv': PLATEAU };
    const three = runJson(['plateau.csv'], files);
    expect(liftOf(three)).toMatchObject({ stale: true, sessionsSinceBest: 3 });
    expect(three.rows.map((r) => r.status.split(':')[0])).toEqual([
      'New best',
      'Stale',
      'Stale',
      'Stale',
    ]);
    const four = runJson(['plateau.csv', '--sessions', '4'], files);
    expect(liftOf(four).stale).toBe(false);
    expect(four.rows.map((r) => r.status.split(':')[0])).toEqual(['New best', '', '', '']);
  });
});

describe('--time-zone', () => {
  // 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo: the same day as the second row there.
  const files = {
    'z.csv':
      'Date,Exercise,Load,Reps\n2026-03-01T23:30:00Z,Front squat,100,5\n2026-03-02 00:30,Front squat,100,5\n',
  };

  it('groups sessions by calendar day in the zone given', () => {
    const tokyo = runJson(['z.csv', '--time-zone', 'Asia/Tokyo'], files);
    expect(liftOf(tokyo)).toMatchObject({ lastNewBest: '2026-03-02', sessionsSinceBest: 0 });
    const utc = runJson(['z.csv', '--time-zone', 'UTC'], files);
    expect(liftOf(utc)).toMatchObject({ lastNewBest: '2026-03-01', sessionsSinceBest: 1 });
  });

  it('defaults to the machine’s zone', () => {
    expect(liftOf(runJson(['z.csv'], files, 'Asia/Tokyo')).lastNewBest).toBe('2026-03-02');
    expect(liftOf(runJson(['z.csv'], files, 'UTC')).lastNewBest).toBe('2026-03-01');
  });

  /** How many times a run asked for the machine's zone. */
  function zoneLookups(argv: readonly string[], texts: Readonly<Record<string, string>>): number {
    let asked = 0;
    const code = runAnalyze(argv, {
      readFile: (file) => texts[file] ?? readFileSync(path.resolve(ROOT, file), 'utf8'),
      stdout: () => {},
      stderr: () => {},
      defaultTimeZone: () => {
        asked++;
        return 'Asia/Tokyo';
      },
    });
    expect(code).toBe(0);
    return asked;
  }

  it('asks for the machine’s zone only when a date names an instant or a season plan is read', () => {
    // Finding the machine's zone starts the Intl library (a good share of a big log's run), and
    // days as written are the same days in every zone.
    const days = { 'days.csv': 'Date,Exercise,Load,Reps\n2026-03-01 23:30,Front squat,100,5\n' };
    expect(zoneLookups(['days.csv'], days)).toBe(0);
    expect(zoneLookups([SAMPLE], {})).toBe(0);
    expect(zoneLookups(['z.csv'], files)).toBe(1);
    expect(zoneLookups(['days.csv', '--time-zone', 'UTC'], days)).toBe(0);
    expect(zoneLookups([SAMPLE, '--season', 'examples/season-plan.csv'], {})).toBe(1);
  });
});

describe('--help', () => {
  it.each([['--help'], ['-h'], [SAMPLE, '--help']])('%j prints usage and exits 0', (...argv) => {
    const result = run(argv);
    expect(result).toMatchObject({ code: 0, stdout: USAGE, stderr: '', reads: [] });
    for (const flag of [
      '--json',
      '--unit',
      '--bodyweight',
      '--athlete',
      '--time-zone',
      '--formula',
      '--sessions',
    ]) {
      expect(USAGE).toContain(flag);
    }
  });
});

describe('readable output of small logs', () => {
  it('lists the first problems and counts the rest', () => {
    const bad = Array.from({ length: 25 }, (_, i) => `2026-01-05,Front squat,100,x${i}`);
    const files = {
      'bad.csv': ['Date,Exercise,Load,Reps', '2026-01-05,Front squat,100,5', ...bad].join('\n'),
    };
    const result = run(['bad.csv'], files);
    expect(result.stdout).toContain('Problems: 25 rows could not be read:');
    expect(result.stdout).toContain('  Row 3: reps "x0" is not a number');
    expect(result.stdout).toContain(`  Row ${2 + PROBLEMS_SHOWN}: `);
    expect(result.stdout).not.toContain(`  Row ${3 + PROBLEMS_SHOWN}: `);
    // One row number per line, never "Row 3: row 3:".
    expect(result.stdout).not.toMatch(/Row \d+: row \d+/i);
    expect(result.stdout).toContain(`… and ${25 - PROBLEMS_SHOWN} more (--json lists them all).`);
    expect(runJson(['bad.csv'], files).problems).toHaveLength(25);
  });

  it('says when there are too few sessions to audit', () => {
    const result = run(['one.csv'], { 'one.csv': ONE_SET });
    expect(result.stdout).toContain(tooFewSessionsLine());
    expect(result.stdout).toContain('Problems: none, every row was read.');
  });

  it('keeps file lines across a note over two lines and a blank line', () => {
    const text = [
      'Date,Athlete,Exercise,Load,Reps,Notes',
      '2026-01-05,Ana,Front squat,50,5,"long',
      'note"',
      ',,,52.5,5,',
      '',
      '2026-01-08,Ana,Front squat,lots,5,',
    ].join('\n');
    const json = runJson(['ana.csv'], { 'ana.csv': text });
    // Line 4 fills its date, athlete and exercise down from line 2.
    expect(json.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(json.problems).toEqual([
      { line: 6, message: 'load "lots" is not a weight (e.g. 100, "100 kg", "225 lb")' },
    ]);
  });
});
