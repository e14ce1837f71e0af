/**
 * Issue 9 in the preview, as a coach clicks it: Extensions › Strong Enough › Import workout CSV
 * brings a real Hevy export and a real Strong export into the log, answering what each file lacks;
 * importing either again adds nothing; text that looks like a formula lands as literal text; the
 * sidebar then has a card for each imported athlete. One workbook, the tests in order.
 *
 * The preview draws at most 1,000 rows of a sheet and the sample log already has 591, so the
 * crafted formula-like file is imported first: its rows stay on screen, where the grid can show
 * them, and every later import must leave them as they are.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Request } from 'playwright-core';
import {
  clickMenu,
  columnOf,
  type GridShot,
  openSession,
  openSidebar,
  readGrid,
  type Session,
  showSheet,
  sidebarState,
  TEST_TIMEOUT,
  WAIT,
  waitUntil,
} from './harness';

const REALDATA = path.resolve(__dirname, '..', 'fixtures', 'realdata');
const HEVY_EXPORT = path.join(REALDATA, 'hevy-export-kg.csv');
const STRONG_EXPORT = path.join(REALDATA, 'strong-export-kg-a.csv');

/** Exercise names and notes that a spreadsheet would run as formulas if written as typed. */
const CRAFTED = [
  { exercise: '=HYPERLINK("x")', note: '@SUM(1)' },
  { exercise: '+Bench Press', note: '=1+1' },
  { exercise: '-Barbell Row', note: '+2 reps in reserve' },
  { exercise: '@Overhead Press', note: '-5 kg next week' },
] as const;
const CRAFTED_ATHLETE = 'Rosa Safety';

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A small Strong export (its own header and quoting) whose text starts with =, +, - and @. */
function craftedStrongCsv(): string {
  const header =
    'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
  const lines = CRAFTED.map(
    (c, i) =>
      `2026-11-18 07:30:00,"Morning lift",${csvField(c.exercise)},1,${40 + i * 5}.0,5,0,0,${csvField(c.note)},"",`,
  );
  return `${[header, ...lines].join('\n')}\n`;
}

let s: Session;
let tmp: string;
let craftedPath: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'import-test-'));
  craftedPath = path.join(tmp, 'strong-crafted.csv');
  writeFileSync(craftedPath, craftedStrongCsv());
  s = await openSession();
}, TEST_TIMEOUT);

// A failed step must not leave the dialog over the page for the next test to trip on.
afterEach(async () => {
  const open = s?.page.locator('[data-testid="dialog"]:not([hidden])');
  if (open && (await open.count()) > 0) {
    await s.page.locator('[data-testid="dialog-close"]').click();
    await s.page.locator('[data-testid="dialog"]').waitFor({ state: 'hidden', timeout: WAIT });
  }
});

afterAll(async () => {
  await s?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---- the log as the add-on's script reads it -------------------------------------------------------

type Cell = string | number | boolean | Date | null;

/** The Log sheet's rows with something in them, header first, as getValues returns them. */
function logValues(): Cell[][] {
  const rows = s.preview.session.grid('Log').contentRows;
  const sheet = s.preview.emulator.spreadsheet.getSheetByName('Log');
  if (!sheet) throw new Error('There is no Log sheet.');
  return sheet.getRange(1, 1, rows, sheet.getLastColumn()).getValues() as Cell[][];
}

function logFormulas(row: number, column: number, rows: number): string[] {
  const sheet = s.preview.emulator.spreadsheet.getSheetByName('Log');
  if (!sheet) throw new Error('There is no Log sheet.');
  return sheet
    .getRange(row, column, rows, 1)
    .getFormulas()
    .map((r) => r[0] ?? '');
}

function indexOfLabel(header: readonly Cell[], label: string): number {
  const index = header.findIndex((c) => String(c).trim() === label);
  if (index < 0) throw new Error(`The log has no "${label}" column: ${header.join(', ')}`);
  return index;
}

/**
 * Rows 2..`rows` of the grid as drawn (the page adds blank rows to type in below the log), in the
 * first `columns` columns: what "unchanged" compares.
 */
function gridTexts(grid: GridShot, rows: number, columns: number): string[][] {
  return grid.rows.slice(1, rows).map((cells) => cells.slice(0, columns).map((c) => c.text));
}

// ---- the dialog ------------------------------------------------------------------------------------

interface Answers {
  readonly athlete?: string;
  readonly unit?: 'kg' | 'lb';
  /** The athlete's bodyweight now, as typed in the dialog's optional field. */
  readonly bodyweight?: { readonly value: string; readonly unit: 'kg' | 'lb' };
}

interface Previewed {
  readonly format: string;
  /** How the unit was decided, or why it is asked. */
  readonly unitLine: string;
  /** Which questions the dialog put to the coach. */
  readonly askedAthlete: boolean;
  readonly askedUnit: boolean;
  readonly summary: string;
  readonly skipped: string[];
  /** The add button's label, and whether it can be pressed. */
  readonly commitLabel: string;
  readonly commitEnabled: boolean;
}

const dialogFrame = () => s.page.frameLocator('[data-testid="dialog-frame"]');
const inDialog = (testId: string) => dialogFrame().locator(`[data-testid="${testId}"]`);

/** From the menu to the preview: choose the file, answer what the dialog asks, show the preview. */
async function previewImport(file: string, answers: Answers): Promise<Previewed> {
  await showSheet(s, 'Log');
  await clickMenu(s.page, 'Import workout CSV');
  await s.page.locator('[data-testid="dialog"]:not([hidden])').waitFor({ timeout: WAIT });
  await inDialog('import-file').waitFor({ timeout: WAIT });
  await inDialog('import-file').setInputFiles(file);
  await dialogFrame()
    .locator('[data-testid="import-dialog"][data-step="preview"]')
    .waitFor({ timeout: WAIT });
  const askedAthlete = (await inDialog('import-athlete').count()) > 0;
  const askedUnit = (await inDialog('import-unit-kg').count()) > 0;
  if (answers.athlete !== undefined) await inDialog('import-athlete').fill(answers.athlete);
  // The unit is asked only when neither the file nor its numbers say it.
  if (answers.unit !== undefined && askedUnit) {
    await inDialog(`import-unit-${answers.unit}`).check();
  }
  if (answers.bodyweight !== undefined) {
    await inDialog('import-bodyweight').fill(answers.bodyweight.value);
    await inDialog(`import-bodyweight-unit-${answers.bodyweight.unit}`).check();
  }
  if ((await inDialog('import-update-preview').count()) > 0) {
    await inDialog('import-update-preview').click();
  }
  await inDialog('import-summary').waitFor({ timeout: WAIT });
  await expect(inDialog('import-error').count()).resolves.toBe(0);
  const skipped =
    (await inDialog('import-skipped').count()) > 0
      ? await inDialog('import-skipped').locator('li').allTextContents()
      : [];
  return {
    format: (await inDialog('import-format').textContent()) ?? '',
    unitLine: (await inDialog('import-unit-how').textContent()) ?? '',
    askedAthlete,
    askedUnit,
    summary: (await inDialog('import-summary').textContent()) ?? '',
    skipped,
    commitLabel: (await inDialog('import-commit').textContent()) ?? '',
    commitEnabled: await inDialog('import-commit').isEnabled(),
  };
}

/** A google.script.run call the dialog made (the preview's POST /api/run). */
interface ServerCall {
  readonly name: string;
  readonly args: unknown[];
}

/** Records the dialog's server calls while `during` runs. */
async function serverCalls(during: () => Promise<void>): Promise<ServerCall[]> {
  const calls: ServerCall[] = [];
  const listener = (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/run') {
      calls.push(request.postDataJSON() as ServerCall);
    }
  };
  s.page.on('request', listener);
  try {
    await during();
  } finally {
    s.page.off('request', listener);
  }
  return calls;
}

/**
 * What the dialog sent for a file: the file was read into rows in the browser, and the rows'
 * text went up in chunks (joined here in index order); the file's bytes were named for its limit.
 */
function sentRows(calls: readonly ServerCall[]): {
  fileBytes: unknown;
  text: string;
  rows: [number, ...string[]][];
} {
  const begin = calls.find((c) => c.name === 'importBegin')?.args[0] as { fileBytes?: unknown };
  const chunks = calls
    .filter((c) => c.name === 'importChunk')
    .map((c) => ({ index: c.args[1] as number, text: c.args[2] as string }))
    .sort((a, b) => a.index - b.index);
  const text = chunks.map((c) => c.text).join('');
  return { fileBytes: begin?.fileBytes, text, rows: JSON.parse(text).rows };
}

/** Adds the previewed sets to the log; returns the dialog's result line. */
async function commitImport(): Promise<string> {
  await inDialog('import-commit').click();
  await dialogFrame()
    .locator('[data-testid="import-dialog"][data-step="done"]')
    .waitFor({ timeout: WAIT });
  return (await inDialog('import-result').textContent()) ?? '';
}

async function closeDialog(): Promise<void> {
  await inDialog('import-close').click();
  await s.page.locator('[data-testid="dialog"]').waitFor({ state: 'hidden', timeout: WAIT });
}

/** The dialog for a file already in the log: nothing to add, so nothing can be written. */
async function expectNothingNew(file: string, answers: Answers, sets: number): Promise<void> {
  const before = logValues();
  const revision = s.preview.session.state().revision;
  const again = await previewImport(file, answers);
  expect(again.summary).toMatch(/^Nothing new to add/);
  expect(again.skipped).toContain(`${sets} sets: already in the log`);
  expect(again.commitEnabled).toBe(false);
  expect(again.commitLabel).toBe('Nothing to add');
  await closeDialog();
  await showSheet(s, 'Log');
  expect(s.preview.session.state().revision).toBe(revision);
  expect(logValues()).toEqual(before);
}

/**
 * The weights of a real export's sets other than warm-ups, read independently of the add-on: the
 * loads a kg import keeps (a set with no weight, such as a pull-up, is a load of 0).
 */
function fileLoads(file: string, weightColumn: string): Set<number> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return new Set(
    parsed.data
      .filter((r) => r.set_type !== 'warmup')
      .map((r) => (r[weightColumn] ? Number(r[weightColumn]) : 0)),
  );
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The appended rows' checks shared by both real exports. */
function expectAppended(rows: Cell[][], header: Cell[], athlete: string, inFile: Set<number>) {
  const a = indexOfLabel(header, 'Athlete');
  const d = indexOfLabel(header, 'Date');
  const load = indexOfLabel(header, 'Load');
  for (const row of rows) expect(row[a]).toBe(athlete);
  const dates = rows.map((r) => r[d]);
  for (const date of dates) expect(isDate(date)).toBe(true);
  const times = (dates as Date[]).map((x) => x.getTime());
  expect(times).toEqual([...times].sort((x, y) => x - y));
  const loads = rows.map((r) => r[load]).filter((v) => v !== '' && v !== null);
  expect(loads.length).toBeGreaterThan(0);
  expect(loads.filter((v) => typeof v !== 'number')).toEqual([]);
  // Loads kept as the file's kg numbers: a conversion to lb would give values the file never had.
  expect(loads.filter((v) => !inFile.has(v as number))).toEqual([]);
  expect(Math.max(...(loads as number[]))).toBe(Math.max(...inFile));
}

// ---- the tests ---------------------------------------------------------------------------------------

test(
  'a Strong file whose exercise names and notes start with =, +, - or @ lands as literal text',
  async () => {
    await showSheet(s, 'Log');
    const rowsBefore = logValues().length;
    const preview = await previewImport(craftedPath, { athlete: CRAFTED_ATHLETE, unit: 'kg' });
    expect(preview.summary).toMatch(/^4 sets will be added/);
    expect(await commitImport()).toMatch(/^Added 4 sets to the log/);
    await closeDialog();
    await showSheet(s, 'Log');

    const values = logValues();
    expect(values).toHaveLength(rowsBefore + 4);
    const header = values[0]!;
    const exercise = indexOfLabel(header, 'Exercise');
    const notes = indexOfLabel(header, 'Notes');
    const added = values.slice(rowsBefore);
    expect(added.map((r) => r[exercise])).toEqual(CRAFTED.map((c) => c.exercise));
    expect(added.map((r) => r[notes])).toEqual(CRAFTED.map((c) => c.note));
    // No cell holds a formula: the text is the value, not something a formula computed.
    expect(logFormulas(rowsBefore + 1, exercise + 1, 4)).toEqual(['', '', '', '']);
    expect(logFormulas(rowsBefore + 1, notes + 1, 4)).toEqual(['', '', '', '']);

    // And the page draws exactly that text in those cells.
    const grid = await readGrid(s);
    const drawn = grid.rows.slice(rowsBefore, rowsBefore + 4);
    expect(drawn.map((r) => r[exercise]?.text)).toEqual(CRAFTED.map((c) => c.exercise));
    expect(drawn.map((r) => r[notes]?.text)).toEqual(CRAFTED.map((c) => c.note));
    expect(drawn.map((r) => r[indexOfLabel(header, 'Athlete')]?.text)).toEqual(
      CRAFTED.map(() => CRAFTED_ATHLETE),
    );
  },
  TEST_TIMEOUT,
);

let firstRowsBeforeHevy: string[][] = [];
let originalColumns = 0;

test(
  "Hevy's export as Felipe: 518 sets added, warm-ups and cardio skipped, nothing existing changed",
  async () => {
    await showSheet(s, 'Log');
    const before = logValues();
    const header = before[0]!;
    originalColumns = header.filter((c) => c !== '' && c !== null).length;
    const gridBefore = await readGrid(s);
    firstRowsBeforeHevy = gridTexts(gridBefore, before.length, originalColumns);
    expect(firstRowsBeforeHevy.length).toBe(before.length - 1);

    let preview: Previewed | undefined;
    const calls = await serverCalls(async () => {
      preview = await previewImport(HEVY_EXPORT, { athlete: 'Felipe' });
    });
    if (!preview) throw new Error('no preview');
    // The dialog read the file into rows (papaparse, in the browser): the rows arrived, with
    // their lines, never the CSV text, and the server read them into this preview.
    const fileText = readFileSync(HEVY_EXPORT, 'utf8');
    const records = Papa.parse<string[]>(fileText, { skipEmptyLines: true }).data;
    const sent = sentRows(calls);
    expect(sent.fileBytes).toBe(statSync(HEVY_EXPORT).size);
    expect(sent.rows.map((r) => r.slice(1))).toEqual(records);
    expect(sent.rows[0]?.[0]).toBe(1);
    expect(sent.rows.at(-1)?.[0]).toBe(records.length);
    expect(sent.text).not.toContain(fileText.split('\n')[1]?.trim());
    // Hevy names its unit (weight_kg) but never the athlete: only the athlete is asked.
    expect(preview.format).toMatch(/Hevy/);
    expect(preview.askedAthlete).toBe(true);
    expect(preview.askedUnit).toBe(false);
    expect(preview.summary).toBe('518 sets will be added to the log; 49 skipped.');
    expect(preview.skipped).toEqual([
      '48 sets: warm-up sets',
      '1 set: cardio or timed sets (distance or time, no reps)',
    ]);
    expect(preview.commitLabel).toBe('Add 518 sets to the log');
    await expect(inDialog('import-preview').locator('tbody tr').count()).resolves.toBeGreaterThan(
      0,
    );

    const result = await commitImport();
    expect(result).toMatch(/^Added 518 sets to the log/);
    expect(result).toMatch(/48 warm-up sets/);
    await closeDialog();
    await showSheet(s, 'Log');

    const after = logValues();
    expect(after).toHaveLength(before.length + 518);
    // Every row that was there is as it was, in the columns it had (the import may add its key column).
    expect(after.slice(0, before.length).map((r) => r.slice(0, originalColumns))).toEqual(
      before.map((r) => r.slice(0, originalColumns)),
    );
    expect(sidebarState(s).settings.unit).toBe('kg');
    expectAppended(
      after.slice(before.length),
      header,
      'Felipe',
      fileLoads(HEVY_EXPORT, 'weight_kg'),
    );

    // What the coach sees: the first rows read the same, and Felipe's sets follow them.
    const gridAfter = await readGrid(s);
    expect(gridTexts(gridAfter, firstRowsBeforeHevy.length + 1, originalColumns)).toEqual(
      firstRowsBeforeHevy,
    );
    const athlete = columnOf(gridAfter, 'Athlete')!;
    const felipeOnScreen = gridAfter.rows.slice(before.length).map((r) => r[athlete - 1]?.text);
    expect(felipeOnScreen.length).toBeGreaterThan(0);
    expect(new Set(felipeOnScreen)).toEqual(new Set(['Felipe']));
  },
  TEST_TIMEOUT,
);

test(
  'the same Hevy file again as Felipe adds nothing: every set is already in the log',
  async () => {
    await expectNothingNew(HEVY_EXPORT, { athlete: 'Felipe' }, 518);
    const grid = await readGrid(s);
    expect(gridTexts(grid, firstRowsBeforeHevy.length + 1, originalColumns)).toEqual(
      firstRowsBeforeHevy,
    );
  },
  TEST_TIMEOUT,
);

test(
  "Strong's export as Andrew in kg: 198 sets added, 10 cardio skipped; again adds nothing",
  async () => {
    const before = logValues();
    const header = before[0]!;
    const preview = await previewImport(STRONG_EXPORT, { athlete: 'Andrew' });
    // Strong's file names neither the athlete nor its unit: the dialog asks the athlete; the
    // numbers (kilo dumbbells off the 2.5 grid) say kg, and the dialog says how it knows.
    expect(preview.format).toMatch(/^File: Strong — classic layout; comma-separated$/);
    expect(preview.askedAthlete).toBe(true);
    expect(preview.askedUnit).toBe(false);
    expect(preview.unitLine).toMatch(/^Weights read as kg, worked out from the numbers: /);
    expect(preview.summary).toBe('198 sets will be added to the log; 10 skipped.');
    expect(preview.skipped).toEqual(['10 sets: cardio or timed sets (distance or time, no reps)']);
    expect(await commitImport()).toMatch(/^Added 198 sets to the log/);
    await closeDialog();
    await showSheet(s, 'Log');

    const after = logValues();
    expect(after).toHaveLength(before.length + 198);
    expect(after.slice(0, before.length).map((r) => r.slice(0, originalColumns))).toEqual(
      before.map((r) => r.slice(0, originalColumns)),
    );
    expectAppended(
      after.slice(before.length),
      header,
      'Andrew',
      fileLoads(STRONG_EXPORT, 'Weight'),
    );

    await expectNothingNew(STRONG_EXPORT, { athlete: 'Andrew' }, 198);
  },
  TEST_TIMEOUT,
);

test(
  'after every import the formula-like text is still literal text',
  async () => {
    const values = logValues();
    const header = values[0]!;
    const exercise = indexOfLabel(header, 'Exercise');
    const notes = indexOfLabel(header, 'Notes');
    const first = values.findIndex((r) => r[indexOfLabel(header, 'Athlete')] === CRAFTED_ATHLETE);
    expect(first).toBeGreaterThan(0);
    expect(values.slice(first, first + 4).map((r) => [r[exercise], r[notes]])).toEqual(
      CRAFTED.map((c) => [c.exercise, c.note]),
    );
    expect(logFormulas(first + 1, exercise + 1, 4)).toEqual(['', '', '', '']);
    expect(logFormulas(first + 1, notes + 1, 4)).toEqual(['', '', '', '']);
  },
  TEST_TIMEOUT,
);

test(
  'the sidebar, refreshed, has cards for Felipe and Andrew',
  async () => {
    await openSidebar(s);
    await s.sidebar.locator('[data-testid="refresh"]').click();
    await s.sidebar
      .locator('[data-testid="sidebar"][data-state="ready"]')
      .waitFor({ timeout: WAIT });
    for (const name of ['Felipe', 'Andrew']) {
      await s.sidebar
        .locator(`[data-testid="athlete-card"][data-athlete="${name}"]`)
        .waitFor({ timeout: WAIT });
    }
    await waitUntil('the server to know both athletes', async () => {
      const athletes = sidebarState(s).athletes.map((a) => a.name);
      return athletes.includes('Felipe') && athletes.includes('Andrew');
    });
  },
  TEST_TIMEOUT,
);

test(
  'a CSV of the log’s own layout: sets already in the log skipped, its bodyweight kept, the bad row listed',
  async () => {
    const file = path.join(tmp, 'log-layout.csv');
    writeFileSync(
      file,
      [
        'Date,Athlete,Exercise,Sets,Reps,Load,Bodyweight,Notes',
        // Two rows the sample log already has, one new session, one row with a typo.
        '2026-08-17,Maya Okafor,Front squat,3,5,40,58.5,',
        '2026-08-17,Maya Okafor,Single-leg RDL,3,8,10,58.5,',
        '2026-11-19,Maya Okafor,Front squat,3,5,52.5,58,',
        '2026-11-19,Maya Okafor,Trap bar deadlift,3,five,80,58,',
      ].join('\n'),
    );
    const before = logValues();
    const header = before[0]!;
    const preview = await previewImport(file, { unit: 'kg' });
    expect(preview.format).toMatch(/Strong Enough log/);
    expect(preview.summary).toBe('1 set will be added to the log; 2 skipped.');
    expect(preview.skipped).toEqual(['2 sets: already in the log']);
    const bad = await inDialog('import-bad').textContent();
    expect(bad).toContain('1 row of the file could not be read and is left out:');
    expect(bad).toContain('Line 5: reps "five" is not a number.');
    expect(await commitImport()).toMatch(/1 row could not be read and was left out\./);
    await expect(inDialog('import-bad').textContent()).resolves.toContain('Line 5:');
    await closeDialog();
    await showSheet(s, 'Log');
    const after = logValues();
    expect(after).toHaveLength(before.length + 1);
    const added = after[after.length - 1]!;
    expect(added[indexOfLabel(header, 'Load')]).toBe(52.5);
    expect(added[indexOfLabel(header, 'Bodyweight')]).toBe(58);
  },
  TEST_TIMEOUT,
);

test(
  'a bodyweight given in the dialog gives the new athlete ratios, and the open sidebar catches up by itself',
  async () => {
    await openSidebar(s);
    await s.sidebar
      .locator('[data-testid="sidebar"][data-state="ready"]')
      .waitFor({ timeout: WAIT });
    const preview = await previewImport(STRONG_EXPORT, {
      athlete: 'Wen Li',
      unit: 'kg',
      bodyweight: { value: '64', unit: 'kg' },
    });
    expect(await inDialog('import-bodyweight-field').textContent()).toMatch(
      /Written with the newest imported set/,
    );
    expect(preview.summary).toBe('198 sets will be added to the log; 10 skipped.');
    const result = await commitImport();
    expect(result).toMatch(
      /The bodyweight 64 kg is on the newest imported set, so ratios show at once\./,
    );
    // No more "refresh the sidebar": it notices the import itself.
    const done = (await dialogFrame().locator('[data-testid="import-dialog"]').textContent()) ?? '';
    expect(done).not.toMatch(/Refresh/i);
    await closeDialog();
    // The sidebar is never told to refresh: its revision check (on focus, or every 20 s) finds it.
    await s.sidebar
      .locator('[data-testid="athlete-card"][data-athlete="Wen Li"]')
      .waitFor({ timeout: 2 * WAIT });
    const wen = sidebarState(s).athletes.find((a) => a.name === 'Wen Li');
    expect(wen?.bodyweight).toBe(64);
    expect(wen?.lifts.some((l) => l.ratio !== null)).toBe(true);
  },
  2 * TEST_TIMEOUT,
);

test(
  'a file with a quote never closed is refused in the dialog, with its line, and nothing is sent',
  async () => {
    const file = path.join(tmp, 'unclosed-quote.csv');
    writeFileSync(
      file,
      [
        'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
        '2026-11-18 07:30:00,Gym,Squat (Barbell),1,60,5,0,0,,,',
        '2026-11-18 07:30:00,Gym,Squat (Barbell),2,60,5,0,0,"felt heavy,,',
        '2026-11-18 07:30:00,Gym,Squat (Barbell),3,60,5,0,0,,,',
      ].join('\n'),
    );
    const before = logValues();
    const calls = await serverCalls(async () => {
      await showSheet(s, 'Log');
      await clickMenu(s.page, 'Import workout CSV');
      await s.page.locator('[data-testid="dialog"]:not([hidden])').waitFor({ timeout: WAIT });
      await inDialog('import-file').setInputFiles(file);
      await inDialog('import-error').waitFor({ timeout: WAIT });
    });
    await expect(inDialog('import-error').textContent()).resolves.toBe(
      'The file was not imported. Line 3: a quoted field is never closed (a " with no closing ").',
    );
    expect(calls.map((c) => c.name)).toEqual([]);
    await closeDialog();
    expect(logValues()).toEqual(before);
  },
  TEST_TIMEOUT,
);

test('no browser dialog and no script error on the way', () => {
  expect(s.dialogs).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});
