/**
 * The program audit: reads one athlete's recent training and says which of the five mistakes of
 * DESIGN.md it shows, with the evidence from the log and what to do instead.
 *
 * Window: `windowDays` calendar days up to and including the athlete's latest session. With fewer
 * than two sessions in it nothing is said: one session is not a program.
 */
import { bodybuilderFinding } from './audit/bodybuilder';
import { bodyweightFinding } from './audit/bodyweight';
import { connectFinding } from './audit/connect';
import {
  attentionWeight,
  isChecked,
  phaseThresholds,
  raceFinding,
  singlesFinding,
  speedFinding,
} from './audit/phases';
import { powerlifterFinding } from './audit/powerlifter';
import { progressFinding } from './audit/progress';
import { type AuditWindow, auditWindow } from './audit/window';
import {
  type AuditThresholds,
  DEFAULT_AUDIT_THRESHOLDS,
  type Finding,
  type LogEntry,
  type Series,
} from './model';
import { EMPTY_SEASON, type SeasonPlan } from './season';

export { BODYBUILDER_TITLE } from './audit/bodybuilder';
export { BODYWEIGHT_TITLE } from './audit/bodyweight';
export { CONNECT_TITLE, HEAVY_MAX_REPS, HEAVY_SHARE_OF_BEST, isHeavyLower } from './audit/connect';
export {
  attentionWeight,
  PHASE_AUDIT,
  RACE_QUIET_DAYS,
  RACE_TITLE,
  SINGLES_TITLE,
  SPEED_TITLE,
} from './audit/phases';
export { POWERLIFTER_TITLE } from './audit/powerlifter';
export { PROGRESS_TITLE } from './audit/progress';
export { validateThresholds } from './audit/thresholds';

/** Fewer sessions than this in the window and the audit says nothing. */
export const MIN_SESSIONS_TO_AUDIT = 2;

type Rule = (w: AuditWindow) => Finding | null;

/** The checks by number: the five mistakes, then the season checks (audit/phases.ts). */
const RULES: readonly (readonly [number, Rule])[] = [
  [1, bodybuilderFinding],
  [2, powerlifterFinding],
  [3, bodyweightFinding],
  [4, progressFinding],
  [5, connectFinding],
  [6, raceFinding],
  [7, speedFinding],
  [8, singlesFinding],
];

/**
 * Heavy work before a goal race is a matter of one session, so check 6 speaks even when there are
 * too few sessions for the others.
 */
const ONE_SESSION_RULES = new Set([6]);

/**
 * The findings for one athlete (their entries and series), ordered by number. With a season plan,
 * the phase of the athlete's latest session decides which checks run and their thresholds, and the
 * window starts no earlier than that phase; every finding carries its attention weight.
 */
export function auditAthlete(
  athlete: string,
  entries: readonly LogEntry[],
  series: readonly Series[],
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
  season: SeasonPlan = EMPTY_SEASON,
): Finding[] {
  const plain = auditWindow(athlete, entries, series, thresholds, season);
  const phase = plain.phase;
  const window =
    phase === null ? plain : { ...plain, thresholds: phaseThresholds(thresholds, phase) };
  const enough = window.days.length >= MIN_SESSIONS_TO_AUDIT;
  return RULES.flatMap(([mistake, rule]) => {
    if (!isChecked(mistake, phase) || (!enough && !ONE_SESSION_RULES.has(mistake))) return [];
    const found = rule(window);
    if (found === null) return [];
    const weight = attentionWeight(mistake, phase);
    return [phase === null ? { ...found, weight } : { ...found, weight, phase }];
  });
}

/** The line every surface shows for an athlete with no findings. */
export function nothingToFixLine(thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS): string {
  return `Nothing to fix in the last ${thresholds.windowDays} days: none of the five gym mistakes shows in this log. Keep it up.`;
}

export const NOTHING_TO_FIX = nothingToFixLine();

/** The line for an athlete with too few sessions in the window for an audit to mean anything. */
export function tooFewSessionsLine(
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
  phase: { readonly phase: string; readonly from: string } | null = null,
): string {
  const where =
    phase === null
      ? `in the last ${thresholds.windowDays} days`
      : `in this ${phase.phase} phase (since ${phase.from})`;
  return `Too few sessions ${where} to audit: log at least ${MIN_SESSIONS_TO_AUDIT}.`;
}

/** The line for an athlete with no session in the audit window: no verdict as if current. */
export function inactiveLine(
  lastSession: string,
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
): string {
  return `Inactive since ${lastSession}: no session in the last ${thresholds.windowDays} days, so no audit.`;
}

/**
 * What a surface shows when the findings list is empty: "nothing to fix" when there was enough
 * training to judge, otherwise that there was too little. `sessionsInWindow` is the athlete's
 * training days inside the window (see `sessionsInAuditWindow`).
 */
export function emptyAuditLine(
  sessionsInWindow: number,
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
  phase: { readonly phase: string; readonly from: string } | null = null,
): string {
  return sessionsInWindow < MIN_SESSIONS_TO_AUDIT
    ? tooFewSessionsLine(thresholds, phase)
    : nothingToFixLine(thresholds);
}

/** The athlete's training days inside the audit window (clipped to the current phase). */
export function sessionsInAuditWindow(
  athlete: string,
  entries: readonly LogEntry[],
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
  season: SeasonPlan = EMPTY_SEASON,
): number {
  return auditScope(athlete, entries, thresholds, season).sessions;
}

/**
 * What the audit looked at: the training days in its window, and the phase when the window was
 * cut short at the phase's start (the empty-audit line then names the phase, not the days).
 */
export function auditScope(
  athlete: string,
  entries: readonly LogEntry[],
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
  season: SeasonPlan = EMPTY_SEASON,
): { sessions: number; phase: { phase: string; from: string } | null } {
  const w = auditWindow(athlete, entries, [], thresholds, season);
  const latest = w.allEntries[w.allEntries.length - 1]?.dayNumber ?? 0;
  const clipped = w.phase !== null && w.startDayNumber > latest - thresholds.windowDays + 1;
  return {
    sessions: w.days.length,
    phase: clipped && w.phase !== null ? { phase: w.phase, from: w.phaseFrom } : null,
  };
}
