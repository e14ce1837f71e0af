/**
 * The sample runners' log through the analyze command: the six runners, what the audit finds
 * for each, the one unusable row, and line numbers that point at the file's own lines.
 */
import { nothingToFixLine, POWERLIFTER_TITLE } from '../../src/core/audit';
import { defaultTargets, targetFor } from '../../src/core/targets';
import { expectDocumentedShape, fileLines, run, runJson, SAMPLE } from './helpers';

const NAMES = [
  'Daniel Osei',
  'Jonas Lindqvist',
  'Maya Okafor',
  'Priya Raman',
  'Sofia Marquez',
  'Tom Becker',
];
const EXPECTED_MISTAKES: Record<string, number[]> = {
  'Maya Okafor': [],
  'Jonas Lindqvist': [2, 5],
  'Priya Raman': [1],
  'Tom Becker': [3],
  'Sofia Marquez': [4],
  'Daniel Osei': [5],
};

describe('analyze on the sample log, --json', () => {
  const json = runJson([SAMPLE]);
  const lines = fileLines(SAMPLE);
  const athlete = (name: string) => {
    const found = json.athletes.find((a) => a.name === name);
    if (!found) throw new Error(`no athlete ${name}`);
    return found;
  };
  const lift = (name: string, exercise: string) => {
    const found = athlete(name).lifts.find((l) => l.exercise === exercise);
    if (!found) throw new Error(`no ${exercise} for ${name}`);
    return found;
  };

  it('has exactly the documented shape', () => {
    expectDocumentedShape(json);
  });

  it('finds the six runners, by name', () => {
    expect(json.athletes.map((a) => a.name)).toEqual(NAMES);
  });

  it.each(Object.entries(EXPECTED_MISTAKES))('audits %s as mistakes %j', (name, mistakes) => {
    expect(athlete(name).audit.map((f) => f.mistake)).toEqual(mistakes);
  });

  it('names the powerlifter mistake with its title and Jonas’s lifts as evidence', () => {
    const finding = athlete('Jonas Lindqvist').audit[0];
    expect(finding?.title).toBe(POWERLIFTER_TITLE);
    expect(finding?.evidence).toContain('Back squat');
    expect(finding?.advice).toContain('Trap bar deadlift');
  });

  it('reports the one unusable row at its file line, and nothing else', () => {
    expect(json.problems).toEqual([{ line: 255, message: 'reps "lots" is not a number' }]);
    expect(lines[254]).toContain(',lots,');
  });

  it('gives every other data line a row, each pointing at that athlete’s line in the file', () => {
    const dataLines = lines
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => NAMES.some((n) => text.includes(`,${n},`)));
    expect(json.rows.map((r) => r.line)).toEqual(
      dataLines.map((d) => d.line).filter((line) => line !== 255),
    );
  });

  it('shows every status kind at least once', () => {
    const kinds = new Set(json.rows.map((r) => r.status.split(':')[0]));
    expect(kinds).toEqual(new Set(['', 'Stale', 'Target reached', 'New best']));
  });

  it('reads the latest bodyweight in each runner’s own unit (Daniel writes lb)', () => {
    expect(athlete('Daniel Osei').unit).toBe('lb');
    expect(athlete('Maya Okafor').unit).toBe('kg');
    for (const a of json.athletes) expect(a.bodyweight).toBeGreaterThan(0);
  });

  it('ratios are best e1RM over bodyweight, and targets come from the defaults', () => {
    const targets = defaultTargets();
    for (const a of json.athletes) {
      for (const l of a.lifts) {
        if (l.bestE1rm === null) expect(l.ratio).toBeNull();
        else expect(l.ratio).toBeCloseTo(l.bestE1rm / (a.bodyweight as number), 1);
        expect(l.target).toBe(targetFor(l.exercise, targets));
      }
    }
    expect(lift('Maya Okafor', 'Front squat').target).toBe(1);
    expect(lift('Maya Okafor', 'Trap bar deadlift').target).toBe(1.5);
  });

  it('Maya and Jonas have reached their targets; Sofia’s trap bar deadlift is stale', () => {
    for (const [name, exercise] of [
      ['Maya Okafor', 'Front squat'],
      ['Maya Okafor', 'Trap bar deadlift'],
      ['Jonas Lindqvist', 'Deadlift'],
      ['Jonas Lindqvist', 'Back squat'],
    ] as const) {
      const l = lift(name, exercise);
      expect(l.targetReached).toBe(true);
      expect(l.ratio).toBeGreaterThanOrEqual(l.target as number);
    }
    const sofia = lift('Sofia Marquez', 'Trap bar deadlift');
    expect(sofia.stale).toBe(true);
    expect(sofia.targetReached).toBe(false);
    expect(sofia.sessionsSinceBest).toBeGreaterThanOrEqual(3);
  });

  it('puts the lifts with a target first', () => {
    for (const a of json.athletes) {
      const firstWithout = a.lifts.findIndex((l) => l.target === null);
      if (firstWithout >= 0) {
        expect(a.lifts.slice(firstWithout).every((l) => l.target === null)).toBe(true);
      }
    }
  });
});

describe('analyze on the sample log, readable', () => {
  const result = run([SAMPLE]);
  const blockOf = (name: string): string => {
    // The athlete's own block (their name also leads lines of the Needs attention list).
    const start = result.stdout.indexOf(`\n${name} — bodyweight `) + 1;
    const end = result.stdout.indexOf('\n\n', start);
    return result.stdout.slice(start, end);
  };

  it('exits 0 with nothing on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints Needs attention first, then one block per runner, most urgent first', () => {
    expect(result.stdout).toMatch(/^Read as: .*\n.*\n\nNeeds attention \(\d+\):\n {2}1\. /);
    const json = runJson([SAMPLE]);
    const order = [...new Set(json.attention.flatMap((i) => (i.athlete ? [i.athlete] : [])))];
    // Maya has nothing to act on: one quiet line, and her block comes last.
    expect(result.stdout).toContain('  Nothing to act on: Maya Okafor.');
    expect(order).toEqual(
      NAMES.filter((n) => n !== 'Maya Okafor').sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    const starts = [...order, 'Maya Okafor'].map((n) =>
      result.stdout.indexOf(`\n${n} — bodyweight `),
    );
    expect(starts.every((s) => s >= 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('has a lift table with the unit on the best e1RM and a tick for reached targets', () => {
    const maya = blockOf('Maya Okafor');
    expect(maya).toMatch(/Exercise\s+Movement\s+Best e1RM\s+Ratio\s+Target\s+Reached\s+Progress/);
    expect(maya).toMatch(/Front squat\s+squat\s+\d+(\.\d)? kg\s+\d\.\d+×\s+1×\s+✓/);
    expect(blockOf('Daniel Osei')).toMatch(/Front squat\s+squat\s+\d+(\.\d)? lb/);
    expect(blockOf('Sofia Marquez')).toMatch(/Trap bar deadlift .*stale since \d{4}-\d{2}-\d{2}/);
  });

  it('prints the nothing-to-fix line for Maya and numbered findings for the others', () => {
    expect(blockOf('Maya Okafor')).toContain(nothingToFixLine());
    const jonas = blockOf('Jonas Lindqvist');
    expect(jonas).toContain(`Mistake 2: ${POWERLIFTER_TITLE}`);
    expect(jonas).toMatch(/Mistake 5: .+\n\s+Evidence: .+\n\s+Advice: .+/);
    expect(blockOf('Tom Becker')).toContain('Mistake 3: ');
    expect(blockOf('Tom Becker')).not.toContain(nothingToFixLine());
  });

  it('ends with the status summary and the problem row', () => {
    const json = runJson([SAMPLE]);
    const count = (prefix: string) => json.rows.filter((r) => r.status.startsWith(prefix)).length;
    expect(result.stdout).toContain(
      `Rows: ${json.rows.length} rows read — stale ${count('Stale')}, slipping ${count('Slipping')}, target reached ${count('Target reached')}, new best ${count('New best')}, no status ${count('') - count('Stale') - count('Slipping') - count('Target reached') - count('New best')}.`,
    );
    expect(result.stdout).toContain('Problems: 1 row could not be read:\n  Row 255: reps "lots"');
  });

  it('never prints the bodyweight hint when every runner has a bodyweight', () => {
    expect(result.stdout).not.toContain('--bodyweight');
  });
});
