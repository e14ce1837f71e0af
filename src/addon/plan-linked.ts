/**
 * Athletes' own files, decided without touching Sheets: which rows of the coach's "Linked logs"
 * sheet name an athlete and a shared spreadsheet, the IMPORTRANGE formula that brings each one in,
 * and which linked tabs of ours to add, keep or remove so the tabs match the roster exactly.
 *
 * The athlete's file is read through IMPORTRANGE only (no new OAuth scope: the formula reads with
 * the coach's own access once the coach clicks "Allow access" in the #REF! cell):
 * https://support.google.com/docs/answer/3093340 ("Permission & access").
 */
import { type CellValue, cellText } from '../core/values';
import { formulaString, quotedSheetName } from './a1';

/** The roster sheet's header, written when the add-on makes the sheet. */
export const LINKED_ROSTER_HEADER = [
  'Athlete',
  'Link to their log',
  'Tab or range in their file (optional)',
] as const;
export const LINKED_ROSTER_SHEET = 'Linked logs';
/** What a blank third column means: the first tab of their file, columns A to Z. */
export const DEFAULT_LINKED_RANGE = 'A1:Z';
/** Sheets' limit on a tab's name. */
const MAX_TAB_NAME = 100;

/** One athlete's file as the roster lists it. */
export interface LinkedAthlete {
  readonly athlete: string;
  /** The spreadsheet's key (from the link); the formula is written with the canonical URL. */
  readonly key: string;
  /** IMPORTRANGE's range_string: "[sheet!]range". */
  readonly range: string;
  /** The roster row (1-based), for the coach's messages. */
  readonly row: number;
}

export interface RosterProblem {
  readonly row: number;
  readonly message: string;
}

export interface LinkedRoster {
  readonly athletes: readonly LinkedAthlete[];
  readonly problems: readonly RosterProblem[];
}

/**
 * A spreadsheet's key from what a coach pastes: the share link (…/spreadsheets/d/KEY/edit…, the
 * "u/1/" of a second Google account included) or the key alone. Null for anything else, so text
 * that is not a Sheets link never reaches a formula.
 */
export function spreadsheetKeyOf(text: string): string | null {
  const t = text.trim();
  const inUrl =
    /^(?:https?:\/\/)?docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})(?:[/?#]|$)/.exec(
      t,
    );
  if (inUrl) return inUrl[1]!;
  return /^[A-Za-z0-9_-]{25,}$/.test(t) ? t : null;
}

export const spreadsheetUrl = (key: string): string =>
  `https://docs.google.com/spreadsheets/d/${key}`;

/** "B2", "A1:H", "A:F", "$A$1:$H$40": a cell needs its row, a range its colon ("Log" is a tab). */
const A1_RANGE = /^(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{1,3}\$?\d*)$/;

/**
 * IMPORTRANGE's range_string from the roster's third column: blank → the first tab, A1:Z; a range
 * ("A1:H", "Log!A1:H", "'My log'!A:F") as written; anything else is the name of a tab in their file
 * (read A1:Z there, the name quoted as Sheets quotes sheet names).
 */
export function linkedRange(text: string): string {
  const t = text.trim();
  if (t === '') return DEFAULT_LINKED_RANGE;
  const bang = t.lastIndexOf('!');
  if (A1_RANGE.test(t)) return t;
  if (bang > 0 && A1_RANGE.test(t.slice(bang + 1).trim())) return t;
  return `${quotedSheetName(t)}!${DEFAULT_LINKED_RANGE}`;
}

/** The formula in A1 of a linked tab: the athlete's file, read-only, by IMPORTRANGE. */
export function importRangeFormula(link: Pick<LinkedAthlete, 'key' | 'range'>): string {
  return `=IMPORTRANGE(${formulaString(spreadsheetUrl(link.key))},${formulaString(link.range)})`;
}

const isHeaderRow = (row: readonly CellValue[]): boolean =>
  /^athlete/i.test(cellText(row[0])) && /link|url|file|log/i.test(cellText(row[1]));

/**
 * The roster's rows: athlete, link, optional tab or range. The header row and blank rows are
 * skipped; a row with a name but no usable link, or an athlete listed twice, is a problem named
 * by its row (the other rows still link).
 */
export function readLinkedRoster(rows: readonly (readonly CellValue[])[]): LinkedRoster {
  const athletes: LinkedAthlete[] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (i === 0 && isHeaderRow(row)) return;
    const athlete = cellText(row[0]).replace(/\s+/g, ' ');
    const link = cellText(row[1]);
    const rowNumber = i + 1;
    if (athlete === '' && link === '') return;
    if (athlete === '') {
      problems.push({ row: rowNumber, message: `Row ${rowNumber} has a link but no athlete.` });
      return;
    }
    if (athlete.length > MAX_TAB_NAME) {
      problems.push({
        row: rowNumber,
        message: `Row ${rowNumber}: the athlete's name is longer than ${MAX_TAB_NAME} characters.`,
      });
      return;
    }
    const key = spreadsheetKeyOf(link);
    if (key === null) {
      problems.push({
        row: rowNumber,
        message:
          link === ''
            ? `Row ${rowNumber} (${athlete}) has no link yet: paste the link to their shared log.`
            : `Row ${rowNumber} (${athlete}): "${link.slice(0, 80)}" is not a link to a Google Sheets file.`,
      });
      return;
    }
    const same = seen.get(athlete.toLowerCase());
    if (same !== undefined) {
      problems.push({
        row: rowNumber,
        message: `Row ${rowNumber}: ${athlete} is already listed in row ${same}; this row is left out.`,
      });
      return;
    }
    seen.set(athlete.toLowerCase(), rowNumber);
    athletes.push({ athlete, key, range: linkedRange(cellText(row[2])), row: rowNumber });
  });
  return { athletes, problems };
}

/** What a linked tab carries in its developer metadata: whose file, which range. */
export interface LinkIdentity {
  readonly athlete: string;
  readonly key: string;
  readonly range: string;
}

export const identityText = (link: LinkIdentity): string =>
  JSON.stringify({ athlete: link.athlete, key: link.key, range: link.range });

/** A tag's value read back; null when it is not one of ours (edited by hand, or garbled). */
export function parseIdentity(text: string | null): LinkIdentity | null {
  if (text === null) return null;
  try {
    const v = JSON.parse(text) as Partial<LinkIdentity>;
    if (typeof v.athlete === 'string' && typeof v.key === 'string' && typeof v.range === 'string') {
      return { athlete: v.athlete, key: v.key, range: v.range };
    }
  } catch {}
  return null;
}

/** A linked tab found in the file (by its tag). */
export interface ExistingLink<T> extends LinkIdentity {
  readonly tab: T;
}

export interface LinkPlan<T> {
  /** Roster rows with no tab yet. */
  readonly add: readonly LinkedAthlete[];
  /** Tabs that match a roster row (athlete, file and range all the same). */
  readonly keep: readonly ExistingLink<T>[];
  /** Tabs whose row left the roster (or changed): removed, exactly those. */
  readonly remove: readonly ExistingLink<T>[];
}

/** Tabs matched to roster rows by athlete, file and range; a second tab of one identity goes. */
export function planLinks<T>(
  roster: readonly LinkedAthlete[],
  existing: readonly ExistingLink<T>[],
): LinkPlan<T> {
  const byIdentity = new Map<string, ExistingLink<T>>();
  const remove: ExistingLink<T>[] = [];
  for (const tab of existing) {
    const id = identityText(tab);
    if (byIdentity.has(id)) remove.push(tab);
    else byIdentity.set(id, tab);
  }
  const add: LinkedAthlete[] = [];
  const keep: ExistingLink<T>[] = [];
  for (const link of roster) {
    const id = identityText(link);
    const tab = byIdentity.get(id);
    if (tab) {
      keep.push(tab);
      byIdentity.delete(id);
    } else add.push(link);
  }
  remove.push(...byIdentity.values());
  return { add, keep, remove };
}

/**
 * The linked tab's name: the athlete's, unless a tab has it already ("Maya (linked)", then
 * "Maya (linked 2)", …), within Sheets' 100 characters.
 */
export function linkedTabName(athlete: string, taken: ReadonlySet<string>): string {
  const free = (name: string) => !taken.has(name.toLowerCase());
  const base = athlete.slice(0, MAX_TAB_NAME);
  if (free(base)) return base;
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ' (linked)' : ` (linked ${i})`;
    const name = `${athlete.slice(0, MAX_TAB_NAME - suffix.length)}${suffix}`;
    if (free(name)) return name;
  }
}

/** What an import shows while Sheets fetches it (the help page's "Loading…"). */
const LOADING = /^Loading(\.\.\.|…)?$/i;
const ERROR_CODE = /^#(REF!|N\/A|ERROR!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)$/;

/** A linked tab's state, from what its first cell reads. */
export type LinkState = 'linked' | 'waiting';

/**
 * A cell holding an error reads as its code ("#REF!", "#N/A"), or "Loading…" while Sheets fetches
 * the file (right after the formula is written, it may not have arrived yet). Apps Script gives no
 * error message, so an unreadable linked tab is "waiting": for the coach's Allow access, or with
 * the reason Sheets shows on the cell (a file not shared, a tab that does not exist).
 */
export function linkState(firstCell: CellValue): LinkState {
  if (typeof firstCell !== 'string') return 'linked';
  const text = firstCell.trim();
  return ERROR_CODE.test(text) || LOADING.test(text) ? 'waiting' : 'linked';
}
