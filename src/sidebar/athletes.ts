/** View model of the Athletes section: search, what each card shows, and in which words. */
import type { AthleteSummary, LiftSummary } from '../core/model';
import { blockLine, phaseLine } from '../core/season';
import { formatDay, formatMultiple, plural, progressPercent, searchKey } from './format';

/** The search box appears when there are more athletes than fit at a glance. */
export const SEARCH_FROM = 5;

export function filterAthletes(
  athletes: readonly AthleteSummary[],
  query: string,
): AthleteSummary[] {
  const q = searchKey(query);
  if (q === '') return [...athletes];
  return athletes.filter((a) => searchKey(a.name).includes(q));
}

export const REACHED_TEXT = 'Strong enough: shift to speed and power';

export interface KeyLiftView {
  readonly exercise: string;
  readonly ratioText: string;
  readonly targetText: string;
  readonly percent: number;
  readonly reached: boolean;
  /** Accessible label of the progress bar, and its visible caption. */
  readonly label: string;
}

export function keyLiftView(lift: LiftSummary): KeyLiftView {
  const percent = lift.targetReached ? 100 : progressPercent(lift.ratio, lift.target);
  const ratioText = lift.ratio === null ? 'no ratio yet' : formatMultiple(lift.ratio);
  const targetText = formatMultiple(lift.target);
  const label = lift.targetReached
    ? `${lift.exercise}: ${ratioText} bodyweight, target ${targetText} reached`
    : `${lift.exercise}: ${ratioText} bodyweight, ${percent}% of the ${targetText} target`;
  return {
    exercise: lift.exercise,
    ratioText,
    targetText,
    percent,
    reached: lift.targetReached,
    label,
  };
}

export interface StaleView {
  readonly exercise: string;
  readonly text: string;
}

/** "no new best in 4 sessions since 2 Oct 2026" — the same words as the status column. */
export function staleView(lift: LiftSummary): StaleView {
  const since = lift.lastNewBest ? ` since ${formatDay(lift.lastNewBest)}` : '';
  return {
    exercise: lift.exercise,
    text: `no new best in ${plural(lift.sessionsSinceBest, 'session')}${since}`,
  };
}

export interface AthleteCardView {
  /** Lifts with a target, in the server's order (key lifts first). */
  readonly keyLifts: readonly KeyLiftView[];
  /** The summaries behind keyLifts, index for index (for the charts). */
  readonly keyLiftSummaries: readonly LiftSummary[];
  readonly stale: readonly StaleView[];
  readonly allReached: boolean;
  readonly subtitle: string;
  /** The season plan's phase and goal race ("Phase: taper since …"); "" without one. */
  readonly phase: string;
  /** The block since a long break ("Block 2 since …"); "" for an athlete's first block. */
  readonly block: string;
}

export function athleteCardView(athlete: AthleteSummary): AthleteCardView {
  const withTarget = athlete.lifts.filter((l) => l.target !== null);
  const keyLifts = withTarget.map(keyLiftView);
  const bodyweight =
    athlete.bodyweight === null ? 'bodyweight unknown' : `${athlete.bodyweight} ${athlete.unit}`;
  const last = athlete.lastSession ? `, last ${formatDay(athlete.lastSession)}` : '';
  return {
    keyLifts,
    keyLiftSummaries: withTarget,
    stale: athlete.lifts.filter((l) => l.stale).map(staleView),
    allReached: keyLifts.length > 0 && keyLifts.every((k) => k.reached),
    subtitle: `${bodyweight} · ${plural(athlete.sessions, 'session')}${last}`,
    phase: phaseLine(athlete.phase),
    block: blockLine(athlete.block),
  };
}
