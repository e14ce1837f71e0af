/**
 * What an exercise is, from its name: the catalogue entry when the name is one of its aliases
 * (exactly, or once app suffixes and translations are read), otherwise a classification from the
 * name's words — movement pattern, body region, implement, loaded or not, assisted, held for time,
 * and whether a load written per side or per hand is half the total. Pure; the word tables are
 * data (./data/words.ts).
 */
import {
  type Exercise,
  findExercise,
  type Implement,
  type Pattern,
  type Region,
} from './catalogue';
import {
  ASSISTED_WORDS,
  HOLD_WORDS,
  IMPLEMENT_WORDS,
  LOWER_BODY_WORDS,
  ONE_SIDE_WORDS,
  PATTERN_RULES,
} from './data/words';
import { englishWords } from './exercise-words';

/**
 * How a written load relates to the total moved: 'total' (as written), 'per hand' (one of two
 * dumbbells or kettlebells: the total is twice it), 'per side' (plates on each side of a bar or
 * sled: twice it, plus the bar for a barbell), 'one side' (a one-side lift whose load is that side's:
 * as written).
 */
export type LoadPer = 'total' | 'per hand' | 'per side' | 'one side';

export interface Classification {
  /** The canonical name when recognised; the name as written (spaces tidied) otherwise. */
  readonly name: string;
  /** The name is a catalogue alias (exactly, or once suffixes and translations are read). */
  readonly recognised: boolean;
  /** The catalogue entry when recognised. */
  readonly exercise: Exercise | null;
  /** Null when the name's words say nothing the classifier understands. */
  readonly pattern: Pattern | null;
  readonly region: Region | null;
  readonly implement: Implement | null;
  /** Is external load the usual progression. */
  readonly loaded: boolean;
  /** The load written is assistance: it counts as negative load (less assistance is progress). */
  readonly assisted: boolean;
  /** A hold for time (plank, wall sit, dead hang). */
  readonly timed: boolean;
  readonly loadPer: LoadPer;
  /** Mistake 2's heavy barbell lifts: back squat, straight-bar deadlift, bench press. */
  readonly powerlifting: boolean;
  readonly swap: string | null;
  readonly pairing: string | null;
}

/** Patterns whose sets are not lifting: no New best or Stale, whatever the load. */
export const NOT_LIFTING: ReadonlySet<Pattern> = new Set<Pattern>(['conditioning', 'mobility']);

const LOADED_IMPLEMENTS: ReadonlySet<Implement> = new Set<Implement>([
  'barbell',
  'trap bar',
  'dumbbell',
  'kettlebell',
  'machine',
  'cable',
  'sled',
]);

const STRENGTH: ReadonlySet<Pattern> = new Set<Pattern>([
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'olympic',
  'isolation',
]);

/** The words and two-word phrases (both orders) of a name, for the rules to look up. */
function termsOf(words: readonly string[]): Set<string> {
  const terms = new Set(words);
  for (let i = 1; i < words.length; i++) {
    terms.add(`${words[i - 1]} ${words[i]}`);
    terms.add(`${words[i]} ${words[i - 1]}`);
  }
  return terms;
}

const hasAny = (terms: ReadonlySet<string>, list: readonly string[]): boolean =>
  list.some((t) => terms.has(t));

function patternOf(terms: ReadonlySet<string>): Pattern | null {
  for (const [pattern, list, unless] of PATTERN_RULES) {
    if (hasAny(terms, list) && !(unless && hasAny(terms, unless))) return pattern;
  }
  return null;
}

function implementOf(terms: ReadonlySet<string>, pattern: Pattern | null): Implement | null {
  for (const [implement, list] of IMPLEMENT_WORDS) if (hasAny(terms, list)) return implement;
  if (pattern === 'olympic') return 'barbell';
  if (pattern === 'plyometric' || pattern === 'sprint' || pattern === 'core') return 'bodyweight';
  return null;
}

function regionOf(pattern: Pattern | null, terms: ReadonlySet<string>): Region | null {
  switch (pattern) {
    case null:
      return null;
    case 'squat':
    case 'hinge':
    case 'lunge':
    case 'sprint':
      return 'lower';
    case 'push':
    case 'pull':
      return 'upper';
    case 'core':
      return 'core';
    case 'plyometric':
      return terms.has('pushup') ? 'upper' : 'lower';
    case 'isolation':
      return hasAny(terms, LOWER_BODY_WORDS) ? 'lower' : 'upper';
    default:
      return 'full';
  }
}

function loadPerOf(terms: ReadonlySet<string>, pattern: Pattern | null): LoadPer {
  const oneSide = pattern === 'lunge' || hasAny(terms, ONE_SIDE_WORDS);
  if (terms.has('perhand')) return oneSide ? 'one side' : 'per hand';
  if (terms.has('perside')) return oneSide ? 'one side' : 'per side';
  return 'total';
}

/**
 * A barbell back squat, straight-bar deadlift or bench press the catalogue does not name ("Pause
 * Squat (Barbell)", "Deadlift - Conventional (Custom)"): front, overhead, Zercher, goblet, Romanian,
 * stiff-leg and single-leg variants are not the powerlifting lifts.
 */
function powerliftingOf(
  pattern: Pattern | null,
  implement: Implement | null,
  terms: ReadonlySet<string>,
): boolean {
  if (implement !== 'barbell') return false;
  if (pattern === 'squat') {
    return (
      terms.has('squat') &&
      !hasAny(terms, ['front', 'overhead', 'zercher', 'goblet', 'box', 'jump', 'single'])
    );
  }
  if (pattern === 'hinge') {
    return (
      terms.has('deadlift') &&
      !hasAny(terms, ['romanian', 'stiff', 'single', 'snatch', 'clean', 'rack'])
    );
  }
  if (pattern === 'push')
    return terms.has('bench') && !hasAny(terms, ['incline', 'decline', 'close']);
  return false;
}

function classifyName(written: string): Classification {
  const name = String(written ?? '')
    .trim()
    .replace(/\s+/g, ' ');
  const words = englishWords(name);
  const terms = termsOf(words);
  const assistedWord = hasAny(terms, ASSISTED_WORDS);
  const held = hasAny(terms, HOLD_WORDS);
  const known = findExercise(name);
  if (known) {
    return {
      name: known.name,
      recognised: true,
      exercise: known,
      pattern: known.pattern,
      region: known.region,
      implement: known.implement,
      loaded: known.loaded,
      assisted: (known.assisted ?? false) || assistedWord,
      timed: (known.timed ?? false) || held,
      loadPer: loadPerOf(termsOf([...englishWords(known.name), ...words]), known.pattern),
      powerlifting: known.powerlifting,
      swap: known.swap,
      pairing: known.pairing ?? null,
    };
  }
  const pattern = patternOf(terms);
  const implement = implementOf(terms, pattern);
  // Bands on pull-ups and dips help: the band's number is assistance.
  const assisted =
    assistedWord ||
    (implement === 'band' && hasAny(terms, ['pullup', 'chinup', 'dip', 'muscleup']));
  const loaded =
    terms.has('weighted') ||
    (implement !== null
      ? LOADED_IMPLEMENTS.has(implement)
      : pattern !== null && STRENGTH.has(pattern));
  const powerlifting = powerliftingOf(pattern, implement, terms);
  return {
    name,
    recognised: false,
    exercise: null,
    pattern,
    region: regionOf(pattern, terms),
    implement,
    loaded: loaded && !assisted,
    assisted,
    timed: held,
    loadPer: loadPerOf(terms, pattern),
    powerlifting,
    swap: powerlifting
      ? pattern === 'squat'
        ? 'Front squat'
        : pattern === 'hinge'
          ? 'Trap bar deadlift'
          : 'Push-up'
      : null,
    pairing: null,
  };
}

const MAX_REMEMBERED_NAMES = 10_000;
const remembered = new Map<string, Classification>();

/** What a name is (see Classification). Logs repeat a few dozen names: each is read once. */
export function classify(name: string): Classification {
  let found = remembered.get(name);
  if (found === undefined) {
    found = classifyName(name);
    if (remembered.size >= MAX_REMEMBERED_NAMES) remembered.clear();
    remembered.set(name, found);
  }
  return found;
}

/** Understood: recognised in the catalogue, or classified into a movement pattern. */
export const isUnderstood = (c: Classification): boolean => c.pattern !== null;

/** Sets of this exercise are not lifting (cardio, runs, stretches, mobility, holds): no status. */
export const isNotLifting = (c: Classification): boolean =>
  c.timed || (c.pattern !== null && NOT_LIFTING.has(c.pattern));

/** Assistance is negative load: a negative number is allowed where a machine or band can help. */
export const takesAssistance = (c: Classification): boolean =>
  c.assisted || c.implement === 'bodyweight' || c.implement === 'band';

/** A barbell's own weight, added to a load written per side of it. */
export const BAR_KG = 20;
export const BAR_LB = 45;

/**
 * The total load moved, from the load as written (in the unit written): doubled when written per
 * hand or per side, plus the bar when per side of a barbell; negative when it is assistance.
 */
export function totalLoad(c: Classification, written: number, unit: 'kg' | 'lb'): number {
  if (written === 0) return 0;
  if (c.assisted) return -Math.abs(written);
  if (written < 0) return written;
  if (c.loadPer === 'per hand') return 2 * written;
  if (c.loadPer === 'per side') {
    return 2 * written + (c.implement === 'barbell' ? (unit === 'kg' ? BAR_KG : BAR_LB) : 0);
  }
  return written;
}
