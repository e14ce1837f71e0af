/**
 * Help → Check this spreadsheet, decided without touching Sheets: the Status column as Sheets shows
 * it against the statuses the add-on computes from the same cells, the two time zones, and the
 * runtime baseline, told in plain words.
 */

/** A row whose shown status is not the one computed. */
export interface StatusDifference {
  /** The sheet row (1-based). */
  readonly row: number;
  readonly shown: string;
  readonly computed: string;
}

export interface StatusComparison {
  /** Rows compared (each log row below the header, blank or not, up to the longer column). */
  readonly rows: number;
  /** Rows holding a status in either column. */
  readonly statuses: number;
  readonly differences: readonly StatusDifference[];
}

/**
 * Row by row from the first row under the header: `shown[i]` and `computed[i]` are sheet row
 * `firstRow + i`. Trailing spaces are not a difference (Sheets shows none).
 */
export function compareStatuses(
  shown: readonly string[],
  computed: readonly string[],
  firstRow: number,
): StatusComparison {
  const rows = Math.max(shown.length, computed.length);
  const differences: StatusDifference[] = [];
  let statuses = 0;
  for (let i = 0; i < rows; i++) {
    const s = (shown[i] ?? '').trim();
    const c = (computed[i] ?? '').trim();
    if (s !== '' || c !== '') statuses++;
    if (s !== c) differences.push({ row: firstRow + i, shown: s, computed: c });
  }
  return { rows, statuses, differences };
}

/** How many differing rows the report names (the rest are counted). */
export const DIFFERENCES_SHOWN = 3;

export interface CheckInput {
  readonly logName: string;
  /** Why the log could not be read (then nothing was compared). */
  readonly logProblem?: string;
  /** null: highlights are off on the log, so there was nothing to compare. */
  readonly comparison: StatusComparison | null;
  /**
   * The Status formula names another athlete than the tab's: the tab was renamed after Apply
   * (namesAnotherAthlete), so the column reads the log under the old name.
   */
  readonly renamed?: boolean;
  readonly spreadsheetTimeZone: string;
  readonly scriptTimeZone: string;
  readonly missing: readonly string[];
}

function statusesPart(input: CheckInput): string {
  const { comparison, logName } = input;
  if (input.logProblem) return `Statuses: not compared. ${input.logProblem}`;
  if (comparison === null) {
    return `Statuses: highlights are off on "${logName}", so there is no Status column to compare. Apply highlights, then check again.`;
  }
  const { differences, statuses } = comparison;
  const renamed = input.renamed
    ? ` The Status formula on "${logName}" still names the athlete from before the tab was renamed, so it reads the log under that name (a roster bodyweight or a season phase under the new name is not found): Apply highlights writes the new name.`
    : '';
  if (differences.length === 0) {
    return `Statuses: all ${statuses} statuses on "${logName}" match what Strong Enough computes from the same cells.${renamed}`;
  }
  const named = differences
    .slice(0, DIFFERENCES_SHOWN)
    .map(
      (d) =>
        `row ${d.row}: the sheet shows "${d.shown || '(blank)'}", Strong Enough computes "${d.computed || '(blank)'}"`,
    );
  const more = differences.length - named.length;
  return [
    `Statuses: ${differences.length} row${differences.length === 1 ? '' : 's'} on "${logName}" differ${differences.length === 1 ? 's' : ''} from what Strong Enough computes from the same cells — ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
    input.renamed
      ? `${renamed.trim()} Then check again.`
      : 'Sheets may hand dates to the Status formula differently in this spreadsheet (its time zone, or a date typed as text). Check those rows’ dates, or write to the add-on’s support with this message.',
  ].join(' ');
}

function timeZonesPart(input: CheckInput): string {
  const { spreadsheetTimeZone: sheet, scriptTimeZone: script } = input;
  const named = `Time zones: this spreadsheet’s is ${sheet}, the add-on script’s is ${script}.`;
  if (sheet === script)
    return `${named} They are the same, so every date reads as the day you see.`;
  return `${named} They differ: Strong Enough reads every date as a day in the spreadsheet’s zone (${sheet}), the day you see in the cell, so nothing needs changing — unless that zone is not where you are; then set it under File → Settings.`;
}

function runtimePart(missing: readonly string[]): string {
  if (missing.length === 0)
    return 'Runtime: every built-in Strong Enough relies on is there (Apps Script’s V8 runtime).';
  return `Runtime: missing ${missing.join(', ')}. Strong Enough needs Apps Script’s V8 runtime; some actions may fail until the script runs on it.`;
}

/** The whole answer, one paragraph per check. */
export function checkReport(input: CheckInput): string {
  return [statusesPart(input), timeZonesPart(input), runtimePart(input.missing)].join('\n\n');
}
