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
import type { Unit } from '../units';
import type { CellValue } from '../values';
import { setKey } from './keys';
import {
  detectLogColumns,
  IMPORT_KEY_LABEL,
  isImportKeyLabel,
  loadUnitOfHeader,
} from './log-columns';
import {
  type ExportFormat,
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
      /** Sets of the file that are already in the log (an earlier import). */
      readonly alreadyInLog: number;
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
  readonly labels: readonly string[];
}

function layoutOf(
  headerLabels: readonly CellValue[],
  found: Pick<PlanOptions, 'logColumns' | 'usedWidth' | 'keyColumn'> = {},
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
  const shown = Array.from({ length: Math.max(used, keyColumn + 1) }, (_, i) => labels[i] ?? '');
  if (existing === -1) shown[keyColumn] = IMPORT_KEY_LABEL;
  return {
    columns,
    loadUnit: loadUnitOfHeader(labels, columns),
    width: Math.max(used, keyColumn + 1),
    keyColumn,
    addKeyColumn: existing === -1 ? IMPORT_KEY_LABEL : null,
    labels: shown,
  };
}

/** One set as a log row; `literal` marks text for setValues (see cells.ts). */
function logRow(
  set: SetRecord,
  layout: Layout,
  logUnit: Unit | undefined,
  literal: boolean,
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
  put('bodyweight', '');
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
  const layout = layoutOf(options.logHeaderLabels, options);
  if (typeof layout === 'string') return { ...common, kind: 'refused', message: layout };
  const existing = new Set<string>();
  for (const key of options.existingKeys) {
    if (key !== null && key !== undefined && key !== '') existing.add(String(key).trim());
  }
  const fresh = chronological(records.sets.filter((s) => !existing.has(s.key)));
  const alreadyInLog = records.sets.length - fresh.length;
  const rows = fresh.map((s) => logRow(s, layout, options.logUnit, true));
  const preview = fresh
    .slice(0, options.previewSize ?? 20)
    .map((s) => logRow(s, layout, options.logUnit, false) as (string | number)[]);
  const already = alreadyInLog > 0 ? ` ${plural(alreadyInLog, 'set')} already in the log.` : '';
  return {
    ...common,
    kind: 'ready',
    rows,
    width: layout.width,
    keyColumn: layout.keyColumn,
    addKeyColumn: layout.addKeyColumn,
    added: fresh.length,
    alreadyInLog,
    preview: { labels: layout.labels, rows: preview },
    message: `${fresh.length === 0 ? 'Nothing new to add' : `Will add ${plural(fresh.length, 'set')}`} from ${parsed.formatLabel}; ${describeSkipped(parsed.skipped)}.${already}`,
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
