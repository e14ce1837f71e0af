/**
 * The season plan: the coach's small table of phases (athlete or everyone, from, to, phase, goal
 * race) and the questions the statuses and the audit ask of it — which phase an athlete is in on
 * a day, and which goal races they have. Also the blocks: a long break in an athlete's log starts a
 * new block, and bests, stale runs and targets reached are judged within the current one.
 *
 * The phase words and the per-phase rules are data (PHASE_WORDS here, PHASE_AUDIT in
 * audit/phases.ts), apart from the code that reads them.
 */
import { athleteKey } from './bodyweight';
import { parseDay } from './dates';
import { headerKey } from './headers';
import type { BlockSummary, CurrentPhase } from './model';
import { isInvalid } from './result';
import { type CellValue, cellText, isBlank, shorten } from './values';

export const PHASES = [
  'off-season',
  'base',
  'build',
  'peak',
  'race season',
  'taper',
  'transition',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Maintenance phases: keeping a lift is the plan. No Stale; a session is kept when it is within the
 * keep share of the block's best, and a clear drop is flagged "Slipping". In the other (build)
 * phases progress is expected and the usual rules apply.
 */
export const MAINTENANCE_PHASES: ReadonlySet<Phase> = new Set<Phase>([
  'race season',
  'taper',
  'transition',
]);

export const isMaintenance = (phase: Phase | null): boolean =>
  phase !== null && MAINTENANCE_PHASES.has(phase);

/** How coaches write the phases (after lower-casing and dropping punctuation and spaces). */
const PHASE_WORDS: Readonly<Record<string, Phase>> = {
  offseason: 'off-season',
  off: 'off-season',
  generalprep: 'off-season',
  generalpreparation: 'off-season',
  base: 'base',
  basebuilding: 'base',
  build: 'build',
  specificprep: 'build',
  specificpreparation: 'build',
  peak: 'peak',
  peaking: 'peak',
  sharpening: 'peak',
  raceseason: 'race season',
  racing: 'race season',
  inseason: 'race season',
  season: 'race season',
  competition: 'race season',
  competitionseason: 'race season',
  taper: 'taper',
  tapering: 'taper',
  transition: 'transition',
  recovery: 'transition',
  rest: 'transition',
  postseason: 'transition',
};

const wordKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

/** A phase as the coach wrote it ("Race season", "in-season", "Taper"), or null when unknown. */
export function parsePhase(text: string): Phase | null {
  return PHASE_WORDS[wordKey(text)] ?? null;
}

/** Words in the athlete cell that mean the row applies to every athlete (as does a blank). */
const EVERYONE = new Set(['everyone', 'all', 'allathletes', 'everybody', 'team', 'squad', '']);

export interface GoalRace {
  readonly name: string;
  readonly day: string;
  readonly dayNumber: number;
}

export interface SeasonRow {
  /** athleteKey of the athlete, or null for everyone. */
  readonly athlete: string | null;
  readonly phase: Phase;
  readonly from: string;
  readonly fromDay: number;
  /** Null: open-ended (until a later row takes over). */
  readonly to: string | null;
  readonly toDay: number | null;
  readonly race: GoalRace | null;
  /** 1-based row of the plan table. */
  readonly line: number;
}

export interface SeasonPlan {
  readonly rows: readonly SeasonRow[];
}

export const EMPTY_SEASON: SeasonPlan = { rows: [] };

/** The header the add-on writes on a new Season plan sheet (and the column order without one). */
export const SEASON_HEADER = ['Athlete', 'From', 'To', 'Phase', 'Goal race', 'Race date'] as const;

type SeasonColumn = 'athlete' | 'from' | 'to' | 'phase' | 'race' | 'raceDate';
const POSITIONAL: Readonly<Record<SeasonColumn, number>> = {
  athlete: 0,
  from: 1,
  to: 2,
  phase: 3,
  race: 4,
  raceDate: 5,
};

/** Header words per column (headerKey form: lower case, letters and digits only). */
const HEADER_WORDS: Readonly<Record<SeasonColumn, readonly string[]>> = {
  athlete: ['athlete', 'name', 'client', 'runner', 'who'],
  from: ['from', 'start', 'starts', 'begin', 'fromdate', 'startdate'],
  to: ['to', 'end', 'ends', 'until', 'todate', 'enddate'],
  phase: ['phase', 'block', 'period', 'cycle'],
  race: ['goalrace', 'race', 'goal', 'event', 'racename'],
  raceDate: ['racedate', 'dateofrace', 'goalracedate', 'eventdate'],
};

function headerColumns(row: readonly CellValue[]): Record<SeasonColumn, number> | null {
  const keys = row.map((cell) => headerKey(cell));
  if (!keys.some((k) => HEADER_WORDS.phase.includes(k))) return null;
  const found: Partial<Record<SeasonColumn, number>> = {};
  for (const column of Object.keys(HEADER_WORDS) as SeasonColumn[]) {
    const at = keys.findIndex((k) => HEADER_WORDS[column].includes(k));
    if (at >= 0) found[column] = at;
  }
  return { ...POSITIONAL, ...found } as Record<SeasonColumn, number>;
}

export interface ReadSeason {
  readonly plan: SeasonPlan;
  /** Plain-words problems with the plan's 1-based row ("row 3: …"); bad rows are left out. */
  readonly problems: readonly string[];
}

/**
 * Reads the coach's season plan: a header row naming the columns (Athlete, From, To, Phase, Goal
 * race, Race date), or those six columns in that order without one. Blank rows are skipped. A
 * goal race without its own date is on the row's To date (a taper that ends on race day).
 */
export function readSeasonPlan(
  rows: readonly (readonly CellValue[])[] | null | undefined,
  timeZone: string,
): ReadSeason {
  const out: SeasonRow[] = [];
  const problems: string[] = [];
  let columns: Record<SeasonColumn, number> | null = null;
  let seenRow = false;
  (rows ?? []).forEach((row, i) => {
    if (row.every(isBlank)) return;
    const line = i + 1;
    if (!seenRow) {
      seenRow = true;
      columns = headerColumns(row);
      if (columns) return;
    }
    const at = columns ?? POSITIONAL;
    const cell = (c: SeasonColumn): CellValue => row[at[c]];
    const phaseText = cellText(cell('phase'));
    const phase = parsePhase(phaseText);
    if (phase === null) {
      problems.push(
        phaseText === ''
          ? `row ${line}: no phase (use ${PHASES.join(', ')})`
          : `row ${line}: "${shorten(phaseText)}" is not a phase (use ${PHASES.join(', ')})`,
      );
      return;
    }
    const from = parseDay(cell('from'), timeZone, 'from date');
    if (from === null || isInvalid(from)) {
      problems.push(`row ${line}: ${from === null ? 'no from date' : from.invalid}`);
      return;
    }
    const to = parseDay(cell('to'), timeZone, 'to date');
    if (isInvalid(to)) {
      problems.push(`row ${line}: ${to.invalid}`);
      return;
    }
    if (to !== null && to.dayNumber < from.dayNumber) {
      problems.push(`row ${line}: the to date ${to.day} is before the from date ${from.day}`);
      return;
    }
    const raceName = cellText(cell('race'));
    const raceDay = parseDay(cell('raceDate'), timeZone, 'race date');
    if (isInvalid(raceDay)) {
      problems.push(`row ${line}: ${raceDay.invalid}`);
      return;
    }
    const raceOn = raceDay ?? (raceName !== '' ? to : null);
    if (raceName !== '' && raceOn === null) {
      problems.push(`row ${line}: the goal race "${shorten(raceName)}" has no date`);
    }
    const who = cellText(cell('athlete'));
    out.push({
      athlete: EVERYONE.has(wordKey(who)) ? null : athleteKey(who),
      phase,
      from: from.day,
      fromDay: from.dayNumber,
      to: to?.day ?? null,
      toDay: to?.dayNumber ?? null,
      race: raceOn === null ? null : { name: raceName === '' ? 'goal race' : raceName, ...raceOn },
      line,
    });
  });
  return { plan: { rows: out }, problems };
}

const covers = (row: SeasonRow, dayNumber: number): boolean =>
  row.fromDay <= dayNumber && (row.toDay === null || dayNumber <= row.toDay);

/**
 * The plan row in force for an athlete on a day: the athlete's own rows first, then everyone's;
 * among those that cover the day, the one that started latest (so a taper written inside a race
 * season wins), and on the same start the one further down the table.
 */
export function phaseRowOn(plan: SeasonPlan, athlete: string, dayNumber: number): SeasonRow | null {
  const key = athleteKey(athlete);
  let own: SeasonRow | null = null;
  let all: SeasonRow | null = null;
  for (const row of plan.rows) {
    if (!covers(row, dayNumber)) continue;
    if (row.athlete === key) {
      if (!own || row.fromDay >= own.fromDay) own = row;
    } else if (row.athlete === null && (!all || row.fromDay >= all.fromDay)) all = row;
  }
  return own ?? all;
}

export const phaseOn = (plan: SeasonPlan, athlete: string, dayNumber: number): Phase | null =>
  phaseRowOn(plan, athlete, dayNumber)?.phase ?? null;

/** The goal races that apply to an athlete (their own rows and everyone's), by date, one per day. */
export function goalRaces(plan: SeasonPlan, athlete: string): GoalRace[] {
  const key = athleteKey(athlete);
  const byDay = new Map<number, GoalRace>();
  for (const row of plan.rows) {
    if (row.race === null || (row.athlete !== null && row.athlete !== key)) continue;
    const known = byDay.get(row.race.dayNumber);
    // The athlete's own row names the race over a team row on the same day.
    if (!known || row.athlete !== null) byDay.set(row.race.dayNumber, row.race);
  }
  return [...byDay.values()].sort((a, b) => a.dayNumber - b.dayNumber);
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** A break of this many weeks or more between two sessions starts a new block (a setting). */
export const DEFAULT_LAYOFF_WEEKS = 8;
export const LAYOFF_WEEKS_RANGE = { min: 2, max: 104 } as const;

/**
 * In a maintenance phase a session is kept when its best is at least this share of the block's
 * best (a setting). 90 %: an estimated 1RM moves by about 5 % from day to day with sleep, fatigue
 * and a hard race in the legs, and the rep-based estimate carries about as much again, so a session
 * within 10 % is holding strength; a drop beyond that is more than noise.
 */
export const DEFAULT_KEEP_SHARE = 0.9;
export const KEEP_SHARE_RANGE = { min: 0.5, max: 0.99 } as const;

export interface Block {
  /** 0-based, in day order. */
  readonly index: number;
  readonly startDay: number;
  /** Weeks since the previous session (the layoff that opened this block); null for the first. */
  readonly breakWeeks: number | null;
  /** Last session day before the break; null for the first block. */
  readonly previousEndDay: number | null;
}

/**
 * The blocks of one athlete's training days (any order, repeats allowed): a new block starts at the
 * first session after a break of `layoffWeeks` weeks or more. The layoff is the athlete's, across
 * the whole log: one lift rested while the athlete kept training is not a layoff.
 */
export function blocksOf(dayNumbers: Iterable<number>, layoffWeeks: number): Block[] {
  const days = [...new Set(dayNumbers)].sort((a, b) => a - b);
  const blocks: Block[] = [];
  days.forEach((d, i) => {
    const previous = days[i - 1];
    if (previous === undefined) {
      blocks.push({ index: 0, startDay: d, breakWeeks: null, previousEndDay: null });
    } else if (d - previous >= layoffWeeks * 7) {
      blocks.push({
        index: blocks.length,
        startDay: d,
        breakWeeks: Math.floor((d - previous) / 7),
        previousEndDay: previous,
      });
    }
  });
  return blocks;
}

/** The index of the block a day falls in (blocks from blocksOf). */
export function blockIndexOf(blocks: readonly Block[], dayNumber: number): number {
  let index = 0;
  for (const b of blocks) {
    if (b.startDay <= dayNumber) index = b.index;
    else break;
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// What every surface says about them (CLI, sidebar card, dashboard)

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** "Phase: taper since 2026-05-20 to 2026-05-31, Oslo 10k in 11 days (2026-06-01)"; "" without one. */
export function phaseLine(phase: CurrentPhase | null): string {
  if (phase === null) return '';
  const race = phase.goalRace
    ? `, ${phase.goalRace.name} ${phase.goalRace.daysAway === 0 ? 'today' : `in ${days(phase.goalRace.daysAway)}`} (${phase.goalRace.date})`
    : '';
  return `Phase: ${phase.phase} since ${phase.from}${phase.to ? ` to ${phase.to}` : ''}${race}`;
}

/** "Block 2 since 2026-07-20, after a 25-week break (…)"; "" for an athlete's first block. */
export function blockLine(block: BlockSummary): string {
  if (block.number === 1) return '';
  return `Block ${block.number} since ${block.start}, after a ${block.breakWeeks}-week break (last session before it ${block.previousEnd}); bests and stale runs count from then`;
}
