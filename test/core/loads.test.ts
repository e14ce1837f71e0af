import { implementOf, loadWords, nearestLoadKg, nextLoadUpKg } from '../../src/core/loads';
import { KG_PER_LB } from '../../src/core/units';

const lb = (n: number) => n * KG_PER_LB;

describe('loads a gym has', () => {
  it('goes up from a 16 kg bell to the next bell or dumbbell, never to 18.5 kg', () => {
    expect(nextLoadUpKg(16, 'kettlebell', 'kg')).toBe(20);
    expect(nextLoadUpKg(16, 'dumbbell', 'kg')).toBe(18);
    expect(nextLoadUpKg(8, 'dumbbell', 'kg')).toBe(9);
    expect(nextLoadUpKg(48, 'kettlebell', 'kg')).toBeNull();
  });

  it('adds one plate step to a bar: 2.5 kg, or 5 lb in a pound gym', () => {
    expect(nextLoadUpKg(60, 'barbell', 'kg')).toBe(62.5);
    expect(nextLoadUpKg(61, 'trap bar', 'kg')).toBe(62.5);
    expect(loadWords(nextLoadUpKg(lb(135), 'barbell', 'lb') as number, 'lb')).toBe('140 lb');
    expect(loadWords(nextLoadUpKg(lb(70), 'machine', 'lb') as number, 'lb')).toBe('80 lb');
  });

  it('rounds a suggested load to the nearest size the implement comes in, in the unit', () => {
    expect(nearestLoadKg(13.4, 'dumbbell', 'kg')).toBe(14);
    expect(nearestLoadKg(17.9, 'kettlebell', 'kg')).toBe(16);
    expect(nearestLoadKg(18.1, 'kettlebell', 'kg')).toBe(20);
    expect(nearestLoadKg(33.6, 'trap bar', 'kg')).toBe(32.5);
    expect(loadWords(nearestLoadKg(lb(33), 'kettlebell', 'lb'), 'lb')).toBe('35 lb');
    expect(loadWords(nearestLoadKg(0.3, 'dumbbell', 'kg'), 'kg')).toBe('1 kg');
  });

  it('reads the implement from the name as written before the catalogue', () => {
    expect(implementOf('Goblet squat', ['Goblet Squat (Kettlebell)'])).toBe('kettlebell');
    expect(implementOf('Goblet squat', ['KB goblet squat'])).toBe('kettlebell');
    expect(implementOf('Goblet squat')).toBe('dumbbell');
    expect(implementOf('Front squat')).toBe('barbell');
    expect(implementOf('Some new lift')).toBe('barbell');
  });
});
