/** What the add-on keeps in document properties: settings and the record of applied highlights. */
import type { Settings } from './api-types';
import type { HighlightRecord } from './plan-highlights';
import { type ReadSettings, readSettings, SETTINGS_KEY, settingsJson } from './settings';

const RECORD_PREFIX = 'strongEnough.highlights.';

const documentProperties = () => PropertiesService.getDocumentProperties();

export function loadSettings(): ReadSettings {
  return readSettings(documentProperties().getProperty(SETTINGS_KEY));
}

export function storeSettings(settings: Settings): void {
  documentProperties().setProperty(SETTINGS_KEY, settingsJson(settings));
}

/** The record of what Apply added to a sheet, or null (also when unreadable: nothing to trust). */
export function loadRecord(sheetName: string): HighlightRecord | null {
  const text = documentProperties().getProperty(RECORD_PREFIX + sheetName);
  if (!text) return null;
  try {
    const record = JSON.parse(text) as HighlightRecord;
    return record && record.version === 1 && record.sheet === sheetName ? record : null;
  } catch {
    return null;
  }
}

export function storeRecord(record: HighlightRecord): void {
  documentProperties().setProperty(RECORD_PREFIX + record.sheet, JSON.stringify(record));
}

export function deleteRecord(sheetName: string): void {
  documentProperties().deleteProperty(RECORD_PREFIX + sheetName);
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
