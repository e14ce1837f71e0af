/** View model of the import dialog: what to ask, and the preview and result in plain words. */
import type {
  ImportNeed,
  ImportOptions,
  ImportPreview,
  ImportSkip,
  ImportTargetKind,
  ImportTargetView,
} from '../addon/api-types';
// The modules directly, not the import index: the dialog reads the file, the server the rows.
import {
  checksum,
  DEFAULT_CHUNK_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_CHUNKS,
  MAX_UPLOAD_MB,
  splitIntoChunks,
} from '../core/import/chunks';
import { readCsv } from '../core/import/csv';
import { rowsPayload } from '../core/import/payload';
import { isImportError } from '../core/import/types';
import type { Unit } from '../core/units';
import { plural } from './format';

export interface Upload {
  /** What importBegin is told; the server checks the joined text has exactly this many characters. */
  readonly size: number;
  /** The whole text's checksum, checked by the server once every part is joined. */
  readonly checksum: string;
  /** The texts for importChunk, in order. */
  readonly chunks: readonly string[];
  /** Each chunk's checksum, sent with it so the server can name a part damaged on the way. */
  readonly checksums: readonly string[];
}

/** A text in pieces of at most 64 KB of UTF-8 each, far below a call's payload limit. */
export function uploadOf(text: string, maxBytes: number = DEFAULT_CHUNK_BYTES): Upload {
  const chunks = splitIntoChunks(text, maxBytes).map((c) => c.text);
  return {
    size: text.length,
    checksum: checksum(text),
    chunks,
    checksums: chunks.map(checksum),
  };
}

export type FileUpload =
  | { readonly ok: true; readonly upload: Upload; readonly rows: number }
  | { readonly ok: false; readonly message: string };

/**
 * What the dialog sends for a file's text: the file read into rows here, in the browser (the
 * server bundle has no CSV parser), as the rows' JSON text in 64 KB pieces. A file that is no CSV
 * (a workbook, JSON, UTF-16 read as UTF-8, binary) or has a quote never closed is refused here, in
 * the words the server used to send, before anything is sent.
 */
export function fileUpload(text: string, maxBytes: number = DEFAULT_CHUNK_BYTES): FileUpload {
  const table = readCsv(text);
  if (isImportError(table)) {
    return { ok: false, message: `The file was not imported. ${table.message}` };
  }
  const upload = uploadOf(rowsPayload(table), maxBytes);
  if (upload.chunks.length > MAX_UPLOAD_CHUNKS) {
    return {
      ok: false,
      message: `The file is too large: its ${table.rows.length.toLocaleString('en-US')} rows do not fit in one upload. Split it in two (by date) and import each part.`,
    };
  }
  return { ok: true, upload, rows: table.rows.length };
}

export interface ImportAnswers {
  readonly athlete: string;
  readonly unit: Unit | '';
  /** The athlete's bodyweight as typed (optional), and its unit. */
  readonly bodyweight?: string;
  readonly bodyweightUnit?: Unit;
  /** Where the sets go, when the coach chose among the preview's choices. */
  readonly target?: ImportTargetKind;
}

/** The typed bodyweight as a number ("62,5" too), null when blank or not a number. */
export function bodyweightOf(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(',', '.');
  if (t === '' || !/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * Only what the preview asked for is sent, trimmed; blanks are left out. A bodyweight is sent
 * whenever one is typed (it is optional and never asked for).
 */
export function importOptions(needs: readonly ImportNeed[], answers: ImportAnswers): ImportOptions {
  const athlete = answers.athlete.trim();
  const bodyweight = bodyweightOf(answers.bodyweight);
  return {
    ...(needs.includes('athlete') && athlete !== '' ? { athlete } : {}),
    ...(needs.includes('unit') && answers.unit !== '' ? { unit: answers.unit } : {}),
    ...(bodyweight !== null
      ? { bodyweight, bodyweightUnit: answers.bodyweightUnit ?? (answers.unit || 'kg') }
      : {}),
    ...(answers.target ? { target: answers.target } : {}),
  };
}

/** Each place the sets may go, as the dialog offers it. */
export const TARGET_CHOICE_WORDS: Readonly<Record<ImportTargetKind, string>> = {
  tab: 'Their own tab',
  newTab: 'A new tab for them, in the log layout',
  shared: 'The shared log (with an Athlete column)',
};

/** Where the preview's sets will go, in a sentence. */
export function targetWords(target: ImportTargetView): string {
  const where =
    target.kind === 'newTab'
      ? `The sets go to a new tab "${target.name}" for ${target.athlete ?? 'the athlete'}.`
      : target.kind === 'tab'
        ? `The sets go to ${target.athlete ?? 'the athlete'}'s tab "${target.name}".`
        : `The sets go to the log "${target.name}".`;
  // A linked athlete's own file is read-only here: say so, so nobody looks for the sets there.
  return target.linked === undefined
    ? where
    : `${where} Their own file (the linked tab "${target.linked}") is read-only here: nothing is written to it.`;
}

/** "2 rows could not be read and are left out:" for the list of bad rows below it. */
export function badRowsTitle(count: number): string {
  return `${plural(count, 'row')} of the file could not be read and ${count === 1 ? 'is' : 'are'} left out:`;
}

/** The union, in a fixed order, of what the server asked for across previews of one upload. */
export function askedSoFar(
  before: readonly ImportNeed[],
  now: readonly ImportNeed[],
): ImportNeed[] {
  return (['athlete', 'unit'] as const).filter((n) => before.includes(n) || now.includes(n));
}

/** What is still missing before the import can go ahead, in words; empty when ready. */
export function missingAnswers(needs: readonly ImportNeed[], answers: ImportAnswers): string[] {
  const missing: string[] = [];
  if ((answers.bodyweight ?? '').trim() !== '' && bodyweightOf(answers.bodyweight) === null) {
    missing.push('The bodyweight must be a number, such as 62.5 (or leave it blank).');
  }
  if (needs.includes('athlete') && answers.athlete.trim() === '') {
    missing.push('The file does not name the athlete: type their name as it is in the log.');
  }
  if (needs.includes('unit') && answers.unit === '') {
    missing.push('The file does not say kg or lb: choose the unit its weights are in.');
  }
  return missing;
}

export function skippedLines(skipped: readonly ImportSkip[]): string[] {
  return skipped.filter((s) => s.count > 0).map((s) => `${plural(s.count, 'set')}: ${s.reason}`);
}

/**
 * The unit line of the preview: the unit and how it was decided (the file said it, or its numbers
 * did, and how), or why the coach is asked.
 */
export function unitWords(unit: ImportPreview['unit']): string {
  if (unit.decidedBy === 'undecided' || unit.unit === null) return `Why we ask: ${unit.how}.`;
  if (unit.decidedBy === 'numbers') {
    return `Weights read as ${unit.unit}, worked out from the numbers: ${unit.how}.`;
  }
  return `Weights in ${unit.unit}: ${unit.how}.`;
}

export function previewSummary(preview: ImportPreview): string {
  const skippedTotal = preview.skipped.reduce((sum, s) => sum + s.count, 0);
  const added =
    preview.added === 0
      ? 'Nothing new to add'
      : `${plural(preview.added, 'set')} will be added to the log`;
  return skippedTotal === 0 ? `${added}.` : `${added}; ${skippedTotal} skipped.`;
}

export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** "Sending 2 of 5…" while chunks go up. */
export function uploadProgress(sent: number, total: number): string {
  return total <= 1
    ? 'Sending the file…'
    : `Sending part ${Math.min(sent + 1, total)} of ${total}…`;
}

/**
 * Files bigger than this are refused before upload: the server keeps an upload in CacheService,
 * whose documented limits (1,000 items of 100 KB) the chunks must stay inside (core/import/chunks).
 */
export const MAX_FILE_BYTES = MAX_UPLOAD_BYTES;

/** The dialog's line on what it takes. */
export const FILE_LIMIT_TEXT = `CSV files up to ${MAX_UPLOAD_MB} MB (a 50,000-set export is about 5 MB).`;

export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_FILE_BYTES) {
    return `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; the import takes files up to ${MAX_UPLOAD_MB} MB.`;
  }
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(file.name)) {
    return `${file.name} is a spreadsheet workbook, not a CSV file. Save it as CSV first, or export the workouts as CSV from Strong or Hevy.`;
  }
  if (/\.json$/i.test(file.name)) {
    return `${file.name} is a JSON file, not a CSV file. Export the workouts as CSV from Strong or Hevy.`;
  }
  if (!/\.(csv|txt|tsv)$/i.test(file.name)) {
    return `${file.name} is not a CSV file. Export the workouts as CSV from Strong or Hevy.`;
  }
  return null;
}

/** The import button: "Add 1 set to the log", "Add 518 sets to the log", or nothing to add. */
export function addButtonLabel(added: number): string {
  return added === 0 ? 'Nothing to add' : `Add ${plural(added, 'set')} to the log`;
}

/** While the sets are written (the server's answer then says what was added, in the past tense). */
export function addingLabel(added: number): string {
  return `Adding ${plural(added, 'set')} to the log…`;
}
