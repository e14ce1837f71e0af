/**
 * What people lift, as multiples of bodyweight (estimated 1RM ÷ bodyweight). A ratio beyond these
 * is a likely unit mix-up (pounds read as kilos, or a bodyweight in the wrong unit) until the
 * coach proves otherwise, so it is flagged and never counts as a target reached (DESIGN: units
 * are never silently wrong). Generous on purpose: only elite lifters of light classes come near
 * them, and no runner does.
 */
import { canonicalName, nameKey } from './catalogue';

export interface HumanLimit {
  /** Canonical exercise name (catalogue). */
  readonly exercise: string;
  readonly multiple: number;
}

export const HUMAN_LIMITS: readonly HumanLimit[] = [
  { exercise: 'Deadlift', multiple: 3.5 },
  { exercise: 'Trap bar deadlift', multiple: 3.5 },
  { exercise: 'Romanian deadlift', multiple: 3 },
  { exercise: 'Back squat', multiple: 3 },
  { exercise: 'Front squat', multiple: 2.5 },
  { exercise: 'Bench press', multiple: 2.5 },
  { exercise: 'Overhead press', multiple: 1.75 },
  { exercise: 'Power clean', multiple: 2 },
];

const LIMITS: ReadonlyMap<string, number> = new Map(
  HUMAN_LIMITS.map((l) => [nameKey(l.exercise), l.multiple]),
);

/** The most a person lifts in this exercise as a multiple of bodyweight; null when we keep none. */
export function humanLimitFor(exercise: string): number | null {
  return LIMITS.get(nameKey(canonicalName(exercise))) ?? null;
}

/** The ratio is beyond what people lift in this exercise. */
export function beyondHumanLimit(ratio: number | null, limit: number | null): boolean {
  return ratio !== null && limit !== null && ratio > limit;
}

/** Plain words for the flag: "5.25× bodyweight is beyond what people deadlift (3.5×): …". */
export function unitDoubtText(exercise: string, ratio: number, limit: number): string {
  return `${Number(ratio.toFixed(2))}× bodyweight is beyond what people lift in ${exercise} (${limit}×): likely a unit mix-up (pounds read as kilos, or a bodyweight in the wrong unit), so it does not count as a target reached`;
}
