/**
 * Mistake 5: not connecting gym work to running. A heavy lower-body session is a day with a loaded
 * squat, hinge or lunge set of 1–6 reps, or of 7–8 reps at 75 % or more of the best estimated 1RM
 * the athlete had shown in that exercise before that day. The load is compared with a known max,
 * not with the set's own estimate (every set is 75 % of itself at 10 reps), and 9+ reps is volume
 * work whatever the load: a 3×10 goblet squat is not the heavy slow lift a jump should follow.
 * A session is connected when the same day also has a plyometric or sprint entry (jumps, bounds,
 * hops, sprints, strides).
 */
import { canonicalName, nameKey } from '../catalogue';
import type { Finding, LogEntry, Series } from '../model';
import {
  type AuditWindow,
  isFast,
  isLoaded,
  isLowerStrength,
  listWords,
  pairingOf,
  sentences,
} from './window';

export const CONNECT_TITLE = 'Not connecting gym work to running';

export const HEAVY_MAX_REPS = 6;
export const HEAVY_SHARE_OF_BEST = 0.75;
/** Above this many reps a set is volume work, however heavy the load. */
export const HEAVY_MOST_REPS = 8;

/** A jump in a similar position when the catalogue names no pairing. */
const FALLBACK_PAIRING: Readonly<Record<string, string>> = {
  squat: 'Box jump',
  hinge: 'Vertical jump',
  lunge: 'Split jump',
};

/** The best e1RM (kg) the athlete showed in the entry's exercise before its day; null when none. */
export function bestBefore(series: readonly Series[], entry: LogEntry): number | null {
  const key = nameKey(entry.exercise);
  const own = series.find((s) => nameKey(s.exercise) === key);
  let best: number | null = null;
  for (const s of own?.sessions ?? []) {
    if (s.dayNumber >= entry.dayNumber) break;
    if (s.bestE1rmKg !== null && (best === null || s.bestE1rmKg > best)) best = s.bestE1rmKg;
  }
  return best;
}

export function isHeavyLower(entry: LogEntry, series: readonly Series[]): boolean {
  // An Olympic lift is the fast part of the pairing (see isFast), not a heavy slow lift needing one.
  if (entry.pattern === 'olympic') return false;
  if (!isLowerStrength(entry) || !isLoaded(entry) || entry.reps < 1) return false;
  if (entry.reps <= HEAVY_MAX_REPS) return true;
  if (entry.reps > HEAVY_MOST_REPS) return false;
  const best = bestBefore(series, entry);
  return best !== null && entry.loadKg >= HEAVY_SHARE_OF_BEST * best;
}

function pairingFor(entry: LogEntry): string {
  const pairing = pairingOf(entry.exercise) ?? FALLBACK_PAIRING[entry.pattern ?? ''] ?? 'Box jump';
  return canonicalName(pairing);
}

export function connectFinding(w: AuditWindow): Finding | null {
  const byDay = new Map<string, LogEntry[]>();
  for (const e of w.entries) {
    const day = byDay.get(e.day);
    if (day) day.push(e);
    else byDay.set(e.day, [e]);
  }
  const heavySessions = [...byDay]
    .map(([day, entries]) => ({
      day,
      heavy: entries.filter((e) => isHeavyLower(e, w.series)),
      connected: entries.some(isFast),
    }))
    .filter((s) => s.heavy.length > 0);
  const heavyDays = heavySessions.filter((s) => !s.connected);
  const heavyCount = heavySessions.length;
  const unconnected = heavyDays.length;
  if (unconnected === 0 || unconnected / heavyCount < w.thresholds.unconnectedShare) return null;

  const evidence = sentences([
    `${unconnected} of ${heavyCount} heavy lower-body session${heavyCount === 1 ? '' : 's'} had no jump, hop, bound, sprint or strides the same day:`,
    `${listWords(heavyDays.map((d) => d.day))}.`,
  ]);
  const lifts = new Map<string, string>();
  for (const d of heavyDays) for (const e of d.heavy) lifts.set(e.exercise, pairingFor(e));
  const pairs = [...lifts].map(([lift, jump]) => `${lift} → ${jump}`);
  const advice = sentences([
    `Pair each heavy lift with a fast jump in a similar position: ${listWords(pairs, 2)}, 3×3–5 fresh.`,
    'Finish with 4–6 strides after lifting.',
  ]);
  // The sentence names two pairings; every one of them is a step of its own.
  return {
    mistake: 5,
    title: CONNECT_TITLE,
    evidence,
    advice,
    ...(pairs.length > 2 ? { steps: pairs } : {}),
  };
}
