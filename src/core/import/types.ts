/**
 * The shapes of an import: what parsing a Strong, Hevy or log export yields, and the plan for
 * appending it to the coach's log. Plain JSON-safe data, so a plan's preview can cross
 * google.script.run as is.
 */
import type { Unit } from '../units';
import type { CellValue } from '../values';

export type ExportFormat = 'strong' | 'hevy' | 'fitnotes' | 'fitbod' | 'log';

/**
 * How the unit of a file's weights was decided: stated by the file (its weight header, or a unit
 * column per row), inferred from the numbers (said how), or not at all (the caller must ask).
 */
export type UnitDecidedBy = 'header' | 'unit column' | 'numbers' | 'undecided';

export interface UnitDecision {
  /** The unit of the weights the file does not label itself; null when it must be asked. */
  readonly unit: Unit | null;
  readonly decidedBy: UnitDecidedBy;
  /** Plain words: how it was decided, or why it could not be. */
  readonly how: string;
}

/** Why a row of the export did not become a working set. */
export type SkipReason =
  | 'warm-up'
  | 'cardio'
  | 'rest timer'
  | 'no reps or load'
  | 'no reps'
  | 'repeated header'
  | 'unknown set kind';

export type SkipCounts = Readonly<Record<SkipReason, number>>;

/** Plain words for each reason, for the dialog and the CLI. */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  'warm-up': 'warm-up sets',
  cardio: 'cardio or timed sets (distance or time, no reps)',
  'rest timer': 'rest timer entries',
  'no reps or load': 'empty sets (no reps and no load)',
  'no reps': 'sets with a load but no reps',
  'repeated header': 'header rows repeated inside the file',
  'unknown set kind':
    'sets marked with a letter we do not know (not counted, in case they are warm-ups)',
};

/** The same words for a count of one ("1 warm-up set"), so every count reads right. */
export const SKIP_REASON_ONE: Readonly<Record<SkipReason, string>> = {
  'warm-up': 'warm-up set',
  cardio: 'cardio or timed set (distance or time, no reps)',
  'rest timer': 'rest timer entry',
  'no reps or load': 'empty set (no reps and no load)',
  'no reps': 'set with a load but no reps',
  'repeated header': 'header row repeated inside the file',
  'unknown set kind':
    'set marked with a letter we do not know (not counted, in case it is a warm-up)',
};

/**
 * One working set as the export wrote it, before the athlete and unit the file may lack are
 * known (Strong and Hevy never name the athlete; classic Strong files do not name the unit).
 */
export interface ExportSet {
  /** 1-based line of the file where the set's row starts. */
  readonly line: number;
  /** From the file (our own log layout only); null when the caller must supply it. */
  readonly athlete: string | null;
  /** Workout start as local wall-clock ISO text: "2026-04-08 16:50" or "2019-12-02 16:45:22". */
  readonly workoutStart: string;
  /** Calendar day of the workout, "2026-04-08". */
  readonly day: string;
  /** Exercise name as written in the file. */
  readonly exercise: string;
  /**
   * Position of the set within its exercise in the workout, as the key uses it: "1", "2", … (Hevy's
   * 0-based set_index is shifted to 1-based), or a Strong letter with its position ("D4").
   */
  readonly setOrder: string;
  /** External load; 0 for bodyweight work. */
  readonly load: number;
  /** From the file; null when the caller must supply it. */
  readonly unit: Unit | null;
  readonly reps: number;
  /** 1 for one set per row; "3x5" rows of our own log layout say more. */
  readonly sets: number;
  readonly notes: string;
  /** The athlete's bodyweight on that row (our own log layout's Bodyweight column only). */
  readonly bodyweight?: { readonly value: number; readonly unit: Unit | null } | null;
}

/** One working set ready for the log, with its stable import key. */
export interface SetRecord extends ExportSet {
  readonly athlete: string;
  readonly unit: Unit;
  /** athlete + workout start + exercise + set order, normalised: the same set always has the same key. */
  readonly key: string;
}

export interface ParsedExport {
  readonly format: ExportFormat;
  /** "Strong", "Hevy (lb)", … for the dialog. */
  readonly formatLabel: string;
  /** The layout detected, in plain words: "2025 layout (\"Workout #\", Duration (sec)), ';'-separated". */
  readonly layout: string;
  /** The unit of the weights and how it was decided. */
  readonly unit: UnitDecision;
  /**
   * Rows whose unquoted comma inside a name split it over two columns, read by joining the name
   * back (FitNotes writes names such as "Overhead Press (Each Side, Dumbbells)" unquoted).
   */
  readonly rejoined: readonly { readonly line: number; readonly text: string }[];
  readonly sets: readonly ExportSet[];
  readonly skipped: SkipCounts;
  /** Non-blank data rows in the file (sets + skipped). */
  readonly dataRows: number;
  /** Physical lines in the file, blank ones included. */
  readonly lines: number;
  /** What the file lacks and the caller must supply. */
  readonly needs: readonly ('athlete' | 'unit')[];
  /** Rows that could not be read ("Line 7: Reps "x" is not a number."): listed, not imported. */
  readonly bad: readonly ImportError[];
}

/** A refusal (the file as a whole cannot be read), or one row that could not be. */
export interface ImportError {
  /** 1-based line of the file, or null when the problem is the file as a whole. */
  readonly line: number | null;
  readonly message: string;
}

/** One row of a CSV file: its fields, and the 1-based line it starts on. */
export interface CsvRow {
  /** 1-based line where the row starts (a quoted newline makes a row span several lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * A CSV file read into rows (csv.ts, with papaparse, in the import dialog and the CLI): what the
 * import core reads an export from. The server never sees the file's text, only this.
 */
export interface CsvTable {
  readonly delimiter: ',' | ';' | '\t';
  /** Every field of the header line is in quotes (Strong's 2025 layout quotes everything). */
  readonly headerQuoted: boolean;
  /** Non-blank rows, header first, in file order. */
  readonly rows: readonly CsvRow[];
  /** Physical lines in the text (a final line break does not start a new line). */
  readonly lines: number;
}

export const isImportError = (value: unknown): value is ImportError =>
  typeof value === 'object' && value !== null && 'message' in value && 'line' in value;

export type ParseResult =
  | { readonly ok: true; readonly parsed: ParsedExport }
  | { readonly ok: false; readonly error: ImportError };

export type { CellValue, Unit };
