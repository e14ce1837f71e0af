/**
 * The whole analysis of a log: per-athlete summaries (how strong for their weight, strong enough
 * yet, anything stuck), the status of every row, the rows that could not be read, and the audit.
 */

import { auditAthlete, emptyAuditLine, sessionsInAuditWindow } from './audit';
import { beyondHumanLimit, humanLimitFor, unitDoubtText } from './limits';
import { readLog } from './log';
import {
  type Analysis,
  type AthleteSummary,
  type AuditThresholds,
  DEFAULT_AUDIT_THRESHOLDS,
  type Finding,
  type LiftSummary,
  type LogEntry,
  type LogOptions,
  type RatioPoint,
  type RowStatus,
  type Series,
  type Session,
  type StatusOptions,
  type UnrecognisedName,
} from './model';
import { type Invalid, isInvalid } from './result';
import { buildSeries, rowStatuses } from './status';
import { fromKg, type Unit } from './units';
import type { CellValue } from './values';

export type Audit = (
  athlete: string,
  entries: readonly LogEntry[],
  series: readonly Series[],
) => Finding[];

export type AnalyzeOptions = LogOptions &
  StatusOptions & {
    /** Replaces the program audit (tests, or a caller with its own); default: auditAthlete. */
    readonly audit?: Audit;
    /** The coach's audit thresholds (checked by validateThresholds); defaults when absent. */
    readonly auditThresholds?: AuditThresholds;
  };

const round = (value: number, step: number): number => Math.round(value / step) * step;
const round1 = (value: number): number => Number(round(value, 0.1).toFixed(1));
const round2 = (value: number): number => Number(round(value, 0.01).toFixed(2));

/** The unit most of the athlete's rows are written in; ties go to the sheet's unit. */
function unitOf(entries: readonly LogEntry[], sheetUnit: Unit): Unit {
  let kg = 0;
  let lb = 0;
  for (const e of entries) {
    if (e.unit === 'kg') kg++;
    else lb++;
  }
  return kg === lb ? sheetUnit : kg > lb ? 'kg' : 'lb';
}

/** Bodyweight at the athlete's latest weigh-in: the latest day with one (heaviest on that day). */
function latestBodyweightKg(entries: readonly LogEntry[]): number | null {
  let day = Number.NEGATIVE_INFINITY;
  let kg: number | null = null;
  for (const e of entries) {
    if (e.bodyweightKg === null) continue;
    if (e.dayNumber > day || (e.dayNumber === day && kg !== null && e.bodyweightKg > kg)) {
      day = e.dayNumber;
      kg = e.bodyweightKg;
    }
  }
  return kg;
}

function liftSummary(series: Series, unit: Unit, bodyweightKg: number | null): LiftSummary {
  const sessions = series.sessions;
  let bestKg: number | null = null;
  let lastNewBest = -1;
  const history: RatioPoint[] = [];
  sessions.forEach((s, i) => {
    if (s.bestE1rmKg !== null && (bestKg === null || s.bestE1rmKg > bestKg)) bestKg = s.bestE1rmKg;
    if (s.newBest) lastNewBest = i;
    if (s.bestE1rmKg !== null && s.bodyweightKg !== null && s.bodyweightKg > 0) {
      history.push({ day: s.day, ratio: round2(s.bestE1rmKg / s.bodyweightKg) });
    }
  });
  const last = sessions[sessions.length - 1] as Session;
  const best: number | null = bestKg;
  const first = sessions[0]?.entries[0];
  const ratio = best === null || bodyweightKg === null ? null : round2(best / bodyweightKg);
  const limit = humanLimitFor(series.exercise);
  const doubt = beyondHumanLimit(ratio, limit);
  return {
    exercise: series.exercise,
    pattern: first?.pattern ?? null,
    recognised: first?.recognised ?? false,
    bestE1rm: best === null ? null : round1(fromKg(best, unit)),
    ratio,
    target: series.target,
    // A best beyond what people lift puts the whole series in doubt: not a target reached.
    targetReached: last.targetReached && !doubt,
    // Only when flagged, so a lift within human limits keeps its usual shape.
    ...(doubt
      ? { unitDoubt: unitDoubtText(series.exercise, ratio as number, limit as number) }
      : {}),
    stale: last.stale,
    lastNewBest: lastNewBest < 0 ? null : (sessions[lastNewBest] as Session).day,
    sessionsSinceBest: lastNewBest < 0 ? sessions.length : sessions.length - 1 - lastNewBest,
    sessions: sessions.length,
    lastSession: last.day,
    history,
  };
}

/** Key lifts (those with a target) first, then the most trained, then by name. */
function byImportance(a: LiftSummary, b: LiftSummary): number {
  const keyA = a.target !== null ? 0 : 1;
  const keyB = b.target !== null ? 0 : 1;
  if (keyA !== keyB) return keyA - keyB;
  if (a.sessions !== b.sessions) return b.sessions - a.sessions;
  return a.exercise < b.exercise ? -1 : a.exercise > b.exercise ? 1 : 0;
}

/**
 * Reads and analyses a log. Invalid only when the log as a whole cannot be read (no header, bad
 * time zone); bad rows become problems.
 */
export function analyzeLog(
  values: readonly (readonly CellValue[])[],
  options: AnalyzeOptions,
  firstLine = 1,
): Analysis | Invalid {
  const log = readLog(values, options, firstLine);
  if (isInvalid(log)) return log;
  const series = buildSeries(log.entries, options);
  const statuses = rowStatuses(log.entries, series);

  const entriesOf = new Map<string, LogEntry[]>();
  for (const e of log.entries) {
    const list = entriesOf.get(e.athlete);
    if (list) list.push(e);
    else entriesOf.set(e.athlete, [e]);
  }
  const seriesOf = new Map<string, Series[]>();
  for (const s of series) {
    const list = seriesOf.get(s.athlete);
    if (list) list.push(s);
    else seriesOf.set(s.athlete, [s]);
  }

  const thresholds = options.auditThresholds ?? DEFAULT_AUDIT_THRESHOLDS;
  const audit: Audit =
    options.audit ?? ((name, entries, own) => auditAthlete(name, entries, own, thresholds));
  const sessionsInWindow = (name: string, entries: readonly LogEntry[]) =>
    sessionsInAuditWindow(name, entries, thresholds);
  const athletes: AthleteSummary[] = [...entriesOf.keys()].sort().map((name) => {
    const entries = entriesOf.get(name) as LogEntry[];
    const own = seriesOf.get(name) ?? [];
    const unit = unitOf(entries, options.unit);
    const bodyweightKg = latestBodyweightKg(entries);
    const findings = audit(name, entries, own);
    const days = new Set<number>();
    let lastDay = Number.NEGATIVE_INFINITY;
    let lastSession = '';
    for (const e of entries) {
      days.add(e.dayNumber);
      if (e.dayNumber > lastDay) {
        lastDay = e.dayNumber;
        lastSession = e.day;
      }
    }
    return {
      name,
      bodyweight: bodyweightKg === null ? null : round1(fromKg(bodyweightKg, unit)),
      unit,
      sessions: days.size,
      lastSession,
      lifts: own.map((s) => liftSummary(s, unit, bodyweightKg)).sort(byImportance),
      audit: findings,
      auditNote:
        findings.length > 0 ? '' : emptyAuditLine(sessionsInWindow(name, entries), thresholds),
    };
  });

  // A row that writes several sets ("6/5/5") is several entries with one status: list it once.
  const rows: { line: number; status: string }[] = [];
  log.entries.forEach((e, i) => {
    if (i > 0 && (log.entries[i - 1] as LogEntry).index === e.index) return;
    rows.push({ line: e.line, status: (statuses[i] as RowStatus).text });
  });
  return { athletes, rows, problems: log.problems, unrecognised: unrecognisedNames(log.entries) };
}

/** Names neither in the catalogue nor classified, with their set counts, most sets first. */
export function unrecognisedNames(entries: readonly LogEntry[]): UnrecognisedName[] {
  const sets = new Map<string, number>();
  for (const e of entries) {
    if (e.pattern !== null) continue;
    sets.set(e.exercise, (sets.get(e.exercise) ?? 0) + Math.max(e.sets, 1));
  }
  return [...sets]
    .map(([name, n]) => ({ name, sets: n }))
    .sort((a, b) => b.sets - a.sets || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
