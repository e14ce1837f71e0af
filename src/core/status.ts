/**
 * Statuses (DESIGN.md "Statuses"): series of one athlete's exercise, their sessions, new bests,
 * targets reached and stale trailing runs, and the status text of every row.
 */
import { nameKey, type Pattern } from './catalogue';
import { beyondHumanLimit, humanLimitFor } from './limits';
import { readLog } from './log';
import type {
  LogEntry,
  LogOptions,
  RowStatus,
  Series,
  Session,
  Slip,
  StatusKind,
  StatusOptions,
} from './model';
import { isInvalid } from './result';
import {
  type Block,
  blockIndexOf,
  blocksOf,
  DEFAULT_KEEP_SHARE,
  DEFAULT_LAYOFF_WEEKS,
  isMaintenance,
  type Phase,
  phaseOn,
} from './season';
import { targetFor } from './targets';
import { fromKg, type Unit } from './units';
import type { CellValue } from './values';

export const DEFAULT_SESSIONS_BEFORE_STALE = 3;

/** An e1RM must beat the earlier best by more than this share to count (measurement noise). */
export const NEW_BEST_MARGIN = 0.005;

/** Ratios are compared with a little slack so 1.5 × 80 ÷ 80 meets a 1.5 target despite floats. */
export const RATIO_EPSILON = 1e-9;
export const LOAD_EPSILON = 1e-6;

/**
 * The ratio meets the target — and is within what people lift (limits.ts): a ratio beyond the
 * human limit is a likely unit mix-up and never a target reached.
 */
export function meetsTarget(
  e1rmKg: number | null,
  bodyweightKg: number | null,
  target: number | null,
  limit: number | null = null,
): boolean {
  return (
    target !== null &&
    e1rmKg !== null &&
    bodyweightKg !== null &&
    ratioMeetsTarget(e1rmKg, bodyweightKg, target, limit)
  );
}

/** meetsTarget over plain numbers (NaN for an unknown e1RM or bodyweight: never met). */
export function ratioMeetsTarget(
  e1rmKg: number,
  bodyweightKg: number,
  target: number,
  limit: number | null,
): boolean {
  return (
    bodyweightKg > 0 &&
    e1rmKg / bodyweightKg >= target - RATIO_EPSILON &&
    !beyondHumanLimit(e1rmKg / bodyweightKg, limit)
  );
}

function inRowOrder(entries: readonly LogEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i] as LogEntry).index < (entries[i - 1] as LogEntry).index) return false;
  }
  return true;
}

type MutableSession = { -readonly [K in keyof Session]: Session[K] } & {
  /** False when no set of the day had one or more reps: nothing to judge, never progress. */
  counted: boolean;
};

/** One day's rows of a series, before it is compared with the days before it. */
function sessionOf(
  entries: LogEntry[],
  target: number | null,
  limit: number | null,
): MutableSession {
  // Rows arrive in sheet order from readLog; sorting anyway would allocate a work array per session.
  if (!inRowOrder(entries)) entries.sort((a, b) => a.index - b.index);
  let best: number | null = null;
  // Assisted sets have negative loads (less assistance is more load), so start below any of them.
  let topLoad = Number.NEGATIVE_INFINITY;
  let repsAtTop = 0;
  let sets = 0;
  let bodyweight: number | null = null;
  let reached = false;
  let counted = false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LogEntry;
    // A set without one or more reps lifted nothing: it is never a best, nor progress.
    if (e.reps < 1) continue;
    counted = true;
    if (e.e1rmKg !== null && (best === null || e.e1rmKg > best)) best = e.e1rmKg;
    if (e.loadKg > topLoad + LOAD_EPSILON) {
      topLoad = e.loadKg;
      repsAtTop = e.reps;
    } else if (Math.abs(e.loadKg - topLoad) <= LOAD_EPSILON && e.reps > repsAtTop) {
      repsAtTop = e.reps;
    }
    sets += e.sets;
    // The heaviest weigh-in of the day: the conservative one for a ratio, and order-independent.
    if (e.bodyweightKg !== null && (bodyweight === null || e.bodyweightKg > bodyweight)) {
      bodyweight = e.bodyweightKg;
    }
    if (meetsTarget(e.e1rmKg, e.bodyweightKg, target, limit)) reached = true;
  }
  const first = entries[0] as LogEntry;
  return {
    day: first.day,
    dayNumber: first.dayNumber,
    entries,
    bestE1rmKg: best,
    // A session with no counted set has no top load: 0, as before assisted loads could be negative.
    topLoadKg: counted ? topLoad : 0,
    repsAtTopLoad: repsAtTop,
    setCount: sets,
    bodyweightKg: bodyweight,
    newBest: false,
    progress: false,
    targetReached: reached,
    stale: false,
    counted,
    block: 0,
    phase: null,
    slip: null,
  };
}

const samePrescription = (a: Session, b: Session): boolean =>
  Math.abs(a.topLoadKg - b.topLoadKg) <= LOAD_EPSILON &&
  a.repsAtTopLoad === b.repsAtTopLoad &&
  a.setCount === b.setCount;

/**
 * In a maintenance phase: the session's best as a share of the block's best before it — estimated
 * 1RMs when both have one, else top loads, else reps (bodyweight work). Null when there is nothing
 * to compare with.
 */
function shareOfBest(
  s: Session,
  bestE1rm: number | null,
  bestLoad: number,
  bestReps: number,
): Slip | null {
  if (s.bestE1rmKg !== null && bestE1rm !== null && bestE1rm > 0) {
    return { share: s.bestE1rmKg / bestE1rm, measure: 'e1rm', best: bestE1rm };
  }
  if (bestLoad > LOAD_EPSILON) {
    return { share: s.topLoadKg / bestLoad, measure: 'load', best: bestLoad };
  }
  if (bestReps > 0) return { share: s.repsAtTopLoad / bestReps, measure: 'reps', best: bestReps };
  return null;
}

/**
 * Marks new bests, progress, targets reached, slips and the stale trailing run of one block of a
 * series, in day order. In a maintenance phase every session resets the stale count (holding is
 * the plan) and one below `keepShare` of the block's best slips. `current` is false for an earlier
 * block: its trailing run ended in a layoff, which is history, not stale.
 */
function judge(
  sessions: MutableSession[],
  sessionsBeforeStale: number,
  keepShare: number,
  current: boolean,
): void {
  let bestE1rm: number | null = null;
  let bestLoad = Number.NEGATIVE_INFINITY;
  let bestReps = -1;
  let reachedBefore = false;
  let lastProgress = -1;
  // Loads can be negative (assistance), so "no best yet" is its own flag, not a sentinel load.
  let anyCounted = false;
  sessions.forEach((s, i) => {
    let newBest: boolean;
    if (!s.counted) newBest = false;
    else if (!anyCounted) newBest = true;
    else if (s.bestE1rmKg !== null && bestE1rm !== null) {
      newBest = s.bestE1rmKg > bestE1rm * (1 + NEW_BEST_MARGIN) + LOAD_EPSILON;
    } else {
      newBest =
        s.topLoadKg > bestLoad + LOAD_EPSILON ||
        (Math.abs(s.topLoadKg - bestLoad) <= LOAD_EPSILON && s.repsAtTopLoad > bestReps);
    }
    s.newBest = newBest;
    // Past the target the aim is no longer a heavier 1RM: any change of prescription is progress.
    const previous = sessions[i - 1];
    s.progress =
      s.counted &&
      (i === 0 || (reachedBefore && previous ? !samePrescription(s, previous) : newBest));
    if (i > 0 && s.counted && isMaintenance(s.phase)) {
      s.progress = true;
      const kept = shareOfBest(s, bestE1rm, bestLoad, bestReps);
      if (!newBest && kept !== null && kept.share < keepShare - RATIO_EPSILON) s.slip = kept;
    }
    if (s.progress) lastProgress = i;
    if (s.bestE1rmKg !== null && (bestE1rm === null || s.bestE1rmKg > bestE1rm)) {
      bestE1rm = s.bestE1rmKg;
    }
    if (
      s.counted &&
      (s.topLoadKg > bestLoad + LOAD_EPSILON ||
        (Math.abs(s.topLoadKg - bestLoad) <= LOAD_EPSILON && s.repsAtTopLoad > bestReps))
    ) {
      bestLoad = s.topLoadKg;
      bestReps = s.repsAtTopLoad;
    }
    anyCounted ||= s.counted;
    reachedBefore ||= s.targetReached;
    s.targetReached = reachedBefore;
  });
  const trailing = sessions.length - 1 - lastProgress;
  if (current && trailing >= sessionsBeforeStale) {
    for (let i = lastProgress + 1; i < sessions.length; i++)
      (sessions[i] as MutableSession).stale = true;
  }
}

/**
 * Jumps, strides, sprints, planks and cardio done without load are there to be fast or fresh, not to
 * beat a number: repeating the same 4×3 box jumps is the plan, not a plateau. Highlighting them
 * stale (or every extra rep a new best) would bury the lifts that matter, so such series carry no
 * status. Loaded versions (weighted jumps, loaded carries) and bodyweight strength work such as
 * push-ups keep the usual rules.
 */
export const DRILL_PATTERNS: ReadonlySet<Pattern> = new Set<Pattern>([
  'plyometric',
  'sprint',
  'core',
  'conditioning',
]);

/**
 * No status for a series of drills done without load, or of what is not lifting at all (cardio,
 * runs, stretches, mobility, timed holds: see LogEntry.notLifting), whatever the load.
 */
function isUnloadedDrill(sessions: readonly MutableSession[]): boolean {
  return sessions.every((s) =>
    s.entries.every(
      (e) =>
        e.notLifting || (e.loadKg === 0 && e.pattern !== null && DRILL_PATTERNS.has(e.pattern)),
    ),
  );
}

function untrack(sessions: MutableSession[]): void {
  for (const s of sessions) {
    s.newBest = false;
    s.stale = false;
    s.slip = null;
  }
}

/** entries[from..to), one day's, join that day's list (a new day: an exact copy of them). */
function joinDay(
  days: Map<number, LogEntry[]>,
  dayNumber: number,
  entries: readonly LogEntry[],
  from: number,
  to: number,
): void {
  const day = days.get(dayNumber);
  if (day === undefined) days.set(dayNumber, entries.slice(from, to));
  else for (let k = from; k < to; k++) day.push(entries[k] as LogEntry);
}

/**
 * Every (athlete, canonical exercise) series with its sessions in day order. Row order in the
 * sheet never matters: rows are grouped with maps and each series is sorted once by day.
 */
export function buildSeries(entries: readonly LogEntry[], options: StatusOptions): Series[] {
  const keyOfExercise = new Map<string, string>();
  type Group = { athlete: string; names: Set<string>; days: Map<number, LogEntry[]> };
  const byAthlete = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  // Consecutive entries are most often one exercise's sets on one day: the same group and day.
  // Such a run joins its day as a whole, a new day as an exact copy of it (pushing one entry at a
  // time grows a list to room for 17, kept with the session).
  let last: LogEntry | null = null;
  let lastGroup: Group | null = null;
  let runStart = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as LogEntry;
    if (
      last !== null &&
      e.exercise === last.exercise &&
      e.athlete === last.athlete &&
      e.dayNumber === last.dayNumber
    ) {
      last = e;
      continue;
    }
    if (last !== null) joinDay((lastGroup as Group).days, last.dayNumber, entries, runStart, i);
    runStart = i;
    let group: Group | undefined;
    if (last !== null && e.exercise === last.exercise && e.athlete === last.athlete) {
      group = lastGroup as Group;
    } else {
      let exerciseKey = keyOfExercise.get(e.exercise);
      if (exerciseKey === undefined) {
        exerciseKey = nameKey(e.exercise);
        keyOfExercise.set(e.exercise, exerciseKey);
      }
      let athleteGroups = byAthlete.get(e.athlete);
      if (!athleteGroups) {
        athleteGroups = new Map();
        byAthlete.set(e.athlete, athleteGroups);
      }
      group = athleteGroups.get(exerciseKey);
      if (!group) {
        group = { athlete: e.athlete, names: new Set(), days: new Map() };
        athleteGroups.set(exerciseKey, group);
        groups.push(group);
      }
      group.names.add(e.exercise);
    }
    last = e;
    lastGroup = group;
  }
  if (last !== null) {
    joinDay((lastGroup as Group).days, last.dayNumber, entries, runStart, entries.length);
  }
  // Blocks are the athlete's: every day they trained, whatever the exercise.
  const layoffWeeks = options.layoffWeeks ?? DEFAULT_LAYOFF_WEEKS;
  const keepShare = options.keepShare ?? DEFAULT_KEEP_SHARE;
  const season = options.season;
  const blocksOfAthlete = new Map<string, Block[]>();
  for (const [athlete, athleteGroups] of byAthlete) {
    const days: number[] = [];
    for (const g of athleteGroups.values()) for (const d of g.days.keys()) days.push(d);
    blocksOfAthlete.set(athlete, blocksOf(days, layoffWeeks));
  }
  const series: Series[] = [];
  for (const group of groups) {
    // Spellings that share a key ("Pull Up", "pull-ups"): show the same one whatever the row order.
    const exercise = [...group.names].sort()[0] as string;
    const target = targetFor(exercise, options.targets);
    const blocks = blocksOfAthlete.get(group.athlete) as Block[];
    const limit = humanLimitFor(exercise);
    const sessions = [...group.days.values()]
      .map((dayEntries) => sessionOf(dayEntries, target, limit))
      .sort((a, b) => a.dayNumber - b.dayNumber);
    for (const s of sessions) {
      s.block = blocks.length > 1 ? blockIndexOf(blocks, s.dayNumber) : 0;
      if (season && season.rows.length > 0) s.phase = phaseOn(season, group.athlete, s.dayNumber);
    }
    const currentBlock = blocks.length - 1;
    let start = 0;
    while (start < sessions.length) {
      const block = (sessions[start] as MutableSession).block;
      let end = start;
      while (end < sessions.length && (sessions[end] as MutableSession).block === block) end++;
      judge(
        sessions.slice(start, end),
        options.sessionsBeforeStale,
        keepShare,
        block === currentBlock,
      );
      start = end;
    }
    if (isUnloadedDrill(sessions)) untrack(sessions);
    series.push({ athlete: group.athlete, exercise, target, sessions, blocks });
  }
  return series.sort((a, b) =>
    a.athlete === b.athlete
      ? a.exercise < b.exercise
        ? -1
        : a.exercise > b.exercise
          ? 1
          : 0
      : a.athlete < b.athlete
        ? -1
        : 1,
  );
}

export function formatLoad(kg: number, unit: Unit): string {
  return `${fromKg(kg, unit).toFixed(1)} ${unit}`;
}

/** "1.5×", "1×", "1.25×": the target as the coach typed it. */
export function formatMultiple(multiple: number): string {
  return `${Number(multiple.toFixed(2))}×`;
}

/** The stale text of a run of `run` sessions after the session `since` (null: none before it). */
export function staleRunText(run: number, sinceDay: string | null, sinceReached: boolean): string {
  if (sinceDay === null) return `Stale: no new best in ${run} sessions`;
  return sinceReached
    ? `Stale: same load, reps and sets for ${run} sessions since ${sinceDay}`
    : `Stale: no new best in ${run} sessions since ${sinceDay}`;
}

/** Every stale session of a series shares one text: the run after its last progress. */
function staleText(series: Series): string {
  const sessions = series.sessions;
  let lastProgress = sessions.length - 1;
  while (lastProgress >= 0 && (sessions[lastProgress] as Session).stale) lastProgress--;
  const since = sessions[lastProgress];
  const run = sessions.length - 1 - lastProgress;
  return staleRunText(run, since ? since.day : null, since ? since.targetReached : false);
}

function isBestRow(entry: LogEntry, session: Session): boolean {
  if (session.bestE1rmKg !== null) return entry.e1rmKg === session.bestE1rmKg;
  return (
    Math.abs(entry.loadKg - session.topLoadKg) <= LOAD_EPSILON &&
    entry.reps === session.repsAtTopLoad
  );
}

/**
 * A series' first session is its baseline: its status still says New best, as DESIGN.md has it,
 * but starts with this text so the highlights can leave it untinted (plan-highlights.ts).
 */
export const FIRST_SESSION_PREFIX = 'New best: first session';

/**
 * `beforeBreak`: the series' best e1RM from earlier blocks, given for the first session of a block
 * after a long break, so the coach sees the new block's first best beside the old one.
 */
function newBestText(
  entry: LogEntry,
  session: Session,
  first: boolean,
  beforeBreak: number | null = null,
): string {
  return bestText(
    entry.unit,
    session.bestE1rmKg,
    session.topLoadKg,
    session.repsAtTopLoad,
    first,
    beforeBreak,
  );
}

/** The New best text of a session's best row, in the row's unit (see newBestText). */
export function bestText(
  unit: Unit,
  bestE1rmKg: number | null,
  topLoadKg: number,
  repsAtTopLoad: number,
  first: boolean,
  beforeBreak: number | null,
): string {
  const lead = first ? `${FIRST_SESSION_PREFIX}, ` : 'New best: ';
  if (bestE1rmKg !== null) {
    const history =
      beforeBreak === null
        ? ''
        : ` (first since the break; ${formatLoad(beforeBreak, unit)} before it)`;
    return `${lead}e1RM ${formatLoad(bestE1rmKg, unit)}${history}`;
  }
  if (topLoadKg > 0) {
    return `${lead}${formatLoad(topLoadKg, unit)} × ${repsAtTopLoad}`;
  }
  if (topLoadKg < 0) {
    return `${lead}${formatLoad(-topLoadKg, unit)} assistance × ${repsAtTopLoad}`;
  }
  return `${lead}${repsAtTopLoad} reps`;
}

const status = (kind: StatusKind, text: string): RowStatus => ({ kind, text });
const NONE = status('', '');
const PRIORITY: Readonly<Record<StatusKind, number>> = {
  Stale: 0,
  Slipping: 1,
  'Target reached': 2,
  'New best': 3,
  '': 4,
};

const PERCENT = (share: number): string => `${Math.floor(share * 100)}%`;

function slipText(entry: LogEntry, session: Session, slip: Slip): string {
  return slippingText(
    entry.unit,
    session.phase,
    session.repsAtTopLoad,
    session.bestE1rmKg,
    session.topLoadKg,
    slip,
  );
}

/** The Slipping text of a session in a maintenance phase, in the row's unit. */
export function slippingText(
  unit: Unit,
  phase: Phase | null,
  repsAtTopLoad: number,
  bestE1rmKg: number | null,
  topLoadKg: number,
  slip: Slip,
): string {
  const named = phase ?? 'maintenance';
  if (slip.measure === 'reps') {
    return `Slipping: ${repsAtTopLoad} reps, ${PERCENT(slip.share)} of this block's best ${slip.best} (${named})`;
  }
  const what =
    slip.measure === 'e1rm'
      ? `e1RM ${formatLoad(bestE1rmKg as number, unit)}`
      : `top load ${formatLoad(topLoadKg, unit)}`;
  return `Slipping: ${what}, ${PERCENT(slip.share)} of this block's best ${formatLoad(slip.best, unit)} (${named})`;
}

/** "Target reached: 1.52× bodyweight (target 1.5×)": `ratio` is e1RM ÷ bodyweight to 2 places. */
export const targetReachedText = (ratio: string, targetText: string): string =>
  `Target reached: ${ratio}× bodyweight (target ${targetText})`;

/**
 * The status of every entry (parallel to `entries`, as read by readLog): Stale, then Slipping,
 * then Target reached, then New best (the first that applies wins), or none. Stale and Slipping
 * never meet: a maintenance phase has no stale run.
 */
export function rowStatuses(entries: readonly LogEntry[], series: readonly Series[]): RowStatus[] {
  // Keyed by the row index (unique per entry of a read log): an array is far cheaper than a Map.
  let rows = 0;
  for (let i = 0; i < entries.length; i++) {
    const index = (entries[i] as LogEntry).index;
    if (index >= rows) rows = index + 1;
  }
  // Filled up front so the array stays packed (filling it in series order would make it sparse).
  const byIndex: RowStatus[] = new Array<RowStatus>(rows).fill(NONE);
  for (const s of series) {
    const last = s.sessions[s.sessions.length - 1];
    const stale = last?.stale ? status('Stale', staleText(s)) : null;
    const target = s.target === null ? '' : formatMultiple(s.target);
    const limit = humanLimitFor(s.exercise);
    // Many rows of a series share a ratio: share their status too rather than build it per row.
    const reached = new Map<string, RowStatus>();
    // The best e1RM of the blocks before a session's block (history after a long break).
    let earlierBest: number | null = null;
    let blockBest: number | null = null;
    let block = 0;
    s.sessions.forEach((session, i) => {
      if (session.block !== block) {
        if (blockBest !== null && (earlierBest === null || blockBest > earlierBest)) {
          earlierBest = blockBest;
        }
        blockBest = null;
        block = session.block;
      }
      const firstOfBlock = i > 0 && (s.sessions[i - 1] as Session).block !== session.block;
      const slip = session.slip ? status('Slipping', '') : null;
      const sessionEntries = session.entries;
      for (let k = 0; k < sessionEntries.length; k++) {
        const entry = sessionEntries[k] as LogEntry;
        const own =
          stale && session.stale
            ? stale
            : slip
              ? status('Slipping', slipText(entry, session, session.slip as Slip))
              : statusOf(
                  entry,
                  session,
                  i === 0,
                  s.target,
                  target,
                  reached,
                  limit,
                  firstOfBlock ? earlierBest : null,
                );
        // A row that writes several sets ("6/5/5") is several entries: the row shows the first of
        // Stale, Slipping, Target reached, New best among them.
        const before = byIndex[entry.index] as RowStatus;
        byIndex[entry.index] =
          before === NONE || PRIORITY[own.kind] < PRIORITY[before.kind] ? own : before;
      }
      if (session.bestE1rmKg !== null && (blockBest === null || session.bestE1rmKg > blockBest)) {
        blockBest = session.bestE1rmKg;
      }
    });
  }
  const statuses: RowStatus[] = new Array<RowStatus>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    statuses[i] = byIndex[(entries[i] as LogEntry).index] as RowStatus;
  }
  return statuses;
}

function statusOf(
  entry: LogEntry,
  session: Session,
  first: boolean,
  target: number | null,
  targetText: string,
  reached: Map<string, RowStatus>,
  limit: number | null,
  beforeBreak: number | null,
): RowStatus {
  if (target !== null && meetsTarget(entry.e1rmKg, entry.bodyweightKg, target, limit)) {
    const ratio = ((entry.e1rmKg as number) / (entry.bodyweightKg as number)).toFixed(2);
    let shared = reached.get(ratio);
    if (!shared) {
      shared = status('Target reached', targetReachedText(ratio, targetText));
      reached.set(ratio, shared);
    }
    return shared;
  }
  if (session.newBest && isBestRow(entry, session)) {
    return status('New best', newBestText(entry, session, first, beforeBreak));
  }
  return NONE;
}

export const rowIsEmpty = (row: readonly CellValue[] | undefined): boolean =>
  row === undefined ||
  row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '');

/**
 * What STRENGTH_STATUS returns: one single-cell row per row of `values` down to the last row with
 * content (none for the empty rows below it). "" above the header, "Status" on it, the status per
 * entry, "⚠ reason" for rows that could not be read, "" for blank and repeated header rows. A log
 * that cannot be read at all throws its plain-words message.
 */

export function statusColumn(
  values: readonly (readonly CellValue[])[],
  logOptions: LogOptions,
  statusOptions: StatusOptions,
  firstLine = 1,
): string[][] {
  const log = readLog(values, logOptions, firstLine);
  if (isInvalid(log)) throw new Error(log.invalid);
  // The column ends where the log's data ends: "" results below it would count as content in
  // Sheets (getLastRow, getDataRange), pushing the log's end to the bottom of the sheet.
  let last = values.length - 1;
  while (last > log.header.row && rowIsEmpty(values[last])) last--;
  const out = values.slice(0, last + 1).map(() => ['']);
  out[log.header.row] = ['Status'];
  const statuses = rowStatuses(log.entries, buildSeries(log.entries, statusOptions));
  log.entries.forEach((entry, i) => {
    out[entry.index] = [(statuses[i] as RowStatus).text];
  });
  for (const problem of log.problems) {
    out[problem.line - firstLine] = [`⚠ ${problem.message}`];
  }
  return out;
}
