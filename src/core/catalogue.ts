/**
 * The exercise catalogue: canonical exercises with the aliases coaches and apps (Strong, Hevy) use,
 * and what the audit and targets need to know about each one. The entries themselves are data, in
 * ./data/exercises.ts; this module indexes them and finds a name's entry.
 */
import { EXERCISE_ROWS } from './data/exercises';
import { IMPLEMENT_WORDS, KEY_SYNONYMS, NOISE_WORDS, PLAIN_IMPLEMENT_WORDS } from './data/words';
import { englishWords, foldedWords, PARTICLES, singular } from './exercise-words';

export type Pattern =
  | 'squat'
  | 'hinge'
  | 'lunge'
  | 'push'
  | 'pull'
  | 'carry'
  | 'core'
  | 'plyometric'
  | 'olympic'
  | 'sprint'
  | 'isolation'
  | 'conditioning'
  | 'mobility';

export type Region = 'lower' | 'upper' | 'full' | 'core';

export type Implement =
  | 'barbell'
  | 'trap bar'
  | 'dumbbell'
  | 'kettlebell'
  | 'machine'
  | 'cable'
  | 'bodyweight'
  | 'band'
  | 'sled'
  | 'medicine ball'
  | 'other';

export interface Exercise {
  /** Canonical name, as shown to the coach ("Trap bar deadlift"). */
  readonly name: string;
  /** Other names it is logged under, including Strong/Hevy names ("Deadlift (Trap bar)"). */
  readonly aliases: readonly string[];
  readonly pattern: Pattern;
  readonly region: Region;
  readonly implement: Implement;
  /** Is external load the usual progression (false for push-ups, jumps, strides). */
  readonly loaded: boolean;
  /** Default 1RM target as a multiple of bodyweight; null when none. */
  readonly target: number | null;
  /** The runner-friendly variant's canonical name; null when this one already is. */
  readonly swap: string | null;
  /** A heavy powerlifting lift (mistake 2): barbell back squat, straight-bar deadlift, bench press. */
  readonly powerlifting: boolean;
  /**
   * The jump or sprint to pair this heavy lift with in the same session, in a similar position
   * (split squat → split jump, deadlift → vertical jump); null or absent when none is suggested.
   */
  readonly pairing?: string | null;
  /** Held for time (plank, wall sit, dead hang): no New best or Stale. */
  readonly timed?: boolean;
  /** The load written is assistance (assisted pull-up machine, band): it counts as negative load. */
  readonly assisted?: boolean;
}

interface Extra {
  readonly target?: number;
  readonly swap?: string;
  readonly pairing?: string;
  readonly powerlifting?: boolean;
  readonly timed?: boolean;
  readonly assisted?: boolean;
}

/** One row of ./data/exercises.ts: name, pattern, region, implement, loaded, aliases, extras. */
export type EntryRow = readonly [
  name: string,
  pattern: Pattern,
  region: Region,
  implement: Implement,
  loaded: boolean,
  aliases: readonly string[],
  extra?: Extra,
];

function entry([
  name,
  pattern,
  region,
  implement,
  loaded,
  aliases,
  extra = {},
]: EntryRow): Exercise {
  return {
    name,
    aliases,
    pattern,
    region,
    implement,
    loaded,
    target: extra.target ?? null,
    swap: extra.swap ?? null,
    powerlifting: extra.powerlifting ?? false,
    pairing: extra.pairing ?? null,
    ...(extra.timed ? { timed: true } : {}),
    ...(extra.assisted ? { assisted: true } : {}),
  };
}

export const CATALOGUE: readonly Exercise[] = EXERCISE_ROWS.map(entry);

/** Every movement pattern, in the order the coach reads them. */
export const PATTERNS: readonly Pattern[] = [
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'core',
  'plyometric',
  'olympic',
  'sprint',
  'isolation',
  'conditioning',
  'mobility',
];

const WORD_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(KEY_SYNONYMS).map(([word, meaning]) => [word, meaning.split(' ')]),
);

/**
 * The matching key of a name: case-, punctuation-, accent-, plural- and word-order-tolerant, so
 * that "Trap-Bar DLs" meets "trap bar dl", "Squat (Barbell)" meets "Barbell squats" and "Pull-ups"
 * meets "Pullup". Letters of any script are kept, so names in Cyrillic or Greek keep distinct keys;
 * a name of symbols only keeps its own text.
 */
export function nameKey(name: string): string {
  const remembered = keys.get(name);
  if (remembered !== undefined) return remembered;
  const key = computeNameKey(name);
  if (keys.size >= MAX_REMEMBERED_NAMES) keys.clear();
  keys.set(name, key);
  return key;
}

/** Keys of names seen before: callers key every row (targets, series), and logs repeat few names. */
const keys = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 10_000;

function computeNameKey(name: string): string {
  const words = String(name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  const key: string[] = [];
  for (const written of words) {
    if (written === '') continue;
    const word = singular(written);
    const synonym = WORD_SYNONYMS.get(word);
    if (synonym) key.push(...synonym);
    else if (PARTICLES.has(word) && key.length > 0) key[key.length - 1] += word;
    else key.push(word);
  }
  if (key.length > 0) return key.sort().join(' ');
  // Only symbols or emoji ("💪", "???"): keep them, so two such names do not become one series.
  return String(name ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

let index: Map<string, Exercise> | undefined;

function catalogueIndex(): Map<string, Exercise> {
  if (index) return index;
  index = new Map();
  for (const exercise of CATALOGUE) {
    for (const name of [exercise.name, ...exercise.aliases]) {
      const key = nameKey(name);
      // First entry wins; the catalogue tests make sure no two entries share a key.
      if (!index.has(key)) index.set(key, exercise);
    }
  }
  return index;
}

/** Names seen before: a 100k-row log repeats a few dozen names, so each is looked up once. */
const lookups = new Map<string, Exercise | null>();

const NOISE: ReadonlySet<string> = new Set(NOISE_WORDS);
/** Words that name only an implement ("Barbell", not "Goblet"), which an app suffix may add. */
const IMPLEMENT_OF: ReadonlyMap<string, Implement> = new Map(
  IMPLEMENT_WORDS.flatMap(([implement, words]) =>
    words.filter((w) => PLAIN_IMPLEMENT_WORDS.has(w)).map((w) => [w, implement] as const),
  ),
);

/**
 * The entry a name matches once it is read as English words (translated, abbreviations spelt
 * out), without words that say nothing about the movement ("(Custom)", "(Neutral Grip)", "each
 * side", "assisted"), and finally without an implement the entry itself uses ("Clean (Barbell)").
 */
function normalisedMatch(name: string): Exercise | null {
  const index = catalogueIndex();
  const words = englishWords(name);
  const meaningful = words.filter((w) => !NOISE.has(w));
  const folded = foldedWords(name);
  const unsuffixed = folded.filter((w) => w !== 'custom');
  const asWritten = folded.filter((w) => !NOISE.has(singular(w)));
  for (const candidate of [unsuffixed, asWritten, words, meaningful]) {
    const found = candidate.length > 0 ? index.get(nameKey(candidate.join(' '))) : undefined;
    if (found) return found;
  }
  const named = new Set(meaningful.flatMap((w) => IMPLEMENT_OF.get(w) ?? []));
  const bare = meaningful.filter((w) => !IMPLEMENT_OF.has(w));
  if (bare.length === 0 || bare.length === meaningful.length) return null;
  const found = index.get(nameKey(bare.join(' ')));
  return found && (named.size === 0 || named.has(found.implement)) ? found : null;
}

/**
 * The catalogue entry for a name as written, or null when it is not known: an exact alias first,
 * then the same name with its app suffixes and translations read (see normalisedMatch).
 */
export function findExercise(name: string): Exercise | null {
  const remembered = lookups.get(name);
  if (remembered !== undefined) return remembered;
  const exercise = catalogueIndex().get(nameKey(name)) ?? normalisedMatch(name);
  if (lookups.size >= MAX_REMEMBERED_NAMES) lookups.clear();
  lookups.set(name, exercise);
  return exercise;
}

/** The canonical name; an unknown name is kept as written (trimmed), never guessed. */
export function canonicalName(name: string): string {
  return (
    findExercise(name)?.name ??
    String(name ?? '')
      .trim()
      .replace(/\s+/g, ' ')
  );
}

/** The runner-friendly variant, or the canonical name itself when it already is one or is unknown. */
export function runnerSwap(name: string): string {
  const exercise = findExercise(name);
  return exercise?.swap ?? canonicalName(name);
}

/** The jump or sprint to pair a heavy lift with (canonical name), or null when none is suggested. */
export function pairingFor(name: string): string | null {
  return findExercise(name)?.pairing ?? null;
}
