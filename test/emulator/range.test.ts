import { fixtureEmulator, sheetOf } from './helpers';

describe('Range values, faithful to Sheets', () => {
  it('returns 2D arrays with "" for empty cells, numbers, booleans and text', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:C2').setValues([
      [1, 'Front squat', true],
      [2.5, '', false],
    ]);
    expect(sheet.getRange('A1:D3').getValues()).toEqual([
      [1, 'Front squat', true, ''],
      [2.5, '', false, ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getRange(2, 1).getValue()).toBe(2.5);
    expect(sheet.getRange(1, 2, 1, 2).getValues()).toEqual([['Front squat', true]]);
  });

  it('round-trips Date cells in the spreadsheet time zone, with a date format', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    const day = new Date('2026-03-01T23:30:00Z'); // 00:30 on 2 March in Oslo
    sheet.getRange('A1').setValue(day);
    const back = sheet.getRange('A1').getValue();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).getTime()).toBe(day.getTime());
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/2/2026 0:30:00');
  });

  it('reads text the way typing it would: formulas, numbers, booleans, ISO dates, apostrophes', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:F1').setValues([['=1+2', '102.5', 'TRUE', '2026-03-02', "'0042", '100 kg']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row!.slice(0, 3)).toEqual([3, 102.5, true]);
    expect(row![3]).toBeInstanceOf(Date);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('2026-03-02');
    expect(row!.slice(4)).toEqual(['0042', '100 kg']);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+2', '']]);
  });

  it('keeps text as typed in plain-text ("@") cells', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setNumberFormat('@').setValue('0042');
    expect(sheet.getRange('A1').getValue()).toBe('0042');
  });

  it('throws Sheets’ messages when the data does not fit the range', () => {
    const sheet = sheetOf(fixtureEmulator());
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('throws outside the grid instead of growing the sheet, and grows with insertRows/Columns', () => {
    const sheet = sheetOf(fixtureEmulator());
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    sheet.getRange('A1000').setValue('last');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnAfter(1);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.getRange(1005, 27).setValue('corner');
    expect(sheet.getRange('AA1005').getValue()).toBe('corner');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A1001').getValue()).toBe('last');
  });

  it('sizes open-ended, whole-column and sheet-qualified ranges like Sheets', () => {
    const emu = fixtureEmulator();
    const log = emu.spreadsheet.insertSheet('Log');
    log.insertRowsAfter(1000, 500);
    const open = emu.spreadsheet.getRange('Log!A2:H');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 1499, 8]);
    expect(log.getRange('C:C').getNumRows()).toBe(1500);
    expect(log.getRange('A2:H').getA1Notation()).toBe('A2:H1500');
  });

  it('reports content bounds with getLastRow/getLastColumn/getDataRange', () => {
    const sheet = sheetOf(fixtureEmulator());
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B2:C4').setValues([
      [1, 2],
      [3, 4],
      [5, ''],
    ]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    sheet.getRange('B4').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });

  it('clears contents only, or contents and formats', () => {
    const sheet = sheetOf(fixtureEmulator());
    const range = sheet.getRange('A1:B1');
    range
      .setValues([[1, 2]])
      .setBackground('#FF0000')
      .setNumberFormat('0.00')
      .setFontWeight('bold');
    expect(range.getDisplayValues()).toEqual([['1.00', '2.00']]);
    range.clearContent();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    range.clear();
    expect(range.getBackground()).toBe('#ffffff');
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(range.getNumberFormat()).toBe('General');
  });

  it('formats numbers for display', () => {
    const sheet = sheetOf(fixtureEmulator());
    sheet.getRange('A1:D1').setValues([[1234.5, 0.256, 116.66666666666667, -3]]);
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.00', '0.0%', 'General', '0" kg"']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['1,234.50', '25.6%', '116.6666667', '-3 kg'],
    ]);
  });

  it('freezes rows and sheets can be inserted, renamed and deleted', () => {
    const emu = fixtureEmulator();
    const sheet = emu.spreadsheet.insertSheet('Targets');
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => emu.spreadsheet.insertSheet('targets')).toThrow(
      'A sheet with the name "targets" already exists',
    );
    sheet.setName('My targets');
    expect(emu.spreadsheet.getSheetByName('Targets')).toBeNull();
    expect(emu.spreadsheet.getSheetByName('My targets')?.getIndex()).toBe(2);
    emu.spreadsheet.deleteSheet(sheet);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('reads the active sheet through the Spreadsheet: its name and values, one call each', () => {
    const emu = fixtureEmulator();
    const log = sheetOf(emu);
    log.getRange('A1:B2').setValues([
      ['Exercise', 'Load'],
      ['Front squat', 60],
    ]);
    const targets = emu.spreadsheet.insertSheet('Targets'); // a new sheet becomes the active one
    targets.getRange('A1').setValue('Exercise');
    emu.resetCalls();
    expect(emu.spreadsheet.getSheetName()).toBe('Targets');
    expect(emu.spreadsheet.getSheetValues(1, 1, -1, -1)).toEqual([['Exercise']]);
    emu.spreadsheet.setActiveSheet(log);
    expect(emu.spreadsheet.getSheetName()).toBe(log.getName());
    // -1 reads through the last row and column with content, as Sheet.getSheetValues does.
    expect(emu.spreadsheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ['Exercise', 'Load'],
      ['Front squat', 60],
    ]);
    expect(emu.spreadsheet.getSheetValues(2, 2, 1, 1)).toEqual([[60]]);
    expect(emu.calls()['Spreadsheet.getSheetName']).toBe(2);
    expect(emu.calls()['Spreadsheet.getSheetValues']).toBe(3);
  });

  it('throws a clear error for any method it does not implement', () => {
    const sheet = sheetOf(fixtureEmulator());
    const range = sheet.getRange('A1') as unknown as { getRichTextValues(): unknown };
    expect(() => range.getRichTextValues()).toThrow(
      'Emulator: Range.getRichTextValues is not implemented',
    );
    const app = fixtureEmulator().globals.SpreadsheetApp as { create(name: string): unknown };
    expect(() => app.create('x')).toThrow('Emulator: SpreadsheetApp.create is not implemented');
  });

  it('counts calls per service method, resettably', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    emu.resetCalls();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1:B2').getValues();
    expect(emu.calls()).toEqual({
      'Range.getValues': 2,
      'Range.setValues': 1,
      'Sheet.getRange': 3,
    });
    emu.resetCalls();
    expect(emu.calls()).toEqual({});
  });

  it('counts the round trips a menu action costs when run as the user', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:B3').setValues([
      ['Date', 'Load'],
      [1, 100],
      [2, 105],
    ]);
    emu.resetCalls();
    expect(emu.run('tagRows')).toBe(3);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['Tag'], ['row 2'], ['row 3']]);
    emu.resetCalls();
    emu.run('tagRows');
    expect(emu.calls()).toEqual({
      'Range.getLastColumn': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('keeps getValues/setValues linear: a 20,000-row log is written and read in one call each', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.insertRowsAfter(1000, 19_001);
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      new Date(Date.UTC(2026, 0, 1 + (i % 300))),
      'Ann',
      'Front squat',
      60 + (i % 40),
      5,
      3,
      'kg',
      61,
    ]);
    emu.resetCalls();
    sheet.getRange(2, 1, rows.length, 8).setValues(rows);
    const back = sheet.getRange('A2:H').getValues();
    expect(back).toHaveLength(20_000);
    expect(back[19_999]![3]).toBe(rows[19_999]![3]);
    expect((back[5]![0] as Date).getTime()).toBe((rows[5]![0] as Date).getTime());
    expect(emu.calls()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 2,
    });
  });
});
