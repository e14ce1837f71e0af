/**
 * Planning the append of an export's working sets to the coach's log: which rows are new, in the
 * log's own column order, written safely. Pure: the add-on reads the header and the keys once,
 * calls planImport, and writes `rows` below the last row in one setValues call.
 *
 * Where the keys live: an "Import key" column at the end of the log (the add-on adds its header
 * when planImport says so; it may hide the column or leave it narrow). Other stores were rejected:
 * developer metadata holds 30,000 characters per sheet and document properties 500 KB in all, both
 * far too small for a 50,000-set history (about 40 bytes a key), and neither follows the rows when
 * the coach sorts, moves or copies them. A column is read with the same one getValues as the log,
 * stays with its set, and shows the coach where a row came from.
 *
 * Dates are written as ISO date text ("2026-04-08"), not Date objects: setValues parses the text
 * as typed input into a date cell on that calendar day in the spreadsheet's own time zone, whereas
 * a Date is an instant built in the script's time zone, which can differ and shift the day. The
 * text also crosses google.script.run (which cannot carry Dates) for the preview unchanged.
 */

import { literalText } from '../literal';
import type { ColumnRole, LogColumns } from '../model';
import { toKg, type Unit } from '../units';
import type { CellValue } from '../values';
import { setKey, setSignature } from './keys';
import {
  detectLogColumns,
  IMPORT_KEY_LABEL,
  isImportKeyLabel,
  loadUnitOfHeader,
} from './log-columns';
import {
  type ExportFormat,
  type ImportError,
  type ParsedExport,
  type SetRecord,
  SKIP_REASON_ONE,
  SKIP_REASON_TEXT,
  type SkipCounts,
  type SkipReason,
  type UnitDecision,
} from './types';

export type Missing = 'athlete' | 'unit';

export interface RecordOptions {
  /** The athlete the export belongs to (Strong and Hevy files never name one). */
  readonly athlete?: string | null;
  /** The unit of bare weights (classic Strong files do not say). */
  readonly unit?: Unit | null;
}

export type RecordsResult =
  | { readonly ok: true; readonly sets: readonly SetRecord[] }
  | { readonly ok: false; readonly needs: readonly Missing[] };

/** Completes the export's sets with the athlete and unit the caller supplies, and keys them. */
export function toSetRecords(parsed: ParsedExport, options: RecordOptions = {}): RecordsResult {
  const athlete = options.athlete?.trim() || null;
  // The coach's answer first, then what the numbers said (parse decided it, or left it null).
  const unit = options.unit ?? parsed.unit.unit ?? null;
  const needs: Missing[] = [];
  if (athlete === null && parsed.sets.some((s) => s.athlete === null)) needs.push('athlete');
  if (unit === null && parsed.sets.some((s) => s.unit === null && s.load > 0)) needs.push('unit');
  if (needs.length > 0) return { ok: false, needs };
  const sets = parsed.sets.map((s): SetRecord => {
    const who = s.athlete ?? athlete ?? '';
    return {
      ...s,
      athlete: who,
      unit: s.unit ?? unit ?? 'kg',
      key: setKey(who, s.workoutStart, s.exercise, s.setOrder),
    };
  });
  return { ok: true, sets };
}

export interface PlanOptions extends RecordOptions {
  /** The log's header row as read (getValues of the header row). */
  readonly logHeaderLabels: readonly CellValue[];
  /** Keys already in the log's Import key column (as getValues returns them). */
  readonly existingKeys: Iterable<unknown>;
  /**
   * The sheet's default unit. When the log has no unit column, loads in another unit than the
   * load header names ("Weight (kg)") or else this one are written with their unit ("225 lb") so
   * nothing is misread; unknown means always write the unit.
   */
  readonly logUnit?: Unit;
  /** Rows in the preview (default 20). */
  readonly previewSize?: number;
  /**
   * The log's columns as the add-on reads them (detected, with the coach's choices from settings
   * on top), so loads land where the coach said loads are. Default: detected from the labels.
   */
  readonly logColumns?: LogColumns;
  /** How many columns hold anything at all, labelled or not: the Import key never takes one. */
  readonly usedWidth?: number;
  /** The Import key column (0-based) as found by its tag, when the log has one. */
  readonly keyColumn?: number | null;
  /**
   * The athlete's bodyweight as the coach gave it in the dialog (optional): written with the
   * newest imported set (or as a roster row), so ratios appear at once; earlier sessions take the
   * nearest known weigh-in.
   */
  readonly bodyweight?: { readonly value: number; readonly unit: Unit } | null;
  /** Where bodyweights live in this file (settings): the log's column (default), a roster, or nowhere. */
  readonly bodyweightTo?: 'column' | 'roster' | 'none';
  /** setSignature of every row already in the log: a log-layout CSV's sets already there are skipped. */
  readonly existingSets?: Iterable<string>;
}

export interface ImportPreview {
  readonly labels: readonly string[];
  /** The first rows as the coach will see them (no literal-text markers). */
  readonly rows: readonly (readonly (string | number)[])[];
}

interface PlanCommon {
  readonly format: ExportFormat;
  readonly formatLabel: string;
  /** The layout detected, in plain words. */
  readonly layout: string;
  /** The unit of the file's weights and how it was decided (before the coach's answer). */
  readonly unit: UnitDecision;
  readonly skipped: SkipCounts;
  /** What the coach should know about how the file was read, in plain words. */
  readonly notes: readonly string[];
}

/** How the file was read, beyond the counts: names joined back after an unquoted comma. */
export function readingNotes(parsed: ParsedExport): string[] {
  const n = parsed.rejoined.length;
  if (n === 0) return [];
  const first = parsed.rejoined[0] as { line: number; text: string };
  return [
    `${n} row${n === 1 ? ' has' : 's have'} an unquoted comma inside a name that split it over two columns (line ${first.line}: "${first.text}"); read by joining the name back.`,
  ];
}

export type ImportPlan =
  | (PlanCommon & {
      readonly kind: 'needs';
      /** Ask the coach for these, then plan again. */
      readonly needs: readonly Missing[];
      readonly message: string;
    })
  | (PlanCommon & { readonly kind: 'refused'; readonly message: string })
  | (PlanCommon & {
      readonly kind: 'ready';
      /** New rows in the log's column order, `width` cells each, safe for setValues. */
      readonly rows: CellValue[][];
      readonly width: number;
      /** 0-based column of the Import key. */
      readonly keyColumn: number;
      /** The header to write at keyColumn first, or null when the log already has it. */
      readonly addKeyColumn: string | null;
      readonly added: number;
      /** Sets of the file that are already in the log (an earlier import, or the same rows). */
      readonly alreadyInLog: number;
      /** A Bodyweight header to write at this 0-based column first (the log had none), or null. */
      readonly addBodyweightColumn: { readonly column: number; readonly label: string } | null;
      /** A roster row (athlete, day, bodyweight, unit) to append when bodyweights live in a roster. */
      readonly rosterRow: CellValue[] | null;
      /** Rows of the file that could not be read, each with its line and why (not imported). */
      readonly bad: readonly ImportError[];
      readonly preview: ImportPreview;
      /** Plain words for the dialog: what will be added and what was skipped, and why. */
      readonly message: string;
    });

const REQUIRED_ROLES: readonly (readonly [ColumnRole, string])[] = [
  ['date', 'Date'],
  ['exercise', 'Exercise'],
  ['load', 'Load (or Weight)'],
  ['reps', 'Reps'],
];

/** The skipped counts in plain words: "47 warm-up sets, 1 cardio or timed sets (…)". */
export function describeSkipped(skipped: SkipCounts): string {
  const parts = (Object.keys(SKIP_REASON_TEXT) as SkipReason[])
    .filter((reason) => skipped[reason] > 0)
    .map((reason) => {
      const n = skipped[reason];
      return `${n} ${n === 1 ? SKIP_REASON_ONE[reason] : SKIP_REASON_TEXT[reason]}`;
    });
  return parts.length === 0 ? 'nothing skipped' : `skipped ${parts.join(', ')}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Layout {
  readonly columns: LogColumns;
  /** The unit the load header names ("Weight (kg)"), which bare numbers below it are in. */
  readonly loadUnit: Unit | null;
  readonly width: number;
  readonly keyColumn: number;
  readonly addKeyColumn: string | null;
  readonly addBodyweightColumn: { readonly column: number; readonly label: string } | null;
  readonly labels: readonly string[];
}

export const BODYWEIGHT_LABEL = 'Bodyweight';

function layoutOf(
  headerLabels: readonly CellValue[],
  found: Pick<PlanOptions, 'logColumns' | 'usedWidth' | 'keyColumn'> = {},
  addBodyweight = false,
): Layout | string {
  const labels = headerLabels.map((l) => (l === null || l === undefined ? '' : String(l).trim()));
  const columns = found.logColumns ?? detectLogColumns(labels);
  const missing = REQUIRED_ROLES.filter(([role]) => columns[role] === undefined);
  if (missing.length > 0) {
    return `The log has no ${missing.map(([, label]) => label).join(', ')} column. Add ${missing.length === 1 ? 'it' : 'them'} to the header row and import again.`;
  }
  let used = labels.length;
  while (used > 0 && labels[used - 1] === '') used--;
  // A column of the coach's without a label (comments beside the log) is still theirs.
  used = Math.max(used, found.usedWidth ?? 0);
  const existing =
    found.keyColumn !== undefined && found.keyColumn !== null
      ? found.keyColumn
      : labels.findIndex(isImportKeyLabel);
  const keyColumn = existing === -1 ? used : existing;
  let width = Math.max(used, keyColumn + 1);
  const shown = Array.from({ length: width }, (_, i) => labels[i] ?? '');
  if (existing === -1) shown[keyColumn] = IMPORT_KEY_LABEL;
  // A bodyweight to write and no column for it: one is added after the Import key.
  let addBodyweightColumn: Layout['addBodyweightColumn'] = null;
  if (addBodyweight && columns.bodyweight === undefined) {
    addBodyweightColumn = { column: width, label: BODYWEIGHT_LABEL };
    shown[width] = BODYWEIGHT_LABEL;
    width += 1;
  }
  return {
    columns:
      addBodyweightColumn === null
        ? columns
        : { ...columns, bodyweight: addBodyweightColumn.column },
    loadUnit: loadUnitOfHeader(labels, columns),
    width,
    keyColumn,
    addKeyColumn: existing === -1 ? IMPORT_KEY_LABEL : null,
    addBodyweightColumn,
    labels: shown,
  };
}

/** One set as a log row; `literal` marks text for setValues (see cells.ts). */
function logRow(
  set: SetRecord,
  layout: Layout,
  logUnit: Unit | undefined,
  literal: boolean,
  weighIn: { readonly value: number; readonly unit: Unit } | null = null,
): CellValue[] {
  const text = literal ? literalText : (t: string) => t;
  const row: CellValue[] = new Array(layout.width).fill('');
  const put = (role: ColumnRole, value: CellValue) => {
    const i = layout.columns[role];
    if (i !== undefined && i < layout.width) row[i] = value;
  };
  const hasUnitColumn = layout.columns.unit !== undefined;
  put('date', set.day);
  put('athlete', text(set.athlete));
  put('exercise', text(set.exercise));
  const bareUnit = layout.loadUnit ?? logUnit;
  // Bodyweight work (pull-ups, knee raises) is left blank, as coaches log it; the reader takes a
  // blank load as bodyweight, so statuses are the same either way.
  put(
    'load',
    set.load === 0
      ? ''
      : hasUnitColumn || set.unit === bareUnit
        ? set.load
        : `${set.load} ${set.unit}`,
  );
  put('reps', set.reps);
  put('sets', set.sets);
  put('unit', set.unit);
  // The file's own bodyweight for the row, else the coach's weigh-in on the newest set. A bare
  // number is read in the sheet's unit, so another unit is written with it ("138 lb").
  const own = set.bodyweight
    ? { value: set.bodyweight.value, unit: set.bodyweight.unit ?? set.unit }
    : null;
  const bw = own ?? weighIn;
  put(
    'bodyweight',
    bw === null ? '' : bw.unit === (logUnit ?? bw.unit) ? bw.value : text(`${bw.value} ${bw.unit}`),
  );
  put('notes', text(set.notes));
  row[layout.keyColumn] = text(set.key);
  return row;
}

/** Sessions in calendar order (Hevy lists newest first); sets keep their file order within one. */
function chronological(sets: readonly SetRecord[]): SetRecord[] {
  return [...sets].sort((a, b) =>
    a.workoutStart < b.workoutStart ? -1 : a.workoutStart > b.workoutStart ? 1 : 0,
  );
}

export function planImport(parsed: ParsedExport, options: PlanOptions): ImportPlan {
  const common: PlanCommon = {
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    layout: parsed.layout,
    unit: parsed.unit,
    skipped: parsed.skipped,
    notes: readingNotes(parsed),
  };
  const records = toSetRecords(parsed, options);
  if (!records.ok) {
    const asks = records.needs.map((n) =>
      n === 'athlete' ? 'whose workouts these are' : 'whether the weights are in kg or lb',
    );
    const why = records.needs.includes('unit') ? ` Unit: ${parsed.unit.how}.` : '';
    return {
      ...common,
      kind: 'needs',
      needs: records.needs,
      message: `This ${parsed.formatLabel} file does not say ${asks.join(' or ')}.${why}`,
    };
  }
  const to = options.bodyweightTo ?? 'column';
  const weighIn = to === 'none' ? null : (options.bodyweight ?? null);
  const fileWeights = records.sets.some((s) => s.bodyweight);
  const layout = layoutOf(
    options.logHeaderLabels,
    options,
    to === 'column' && (weighIn !== null || fileWeights),
  );
  if (typeof layout === 'string') return { ...common, kind: 'refused', message: layout };
  const existing = new Set<string>();
  for (const key of options.existingKeys) {
    if (key !== null && key !== undefined && key !== '') existing.add(String(key).trim());
  }
  // A log-layout CSV: its sets are matched against the log's rows too, one row per set.
  const inLog = new Map<string, number>();
  if (parsed.format === 'log') {
    for (const sig of options.existingSets ?? []) inLog.set(sig, (inLog.get(sig) ?? 0) + 1);
  }
  const alreadyThere = (s: SetRecord): boolean => {
    if (existing.has(s.key)) return true;
    if (inLog.size === 0) return false;
    const sig = setSignature(s.athlete, s.day, s.exercise, toKg(s.load, s.unit), s.reps, s.sets);
    const n = inLog.get(sig) ?? 0;
    if (n === 0) return false;
    inLog.set(sig, n - 1);
    return true;
  };
  const fresh = chronological(records.sets.filter((s) => !alreadyThere(s)));
  const alreadyInLog = records.sets.length - fresh.length;
  // The coach's weigh-in goes with the newest imported set of the athlete they named.
  const athlete = options.athlete?.trim() || null;
  let weighInAt = -1;
  if (weighIn !== null && to === 'column') {
    for (let i = fresh.length - 1; i >= 0; i--) {
      const s = fresh[i] as SetRecord;
      if ((athlete === null || s.athlete === athlete) && !s.bodyweight) {
        weighInAt = i;
        break;
      }
    }
  }
  const row = (s: SetRecord, i: number, literal: boolean) =>
    logRow(s, layout, options.logUnit, literal, i === weighInAt ? weighIn : null);
  const rows = fresh.map((s, i) => row(s, i, true));
  const preview = fresh
    .slice(0, options.previewSize ?? 20)
    .map((s, i) => row(s, i, false) as (string | number)[]);
  const newest = fresh[fresh.length - 1] ?? records.sets[records.sets.length - 1];
  const rosterRow: CellValue[] | null =
    weighIn !== null && to === 'roster' && newest
      ? [literalText(athlete ?? newest.athlete), newest.day, weighIn.value, weighIn.unit]
      : null;
  const already = alreadyInLog > 0 ? ` ${plural(alreadyInLog, 'set')} already in the log.` : '';
  const bad =
    parsed.bad.length > 0
      ? ` ${plural(parsed.bad.length, 'row')} could not be read and ${parsed.bad.length === 1 ? 'is' : 'are'} left out (listed below).`
      : '';
  return {
    ...common,
    kind: 'ready',
    rows,
    width: layout.width,
    keyColumn: layout.keyColumn,
    addKeyColumn: layout.addKeyColumn,
    addBodyweightColumn: rows.length > 0 ? layout.addBodyweightColumn : null,
    rosterRow,
    bad: parsed.bad,
    added: fresh.length,
    alreadyInLog,
    preview: { labels: layout.labels, rows: preview },
    message: `${fresh.length === 0 ? 'Nothing new to add' : `Will add ${plural(fresh.length, 'set')}`} from ${parsed.formatLabel}; ${describeSkipped(parsed.skipped)}.${already}${bad}`,
  };
}

/** The header our own log layout uses; the CLI reads an export as a log with it. */
export const STANDARD_LOG_LABELS: readonly string[] = [
  'Date',
  'Athlete',
  'Exercise',
  'Load',
  'Reps',
  'Sets',
  'Unit',
  'Bodyweight',
  'Notes',
  IMPORT_KEY_LABEL,
];

/**
 * The export as a log table (header row first) with plain values, for reading it with the log
 * reader outside a sheet (the CLI): no literal-text markers, as nothing parses these cells.
 */
export function exportAsLogTable(
  parsed: ParsedExport,
  options: RecordOptions,
):
  | { readonly ok: true; readonly values: CellValue[][] }
  | { readonly ok: false; readonly needs: readonly Missing[] } {
  const records = toSetRecords(parsed, options);
  if (!records.ok) return records;
  const layout = layoutOf(STANDARD_LOG_LABELS);
  if (typeof layout === 'string') throw new Error(layout); // the standard header always has every role
  const rows = chronological(records.sets).map((s) => logRow(s, layout, undefined, false));
  return { ok: true, values: [[...STANDARD_LOG_LABELS], ...rows] };
}
