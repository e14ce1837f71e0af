/**
 * The import endpoints (ImportApi). The dialog reads the file into rows in the browser (its CSV
 * parser never enters this bundle, which every recalculation loads) and sends the rows as one JSON
 * text (core/import/payload) in chunks; they wait in the user's CacheService cache, not document
 * properties: properties hold 9 KB per value and 500 KB per file, far too little for a 50,000-set
 * export (several MB), and are shared with every editor, while an upload belongs to one person for
 * a few minutes.
 *
 * CacheService's documented limits (https://developers.google.com/apps-script/reference/cache/cache):
 * values up to 100 KB and at most 1,000 items per cache. Each chunk (at most 64 KB of UTF-8 from the
 * dialog) is one item holding its checksum and its text, so an upload is its description plus one
 * item per chunk: a 20 MB file (the largest the dialog takes, MAX_UPLOAD_BYTES) is about 480 items
 * as rows. Every chunk's checksum is checked when it arrives and again when the parts are joined,
 * and the whole payload's checksum at the end, so a part damaged on the way is named, never
 * imported; then the rows' shape is checked before a row is read.
 */

import {
  CACHE_ITEM_BYTES,
  type CsvTable,
  checksum,
  type ImportError,
  type ImportPlan,
  isImportKeyLabel,
  MAX_CHUNK_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_CHUNKS,
  MAX_UPLOAD_MB,
  planImport,
  readExport,
  SKIP_REASON_TEXT,
  type SkipReason,
  setSignature,
  tableOfPayload,
  utf8Bytes,
} from '../core/import';
import { literalCell } from '../core/literal';
import { detectHeader, readLog } from '../core/log';
import { isInvalid } from '../core/result';
import { UNITS, type Unit } from '../core/units';
import type { CellValue } from '../core/values';
import type {
  ImportBadRow,
  ImportBegin,
  ImportOptions,
  ImportPreview,
  ImportResult,
  ImportSkip,
  ImportTargetKind,
  ImportTargetView,
  Settings,
} from './api-types';
import { coachError, endpoint, withDocumentLock } from './guard';
import { applyOn, extendHighlights, findStatus } from './highlights';
import { type ImportTarget, importAthlete, importTarget } from './import-target';
import { importDoneMessage } from './import-words';
import { logTabOf } from './logs';
import { tagColumn } from './ours';
import { isStatusFormula } from './plan-highlights';
import { findLog, logOptions } from './plan-log';
import { mergeSettings } from './settings';
import { loadSettings, storeSettings } from './store';
import { readRoster, sheetValues } from './workbook';

/** Apps Script's longest cache lifetime: six hours. */
const CACHE_SECONDS = 21_600;
const RETRY = 'Please choose the file and import again.';

const cache = () => CacheService.getUserCache();
const metaKey = (id: string) => `se:upload:${id}`;
const chunkKey = (id: string, index: number) => `se:upload:${id}:${index}`;

interface UploadMeta {
  readonly fileName: string;
  readonly size: number;
  readonly chunks: number;
  readonly checksum: string;
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

/** A chunk as one cache item: its checksum on the first line, then its text. */
export function chunkItem(text: string, sum: string): string {
  return `${sum}\n${text}`;
}

/** The stored chunk's text, or null when it is not there or its checksum does not match. */
function chunkText(item: string | undefined | null): string | null {
  if (typeof item !== 'string') return null;
  const at = item.indexOf('\n');
  if (at < 0) return null;
  const text = item.slice(at + 1);
  return checksum(text) === item.slice(0, at) ? text : null;
}

/**
 * Joins the stored chunks in one getAll and reads them back as the file's rows; names a part that
 * is missing or damaged.
 */
function uploadedRows(id: string): { table: CsvTable; keys: string[] } {
  const meta = readMeta(id);
  const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(id, i));
  const stored = cache().getAll(keys);
  const parts: string[] = [];
  for (let i = 0; i < meta.chunks; i++) {
    const item = stored[keys[i] as string];
    if (item === undefined || item === null) {
      throw coachError(`Part ${i + 1} of ${meta.chunks} of the file never arrived. ${RETRY}`);
    }
    const text = chunkText(item);
    if (text === null) {
      throw coachError(
        `Part ${i + 1} of ${meta.chunks} of the file was damaged on the way (its checksum does not match). ${RETRY}`,
      );
    }
    parts.push(text);
  }
  const text = parts.join('');
  if (text.length !== meta.size || checksum(text) !== meta.checksum) {
    throw coachError(`The file changed on the way (its checksum does not match). ${RETRY}`);
  }
  const table = tableOfPayload(text);
  if (typeof table === 'string') throw coachError(table);
  return { table, keys: [metaKey(id), ...keys] };
}

/** A bodyweight the dialog may send: 20–400 in its unit (kg or lb), else refused in plain words. */
const BODYWEIGHT_RANGE = { kg: [20, 300], lb: [44, 660] } as const;

const TARGET_KINDS: readonly ImportTargetKind[] = ['tab', 'newTab', 'shared'];

function options(input: unknown): {
  athlete: string | null;
  unit: Unit | null;
  bodyweight: { value: number; unit: Unit } | null;
  target: ImportTargetKind | null;
} {
  const o = (input ?? {}) as ImportOptions;
  const athlete =
    typeof o.athlete === 'string' && o.athlete.trim() !== '' ? o.athlete.trim() : null;
  const unit = UNITS.includes(o.unit as Unit) ? (o.unit as Unit) : null;
  let bodyweight: { value: number; unit: Unit } | null = null;
  if (o.bodyweight !== undefined && o.bodyweight !== null) {
    const bwUnit: Unit = UNITS.includes(o.bodyweightUnit as Unit)
      ? (o.bodyweightUnit as Unit)
      : (unit ?? 'kg');
    const [low, high] = BODYWEIGHT_RANGE[bwUnit];
    const value = Number(o.bodyweight);
    if (!Number.isFinite(value) || value < low || value > high) {
      throw coachError(
        `A bodyweight of ${String(o.bodyweight)} ${bwUnit} is not one an athlete has: give ${low}–${high} ${bwUnit}, or leave it blank.`,
      );
    }
    bodyweight = { value, unit: bwUnit };
  }
  const target = TARGET_KINDS.includes(o.target as ImportTargetKind)
    ? (o.target as ImportTargetKind)
    : null;
  return { athlete, unit, bodyweight, target };
}

/** Where a bodyweight given in the dialog goes, from the settings' bodyweight source. */
const bodyweightTo = (kind: 'column' | 'roster' | 'value'): 'column' | 'roster' | 'none' =>
  kind === 'value' ? 'none' : kind;

/**
 * setSignature of every row of the log, for a log-layout CSV: its sets typed by hand carry no import
 * key, so they are matched by what they are. Costs the time zone (and the roster, when bodyweights
 * come from one) on top of the log already read; only for that kind of file.
 */
function logSignatures(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  name: string,
  values: CellValue[][],
): string[] {
  const found = findLog(name, values, settings);
  if ('problem' in found) return [];
  const log = readLog(
    values,
    logOptions(settings, found, ss.getSpreadsheetTimeZone(), readRoster(ss, settings)),
  );
  if (isInvalid(log)) return [];
  return log.entries.map((e) =>
    setSignature(e.athlete, e.day, e.exerciseAsWritten, e.loadKg, e.reps, e.sets),
  );
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
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly settings: Settings;
  /** Where the sets go (a new tab is made at commit). */
  readonly target: ImportTarget;
  readonly rows: number;
  readonly headerRow: number;
  readonly keys: string[];
  /** Our Status column (1-based) when highlights are on, else null. */
  readonly status: number | null;
  /** The Import key column is tagged as ours (else it is tagged when written). */
  readonly keyTagged: boolean;
}

/**
 * Reads the upload and the log (one getValues), finds our columns afresh (their tags, our
 * formula), and plans the append: loads go where the coach's settings say loads are, the Import
 * key goes in the first column that holds nothing at all.
 */
function plan(id: string, input: unknown): Planned {
  const { table, keys } = uploadedRows(id);
  const parsed = readExport(table);
  if (!parsed.ok) throw coachError(`The file was not imported. ${parsed.error.message}`);
  const { settings } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const chosen = options(input);
  const fileAthletes = parsed.parsed.sets.map((s) => s.athlete);
  const target = importTarget(
    ss,
    settings,
    importAthlete(fileAthletes, chosen.athlete),
    chosen.target,
    new Set(fileAthletes.filter((a) => a !== null)).size > 1,
  );
  const { sheet, name, values } = target;
  // The bodyweight source does not matter for an import: only the columns are asked for.
  const found = findLog(name, values, {
    columns: settings.columns,
    bodyweight: { kind: 'value', value: 70 },
  });
  const header = detectHeader(values);
  const headerIndex = 'problem' in found ? (isInvalid(header) ? 0 : header.row) : found.header.row;
  const labels = values[headerIndex] ?? [];
  const status =
    'problem' in found || sheet === null ? null : findStatus(sheet, { values, found }, undefined);
  const ourKey = status?.columns.importKey ?? null;
  const keyColumn =
    ourKey !== null ? ourKey - 1 : labels.findIndex((l) => isImportKeyLabel(String(l)));
  const existingKeys =
    keyColumn < 0 ? [] : values.slice(headerIndex + 1).map((row) => row[keyColumn]);
  const result = planImport(parsed.parsed, {
    athlete: chosen.athlete,
    unit: chosen.unit,
    logHeaderLabels: labels,
    existingKeys,
    logUnit: settings.unit,
    ...('problem' in found ? {} : { logColumns: found.columns }),
    usedWidth: values[0]?.length ?? 0,
    keyColumn: keyColumn < 0 ? null : keyColumn,
    bodyweight: chosen.bodyweight,
    bodyweightTo: bodyweightTo(settings.bodyweight.kind),
    existingSets:
      parsed.parsed.format === 'log' ? logSignatures(ss, settings, name, values) : undefined,
  });
  if (result.kind === 'refused') throw coachError(result.message);
  const statusColumn = status?.at && isStatusFormula(status.at.formula) ? status.at.column : null;
  return {
    plan: result,
    ss,
    settings,
    target,
    rows: values.length,
    headerRow: headerIndex + 1,
    keys,
    status: statusColumn,
    keyTagged: ourKey !== null,
  };
}

export const IMPORT_ENDPOINTS = {
  importBegin: endpoint((begin: ImportBegin): { uploadId: string } => {
    const b = (begin ?? {}) as Partial<ImportBegin>;
    const size = Number(b.size);
    const chunks = Number(b.chunks);
    // The file's own size (the rows sent are a little larger); without it, the rows' size.
    const fileBytes = b.fileBytes === undefined ? size : Number(b.fileBytes);
    if (!Number.isInteger(size) || size < 1) throw coachError('The file is empty.');
    if (!(fileBytes <= MAX_UPLOAD_BYTES) || chunks > MAX_UPLOAD_CHUNKS) {
      throw coachError(`The file is too large: the import takes files up to ${MAX_UPLOAD_MB} MB.`);
    }
    if (!Number.isInteger(chunks) || chunks < 1 || typeof b.checksum !== 'string') {
      throw coachError(`The file arrived in an unexpected number of parts. ${RETRY}`);
    }
    const id = uploadId();
    const meta: UploadMeta = {
      fileName: String(b.fileName ?? '').slice(0, 200),
      size,
      chunks,
      checksum: b.checksum,
    };
    cache().put(metaKey(id), JSON.stringify(meta), CACHE_SECONDS);
    return { uploadId: id };
  }),
  importChunk: endpoint((id: string, index: number, text: string, sum: string): void => {
    const meta = readMeta(id);
    if (!Number.isInteger(index) || index < 0 || index >= meta.chunks || typeof text !== 'string') {
      throw coachError(`A part of the file arrived damaged. ${RETRY}`);
    }
    const part = `Part ${index + 1} of ${meta.chunks}`;
    if (typeof sum !== 'string' || checksum(text) !== sum) {
      throw coachError(
        `${part} of the file was damaged on the way (its checksum does not match). ${RETRY}`,
      );
    }
    // One cache item per chunk: refused above the item size rather than lost by the cache.
    if (utf8Bytes(text) > MAX_CHUNK_BYTES) {
      throw coachError(
        `${part} of the file is larger than one cache item holds (${CACHE_ITEM_BYTES / 1024} KB). ${RETRY}`,
      );
    }
    cache().put(chunkKey(id, index), chunkItem(text, sum), CACHE_SECONDS);
  }),
  importPreview: endpoint((id: string, input: ImportOptions): ImportPreview => {
    const { plan: p, target: t } = plan(id, input);
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
      bad: ready ? badRows(p.bad) : [],
      badCount: ready ? p.bad.length : 0,
      bodyweightTo: bodyweightTo(loadSettings().settings.bodyweight.kind),
      target: targetView(t),
    };
  }),
  importCommit: endpoint(
    (id: string, input: ImportOptions): ImportResult =>
      withDocumentLock(() => {
        const {
          plan: p,
          ss,
          settings,
          target,
          rows,
          headerRow,
          keys,
          status,
          keyTagged,
        } = plan(id, input);
        if (p.kind !== 'ready') throw coachError(p.message);
        let bodyweightWritten: string | null = null;
        let highlighted = false;
        let sheet = target.sheet;
        if (p.added > 0 && sheet === null) {
          sheet = newAthleteTab(ss, target);
          // A tab named apart from the athlete ("Maya (2)" beside Maya's linked tab) is still hers.
          if (target.athlete !== null && target.name !== target.athlete) {
            storeSettings(
              mergeSettings(settings, { athleteNames: { [target.name]: target.athlete } }),
            );
          }
        }
        if (p.added > 0 && sheet !== null) {
          const maxRows = writeRows(sheet, rows + 1, p.rows, p.width, status);
          if (p.addBodyweightColumn !== null) {
            // Plain header text: the label is ours ("Bodyweight"), so no literal marker is needed.
            sheet
              .getRange(headerRow, p.addBodyweightColumn.column + 1)
              .setValue(p.addBodyweightColumn.label);
          }
          if (p.addKeyColumn !== null) {
            const cell = sheet.getRange(headerRow, p.keyColumn + 1);
            cell.setValue(p.addKeyColumn);
            // Bold like its neighbour when the header row is: once per log, when the column is added.
            if (p.keyColumn > 0) {
              cell.setFontWeight(sheet.getRange(headerRow, p.keyColumn).getFontWeight());
            }
          }
          // Found again next time wherever the coach moves it, whatever they call it.
          if (!keyTagged) tagColumn(sheet, p.keyColumn + 1, 'importKey');
          // The colours and the protection grow with the log.
          if (status !== null) extendHighlights(sheet, status, maxRows);
          // A new athlete's tab where the other tabs have highlights: this one too, as Apply does.
          if (target.kind === 'newTab' && target.highlights === true) {
            // Read again: the athlete's name for a tab named apart from them was just stored.
            const now = loadSettings().settings;
            const log = logTabOf({ sheet, name: target.name, values: sheetValues(sheet) }, now);
            if (log !== null) {
              applyOn(ss, log, now);
              highlighted = true;
            }
          }
          const given = options(input).bodyweight;
          if (given && settings.bodyweight.kind === 'column') {
            bodyweightWritten = `The bodyweight ${given.value} ${given.unit} is on the newest imported set, so ratios show at once.`;
          }
        }
        if (p.rosterRow !== null && settings.bodyweight.kind === 'roster') {
          appendRosterRow(ss, settings.bodyweight.sheet, p.rosterRow);
          bodyweightWritten = `The bodyweight is added to the roster sheet "${settings.bodyweight.sheet}".`;
        }
        cache().removeAll(keys);
        // Our own words, not the plan's: it says "Adding" and pluralises every skipped count.
        const where =
          target.kind === 'shared' && target.choices.length === 1
            ? ''
            : target.kind === 'newTab'
              ? ` A new tab "${target.name}" holds ${target.athlete}'s log${target.linked ? ` (their own file, linked as "${target.linked}", is read-only here and was not changed)` : ''}${highlighted ? ', with highlights like the other tabs' : ''}.`
              : ` The sets are on the "${target.name}" tab.`;
        return {
          added: p.added,
          sheet: target.name,
          skipped: skips(p),
          bad: badRows(p.bad),
          message: `${importDoneMessage({ ...p, bodyweightWritten })}${p.added > 0 ? where : ''}`,
        };
      }),
  ),
};

/** What the dialog is told of the target. */
function targetView(t: ImportTarget): ImportTargetView {
  const view = { kind: t.kind, name: t.name, athlete: t.athlete, choices: [...t.choices] };
  return t.linked === undefined ? view : { ...view, linked: t.linked };
}

/**
 * The athlete's new tab, in the log layout: its header row written as literal text (the labels
 * are copied from another log's header), found as a log by every action from now on.
 */
function newAthleteTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  target: ImportTarget,
): GoogleAppsScript.Spreadsheet.Sheet {
  const header = target.header ?? [];
  const sheet = ss.insertSheet(target.name);
  sheet.getRange(1, 1, 1, header.length).setValues([header.map(literalCell)]);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  return sheet;
}

/** The first 50 unreadable rows, as the dialog lists them. */
function badRows(bad: readonly ImportError[]): ImportBadRow[] {
  return bad.slice(0, 50).map((b) => ({ line: b.line, message: b.message }));
}

/** One weigh-in below the roster's last row (athlete, day, bodyweight, unit): two calls. */
function appendRosterRow(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  row: CellValue[],
): void {
  const roster = ss.getSheetByName(name);
  if (!roster) return;
  roster.getRange(roster.getLastRow() + 1, 1, 1, row.length).setValues([row]);
}

/**
 * Appends the rows in one setValues — or two when our Status column sits inside the rows' width:
 * its cells belong to the status formula's result and are left empty for it. Grows the sheet
 * first when the rows or columns are not there (Sheets refuses a write past the grid). Returns the
 * sheet's last row after the write.
 */
function writeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  rows: CellValue[][],
  width: number,
  status: number | null,
): number {
  const spans =
    status !== null && status >= 1 && status <= width
      ? [
          [1, status - 1],
          [status + 1, width],
        ]
      : [[1, width]];
  const maxRows = sheet.getMaxRows();
  const missing = firstRow + rows.length - 1 - maxRows;
  if (missing > 0) sheet.insertRowsAfter(maxRows, missing);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  for (const [from, to] of spans as [number, number][]) {
    if (to < from) continue;
    const block = rows.map((r) => r.slice(from - 1, to));
    sheet.getRange(firstRow, from, rows.length, to - from + 1).setValues(block);
  }
  return Math.max(maxRows, firstRow + rows.length - 1);
}
