/**
 * What the five rules share: the athlete's audit window, how a log entry is classified (lower-body
 * strength, loaded, isolation, jump or sprint), and short sidebar-sized wording.
 */
import { type Exercise, findExercise, type Region } from '../catalogue';
import { classify } from '../classify';
import type { AuditThresholds, LogEntry, Series } from '../model';
import {
  EMPTY_SEASON,
  type GoalRace,
  goalRaces,
  type Phase,
  phaseRowOn,
  type SeasonPlan,
} from '../season';
import { fromKg, type Unit } from '../units';

export interface AuditWindow {
  readonly athlete: string;
  /** The window's entries, in calendar order. */
  readonly entries: readonly LogEntry[];
  /** Every entry of the athlete (the series flags look back beyond the window). */
  readonly allEntries: readonly LogEntry[];
  readonly series: readonly Series[];
  readonly thresholds: AuditThresholds;
  /** First day number inside the window (latest session − windowDays + 1). */
  readonly startDayNumber: number;
  /** ISO days with at least one entry in the window, ascending: the athlete's sessions. */
  readonly days: readonly string[];
  /** The unit the athlete mostly writes loads in, for showing loads back to the coach. */
  readonly unit: Unit;
  /** Latest known bodyweight in kg, or null. */
  readonly bodyweightKg: number | null;
  /** The season plan's phase on the athlete's latest session, or null without one. */
  readonly phase: Phase | null;
  /** ISO day that phase began (the window never reaches back before it); "" without a phase. */
  readonly phaseFrom: string;
  /** The athlete's goal races from the season plan, by date. */
  readonly races: readonly GoalRace[];
}

export function auditWindow(
  athlete: string,
  entries: readonly LogEntry[],
  series: readonly Series[],
  thresholds: AuditThresholds,
  season: SeasonPlan = EMPTY_SEASON,
): AuditWindow {
  const allEntries = entries
    .filter((e) => e.athlete === athlete)
    .sort((a, b) => a.dayNumber - b.dayNumber || a.index - b.index);
  const latest = allEntries[allEntries.length - 1]?.dayNumber ?? 0;
  // A phase is judged on its own weeks: a taper is not held to the build weeks before it.
  const phaseRow = allEntries.length > 0 ? phaseRowOn(season, athlete, latest) : null;
  const startDayNumber = Math.max(
    latest - thresholds.windowDays + 1,
    phaseRow?.fromDay ?? -Infinity,
  );
  const inWindow = allEntries.filter((e) => e.dayNumber >= startDayNumber);
  const days = [...new Set(inWindow.map((e) => e.day))];
  let kgRows = 0;
  let bodyweightKg: number | null = null;
  for (let i = 0; i < allEntries.length; i++) {
    const e = allEntries[i] as LogEntry;
    if (e.unit === 'kg') kgRows++;
    bodyweightKg = e.bodyweightKg ?? bodyweightKg;
  }
  return {
    athlete,
    entries: inWindow,
    allEntries,
    series: series.filter((s) => s.athlete === athlete),
    thresholds,
    startDayNumber,
    days,
    unit: kgRows * 2 >= allEntries.length ? 'kg' : 'lb',
    bodyweightKg,
    phase: phaseRow?.phase ?? null,
    phaseFrom: phaseRow?.from ?? '',
    races: season.rows.length > 0 ? goalRaces(season, athlete) : [],
  };
}

export const exerciseOf = (entry: LogEntry): Exercise | null => findExercise(entry.exercise);

/**
 * The jump or sprint the catalogue pairs with a lift (split squat → split jump); read loosely so
 * the audit works before and after the catalogue gains its optional `pairing` field.
 */
export function pairingOf(exercise: string): string | null {
  const known: object | null = findExercise(exercise);
  const pairing = known && 'pairing' in known ? known.pairing : null;
  return typeof pairing === 'string' && pairing !== '' ? pairing : null;
}

/**
 * Olympic lifts (clean, snatch, jerk and their power and hang forms) count as loaded lower-body
 * work: a power clean is a loaded hip-and-knee extension, so a program of cleans is neither
 * "bodyweight and abs only" (mistake 3) nor one that back squats dominate (mistake 2, where they
 * add to the lower-body sets and are never powerlifting). Their pulls are hinges. See isFast and
 * isHeavyLower for mistake 5, and docs/exercises.md for the reasons.
 */
const STRENGTH_PATTERNS = new Set(['squat', 'hinge', 'lunge', 'olympic']);

/** A squat, hinge, lunge / single-leg or Olympic entry: the lower-body strength work runners need. */
export const isLowerStrength = (entry: LogEntry): boolean =>
  entry.pattern !== null && STRENGTH_PATTERNS.has(entry.pattern);

/** The set carried external load (a bodyweight split squat is not loaded, a 12 kg one is). */
export const isLoaded = (entry: LogEntry): boolean => entry.loadKg > 0;

/**
 * Jumps, bounds, hops, sprints and strides: what connects gym work to running. The Olympic lifts
 * count too: done with full intent they are the fast triple extension of a vertical jump, the
 * speed-and-power work the pairing asks for. Their pulls (clean pull, snatch pull) are slow, heavy
 * hinges and do not.
 */
export const isFast = (entry: LogEntry): boolean =>
  entry.pattern === 'plyometric' || entry.pattern === 'sprint' || entry.pattern === 'olympic';

export const isIsolation = (entry: LogEntry): boolean => entry.pattern === 'isolation';

/** The catalogue's or the classifier's region; else what the pattern implies (null when nothing does). */
export function regionOf(entry: LogEntry): Region | null {
  if (entry.region) return entry.region;
  const known = exerciseOf(entry);
  if (known) return known.region;
  if (entry.pattern === null) return null;
  if (STRENGTH_PATTERNS.has(entry.pattern)) return 'lower';
  if (entry.pattern === 'push' || entry.pattern === 'pull') return 'upper';
  if (entry.pattern === 'core') return 'core';
  return null;
}

/** A barbell back squat, straight-bar deadlift or bench press, named in the catalogue or not. */
export const isPowerlifting = (entry: LogEntry): boolean => classify(entry.exercise).powerlifting;

export const setsOf = (entries: readonly LogEntry[]): number =>
  entries.reduce((sum, e) => sum + Math.max(e.sets, 1), 0);

/** Sets per exercise, most first (ties by name), as [name, sets]. */
export function setsByExercise(entries: readonly LogEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of entries)
    counts.set(e.exercise, (counts.get(e.exercise) ?? 0) + Math.max(e.sets, 1));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** "A", "A and B", "A, B and C", "A, B and 3 more". */
export function listWords(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const dayRange = (days: readonly string[]): string =>
  days.length <= 1 ? (days[0] ?? '') : `${days[0]} to ${days[days.length - 1]}`;

/** Sidebar-sized: evidence and advice stay under this many characters. */
export const MAX_TEXT = 240;

/** Keeps a sentence within the sidebar's budget, cutting at a word when it must. */
export function clip(text: string, max = MAX_TEXT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** Joins sentences, dropping later ones that would not fit rather than cutting mid-sentence. */
export function sentences(parts: readonly string[], max = MAX_TEXT): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    const next = out === '' ? part : `${out} ${part}`;
    if (next.length > max && out !== '') break;
    out = next;
  }
  return clip(out, max);
}

/** A load the athlete lifted, in their unit, to the nearest half unit ("102.5 kg"): evidence. */
export function loadText(kg: number, unit: Unit): string {
  const value = Math.round(fromKg(kg, unit) * 2) / 2;
  return `${value} ${unit}`;
}
