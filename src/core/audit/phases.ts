/**
 * The audit by season phase: which of the five mistakes each phase checks and how its thresholds
 * move (data, with the coaching reason beside each), the three checks only a season plan makes
 * meaningful (6: heavy work before a goal race, 7: no speed work in a peak phase, 8: heavier
 * singles past the target in build or peak), and the attention weight of every finding.
 *
 * The coaching view (DESIGN.md): build strength in the off-season and base, convert it to power
 * before racing, maintain it in season, back off in a taper, rest after a goal race.
 */
import type { AuditThresholds, Finding, LogEntry, Series, Session } from '../model';
import type { Phase } from '../season';
import { bestBefore } from './connect';
import {
  type AuditWindow,
  isFast,
  isLoaded,
  isLowerStrength,
  listWords,
  loadText,
  percent,
  sentences,
} from './window';

type ShareThreshold = 'bodybuilderShare' | 'powerlifterShare' | 'unconnectedShare';

export interface PhaseAudit {
  /** Mistakes (1–5) not checked in this phase. */
  readonly skip: readonly number[];
  /** Factors on the coach's share thresholds (a result above 100 % is 100 %). */
  readonly scale: Partial<Record<ShareThreshold, number>>;
  /** Why, in the coach's words (README quotes these). */
  readonly why: string;
}

export const PHASE_AUDIT: Readonly<Record<Phase, PhaseAudit>> = {
  'off-season': {
    skip: [],
    scale: { bodybuilderShare: 1.25 },
    why: 'Furthest from racing: some general muscle and tendon work costs the running least now, so mistake 1 needs 50 % of the sets (not 40 %). Everything else as usual: this is when strength is built.',
  },
  base: {
    skip: [],
    scale: {},
    why: 'The reference phase: build strength with steady progress; the default thresholds.',
  },
  build: {
    skip: [],
    scale: {},
    why: 'Strength still rising toward racing; the default thresholds, and heavier singles past a target are flagged (check 8).',
  },
  peak: {
    skip: [],
    scale: { bodybuilderShare: 0.5, powerlifterShare: 0.8, unconnectedShare: 0.5 },
    why: 'Convert strength into power: pump work only adds soreness and mass (mistake 1 at 20 %), barbell-heavy work crowds out speed (mistake 2 at 40 %), and most heavy sessions should carry jumps (mistake 5 at 25 %). No speed work at all is check 7.',
  },
  'race season': {
    skip: [4],
    scale: { bodybuilderShare: 0.75 },
    why: 'Maintain: holding a lift is the plan, so "not progressing" is not checked (slipping lifts are flagged on the rows instead); pump work that leaves legs sore before races is flagged sooner (30 %).',
  },
  taper: {
    skip: [3, 4],
    scale: { bodybuilderShare: 0.75 },
    why: 'Back off: light or bodyweight-only work and holding lifts are right, so mistakes 3 and 4 are not checked; heavy work close to the race is check 6.',
  },
  transition: {
    skip: [1, 3, 4, 5],
    scale: {},
    why: 'Rest after a goal race: anything light goes, so only chasing heavy 1RMs (mistake 2) is still a mistake.',
  },
};

/** The coach's thresholds as this phase applies them. */
export function phaseThresholds(thresholds: AuditThresholds, phase: Phase | null): AuditThresholds {
  if (phase === null) return thresholds;
  const out: Record<keyof AuditThresholds, number> = { ...thresholds };
  for (const [key, factor] of Object.entries(PHASE_AUDIT[phase].scale) as [
    ShareThreshold,
    number,
  ][]) {
    out[key] = Math.min(1, thresholds[key] * factor);
  }
  return out;
}

export const isChecked = (mistake: number, phase: Phase | null): boolean =>
  phase === null || !PHASE_AUDIT[phase].skip.includes(mistake);

// ---------------------------------------------------------------------------------------------
// Attention weights: how high a finding ranks in a "needs attention" list, from 0 (a note) to 1
// (act today), the scale of Finding.weight.

/**
 * Per check, with no phase: bodyweight-and-abs-only (no strength work at all) first, then
 * powerlifting habits, bodybuilding volume, not connecting to running; not progressing sits with
 * the stale lifts. Heavy work before a race (6) risks the race itself; no speed work in a peak (7)
 * wastes the phase; heavier singles past the target (8) are mistake 2's chase at its worst time.
 * (1–5 are the Needs attention list's defaults for findings without a weight.)
 */
export const MISTAKE_WEIGHTS: Readonly<Record<number, number>> = {
  1: 0.5,
  2: 0.6,
  3: 0.8,
  4: 0.55,
  5: 0.4,
};

/** Mistakes 1–5 as the Needs attention list weighs them, and the season checks 6–8. */
export const CHECK_WEIGHT: Readonly<Record<number, number>> = {
  ...MISTAKE_WEIGHTS,
  6: 0.9,
  7: 0.6,
  8: 0.55,
};

/** Per phase: the closer to racing, the more a mistake costs; the off-season and transition forgive. */
export const PHASE_WEIGHT: Readonly<Record<Phase, number>> = {
  'off-season': 0.75,
  base: 1,
  build: 1,
  peak: 1.25,
  'race season': 1.25,
  taper: 1.5,
  transition: 0.5,
};

/** The check's weight times the phase's, at most 1 (a taper with heavy work is 1: act today). */
export function attentionWeight(mistake: number, phase: Phase | null): number {
  const weight = (CHECK_WEIGHT[mistake] ?? 0.5) * (phase === null ? 1 : PHASE_WEIGHT[phase]);
  return Math.min(1, Math.round(weight * 100) / 100);
}

// ---------------------------------------------------------------------------------------------
// Check 6: heavy lower-body work or max attempts close to a goal race.

export const RACE_TITLE = 'Heavy work too close to a goal race';
/** The last heavy lower-body session belongs 10 days or more before a goal race. */
export const RACE_QUIET_DAYS = 10;
/** Heavy, this close to a race: a lower-body set of 1–6 reps at 80 % or more of the known best. */
export const RACE_HEAVY_SHARE = 0.8;
export const RACE_HEAVY_REPS = 6;
/** A max attempt: a loaded set of 1–2 reps at 90 % or more of the known best (or above it). */
export const MAX_ATTEMPT_REPS = 2;
export const MAX_ATTEMPT_SHARE = 0.9;

/** Share of the best e1RM shown before that day; null when there was none. */
function shareOfKnownBest(entry: LogEntry, series: readonly Series[]): number | null {
  const best = bestBefore(series, entry);
  return best === null || best <= 0 ? null : entry.loadKg / best;
}

export function isMaxAttempt(entry: LogEntry, series: readonly Series[]): boolean {
  if (!isLoaded(entry) || entry.reps < 1 || entry.reps > MAX_ATTEMPT_REPS) return false;
  const share = shareOfKnownBest(entry, series);
  return share === null || share >= MAX_ATTEMPT_SHARE;
}

/** Heavy by the stricter race-week measure: near the known best, not just few reps. */
export function isRaceHeavy(entry: LogEntry, series: readonly Series[]): boolean {
  if (!isLowerStrength(entry) || !isLoaded(entry) || entry.reps < 1) return false;
  if (entry.reps > RACE_HEAVY_REPS) return false;
  const share = shareOfKnownBest(entry, series);
  return share === null ? entry.reps <= 3 : share >= RACE_HEAVY_SHARE;
}

export function raceFinding(w: AuditWindow): Finding | null {
  const hits: { entry: LogEntry; race: string; raceDay: string; daysBefore: number }[] = [];
  for (const race of w.races) {
    for (const e of w.entries) {
      const daysBefore = race.dayNumber - e.dayNumber;
      if (daysBefore < 1 || daysBefore > RACE_QUIET_DAYS) continue;
      if (isRaceHeavy(e, w.series) || isMaxAttempt(e, w.series)) {
        hits.push({ entry: e, race: race.name, raceDay: race.day, daysBefore });
      }
    }
  }
  if (hits.length === 0) return null;
  const closest = hits.reduce((a, b) => (b.daysBefore < a.daysBefore ? b : a));
  const e = closest.entry;
  const share = shareOfKnownBest(e, w.series);
  const set = `${e.exercise} ${e.sets > 1 ? `${e.sets}×` : ''}${e.reps} at ${loadText(e.loadKg, w.unit)}${share === null ? '' : ` (${percent(share)} of best)`}`;
  const others = [...new Set(hits.map((h) => h.entry.exercise))].filter((x) => x !== e.exercise);
  const evidence = sentences([
    `${set} on ${e.day}, ${closest.daysBefore} day${closest.daysBefore === 1 ? '' : 's'} before ${closest.race} (${closest.raceDay}).`,
    others.length > 0 ? `Also heavy in those days: ${listWords(others)}.` : '',
  ]);
  const advice = sentences([
    `Make the last heavy lower-body session ${RACE_QUIET_DAYS}–14 days before a goal race, and no max attempts after it.`,
    'In the last days keep only short sessions of jumps, strides and light lifts (about 60–70 %) to stay sharp.',
  ]);
  return { mistake: 6, title: RACE_TITLE, evidence, advice };
}

// ---------------------------------------------------------------------------------------------
// Check 7: no speed or plyometric work in a peak phase.

export const SPEED_TITLE = 'No speed work in a peak phase';

export function speedFinding(w: AuditWindow): Finding | null {
  if (w.phase !== 'peak' || w.days.length < w.thresholds.minSessions) return null;
  if (w.entries.some(isFast)) return null;
  const lifts = [...new Set(w.entries.filter(isLowerStrength).map((e) => e.exercise))];
  const evidence = sentences([
    `Peak phase since ${w.phaseFrom}: ${w.days.length} sessions, ${w.days[0]} to ${w.days[w.days.length - 1]}, and not one jump, bound, hop, sprint or strides.`,
    lifts.length > 0 ? `Lower-body work: ${listWords(lifts)}.` : '',
  ]);
  const advice = sentences([
    'The peak is for turning strength into speed: add 3×3–5 jumps or bounds to every session, fresh, before or right after the main lift.',
    'Run 4–6 strides after lifting, and keep the heavy sets short.',
  ]);
  return { mistake: 7, title: SPEED_TITLE, evidence, advice };
}

// ---------------------------------------------------------------------------------------------
// Check 8: a lift past its target still chased for heavier singles in build or peak.

export const SINGLES_TITLE = 'Chasing heavier singles past the target';
const SINGLES_PHASES: ReadonlySet<Phase> = new Set<Phase>(['build', 'peak']);

export interface SinglesChase {
  readonly series: Series;
  readonly sessions: readonly Session[];
}

/** The best row of a session is a single or double. */
function topIsSingle(s: Session): boolean {
  return s.entries.some(
    (e) => e.e1rmKg !== null && e.e1rmKg === s.bestE1rmKg && e.reps <= MAX_ATTEMPT_REPS,
  );
}

/**
 * New bests set with a single or double in a build or peak phase by a series that had already
 * reached its target earlier in the same block, inside the window.
 */
export function singlesChases(w: AuditWindow): SinglesChase[] {
  return w.series.flatMap((series) => {
    if (series.target === null) return [];
    const sessions = series.sessions.filter((s, i) => {
      const previous = series.sessions[i - 1];
      return (
        s.dayNumber >= w.startDayNumber &&
        s.phase !== null &&
        SINGLES_PHASES.has(s.phase) &&
        s.newBest &&
        previous !== undefined &&
        previous.block === s.block &&
        previous.targetReached &&
        topIsSingle(s)
      );
    });
    return sessions.length > 0 ? [{ series, sessions }] : [];
  });
}

export function singlesFinding(w: AuditWindow): Finding | null {
  const chases = singlesChases(w);
  if (chases.length === 0) return null;
  const first = chases[0] as SinglesChase;
  const latest = first.sessions[first.sessions.length - 1] as Session;
  const ratio =
    latest.bestE1rmKg !== null && latest.bodyweightKg
      ? ` (${(latest.bestE1rmKg / latest.bodyweightKg).toFixed(2)}× bodyweight, target ${first.series.target}×)`
      : '';
  const evidence = sentences([
    `${first.series.exercise} had reached its target, yet a heavier single or double set a new best on ${listWords(first.sessions.map((s) => s.day))} in the ${latest.phase} phase${ratio}.`,
    chases.length > 1
      ? `Same for ${listWords(chases.slice(1).map((c) => c.series.exercise))}.`
      : '',
  ]);
  const advice = sentences([
    `${first.series.exercise} is strong enough: in ${latest.phase === 'peak' ? 'a peak' : 'a build'} phase hold it at 3–5 reps around 80 % with fast lifting, and spend the effort on jumps and strides.`,
  ]);
  return { mistake: 8, title: SINGLES_TITLE, evidence, advice };
}
