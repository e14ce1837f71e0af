/** Mistake 1: training like a bodybuilder (isolation work and pump-range sets). */
import { findExercise } from '../catalogue';
import type { Finding, LogEntry } from '../model';
import {
  type AuditWindow,
  dayRange,
  isIsolation,
  isLoaded,
  listWords,
  percent,
  sentences,
  setsByExercise,
  setsOf,
} from './window';

export const BODYBUILDER_TITLE = 'Training like a bodybuilder';

/** Cardio, runs and stretches are not gym sets, so they neither dilute nor add to the share. */
const countsAsGymSet = (e: LogEntry): boolean =>
  e.pattern !== 'conditioning' && e.pattern !== 'mobility';

export function bodybuilderFinding(w: AuditWindow): Finding | null {
  const { pumpReps, bodybuilderShare } = w.thresholds;
  const gym = w.entries.filter(countsAsGymSet);
  const isPump = (e: LogEntry) => isIsolation(e) || (isLoaded(e) && e.reps >= pumpReps);
  const pump = gym.filter(isPump);
  const total = setsOf(gym);
  const pumpSets = setsOf(pump);
  if (total === 0 || pumpSets === 0 || pumpSets / total < bodybuilderShare) return null;

  const byExercise = setsByExercise(pump).map(([name, sets]) => `${name} ${sets}`);
  const days = [...new Set(pump.map((e) => e.day))];
  const evidence = sentences([
    `${pumpSets} of ${total} sets (${percent(pumpSets / total)}) were isolation or ${pumpReps}+ rep work, ${dayRange(days)}:`,
    `${listWords(byExercise)}.`,
  ]);

  // The swaps for the exercises with the most pump sets first.
  const swaps = [
    ...new Set(
      setsByExercise(pump).flatMap(([name]) => {
        const swap = findExercise(name)?.swap;
        return swap && swap !== name ? [`${name} → ${swap}`] : [];
      }),
    ),
  ];
  const advice = sentences([
    'Cut most isolation and pump sets: runners need strength per kilo, not size.',
    swaps.length > 0 ? `Swap ${listWords(swaps, 2)}.` : '',
    'Put the time into heavier squats, hinges and lunges for 3–6 reps.',
  ]);
  return {
    mistake: 1,
    title: BODYBUILDER_TITLE,
    evidence,
    advice,
    ...(swaps.length > 2 ? { steps: swaps } : {}),
  };
}
