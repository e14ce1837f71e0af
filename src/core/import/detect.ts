/**
 * Which app and layout wrote a file, from its header alone: the signatures in layouts.ts, matched
 * case-, accent- and punctuation-insensitively, with the unit a label carries taken off first.
 */
import type { Unit } from '../units';
import {
  type ExportRole,
  FITBOD_LABELS,
  FITNOTES_LABELS,
  HEVY_LABELS,
  LANGUAGE_NAMES,
  type Language,
  OTHER_UNIT_WORDS,
  STRONG_LABELS,
  WEIGHT_UNIT_WORDS,
} from './layouts';

export type AppFormat = 'strong' | 'hevy' | 'fitnotes' | 'fitbod';

export const APP_NAMES: Readonly<Record<AppFormat, string>> = {
  strong: 'Strong',
  hevy: 'Hevy',
  fitnotes: 'FitNotes',
  fitbod: 'Fitbod',
};

/** "Nom de l'exercice" → "nom de l exercice", "weight_kg" → "weight kg". */
export function headerWords(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

export interface HeaderLabel {
  /** The whole label's words ("duration seconds"). */
  readonly key: string;
  /** The words before a unit ("weight" of "Weight (kg)" and "weight_kg"); the key when none. */
  readonly base: string;
  /** The weight unit the label names, if any. */
  readonly weightUnit: Unit | null;
  /** A label that is only a unit: Strong 2016's "kg"/"lb" weight and "km"/"mi" distance. */
  readonly bareRole: 'weight' | 'distance' | null;
}

export function readLabel(label: string): HeaderLabel {
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(label.trim());
  const key = headerWords(label);
  if (paren) {
    const unitWord = headerWords(paren[2] as string);
    const base = headerWords(paren[1] as string);
    const weightUnit = WEIGHT_UNIT_WORDS[unitWord] ?? null;
    if (base !== '' && (weightUnit !== null || OTHER_UNIT_WORDS[unitWord] !== undefined)) {
      return { key, base, weightUnit, bareRole: null };
    }
  }
  const words = key.split(' ');
  if (words.length === 1) {
    const weightUnit = WEIGHT_UNIT_WORDS[key] ?? null;
    if (weightUnit !== null) return { key, base: key, weightUnit, bareRole: 'weight' };
    if (OTHER_UNIT_WORDS[key] === 'distance') {
      return { key, base: key, weightUnit: null, bareRole: 'distance' };
    }
  }
  const last = words[words.length - 1] as string;
  if (words.length > 1 && (WEIGHT_UNIT_WORDS[last] || OTHER_UNIT_WORDS[last])) {
    return {
      key,
      base: words.slice(0, -1).join(' '),
      weightUnit: WEIGHT_UNIT_WORDS[last] ?? null,
      bareRole: null,
    };
  }
  return { key, base: key, weightUnit: null, bareRole: null };
}

type Labels = Readonly<Partial<Record<ExportRole, readonly string[]>>>;

const roleMaps = new Map<Labels, Map<string, ExportRole>>();

function roleMap(labels: Labels): Map<string, ExportRole> {
  let map = roleMaps.get(labels);
  if (!map) {
    map = new Map();
    for (const [role, names] of Object.entries(labels) as [ExportRole, readonly string[]][]) {
      for (const name of names) map.set(headerWords(name), role);
    }
    roleMaps.set(labels, map);
  }
  return map;
}

export type Columns = Readonly<Partial<Record<ExportRole, number>>>;

export interface Matched {
  readonly columns: Columns;
  /** The unit the weight column's label names. */
  readonly weightUnit: Unit | null;
  /** The weight column is headed by its unit alone (Strong 2016: "kg", "lb"). */
  readonly bareWeight: boolean;
  /** How many labels matched a role. */
  readonly hits: number;
}

/** The roles of a header's labels under one app's labels; the first column of a role wins. */
export function matchLabels(labels: readonly string[], table: Labels): Matched {
  const map = roleMap(table);
  const columns: Partial<Record<ExportRole, number>> = {};
  let weightUnit: Unit | null = null;
  let bareWeight = false;
  let hits = 0;
  labels.forEach((label, i) => {
    const read = readLabel(label);
    const role: ExportRole | undefined =
      map.get(read.key) ?? map.get(read.base) ?? read.bareRole ?? undefined;
    if (role === undefined || columns[role] !== undefined) return;
    columns[role] = i;
    hits++;
    if (role === 'weight') {
      weightUnit = read.weightUnit;
      bareWeight = read.bareRole === 'weight';
    }
  });
  return { columns, weightUnit, bareWeight, hits };
}

export interface Detected extends Matched {
  readonly app: AppFormat;
  readonly language: Language;
  /** Plain words for the layout: "2025 layout, French headers". */
  readonly layout: string;
  /** Labels (in the file's language) of the columns this app's files always have but this one lacks. */
  readonly missing: readonly string[];
}

const REQUIRED: Readonly<Record<AppFormat, readonly ExportRole[]>> = {
  strong: ['date', 'exercise', 'setOrder', 'weight', 'reps'],
  hevy: ['date', 'exercise', 'setOrder', 'weight', 'reps'],
  fitnotes: ['date', 'exercise', 'weight', 'reps'],
  fitbod: ['date', 'exercise', 'weight', 'reps'],
};

function missingOf(app: AppFormat, m: Matched, table: Labels): string[] {
  return REQUIRED[app]
    .filter((role) => m.columns[role] === undefined)
    .map((role) => {
      if (app === 'hevy' && role === 'weight') return 'weight_kg or weight_lbs';
      return table[role]?.[0] ?? role;
    });
}

function strongLayout(m: Matched, language: Language): string {
  const parts: string[] = [];
  if (m.columns.workoutNumber !== undefined)
    parts.push('2025 layout ("Workout #", Duration (sec))');
  else if (m.bareWeight) parts.push('2016 layout (weight headed by its unit, sets from 0)');
  else if (m.columns.weightUnit !== undefined) parts.push('layout with a Weight Unit column');
  else if (m.columns.duration !== undefined) parts.push('layout with Duration and RPE');
  else parts.push('classic layout');
  if (language !== 'en') parts.push(`${LANGUAGE_NAMES[language]} headers`);
  return parts.join(', ');
}

/**
 * The app whose signature the header carries, or null for none (our own log layout or an
 * unknown file; the caller tries the log columns next). A file with an app's signature but
 * without one of its columns is still that app's: `missing` names what it lacks.
 */
export function detectApp(labels: readonly string[]): Detected | null {
  const keys = new Set(labels.map((l) => readLabel(l).base));
  const hevy = keys.has('exercise title') || keys.has('set type') || keys.has('set index');
  if (hevy) {
    const m = matchLabels(labels, HEVY_LABELS);
    const unit = m.weightUnit;
    return {
      ...m,
      app: 'hevy',
      language: 'en',
      layout: unit === null ? 'weight column without a unit' : `weights in ${unit}`,
      missing: missingOf('hevy', m, HEVY_LABELS),
    };
  }
  let best: { m: Matched; language: Language } | null = null;
  for (const language of Object.keys(STRONG_LABELS) as Language[]) {
    const m = matchLabels(labels, STRONG_LABELS[language]);
    const signed = m.columns.exercise !== undefined || m.columns.setOrder !== undefined;
    // Strong's signature is its Exercise Name or Set Order column; "Date" alone is everyone's.
    if (signed && (best === null || m.hits > best.m.hits)) best = { m, language };
  }
  if (best && (best.m.columns.setOrder !== undefined || best.m.columns.workout !== undefined)) {
    const table = STRONG_LABELS[best.language];
    return {
      ...best.m,
      app: 'strong',
      language: best.language,
      layout: strongLayout(best.m, best.language),
      missing: missingOf('strong', best.m, table),
    };
  }
  if (keys.has('iswarmup') || keys.has('multiplier')) {
    const m = matchLabels(labels, FITBOD_LABELS);
    return {
      ...m,
      app: 'fitbod',
      language: 'en',
      layout: `weights in ${m.weightUnit ?? 'kg'}${m.columns.multiplier !== undefined ? ', with multiplier' : ''}`,
      missing: missingOf('fitbod', m, FITBOD_LABELS),
    };
  }
  if (keys.has('category') && keys.has('exercise')) {
    const m = matchLabels(labels, FITNOTES_LABELS);
    const layout =
      m.columns.weightUnit !== undefined
        ? 'current layout (Weight and Weight Unit columns)'
        : m.weightUnit !== null
          ? `older layout (Weight (${m.weightUnit === 'kg' ? 'kgs' : 'lbs'}))`
          : 'layout without a unit';
    return {
      ...m,
      app: 'fitnotes',
      language: 'en',
      layout,
      missing: missingOf('fitnotes', m, FITNOTES_LABELS),
    };
  }
  return null;
}
