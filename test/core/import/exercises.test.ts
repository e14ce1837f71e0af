/**
 * What the exercise classifier changes in the import: Hevy's negative weights on assisted lifts
 * are read (as assistance), several sets written in one cell of a log are several sets, and every
 * file of the real-export corpus is understood at 95 % of its sets or more.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../../src/core/classify';
import { parseExport } from '../../../src/core/import/text';
import { read } from '../helpers/logs';
import { parsedOk, realExport } from './fixtures';

const HEVY_HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';

const hevyRow = (exercise: string, index: number, weight: string, reps: number) =>
  `"Pull","8 Apr 2026, 16:50","8 Apr 2026, 17:43","","${exercise}",,"",${index},"normal",${weight},${reps},,,`;

describe('assisted lifts in an export', () => {
  it("reads Hevy's negative weight on an assisted pull-up as assistance, and refuses it on a squat", () => {
    const parsed = parsedOk(
      [
        HEVY_HEADER,
        hevyRow('Pull Up (Assisted)', 0, '-20', 8),
        hevyRow('Pull Up (Assisted)', 1, '-15', 8),
      ].join('\n'),
    );
    expect(parsed.sets.map((s) => s.load)).toEqual([-20, -15]);
    const squat = parseExport([HEVY_HEADER, hevyRow('Squat (Barbell)', 0, '-20', 5)].join('\n'));
    expect(squat.ok).toBe(false);
    if (!squat.ok) expect(squat.error.message).toMatch(/Line 2: .*-20 is negative/);
  });
});

describe('several sets in one cell of a log', () => {
  it('imports "6/5/5" and "3x5 @ 80 kg" as the sets they are, each with its own key', () => {
    const parsed = parsedOk(
      [
        'Date,Athlete,Exercise,Load,Reps',
        '2026-01-05,Ann,Back squat,80,6/5/5',
        '2026-01-05,Ann,Front squat,,3x5 @ 60 kg',
        '2026-01-05,Ann,Deadlift,"100x5, 110x3",',
      ].join('\n'),
    );
    expect(
      parsed.sets.map((s) => [s.line, s.exercise, s.load, s.reps, s.sets, s.setOrder]),
    ).toEqual([
      [2, 'Back squat', 80, 6, 1, '1'],
      [2, 'Back squat', 80, 5, 1, '2'],
      [2, 'Back squat', 80, 5, 1, '3'],
      [3, 'Front squat', 60, 5, 3, '1'],
      [4, 'Deadlift', 100, 5, 1, '1'],
      [4, 'Deadlift', 110, 3, 1, '2'],
    ]);
  });
});

const DIR = join(__dirname, '..', '..', 'fixtures', 'realdata');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.csv'));

describe.each(FILES)('the corpus file %s', (file) => {
  it('has 95 % or more of its working sets recognised or classified', () => {
    const result = parseExport(realExport(file));
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    const sets = result.parsed.sets;
    const understood = sets.filter((s) => classify(s.exercise).pattern !== null).length;
    expect(sets.length).toBeGreaterThan(0);
    expect(understood / sets.length).toBeGreaterThanOrEqual(0.95);
  });
});

it('reads the assisted pull-ups of a real Strong export as negative load in the log', () => {
  const parsed = parsedOk(realExport('strong-export-kg-a.csv'));
  const assisted = parsed.sets.filter((s) => s.exercise === 'Pull Up (Assisted)');
  const log = read([
    ['Date', 'Exercise', 'Load', 'Reps'],
    ...assisted.map((s) => [s.day, s.exercise, s.load, s.reps]),
  ]);
  expect(new Set(log.entries.map((e) => e.loadKg))).toEqual(new Set([-57, -50]));
});
