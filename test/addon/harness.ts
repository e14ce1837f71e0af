/**
 * Runs the built dist/ in the emulator with a training log, and measures what an action costs and
 * changes. Shared by the add-on's emulator tests.
 */
import { types } from 'node:util';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../scripts/emulator/emulator';
import { checksum, textProblem } from '../../src/core/import/chunks';
import { fileUpload } from '../../src/sidebar/import-view';

export const HEADER = ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'];
const ATHLETES = ['Ana', 'Ben'] as const;
const LIFTS = ['Front squat', 'Trap bar deadlift', 'Push-up'] as const;

/**
 * A deterministic log of `rows` rows: two athletes, three lifts, one session per athlete a day.
 * Front squat climbs then plateaus (so some rows go stale), trap bar climbs (new bests), push-ups
 * carry no load. Rows per session stay the same whatever the size, so bigger logs are longer.
 */
export function logRows(rows: number): unknown[][] {
  const out: unknown[][] = [HEADER];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < rows; i++) {
    const session = Math.floor(i / 6);
    const athlete = ATHLETES[Math.floor(i / 3) % 2] as string;
    const lift = LIFTS[i % 3] as string;
    const day = new Date(start + session * 86_400_000).toISOString().slice(0, 10);
    const load =
      lift === 'Push-up'
        ? 0
        : lift === 'Front squat'
          ? Math.min(40 + session, 60)
          : 60 + Math.min(session, 200) * 0.5;
    out.push([day, athlete, lift, load, lift === 'Push-up' ? 12 : 5, athlete === 'Ana' ? 58 : 71]);
  }
  return out;
}

export interface Setup {
  readonly em: Emulator;
  readonly log: GoogleAppsScript.Spreadsheet.Sheet;
}

export function setup(values: unknown[][], logName = 'Log', options: EmulatorOptions = {}): Setup {
  const em = createEmulator({ now: Date.UTC(2026, 3, 1), timeZone: 'Etc/UTC', ...options });
  em.load();
  const log = em.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  log.setName(logName);
  const width = Math.max(...values.map((r) => r.length));
  if (values.length > log.getMaxRows()) {
    log.insertRowsAfter(log.getMaxRows(), values.length - log.getMaxRows() + 10);
  }
  log
    .getRange(1, 1, values.length, width)
    .setValues(values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  em.resetCalls();
  return { em, log };
}

/**
 * Spreadsheet service calls an action made: every call on SpreadsheetApp, Spreadsheet, Sheet,
 * RangeList, Range and Protection objects, minus builder constructors and getUi (no spreadsheet
 * access) and RangeList.getRanges (hands back the ranges getRangeList already fetched). Builders and
 * reading a fetched rule's fields are local. Custom-function recalculation is its own execution in
 * Sheets; the emulator counts it apart (recalculationCalls), so nothing is subtracted here.
 */
const SHEETS = /^(SpreadsheetApp|Spreadsheet|Sheet|RangeList|Range|Protection)\./;
const LOCAL = new Set([
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newConditionalFormatRule',
  'SpreadsheetApp.newDataValidation',
  'Sheet.newChart',
  'RangeList.getRanges',
]);

export function sheetCalls(em: Emulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(em.calls())) {
    if (SHEETS.test(k) && !LOCAL.has(k) && n > 0) out[k] = n;
  }
  return out;
}

export const total = (calls: Record<string, number>): number =>
  Object.values(calls).reduce((a, b) => a + b, 0);

/** Runs one action and returns its Spreadsheet calls. */
export function measure(em: Emulator, name: string, ...args: unknown[]): Record<string, number> {
  em.resetCalls();
  em.run(name, ...args);
  return sheetCalls(em);
}

/** Writes (set*, insert*, delete*, clear*, remove*, protect) among recorded calls. */
export function writes(calls: Record<string, number>): string[] {
  return Object.keys(calls).filter((k) =>
    /\.(set|insert|delete|clear|remove|protect|add|activate)/.test(k),
  );
}

const trimRow = (row: unknown[] | undefined): unknown[] => {
  const r = [...(row ?? [])].map((v) => (v === undefined ? null : v));
  while (r.length > 0 && (r[r.length - 1] === null || r[r.length - 1] === '')) r.pop();
  return r;
};

/** Everything a coach could see or have set on each sheet: values, formulas, formats, rules, protections, charts. */
export function snapshot(em: Emulator, only?: readonly string[]): unknown {
  return em.workbook.sheets
    .filter((s) => !only || only.includes(s.name))
    .map((s) => {
      const values = s.values.map((row) => trimRow(row as unknown[]));
      while (values.length > 0 && (values[values.length - 1] as unknown[]).length === 0)
        values.pop();
      const sorted = (m: Map<number, unknown>) => [...m].sort((a, b) => a[0] - b[0]);
      return {
        name: s.name,
        size: [s.maxRows, s.maxColumns],
        values,
        formulas: sorted(s.formulas),
        formats: sorted(s.formats),
        backgrounds: sorted(s.backgrounds),
        fontWeights: sorted(s.fontWeights),
        fontColors: sorted(s.fontColors),
        notes: sorted(s.notes),
        validations: sorted(s.validations),
        frozen: [s.frozenRows, s.frozenColumns],
        protections: s.protections.map(({ id: _id, ...p }) => p),
        rules: s.rules.map(({ id: _id, ...r }) => r),
        charts: s.charts.map(({ id: _id, ...c }) => c),
      };
    });
}

/** Paths to every Date object (from any realm), undefined, NaN or function inside a value. */
export function nonJson(value: unknown, path = '$'): string[] {
  if (types.isDate(value)) return [path];
  if (value === undefined || typeof value === 'function') return [path];
  if (typeof value === 'number' && !Number.isFinite(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonJson(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && proto.constructor?.name !== 'Object')
      return [`${path} (${proto.constructor?.name})`];
    return Object.entries(value).flatMap(([k, v]) => nonJson(v, `${path}.${k}`));
  }
  return [];
}

/**
 * Sends a file through the import dialog's endpoints as the dialog does (fileUpload: the file read
 * into rows here, the rows' text in 64 KB chunks with their checksums, or in `size`-character
 * chunks), the chunks in any order. A file the dialog refuses before sending throws its message.
 */
export function uploadFile(
  em: Emulator,
  text: string,
  size?: number,
  fileName = 'export.csv',
): string {
  // As the dialog: decodeFile's check of the text (textProblem), then the file read into rows.
  const problem = textProblem(text, fileName);
  if (problem) throw new Error(problem);
  const read = fileUpload(text);
  if (!read.ok) throw new Error(read.message);
  const { upload } = read;
  const payload = upload.chunks.join('');
  const chunks =
    size === undefined
      ? upload.chunks
      : Array.from({ length: Math.ceil(payload.length / size) || 1 }, (_, i) =>
          payload.slice(i * size, (i + 1) * size),
        );
  const { uploadId } = em.run('importBegin', {
    fileName,
    fileBytes: Buffer.byteLength(text),
    size: upload.size,
    chunks: chunks.length,
    checksum: upload.checksum,
  }) as { uploadId: string };
  [...chunks.keys()].reverse().forEach((i) => {
    const chunk = chunks[i] as string;
    em.run('importChunk', uploadId, i, chunk, checksum(chunk));
  });
  return uploadId;
}

export function lastAlert(em: Emulator): string {
  const alert = em.ui.alerts.at(-1) as { prompt?: string } | undefined;
  return alert?.prompt ?? '';
}
