/**
 * Strong and Hevy exports through the analyze command: the real files and the crafted ones.
 * Warm-ups and cardio never become rows; every row's line is the line its set starts on in the
 * original file (Hevy lists the newest workout first, notes can span lines).
 */
import Papa from 'papaparse';
import { BODYWEIGHT_HINT } from '../../scripts/cli/output';
import { BODYBUILDER_TITLE, CONNECT_TITLE } from '../../src/core/audit';
import { expectDocumentedShape, fileLines, REAL, run, runJson } from './helpers';

const STRONG_RECORD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/;

/** Strong rows by the line they start on, read independently of the import core. */
function strongRecords(file: string): Map<number, Record<string, string>> {
  const lines = fileLines(file);
  const header = (Papa.parse<string[]>(lines[0] as string).data[0] ?? []).map((h) => h.trim());
  const records = new Map<number, Record<string, string>>();
  lines.forEach((text, i) => {
    if (!STRONG_RECORD.test(text)) return;
    const fields = Papa.parse<string[]>(text).data[0] ?? [];
    records.set(i + 1, Object.fromEntries(header.map((h, j) => [h, fields[j] ?? ''])));
  });
  return records;
}

describe.each([
  ['Strong A', REAL.strongA, 'strong-export-kg-a', [1, 2, 5]],
  ['Strong B', REAL.strongB, 'strong-export-kg-b', [1, 4, 5]],
])('%s export', (_label, file, name, mistakes) => {
  const json = runJson([file]);
  const records = strongRecords(file);

  it('has exactly the documented shape, one athlete named after the file, in kg', () => {
    expectDocumentedShape(json);
    expect(json.athletes).toHaveLength(1);
    expect(json.athletes[0]?.name).toBe(name);
    expect(json.athletes[0]?.unit).toBe('kg');
    expect(json.problems).toEqual([]);
  });

  it('makes a row of every working set and of nothing else (cardio has no reps)', () => {
    const working = [...records].filter(([, r]) => Number(r.Reps) > 0).map(([line]) => line);
    expect(json.rows.map((r) => r.line)).toEqual(working);
    expect(records.size - working.length).toBe(file === REAL.strongA ? 10 : 0);
  });

  it('has no bodyweight, so no ratios and no target reached', () => {
    const athlete = json.athletes[0];
    expect(athlete?.bodyweight).toBeNull();
    expect(athlete?.lifts.every((l) => l.ratio === null && !l.targetReached)).toBe(true);
    expect(json.rows.some((r) => r.status.startsWith('Target reached'))).toBe(false);
  });

  it(`audits the program as mistakes ${JSON.stringify(mistakes)}`, () => {
    expect(json.athletes[0]?.audit.map((f) => f.mistake)).toEqual(mistakes);
    expect(json.athletes[0]?.audit[0]?.title).toBe(BODYBUILDER_TITLE);
  });
});

describe('Hevy export', () => {
  const file = REAL.hevy;
  const json = runJson([file]);
  const lines = fileLines(file);
  // Hevy writes one line per set here, so data row i is file line i + 2.
  const sets = Papa.parse<Record<string, string>>(lines.join('\n'), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it('has one line per set (the test’s own reading is sound)', () => {
    expect(sets).toHaveLength(lines.filter((l) => l.startsWith('"')).length - 1);
  });

  it('has exactly the documented shape and takes kg from weight_kg', () => {
    expectDocumentedShape(json);
    expect(json.athletes.map((a) => [a.name, a.unit, a.bodyweight])).toEqual([
      ['hevy-export-kg', 'kg', null],
    ]);
  });

  it('leaves out the 48 warm-ups and the cardio row, rows in file order', () => {
    const working = sets
      .map((s, i) => ({ s, line: i + 2 }))
      .filter(({ s }) => s.set_type !== 'warmup' && s.reps !== '')
      .map(({ line }) => line);
    expect(sets.filter((s) => s.set_type === 'warmup')).toHaveLength(48);
    expect(json.rows).toHaveLength(518);
    expect(json.rows.map((r) => r.line)).toEqual(working);
    for (const r of json.rows) expect(lines[r.line - 1]).not.toContain('"warmup"');
  });

  it('gives the newest workout’s first set (line 2, a pull-up) its new best', () => {
    expect(lines[1]).toContain('"Pull Up"');
    expect(json.rows[0]).toEqual({ line: 2, status: 'New best: 7 reps' });
  });

  it('audits mistakes 1 and 5', () => {
    const audit = json.athletes[0]?.audit ?? [];
    expect(audit.map((f) => [f.mistake, f.title])).toEqual([
      [1, BODYBUILDER_TITLE],
      [5, CONNECT_TITLE],
    ]);
  });
});

describe('crafted exports', () => {
  it('Hevy in pounds: unit lb from weight_lbs, lines of sets whose notes span two lines', () => {
    const json = runJson(['test/fixtures/import/hevy-lbs.csv']);
    expectDocumentedShape(json);
    expect(json.athletes[0]?.unit).toBe('lb');
    // Line 2 is the warm-up, 11 the treadmill; each deadlift set starts on an even line.
    expect(json.rows.map((r) => r.line)).toEqual([4, 6, 8, 10, 12, 13]);
    const deadlift = json.athletes[0]?.lifts.find((l) => l.exercise === 'Deadlift');
    expect(deadlift?.bestE1rm).toBe(269.5); // 245 lb × 3, Epley
  });

  it('Strong with a BOM, CRLF and a note over two lines: rows after it keep their lines', () => {
    const json = runJson(['test/fixtures/import/strong-bom-crlf.csv']);
    expect(json.rows.map((r) => r.line)).toEqual([3, 4, 6, 7, 8, 9]);
    expect(json.rows[1]?.status).toBe('New best: first session, e1RM 128.3 kg'); // 110 kg × 5 on line 4
  });

  it('Android Strong with semicolons and a unit per row', () => {
    const json = runJson(['test/fixtures/import/strong-android-semicolon.csv']);
    expectDocumentedShape(json);
    expect(json.rows.length).toBe(3);
  });

  it('an export with only warm-ups has no athletes, and says so', () => {
    const header = fileLines('test/fixtures/import/hevy-lbs.csv')[0] as string;
    const text = `${header}\n"Legs","5 Jan 2026, 07:30","5 Jan 2026, 08:20","","Squat (Barbell)",,"",0,"warmup",95,5,,,\n`;
    const json = runJson(['legs.csv'], { 'legs.csv': text });
    expect(json).toMatchObject({
      attention: [],
      athletes: [],
      rows: [],
      problems: [],
      unrecognised: [],
    });
    expect(json.unit).toEqual({ unit: 'lb', decidedBy: 'header', how: 'no loaded sets' });
    expect(run(['legs.csv'], { 'legs.csv': text }).stdout).toContain(
      'No athlete has a usable row in this file.',
    );
  });
});

describe('readable output of an export', () => {
  const result = run([REAL.strongA]);

  it('says the format, how the unit was decided, what was skipped, and how to get ratios', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Read as: Strong — classic layout; comma-separated.');
    expect(result.stdout).toMatch(
      /^Unit: kg \(inferred from the numbers: this Strong file does not say kg or lb; 45 % of the loads \(.+\) are off the 2\.5 grid/m,
    );
    expect(result.stdout).toContain(
      'Strong export: 198 working sets read, skipped 10 cardio or timed sets',
    );
    expect(result.stdout).toContain('strong-export-kg-a — bodyweight unknown');
    expect(result.stdout).toContain('Without a bodyweight, ratios and targets are unknown.');
    expect(result.stdout).toContain(`Hint: ${BODYWEIGHT_HINT}.`);
    expect(BODYWEIGHT_HINT).toBe('pass --bodyweight 72 to see ratios and targets');
  });

  it('marks targets as unknown (?) rather than not reached without a bodyweight', () => {
    expect(result.stdout).toMatch(/Back squat\s+squat\s+80\.2 kg\s+—\s+1\.25×\s+\?/);
  });

  it('with --json the notes go to stderr and stdout is only the JSON', () => {
    const json = run([REAL.strongA, '--json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('198 working sets read');
    expect(JSON.parse(json.stdout).unit).toMatchObject({ unit: 'kg', decidedBy: 'numbers' });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});
