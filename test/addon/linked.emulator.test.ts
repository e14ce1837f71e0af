/**
 * Athletes' own files linked in with IMPORTRANGE (dist/ in the emulator): a workbook with 12 athlete
 * tabs, a non-log sheet and two athletes' files in second in-memory spreadsheets, one not yet
 * allowed. The athletes' files are never written (the emulator throws if the add-on tries).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, type Emulator } from '../../scripts/emulator/emulator';
import type { LinkedFile } from '../../scripts/emulator/importrange';
import type {
  ActionResult,
  ImportPreview,
  ImportResult,
  SidebarState,
} from '../../src/addon/api-types';
import { LINKED_PROTECTION } from '../../src/addon/linked';
import { LINKED_ROSTER_HEADER } from '../../src/addon/plan-linked';
import { targetWords } from '../../src/sidebar/import-view';
import { lastAlert, sheetCalls, snapshot, total, uploadFile } from './harness';
import { PACES, tabRows as setupTabRows, setupTabs, tabName } from './tabs-harness';

const TAB_HEADER = ['Date', 'Exercise', 'Load', 'Reps', 'Bodyweight'];
const ATHLETES = [
  'Ana',
  'Ben',
  'Cleo',
  'Dev',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jon',
  'Kai',
  'Lea',
] as const;

/** Eight sessions of front squat and trap bar deadlift, climbing then holding. */
function tabRows(seed: number, sessions = 8): unknown[][] {
  const rows: unknown[][] = [TAB_HEADER];
  for (let s = 0; s < sessions; s++) {
    const day = new Date(Date.UTC(2026, 1, 2 + s * 3)).toISOString().slice(0, 10);
    rows.push([day, 'Front squat', 40 + seed + Math.min(s, 4) * 2.5, 5, 60 + seed]);
    rows.push([day, 'Trap bar deadlift', 70 + seed + s * 2.5, 5, 60 + seed]);
  }
  return rows;
}

function fill(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
}

interface Workbook {
  readonly em: Emulator;
  readonly maya: LinkedFile;
  readonly priya: LinkedFile;
}

/** 12 athlete tabs, a sheet of notes, and two athletes' own files (Maya's log on its "Log" tab). */
function workbook(): Workbook {
  const em = createEmulator({ now: Date.UTC(2026, 2, 1), timeZone: 'Etc/UTC' });
  em.load();
  const first = em.spreadsheet.getSheets()[0]!;
  first.setName('Notes');
  first.getRange('A1:B2').setValues([
    ['Call Maya about her knee', ''],
    ['Order plates', 'Friday'],
  ]);
  ATHLETES.forEach((name, i) => {
    fill(em.spreadsheet.insertSheet(name), tabRows(i));
  });
  const maya = em.linkFile({ name: 'Maya — training', key: '1MayaTrainingLogKey000000000000' });
  const mayaLog = maya.spreadsheet.getSheets()[0]!;
  mayaLog.setName('Log');
  fill(mayaLog, tabRows(5));
  const priya = em.linkFile({ name: 'Priya lifts', key: '1PriyaLiftsKey00000000000000000' });
  fill(priya.spreadsheet.getSheets()[0]!, tabRows(9));
  em.spreadsheet.setActiveSheet(em.spreadsheet.getSheetByName('Ana')!);
  em.resetCalls();
  return { em, maya, priya };
}

/** Lists athletes on our roster sheet as a coach types them (after the first Link made it). */
function listOnRoster(em: Emulator, rows: string[][]): void {
  const roster = em.spreadsheet.getSheetByName('Linked logs')!;
  roster.getRange('A2:C200').clearContent();
  if (rows.length > 0) fill2(roster, rows);
}

function fill2(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: string[][]): void {
  sheet
    .getRange(2, 1, rows.length, 3)
    .setValues(rows.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '']));
}

const state = (em: Emulator): SidebarState => em.run('getSidebarState') as SidebarState;
const act = (em: Emulator, endpoint: string): ActionResult => em.run(endpoint) as ActionResult;
const tabNames = (em: Emulator): string[] => em.spreadsheet.getSheets().map((s) => s.getName());

describe("linking athletes' own files", () => {
  it('makes the roster sheet first, then one read-only IMPORTRANGE tab per listed athlete', () => {
    const { em, maya, priya } = workbook();
    const first = act(em, 'linkAthleteLogs');
    expect(first.message).toMatch(/"Linked logs" sheet is ready/);
    expect(em.get('Linked logs!A1')).toBe(LINKED_ROSTER_HEADER[0]);
    expect(first.state.linked).toEqual({ roster: 'Linked logs', tabs: [] });

    listOnRoster(em, [
      ['Maya', maya.url, 'Log'],
      ['Priya', `${priya.url}#gid=0`, ''],
    ]);
    em.allowAccess(maya.url);
    const linked = act(em, 'linkAthleteLogs');
    expect(linked.message).toMatch(/Linked 2 athletes' logs: Maya, Priya\./);
    expect(linked.message).toMatch(/Waiting for access: Priya\. Open the tab, click cell A1/);
    expect(tabNames(em).slice(-2)).toEqual(['Maya', 'Priya']);
    const mayaTab = em.workbook.sheets.find((s) => s.name === 'Maya')!;
    expect([...mayaTab.formulas.values()]).toEqual([
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${maya.key}","'Log'!A1:Z")`,
    ]);
    expect(mayaTab.protections).toEqual([
      expect.objectContaining({ type: 'SHEET', description: LINKED_PROTECTION, warningOnly: true }),
    ]);
    // Maya's tab reads her file; Priya's waits for the coach's Allow access.
    expect(em.get('Maya!B2')).toBe('Front squat');
    expect(em.errorAt('Priya!A1')?.message).toBe('You need to connect these sheets.');
    expect(linked.state.linked?.tabs).toEqual([
      { athlete: 'Maya', tab: 'Maya', state: 'linked' },
      { athlete: 'Priya', tab: 'Priya', state: 'waiting' },
    ]);
    // The coach lands on the tab that waits, where the Allow access click happens.
    expect(em.spreadsheet.getActiveSheet().getName()).toBe('Priya');

    em.allowAccess(priya.url);
    expect(state(em).linked?.tabs.map((t) => t.state)).toEqual(['linked', 'linked']);
    expect(em.get('Priya!B3')).toBe('Trap bar deadlift');
  });

  it('adds nothing twice, removes exactly the tab whose row went, and Remove undoes it all', () => {
    const { em, maya, priya } = workbook();
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [
      ['Maya', maya.url, 'Log'],
      ['Priya', priya.url, ''],
    ]);
    act(em, 'linkAthleteLogs');
    const before = snapshot(em);
    const again = act(em, 'linkAthleteLogs');
    expect(again.message).toMatch(/already match "Linked logs"; nothing changed/);
    expect(snapshot(em)).toEqual(before);

    // Priya's row goes: her tab goes, Maya's stays as it was.
    const mayaBefore = snapshot(em, ['Maya']);
    listOnRoster(em, [['Maya', maya.url, 'Log']]);
    const fewer = act(em, 'linkAthleteLogs');
    expect(fewer.message).toMatch(/Removed the linked tab of Priya, no longer on "Linked logs"/);
    expect(tabNames(em)).not.toContain('Priya');
    expect(snapshot(em, ['Maya'])).toEqual(mayaBefore);

    const removed = act(em, 'unlinkAthleteLogs');
    expect(removed.message).toMatch(
      /Removed 1 linked tab \(Maya\)\. The athletes' own files are untouched\./,
    );
    expect(removed.message).toMatch(/Your list on "Linked logs" stays/);
    expect(tabNames(em)).toEqual(['Notes', ...ATHLETES, 'Linked logs']);
    expect(em.workbook.metadata.filter((m) => m.key === 'strongEnoughLink')).toEqual([]);
    // With an empty list, Remove takes the roster sheet too: the file is as before linking.
    listOnRoster(em, []);
    expect(act(em, 'unlinkAthleteLogs').message).toMatch(/empty "Linked logs" sheet is gone/);
    expect(tabNames(em)).toEqual(['Notes', ...ATHLETES]);
    expect(em.workbook.metadata).toEqual([]);
  });

  it("never writes to an athlete's file, and asks for no new OAuth scope", () => {
    const { em, maya, priya } = workbook();
    const files = [maya, priya].map((f) => JSON.stringify(f.workbook));
    const callsBefore = [maya.calls(), priya.calls()];
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [
      ['Maya', maya.url, 'Log'],
      ['Priya', priya.url, ''],
    ]);
    em.allowAccess(maya.url);
    act(em, 'linkAthleteLogs');
    state(em);
    act(em, 'unlinkAthleteLogs');
    expect([maya, priya].map((f) => JSON.stringify(f.workbook))).toEqual(files);
    expect([maya.calls(), priya.calls()]).toEqual(callsBefore);
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, '../../dist/appsscript.json'), 'utf8'),
    ) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('writes links and names from the roster as text: quotes neither break nor inject', () => {
    const { em, maya } = workbook();
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [
      // A link with a formula tail is not a Sheets link: reported, never written.
      ['Mal', `https://evil.example/"&IMPORTXML("x","y")&"`, ''],
      // A tab name with both kinds of quote stays one string literal in the formula.
      ['Jo "JJ" O\'Neil', maya.url, `Maya's "main" log`],
      ['', maya.url, ''],
    ]);
    const result = act(em, 'linkAthleteLogs');
    expect(result.message).toMatch(/Row 2 \(Mal\): .* is not a link to a Google Sheets file\./);
    expect(result.message).toMatch(/Row 4 has a link but no athlete\./);
    const tab = em.workbook.sheets.find((s) => s.name === 'Jo "JJ" O\'Neil')!;
    expect([...tab.formulas.values()]).toEqual([
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${maya.key}","'Maya''s ""main"" log'!A1:Z")`,
    ]);
    em.allowAccess(maya.url);
    // Maya's file has no such tab: Sheets' own error, and the tab waits, listed, not a problem.
    expect(em.errorAt(`'Jo "JJ" O''Neil'!A1`)?.message).toBe(
      `Unable to parse range: 'Maya''s "main" log'!A1:Z`,
    );
    expect(state(em).linked?.tabs).toEqual([
      { athlete: 'Jo "JJ" O\'Neil', tab: 'Jo "JJ" O\'Neil', state: 'waiting' },
    ]);
  });

  it("names a linked tab apart from a local tab of the same athlete, and follows the athlete's edits", () => {
    const { em, maya } = workbook();
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [['Ana', maya.url, 'Log']]);
    em.allowAccess(maya.key);
    const result = act(em, 'linkAthleteLogs');
    expect(result.message).toMatch(/Ana \(tab "Ana \(linked\)"\)/);
    expect(em.get("'Ana (linked)'!C17")).toBe(92.5);
    // Maya logs a new session in her own file: the linked tab shows it.
    const log = maya.spreadsheet.getSheetByName('Log')!;
    log.getRange('A18:E18').setValues([['2026-02-28', 'Front squat', 57.5, 3, 65]]);
    expect(em.get("'Ana (linked)'!C18")).toBe(57.5);
    expect(em.get("'Ana (linked)'!A18")).toBeInstanceOf(Date);
  });

  it('runs a custom function on a linked tab as on a local one', () => {
    const { em, maya } = workbook();
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [['Maya', maya.url, 'Log']]);
    em.allowAccess(maya.url);
    act(em, 'linkAthleteLogs');
    // The same rows typed into a local tab of this file.
    fill(em.spreadsheet.insertSheet('Maya here'), tabRows(5));
    const notes = em.spreadsheet.getSheetByName('Notes')!;
    notes.getRange('D1').setFormula('=STRENGTH_STATUS(Maya!A1:E,,3,"epley","kg","","")');
    notes.getRange('F1').setFormula(`=STRENGTH_STATUS('Maya here'!A1:E,,3,"epley","kg","","")`);
    const statuses = (col: string) =>
      notes
        .getRange(`${col}1:${col}17`)
        .getValues()
        .map((r) => String(r[0]).split(':')[0]);
    expect(statuses('D')[0]).toBe('Status');
    // Maya's file read through IMPORTRANGE gives the statuses her rows typed here give.
    expect(statuses('D')).toEqual(statuses('F'));
    expect(statuses('D')).toContain('Stale');
  });
});

describe('an import for a linked athlete', () => {
  const STRONG =
    'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2026-03-02 10:00:00,Gym,Squat (Barbell),1,60,5,0,0,"",,\n';

  it('goes to a tab of this file, never the linked tab nor their file, and says so', () => {
    const { em, maya } = workbook();
    act(em, 'linkAthleteLogs');
    listOnRoster(em, [['Maya', maya.url, 'Log']]);
    em.allowAccess(maya.url);
    act(em, 'linkAthleteLogs');
    em.spreadsheet.setActiveSheet(em.spreadsheet.getSheetByName('Maya')!);
    const before = snapshot(em, ['Maya']);
    const herFile = JSON.stringify(maya.workbook);
    const options = { athlete: 'Maya', unit: 'kg' };
    const preview = em.run('importPreview', uploadFile(em, STRONG), options) as ImportPreview;
    expect(preview.target).toEqual({
      kind: 'newTab',
      name: 'Maya (2)',
      athlete: 'Maya',
      choices: ['newTab'],
      linked: 'Maya',
    });
    expect(targetWords(preview.target)).toBe(
      'The sets go to a new tab "Maya (2)" for Maya. Their own file (the linked tab "Maya") is read-only here: nothing is written to it.',
    );
    const done = em.run('importCommit', uploadFile(em, STRONG), options) as ImportResult;
    expect(done.sheet).toBe('Maya (2)');
    expect(done.message).toMatch(
      /A new tab "Maya \(2\)" holds Maya's log \(their own file, linked as "Maya", is read-only here and was not changed\)\./,
    );
    expect(snapshot(em, ['Maya'])).toEqual(before);
    expect(JSON.stringify(maya.workbook)).toBe(herFile);
    // Both tabs are Maya's: one athlete, her linked file's sessions and the imported one.
    const after = state(em);
    expect(after.logs?.find((l) => l.sheet === 'Maya (2)')?.athlete).toBe('Maya');
    expect(after.logs?.find((l) => l.sheet === 'Maya')?.athleteFrom).toBe('linked');
    expect(after.athletes.filter((a) => a.name === 'Maya')).toHaveLength(1);
  });
});

describe("the link action's cost", () => {
  /** Spreadsheet calls of Link athletes' logs for n athletes' files, all new, then all kept. */
  function linkCalls(n: number, sessions = 8): { adding: number; keeping: number } {
    const em = createEmulator({ now: Date.UTC(2026, 2, 1), timeZone: 'Etc/UTC' });
    em.load();
    const rows = Array.from({ length: n }, (_, i) => {
      const file = em.linkFile({ name: `File ${i}` });
      fill(file.spreadsheet.getSheets()[0]!, tabRows(i % 7, sessions));
      if (i % 2 === 0) em.allowAccess(file.url);
      return [`Athlete ${i}`, file.url, ''];
    });
    em.run('linkAthleteLogs');
    listOnRoster(em, rows);
    // The menu's action alone (the sidebar's endpoint also returns the sidebar's fresh state).
    em.resetCalls();
    em.run('menuLinkAthleteLogs');
    const adding = total(sheetCalls(em));
    em.resetCalls();
    em.run('menuLinkAthleteLogs');
    const keeping = total(sheetCalls(em));
    return { adding, keeping };
  }

  it('grows linearly with the linked tabs (2 and 40 athletes), never with their rows', () => {
    const two = linkCalls(2);
    const forty = linkCalls(40);
    // Per tab: a new one costs its insert, tag, formula, protection and one read; a kept one its
    // tag's reads and one read of its first cell. The rest is fixed.
    const perNew = (forty.adding - two.adding) / 38;
    const perKept = (forty.keeping - two.keeping) / 38;
    expect(Number.isInteger(perNew)).toBe(true);
    expect(Number.isInteger(perKept)).toBe(true);
    expect(two.adding - 2 * perNew).toBe(forty.adding - 40 * perNew);
    expect(perNew).toBeLessThanOrEqual(10);
    expect(perKept).toBeLessThanOrEqual(3);
    // Athletes' files ten times longer cost the same calls.
    expect(linkCalls(2, 80)).toEqual(two);
    // The figures in docs/coach-data.md: 8 + 9 a new tab, 4 + 2 a kept one.
    expect({ two, forty }).toEqual({
      two: { adding: 26, keeping: 8 },
      forty: { adding: 368, keeping: 84 },
    });
  });
});

describe('the menu', () => {
  it("offers Link athletes' logs and Remove linked logs, and reports in an alert", () => {
    const { em } = workbook();
    em.run('menuLinkAthleteLogs');
    expect(lastAlert(em)).toMatch(/"Linked logs" sheet is ready/);
    em.run('menuUnlinkAthleteLogs');
    expect(lastAlert(em)).toMatch(/empty "Linked logs" sheet is gone too/);
  });
});

describe('linked logs everywhere, beside twelve athlete tabs and a coach’s sheet', () => {
  let em: Emulator;
  let maya: LinkedFile;
  let priya: LinkedFile;
  beforeAll(() => {
    em = setupTabs(12);
    maya = em.linkFile({ name: 'Maya — training', key: '1MayaTrainingLogKey000000000000' });
    const log = maya.spreadsheet.getSheets()[0]!;
    log.setName('Log');
    fill(log, setupTabRows(20, 12));
    priya = em.linkFile({ name: 'Priya lifts' });
    fill(priya.spreadsheet.getSheets()[0]!, setupTabRows(21, 12));
    em.run('linkAthleteLogs');
    listOnRoster(em, [
      ['Maya', maya.url, 'Log'],
      ['Priya', priya.url, ''],
    ]);
    em.allowAccess(maya.url);
    em.run('linkAthleteLogs');
    em.spreadsheet.setActiveSheet(em.spreadsheet.getSheetByName(tabName(0))!);
  });

  it('the sidebar counts the allowed one like a local tab, and lists the other as waiting only', () => {
    const s = state(em);
    expect(s.logs?.map((l) => l.sheet)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => tabName(i)),
      'Maya',
    ]);
    expect(s.logs?.at(-1)).toMatchObject({ athlete: 'Maya', athleteFrom: 'linked' });
    expect(s.athletes.map((a) => a.name)).toContain('Maya');
    expect(s.athletes).toHaveLength(13);
    expect(s.linked?.tabs).toEqual([
      { athlete: 'Maya', tab: 'Maya', state: 'linked' },
      { athlete: 'Priya', tab: 'Priya', state: 'waiting' },
    ]);
    // Waiting is not a problem: nothing in the problems or Needs attention names Priya.
    expect(JSON.stringify([s.problems, s.attention, s.logError])).not.toMatch(/Priya/);
  });

  it('Apply puts a Status column on the linked tab too (ours), Remove takes exactly that away', () => {
    const mayaBefore = snapshot(em, ['Maya', 'Priya']);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/^Highlights are on 13 logs/);
    const formulas = [...em.workbook.sheets.find((s) => s.name === 'Maya')!.formulas.values()];
    expect(formulas).toHaveLength(2);
    expect(formulas[1]).toMatch(/^=STRENGTH_STATUS\(Maya!A1:Z,.*,"Maya"\)$/);
    const statuses = em.spreadsheet
      .getSheetByName('Maya')!
      .getRange('AA1:AA13')
      .getValues()
      .map((r) => String(r[0]).split(':')[0]);
    expect(statuses[0]).toBe('Status');
    expect(statuses).toContain('New best');
    expect(snapshot(em, ['Priya'])).toEqual((mayaBefore as unknown[]).slice(-1));
    em.run('menuRemoveHighlights');
    // Everything as it was: the column Apply inserted beside the 26 imported ones (a sheet has
    // 26; Apply makes room for its Status column rather than fail) goes again.
    expect(snapshot(em, ['Maya', 'Priya'])).toEqual(mayaBefore);
    expect(em.workbook.sheets.find((s) => s.name === 'Maya')?.maxColumns).toBe(26);
    expect(JSON.stringify(maya.workbook)).not.toMatch(/STRENGTH_STATUS/);
  });

  it('the dashboard and the audit cover the linked athlete, and the waiting one once allowed', () => {
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/rebuilt: 13 athletes/);
    const audit = em.run('runAudit') as ActionResult;
    expect(audit.message).toMatch(/^Audit of 13 athletes/);
    em.allowAccess(priya.url);
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/rebuilt: 14 athletes/);
    expect(state(em).linked?.tabs.map((t) => t.state)).toEqual(['linked', 'linked']);
  });

  it('Remove linked logs leaves the twelve tabs and the coach’s sheet as they were', () => {
    const others = snapshot(em, [...Array.from({ length: 12 }, (_, i) => tabName(i)), PACES]);
    const message = (em.run('unlinkAthleteLogs') as ActionResult).message;
    expect(message).toMatch(/Removed 2 linked tabs \(Maya, Priya\)/);
    expect(snapshot(em, [...Array.from({ length: 12 }, (_, i) => tabName(i)), PACES])).toEqual(
      others,
    );
    expect(state(em).athletes).toHaveLength(12);
  });
});
