import {
  addTargetRow,
  changeTargetRow,
  draftFromTargets,
  removeTargetRow,
  targetsChanged,
  validateTargets,
} from '../../src/sidebar/targets-edit';

const saved = [
  { exercise: 'Front squat', multiple: 1 },
  { exercise: 'Trap bar deadlift', multiple: 1.5 },
  { exercise: 'Back squat', multiple: 1.25 },
];

describe('target table edits', () => {
  it('round-trips the saved table unchanged', () => {
    const draft = draftFromTargets(saved);
    expect(draft.map((r) => r.multiple)).toEqual(['1.0', '1.5', '1.25']);
    expect(validateTargets(draft)).toEqual({ ok: true, rows: saved });
    expect(targetsChanged(saved, draft)).toBe(false);
  });

  it('adds, changes and removes rows by key, leaving the others alone', () => {
    let draft = draftFromTargets(saved);
    draft = addTargetRow(draft);
    const added = draft[3];
    expect(added).toEqual({ key: 3, exercise: '', multiple: '' });
    draft = changeTargetRow(draft, 3, { exercise: 'Split squat' });
    draft = changeTargetRow(draft, 3, { multiple: '0,75' });
    draft = removeTargetRow(draft, 0);
    draft = changeTargetRow(draft, 1, { multiple: '1.6' });
    expect(validateTargets(draft)).toEqual({
      ok: true,
      rows: [
        { exercise: 'Trap bar deadlift', multiple: 1.6 },
        { exercise: 'Back squat', multiple: 1.25 },
        { exercise: 'Split squat', multiple: 0.75 },
      ],
    });
    expect(targetsChanged(saved, draft)).toBe(true);
    // A new row after a removal never reuses a live key.
    expect(addTargetRow(draft).map((r) => r.key)).toEqual([1, 2, 3, 4]);
  });

  it('drops blank rows and trims names', () => {
    const draft = addTargetRow(
      changeTargetRow(draftFromTargets(saved), 0, { exercise: ' Front squat ' }),
    );
    expect(validateTargets(draft)).toEqual({ ok: true, rows: saved });
  });
});

describe('validateTargets', () => {
  const one = (exercise: string, multiple: string) =>
    validateTargets([{ key: 7, exercise, multiple }]);
  const errorOf = (exercise: string, multiple: string) => {
    const v = one(exercise, multiple);
    return v.ok ? null : v.errors.get(7);
  };

  it('says per row what is wrong, in plain words', () => {
    expect(errorOf('', '1.5')).toMatch(/Name the exercise/);
    expect(errorOf('Deadlift', '')).toMatch(/Give Deadlift a target/);
    expect(errorOf('Deadlift', 'heavy')).toMatch(/"heavy" is not a number/);
    expect(errorOf('Deadlift', '0')).toMatch(/more than 0 and at most 10/);
    expect(errorOf('Deadlift', '12')).toMatch(/at most 10/);
    expect(errorOf('Deadlift', '-1')).toMatch(/more than 0/);
  });

  it('refuses two rows for the same exercise, whatever the case', () => {
    const v = validateTargets([
      { key: 1, exercise: 'Deadlift', multiple: '1.5' },
      { key: 2, exercise: 'deadlift ', multiple: '1.6' },
    ]);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect([...v.errors.keys()]).toEqual([2]);
      expect(v.errors.get(2)).toMatch(/already in the table \(1\.5×\)/);
    }
  });

  it('counts an invalid draft as changed so Save stays available to show the errors', () => {
    expect(targetsChanged(saved, [{ key: 0, exercise: '', multiple: '1' }])).toBe(true);
  });
});
