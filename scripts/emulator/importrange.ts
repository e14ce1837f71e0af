/**
 * IMPORTRANGE: other spreadsheets held in memory next to the active one, each with its own URL and
 * key, and the "Allow access" connection Sheets asks for before the first import from a file.
 *
 * How Sheets behaves, from Google's IMPORTRANGE help page
 * (https://support.google.com/docs/answer/3093340):
 * - `IMPORTRANGE(spreadsheet_url, range_string)`, the range as "[sheet_name!]range"; without a sheet
 *   name the file's first sheet is read.
 * - "Spreadsheets must be explicitly granted permission to pull data from other spreadsheets using
 *   IMPORTRANGE. The first time the destination sheet pulls data from a new source sheet, the user
 *   will be prompted to grant permission": the cell shows #REF! and "You need to connect these
 *   sheets. Allow Access."; once allowed, "any editor on the destination spreadsheet can use
 *   IMPORTRANGE to pull from any part of the source spreadsheet" (so access is per pair of files,
 *   not per formula).
 * - A file the user cannot open shows #REF! "You don't have permissions to access that sheet."
 * - "Any update to the source document IMPORTRANGE will cause all open receiving documents to
 *   refresh."
 * Not from a cited page (assumptions, see scripts/emulator/README.md): a range_string that names no
 * sheet of the file or is not a range gives #REF! "Unable to parse range: …" (the Sheets API's
 * wording for such a range); text that holds no spreadsheet key gives #REF! "Spreadsheet not
 * found."; trailing rows of the source range with nothing in them are left out of the result.
 */
import { parseRef, splitSheet } from './a1';
import { isDateFormat, type Scalar } from './cells';
import { isErrorValue } from './engine';
import { cellKey, newWorkbook, type SheetModel, type WorkbookModel } from './model';
import { freshRuntimeState, type Runtime, sortedCounts } from './runtime';
import { createSpreadsheetApp, type SpreadsheetFacade } from './spreadsheet';

export const CONNECT_MESSAGE = 'You need to connect these sheets.';
export const NO_PERMISSION_MESSAGE = "You don't have permissions to access that sheet.";
export const NOT_FOUND_MESSAGE = 'Spreadsheet not found.';
export const unparsableRange = (range: string): string => `Unable to parse range: ${range}`;

/** What IMPORTRANGE brings: the values, and the date formats of the source cells (by cellKey). */
export interface ImportedRange {
  readonly values: Scalar[][];
  readonly dateFormats: ReadonlyMap<number, string>;
}

export interface ImportError {
  readonly error: '#REF!';
  readonly message: string;
}

export type ImportOutcome = ImportedRange | ImportError;

export const isImportError = (v: ImportOutcome): v is ImportError => 'error' in v;

export interface LinkedFileOptions {
  /** The file's name (the athlete's "Training log"). */
  readonly name?: string;
  /** Its key (the part of the URL after /d/); one is made up when absent. */
  readonly key?: string;
  /** Whether the file is shared with the coach (default true); false: "You don't have permissions". */
  readonly shared?: boolean;
  /** Time zone of the file (default: the active spreadsheet's). */
  readonly timeZone?: string;
}

/** Another spreadsheet, as a test holds it: the athlete edits it through `spreadsheet`. */
export interface LinkedFile {
  readonly key: string;
  readonly url: string;
  readonly name: string;
  /** The file as its owner edits it (calls counted apart: `calls()`). */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly workbook: WorkbookModel;
  /** Shared with the coach; set false to take the share away. */
  shared: boolean;
  /** Calls made on this file's services (the athlete's, and any the add-on tried). */
  calls(): Record<string, number>;
}

/** A spreadsheet's key from its URL (…/spreadsheets/d/KEY/…) or the key itself; null when neither. */
export function spreadsheetKey(urlOrKey: string): string | null {
  const text = urlOrKey.trim();
  const inUrl =
    /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(text);
  if (inUrl) return inUrl[1]!;
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : null;
}

export interface LinkedFiles {
  /** Adds a spreadsheet that formulas in the active one can import from. */
  add(options: LinkedFileOptions): LinkedFile;
  /** The file with this key or URL, if any. */
  find(urlOrKey: string): LinkedFile | null;
  /** The coach's click on "Allow access" for a file (by URL or key). */
  allow(urlOrKey: string): void;
  allowed(urlOrKey: string): boolean;
  /** IMPORTRANGE's result for these arguments, as the active spreadsheet sees it now. */
  importRange(url: unknown, range: unknown): ImportOutcome;
}

export interface LinkedFilesHost {
  readonly timeZone: string;
  now(): number;
  /** A message while the add-on runs (any write it makes to another file is refused); else null. */
  addonRunning(): boolean;
  /** A source file changed or access was allowed: the active spreadsheet's imports refresh. */
  changed(): void;
}

export function createLinkedFiles(host: LinkedFilesHost): LinkedFiles {
  const files = new Map<string, { file: LinkedFile; facade: SpreadsheetFacade }>();
  const allowed = new Set<string>();
  let made = 0;

  const entry = (urlOrKey: string) => {
    const key = spreadsheetKey(urlOrKey);
    return key === null ? undefined : files.get(key);
  };

  const readRange = (
    facade: SpreadsheetFacade,
    workbook: WorkbookModel,
    text: string,
  ): ImportOutcome => {
    const { sheetName, ref } = splitSheet(text);
    const sheet: SheetModel | undefined =
      sheetName === null ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet || ref === '') return { error: '#REF!', message: unparsableRange(text) };
    let grid: ReturnType<typeof parseRef>;
    try {
      grid = parseRef(ref, sheet.maxRows, sheet.maxColumns);
    } catch {
      return { error: '#REF!', message: unparsableRange(text) };
    }
    const lastGridRow = Math.min(grid.row + grid.numRows - 1, sheet.maxRows);
    const lastColumn = Math.min(grid.column + grid.numColumns - 1, sheet.maxColumns);
    // Rows below the source's last row with content are left out (one row at least).
    const { lastRow: contentRow } = facade.bounds(sheet);
    const lastRow = Math.max(grid.row, Math.min(lastGridRow, contentRow));
    const values: Scalar[][] = [];
    const dateFormats = new Map<number, string>();
    for (let r = grid.row; r <= lastRow; r++) {
      const line: Scalar[] = [];
      for (let c = grid.column; c <= lastColumn; c++) {
        const v = facade.computed(sheet, r - 1, c - 1);
        line.push(isErrorValue(v) ? v.error : v);
        const format =
          sheet.formats.size > 0 ? sheet.formats.get(cellKey(r - 1, c - 1)) : undefined;
        if (typeof v === 'number' && isDateFormat(format)) {
          dateFormats.set(cellKey(r - grid.row, c - grid.column), format!);
        }
      }
      values.push(line);
    }
    return { values, dateFormats };
  };

  return {
    add(options) {
      made++;
      const key = options.key ?? `emulatedLinkedFile${String(made).padStart(4, '0')}`;
      if (spreadsheetKey(key) !== key)
        throw new Error(`Emulator: "${key}" is not a spreadsheet key`);
      if (files.has(key)) throw new Error(`Emulator: a linked file with key "${key}" exists`);
      const name = options.name ?? `Linked file ${made}`;
      const workbook: WorkbookModel = {
        ...newWorkbook(name, options.timeZone ?? host.timeZone),
        id: key,
      };
      const runtime: Runtime = {
        ...freshRuntimeState(workbook),
        now: host.now,
        advance: () => undefined,
        customFunctionNames: () => [],
        callCustomFunction: (fn) => {
          throw new Error(`Unknown function: '${fn}'.`);
        },
        // The athlete's file is theirs: anything the add-on's code tries to write there fails the
        // test that ran it.
        readOnly: (method) =>
          host.addonRunning()
            ? `Emulator: "${name}" is an athlete's own file; Strong Enough must never write to it (${method}).`
            : null,
        afterWrite: () => host.changed(),
      };
      const facade = createSpreadsheetApp(runtime, () => {
        throw new Error('Emulator: a linked file has no user interface here');
      });
      const file: LinkedFile = {
        key,
        url: `https://docs.google.com/spreadsheets/d/${key}/edit`,
        name,
        spreadsheet: facade.spreadsheet,
        workbook,
        shared: options.shared ?? true,
        calls: () => sortedCounts(runtime.calls),
      };
      files.set(key, { file, facade });
      return file;
    },
    find: (urlOrKey) => entry(urlOrKey)?.file ?? null,
    allow(urlOrKey) {
      const found = entry(urlOrKey);
      if (!found) throw new Error(`Emulator: no linked file at "${urlOrKey}"`);
      if (!found.file.shared) {
        throw new Error(
          `Emulator: "${found.file.name}" is not shared with the coach: nothing to allow`,
        );
      }
      allowed.add(found.file.key);
      host.changed();
    },
    allowed: (urlOrKey) => {
      const key = spreadsheetKey(urlOrKey);
      return key !== null && allowed.has(key);
    },
    importRange(url, range) {
      const key = spreadsheetKey(typeof url === 'string' ? url : String(url ?? ''));
      if (key === null) return { error: '#REF!', message: NOT_FOUND_MESSAGE };
      const found = files.get(key);
      if (!found?.file.shared) return { error: '#REF!', message: NO_PERMISSION_MESSAGE };
      if (!allowed.has(key)) return { error: '#REF!', message: CONNECT_MESSAGE };
      return readRange(found.facade, found.file.workbook, String(range ?? ''));
    },
  };
}
