/**
 * The import endpoints (ImportApi). The dialog reads the file in the browser and sends it in
 * chunks; they wait in the user's CacheService cache, not document properties: properties hold
 * 9 KB per value and 500 KB per file, far too little for a 50,000-set export (several MB), and are
 * shared with every editor, while an upload belongs to one person for a few minutes. The cache
 * takes 100 KB per value, so each chunk is stored in pieces of at most 24,000 characters (≤ 96 KB
 * even in 4-byte UTF-8), and expires by itself if the coach walks away.
 */

import {
  type ImportPlan,
  isImportKeyLabel,
  parseExport,
  planImport,
  SKIP_REASON_TEXT,
  type SkipReason,
} from '../core/import';
import { detectHeader } from '../core/log';
import { isInvalid } from '../core/result';
import { UNITS, type Unit } from '../core/units';
import type { CellValue } from '../core/values';
import type {
  ImportBegin,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportSkip,
} from './api-types';
import { coachError, endpoint, withDocumentLock } from './guard';
import { importDoneMessage } from './import-words';
import { loadRecord, loadSettings } from './store';
import { logSheet } from './workbook';

export const PIECE_CHARS = 24_000;
/** Apps Script's longest cache lifetime: six hours. */
const CACHE_SECONDS = 21_600;
/** A 50,000-set export is about 5 MB; anything far beyond is not a workout export. */
const MAX_FILE_CHARS = 50_000_000;
const MAX_CHUNKS = 2_000;
const RETRY = 'Please choose the file and import again.';

const cache = () => CacheService.getUserCache();
const metaKey = (id: string) => `se:upload:${id}`;
const countKey = (id: string, index: number) => `se:upload:${id}:${index}:n`;
const pieceKey = (id: string, index: number, piece: number) => `se:upload:${id}:${index}:${piece}`;

interface UploadMeta {
  readonly fileName: string;
  readonly size: number;
  readonly chunks: number;
}

/** Splits a chunk into cache-sized pieces (pure, for tests). */
export function pieces(text: string, size = PIECE_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length === 0 ? [''] : out;
}

function uploadId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function readMeta(id: unknown): UploadMeta {
  if (typeof id !== 'string' || !/^[a-z0-9]{4,40}$/.test(id)) {
    throw coachError(`The upload was not recognised. ${RETRY}`);
  }
  const text = cache().get(metaKey(id));
  if (!text) throw coachError(`The upload has expired or never started. ${RETRY}`);
  return JSON.parse(text) as UploadMeta;
}

/** Joins the stored chunks; refuses a missing part or a size that does not add up. */
function uploadedText(id: string): { text: string; keys: string[] } {
  const meta = readMeta(id);
  const countKeys = Array.from({ length: meta.chunks }, (_, i) => countKey(id, i));
  const counts = cache().getAll(countKeys);
  const keys: string[] = [];
  for (let i = 0; i < meta.chunks; i++) {
    const n = Number(counts[countKey(id, i)]);
    if (!Number.isInteger(n) || n < 1) {
      throw coachError(`Part ${i + 1} of ${meta.chunks} of the file never arrived. ${RETRY}`);
    }
    for (let p = 0; p < n; p++) keys.push(pieceKey(id, i, p));
  }
  const stored = cache().getAll(keys);
  const text = keys.map((k) => stored[k] ?? '\u0000').join('');
  if (text.includes('\u0000') || text.length !== meta.size) {
    throw coachError(`Part of the file was lost on the way. ${RETRY}`);
  }
  return { text, keys: [metaKey(id), ...countKeys, ...keys] };
}

function options(input: unknown): { athlete: string | null; unit: Unit | null } {
  const o = (input ?? {}) as ImportOptions;
  const athlete =
    typeof o.athlete === 'string' && o.athlete.trim() !== '' ? o.athlete.trim() : null;
  const unit = UNITS.includes(o.unit as Unit) ? (o.unit as Unit) : null;
  return { athlete, unit };
}

function skips(plan: ImportPlan): ImportSkip[] {
  const list = (Object.keys(SKIP_REASON_TEXT) as SkipReason[])
    .filter((r) => plan.skipped[r] > 0)
    .map((r) => ({ reason: SKIP_REASON_TEXT[r], count: plan.skipped[r] }));
  if (plan.kind === 'ready' && plan.alreadyInLog > 0) {
    list.push({ reason: 'already in the log', count: plan.alreadyInLog });
  }
  return list;
}

interface Planned {
  readonly plan: ImportPlan;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly rows: number;
  readonly headerRow: number;
  readonly keys: string[];
}

/** Reads the upload and the log (one getValues), and plans the append. */
function plan(id: string, input: unknown): Planned {
  const { text, keys } = uploadedText(id);
  const parsed = parseExport(text);
  if (!parsed.ok) throw coachError(`The file was not imported. ${parsed.error.message}`);
  const { settings } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet } = logSheet(ss, settings);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const header = detectHeader(values);
  const headerIndex = isInvalid(header) ? 0 : header.row;
  const labels = values[headerIndex] ?? [];
  const keyColumn = labels.findIndex((l) => isImportKeyLabel(String(l)));
  const existingKeys =
    keyColumn < 0 ? [] : values.slice(headerIndex + 1).map((row) => row[keyColumn]);
  const chosen = options(input);
  const result = planImport(parsed.parsed, {
    athlete: chosen.athlete,
    unit: chosen.unit,
    logHeaderLabels: labels,
    existingKeys,
    logUnit: settings.unit,
  });
  if (result.kind === 'refused') throw coachError(result.message);
  return { plan: result, sheet, rows: values.length, headerRow: headerIndex + 1, keys };
}

export const IMPORT_ENDPOINTS = {
  importBegin: endpoint((begin: ImportBegin): { uploadId: string } => {
    const b = (begin ?? {}) as Partial<ImportBegin>;
    const size = Number(b.size);
    const chunks = Number(b.chunks);
    if (!Number.isInteger(size) || size < 1 || size > MAX_FILE_CHARS) {
      throw coachError('The file is empty or too large to be a workout export.');
    }
    if (!Number.isInteger(chunks) || chunks < 1 || chunks > MAX_CHUNKS) {
      throw coachError(`The file arrived in an unexpected number of parts. ${RETRY}`);
    }
    const id = uploadId();
    const meta: UploadMeta = { fileName: String(b.fileName ?? '').slice(0, 200), size, chunks };
    cache().put(metaKey(id), JSON.stringify(meta), CACHE_SECONDS);
    return { uploadId: id };
  }),
  importChunk: endpoint((id: string, index: number, text: string): void => {
    const meta = readMeta(id);
    if (!Number.isInteger(index) || index < 0 || index >= meta.chunks || typeof text !== 'string') {
      throw coachError(`A part of the file arrived damaged. ${RETRY}`);
    }
    const parts = pieces(text);
    const entries: Record<string, string> = { [countKey(id, index)]: String(parts.length) };
    parts.forEach((p, i) => {
      entries[pieceKey(id, index, i)] = p;
    });
    cache().putAll(entries, CACHE_SECONDS);
  }),
  importPreview: endpoint((id: string, input: ImportOptions): ImportPreview => {
    const { plan: p } = plan(id, input);
    const ready = p.kind === 'ready';
    return {
      format: p.formatLabel,
      layout: p.layout,
      unit: { unit: p.unit.unit, decidedBy: p.unit.decidedBy, how: p.unit.how },
      notes: [...p.notes],
      needs: p.kind === 'needs' ? [...p.needs] : [],
      added: ready ? p.added : 0,
      skipped: skips(p),
      columns: ready ? [...p.preview.labels] : [],
      rows: ready ? p.preview.rows.map((r) => [...r]) : [],
    };
  }),
  importCommit: endpoint(
    (id: string, input: ImportOptions): ImportResult =>
      withDocumentLock(() => {
        const { plan: p, sheet, rows, headerRow, keys } = plan(id, input);
        if (p.kind !== 'ready') throw coachError(p.message);
        if (p.added > 0) {
          if (p.addKeyColumn !== null) {
            const cell = sheet.getRange(headerRow, p.keyColumn + 1);
            cell.setValue(p.addKeyColumn);
            // Bold like its neighbour when the header row is: once per log, when the column is added.
            if (p.keyColumn > 0) {
              cell.setFontWeight(sheet.getRange(headerRow, p.keyColumn).getFontWeight());
            }
          }
          writeRows(sheet, rows + 1, p.rows, p.width);
        }
        cache().removeAll(keys);
        // Our own words, not the plan's: it says "Adding" and pluralises every skipped count.
        return { added: p.added, skipped: skips(p), message: importDoneMessage(p) };
      }),
  ),
};

/**
 * Appends the rows in one setValues — or two when our Status column sits inside the log's width:
 * its cells belong to the status formula's result and are left empty for it.
 */
function writeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  rows: CellValue[][],
  width: number,
): void {
  const status = loadRecord(sheet.getName())?.column ?? 0;
  const spans =
    status >= 1 && status <= width
      ? [
          [1, status - 1],
          [status + 1, width],
        ]
      : [[1, width]];
  // Sheets refuses a write past the grid: grow it first, in one call, as a coach's paste would.
  const maxRows = sheet.getMaxRows();
  const missing = firstRow + rows.length - 1 - maxRows;
  if (missing > 0) sheet.insertRowsAfter(maxRows, missing);
  for (const [from, to] of spans as [number, number][]) {
    if (to < from) continue;
    const block = rows.map((r) => r.slice(from - 1, to));
    sheet.getRange(firstRow, from, rows.length, to - from + 1).setValues(block);
  }
}
