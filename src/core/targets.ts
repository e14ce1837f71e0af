import { CATALOGUE, canonicalName, findExercise, nameKey } from './catalogue';
import { isInvalid } from './result';
import { cellText, isBlank, parseNumber } from './values';

/**
 * 1RM targets as multiples of bodyweight, keyed by the canonical exercise's name key. A coach's
 * table overrides the catalogue defaults exercise by exercise; "none" (or 0) removes a default.
 */
export type Targets = ReadonlyMap<string, number>;

export interface TargetRow {
  readonly exercise: string;
  readonly multiple: number;
}

export function defaultTargetRows(): TargetRow[] {
  return CATALOGUE.filter((e) => e.target !== null).map((e) => ({
    exercise: e.name,
    multiple: e.target as number,
  }));
}

export function defaultTargets(): Map<string, number> {
  return new Map(defaultTargetRows().map((t) => [nameKey(t.exercise), t.multiple]));
}

export interface ReadTargets {
  readonly targets: Map<string, number>;
  /** Plain-words problems with the 1-based row of the table ("row 3: …"); bad rows are ignored. */
  readonly problems: string[];
}

const NO_TARGET = /^(none|no target|-|—)$/i;

/**
 * The multiple as coaches write it: 1.5, "1.5", "1.5x", "1.5× BW", "1.5 × bodyweight", "150%".
 * Anything else is handed on as written so parseNumber can say what is wrong with it.
 */
function multipleCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const percent = /^(.*\d)\s*%$/.exec(text);
  if (percent) {
    const n = parseNumber(percent[1]);
    return typeof n === 'number' ? n / 100 : value;
  }
  return text.replace(/\s*[×x*]?\s*(bw|body ?weight)?$/i, '');
}

/** Reads a two-column (exercise, multiple) table, with or without a header row, over the defaults. */
export function readTargets(rows: readonly (readonly unknown[])[] | null | undefined): ReadTargets {
  const targets = defaultTargets();
  const problems: string[] = [];
  let seenRow = false;
  (rows ?? []).forEach((row, i) => {
    const [name, value] = row;
    if (isBlank(name) && isBlank(value)) return;
    const exercise = cellText(name);
    const multiple = multipleCell(value);
    const firstRow = !seenRow;
    seenRow = true;
    // The first non-blank row is a header when its second cell is words, such as
    // "Exercise | Target (× bodyweight)"; blank rows above it do not matter. A known exercise
    // there is a mistyped target, which the coach must hear about, not a header.
    const header =
      firstRow &&
      isInvalid(parseNumber(multiple)) &&
      !NO_TARGET.test(cellText(value)) &&
      findExercise(exercise) === null;
    if (header) return;
    if (exercise === '') {
      problems.push(`row ${i + 1}: a target without an exercise name`);
      return;
    }
    const key = nameKey(canonicalName(exercise));
    if (isBlank(value) || NO_TARGET.test(cellText(value))) {
      targets.delete(key);
      return;
    }
    const parsed = parseNumber(multiple, `target for ${exercise}`);
    if (parsed === null || isInvalid(parsed)) {
      problems.push(`row ${i + 1}: ${isInvalid(parsed) ? parsed.invalid : 'no target'}`);
    } else if (parsed === 0) {
      targets.delete(key);
    } else if (parsed < 0 || parsed > 10) {
      problems.push(
        `row ${i + 1}: target ${parsed}× bodyweight for ${exercise} is out of range (0–10)`,
      );
    } else {
      targets.set(key, parsed);
    }
  });
  return { targets, problems };
}

/** The target multiple for an exercise (as written or canonical), or null when it has none. */
export function targetFor(exercise: string, targets: Targets): number | null {
  return targets.get(nameKey(canonicalName(exercise))) ?? null;
}
