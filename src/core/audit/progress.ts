/**
 * Mistake 4: not progressing. Key lifts are the ones with a target plus the athlete's two most
 * frequent loaded lower-body lifts; one is stuck when its latest session (inside the window) is
 * stale by the series flags.
 */

import { implementOf, loadWords, nextLoadUpKg } from '../loads';
import type { Finding, Series, Session } from '../model';
import { type AuditWindow, listWords, pairingOf, sentences } from './window';

export const PROGRESS_TITLE = 'Not progressing';

/** How many of the most frequent loaded lower-body lifts count as key besides the targeted ones. */
const FREQUENT_LOWER_LIFTS = 2;

const isLoadedLower = (s: Series): boolean =>
  s.sessions.some((x) => x.topLoadKg > 0) &&
  s.sessions.some((x) =>
    x.entries.some((e) => ['squat', 'hinge', 'lunge'].includes(e.pattern ?? '')),
  );

/**
 * The key lifts: targeted ones, then the most frequent loaded lower-body lifts (squat, hinge,
 * lunge: never isolation work), the most recent and then the name breaking ties. The sidebar,
 * dashboard and attention list show these (LiftSummary.key).
 */
export function keyLifts(series: readonly Series[]): Series[] {
  const frequent = series
    .filter((s) => s.target === null && isLoadedLower(s))
    .sort(
      (a, b) =>
        b.sessions.length - a.sessions.length ||
        (b.sessions[b.sessions.length - 1]?.dayNumber ?? 0) -
          (a.sessions[a.sessions.length - 1]?.dayNumber ?? 0) ||
        (a.exercise < b.exercise ? -1 : a.exercise > b.exercise ? 1 : 0),
    )
    .slice(0, FREQUENT_LOWER_LIFTS);
  return [...series.filter((s) => s.target !== null), ...frequent];
}

interface Stuck {
  readonly series: Series;
  readonly lastProgress: Session;
  readonly since: number;
  readonly latest: Session;
}

function stuckOf(series: Series, startDayNumber: number): Stuck | null {
  const latest = series.sessions[series.sessions.length - 1];
  if (!latest?.stale || latest.dayNumber < startDayNumber) return null;
  // The first session is always a new best, so a stale series has a progress session.
  let lastIndex = 0;
  series.sessions.forEach((s, i) => {
    if (s.progress) lastIndex = i;
  });
  const lastProgress = series.sessions[lastIndex]!;
  return { series, lastProgress, since: series.sessions.length - 1 - lastIndex, latest };
}

function stuckText(s: Stuck): string {
  const what = s.latest.targetReached ? 'identical sessions' : 'sessions without a new best';
  return `${s.series.exercise}: ${s.since} ${what} since ${s.lastProgress.day}.`;
}

function nextStep(s: Stuck, w: AuditWindow): string {
  const name = s.series.exercise;
  if (s.latest.targetReached) {
    const pairing = pairingOf(name);
    return `${name} is strong enough: keep the load but change the work: faster reps, a 3-s lowering, single-leg sets${pairing ? ` or ${pairing} after it` : ' or jumps after it'}.`;
  }
  const top = s.latest.topLoadKg;
  const reps = s.latest.repsAtTopLoad;
  if (top > 0 && reps > 0) {
    // The next load the implement offers (the next bell, one plate step), in the athlete's unit.
    const written = [...new Set(s.latest.entries.map((e) => e.exerciseAsWritten))];
    const up = nextLoadUpKg(top, implementOf(name, written), w.unit);
    const heavier = up === null ? '' : `${loadWords(up, w.unit)} × ${reps} next, or `;
    return `${name}: try ${heavier}${loadWords(top, w.unit)} × ${reps + 1}, a 3-s lowering, or a single-leg version.`;
  }
  return `${name}: add a rep or a little load each session, slow the lowering to 3 s, or go single-leg.`;
}

export function progressFinding(w: AuditWindow): Finding | null {
  const stuck = keyLifts(w.series).flatMap((s) => stuckOf(s, w.startDayNumber) ?? []);
  if (stuck.length === 0) return null;
  const evidence = sentences(stuck.map(stuckText));
  const advice = sentences([
    nextStep(stuck[0]!, w),
    stuck.length > 1
      ? `Same for ${listWords(stuck.slice(1).map((s) => s.series.exercise))}: change one thing every session or two.`
      : 'Change one thing every session or two.',
  ]);
  // The sentence spells out the first lift's next step; each stuck lift gets its own as a step.
  return {
    mistake: 4,
    title: PROGRESS_TITLE,
    evidence,
    advice,
    ...(stuck.length > 1 ? { steps: stuck.map((s) => nextStep(s, w)) } : {}),
  };
}
