/**
 * Athletes' own files, linked in: the coach lists athletes and the links to their shared logs on
 * our "Linked logs" sheet; Link athletes' logs gives each a read-only tab of ours whose A1 holds
 * =IMPORTRANGE(their file, their range), named after the athlete and tagged with who and what it
 * links (developer metadata follows the tab through renames and moves, ours.ts). Re-running adds
 * what is new, keeps what is there and removes exactly the tabs whose row left the roster; Unlink
 * removes every linked tab. The athlete's file is only ever read, by the formula: the add-on has
 * no access to it at all (the manifest's spreadsheets.currentonly scope covers this file only).
 *
 * Before the coach's one-time "Allow access" (per athlete's file) the formula shows #REF! "You need
 * to connect these sheets." (https://support.google.com/docs/answer/3093340): such a tab is
 * "waiting", listed in the sidebar with what to do, and left out of the analysis until it reads.
 *
 * Cost: one finder call for our sheets, one for the linked tabs, one read of the roster, then per
 * linked tab a fixed handful (its tag's reads; a new tab's insert, tag, formula and protection; a
 * removed tab's delete; one read of its first cell): linear in the athletes, never in their rows.
 */
import type { LinkedLogsJson } from './api-types';
import { coachError, withDocumentLock } from './guard';
import { findOurSheets, freeSheetName, LINK_KEY, type OurSheets, tagSheet } from './ours';
import {
  type ExistingLink,
  identityText,
  importRangeFormula,
  LINKED_ROSTER_HEADER,
  type LinkIdentity,
  type LinkState,
  linkedTabName,
  linkState,
  parseIdentity,
  planLinks,
  type RosterProblem,
  readLinkedRoster,
} from './plan-linked';
import { sheetValues } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { LINK_KEY };
/** The protection's description: the tab is a read-only copy, edits belong in the athlete's file. */
export const LINKED_PROTECTION =
  "Strong Enough linked log: a read-only copy of the athlete's own file (IMPORTRANGE). Edit their file, not this tab.";

/** A linked tab found by its tag. */
export interface LinkedTab extends LinkIdentity {
  readonly sheet: Sheet;
  readonly name: string;
}

/**
 * Every linked tab of ours, from the tags findOurSheets found (its one finder call), plus one
 * getName a tab.
 */
export function findLinkedTabs(ss: Spreadsheet, ours: OurSheets = findOurSheets(ss)): LinkedTab[] {
  const tabs: LinkedTab[] = [];
  for (const tag of ours.linkTags) {
    const identity = parseIdentity(tag.value);
    if (identity) tabs.push({ ...identity, sheet: tag.sheet, name: tag.sheet.getName() });
  }
  return tabs;
}

/** The link a sheet carries, if it is a linked tab (one call: the sheet's own metadata). */
export function linkOf(sheet: Sheet): LinkIdentity | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() === LINK_KEY) return parseIdentity(m.getValue());
  }
  return null;
}

/**
 * Refuses to write into a linked tab: it is a read-only copy of an athlete's own file (rows written
 * there would block the formula's result, and never reach their file).
 */
export function refuseLinkedTab(sheet: Sheet, name: string, what: string): void {
  const link = linkOf(sheet);
  if (link === null) return;
  throw coachError(
    `"${name}" is ${link.athlete}'s own log, linked read-only from their file: Strong Enough never writes there, nor to their file. ${what}`,
  );
}

/** What the sidebar and the messages say about one linked tab. */
export interface LinkedTabStatus {
  readonly athlete: string;
  readonly tab: string;
  readonly state: LinkState;
}

/** A linked tab's state from its first cell (one call): an error there is "waiting". */
function stateOf(sheet: Sheet): LinkState {
  let first: unknown = '';
  try {
    first = sheet.getSheetValues(1, 1, 1, 1)[0]?.[0] ?? '';
  } catch {
    // A sheet with nothing at all: the formula was cleared. Not readable, so waiting.
    return 'waiting';
  }
  return linkState(first as string);
}

/**
 * The sidebar's list of linked tabs: each tab's first cell read (one call a tab). `known` is the
 * list log discovery already made (findLogs' `linked`), which costs nothing more.
 */
export function linkedLogsJson(
  ss: Spreadsheet,
  ours: OurSheets,
  known?: readonly LinkedTabStatus[],
): LinkedLogsJson {
  const tabs =
    known ??
    findLinkedTabs(ss, ours).map((t) => ({
      athlete: t.athlete,
      tab: t.name,
      state: stateOf(t.sheet),
    }));
  return { roster: ours.linkedRoster?.getName() ?? null, tabs: [...tabs] };
}

const names = (list: readonly { athlete: string }[]): string =>
  list.map((l) => l.athlete).join(', ');

/** How to give access, in the coach's words (no scope of ours is involved). */
export const ALLOW_ACCESS_HELP =
  'Open the tab, click cell A1 (it shows #REF!) and click "Allow access" — once per athlete\'s file. If Sheets says you have no permission instead, ask the athlete to share their log with you (Viewer is enough).';

function rosterProblemsText(problems: readonly RosterProblem[]): string {
  if (problems.length === 0) return '';
  const shown = problems.slice(0, 5).map((p) => p.message);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return ` On the roster: ${shown.join(' ')}${more}`;
}

/** Makes our roster sheet: the header, frozen, a wide link column. */
function newRosterSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.insertSheet(freeSheetName(ss, 'linkedRoster'), ss.getNumSheets());
  tagSheet(sheet, 'linkedRoster');
  sheet.getRange(1, 1, 1, LINKED_ROSTER_HEADER.length).setValues([[...LINKED_ROSTER_HEADER]]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(2, 1, 380);
  return sheet;
}

export interface LinkOutcome {
  readonly message: string;
  readonly tabs: readonly LinkedTabStatus[];
}

/**
 * Link athletes' logs: the roster's rows become linked tabs (see the module's comment). The first
 * run on a file without a roster makes the "Linked logs" sheet and asks for the links.
 */
export function linkAthleteLogs(): string {
  return withDocumentLock(() => linkNow(SpreadsheetApp.getActiveSpreadsheet()).message);
}

export function linkNow(ss: Spreadsheet): LinkOutcome {
  const ours = findOurSheets(ss);
  if (!ours.linkedRoster) {
    const roster = newRosterSheet(ss);
    return {
      message: `The "${roster.getName()}" sheet is ready: list each athlete with the link to the training log they shared with you (and, if it is not their file's first tab, the tab's name), then click Link athletes' logs again.`,
      tabs: [],
    };
  }
  const rosterName = ours.linkedRoster.getName();
  const { athletes, problems } = readLinkedRoster(sheetValues(ours.linkedRoster));
  const existing = findLinkedTabs(ss, ours);
  const plan = planLinks<LinkedTab>(
    athletes,
    existing.map((t): ExistingLink<LinkedTab> => ({ ...t, tab: t })),
  );
  for (const gone of plan.remove) ss.deleteSheet(gone.tab.sheet);

  const added: LinkedTab[] = [];
  if (plan.add.length > 0) {
    const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
    for (const link of plan.add) {
      const name = linkedTabName(link.athlete, taken);
      taken.add(name.toLowerCase());
      // At the end of the tabs: the coach's own order stays as it was.
      const sheet = ss.insertSheet(name, ss.getNumSheets());
      sheet.addDeveloperMetadata(LINK_KEY, identityText(link));
      sheet.getRange(1, 1).setFormula(importRangeFormula(link));
      sheet.protect().setDescription(LINKED_PROTECTION).setWarningOnly(true);
      added.push({ ...link, sheet, name });
    }
  }
  const current = [...plan.keep.map((k) => k.tab), ...added];
  const tabs = current.map(
    (t): LinkedTabStatus => ({ athlete: t.athlete, tab: t.name, state: stateOf(t.sheet) }),
  );
  // Sheets makes each new tab active: show the first one that waits, where Allow access is clicked.
  const firstWaiting = added.find((_t, i) => tabs[plan.keep.length + i]?.state === 'waiting');
  if (firstWaiting) firstWaiting.sheet.activate();
  else if (added.length > 0) ours.linkedRoster.activate();

  const waiting = tabs.filter((t) => t.state === 'waiting');
  const parts: string[] = [];
  if (athletes.length === 0 && plan.remove.length === 0) {
    parts.push(
      `No athlete with a link on "${rosterName}" yet: list each athlete with the link to their shared log, then click Link athletes' logs again.`,
    );
  } else if (added.length === 0 && plan.remove.length === 0) {
    parts.push(`The linked logs already match "${rosterName}"; nothing changed.`);
  } else {
    if (added.length > 0) {
      parts.push(
        `Linked ${added.length} athlete${added.length === 1 ? "'s" : "s'"} log${added.length === 1 ? '' : 's'}: ${added.map((t) => (t.name === t.athlete ? t.name : `${t.athlete} (tab "${t.name}")`)).join(', ')}.`,
      );
    }
    if (plan.remove.length > 0) {
      parts.push(
        `Removed the linked tab${plan.remove.length === 1 ? '' : 's'} of ${names(plan.remove)}, no longer on "${rosterName}".`,
      );
    }
  }
  if (waiting.length > 0) {
    parts.push(`Waiting for access: ${names(waiting)}. ${ALLOW_ACCESS_HELP}`);
  }
  return { message: parts.join(' ') + rosterProblemsText(problems), tabs };
}

/** Unlink: every linked tab goes; our roster sheet too when it holds no athlete of the coach's. */
export function unlinkAthleteLogs(): string {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ours = findOurSheets(ss);
    const tabs = findLinkedTabs(ss, ours);
    const roster = ours.linkedRoster;
    let rosterGone = false;
    let rosterKept = '';
    if (roster) {
      const rows = sheetValues(roster);
      const listed = readLinkedRoster(rows);
      const empty = listed.athletes.length === 0 && listed.problems.length === 0;
      if (empty && ss.getNumSheets() > tabs.length + 1) {
        ss.deleteSheet(roster);
        rosterGone = true;
      } else rosterKept = roster.getName();
    }
    // A spreadsheet keeps one sheet at least: the last one stays (a linked tab then, emptied).
    for (const tab of tabs) {
      if (ss.getNumSheets() > 1) ss.deleteSheet(tab.sheet);
    }
    if (tabs.length === 0 && !rosterGone) {
      return rosterKept
        ? `No linked tabs to remove. Your list on "${rosterKept}" stays; delete the sheet if you no longer need it.`
        : 'There were no linked logs; nothing changed.';
    }
    const removed = `Removed ${tabs.length} linked tab${tabs.length === 1 ? '' : 's'}${tabs.length > 0 ? ` (${names(tabs)})` : ''}. The athletes' own files are untouched.`;
    return rosterKept
      ? `${removed} Your list on "${rosterKept}" stays, so Link athletes' logs can bring them back; delete that sheet if you no longer need it.`
      : `${removed} The empty "Linked logs" sheet is gone too.`;
  });
}
