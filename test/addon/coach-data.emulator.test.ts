// Issue 12: the coach's spreadsheet as coaches really keep and edit it. Each scenario failed on the
// code before the issue (per-sheet-name record, fixed ranges, no checksums checked).
import { checksum, decodeFile } from '../../src/core/import/chunks';
import { fileUpload } from '../../src/sidebar/import-view';
import { HEADER, lastAlert, logRows, setup, snapshot, uploadFile } from './harness';

type Em = ReturnType<typeof setup>['em'];
const sheetOf = (em: Em, name: string) => {
  const s = em.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const strong = (day: string, load: number, reps: number, notes = '') =>
  `${day} 10:00:00,Gym,Squat (Barbell),1,${load},${reps},0,0,"${notes}",,`;
const STRONG_HEADER =
  'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
const file = (...lines: string[]) => `${[STRONG_HEADER, ...lines].join('\n')}\n`;

describe('the log ends where the data ends', () => {
  it('an import after Apply appends right below the log, not below 1,000 empty status rows', () => {
    const { em, log } = setup(logRows(12));
    em.run('menuApplyHighlights');
    expect(log.getLastRow()).toBe(13);
    em.run('importCommit', uploadFile(em, file(strong('2026-03-02', 60, 5))), {
      athlete: 'Ana',
      unit: 'kg',
    });
    expect(em.get('Log!B14')).toBe('Ana');
    expect(log.getLastRow()).toBe(14);
  });

  it('colour rules and protection reach the rows an import adds past the sheet’s end', () => {
    const { em } = setup(logRows(995));
    em.run('menuApplyHighlights');
    const lines = Array.from({ length: 20 }, (_, i) =>
      strong(`2026-03-${String(i + 1).padStart(2, '0')}`, 60 + i, 5),
    );
    em.run('importCommit', uploadFile(em, file(...lines)), { athlete: 'Ana', unit: 'kg' });
    const log = sheetOf(em, 'Log');
    expect(log.maxRows).toBeGreaterThan(1000);
    for (const rule of log.rules) {
      for (const r of rule.ranges) expect(r.row + r.numRows - 1).toBe(log.maxRows);
    }
    const ours = log.protections.filter((p) => /Strong Enough/.test(p.description));
    expect(ours).toHaveLength(1);
    expect((ours[0]?.range?.row ?? 0) + (ours[0]?.range?.numRows ?? 0) - 1).toBe(log.maxRows);
  });
});

describe('find, don’t remember', () => {
  it('a column inserted left of the Status column: the import still writes reps, key and notes', () => {
    const { em, log } = setup(logRows(12));
    em.run('menuApplyHighlights');
    log.insertColumnsBefore(2, 1); // the coach adds a "Coach" column after Date
    log.getRange('B1').setValue('Coach');
    const result = em.run(
      'importCommit',
      uploadFile(em, file(strong('2026-03-02', 60, 5, 'easy'))),
      {
        athlete: 'Ana',
        unit: 'kg',
      },
    ) as { added: number };
    expect(result.added).toBe(1);
    const header = (sheetOf(em, 'Log').values[0] as unknown[]).map(String);
    const row = sheetOf(em, 'Log').values[13] as unknown[];
    expect(row[header.indexOf('Reps')]).toBe(5);
    expect(row[header.indexOf('Import key')]).not.toBe('');
    // Re-importing adds nothing.
    const again = em.run(
      'importCommit',
      uploadFile(em, file(strong('2026-03-02', 60, 5, 'easy'))),
      {
        athlete: 'Ana',
        unit: 'kg',
      },
    ) as { added: number };
    expect(again.added).toBe(0);
  });

  it('a renamed log, and a new sheet with its old name: highlights follow the log', () => {
    const { em, log } = setup(logRows(12));
    em.run('menuApplyHighlights');
    log.setName('Season log');
    em.spreadsheet.insertSheet('Log');
    log.activate();
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/already on "Season log"/);
    const state = em.run('getSidebarState') as { highlightsApplied: boolean };
    expect(state.highlightsApplied).toBe(true);
  });

  it('a Status column dragged to column A: re-Apply moves the formula out of the log', () => {
    const { em, log } = setup(logRows(12));
    em.run('menuApplyHighlights');
    log.moveColumns(log.getRange('G:G'), 1);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/Highlights are on "Log"/);
    expect(em.errorAt('Log!H1')).toBeNull();
    expect(em.get('Log!H1')).toBe('Status');
    expect(em.get('Log!A1')).toBe('');
  });

  it('a coach’s own "Targets" and "Strength dashboard" sheets are never written into', () => {
    const { em, log } = setup(logRows(24));
    const paces = em.spreadsheet.insertSheet('Targets');
    paces.getRange('A1:B2').setValues([
      ['Race', 'Pace'],
      ['10K', '4:05/km'],
    ]);
    const board = em.spreadsheet.insertSheet('Strength dashboard');
    board.getRange('A1').setValue('My own board');
    log.activate();
    const before = snapshot(em, ['Targets', 'Strength dashboard']);
    em.run('menuApplyHighlights');
    expect(em.errorAt('Log!G1')).toBeNull();
    expect(em.get('Log!G1')).toBe('Status');
    em.run('saveTargets', [{ exercise: 'Front squat', multiple: 1 }]);
    log.activate();
    em.run('menuBuildDashboard');
    expect(lastAlert(em)).toMatch(/"Strength dashboard \(Strong Enough\)" sheet is rebuilt/);
    expect(snapshot(em, ['Targets', 'Strength dashboard'])).toEqual(before);
    expect(em.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Targets (Strong Enough)', 'Strength dashboard (Strong Enough)']),
    );
  });
});

describe('room when needed', () => {
  it('Apply and import on a trimmed log with no free column insert one instead of failing', () => {
    const { em, log } = setup(logRows(12));
    log.deleteColumns(7, log.getMaxColumns() - 6);
    em.run('menuApplyHighlights');
    expect(lastAlert(em)).toMatch(/Highlights are on "Log"/);
    expect(em.get('Log!G1')).toBe('Status');
    const result = em.run('importCommit', uploadFile(em, file(strong('2026-03-02', 60, 5))), {
      athlete: 'Ana',
      unit: 'kg',
    }) as { added: number };
    expect(result.added).toBe(1);
    expect(em.get('Log!H1')).toBe('Import key');
  });

  it('Remove takes away the column Apply inserted, so the trimmed log is as it was', () => {
    const { em, log } = setup(logRows(12));
    log.deleteColumns(7, log.getMaxColumns() - 6);
    const before = JSON.stringify(sheetOf(em, 'Log').values);
    em.run('menuApplyHighlights');
    expect(log.getMaxColumns()).toBe(7);
    em.run('menuApplyHighlights');
    expect(log.getMaxColumns()).toBe(7);
    em.run('menuRemoveHighlights');
    expect(log.getMaxColumns()).toBe(6);
    expect(JSON.stringify(sheetOf(em, 'Log').values)).toBe(before);
    expect(em.workbook.metadata.filter((m) => m.location.type === 'COLUMN')).toEqual([]);
  });

  it('an inserted column the coach has written in stays theirs at Remove; only our tag goes', () => {
    const { em, log } = setup(logRows(12));
    log.deleteColumns(7, log.getMaxColumns() - 6);
    em.run('menuApplyHighlights');
    log.getRange('G5').setValue('felt strong');
    em.run('menuRemoveHighlights');
    expect(log.getMaxColumns()).toBe(7);
    expect(em.get('Log!G5')).toBe('felt strong');
    expect(em.get('Log!G1')).toBe('');
    expect(em.workbook.metadata.filter((m) => m.location.type === 'COLUMN')).toEqual([]);
  });
});

describe('settings follow through, the coach’s rules stay put', () => {
  it('saving the unit rewrites the Status formula when highlights are on', () => {
    const { em } = setup(logRows(12));
    em.run('menuApplyHighlights');
    em.run('saveSettings', { unit: 'lb', sessionsBeforeStale: 4 });
    expect(em.render('Log', { numRows: 1 }).rows[0]?.[6]?.formula).toBe(
      '=STRENGTH_STATUS(Log!A1:F,Targets!A1:B,4,"epley","lb","","",Targets!D1:I)',
    );
  });

  it('re-Apply leaves a coach’s rule placed below ours where it is, in its colour', () => {
    const { em, log } = setup(logRows(12));
    em.run('menuApplyHighlights');
    const app = em.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const coach = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground('#123456')
      .setRanges([log.getRange('D2:D')])
      .build();
    log.setConditionalFormatRules([...log.getConditionalFormatRules(), coach]);
    const rules = () => sheetOf(em, 'Log').rules.map(({ id: _id, ...r }) => r);
    const before = rules();
    em.run('saveSettings', { colors: { stale: '#ff9900' } });
    em.run('menuApplyHighlights');
    const after = rules();
    expect(after[3]).toEqual(before[3]);
    expect(after).toHaveLength(4);
  });
});

describe('no number from nothing', () => {
  it('an athlete missing from a partial roster has no bodyweight, never the first athlete’s', () => {
    const { em } = setup([
      ['Date', 'Athlete', 'Exercise', 'Load', 'Reps'],
      ['2026-03-02', 'Ana', 'Front squat', 60, 5],
      ['2026-03-02', 'Ben', 'Front squat', 80, 5],
    ]);
    em.spreadsheet
      .insertSheet('Roster')
      .getRange('A1:C2')
      .setValues([
        ['Athlete', 'Date', 'Bodyweight'],
        ['Ana', '2026-01-01', 58],
      ]);
    em.run('saveSettings', { bodyweight: { kind: 'roster', sheet: 'Roster' }, logSheet: 'Log' });
    const state = em.run('getSidebarState') as {
      athletes: { name: string; bodyweight: number | null }[];
      logError: string | null;
    };
    expect(state.logError).toBeNull();
    expect(state.athletes.find((a) => a.name === 'Ben')?.bodyweight).toBeNull();
    expect(state.athletes.find((a) => a.name === 'Ana')?.bodyweight).toBe(58);
  });
});

describe('upload integrity', () => {
  it('a chunk damaged on the way (same length) is refused by number, nothing imported', () => {
    const { em } = setup([HEADER]);
    // The rows' text the dialog sends for the file (read into rows in the browser).
    const read = fileUpload(file(strong('2026-03-02', 60, 5)));
    if (!read.ok) throw new Error(read.message);
    const text = read.upload.chunks.join('');
    expect(text).toContain('"60"');
    const half = Math.floor(text.length / 2);
    const parts = [text.slice(0, half), text.slice(half)];
    const { uploadId } = em.run('importBegin', {
      fileName: 'a.csv',
      size: text.length,
      chunks: 2,
      checksum: checksum(text),
    }) as { uploadId: string };
    em.run('importChunk', uploadId, 0, parts[0], checksum(parts[0] as string));
    const damaged = (parts[1] as string).replace('60', '99');
    expect(() => em.run('importChunk', uploadId, 1, damaged, checksum(parts[1] as string))).toThrow(
      /Part 2 of 2 of the file was damaged on the way/,
    );
    // A part damaged in the cache itself is named when the parts are joined.
    em.run('importChunk', uploadId, 1, parts[1], checksum(parts[1] as string));
    const key = `se:upload:${uploadId}:1`;
    const item = em.cache.user.get(key);
    if (item) item.value = item.value.replace('60', '99');
    expect(() => em.run('importPreview', uploadId, {})).toThrow(/Part 2 of 2 .*damaged/);
    expect(sheetOf(em, 'Log').values).toHaveLength(1);
  });

  it('a workbook or JSON file is named before anything is sent; a UTF-16 file is read', () => {
    const { em } = setup([HEADER]);
    const sent = () => [...em.cache.user.keys()].filter((k) => k.startsWith('se:upload:'));
    expect(() => uploadFile(em, 'PK\u0003\u0004xl/workbook.xml')).toThrow(/spreadsheet workbook/);
    expect(() => uploadFile(em, '[{"a":1}]')).toThrow(/JSON file/);
    expect(sent()).toEqual([]);
    // A UTF-16 file is decoded in the dialog (decodeFile), read into rows there and imported.
    const bytes = Buffer.from(`\ufeff${file(strong('2026-03-02', 60, 5))}`, 'utf16le');
    const decoded = decodeFile(new Uint8Array(bytes), 'utf16.csv');
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.encoding).toBe('UTF-16');
    const result = em.run('importCommit', uploadFile(em, decoded.text), {
      athlete: 'Ana',
      unit: 'kg',
    }) as { added: number };
    expect(result.added).toBe(1);
    expect(em.get('Log!C2')).toBe('Squat (Barbell)');
  });
});
