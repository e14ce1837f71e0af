/**
 * The whole analysis of a log: per-athlete summaries (how strong for their weight, strong enough
 * yet, anything stuck), the status of every row, the rows that could not be read, and the audit.
 */

import { auditAthlete, auditScope, emptyAuditLine, inactiveLine } from './audit';
import { keyLifts } from './audit/progress';
import { dayFromNumber, parseDay } from './dates';
import { beyondHumanLimit, humanLimitFor, unitDoubtText } from './limits';
import { type LogValues, readLog } from './log';
import {
  type Analysis,
  type AthleteSummary,
  type AuditThresholds,
  type BlockSummary,
  type CurrentPhase,
  DEFAULT_AUDIT_THRESHOLDS,
  type Finding,
  type LiftSummary,
  type LogEntry,
  type LogOptions,
  type PreviousBest,
  type Problem,
  type RatioPoint,
  type RowStatus,
  type Series,
  type Session,
  type StatusOptions,
  type UnrecognisedName,
} from './model';
import { type Invalid, invalid, isInvalid } from './result';
import {
  blocksOf,
  DEFAULT_LAYOFF_WEEKS,
  EMPTY_SEASON,
  goalRaces,
  phaseRowOn,
  type SeasonPlan,
} from './season';
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
    /**
     * The day the analysis looks from (ISO), for the current phase and for who is inactive;
     * default: the log's latest session (a log is judged as of its own last entry).
     */
    readonly asOf?: string;
  };

/**
 * `Number((Math.round(value / step) * step).toFixed(digits))` without the text: the value is k
 * steps, and k / 10^digits is the double nearest k hundredths (or tenths), as parsing the text is
 * (division and parsing both round correctly; the text of k steps is exactly k hundredths below
 * 10^13). `+ 0` makes -0 a 0, as the text "0.00" does. Past 10^15 steps, and for NaN or Infinity,
 * the text itself.
 */
function roundTo(value: number, step: number, perUnit: number, digits: number): number {
  const k = Math.round(value / step);
  return k > -1e15 && k < 1e15 ? k / perUnit + 0 : Number((k * step).toFixed(digits));
}
export const round1 = (value: number): number => roundTo(value, 0.1, 10, 1);
export const round2 = (value: number): number => roundTo(value, 0.01, 100, 2);

/** The unit most of the athlete's rows are written in; ties go to the sheet's unit. */
function unitOf(entries: readonly LogEntry[], sheetUnit: Unit): Unit {
  let kg = 0;
  let lb = 0;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] as LogEntry).unit === 'kg') kg++;
    else lb++;
  }
  return kg === lb ? sheetUnit : kg > lb ? 'kg' : 'lb';
}

/** Bodyweight at the athlete's latest weigh-in: the latest day with one (heaviest on that day). */
function latestBodyweightKg(entries: readonly LogEntry[]): number | null {
  let day = Number.NEGATIVE_INFINITY;
  let kg: number | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LogEntry;
    if (e.bodyweightKg === null) continue;
    if (e.dayNumber > day || (e.dayNumber === day && kg !== null && e.bodyweightKg > kg)) {
      day = e.dayNumber;
      kg = e.bodyweightKg;
    }
  }
  return kg;
}

/** The best e1RM of the blocks before the current one, with its ratio on that day. */
function previousBestOf(earlier: readonly Session[], unit: Unit): PreviousBest | null {
  let best: Session | null = null;
  for (const s of earlier) {
    if (s.bestE1rmKg !== null && (best === null || s.bestE1rmKg > (best.bestE1rmKg as number))) {
      best = s;
    }
  }
  if (best === null) return null;
  const kg = best.bestE1rmKg as number;
  return {
    bestE1rm: round1(fromKg(kg, unit)),
    ratio:
      best.bodyweightKg !== null && best.bodyweightKg > 0 ? round2(kg / best.bodyweightKg) : null,
    day: best.day,
  };
}

/**
 * A lift's figures in the athlete's current block (since their last long break); the best from
 * before the break is `previousBest`. The chart history keeps every session.
 */
function liftSummary(
  series: Series,
  unit: Unit,
  bodyweightKg: number | null,
  key: boolean,
): LiftSummary {
  const all = series.sessions;
  const currentBlock = series.blocks.length - 1;
  const sessions = all.filter((s) => s.block === currentBlock);
  const earlier = sessions.length === all.length ? [] : all.filter((s) => s.block !== currentBlock);
  let bestKg: number | null = null;
  let lastNewBest = -1;
  let reachedOn: string | null = null;
  const history: RatioPoint[] = [];
  for (const s of all) {
    if (s.bestE1rmKg !== null && s.bodyweightKg !== null && s.bodyweightKg > 0) {
      history.push({ day: s.day, ratio: round2(s.bestE1rmKg / s.bodyweightKg) });
    }
  }
  sessions.forEach((s, i) => {
    if (s.bestE1rmKg !== null && (bestKg === null || s.bestE1rmKg > bestKg)) bestKg = s.bestE1rmKg;
    if (s.newBest) lastNewBest = i;
    if (s.targetReached && reachedOn === null) reachedOn = s.day;
  });
  const lastOfAll = all[all.length - 1] as Session;
  const last = sessions[sessions.length - 1];
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
    targetReached: (last?.targetReached ?? false) && !doubt,
    // Only when flagged, so a lift within human limits keeps its usual shape.
    ...(doubt
      ? { unitDoubt: unitDoubtText(series.exercise, ratio as number, limit as number) }
      : {}),
    stale: last?.stale ?? false,
    lastNewBest: lastNewBest < 0 ? null : (sessions[lastNewBest] as Session).day,
    sessionsSinceBest: lastNewBest < 0 ? sessions.length : sessions.length - 1 - lastNewBest,
    sessions: sessions.length,
    lastSession: lastOfAll.day,
    history,
    previousBest: earlier.length === 0 ? null : previousBestOf(earlier, unit),
    slipping: last?.slip != null,
    key,
    reachedOn: last?.targetReached && !doubt ? reachedOn : null,
  };
}

/** The plan row in force on the reference day, with the goal race ahead (its own, else the next). */
function currentPhase(season: SeasonPlan, athlete: string, dayNumber: number): CurrentPhase | null {
  const row = phaseRowOn(season, athlete, dayNumber);
  if (row === null) return null;
  const race =
    row.race !== null && row.race.dayNumber >= dayNumber
      ? row.race
      : (goalRaces(season, athlete).find((r) => r.dayNumber >= dayNumber) ?? null);
  return {
    phase: row.phase,
    from: row.from,
    to: row.to,
    goalRace:
      race === null
        ? null
        : { name: race.name, date: race.day, daysAway: race.dayNumber - dayNumber },
  };
}

function blockSummary(dayNumbers: Iterable<number>, layoffWeeks: number): BlockSummary {
  const blocks = blocksOf(dayNumbers, layoffWeeks);
  const current = blocks[blocks.length - 1];
  if (!current) return { number: 1, start: '', previousEnd: null, breakWeeks: null };
  return {
    number: blocks.length,
    start: dayFromNumber(current.startDay).day,
    previousEnd: current.previousEndDay === null ? null : dayFromNumber(current.previousEndDay).day,
    breakWeeks: current.breakWeeks,
  };
}

/**
 * The order lifts are shown in: key lifts first (those with a target, then the key loaded
 * lower-body lifts, as `keyLifts` picks them), then other work by most sessions, isolation work
 * last; ties by name.
 */
function importance(series: Series, key: readonly Series[]): number {
  const at = key.indexOf(series);
  if (at >= 0) return at;
  const isolation = series.sessions.some((s) => s.entries.some((e) => e.pattern === 'isolation'));
  return isolation ? 2 * key.length + 2 : key.length + 1;
}

function orderedLifts(own: readonly Series[], unit: Unit, bodyweightKg: number | null) {
  const key = keyLifts(own);
  return own
    .map((s) => ({
      rank: importance(s, key),
      lift: liftSummary(s, unit, bodyweightKg, key.includes(s)),
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.lift.sessions - a.lift.sessions ||
        (a.lift.exercise < b.lift.exercise ? -1 : a.lift.exercise > b.lift.exercise ? 1 : 0),
    )
    .map((x) => x.lift);
}

/**
 * Reads and analyses a log. Invalid only when the log as a whole cannot be read (no header, bad
 * time zone); bad rows become problems.
 */
export function analyzeLog(
  values: LogValues,
  options: AnalyzeOptions,
  firstLine = 1,
): Analysis | Invalid {
  const log = readLog(values, options, firstLine);
  if (isInvalid(log)) return log;
  return analyzeEntries(log.entries, log.problems, options, rowsOf(log.entries));
}

/** One log of several (a tab per athlete, a shared log): its rows and how to read them. */
export interface LogSource {
  /** The sheet's name: problems and row statuses say which sheet they are on. */
  readonly sheet: string;
  readonly values: readonly (readonly CellValue[])[];
  /** This sheet's columns, athlete (no Athlete column) and bodyweight source over the shared options. */
  readonly options?: Partial<Pick<LogOptions, 'columns' | 'defaultAthlete' | 'bodyweight'>>;
}

/**
 * Several logs analysed as one roster: each read with its own columns and athlete, their entries
 * joined, so an athlete with a tab of their own and rows in a shared log is one athlete (merged by
 * name). A sheet that cannot be read as a whole (no date column) is a problem on that sheet, not a
 * failure of the others; one log alone reads exactly as analyzeLog reads it (rows and problems
 * without a sheet, as the one-log surfaces show them).
 */
export function analyzeLogs(
  sources: readonly LogSource[],
  options: AnalyzeOptions,
): Analysis | Invalid {
  if (sources.length === 1) {
    const only = sources[0] as LogSource;
    return analyzeLog(only.values, { ...options, ...only.options });
  }
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  const rows: { line: number; status: string; sheet: string }[] = [];
  const runs: { sheet: string; from: number; to: number }[] = [];
  let offset = 0;
  for (const source of sources) {
    const log = readLog(source.values, { ...options, ...source.options });
    if (isInvalid(log)) {
      problems.push({ sheet: source.sheet, line: 1, message: log.invalid });
      continue;
    }
    const from = entries.length;
    // Row indexes are per sheet; statuses are keyed by index, so each sheet gets its own range.
    for (const e of log.entries) entries.push({ ...e, index: e.index + offset });
    runs.push({ sheet: source.sheet, from, to: entries.length });
    for (const p of log.problems) problems.push({ ...p, sheet: source.sheet });
    offset += source.values.length;
  }
  const analysis = analyzeEntries(entries, problems, options, (statuses) => {
    for (const run of runs) {
      const part = rowsOf(entries.slice(run.from, run.to))(statuses.slice(run.from, run.to));
      for (const r of part) rows.push({ ...r, sheet: run.sheet });
    }
    return rows;
  });
  return analysis;
}

/** A status per row (a row that writes several sets is several entries with one status). */
function rowsOf(
  entries: readonly LogEntry[],
): (statuses: readonly RowStatus[]) => { line: number; status: string }[] {
  return (statuses) => {
    const rows: { line: number; status: string }[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as LogEntry;
      if (i > 0 && (entries[i - 1] as LogEntry).index === e.index) continue;
      rows.push({ line: e.line, status: (statuses[i] as RowStatus).text });
    }
    return rows;
  };
}

/** The analysis of entries already read (one log's, or several logs' joined). */
function analyzeEntries(
  entries: readonly LogEntry[],
  problems: readonly Problem[],
  options: AnalyzeOptions,
  statusRows: (statuses: readonly RowStatus[]) => Analysis['rows'],
): Analysis | Invalid {
  const log = { entries, problems };
  let referenceDay = Number.NEGATIVE_INFINITY;
  if (options.asOf !== undefined) {
    const asOf = parseDay(options.asOf, 'UTC', 'as-of date');
    if (asOf === null || isInvalid(asOf)) return asOf ?? invalid('the as-of date is blank');
    referenceDay = asOf.dayNumber;
  } else {
    for (let i = 0; i < entries.length; i++) {
      const dayNumber = (entries[i] as LogEntry).dayNumber;
      if (dayNumber > referenceDay) referenceDay = dayNumber;
    }
  }
  const series = buildSeries(log.entries, options);
  const statuses = rowStatuses(log.entries, series);

  const entriesOf = new Map<string, LogEntry[]>();
  // Consecutive entries are most often one athlete's.
  let lastAthlete: string | null = null;
  let lastList: LogEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LogEntry;
    if (e.athlete === lastAthlete) {
      lastList.push(e);
      continue;
    }
    let list = entriesOf.get(e.athlete);
    if (list) list.push(e);
    else {
      list = [e];
      entriesOf.set(e.athlete, list);
    }
    lastAthlete = e.athlete;
    lastList = list;
  }
  const seriesOf = new Map<string, Series[]>();
  for (const s of series) {
    const list = seriesOf.get(s.athlete);
    if (list) list.push(s);
    else seriesOf.set(s.athlete, [s]);
  }

  const thresholds = options.auditThresholds ?? DEFAULT_AUDIT_THRESHOLDS;
  const season = options.season ?? EMPTY_SEASON;
  const layoffWeeks = options.layoffWeeks ?? DEFAULT_LAYOFF_WEEKS;
  const audit: Audit =
    options.audit ?? ((name, entries, own) => auditAthlete(name, entries, own, thresholds, season));
  const windowStart = referenceDay - thresholds.windowDays + 1;
  const athletes: AthleteSummary[] = [...entriesOf.keys()].sort().map((name) => {
    const entries = entriesOf.get(name) as LogEntry[];
    const own = seriesOf.get(name) ?? [];
    const unit = unitOf(entries, options.unit);
    const bodyweightKg = latestBodyweightKg(entries);
    const days = new Set<number>();
    let lastDay = Number.NEGATIVE_INFINITY;
    let lastSession = '';
    let dayAbove = Number.NaN;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as LogEntry;
      // A day's entries are most often together: add each run's day once.
      if (e.dayNumber !== dayAbove) {
        days.add(e.dayNumber);
        dayAbove = e.dayNumber;
      }
      if (e.dayNumber > lastDay) {
        lastDay = e.dayNumber;
        lastSession = e.day;
      }
    }
    // No session in the window up to the reference day: no verdict as if the athlete were current.
    const inactive = lastDay < windowStart;
    const findings = inactive ? [] : audit(name, entries, own);
    let auditNote = '';
    if (inactive) auditNote = inactiveLine(lastSession, thresholds);
    else if (findings.length === 0) {
      const scope = auditScope(name, entries, thresholds, season);
      auditNote = emptyAuditLine(scope.sessions, thresholds, scope.phase);
    }
    return {
      name,
      bodyweight: bodyweightKg === null ? null : round1(fromKg(bodyweightKg, unit)),
      unit,
      sessions: days.size,
      lastSession,
      lifts: orderedLifts(own, unit, bodyweightKg),
      audit: findings,
      auditNote,
      phase: season.rows.length > 0 ? currentPhase(season, name, referenceDay) : null,
      block: blockSummary(days, layoffWeeks),
      inactiveSince: inactive ? lastSession : null,
    };
  });

  // A row that writes several sets ("6/5/5") is several entries with one status: list it once.
  const rows = statusRows(statuses);
  return { athletes, rows, problems: log.problems, unrecognised: unrecognisedNames(log.entries) };
}

/** Names neither in the catalogue nor classified, with their set counts, most sets first. */
export function unrecognisedNames(entries: readonly LogEntry[]): UnrecognisedName[] {
  const sets = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LogEntry;
    if (e.pattern !== null) continue;
    sets.set(e.exercise, (sets.get(e.exercise) ?? 0) + Math.max(e.sets, 1));
  }
  return [...sets]
    .map(([name, n]) => ({ name, sets: n }))
    .sort((a, b) => b.sets - a.sets || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
