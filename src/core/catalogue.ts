/**
 * The exercise catalogue: canonical exercises with the aliases coaches and apps (Strong, Hevy) use,
 * and what the audit and targets need to know about each one.
 */

export type Pattern =
  | 'squat'
  | 'hinge'
  | 'lunge'
  | 'push'
  | 'pull'
  | 'carry'
  | 'core'
  | 'plyometric'
  | 'sprint'
  | 'isolation'
  | 'conditioning';

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
}

export const CATALOGUE: readonly Exercise[] = [
  {
    name: 'Front squat',
    aliases: ['Front Squat (Barbell)', 'barbell front squat', 'FS'],
    pattern: 'squat',
    region: 'lower',
    implement: 'barbell',
    loaded: true,
    target: 1.0,
    swap: null,
    powerlifting: false,
  },
  {
    name: 'Back squat',
    aliases: ['Squat (Barbell)', 'Squat', 'barbell squat', 'back squat (barbell)', 'BS'],
    pattern: 'squat',
    region: 'lower',
    implement: 'barbell',
    loaded: true,
    target: 1.25,
    swap: 'Front squat',
    powerlifting: true,
  },
  {
    name: 'Trap bar deadlift',
    aliases: ['Trap Bar DL', 'hex bar deadlift', 'Deadlift (Trap bar)', 'hex bar DL'],
    pattern: 'hinge',
    region: 'lower',
    implement: 'trap bar',
    loaded: true,
    target: 1.5,
    swap: null,
    powerlifting: false,
  },
  {
    name: 'Deadlift',
    aliases: ['Deadlift (Barbell)', 'conventional deadlift', 'barbell deadlift', 'DL'],
    pattern: 'hinge',
    region: 'lower',
    implement: 'barbell',
    loaded: true,
    target: 1.5,
    swap: 'Trap bar deadlift',
    powerlifting: true,
  },
];

/**
 * The matching key of a name: case-, punctuation-, spacing- and plural-tolerant, so that
 * "Trap-Bar DLs" and "trap bar dl" meet.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    )
    .join(' ');
}

let index: Map<string, Exercise> | undefined;

function catalogueIndex(): Map<string, Exercise> {
  if (index) return index;
  index = new Map();
  for (const exercise of CATALOGUE) {
    for (const name of [exercise.name, ...exercise.aliases]) index.set(nameKey(name), exercise);
  }
  return index;
}

/** The catalogue entry for a name as written, or null when it is not known. */
export function findExercise(name: string): Exercise | null {
  return catalogueIndex().get(nameKey(name)) ?? null;
}

/** The canonical name; an unknown name is kept as written (trimmed), never guessed. */
export function canonicalName(name: string): string {
  return findExercise(name)?.name ?? name.trim().replace(/\s+/g, ' ');
}

/** The runner-friendly variant, or the canonical name itself when it already is one or is unknown. */
export function runnerSwap(name: string): string {
  const exercise = findExercise(name);
  return exercise?.swap ?? canonicalName(name);
}
