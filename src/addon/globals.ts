/**
 * Every function Apps Script must see at top level besides the custom functions: simple triggers,
 * menu handlers (reached only by name from a menu) and sidebar endpoints (reached only through
 * google.script.run). The build writes a top-level wrapper for each key, so this is the one list.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open Strong Enough', 'showSidebar').addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Strong Enough');
  SpreadsheetApp.getUi().showSidebar(html);
}

export const ADDON_GLOBALS = { onOpen, onInstall, showSidebar };
