import {
  CONNECT_MESSAGE,
  NO_PERMISSION_MESSAGE,
  NOT_FOUND_MESSAGE,
  spreadsheetKey,
} from '../../scripts/emulator/importrange';
import { fixtureEmulator, sheetOf } from './helpers';

/** An athlete's own file: a "Log" tab with a header, two dated rows and a note column. */
function athleteFile(emu: ReturnType<typeof fixtureEmulator>, name = 'Maya training') {
  const file = emu.linkFile({ name });
  const log = file.spreadsheet.getSheets()[0]!;
  log.setName('Log');
  log.getRange('A1:D3').setValues([
    ['Date', 'Exercise', 'Load', 'Reps'],
    ['2026-03-01', 'Front squat', 60, 5],
    ['2026-03-04', 'Front squat', 62.5, 5],
  ]);
  return file;
}

describe('IMPORTRANGE from another in-memory spreadsheet', () => {
  it('shows #REF! asking to connect the sheets until access is allowed, then spills the values', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${file.url}", "Log!A1:D")`);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    expect(emu.errorAt('Sheet1!A1')).toEqual({ error: '#REF!', message: CONNECT_MESSAGE });
    expect(sheet.getLastRow()).toBe(1);
    expect(emu.accessAllowed(file.url)).toBe(false);

    emu.allowAccess(file.url);
    expect(emu.accessAllowed(file.key)).toBe(true);
    const values = sheet.getRange('A1:D3').getValues();
    expect(values[0]).toEqual(['Date', 'Exercise', 'Load', 'Reps']);
    // Dates keep their type: the source cell's date format comes along, as Sheets shows it.
    expect(values[1]![0]).toBeInstanceOf(Date);
    expect((values[1]![0] as Date).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(values[2]!.slice(1)).toEqual(['Front squat', 62.5, 5]);
    // Trailing empty rows of the open-ended range are not part of the result.
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  it('is allowed per file: a second formula on the same file works at once, another file still asks', () => {
    const emu = fixtureEmulator();
    const maya = athleteFile(emu, 'Maya');
    const priya = athleteFile(emu, 'Priya');
    emu.allowAccess(maya.key);
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${maya.url}", "Log!B2")`);
    sheet.getRange('B1').setFormula(`=IMPORTRANGE("${maya.key}", "Log!C3")`);
    sheet.getRange('C1').setFormula(`=IMPORTRANGE("${priya.url}", "Log!C3")`);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Front squat', 62.5, '#REF!']]);
    expect(emu.errorAt('Sheet1!C1')?.message).toBe(CONNECT_MESSAGE);
  });

  it('reads the first sheet when the range names none, and takes the URL from a cell', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    emu.allowAccess(file.url);
    const sheet = sheetOf(emu);
    sheet.getRange('F1:G1').setValues([[file.url, 'B2:C3']]);
    sheet.getRange('A1').setFormula('=IMPORTRANGE(F1, G1)');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Front squat', 60],
      ['Front squat', 62.5],
    ]);
  });

  it('reads a tab whose name holds quotes, written with "" in the formula as Sheets wants', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    file.spreadsheet.getSheetByName('Log')!.setName(`Maya's "main" log`);
    emu.allowAccess(file.url);
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${file.url}","'Maya''s ""main"" log'!B1:C3")`);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      ['Exercise', 'Load'],
      ['Front squat', 60],
      ['Front squat', 62.5],
    ]);
  });

  it('gives the errors Sheets gives: no such file, not shared, no such sheet, not a range', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    const hidden = emu.linkFile({ name: 'Private', shared: false });
    emu.allowAccess(file.url);
    const sheet = sheetOf(emu);
    sheet
      .getRange('A1:A5')
      .setFormulas([
        ['=IMPORTRANGE("not a link", "A1")'],
        ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/unknownKey12345/edit", "A1")'],
        [`=IMPORTRANGE("${hidden.url}", "A1")`],
        [`=IMPORTRANGE("${file.url}", "Lgo!A1:D")`],
        [`=IMPORTRANGE("${file.url}", "Log!nonsense")`],
      ]);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(Array(5).fill('#REF!'));
    expect(emu.errorAt('Sheet1!A1')?.message).toBe(NOT_FOUND_MESSAGE);
    expect(emu.errorAt('Sheet1!A2')?.message).toBe(NO_PERMISSION_MESSAGE);
    expect(emu.errorAt('Sheet1!A3')?.message).toBe(NO_PERMISSION_MESSAGE);
    expect(emu.errorAt('Sheet1!A4')?.message).toBe('Unable to parse range: Lgo!A1:D');
    expect(emu.errorAt('Sheet1!A5')?.message).toBe('Unable to parse range: Log!nonsense');
    expect(() => emu.allowAccess(hidden.url)).toThrow(/not shared/);
  });

  it('follows the source: an edit there, a new row, a share taken away', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    emu.allowAccess(file.url);
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${file.url}", "Log!A1:D")`);
    sheet.getRange('F1').setFormula('=SUM(C1:C10)');
    expect(sheet.getRange('F1').getValue()).toBe(122.5);
    const log = file.spreadsheet.getSheetByName('Log')!;
    log.getRange('C2').setValue(70);
    log.getRange('A4:D4').setValues([['2026-03-08', 'Front squat', 65, 3]]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange('C2:C4').getValues().flat()).toEqual([70, 62.5, 65]);
    expect(sheet.getRange('F1').getValue()).toBe(197.5);
    file.shared = false;
    log.getRange('C2').setValue(71);
    expect(emu.errorAt('Sheet1!A1')?.message).toBe(NO_PERMISSION_MESSAGE);
  });

  it('asks for rows rather than growing a sheet too short for the result, and is blocked by data', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    emu.allowAccess(file.url);
    const short = emu.spreadsheet.insertSheet('Short');
    short.deleteRows(3, short.getMaxRows() - 2);
    short.getRange('A1').setFormula(`=IMPORTRANGE("${file.url}", "Log!A1:D")`);
    expect(emu.errorAt('Short!A1')?.message).toBe(
      'Result was not automatically expanded, please insert more rows (1).',
    );
    const sheet = sheetOf(emu);
    sheet.getRange('B2').setValue('mine');
    sheet.getRange('A1').setFormula(`=IMPORTRANGE("${file.url}", "Log!A1:D")`);
    expect(emu.errorAt('Sheet1!A1')?.message).toMatch(/would overwrite data in B2/);
  });

  it('never lets code running as the add-on write to the other file', () => {
    const emu = fixtureEmulator();
    const file = athleteFile(emu);
    const context = emu.context as Record<string, unknown>;
    context.writeToAthlete = () => file.spreadsheet.getSheets()[0]!.getRange('A1').setValue('x');
    context.readAthlete = () => file.spreadsheet.getSheets()[0]!.getRange('B2').getValue();
    expect(() => emu.run('writeToAthlete')).toThrow(/athlete's own file.*Range\.setValue/);
    expect(emu.run('readAthlete')).toBe('Front squat');
    expect(file.spreadsheet.getSheets()[0]!.getRange('A1').getValue()).toBe('Date');
    // With only the current-file scope, opening another file is refused outright.
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.openByUrl(file.url)).toThrow(
      'You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('knows a spreadsheet key in a URL or alone', () => {
    expect(spreadsheetKey('https://docs.google.com/spreadsheets/d/1AbC_d-9xyz/edit#gid=0')).toBe(
      '1AbC_d-9xyz',
    );
    expect(spreadsheetKey('https://docs.google.com/spreadsheets/u/1/d/1AbC_d-9xyz/')).toBe(
      '1AbC_d-9xyz',
    );
    expect(spreadsheetKey('1AbC_d-9xyz')).toBe('1AbC_d-9xyz');
    expect(spreadsheetKey('https://example.com/d/1AbC_d-9xyz')).toBeNull();
    expect(spreadsheetKey('x" & "y')).toBeNull();
  });
});
