/** Mistake 3: bodyweight and abs only (sessions logged, no loaded squat, hinge or lunge). */
import { canonicalName } from '../catalogue';
import type { Finding } from '../model';
import {
  type AuditWindow,
  dayRange,
  isLoaded,
  isLowerStrength,
  listWords,
  loadText,
  sentences,
  setsByExercise,
} from './window';

export const BODYWEIGHT_TITLE = 'Bodyweight and abs only';

/** Rounds kg to a load someone can pick up: whole kettlebell/plate steps. */
const roundTo = (kg: number, step: number): number => Math.max(step, Math.round(kg / step) * step);

/**
 * Starting loads in words. With a known bodyweight: goblet squat ≈ 20 % of it, trap bar deadlift
 * ≈ half of it (most runners pull that for 5 clean reps in week one), split squat ≈ 10 % in each hand.
 */
function firstLifts(w: AuditWindow): string {
  const goblet = canonicalName('Goblet squat');
  const trapBar = canonicalName('Trap bar deadlift');
  const split = canonicalName('Split squat');
  const bw = w.bodyweightKg;
  if (bw === null) {
    return `Start with ${goblet} holding a light kettlebell, ${trapBar} with a load you can lift for 8 easy reps, and ${split} with light dumbbells, 3×6–8 twice a week.`;
  }
  return `Start with ${goblet} at about ${loadText(roundTo(bw * 0.2, 2), w.unit)}, ${trapBar} at about ${loadText(roundTo(bw * 0.5, 5), w.unit)} and ${split} with ${loadText(roundTo(bw * 0.1, 2), w.unit)} in each hand, 3×6–8 twice a week.`;
}

export function bodyweightFinding(w: AuditWindow): Finding | null {
  if (w.days.length < w.thresholds.minSessions) return null;
  if (w.entries.some((e) => isLowerStrength(e) && isLoaded(e))) return null;

  const logged = setsByExercise(w.entries).map(([name]) => name);
  const evidence = sentences([
    `${w.days.length} sessions, ${dayRange(w.days)}, and not one loaded squat, hinge or lunge.`,
    logged.length > 0 ? `Logged: ${listWords(logged)}.` : '',
  ]);
  const advice = sentences([
    firstLifts(w),
    'Add load every week or two while the reps stay clean.',
  ]);
  return { mistake: 3, title: BODYWEIGHT_TITLE, evidence, advice };
}
