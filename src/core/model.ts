/**
 * The shapes that cross module boundaries: what reading a log yields, what the statuses and the
 * per-athlete summaries say, and what the audit finds. Everything here is plain JSON-safe data
 * (no Date objects), so it can cross `google.script.run` and be printed by the CLI as is.
 */
import type { Pattern, Region } from './catalogue';
import type { FormulaName } from './formulas';
import type { Block, Phase, SeasonPlan } from './season';
import type { Targets } from './targets';
import type { Unit } from './units';
import type { CellValue } from './values';

export type ColumnRole =
  | 'date'
  | 'athlete'
  | 'exercise'
  | 'load'
  | 'reps'
  | 'sets'
  | 'unit'
  | 'bodyweight'
  | 'notes';

/** 0-based column indices within the table; a role that is absent is left out. */
export type LogColumns = Partial<Record<ColumnRole, number>>;

export interface LogHeader {
  /** 0-based index of the header row within the values. */
  readonly row: number;
  readonly columns: LogColumns;
  /** The header texts, as written, for showing the coach which columns were found. */
  readonly labels: readonly string[];
  /** The unit the load header names ("weight_kg", "Weight (lbs)"): bare numbers below it use it. */
  readonly loadUnit?: Unit;
}

export type BodyweightSource =
  | { readonly kind: 'column' }
  /** A roster table (athlete, date, bodyweight[, unit]) with a header row: latest on or before the session. */
  | { readonly kind: 'roster'; readonly rows: readonly (readonly CellValue[])[] }
  /** One bodyweight for everyone (a one-athlete log). */
  | { readonly kind: 'value'; readonly value: number; readonly unit?: Unit };

export interface LogOptions {
  /** Unit of bare numbers (sheet default). */
  readonly unit: Unit;
  /** IANA zone of the spreadsheet; sessions group by calendar day in it. */
  readonly timeZone: string;
  readonly formula: FormulaName;
  /** Defaults to the column when there is one, else none. */
  readonly bodyweight?: BodyweightSource;
  /** Overrides for detected columns (the coach's choice in settings). */
  readonly columns?: LogColumns;
  /** Name used when the log has no athlete column. */
  readonly defaultAthlete?: string;
}

/**
 * One set, or a group of equal sets, of a usable row of the log. Usually one entry per row ("3x5"
 * is one entry with sets = 3); a row that writes different sets in one cell ("6/5/5", "80x5,
 * 85x3") gives one entry per set, all with the row's index and line.
 */
export interface LogEntry {
  /** 0-based index of the row within the values given to readLog. */
  readonly index: number;
  /** 1-based row number as the coach sees it (index + 1 + the offset the caller gives). */
  readonly line: number;
  readonly athlete: string;
  /** Canonical exercise name (or the name as written when the catalogue does not know it). */
  readonly exercise: string;
  readonly exerciseAsWritten: string;
  /** The movement pattern, from the catalogue or the name's words; null when not understood. */
  readonly pattern: Pattern | null;
  readonly region: Region | null;
  /** The name is a catalogue exercise (else it was classified from its words, or not understood). */
  readonly recognised: boolean;
  /** Cardio, runs, stretches, mobility and timed holds: no New best or Stale. */
  readonly notLifting: boolean;
  readonly day: string;
  readonly dayNumber: number;
  /**
   * Total load in kg: 0 for bodyweight-only work, negative for assistance (an assisted pull-up
   * with 20 kg of help is −20), doubled when written per hand or per side (see classify.ts).
   */
  readonly loadKg: number;
  /** The unit the row was written in (cell unit, unit column, or sheet default). */
  readonly unit: Unit;
  readonly reps: number;
  readonly sets: number;
  /** Estimated 1RM in kg; null when the reps give no estimate (0 or more than 12). */
  readonly e1rmKg: number | null;
  /** Bodyweight in kg on that day, or null when unknown. */
  readonly bodyweightKg: number | null;
  readonly notes: string;
}

export interface Problem {
  /** 1-based row number as the coach sees it. */
  readonly line: number;
  /** The sheet the row is on, when the file has several logs (a tab per athlete). */
  readonly sheet?: string;
  /** Why the row could not be used, without the row number ("reps "x" is not a number"). */
  readonly message: string;
}

/** "Row 254: reps "x" is not a number": how every surface (sidebar, dashboard, CLI) shows a problem. */
export function problemText(problem: Problem): string {
  if (problem.sheet !== undefined)
    return `"${problem.sheet}" row ${problem.line}: ${problem.message}`;
  return `Row ${problem.line}: ${problem.message}`;
}

export interface ReadLog {
  readonly header: LogHeader;
  readonly entries: readonly LogEntry[];
  /** Every non-blank row that could not be used, with why. */
  readonly problems: readonly Problem[];
  /** Rows of a bodyweight roster that could not be used ("roster row 4: …"); absent when none. */
  readonly rosterProblems?: readonly string[];
}

export type StatusKind = 'Stale' | 'Slipping' | 'Target reached' | 'New best' | '';

export interface RowStatus {
  readonly kind: StatusKind;
  /** "" or e.g. "Stale: no new best in 4 sessions since 2026-10-02". */
  readonly text: string;
}

export interface StatusOptions {
  readonly targets: Targets;
  /** N: a trailing run of N sessions without progress is stale (default 3). */
  readonly sessionsBeforeStale: number;
  /** The coach's season plan (phases per athlete); none: every session is judged by the build rules. */
  readonly season?: SeasonPlan;
  /** A break of this many weeks between two sessions starts a new block (default 8). */
  readonly layoffWeeks?: number;
  /** In a maintenance phase a session is kept at this share of the block's best (default 0.9). */
  readonly keepShare?: number;
}

export interface RatioPoint {
  readonly day: string;
  /** Session best e1RM ÷ bodyweight. */
  readonly ratio: number;
}

export interface LiftSummary {
  readonly exercise: string;
  /** The movement pattern (catalogue or classified); null when the name is not understood. Always set by analyzeLog. */
  readonly pattern?: Pattern | null;
  /** The name is a catalogue exercise (false when classified from its words, or not understood). Always set by analyzeLog. */
  readonly recognised?: boolean;
  /** Best e1RM, in the athlete's unit, rounded to 0.1. */
  readonly bestE1rm: number | null;
  /** Best e1RM ÷ bodyweight (latest bodyweight), rounded to 0.01. */
  readonly ratio: number | null;
  readonly target: number | null;
  readonly targetReached: boolean;
  /**
   * Set when the best ratio is beyond what people lift in this exercise (limits.ts): a likely
   * unit mix-up, said in plain words; such a ratio never counts as a target reached.
   */
  readonly unitDoubt?: string | null;
  readonly stale: boolean;
  /** ISO day of the last new best. */
  readonly lastNewBest: string | null;
  /** Sessions after the last new best. */
  readonly sessionsSinceBest: number;
  readonly sessions: number;
  readonly lastSession: string;
  /** Ratio per session, for charts. */
  readonly history: readonly RatioPoint[];
  /**
   * The figures above (best, ratio, reached, stale, last new best, sessions) are the current
   * block's: the best before the athlete's last long break is history, here; null when there was
   * no break or the lift was not done before it.
   */
  readonly previousBest: PreviousBest | null;
  /** The latest session fell clearly below the block's best in a maintenance phase. */
  readonly slipping: boolean;
  /**
   * A key lift: one with a target, or one of the athlete's most trained loaded lower-body lifts
   * (never isolation work). The sidebar, dashboard and attention list speak about these.
   */
  readonly key: boolean;
  /** ISO day of the first session that met the target (null when not reached, or no target). */
  readonly reachedOn: string | null;
}

/** A lift's best from the blocks before the current one. */
export interface PreviousBest {
  readonly bestE1rm: number | null;
  readonly ratio: number | null;
  /** ISO day of that best session. */
  readonly day: string;
}

export interface Finding {
  /** 1 to 5, as in DESIGN.md; 6 to 8 are the season checks (audit/phases.ts). */
  readonly mistake: number;
  readonly title: string;
  readonly evidence: string;
  readonly advice: string;
  /**
   * Every swap, pairing or next step the advice names, in full, one per entry ("Step-up →
   * Bounding"): the advice sentence may shorten its list ("and 2 more"), these never do.
   */
  readonly steps?: readonly string[];
  /**
   * How urgent this finding is, from 0 (a note) to 1 (act today): a ranked Needs attention list
   * orders by it. The audit sets it from the check and the athlete's phase (audit/phases.ts: a taper
   * with heavy work is 1); optional so findings made elsewhere stay valid.
   */
  readonly weight?: number;
  /** The phase the athlete was in when the audit judged them; absent without a season plan. */
  readonly phase?: Phase;
}

/** The athlete's phase on the day the analysis looks from. */
export interface CurrentPhase {
  readonly phase: Phase;
  readonly from: string;
  /** Null: open-ended. */
  readonly to: string | null;
  /** A goal race of this plan row, or the athlete's next one; null when none is planned. */
  readonly goalRace: {
    readonly name: string;
    readonly date: string;
    readonly daysAway: number;
  } | null;
}

/** The athlete's current block: since their last long break. */
export interface BlockSummary {
  /** 1-based: 1 when there was no long break. */
  readonly number: number;
  readonly start: string;
  /** The last session before the break, and how many weeks the break lasted; null for block 1. */
  readonly previousEnd: string | null;
  readonly breakWeeks: number | null;
}

export interface AthleteSummary {
  readonly name: string;
  /** Latest known bodyweight in the athlete's unit, rounded to 0.1; null when unknown. */
  readonly bodyweight: number | null;
  readonly unit: Unit;
  readonly sessions: number;
  readonly lastSession: string;
  /** Key lifts first (targets, then loaded lower-body lifts), isolation work last. */
  readonly lifts: readonly LiftSummary[];
  readonly audit: readonly Finding[];
  /**
   * With no findings: "nothing to fix", "too few sessions to judge", or "inactive since …"; ""
   * when there are findings.
   */
  readonly auditNote: string;
  /** The season plan's phase on the day the analysis looks from; null without one. */
  readonly phase: CurrentPhase | null;
  readonly block: BlockSummary;
  /** The last session day when it is before the audit window (no verdict then); else null. */
  readonly inactiveSince: string | null;
}

/** An exercise name the analysis could neither find in the catalogue nor classify. */
export interface UnrecognisedName {
  /** As written in the log. */
  readonly name: string;
  /** Sets logged under it (a "3x5" row is 3). */
  readonly sets: number;
}

export interface Analysis {
  readonly athletes: readonly AthleteSummary[];
  /** A status per usable row (by line; a row that writes several sets has one status). */
  readonly rows: readonly {
    readonly line: number;
    readonly status: string;
    /** The sheet of the row, when several logs were analysed together. */
    readonly sheet?: string;
  }[];
  readonly problems: readonly Problem[];
  /** Names neither recognised nor classified, most sets first: their sets count in no audit rule. */
  readonly unrecognised: readonly UnrecognisedName[];
}

/** One athlete's rows of one canonical exercise on one calendar day. */
export interface Session {
  readonly day: string;
  readonly dayNumber: number;
  readonly entries: readonly LogEntry[];
  /** Highest e1RM among its rows (kg), or null when no row has one. */
  readonly bestE1rmKg: number | null;
  /** Top load (kg) and the most reps at it: the best when there is no e1RM. */
  readonly topLoadKg: number;
  readonly repsAtTopLoad: number;
  /** Number of sets (rows, or the sets a "3x5" row says). */
  readonly setCount: number;
  /** Bodyweight (kg) on that day, or null when unknown. */
  readonly bodyweightKg: number | null;
  /** Beats every earlier session's best (DESIGN.md); the first session always is. */
  readonly newBest: boolean;
  /** Counts as progress: a new best, or (once the target is reached) a changed prescription. */
  readonly progress: boolean;
  /** Best e1RM ÷ bodyweight met the target in this session or before. */
  readonly targetReached: boolean;
  /** This session is part of the stale trailing run. */
  readonly stale: boolean;
  /** The athlete's block the session falls in (0-based; a long break starts the next). */
  readonly block: number;
  /** The season plan's phase on that day, or null without one. */
  readonly phase: Phase | null;
  /** In a maintenance phase, a clear drop below the block's best; null otherwise. */
  readonly slip: Slip | null;
}

/** A session in a maintenance phase that fell below the keep share of the block's best. */
export interface Slip {
  /** The session's best as a share of the block's best before it (e1RM, else load, else reps). */
  readonly share: number;
  /** What was compared: estimated 1RMs, top loads, or reps (bodyweight work). */
  readonly measure: 'e1rm' | 'load' | 'reps';
  /** The block's best before the session (kg for e1rm and load, a count for reps). */
  readonly best: number;
}

/** One athlete's rows of one canonical exercise: its sessions in calendar order. */
export interface Series {
  readonly athlete: string;
  readonly exercise: string;
  readonly target: number | null;
  readonly sessions: readonly Session[];
  /** The athlete's blocks (shared by all their series); the last is the current one. */
  readonly blocks: readonly Block[];
}

/** The audit's thresholds: defaults from DESIGN.md, changeable by the coach. */
export interface AuditThresholds {
  /** Days up to the athlete's latest session that the audit looks at. */
  readonly windowDays: number;
  /** Mistake 1 when this share of the window's sets is isolation or pump-range (≥ pumpReps) loaded work. */
  readonly bodybuilderShare: number;
  readonly pumpReps: number;
  /** Mistake 2 when this share of loaded lower-body sets is back squat / straight-bar deadlift. */
  readonly powerlifterShare: number;
  /** Mistake 3 needs at least this many sessions in the window. */
  readonly minSessions: number;
  /** Mistake 5 when this share of heavy lower-body sessions has no plyometric or sprint entry. */
  readonly unconnectedShare: number;
}

export const DEFAULT_AUDIT_THRESHOLDS: AuditThresholds = {
  windowDays: 28,
  bodybuilderShare: 0.4,
  pumpReps: 12,
  powerlifterShare: 0.5,
  minSessions: 2,
  unconnectedShare: 0.5,
};
