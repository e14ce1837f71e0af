/** Mistake 3: bodyweight and abs only (sessions logged, no loaded squat, hinge or lunge). */
import { canonicalName, type Implement } from '../catalogue';
import { loadWords, nearestLoadKg } from '../loads';
import type { Finding } from '../model';
import {
  type AuditWindow,
  dayRange,
  isLoaded,
  isLowerStrength,
  listWords,
  sentences,
  setsByExercise,
} from './window';

export const BODYWEIGHT_TITLE = 'Bodyweight and abs only';

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
  // Loads the gym has, in the athlete's unit: a dumbbell or bell size, the trap bar's plate steps.
  const at = (share: number, implement: Implement) =>
    loadWords(nearestLoadKg(bw * share, implement, w.unit), w.unit);
  return `Start with ${goblet} at about ${at(0.2, 'dumbbell')}, ${trapBar} at about ${at(0.5, 'trap bar')} and ${split} with ${at(0.1, 'dumbbell')} in each hand, 3×6–8 twice a week.`;
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
