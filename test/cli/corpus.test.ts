/**
 * The analyze command on files of the public corpus: the format and layout it says it read, the
 * unit and how it was decided (stated, inferred, given, or not decided and said so), a likely
 * unit mix-up flagged, and the coach's own sheet read as a log with its unreadable rows listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusReport, renderMarkdown } from '../../scripts/real-exports';
import { expectDocumentedShape, ROOT, run, runJson } from './helpers';

const corpus = (name: string) => `test/fixtures/realdata/${name}`;

describe('a Strong export in pounds with no unit column', () => {
  const json = runJson([corpus('strong-lb-small.csv'), '--bodyweight', '160 lb']);

  it('is read as lb, inferred from the plate totals, and says so in --json', () => {
    expectDocumentedShape(json);
    expect(json.format).toEqual({
      app: 'strong',
      label: 'Strong',
      layout: 'layout with Duration and RPE; comma-separated',
    });
    expect(json.unit?.unit).toBe('lb');
    expect(json.unit?.decidedBy).toBe('numbers');
    expect(json.unit?.how).toMatch(/of the barbell loads end in 5 \(95, 65, 55, 45, …\)/);
    expect(json.athletes[0]?.unit).toBe('lb');
    expect(json.athletes[0]?.bodyweight).toBe(160);
  });

  it('says the unit on stdout too', () => {
    const out = run([corpus('strong-lb-small.csv')]).stdout;
    expect(out).toMatch(/^Read as: Strong — layout with Duration and RPE; comma-separated\.$/m);
    expect(out).toMatch(/^Unit: lb \(inferred from the numbers: /m);
  });
});

describe('pounds forced to be read as kilos', () => {
  it('flags ratios beyond what people lift, and counts none of them as a target reached', () => {
    const json = runJson([corpus('strong-lb.csv'), '--unit', 'kg', '--bodyweight', '80']);
    expect(json.unit).toMatchObject({ unit: 'kg', decidedBy: 'coach' });
    expect(json.unit?.how).toMatch(/^although the numbers suggested lb: /);
    const deadlift = json.athletes[0]?.lifts.find((l) => l.exercise === 'Deadlift');
    expect(deadlift?.ratio).toBe(5.25);
    expect(deadlift?.targetReached).toBe(false);
    expect(deadlift?.unitDoubt).toMatch(
      /^5\.25× bodyweight is beyond what people lift in Deadlift \(3\.5×\): likely a unit mix-up/,
    );
    const out = run([corpus('strong-lb.csv'), '--unit', 'kg', '--bodyweight', '80']).stdout;
    expect(out).toMatch(/Deadlift\s+hinge\s+420 kg\s+5\.25×\s+1\.5×\s+⚠ unit\?/);
    expect(out).toContain('  ⚠ Deadlift: 5.25× bodyweight is beyond what people lift in Deadlift');
  });
});

describe('a file whose unit nothing decides', () => {
  const text =
    'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-01-05 10:00,A,Squat (Barbell),1,100,5\n';

  it('is read as kg and says NOT DECIDED on stdout, in --json and on stderr', () => {
    const out = run(['few.csv'], { 'few.csv': text });
    expect(out.stdout).toContain(
      'Unit: NOT DECIDED — this Strong file does not say kg or lb, and too few loaded sets (1) to tell kg from lb by their numbers: read as kg; pass --unit kg or --unit lb to say which.',
    );
    const json = run(['few.csv', '--json'], { 'few.csv': text });
    expect(JSON.parse(json.stdout).unit).toMatchObject({ unit: 'kg', decidedBy: 'undecided' });
    expect(json.stderr).toContain('Unit: NOT DECIDED');
  });
});

describe('our own log layout with bare loads', () => {
  const log = (loads: readonly number[]) =>
    [
      'Date,Athlete,Exercise,Load,Reps',
      ...loads.map((l, i) => `2026-01-${String(1 + i).padStart(2, '0')},Ann,Back squat,${l},5`),
    ].join('\n');

  it('infers pounds from plate totals and says how', () => {
    const json = runJson(['log.csv'], {
      'log.csv': log([45, 95, 135, 135, 185, 185, 225, 225, 275, 315, 135, 185]),
    });
    expect(json.format?.app).toBe('log');
    expect(json.unit).toMatchObject({ unit: 'lb', decidedBy: 'numbers' });
    expect(json.unit?.how).toMatch(
      /^the log does not say kg or lb for 12 loads; 100 % of the barbell loads end in 5/,
    );
    expect(json.athletes[0]?.unit).toBe('lb');
  });

  it('a load header with a unit decides it', () => {
    const json = runJson(['log.csv'], {
      'log.csv': log([100]).replace('Load', 'Load (kg)'),
    });
    expect(json.unit).toEqual({
      unit: 'kg',
      decidedBy: 'header',
      how: "the load column's header says kg",
    });
  });
});

describe('other corpus files', () => {
  it('French Strong headers', () => {
    const json = runJson([corpus('strong-fr.csv')]);
    expect(json.format?.layout).toBe(
      'layout with Duration and RPE, French headers; comma-separated',
    );
    expect(json.unit).toMatchObject({ unit: 'kg', decidedBy: 'numbers' });
    expect(json.rows).toHaveLength(511);
  });

  it('FitNotes with names split by an unquoted comma: joined back and said', () => {
    const out = run([corpus('fitnotes-unit-column-kg.csv')]).stdout;
    expect(out).toContain(
      '99 rows have an unquoted comma inside a name that split it over two columns (line 13: "Overhead Press (Each Side, Dumbbells)"); read by joining the name back.',
    );
    expect(out).toContain('Unit: kg (stated per row: ');
  });

  it('a coach’s own sheet is read as a log in lb, several sets per cell included', () => {
    const json = runJson([corpus('coach-sheet-lb.csv'), '--athlete', 'Andy']);
    expect(json.format?.app).toBe('log');
    expect(json.unit).toMatchObject({ unit: 'lb', decidedBy: 'header' });
    // Row 5 writes five sets in its cells: loads [160,140,120,100,80] for reps [6,5,5,5,5].
    expect(json.rows.length).toBe(501);
    expect(json.rows.some((r) => r.line === 5)).toBe(true);
    expect(json.problems).toEqual([]);
  });
});

describe('the corpus report (docs/real-exports.md)', () => {
  const read = (name: string) =>
    corpusReport(name, readFileSync(path.join(ROOT, corpus(name)), 'utf8'));

  it('reports a small file fully: format, rows, understood share, unit and how', () => {
    const report = read('strong-export-kg-a.csv');
    expect(report).toMatchObject({
      app: 'strong',
      dataRows: 208,
      read: 198,
      skipped: [{ reason: 'cardio or timed sets (distance or time, no reps)', count: 10 }],
      unit: 'kg',
      decidedBy: 'numbers',
    });
    expect(report.understoodSets).toBeLessThanOrEqual(report.sets);
    const doc = renderMarkdown([report]);
    expect(doc).toContain(
      '| strong-export-kg-a.csv | Strong: classic layout; comma-separated | 208 | 198 | 10 |',
    );
    expect(doc).toContain(
      '- **Unit**: kg, decided by numbers: this Strong file does not say kg or lb;',
    );
  });

  it('reports the coach sheet read whole, its lists of sets included', () => {
    const report = read('coach-sheet-lb.csv');
    expect(report.importRefusal).toBeNull();
    expect(report.read + report.skipped.reduce((n, s) => n + s.count, 0)).toBe(report.dataRows);
  });
});
