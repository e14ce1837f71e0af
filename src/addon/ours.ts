/**
 * Find, don't remember: what the add-on made in the coach's spreadsheet is found afresh on every
 * action, in a way that follows the coach's edits. Sheets' developer metadata stays with its sheet
 * through renames and moves, and with its row or column when rows and columns are inserted, deleted
 * or moved around it (and goes when they are deleted):
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * https://developers.google.com/sheets/api/guides/metadata ("the metadata is associated with the
 * row or column … moves with it").
 *
 * Our tags all have the key OUR_KEY; the value says what is tagged: the Targets and dashboard sheets
 * (sheet metadata), the Status and Import key columns of a log (column metadata). A sheet that only
 * carries one of our names is not ours: ours are the tagged ones (or, for spreadsheets from before
 * the tags, one that holds exactly what we write there, adopted by the next write).
 */
import { columnLetter } from './a1';
import { CHART_DATA_SHEET, DASHBOARD_SHEET } from './plan-dashboard';
import { TARGETS_SHEET } from './plan-highlights';
import { LINKED_ROSTER_SHEET } from './plan-linked';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OUR_KEY = 'strongEnough';
/** The key of a linked tab's tag (linked.ts); its value says whose file and which range it reads. */
export const LINK_KEY = 'strongEnoughLink';

export type OurSheetRole = 'targets' | 'dashboard' | 'chartData' | 'linkedRoster';
/**
 * `inserted`: a column Apply inserted because the sheet had no room for Status (a trimmed sheet, a
 * linked tab filled to its last column); Remove deletes it again while it is still blank.
 */
export type OurColumnRole = 'status' | 'importKey' | 'inserted';

/** The name each of our sheets gets when it is free; otherwise "Targets (Strong Enough)", … */
export const OUR_SHEET_NAMES: Readonly<Record<OurSheetRole, string>> = {
  targets: TARGETS_SHEET,
  dashboard: DASHBOARD_SHEET,
  chartData: CHART_DATA_SHEET,
  linkedRoster: LINKED_ROSTER_SHEET,
};

export interface OurSheets {
  readonly targets: Sheet | null;
  readonly dashboard: Sheet | null;
  /** The dashboard's chart data (Strength dashboard data). */
  readonly chartData: Sheet | null;
  /** The coach's list of athletes' own files (Linked logs), when the add-on has made it. */
  readonly linkedRoster: Sheet | null;
  /** Every linked tab's tag (LINK_KEY): its value and its sheet, read by linked.ts. */
  readonly linkTags: readonly { readonly value: string | null; readonly sheet: Sheet }[];
}

const locationType = () => SpreadsheetApp.DeveloperMetadataLocationType;

/**
 * Every sheet tagged as ours, and every linked tab, in one finder call (every sheet-level tag, our
 * two keys picked out here); the first of each role counts.
 */
export function findOurSheets(ss: Spreadsheet): OurSheets {
  const found = ss.createDeveloperMetadataFinder().withLocationType(locationType().SHEET).find();
  let targets: Sheet | null = null;
  let dashboard: Sheet | null = null;
  let chartData: Sheet | null = null;
  let linkedRoster: Sheet | null = null;
  const linkTags: { value: string | null; sheet: Sheet }[] = [];
  for (const m of found) {
    const key = m.getKey();
    if (key === LINK_KEY) {
      const sheet = m.getLocation().getSheet();
      if (sheet) linkTags.push({ value: m.getValue(), sheet });
      continue;
    }
    if (key !== OUR_KEY) continue;
    const role = m.getValue();
    if (role === 'targets' && targets === null) targets = m.getLocation().getSheet();
    if (role === 'dashboard' && dashboard === null) dashboard = m.getLocation().getSheet();
    if (role === 'chartData' && chartData === null) chartData = m.getLocation().getSheet();
    if (role === 'linkedRoster' && linkedRoster === null) linkedRoster = m.getLocation().getSheet();
  }
  return { targets, dashboard, chartData, linkedRoster, linkTags };
}

/** Our columns on one sheet (1-based), in one finder call. */
export interface OurColumns {
  readonly status: number | null;
  readonly importKey: number | null;
  /**
   * The rightmost column Apply inserted for Status (a coach may have dragged an earlier one into
   * the log), which Remove takes away again when it is still the sheet's last column and blank.
   */
  readonly inserted: number | null;
  /** Every tag found, so a move or Remove can take the old one away. */
  readonly tags: readonly GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
}

export function findOurColumns(sheet: Sheet): OurColumns {
  const tags = sheet
    .createDeveloperMetadataFinder()
    .withKey(OUR_KEY)
    .withLocationType(locationType().COLUMN)
    .find();
  let status: number | null = null;
  let importKey: number | null = null;
  let inserted: number | null = null;
  for (const m of tags) {
    const column = m.getLocation().getColumn()?.getColumn() ?? null;
    if (column === null) continue;
    if (m.getValue() === 'status' && status === null) status = column;
    if (m.getValue() === 'importKey' && importKey === null) importKey = column;
    if (m.getValue() === 'inserted') inserted = Math.max(inserted ?? 0, column);
  }
  return { status, importKey, inserted, tags };
}

/** Tags a whole column of the sheet as ours (developer metadata goes on whole rows or columns). */
export function tagColumn(sheet: Sheet, column: number, role: OurColumnRole): void {
  const letter = columnLetter(column);
  sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(OUR_KEY, role);
}

export function tagSheet(sheet: Sheet, role: OurSheetRole): void {
  sheet.addDeveloperMetadata(OUR_KEY, role);
}

/**
 * Removes our tags of the roles given from the tags found (e.g. the old Status column after a
 * move), in one pass: a removed tag's handle can no longer be read.
 */
export function untag(
  tags: readonly GoogleAppsScript.Spreadsheet.DeveloperMetadata[],
  ...roles: OurColumnRole[]
): void {
  for (const m of tags) if (roles.includes(m.getValue() as OurColumnRole)) m.remove();
}

/**
 * A free name for a new sheet of ours: the usual one, or "Targets (Strong Enough)" when the coach
 * already has a sheet called "Targets", then "Targets (Strong Enough 2)", …
 */
export function freeSheetName(ss: Spreadsheet, role: OurSheetRole): string {
  const base = OUR_SHEET_NAMES[role];
  const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base} (Strong Enough)` : `${base} (Strong Enough ${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
