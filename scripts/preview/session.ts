/**
 * The preview's state around one emulator: which sidebar, dialog and alerts are showing, a revision
 * number that moves whenever the workbook changed, and the calls the page makes (menu items,
 * google.script.run, cell edits). HTTP-free, so tests can drive it directly as well.
 */
import type { Emulator } from '../emulator/emulator';
import type { HtmlRecord, MenuEntry, MenuRecord } from '../emulator/services';
import { type GridJson, sheetGrid } from './grid';
import { illegalReturnMessage, wireCopy } from './wire';

export interface PanelState {
  readonly title: string;
  /** Moves each time the script shows a new one, so the page reloads the iframe. */
  readonly version: number;
  readonly width: number | null;
  readonly height: number | null;
}

export interface AlertState {
  readonly id: number;
  readonly title: string;
  readonly message: string;
}

export interface MenuItemJson {
  readonly label: string;
  readonly functionName: string;
}

export type MenuEntryJson = MenuItemJson | { readonly separator: true };

export interface MenuJson {
  readonly title: string;
  /** True for the add-on menu (Extensions › title). */
  readonly addon: boolean;
  readonly items: MenuEntryJson[];
}

export interface PreviewState {
  readonly title: string;
  readonly spreadsheet: string;
  readonly revision: number;
  readonly sheets: string[];
  readonly activeSheet: string;
  readonly menus: MenuJson[];
  readonly sidebar: PanelState | null;
  readonly dialog: PanelState | null;
  readonly alerts: AlertState[];
}

/** What a call from the page gets back. */
export type CallAnswer =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly wrote: boolean;
      readonly revision: number;
    }
  | {
      readonly ok: false;
      readonly error: { readonly message: string };
      readonly wrote: boolean;
      readonly revision: number;
    };

export interface PreviewSession {
  readonly emulator: Emulator;
  state(): PreviewState;
  /** The sheet as drawn: a window of rows from `first` (default 1), and the frozen rows. */
  grid(sheet: string, first?: number): GridJson;
  /** A menu item: runs the global by name, as Sheets does (no arguments). */
  runMenu(functionName: string): CallAnswer;
  /** google.script.run: runs the global with the page's arguments; the return value must be plain. */
  callServer(name: string, args: unknown[]): CallAnswer;
  /** The coach typing into a cell: text as typed ("=…" is a formula, "12" a number). */
  edit(a1: string, input: string): CallAnswer;
  activate(sheet: string): void;
  /**
   * The coach's click on "Allow access" in the #REF! popup of an IMPORTRANGE cell: access to the
   * file its formula names (emulator.allowAccess), and every import from it recalculates.
   */
  allowAccess(a1: string): CallAnswer;
  dismissAlert(id: number): void;
  close(kind: 'sidebar' | 'dialog'): void;
  /** The HTML of the sidebar or dialog showing, or null. */
  html(kind: 'sidebar' | 'dialog'): string | null;
}

export const PREVIEW_TITLE = 'Strong Enough';

/** Classes and method prefixes that change the workbook (mirrors the emulator's read-only check). */
const WRITING_CLASS = /^(Spreadsheet|Sheet|Range|Protection|DeveloperMetadata|EmbeddedChart)\./;
const WRITING_METHOD =
  /\.(set|insert|delete|clear|remove|add|append|protect|hide|show|sort|merge|auto|move|duplicate|copy|update|activate|rename|uncheck|check)/;

function writeCount(calls: Record<string, number>): number {
  let total = 0;
  for (const [name, count] of Object.entries(calls)) {
    if (WRITING_CLASS.test(name) && WRITING_METHOD.test(name)) total += count;
  }
  return total;
}

const message = (error: unknown): string =>
  error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);

function menuJson(menu: MenuRecord): MenuJson {
  const items: MenuEntryJson[] = [];
  const add = (entries: readonly MenuEntry[]) => {
    for (const entry of entries) {
      if ('separator' in entry) items.push({ separator: true });
      else if ('subMenu' in entry) add(entry.subMenu.items);
      else items.push({ label: entry.caption, functionName: entry.functionName });
    }
  };
  add(menu.items);
  return { title: menu.title, addon: menu.addon, items };
}

/** Apps Script will not run a private function (trailing underscore) from the client. */
const isCallable = (name: string): boolean => /^[A-Za-z$][\w$]*$/.test(name) && !name.endsWith('_');

export function createPreviewSession(emulator: Emulator): PreviewSession {
  let revision = 0;
  let version = 0;
  let nextAlert = 1;
  let sidebar: { record: HtmlRecord; panel: PanelState } | null = null;
  let dialog: { record: HtmlRecord; panel: PanelState } | null = null;
  let alerts: AlertState[] = [];
  const seen = {
    sidebar: emulator.ui.sidebar,
    dialogs: emulator.ui.dialogs.length,
    alerts: emulator.ui.alerts.length,
  };

  const panel = (record: HtmlRecord): PanelState => ({
    title: record.title,
    version: ++version,
    width: record.width,
    height: record.height,
  });

  /** Picks up what the script showed since the last look. */
  const collectUi = () => {
    const ui = emulator.ui;
    if (ui.sidebar && ui.sidebar !== seen.sidebar) {
      sidebar = { record: ui.sidebar, panel: panel(ui.sidebar) };
    }
    seen.sidebar = ui.sidebar;
    const newDialog = ui.dialogs.slice(seen.dialogs).at(-1);
    if (newDialog) dialog = { record: newDialog, panel: panel(newDialog) };
    seen.dialogs = ui.dialogs.length;
    for (const alert of ui.alerts.slice(seen.alerts)) {
      alerts.push({ id: nextAlert++, title: alert.title, message: alert.prompt });
    }
    seen.alerts = ui.alerts.length;
  };

  /** Runs something against the workbook, noting whether it wrote and what it showed. */
  const tracked = (run: () => unknown, check?: (value: unknown) => string | null): CallAnswer => {
    const before = writeCount(emulator.calls());
    let answer: { ok: true; value: unknown } | { ok: false; message: string };
    try {
      const value = run();
      const illegal = check ? check(value) : null;
      answer = illegal ? { ok: false, message: illegal } : { ok: true, value: wireCopy(value) };
    } catch (error) {
      answer = { ok: false, message: message(error) };
    }
    const wrote = writeCount(emulator.calls()) > before;
    if (wrote) revision++;
    collectUi();
    return answer.ok
      ? { ok: true, value: answer.value, wrote, revision }
      : { ok: false, error: { message: answer.message }, wrote, revision };
  };

  const callGlobal = (name: string, args: unknown[]): unknown => {
    if (!isCallable(name)) throw new Error(`Script function not found: ${name}`);
    return emulator.run(name, ...args);
  };

  const activeSheetName = (): string => {
    const wb = emulator.workbook;
    const visible = wb.sheets.filter((s) => !s.hidden);
    return (
      visible.find((s) => s.id === wb.activeSheetId)?.name ??
      visible[0]?.name ??
      wb.sheets[0]?.name ??
      ''
    );
  };

  collectUi();

  return {
    emulator,
    state: () => ({
      title: PREVIEW_TITLE,
      spreadsheet: emulator.workbook.name,
      revision,
      sheets: emulator.workbook.sheets.filter((s) => !s.hidden).map((s) => s.name),
      activeSheet: activeSheetName(),
      menus: emulator.ui.menus.map(menuJson),
      sidebar: sidebar?.panel ?? null,
      dialog: dialog?.panel ?? null,
      alerts: [...alerts],
    }),
    grid: (sheet, first) => sheetGrid(emulator, sheet, undefined, first),
    runMenu: (functionName) => tracked(() => callGlobal(functionName, [])),
    callServer: (name, args) =>
      tracked(
        () => callGlobal(name, args),
        (value) => illegalReturnMessage(name, value),
      ),
    edit(a1, input) {
      const answer = tracked(() => emulator.set(a1, input));
      // emulator.set counts no service calls, so the write is known here rather than from the counts.
      if (answer.ok && !answer.wrote) {
        revision++;
        return { ...answer, wrote: true, revision };
      }
      return answer;
    },
    allowAccess(a1) {
      const answer = tracked(() => {
        const formula = String(
          (emulator.spreadsheet.getRange(a1) as GoogleAppsScript.Spreadsheet.Range).getFormula(),
        );
        const url = /IMPORTRANGE\(\s*"((?:[^"]|"")*)"/i.exec(formula)?.[1]?.replace(/""/g, '"');
        if (url === undefined)
          throw new Error(`${a1} holds no IMPORTRANGE of a file named in quotes.`);
        emulator.allowAccess(url);
      });
      if (answer.ok) revision++;
      return answer.ok ? { ...answer, wrote: true, revision } : answer;
    },
    activate(sheet) {
      const found = emulator.workbook.sheets.find((s) => s.name === sheet);
      if (!found) throw new Error(`There is no sheet named "${sheet}".`);
      emulator.workbook.activeSheetId = found.id;
    },
    dismissAlert(id) {
      alerts = alerts.filter((a) => a.id !== id);
    },
    close(kind) {
      if (kind === 'sidebar') sidebar = null;
      else dialog = null;
    },
    html: (kind) => (kind === 'sidebar' ? sidebar : dialog)?.record.html ?? null,
  };
}
