/** View model of the Athletes section: search, what each card shows, and in which words. */
import type { SidebarAthlete, SidebarLift } from '../addon/api-types';
import type { LiftSummary } from '../core/model';
import { blockLine, phaseLine } from '../core/season';
import {
  formatDay,
  formatLoad,
  formatMultiple,
  plural,
  progressPercent,
  searchKey,
} from './format';

/** The search box appears when there are more athletes than fit at a glance. */
export const SEARCH_FROM = 5;

export function filterAthletes<A extends { readonly name: string }>(
  athletes: readonly A[],
  query: string,
): A[] {
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

export function keyLiftView(
  lift: Pick<LiftSummary, 'exercise' | 'ratio' | 'target' | 'targetReached'>,
): KeyLiftView {
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
export function staleView(
  lift: Pick<LiftSummary, 'exercise' | 'lastNewBest' | 'sessionsSinceBest'>,
): StaleView {
  const since = lift.lastNewBest ? ` since ${formatDay(lift.lastNewBest)}` : '';
  return {
    exercise: lift.exercise,
    text: `no new best in ${plural(lift.sessionsSinceBest, 'session')}${since}`,
  };
}

export interface OtherKeyLiftView {
  readonly exercise: string;
  /** "best 29.3 kg · new best 2 Oct 2026", or the stale words. */
  readonly text: string;
  readonly stale: boolean;
}

export interface AthleteCardView {
  /** Key lifts with a target, in the server's order. */
  readonly keyLifts: readonly KeyLiftView[];
  /** The summaries behind keyLifts, index for index (for the charts). */
  readonly keyLiftSummaries: readonly SidebarLift[];
  /** Key lifts without a target (loaded lower-body work): a line each. */
  readonly otherKeyLifts: readonly OtherKeyLiftView[];
  /** Stale key lifts. */
  readonly stale: readonly StaleView[];
  /** "Also stale: Calf raise, Cable fly (not key lifts)", or "" when none. */
  readonly otherStale: string;
  readonly allReached: boolean;
  readonly subtitle: string;
  /** The season plan's phase and goal race ("Phase: taper since …"); "" without one. */
  readonly phase: string;
  /** The block since a long break ("Block 2 since …"); "" for an athlete's first block. */
  readonly block: string;
}

function otherKeyLift(lift: SidebarLift, unit: string): OtherKeyLiftView {
  if (lift.stale) return { exercise: lift.exercise, text: staleView(lift).text, stale: true };
  const best = lift.bestE1rm === null ? '' : `best ${formatLoad(lift.bestE1rm, unit)}`;
  const since = lift.lastNewBest ? `last new best ${formatDay(lift.lastNewBest)}` : '';
  return { exercise: lift.exercise, text: [best, since].filter(Boolean).join(' · '), stale: false };
}

export function athleteCardView(athlete: SidebarAthlete): AthleteCardView {
  const withTarget = athlete.lifts.filter((l) => l.target !== null);
  const keyLifts = withTarget.map(keyLiftView);
  const bodyweight =
    athlete.bodyweight === null ? 'bodyweight unknown' : `${athlete.bodyweight} ${athlete.unit}`;
  const last = athlete.lastSession ? `, last ${formatDay(athlete.lastSession)}` : '';
  const others = athlete.otherStale;
  return {
    keyLifts,
    keyLiftSummaries: withTarget,
    otherKeyLifts: athlete.lifts
      .filter((l) => l.target === null)
      .map((l) => otherKeyLift(l, athlete.unit)),
    stale: withTarget.filter((l) => l.stale).map(staleView),
    otherStale: others.length === 0 ? '' : `Also stale (not key lifts): ${others.join(', ')}.`,
    allReached: keyLifts.length > 0 && keyLifts.every((k) => k.reached),
    subtitle: `${bodyweight} · ${plural(athlete.sessions, 'session')}${last}`,
    phase: phaseLine(athlete.phase),
    block: blockLine(athlete.block),
  };
}
