/**
 * createEmulator: an in-memory Google Sheets with the Apps Script services the add-on uses, ready to
 * run dist/ exactly as pushed. See scripts/emulator/README.md for the API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { types } from 'node:util';
import type vm from 'node:vm';
import {
  DIST_DIR,
  hideNewerBuiltIns,
  loadDist,
  pushOrder,
  readManifest,
} from '../apps-script-runtime';
import { parseRef, splitSheet } from './a1';
import { type CellErrorValue, type Computed, isErrorValue } from './engine';
import { createLinkedFiles, type LinkedFile, type LinkedFileOptions } from './importrange';
import { newWorkbook, type SheetModel, type WorkbookModel } from './model';
import { type RenderedSheet, type RenderOptions, renderSheet } from './render';
import {
  type AuthMode,
  ensureEngine,
  enumOf,
  freshRuntimeState,
  type Runtime,
  sortedCounts,
  wrap,
} from './runtime';
import {
  type CacheStores,
  createCacheService,
  createHtmlService,
  createLockService,
  createLogger,
  createPropertiesService,
  createSession,
  createUi,
  createUtilities,
  type LockStates,
  newCacheStores,
  newLockStates,
  newPropertyStores,
  newUiRecord,
  type PropertyStores,
  type UiRecord,
} from './services';
import { ChartType, createSpreadsheetApp } from './spreadsheet';
import { checkTimeZone } from './time';

export interface EmulatorOptions {
  /** The dist/ folder to run (default: the project's dist/). */
  readonly dist?: string;
  /** The spreadsheet's time zone (default: appsscript.json's timeZone, else Etc/UTC). */
  readonly timeZone?: string;
  /** The spreadsheet's name. */
  readonly name?: string;
  /** The active user's email. */
  readonly user?: string;
  /** Start of the emulator's clock (frozen until advanced); default: the real time now. */
  readonly now?: Date | number;
  /** Title of the add-on menu (createAddonMenu). */
  readonly addonName?: string;
  /**
   * true: run dist/ without the built-ins newer than Apps Script's V8 is known to have
   * (NEWER_BUILT_INS): they are deleted from the context before dist/ loads, and from this
   * realm's own built-ins while a dist function runs (arrays the services hand back, like
   * getValues(), come from this realm).
   */
  readonly baseline?: boolean;
}

export interface Clock {
  now(): Date;
  set(at: Date | number): void;
  advance(ms: number): void;
}

export interface Emulator {
  /** The globals Apps Script provides; hand them to loadDist (load() does it for you). */
  readonly globals: Record<string, unknown>;
  /** Loads dist/ into one V8 context (push order) and registers its custom functions. */
  load(): vm.Context;
  /** The loaded context (null before load()). */
  readonly context: vm.Context | null;
  /** The active spreadsheet, as SpreadsheetApp.getActiveSpreadsheet() returns it. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The workbook as plain data (sheets, values, rules, protections, charts, metadata). */
  readonly workbook: WorkbookModel;
  readonly ui: UiRecord;
  readonly logs: string[];
  readonly properties: PropertyStores;
  readonly cache: CacheStores;
  readonly locks: LockStates;
  readonly clock: Clock;
  /**
   * Service calls so far, e.g. {"Range.getValues": 3, "Sheet.getRange": 5}. Calls made inside a
   * custom function's recalculation are not here (see recalculationCalls).
   */
  calls(): Record<string, number>;
  /** Service calls made by custom functions while recalculating (their own executions in Sheets). */
  recalculationCalls(): Record<string, number>;
  /** Resets both counters. */
  resetCalls(): void;
  /** Calls a top-level dist function as the active user does (menu item, google.script.run). */
  run(name: string, ...args: unknown[]): unknown;
  /** Runs onOpen as Sheets does when the file opens (AuthMode.LIMITED by default). */
  open(authMode?: AuthMode): void;
  /** Names of the custom functions registered from the bundle. */
  customFunctions(): readonly string[];
  /** Sets a value or formula by A1 ("Log!B2"); returns nothing; counts no calls. */
  set(a1: string, value: unknown): void;
  /** The value a script would read at an A1 cell, without counting calls. */
  get(a1: string): unknown;
  /** The error and its message at a cell, or null when the cell is not an error. */
  errorAt(a1: string): CellErrorValue | null;
  /** Display text and effective colours of a sheet (conditional formatting applied). */
  render(sheetName: string, options?: RenderOptions): RenderedSheet;
  /**
   * A new sheet exactly the size of `rows` (as File → Import → "Insert new sheet" makes from a CSV:
   * no empty column to its right, no empty row below), its text converted as typed (Import's
   * default "Convert text to numbers, dates, and formulas"). It becomes the active sheet. No calls
   * are counted.
   */
  importSheet(
    name: string,
    rows: readonly (readonly unknown[])[],
  ): GoogleAppsScript.Spreadsheet.Sheet;
  /**
   * Another spreadsheet (an athlete's own log) that `IMPORTRANGE(file.url, "Sheet!A1:Z")` in the
   * active spreadsheet reads once access is allowed (importrange.ts). The test edits it through
   * `file.spreadsheet` as its owner; any write to it while a dist function runs throws.
   */
  linkFile(options?: LinkedFileOptions): LinkedFile;
  /** The coach's one click on "Allow access" in an IMPORTRANGE cell (by the file's URL or key). */
  allowAccess(urlOrKey: string): void;
  /** Whether access to that file was allowed. */
  accessAllowed(urlOrKey: string): boolean;
  /** The linked file at that URL or key, if one was added. */
  linkedFile(urlOrKey: string): LinkedFile | null;
}

const CUSTOM_FUNCTION_DOC =
  /\/\*\*(?:(?!\*\/)[\s\S])*?@customfunction(?:(?!\*\/)[\s\S])*?\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

/** Top-level functions whose JSDoc says @customfunction, as Sheets discovers them. */
export function customFunctionNames(dist: string): string[] {
  const names: string[] = [];
  for (const file of pushOrder(dist)) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(CUSTOM_FUNCTION_DOC)) names.push(m[1]!);
  }
  return names;
}

/** A Date constructor for the script context whose "now" is the emulator's clock. */
function clockDate(now: () => number): DateConstructor {
  const Host = Date;
  function EmulatedDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new Host(now()).toString();
    return args.length === 0
      ? new Host(now())
      : new (Host as unknown as new (...a: unknown[]) => Date)(...args);
  }
  EmulatedDate.prototype = Host.prototype;
  Object.assign(EmulatedDate, { now, UTC: Host.UTC, parse: Host.parse });
  // Dates made anywhere (tests, another realm) are Dates to the bundle's `instanceof Date`.
  Object.defineProperty(EmulatedDate, Symbol.hasInstance, {
    value: (v: unknown) => types.isDate(v),
  });
  return EmulatedDate as unknown as DateConstructor;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const dist = options.dist ?? DIST_DIR;
  const manifest = readManifest(dist);
  const scriptTimeZone = typeof manifest.timeZone === 'string' ? manifest.timeZone : 'Etc/UTC';
  const timeZone = checkTimeZone(options.timeZone ?? scriptTimeZone);
  const workbook = newWorkbook(options.name ?? 'Training log', timeZone);
  let time = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  let context: vm.Context | null = null;
  let customNames: string[] = [];
  const byUpperName = new Map<string, string>();

  const runtime: Runtime = {
    ...freshRuntimeState(workbook),
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    customFunctionNames: () => [...byUpperName.keys()],
    callCustomFunction(name, args) {
      const global = byUpperName.get(name) ?? name;
      const fn = context?.[global];
      if (typeof fn !== 'function') throw new Error(`Unknown function: '${name}'.`);
      const saved = { customFunction: runtime.customFunction, authMode: runtime.authMode };
      runtime.customFunction = global;
      runtime.authMode = 'CUSTOM_FUNCTION';
      try {
        return fn(...args);
      } finally {
        runtime.customFunction = saved.customFunction;
        runtime.authMode = saved.authMode;
      }
    },
  };

  let addonRunning = 0;
  const linkedFiles = createLinkedFiles({
    timeZone,
    now: () => time,
    addonRunning: () => addonRunning > 0,
    changed: () => runtime.engine?.refreshImports(),
  });
  runtime.importRange = (url, range) => linkedFiles.importRange(url, range);
  const scopes = Array.isArray(manifest.oauthScopes) ? (manifest.oauthScopes as string[]) : [];
  const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

  const ui = newUiRecord();
  const logs: string[] = [];
  const properties = newPropertyStores();
  const cache = newCacheStores();
  const locks = newLockStates();
  const uiService = createUi(runtime, ui, options.addonName ?? 'Strong Enough');
  const sheets = createSpreadsheetApp(runtime, () => uiService, {
    // Opening another file needs the full spreadsheets scope (read-only at least); with only
    // spreadsheets.currentonly Apps Script refuses, naming the scope it would need:
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyurlurl
    open(method, urlOrId) {
      if (!scopes.some((s) => s === SPREADSHEETS_SCOPE || s === `${SPREADSHEETS_SCOPE}.readonly`)) {
        throw new Error(
          `Exception: You do not have permission to call SpreadsheetApp.${method}. Required permissions: ${SPREADSHEETS_SCOPE}`,
        );
      }
      const file = linkedFiles.find(urlOrId);
      if (!file?.shared) {
        throw new Error('Exception: You do not have permission to access the requested document.');
      }
      return file.spreadsheet;
    },
  });

  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheets.app,
    HtmlService: createHtmlService(runtime, dist),
    PropertiesService: createPropertiesService(runtime, properties),
    LockService: createLockService(runtime, locks),
    CacheService: createCacheService(runtime, cache),
    Session: createSession(runtime, scriptTimeZone, options.user ?? 'coach@example.com'),
    Utilities: createUtilities(runtime),
    Logger: createLogger(runtime, logs),
    Charts: wrap(runtime, 'Charts', { ChartType }),
    ScriptApp: wrap(runtime, 'ScriptApp', {
      AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
      getScriptId: () => 'emulated-script',
    }),
    Date: clockDate(() => time),
  };

  const withoutCounting = <T>(fn: () => T): T => {
    const saved = [runtime.calls, runtime.recalculationCalls].map((m) => [m, new Map(m)] as const);
    try {
      return fn();
    } finally {
      for (const [live, before] of saved) {
        live.clear();
        for (const [k, v] of before) live.set(k, v);
      }
    }
  };

  const locate = (a1: string): { sheet: SheetModel; row0: number; col0: number } => {
    const { sheetName, ref } = splitSheet(a1);
    const sheet =
      sheetName === null
        ? (workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? workbook.sheets[0]!)
        : workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet named "${sheetName}"`);
    const grid = parseRef(ref, sheet.maxRows, sheet.maxColumns);
    return { sheet, row0: grid.row - 1, col0: grid.column - 1 };
  };

  /** Runs `fn` with this realm's newer built-ins hidden when the emulator is a baseline one. */
  const asBaseline = <T>(fn: () => T): T => {
    if (!options.baseline) return fn();
    const restore = hideNewerBuiltIns(globalThis as unknown as Record<string, unknown>);
    try {
      return fn();
    } finally {
      restore();
    }
  };

  const run = (name: string, authMode: AuthMode, args: unknown[]): unknown => {
    if (!context) throw new Error('Emulator: call load() before running dist functions');
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const saved = runtime.authMode;
    runtime.authMode = authMode;
    addonRunning++;
    try {
      return asBaseline(() => fn(...args));
    } finally {
      addonRunning--;
      runtime.authMode = saved;
      // Apps Script releases an execution's locks when it ends.
      for (const state of Object.values(locks)) state.mine = false;
    }
  };

  return {
    globals,
    load() {
      context = loadDist(globals, dist, { baseline: options.baseline === true });
      const fromBundle = (context as { StrongEnough?: { functions?: Record<string, unknown> } })
        .StrongEnough?.functions;
      customNames = [
        ...new Set([...customFunctionNames(dist), ...Object.keys(fromBundle ?? {})]),
      ].filter((name) => typeof context?.[name] === 'function');
      byUpperName.clear();
      for (const name of customNames) byUpperName.set(name.toUpperCase(), name);
      if (runtime.engine) {
        runtime.engine = null;
        ensureEngine(runtime);
      }
      return context;
    },
    get context() {
      return context;
    },
    spreadsheet: sheets.spreadsheet,
    workbook,
    ui,
    logs,
    properties,
    cache,
    locks,
    clock: {
      now: () => new Date(time),
      set: (at) => {
        time = new Date(at).getTime();
      },
      advance: (ms) => {
        time += ms;
      },
    },
    calls: () => sortedCounts(runtime.calls),
    recalculationCalls: () => sortedCounts(runtime.recalculationCalls),
    resetCalls: () => {
      runtime.calls.clear();
      runtime.recalculationCalls.clear();
    },
    run: (name, ...args) => run(name, 'FULL', args),
    open(authMode = 'LIMITED') {
      const event: Record<string, unknown> = { authMode };
      if (authMode !== 'NONE') {
        event.source = sheets.spreadsheet;
        event.user = options.user ?? 'coach@example.com';
      }
      run('onOpen', authMode, [event]);
    },
    customFunctions: () => [...customNames],
    set(a1, value) {
      const { sheet, row0, col0 } = locate(a1);
      asBaseline(() =>
        withoutCounting(() =>
          sheets
            .rangeFacade(sheet, { row: row0 + 1, column: col0 + 1, numRows: 1, numColumns: 1 })
            .setValue(value),
        ),
      );
    },
    get(a1) {
      const { sheet, row0, col0 } = locate(a1);
      return asBaseline(() => sheets.cellValue(sheet, row0, col0));
    },
    errorAt(a1) {
      const { sheet, row0, col0 } = locate(a1);
      const v: Computed = asBaseline(() => sheets.computed(sheet, row0, col0));
      return isErrorValue(v) ? v : null;
    },
    importSheet(name, rows) {
      const height = Math.max(1, rows.length);
      const width = Math.max(1, ...rows.map((r) => r.length));
      return withoutCounting(() => {
        const sheet = sheets.spreadsheet.insertSheet(name);
        const model = workbook.sheets.find((s) => s.id === sheet.getSheetId())!;
        model.maxRows = height;
        model.maxColumns = width;
        if (rows.length > 0) {
          const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
          sheet.getRange(1, 1, height, width).setValues(grid);
        }
        return sheet;
      });
    },
    linkFile: (fileOptions = {}) => linkedFiles.add(fileOptions),
    allowAccess: (urlOrKey) => linkedFiles.allow(urlOrKey),
    accessAllowed: (urlOrKey) => linkedFiles.allowed(urlOrKey),
    linkedFile: (urlOrKey) => linkedFiles.find(urlOrKey),
    render(sheetName, renderOptions) {
      const sheet = workbook.sheets.find((s) => s.name === sheetName);
      if (!sheet) throw new Error(`Emulator: no sheet named "${sheetName}"`);
      return renderSheet(runtime, sheet, sheets.computed, sheets.bounds(sheet), renderOptions);
    },
  };
}
