/**
 * Loads a gym has: advice names a load the coach can hand the athlete. A barbell (or trap bar)
 * goes up in pairs of the smallest common plates; dumbbells and kettlebells come in fixed sizes;
 * a machine's stack in its plate steps. All in the athlete's unit: a gym in pounds has pound
 * plates and bells, not converted kilograms.
 */
import { findExercise, type Implement } from './catalogue';
import { fromKg, toKg, type Unit } from './units';

/** Kettlebell sizes (competition and common gym sets). */
const KETTLEBELLS: Readonly<Record<Unit, readonly number[]>> = {
  kg: [4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 36, 40, 44, 48],
  lb: [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100],
};

/** Dumbbell racks: 1-kg steps to 10 kg, then 2 kg (2.5 lb to 10 lb, then 5 lb). */
function dumbbells(unit: Unit): number[] {
  const out: number[] = [];
  if (unit === 'kg') {
    for (let w = 1; w <= 10; w++) out.push(w);
    for (let w = 12; w <= 60; w += 2) out.push(w);
  } else {
    for (let w = 2.5; w <= 10; w += 2.5) out.push(w);
    for (let w = 15; w <= 150; w += 5) out.push(w);
  }
  return out;
}

/** The step between loads on a bar (one smallest plate each side) or a stack. */
const STEP: Readonly<Record<'bar' | 'stack', Record<Unit, number>>> = {
  bar: { kg: 2.5, lb: 5 },
  stack: { kg: 5, lb: 10 },
};

/** Sizes or a step, for an implement. */
function scale(implement: Implement, unit: Unit): { sizes: readonly number[] } | { step: number } {
  if (implement === 'kettlebell') return { sizes: KETTLEBELLS[unit] };
  if (implement === 'dumbbell') return { sizes: dumbbells(unit) };
  if (implement === 'machine' || implement === 'cable') return { step: STEP.stack[unit] };
  return { step: STEP.bar[unit] };
}

/**
 * The implement a lift is done with: what its name says as written ("Goblet Squat (Kettlebell)",
 * "KB swing", "DB lunge"), else the catalogue's, else a barbell's plates.
 */
export function implementOf(exercise: string, asWritten: readonly string[] = []): Implement {
  for (const name of asWritten) {
    if (/\b(kettlebells?|kb)\b/i.test(name)) return 'kettlebell';
    if (/\b(dumbbells?|db)\b/i.test(name)) return 'dumbbell';
  }
  return findExercise(exercise)?.implement ?? 'barbell';
}

/** The load (kg) nearest to `kg` that the implement offers, in the athlete's unit. */
export function nearestLoadKg(kg: number, implement: Implement, unit: Unit): number {
  const value = fromKg(kg, unit);
  const s = scale(implement, unit);
  if ('step' in s) return toKg(Math.max(s.step, Math.round(value / s.step) * s.step), unit);
  let best = s.sizes[0] as number;
  for (const size of s.sizes) if (Math.abs(size - value) < Math.abs(best - value)) best = size;
  return toKg(best, unit);
}

/**
 * The next load up from `kg` the implement offers (the next bell, or one plate step); null when
 * there is none (the heaviest bell).
 */
export function nextLoadUpKg(kg: number, implement: Implement, unit: Unit): number | null {
  const value = fromKg(kg, unit);
  const s = scale(implement, unit);
  if ('step' in s) return toKg((Math.round(value / s.step) + 1) * s.step, unit);
  const next = s.sizes.find((size) => size > value + 1e-9);
  return next === undefined ? null : toKg(next, unit);
}

/** "20 kg", "52.5 kg", "45 lb": a load in the unit, as written on a plate or a bell. */
export function loadWords(kg: number, unit: Unit): string {
  const value = Math.round(fromKg(kg, unit) * 100) / 100;
  return `${value} ${unit}`;
}
