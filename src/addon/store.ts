/**
 * What the add-on keeps in document properties: settings, the last log read and a revision token.
 * Where its Status column and sheets are is not kept here: they are found afresh in the sheet on
 * every action (ours.ts), so the coach's edits never leave a stale record behind.
 */
import type { Settings } from './api-types';
import { type ReadSettings, readSettings, SETTINGS_KEY, settingsJson } from './settings';

const documentProperties = () => PropertiesService.getDocumentProperties();

export function loadSettings(): ReadSettings {
  return readSettings(documentProperties().getProperty(SETTINGS_KEY));
}

export function storeSettings(settings: Settings): void {
  documentProperties().setProperty(SETTINGS_KEY, settingsJson(settings));
}

const LAST_LOG_KEY = 'strongEnough.lastLogSheet';

/** The sheet last read as the log: used when the coach is on one of our own sheets. */
export function lastLogSheet(): string | null {
  return documentProperties().getProperty(LAST_LOG_KEY);
}

export function rememberLogSheet(name: string): void {
  const store = documentProperties();
  if (store.getProperty(LAST_LOG_KEY) !== name) store.setProperty(LAST_LOG_KEY, name);
}

const REVISION_KEY = 'strongEnough.revision';

/**
 * A token that changes with every Strong Enough write (menu, sidebar or import dialog), so an open
 * sidebar can notice a change with one cheap property read and no Spreadsheet call.
 */
export function currentRevision(): string {
  return documentProperties().getProperty(REVISION_KEY) ?? '';
}

export function bumpRevision(): void {
  documentProperties().setProperty(
    REVISION_KEY,
    `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`,
  );
}
