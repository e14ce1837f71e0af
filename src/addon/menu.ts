/**
 * The add-on menu and what each item does. onOpen only builds the menu: in AuthMode.NONE (installed
 * but not yet used in this file) an add-on may not read properties or sheets, and a menu is all a
 * coach needs at that point anyway.
 */
import { applyHighlights, buildDashboard, removeHighlights, runAudit } from './actions';
import { checkSpreadsheet } from './check';
import { plainMessage } from './guard';
import { linkAthleteLogs, unlinkAthleteLogs } from './linked';

export const ADDON_TITLE = 'Strong Enough';

/** Menu labels → the global function each calls (the build makes them top-level). */
export const MENU_ITEMS: readonly (readonly [string, string] | null)[] = [
  ['Open sidebar', 'showSidebar'],
  null,
  ['Apply highlights', 'menuApplyHighlights'],
  ['Remove highlights', 'menuRemoveHighlights'],
  ['Build dashboard', 'menuBuildDashboard'],
  ['Audit program', 'menuAuditProgram'],
  ['Import workout CSV', 'showImportDialog'],
  null,
  ["Link athletes' logs", 'menuLinkAthleteLogs'],
  ['Remove linked logs', 'menuUnlinkAthleteLogs'],
  null,
  ['Help', 'menuHelp'],
  ['Check this spreadsheet', 'menuCheckSpreadsheet'],
];

export const HELP_TEXT = [
  "Every sheet whose header row reads as a training log is a log: one shared log with an Athlete column, or a tab per athlete (no Athlete column: the tab's name is the athlete, changeable in the sidebar). Every action covers them all.",
  'Apply highlights adds a Status column beside each log with one formula, and colours the rows: amber for stale lifts, green once a target is reached, light blue for a new best (a lift’s first session is its baseline and stays uncoloured). It updates as you log.',
  'Remove highlights takes away exactly what Apply added.',
  'Targets live in the "Targets" sheet (exercise, multiple of bodyweight): edit them there or in the sidebar.',
  'Build dashboard makes a "Strength dashboard" sheet: what needs attention first, charts for up to 12 athletes (those needing attention first), each athlete\'s key lifts coloured by status, and the program audit. The charts\' numbers are on the "Strength dashboard data" sheet.',
  "Audit program checks each athlete's last weeks against the five gym mistakes runners make, and opens the sidebar on the findings, athlete by athlete.",
  "Check this spreadsheet compares what the Status column shows with what Strong Enough computes from the same cells, names the spreadsheet's and the script's time zones, and checks that the script's runtime has what Strong Enough needs.",
  'Link athletes\' logs brings in logs athletes keep in their own files: list each athlete and the link to the log they shared with you on the "Linked logs" sheet (the first run makes it), run it again, then click Allow access once in each new tab\'s A1. The tabs are read-only copies; their files are never changed. Remove linked logs takes the tabs away.',
  "Import workout CSV brings a Strong or Hevy export (or a CSV of your log's layout) into the athlete's tab, a new tab for them or the shared log, with the athlete's bodyweight if you give it.",
].join('\n\n');

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** The view the sidebar opens on; read by the sidebar after its first load (App.tsx). */
export type SidebarView = 'attention' | 'audit';

/**
 * Opens the sidebar (or reopens it on another view). The view travels as one trusted line appended
 * to our own HTML; HtmlOutput.append adds trusted content:
 * https://developers.google.com/apps-script/reference/html/html-output#append(String)
 */
export function openSidebar(view: SidebarView): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  if (view !== 'attention') {
    html.append(`<script>window.strongEnoughView=${JSON.stringify(view)}</script>`);
  }
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The menu's Open sidebar (a menu handler takes no arguments). */
export function showSidebar(): void {
  openSidebar('attention');
}

export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Import workout CSV');
}

/** Runs a menu action and tells the coach the outcome in an alert; failures too, in plain words. */
function report(run: () => string, title = ADDON_TITLE): void {
  let message: string;
  try {
    message = run();
  } catch (error) {
    message = plainMessage(error);
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export const menuApplyHighlights = (): void => report(applyHighlights);
export const menuRemoveHighlights = (): void => report(removeHighlights);
export const menuBuildDashboard = (): void => report(buildDashboard);
/**
 * The program audit opens in the sidebar, per athlete (mistake, evidence, what to do), not in an
 * alert: forty athletes' findings are far too long for one. A log that cannot be audited still
 * says why in an alert.
 */
export function menuAuditProgram(): void {
  try {
    runAudit();
  } catch (error) {
    report(() => {
      throw error;
    }, 'Program audit');
    return;
  }
  openSidebar('audit');
}
export const menuLinkAthleteLogs = (): void => report(linkAthleteLogs, "Link athletes' logs");
export const menuUnlinkAthleteLogs = (): void => report(unlinkAthleteLogs, 'Remove linked logs');
export const menuHelp = (): void => report(() => HELP_TEXT, 'Strong Enough help');
export const menuCheckSpreadsheet = (): void => report(checkSpreadsheet, 'Check this spreadsheet');
