import { planImport, toSetRecords } from '../../../src/core/import';
import { parsedOk, realExport, totalSkipped } from './fixtures';

const LOG = ['Date', 'Athlete', 'Exercise', 'Weight', 'Reps', 'Unit', 'Notes'];

describe('the real Strong export (classic layout)', () => {
  const text = realExport('strong-export-kg-a.csv');
  const parsed = parsedOk(text);

  it('is read as Strong, asking for the athlete; the numbers say kg', () => {
    expect(parsed.format).toBe('strong');
    expect(parsed.needs).toEqual(['athlete']);
    expect(parsed.unit).toMatchObject({ unit: 'kg', decidedBy: 'numbers' });
  });

  it('accounts for every line: header + sets + skipped rows', () => {
    expect(parsed.lines).toBe(209);
    expect(parsed.dataRows).toBe(parsed.lines - 1);
    expect(parsed.sets.length).toBe(198);
    expect(parsed.skipped.cardio).toBe(10); // one elliptical row per workout
    expect(parsed.sets.length + totalSkipped(parsed)).toBe(parsed.dataRows);
  });

  it('reads known sets as written', () => {
    const bench = parsed.sets.find((s) => s.line === 3);
    expect(bench).toMatchObject({
      workoutStart: '2019-12-02 16:45:22',
      day: '2019-12-02',
      exercise: 'Bench Press (Barbell)',
      setOrder: '1',
      load: 30,
      reps: 12,
      unit: null,
      athlete: null,
    });
    // Bodyweight work: Strong writes weight 0 with reps.
    expect(parsed.sets.find((s) => s.line === 13)).toMatchObject({
      exercise: 'Back Extension',
      load: 0,
      reps: 20,
    });
    // Cyrillic workout names do not disturb anything; cardio lines are not sets.
    expect(parsed.sets.some((s) => s.line === 2)).toBe(false);
  });

  it('keeps both blocks of an exercise listed twice in one workout with distinct keys', () => {
    const records = toSetRecords(parsed, { athlete: 'Andrew', unit: 'kg' });
    if (!records.ok) throw new Error('records expected');
    const keys = records.sets.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const second = records.sets.find((s) => s.line === 207);
    expect(second?.key).toBe('andrew|2019-12-16 16:36:08|lateral raise (dumbbell)|1#2');
  });
});

describe('the real Strong export with a Duration column', () => {
  const parsed = parsedOk(realExport('strong-export-kg-b.csv'));

  it('accounts for every line', () => {
    expect(parsed.lines).toBe(508);
    expect(parsed.sets.length).toBe(507);
    expect(totalSkipped(parsed)).toBe(0);
    expect(parsed.dataRows).toBe(507);
  });

  it('reads the first set and a Swedish-named workout row', () => {
    expect(parsed.sets[0]).toMatchObject({
      line: 2,
      exercise: 'Squat (Barbell)',
      load: 110,
      reps: 6,
      workoutStart: '2022-07-28 20:14:20',
    });
    expect(parsed.sets.find((s) => s.line === 500)).toMatchObject({
      exercise: 'Shrug (Barbell)',
      load: 82.5,
      reps: 10,
      setOrder: '2',
    });
  });
});

describe('the real Hevy export (kg)', () => {
  const parsed = parsedOk(realExport('hevy-export-kg.csv'));

  it('takes the unit from the weight_kg column and asks only for the athlete', () => {
    expect(parsed.format).toBe('hevy');
    expect(parsed.formatLabel).toBe('Hevy (kg)');
    expect(parsed.needs).toEqual(['athlete']);
    expect(parsed.sets.every((s) => s.unit === 'kg')).toBe(true);
  });

  it('accounts for every line: 518 working sets, 48 warm-ups, 1 treadmill row', () => {
    expect(parsed.lines).toBe(568);
    expect(parsed.dataRows).toBe(567);
    expect(parsed.sets.length).toBe(518);
    expect(parsed.skipped['warm-up']).toBe(48);
    expect(parsed.skipped.cardio).toBe(1);
    expect(parsed.sets.length + totalSkipped(parsed)).toBe(parsed.dataRows);
    expect(parsed.sets.some((s) => s.line === 475)).toBe(false); // the treadmill
  });

  it('reads known sets: bodyweight pull-ups, 1-based set order, notes once per exercise', () => {
    expect(parsed.sets[0]).toMatchObject({
      line: 2,
      workoutStart: '2026-04-08 16:50',
      day: '2026-04-08',
      exercise: 'Pull Up',
      setOrder: '1',
      load: 0,
      reps: 7,
    });
    const first = parsed.sets.find((s) => s.line === 6);
    const second = parsed.sets.find((s) => s.line === 7);
    expect(first).toMatchObject({ load: 45, reps: 8, setOrder: '1' });
    expect(first?.notes).toBe('senti o ombro direito // simplesmente uma bosta');
    expect(second?.notes).toBe('');
    expect(parsed.sets.find((s) => s.line === 127)).toMatchObject({
      setOrder: '5',
      load: 15,
      reps: 5,
      notes: 'drop set',
    });
  });

  it('plans every working set in calendar order with a unique key each', () => {
    const plan = planImport(parsed, { athlete: 'Felipe', logHeaderLabels: LOG, existingKeys: [] });
    if (plan.kind !== 'ready') throw new Error(plan.message);
    expect(plan.added).toBe(518);
    const days = plan.rows.map((r) => String(r[0]));
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2025-07-08');
    expect(days.at(-1)).toBe('2026-04-08');
    const keys = plan.rows.map((r) => r[plan.keyColumn]);
    expect(new Set(keys).size).toBe(518);
  });
});
