import { analyzeLog, analyzeLogs } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { problemText } from '../../src/core/model';
import { isInvalid } from '../../src/core/result';
import type { CellValue } from '../../src/core/values';
import { day, LOG_OPTIONS, STATUS_OPTIONS, table } from './helpers/logs';

const OPTIONS = { ...LOG_OPTIONS, ...STATUS_OPTIONS };

/** A tab of one athlete's own: no Athlete column. */
const tab = (rows: readonly (readonly CellValue[])[]): CellValue[][] => [
  ['Date', 'Exercise', 'Load', 'Reps', 'Bodyweight'],
  ...rows.map((r) => [...r]),
];

function ok(analysis: Analysis | { invalid: string }): Analysis {
  if (isInvalid(analysis)) throw new Error(analysis.invalid);
  return analysis;
}

describe('analyzeLogs: several logs as one roster', () => {
  const maya = tab([
    [day(0), 'Front squat', 60, 5, 58],
    [day(7), 'Front squat', 62.5, 5, 58],
  ]);
  const ben = tab([[day(1), 'Trap bar deadlift', 100, 5, 71]]);
  const shared = table([
    [day(14), 'Maya', 'Front squat', 65, 5, 58],
    [day(2), 'Cy', 'Push-up', 0, 12, 80],
  ]);

  it("names a tab's rows after its athlete and merges them with the same athlete's shared rows", () => {
    const analysis = ok(
      analyzeLogs(
        [
          { sheet: 'Maya', values: maya, options: { defaultAthlete: 'Maya' } },
          { sheet: 'Ben', values: ben, options: { defaultAthlete: 'Ben' } },
          { sheet: 'Log', values: shared },
        ],
        OPTIONS,
      ),
    );
    expect(analysis.athletes.map((a) => [a.name, a.sessions])).toEqual([
      ['Ben', 1],
      ['Cy', 1],
      ['Maya', 3],
    ]);
    // Maya's front squat is one series across her tab and the shared log: three sessions, best last.
    const squat = analysis.athletes[2]?.lifts.find((l) => l.exercise === 'Front squat');
    expect(squat?.sessions).toBe(3);
    // Row statuses say which sheet they are on; each sheet's rows keep their own row numbers.
    expect(analysis.rows.map((r) => [r.sheet, r.line])).toEqual([
      ['Maya', 2],
      ['Maya', 3],
      ['Ben', 2],
      ['Log', 2],
      ['Log', 3],
    ]);
    // Maya's shared-log session comes after her tab's two: judged against them (a best, in reach of her target).
    expect(analysis.rows[3]?.status).toMatch(/^Target reached: 1.31×/);
  });

  it('is exactly analyzeLog for one log', () => {
    const one = analyzeLogs([{ sheet: 'Log', values: shared }], OPTIONS);
    expect(one).toEqual(analyzeLog(shared, OPTIONS));
  });

  it('reads each tab with its own columns', () => {
    const moved = [
      ['Exercise', 'Reps', 'Weight', 'Date'],
      ['Front squat', 5, 70, day(3)],
    ];
    const analysis = ok(
      analyzeLogs(
        [
          { sheet: 'Maya', values: maya, options: { defaultAthlete: 'Maya' } },
          {
            sheet: 'Ana',
            values: moved,
            options: { defaultAthlete: 'Ana', columns: { exercise: 0, reps: 1, load: 2, date: 3 } },
          },
        ],
        OPTIONS,
      ),
    );
    const ana = analysis.athletes.find((a) => a.name === 'Ana');
    expect(ana?.lifts[0]?.bestE1rm).toBeCloseTo(81.7, 1);
  });

  it('names the sheet of a bad row, and a tab that cannot be read is a problem, not a failure', () => {
    const bad = tab([[day(0), 'Front squat', 'heavy', 5, 58]]);
    const noDate = [
      ['Exercise', 'Load', 'Reps'],
      ['Squat', 50, 5],
    ];
    const analysis = ok(
      analyzeLogs(
        [
          { sheet: 'Maya', values: maya, options: { defaultAthlete: 'Maya' } },
          { sheet: "O'Brien", values: bad, options: { defaultAthlete: "O'Brien" } },
          { sheet: 'Notes', values: noDate, options: { defaultAthlete: 'Notes' } },
        ],
        OPTIONS,
      ),
    );
    expect(analysis.athletes.map((a) => a.name)).toEqual(['Maya']);
    expect(analysis.problems.map(problemText)).toEqual([
      expect.stringMatching(/^"O'Brien" row 2: /),
      expect.stringMatching(/^"Notes" row 1: No date column/),
    ]);
  });
});
