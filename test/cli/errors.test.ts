/**
 * Bad input to the analyze command: one plain message on stderr, nothing on stdout, exit code 1,
 * never a stack trace — for bad flags, unreadable files and files that are not a log or export.
 */
import { runAnalyze } from '../../scripts/analyze';
import { USAGE } from '../../scripts/cli/args';
import { run, SAMPLE } from './helpers';

function expectRefused(result: ReturnType<typeof run>, message: string | RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  if (typeof message === 'string') expect(result.stderr).toContain(message);
  else expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.endsWith('\n')).toBe(true);
}

describe('bad arguments', () => {
  it.each([
    [[], 'Name the CSV file to analyze.'],
    [[SAMPLE, '--frobnicate'], 'Unknown option --frobnicate.'],
    [[SAMPLE, '--unit'], '--unit needs a value.'],
    [[SAMPLE, '--athlete='], '--athlete needs a value.'],
    [[SAMPLE, '--athlete', '--json'], '--athlete needs a value.'],
    [[SAMPLE, '--unit', 'kg', '--unit', 'lb'], '--unit is given twice.'],
    [[SAMPLE, 'other.csv'], 'Give one file, not 2 (examples/runners-log.csv, other.csv).'],
    [[SAMPLE, '--unit', 'stone'], '--unit "stone" is not a unit: use kg or lb.'],
    [[SAMPLE, '--bodyweight', 'heavy'], '--bodyweight "heavy" is not a bodyweight'],
    [[SAMPLE, '--bodyweight', '72 stone'], '--bodyweight "72 stone" is not a bodyweight'],
    [[SAMPLE, '--bodyweight', '0'], '--bodyweight "0" must be more than 0.'],
    [[SAMPLE, '--formula', 'guess'], '--formula: unknown formula "guess" (use epley, brzycki'],
    [[SAMPLE, '--sessions', '0'], '--sessions "0" must be a whole number from 1 to 100.'],
    [[SAMPLE, '--sessions', '2.5'], '--sessions "2.5" must be a whole number from 1 to 100.'],
    [[SAMPLE, '--sessions', '1000'], '--sessions "1000" must be a whole number from 1 to 100.'],
  ])('%j is refused before any file is read', (argv, message) => {
    const result = run(argv);
    expectRefused(result, message);
    expect(result.stderr).toContain(USAGE);
    expect(result.reads).toEqual([]);
  });

  it('refuses an unknown time zone before reading the file', () => {
    const result = run([SAMPLE, '--time-zone', 'Mars/Olympus']);
    expectRefused(result, '--time-zone "Mars/Olympus" is not a time zone (e.g. Europe/London).');
    expect(result.reads).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('a missing file', () => {
    expectRefused(run(['no/such/file.csv']), 'no/such/file.csv: no such file.');
  });

  it('a folder', () => {
    expectRefused(run(['test']), 'test: is a folder, not a CSV file.');
  });

  it('any other read failure, in one line', () => {
    let stderr = '';
    const code = runAnalyze(['x.csv'], {
      readFile: () => {
        throw new Error('disk on fire');
      },
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('x.csv: could not be read (disk on fire).\n');
  });
});

describe('files that are not a log or an export', () => {
  it.each([
    [
      'binary data',
      'PK\u0003\u0004\u0000\u0000zip',
      'This is a spreadsheet (.xlsx) or another zipped file, not CSV text.',
    ],
    ['an empty file', '', 'the file is empty.'],
    ['only blank lines', '\n\n  \n', 'the file is empty.'],
    [
      'no recognisable header',
      'Time,Activity,Calories\n2026-03-02,Swim,400\n',
      /No exercise or load column/,
    ],
    ['JSON', '{"sets": [{"reps": 5}]}\n', 'This is a JSON file, not a CSV export.'],
    [
      'binary data without a zip header',
      'ab\u0000\u0001\u0002cd\u0000',
      'This is a binary file, not CSV text.',
    ],
    [
      'UTF-16 text read as UTF-8',
      'D\u0000a\u0000t\u0000e\u0000,\u0000E\u0000x\u0000e\u0000r\u0000c\u0000i\u0000s\u0000e\u0000',
      'This file is UTF-16 text (two bytes per letter)',
    ],
    [
      'an unterminated quote in a log',
      'Date,Exercise,Load,Reps,Notes\n2026-01-05,Front squat,100,5,"oops\n2026-01-06,Front squat,100,5,\n',
      'line 2 opens a quoted field that is never closed',
    ],
  ])('%s', (_label, text, message) => {
    expectRefused(run(['bad.csv'], { 'bad.csv': text }), message);
  });

  it.each([
    ['malformed-weight.csv', 'Line 3: Weight "heavy" is not a number.'],
    ['malformed-date.csv', 'Line 3: start_time "yesterday" is not a date and time'],
    [
      'malformed-column-count.csv',
      'Line 4: this row has 7 fields where the header has 11: it is cut short',
    ],
    ['malformed-unterminated-quote.csv', 'Line 3: a quoted field is never closed'],
  ])('a broken export (%s) is refused whole, with its line', (name, message) => {
    const file = `test/fixtures/import/${name}`;
    expectRefused(run([file]), `${file}: ${message}`);
  });

  it('a Hevy export missing a column says which', () => {
    const text =
      '"title","start_time","exercise_title","set_type","reps"\n"A","5 Jan 2026, 07:30","Squat (Barbell)","normal",5\n';
    expectRefused(
      run(['h.csv'], { 'h.csv': text }),
      /h\.csv: This looks like a Hevy export \(.+\) but it has no .+ columns?, which Hevy files always have\./,
    );
  });
});
