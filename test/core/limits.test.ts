/** A ratio beyond what people lift is a likely unit mix-up: flagged, never a target reached. */
import { analyzeLog } from '../../src/core/analyze';
import { beyondHumanLimit, HUMAN_LIMITS, humanLimitFor } from '../../src/core/limits';
import { isInvalid } from '../../src/core/result';
import { defaultTargets } from '../../src/core/targets';

const options = {
  unit: 'kg' as const,
  timeZone: 'UTC',
  formula: 'epley' as const,
  targets: defaultTargets(),
  sessionsBeforeStale: 3,
};

function analyze(rows: (string | number)[][]) {
  const result = analyzeLog(
    [['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'], ...rows],
    options,
  );
  if (isInvalid(result)) throw new Error(result.invalid);
  return result;
}

describe('human limits', () => {
  it('are data per exercise, found through the catalogue’s names', () => {
    expect(HUMAN_LIMITS.find((l) => l.exercise === 'Deadlift')?.multiple).toBe(3.5);
    expect(humanLimitFor('Deadlift (Barbell)')).toBe(3.5);
    expect(humanLimitFor('Squat (Barbell)')).toBe(3);
    expect(humanLimitFor('Bicep Curl (Dumbbell)')).toBeNull();
    expect(beyondHumanLimit(3.6, 3.5)).toBe(true);
    expect(beyondHumanLimit(3.5, 3.5)).toBe(false);
    expect(beyondHumanLimit(9, null)).toBe(false);
  });

  it('a deadlift at 5× bodyweight (pounds read as kilos) is flagged and not a target reached', () => {
    const result = analyze([
      ['2026-01-05', 'Ann', 'Deadlift', 315, 1, 63],
      ['2026-01-12', 'Ann', 'Deadlift', 320, 1, 63],
    ]);
    const lift = result.athletes[0]?.lifts[0];
    expect(lift).toMatchObject({ exercise: 'Deadlift', targetReached: false });
    expect(lift?.unitDoubt).toBe(
      '5.08× bodyweight is beyond what people lift in Deadlift (3.5×): likely a unit mix-up (pounds read as kilos, or a bodyweight in the wrong unit), so it does not count as a target reached',
    );
    expect(result.rows.map((r) => r.status.split(':')[0])).toEqual(['New best', 'New best']);
  });

  it('a deadlift at 1.6× bodyweight is a target reached, without doubt', () => {
    const result = analyze([['2026-01-05', 'Ann', 'Deadlift', 100, 1, 62.5]]);
    const lift = result.athletes[0]?.lifts[0];
    expect(lift).toMatchObject({ targetReached: true });
    expect(lift?.unitDoubt).toBeUndefined();
    expect(result.rows[0]?.status).toMatch(/^Target reached: 1\.60× bodyweight/);
  });
});
