/** What holds for every athlete: the window, empty and one-session logs, order, the empty line. */
import fc from 'fast-check';
import {
  auditAthlete,
  emptyAuditLine,
  NOTHING_TO_FIX,
  nothingToFixLine,
  sessionsInAuditWindow,
  validateThresholds,
} from '../../../src/core/audit';
import { DEFAULT_AUDIT_THRESHOLDS } from '../../../src/core/model';
import {
  athleteOf,
  auditPlan,
  type Line,
  mistakes,
  type Plan,
  read,
  repeat,
  table,
} from './builder';

/** Progressing front squat and trap bar, jumps after them, strides after lifting, push-ups. */
const doesItRight: Plan = {
  sessions: Object.fromEntries(
    [0, 3, 7, 10, 14, 17, 21, 24].map((d, i) => [
      d,
      i % 2 === 0
        ? ([
            ['Front squat', 3, 5, 40 + i * 1.25],
            ['Box jump', 4, 3, ''],
            ['Push-up', 3, 10, ''],
            ['Strides', 6, 1, ''],
          ] as Line[])
        : ([
            ['Trap bar deadlift', 3, 5, 60 + i * 2.5],
            ['Vertical jump', 4, 3, ''],
            ['Split squat', 3, 6, 12 + i],
            ['Split jump', 3, 4, ''],
            ['Strides', 6, 1, ''],
          ] as Line[]),
    ]),
  ),
};

/** Shows mistakes 1, 2 and 5 every session. */
const everythingWrong: Line[] = [
  ['Back squat', 5, 5, 80],
  ['Deadlift', 3, 3, 100],
  ['Bicep Curl (Dumbbell)', 6, 15, 10],
  ['Lateral Raise (Dumbbell)', 6, 15, 5],
];

describe('auditAthlete', () => {
  it('finds nothing for an athlete who does it right, and every surface shows the same line', () => {
    expect(auditPlan(doesItRight)).toEqual([]);
    const { entries } = athleteOf(read(table(doesItRight)), 'Ann');
    expect(emptyAuditLine(sessionsInAuditWindow('Ann', entries))).toBe(NOTHING_TO_FIX);
    expect(NOTHING_TO_FIX).toMatch(/^Nothing to fix in the last 28 days: /);
    expect(nothingToFixLine({ ...DEFAULT_AUDIT_THRESHOLDS, windowDays: 42 })).toMatch(
      /^Nothing to fix in the last 42 days: /,
    );
  });

  it('says nothing on an empty log', () => {
    expect(auditAthlete('Ann', [], [])).toEqual([]);
    expect(emptyAuditLine(0)).toMatch(/^Too few sessions in the last 28 days/);
  });

  it('says nothing on a one-session log, however bad the session', () => {
    expect(auditPlan({ sessions: { 0: everythingWrong } })).toEqual([]);
    expect(mistakes(auditPlan({ sessions: repeat([0, 3], everythingWrong) }))).toEqual([1, 2, 5]);
  });

  it('never fires on any one-session log (property)', () => {
    const exercise = fc.constantFrom(
      'Back squat',
      'Deadlift',
      'Trap bar deadlift',
      'Front squat',
      'Bicep Curl (Dumbbell)',
      'Push-up',
      'Plank',
      'Box jump',
      'Split squat',
    );
    const line = fc.tuple(
      exercise,
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 20 }),
      fc.oneof(fc.constant('' as const), fc.integer({ min: 1, max: 200 })),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        expect(auditPlan({ sessions: { 5: lines } })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('looks only at the window up to the athlete’s latest session', () => {
    // The bad sessions are more than 28 days before the latest two, which are clean.
    const plan: Plan = {
      sessions: { ...repeat([0, 3], everythingWrong), ...doesItRightFrom(40, 2) },
    };
    expect(auditPlan(plan)).toEqual([]);
    expect(mistakes(auditPlan(plan, { windowDays: 70 }))).toEqual([2, 5]);
  });

  it('orders findings by mistake number and keeps athletes apart', () => {
    const values = table(
      { athlete: 'Bo', sessions: repeat([0, 3], everythingWrong) },
      { athlete: 'Ann', ...doesItRight },
    );
    const log = read(values);
    const bo = athleteOf(log, 'Bo');
    const ann = athleteOf(log, 'Ann');
    expect(mistakes(auditAthlete('Bo', bo.entries, bo.series))).toEqual([1, 2, 5]);
    expect(auditAthlete('Ann', ann.entries, ann.series)).toEqual([]);
    // Handing the whole log over still audits only the named athlete.
    expect(auditAthlete('Ann', [...log.entries], [])).toEqual([]);
  });
});

/** The first `count` sessions of the right way, moved `offset` days later. */
function doesItRightFrom(offset: number, count: number): Plan['sessions'] {
  return Object.fromEntries(
    Object.entries(doesItRight.sessions)
      .slice(0, count)
      .map(([d, lines]) => [Number(d) + offset, lines]),
  );
}

describe('validateThresholds', () => {
  it('gives the defaults for missing settings without complaint', () => {
    expect(validateThresholds(undefined)).toEqual({
      thresholds: DEFAULT_AUDIT_THRESHOLDS,
      problems: [],
    });
    expect(validateThresholds({})).toEqual({ thresholds: DEFAULT_AUDIT_THRESHOLDS, problems: [] });
  });

  it('keeps valid values, and reads shares written as percentages', () => {
    const { thresholds, problems } = validateThresholds({
      windowDays: 42,
      bodybuilderShare: '30 %',
      powerlifterShare: 60,
      pumpReps: '15',
      minSessions: 3,
      unconnectedShare: 0.25,
    });
    expect(problems).toEqual([]);
    expect(thresholds).toEqual({
      windowDays: 42,
      bodybuilderShare: 0.3,
      pumpReps: 15,
      powerlifterShare: 0.6,
      minSessions: 3,
      unconnectedShare: 0.25,
    });
  });

  it('falls back to the default for each bad value, saying why in plain words', () => {
    const { thresholds, problems } = validateThresholds({
      windowDays: 3,
      bodybuilderShare: 'lots',
      pumpReps: 12.5,
      powerlifterShare: 250,
      colour: 'red',
    });
    expect(thresholds).toEqual(DEFAULT_AUDIT_THRESHOLDS);
    expect(problems).toEqual([
      'The audit window (days) 3 is outside 7–365; using 28.',
      'The bodybuilder share "lots" is not a number; using 40%.',
      'The pump-range reps 12.5 is not a whole number; using 12.',
      'The powerlifter share 250% is outside 5%–100%; using 50%.',
      'Unknown audit setting "colour" was ignored.',
    ]);
  });

  it('rejects settings that are not an object', () => {
    expect(validateThresholds('28').problems).toEqual([
      'The audit settings are not a set of named values, so the defaults are used.',
    ]);
  });

  it('gives thresholds that move the audit the same way as passing them directly', () => {
    const plan: Plan = {
      sessions: repeat(
        [0, 3],
        [
          ['Back squat', 2, 5, 60],
          ['Front squat', 3, 5, 50],
        ],
      ),
    };
    // 4 of 10 lower-body sets are back squat: 40 %.
    expect(mistakes(auditPlan(plan))).not.toContain(2);
    const { thresholds } = validateThresholds({ powerlifterShare: '40%' });
    expect(mistakes(auditPlan(plan, thresholds))).toContain(2);
  });
});
