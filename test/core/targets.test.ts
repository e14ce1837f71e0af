import { defaultTargetRows, defaultTargets, readTargets, targetFor } from '../../src/core/targets';

const DEFAULTS = {
  'Front squat': 1.0,
  'Back squat': 1.25,
  'Trap bar deadlift': 1.5,
  Deadlift: 1.5,
};

/** The targets as canonical name → multiple, for readable expectations. */
const asTable = (rows: Parameters<typeof readTargets>[0]) => {
  const { targets, problems } = readTargets(rows);
  const table: Record<string, number | null> = {};
  for (const name of Object.keys(DEFAULTS)) table[name] = targetFor(name, targets);
  return { table, problems, targets };
};

describe('default targets', () => {
  it('are the four of DESIGN.md', () => {
    expect(defaultTargetRows()).toEqual(
      expect.arrayContaining(
        Object.entries(DEFAULTS).map(([exercise, multiple]) => ({ exercise, multiple })),
      ),
    );
    expect(defaultTargetRows()).toHaveLength(4);
    expect(defaultTargets().size).toBe(4);
  });

  it('apply to any name the catalogue knows, and nothing else', () => {
    const targets = defaultTargets();
    expect(targetFor('Squat (Barbell)', targets)).toBe(1.25);
    expect(targetFor('front squats', targets)).toBe(1.0);
    expect(targetFor('Deadlift (Trap bar)', targets)).toBe(1.5);
    expect(targetFor('Deadlift (Barbell)', targets)).toBe(1.5);
    expect(targetFor('Goblet squat', targets)).toBeNull();
    expect(targetFor('Bench Press (Barbell)', targets)).toBeNull();
    expect(targetFor('Zercher squat', targets)).toBeNull();
  });
});

describe('readTargets', () => {
  it('gives the defaults for no table', () => {
    for (const rows of [null, undefined, []]) {
      expect(asTable(rows)).toMatchObject({ table: DEFAULTS, problems: [] });
    }
  });

  it('reads a table with a header row over the defaults', () => {
    const { table, problems } = asTable([
      ['Exercise', 'Target (× bodyweight)'],
      ['Front squat', 1.2],
    ]);
    expect(problems).toEqual([]);
    expect(table).toEqual({ ...DEFAULTS, 'Front squat': 1.2 });
  });

  it('reads a table without a header row', () => {
    const { table, problems } = asTable([
      ['Front squat', 1.1],
      ['Back squat', '1.4'],
    ]);
    expect(problems).toEqual([]);
    expect(table).toEqual({ ...DEFAULTS, 'Front squat': 1.1, 'Back squat': 1.4 });
  });

  it('finds the header below blank rows', () => {
    const { table, problems } = asTable([
      ['', ''],
      [null, undefined],
      ['Lift', 'Multiple'],
      ['Deadlift', 1.75],
    ]);
    expect(problems).toEqual([]);
    expect(table.Deadlift).toBe(1.75);
  });

  it('overrides by any name of an exercise, and adds targets for others', () => {
    const { targets, problems } = readTargets([
      ['Deadlift (Trap bar)', '1.75x'],
      ['Split Squat (Dumbbell)', '0.5 ×'],
      ['Goblet squat', '0.6× BW'],
      ['Hip thrust', '1.5 x bodyweight'],
      ['Zercher squat', '120%'],
      ['Bench Press (Barbell)', '1,0'],
    ]);
    expect(problems).toEqual([]);
    expect(targetFor('Trap bar deadlift', targets)).toBe(1.75);
    expect(targetFor('split squats', targets)).toBe(0.5);
    expect(targetFor('Goblet Squat (Kettlebell)', targets)).toBe(0.6);
    expect(targetFor('Hip Thrust (Barbell)', targets)).toBe(1.5);
    expect(targetFor('zercher squats', targets)).toBe(1.2);
    expect(targetFor('Bench press', targets)).toBe(1);
    expect(targetFor('Deadlift', targets)).toBe(1.5);
  });

  it.each(['none', 'None', 'no target', '-', '—', 0, '0', ''])(
    'removes a default target with %p',
    (value) => {
      const { table, problems } = asTable([
        ['Exercise', 'Target'],
        ['Back squat', value],
      ]);
      expect(problems).toEqual([]);
      expect(table).toEqual({ ...DEFAULTS, 'Back squat': null });
    },
  );

  it('removes a default in the first row too ("none" is not a header)', () => {
    expect(asTable([['Deadlift', 'none']]).table.Deadlift).toBeNull();
  });

  it('reports bad rows with their row numbers, keeps the defaults for them, and uses the rest', () => {
    const { table, problems, targets } = asTable([
      ['Exercise', 'Target'],
      ['Deadlift', 'heavy'],
      ['', 1.2],
      ['Front squat', 12],
      ['Back squat', -1],
      ['Trap bar deadlift', true],
      [],
      ['Split squat', 0.8],
    ]);
    expect(problems).toEqual([
      'row 2: target for Deadlift "heavy" is not a number',
      'row 3: a target without an exercise name',
      'row 4: target 12× bodyweight for Front squat is out of range (0–10)',
      'row 5: target -1× bodyweight for Back squat is out of range (0–10)',
      'row 6: target for Trap bar deadlift is TRUE, not a number',
    ]);
    expect(table).toEqual(DEFAULTS);
    expect(targetFor('Split squat', targets)).toBe(0.8);
  });

  it('reports a mistyped target in the first row instead of taking it for a header', () => {
    const { table, problems } = asTable([['Front squat', 'one']]);
    expect(problems).toEqual(['row 1: target for Front squat "one" is not a number']);
    expect(table['Front squat']).toBe(1.0);
  });

  it('lets the last row win when an exercise is listed twice', () => {
    expect(
      asTable([
        ['Front squat', 1.1],
        ['front squats', 1.3],
      ]).table['Front squat'],
    ).toBe(1.3);
  });

  it('never changes the defaults it started from', () => {
    readTargets([['Front squat', 'none']]);
    expect(targetFor('Front squat', defaultTargets())).toBe(1.0);
  });
});
