/**
 * Mistake 2: training like a powerlifter. Either the heavy barbell lifts dominate (back squat and
 * straight-bar deadlift over the lower-body work, bench press over the upper-body compound work),
 * or a lift that already reached its target kept chasing heavier 1RMs.
 */
import { findExercise } from '../catalogue';
import type { Finding, LogEntry, Series, Session } from '../model';
import { singlesChases } from './phases';
import {
  type AuditWindow,
  isLoaded,
  isLowerStrength,
  isPowerlifting,
  listWords,
  percent,
  regionOf,
  sentences,
  setsOf,
} from './window';

export const POWERLIFTER_TITLE = 'Training like a powerlifter';

interface Share {
  readonly lifts: string[];
  readonly sets: number;
  readonly of: number;
}

function powerliftingShare(entries: readonly LogEntry[]): Share {
  const heavy = entries.filter(isPowerlifting);
  return {
    lifts: [...new Set(heavy.map((e) => e.exercise))],
    sets: setsOf(heavy),
    of: setsOf(entries),
  };
}

const dominates = (share: Share, threshold: number): boolean =>
  share.sets > 0 && share.sets / share.of >= threshold;

export interface Chase {
  readonly exercise: string;
  /** The session the target was first met. */
  readonly reached: Session;
  /** New bests after that, inside the window. */
  readonly bests: readonly Session[];
  readonly target: number;
}

/** New bests set after the series had reached its target: 1RM chased past "strong enough". */
export function chaseOf(series: Series, startDayNumber: number): Chase | null {
  if (series.target === null) return null;
  // Within the athlete's current block: a target reached before a long break is history.
  const block = series.blocks.length - 1;
  const first = series.sessions.findIndex((s) => s.targetReached && s.block === block);
  if (first < 0) return null;
  const bests = series.sessions
    .slice(first + 1)
    .filter((s) => s.newBest && s.dayNumber >= startDayNumber);
  if (bests.length === 0) return null;
  return {
    exercise: series.exercise,
    reached: series.sessions[first]!,
    bests,
    target: series.target,
  };
}

function chaseText(chases: readonly Chase[]): string {
  if (chases.length === 0) return '';
  const latest = chases
    .map((c) => c.bests[c.bests.length - 1]!)
    .reduce((a, b) => (b.dayNumber > a.dayNumber ? b : a));
  if (chases.length > 1) {
    const count = chases.reduce((n, c) => n + c.bests.length, 0);
    return `${listWords(chases.map((c) => c.exercise))} had reached their targets, yet set ${count} new bests after, latest ${latest.day}.`;
  }
  const chase = chases[0]!;
  const ratio =
    latest.bestE1rmKg !== null && latest.bodyweightKg
      ? latest.bestE1rmKg / latest.bodyweightKg
      : null;
  const times = chase.bests.length === 1 ? 'a new best' : `${chase.bests.length} new bests`;
  return `${chase.exercise} reached its target (${chase.target}× bodyweight) on ${chase.reached.day}, then set ${times}, latest ${latest.day}${ratio ? ` at ${ratio.toFixed(2)}×` : ''}.`;
}

export function powerlifterFinding(w: AuditWindow): Finding | null {
  const threshold = w.thresholds.powerlifterShare;
  const loaded = w.entries.filter(isLoaded);
  const lower = powerliftingShare(loaded.filter(isLowerStrength));
  const upper = powerliftingShare(
    loaded.filter((e) => regionOf(e) === 'upper' && (e.pattern === 'push' || e.pattern === 'pull')),
  );
  const lowerDominates = dominates(lower, threshold);
  const upperDominates = dominates(upper, threshold);
  // Heavier singles past the target in build or peak are check 8's, said once there.
  const singles = new Set(singlesChases(w).flatMap((c) => c.sessions));
  const chases = w.series.flatMap((s) => {
    const chase = chaseOf(s, w.startDayNumber);
    if (chase === null) return [];
    const bests = chase.bests.filter((b) => !singles.has(b));
    return bests.length > 0 ? [{ ...chase, bests }] : [];
  });
  if (!lowerDominates && !upperDominates && chases.length === 0) return null;

  const evidence = sentences([
    lowerDominates
      ? `${lower.sets} of ${lower.of} loaded lower-body sets (${percent(lower.sets / lower.of)}) were ${listWords(lower.lifts)}.`
      : '',
    upperDominates
      ? `${listWords(upper.lifts)} made ${upper.sets} of ${upper.of} upper-body sets (${percent(upper.sets / upper.of)}).`
      : '',
    chaseText(chases),
  ]);

  const dominant = [...(lowerDominates ? lower.lifts : []), ...(upperDominates ? upper.lifts : [])];
  const swaps = dominant.flatMap((name) => {
    const swap = findExercise(name)?.swap;
    return swap ? [`${name} → ${swap}`] : [];
  });
  const chased = chases.map((c) => c.exercise);
  const advice = sentences([
    swaps.length > 0 ? `Swap ${listWords(swaps)}.` : '',
    chased.length > 0
      ? `${listWords(chased)} ${chased.length === 1 ? 'is' : 'are'} strong enough: hold ${chased.length === 1 ? 'it' : 'them'} with lighter, faster sets and put the effort into jumps and strides.`
      : 'Once a lift reaches its target, stop chasing 1RM: keep it and shift to speed and power.',
  ]);
  return {
    mistake: 2,
    title: POWERLIFTER_TITLE,
    evidence,
    advice,
    ...(swaps.length > 3 ? { steps: swaps } : {}),
  };
}
