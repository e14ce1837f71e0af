import { CATALOGUE, canonicalName, nameKey } from './catalogue';
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

/** Reads a two-column (exercise, multiple) table, with or without a header row, over the defaults. */
export function readTargets(rows: readonly (readonly unknown[])[] | null | undefined): ReadTargets {
  const targets = defaultTargets();
  const problems: string[] = [];
  (rows ?? []).forEach((row, i) => {
    const [name, value] = row;
    if (isBlank(name) && isBlank(value)) return;
    const exercise = cellText(name);
    const multipleCell = typeof value === 'string' ? value.replace(/[×x]\s*$/i, '') : value;
    if (i === 0 && isInvalid(parseNumber(multipleCell)) && !NO_TARGET.test(cellText(value))) {
      return; // a header row such as "Exercise | Target (× bodyweight)"
    }
    if (exercise === '') {
      problems.push(`row ${i + 1}: a target without an exercise name`);
      return;
    }
    const key = nameKey(canonicalName(exercise));
    if (isBlank(value) || NO_TARGET.test(cellText(value))) {
      targets.delete(key);
      return;
    }
    const multiple = parseNumber(multipleCell, `target for ${exercise}`);
    if (multiple === null || isInvalid(multiple)) {
      problems.push(`row ${i + 1}: ${isInvalid(multiple) ? multiple.invalid : 'no target'}`);
    } else if (multiple === 0) {
      targets.delete(key);
    } else if (multiple < 0 || multiple > 10) {
      problems.push(
        `row ${i + 1}: target ${multiple}× bodyweight for ${exercise} is out of range (0–10)`,
      );
    } else {
      targets.set(key, multiple);
    }
  });
  return { targets, problems };
}

/** The target multiple for an exercise (as written or canonical), or null when it has none. */
export function targetFor(exercise: string, targets: Targets): number | null {
  return targets.get(nameKey(canonicalName(exercise))) ?? null;
}
