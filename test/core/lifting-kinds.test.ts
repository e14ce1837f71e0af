/**
 * What the classifier changes in the log: assistance is negative load (less is progress), per-hand
 * and per-side loads are totals, and what is not lifting (cardio, runs, stretches, holds) gets no
 * New best or Stale, whatever the layout writes for it.
 */
import { read, statusesOf, table } from './helpers/logs';

describe('assisted lifts', () => {
  it('reads less assistance as progress and more assistance as no new best', () => {
    const statuses = statusesOf([
      ['2026-01-05', 'Ann', 'Pull Up (Assisted)', 30, 8],
      ['2026-01-12', 'Ann', 'Pull Up (Assisted)', 25, 8],
      ['2026-01-19', 'Ann', 'Pull Up (Assisted)', 35, 8],
      ['2026-01-26', 'Ann', 'Pull Up (Assisted)', 35, 10],
    ]);
    expect(statuses[0]).toBe('New best: first session, 30.0 kg assistance × 8');
    expect(statuses[1]).toBe('New best: 25.0 kg assistance × 8');
    // More help than the best (25 kg) is not a heavier load, whatever the reps.
    expect(statuses[2]).toBe('');
    expect(statuses[3]).toBe('');
  });

  it("takes Hevy's negative weight as the same assistance", () => {
    const log = read(
      table([
        ['2026-01-05', 'Ann', 'Pull Up (Assisted)', -20, 8],
        ['2026-01-05', 'Ann', 'Pull Up (Assisted)', '20 kg', 8],
        ['2026-01-05', 'Ann', 'Pull-up', '-10', 5],
      ]),
    );
    expect(log.problems).toEqual([]);
    expect(log.entries.map((e) => [e.loadKg, e.e1rmKg])).toEqual([
      [-20, null],
      [-20, null],
      [-10, null],
    ]);
  });

  it('still refuses a negative load on a lift nothing can assist', () => {
    const log = read(table([['2026-01-05', 'Ann', 'Back squat', -20, 5]]));
    expect(log.problems[0]?.line).toBe(2);
    expect(log.problems[0]?.message).toBe('load -20 is negative');
  });

  it('counts going from assisted to bodyweight to weighted as progress on one series', () => {
    const statuses = statusesOf([
      ['2026-01-05', 'Ann', 'Pull-up', -20, 6],
      ['2026-01-12', 'Ann', 'Pull-up', '', 6],
      ['2026-01-19', 'Ann', 'Pull-up', 5, 5],
    ]);
    expect(statuses.map((s) => s.split(':')[0])).toEqual(['New best', 'New best', 'New best']);
  });
});

describe('loads written per hand or per side', () => {
  it('doubles a dumbbell load per hand and adds the bar to plates per side of a barbell', () => {
    const log = read(
      table([
        ['2026-01-05', 'Ann', 'Dumbbell Bench Press (each hand)', 20, 8],
        ['2026-01-05', 'Ann', 'Deadlift (per side)', 60, 5],
        ['2026-01-05', 'Ann', 'Leg Press (Each Side)', 40, 10],
        ['2026-01-05', 'Ann', 'Bulgarian Split Squat (Each Side)', 16, 8],
      ]),
    );
    expect(log.entries.map((e) => e.loadKg)).toEqual([40, 140, 80, 16]);
  });
});

describe('no status for what is not lifting', () => {
  it('leaves runs, cardio, stretches, mobility and holds without New best or Stale, loaded or not', () => {
    const names = [
      'Running (Outdoor)',
      'Couch Stretch',
      'Foam rolling',
      'Wall Sit 1:00',
      'Plank',
      'Weighted Plank',
      'Burpees',
    ];
    const rows = names.flatMap((name) =>
      ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'].map(
        (day, i) =>
          [day, 'Ann', name, name.startsWith('Weighted') ? 10 + i : '', 1 + (i % 2)] as const,
      ),
    );
    expect(statusesOf(rows).filter((s) => s !== '')).toEqual([]);
  });

  it('keeps statuses for lifts next to them', () => {
    const statuses = statusesOf([
      ['2026-01-05', 'Ann', 'Couch Stretch', '', 1],
      ['2026-01-05', 'Ann', 'Goblet squat', 20, 8],
    ]);
    expect(statuses).toEqual(['', 'New best: first session, e1RM 25.3 kg']);
  });

  it('marks the entries not lifting, and says whether each name was recognised', () => {
    const log = read(
      table([
        ['2026-01-05', 'Ann', 'Running (Outdoor)', '', 1],
        ['2026-01-05', 'Ann', 'Pendulum Squat', 60, 8],
        ['2026-01-05', 'Ann', 'Gizmo', 10, 8],
      ]),
    );
    expect(log.entries.map((e) => [e.exercise, e.pattern, e.recognised, e.notLifting])).toEqual([
      ['Running', 'conditioning', true, true],
      ['Pendulum Squat', 'squat', false, false],
      ['Gizmo', null, false, false],
    ]);
  });
});
