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
import { powerlifterFinding } from './audit/powerlifter';
import { progressFinding } from './audit/progress';
import { auditWindow } from './audit/window';
import {
  type AuditThresholds,
  DEFAULT_AUDIT_THRESHOLDS,
  type Finding,
  type LogEntry,
  type Series,
} from './model';

export { BODYBUILDER_TITLE } from './audit/bodybuilder';
export { BODYWEIGHT_TITLE } from './audit/bodyweight';
export { CONNECT_TITLE, HEAVY_MAX_REPS, HEAVY_SHARE_OF_BEST, isHeavyLower } from './audit/connect';
export { POWERLIFTER_TITLE } from './audit/powerlifter';
export { PROGRESS_TITLE } from './audit/progress';
export { validateThresholds } from './audit/thresholds';

/** Fewer sessions than this in the window and the audit says nothing. */
export const MIN_SESSIONS_TO_AUDIT = 2;

const RULES = [
  bodybuilderFinding,
  powerlifterFinding,
  bodyweightFinding,
  progressFinding,
  connectFinding,
] as const;

/** The findings for one athlete (their entries and series), ordered by mistake number. */
export function auditAthlete(
  athlete: string,
  entries: readonly LogEntry[],
  series: readonly Series[],
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
): Finding[] {
  const window = auditWindow(athlete, entries, series, thresholds);
  if (window.days.length < MIN_SESSIONS_TO_AUDIT) return [];
  return RULES.flatMap((rule) => rule(window) ?? []);
}

/** The line every surface shows for an athlete with no findings. */
export function nothingToFixLine(thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS): string {
  return `Nothing to fix in the last ${thresholds.windowDays} days: none of the five gym mistakes shows in this log. Keep it up.`;
}

export const NOTHING_TO_FIX = nothingToFixLine();

/** The line for an athlete with too few sessions in the window for an audit to mean anything. */
export function tooFewSessionsLine(thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS): string {
  return `Too few sessions in the last ${thresholds.windowDays} days to audit: log at least ${MIN_SESSIONS_TO_AUDIT}.`;
}

/**
 * What a surface shows when the findings list is empty: "nothing to fix" when there was enough
 * training to judge, otherwise that there was too little. `sessionsInWindow` is the athlete's
 * training days inside the window (see `sessionsInAuditWindow`).
 */
export function emptyAuditLine(
  sessionsInWindow: number,
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
): string {
  return sessionsInWindow < MIN_SESSIONS_TO_AUDIT
    ? tooFewSessionsLine(thresholds)
    : nothingToFixLine(thresholds);
}

/** The athlete's training days inside the audit window. */
export function sessionsInAuditWindow(
  athlete: string,
  entries: readonly LogEntry[],
  thresholds: AuditThresholds = DEFAULT_AUDIT_THRESHOLDS,
): number {
  return auditWindow(athlete, entries, [], thresholds).days.length;
}
