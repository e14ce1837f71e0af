import { fixtureEmulator, sheetOf } from './helpers';

describe('batching helpers, faithful to Apps Script', () => {
  it('getSheetValues reads a block, and -1 rows/columns run to the last row/column with content', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:C3').setValues([
      ['Date', 'Exercise', 'Load'],
      [1, 'Front squat', 60],
      [2, 'Front squat', 62.5],
    ]);
    emu.resetCalls();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([['Front squat'], ['Front squat']]);
    expect(sheet.getSheetValues(1, 1, 1, 4)).toEqual([['Date', 'Exercise', 'Load', '']]);
    expect(emu.calls()['Sheet.getSheetValues']).toBe(3);
    expect(() => sheet.getSheetValues(1, 1, 2000, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('getRangeList gives Range objects in order for one call, and applies writes to each range', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    emu.resetCalls();
    const list = sheet.getRangeList(['B2', 'D1:E2', 'A5:A']);
    const ranges = list.getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual([
      'B2',
      'D1:E2',
      `A5:A${sheet.getMaxRows()}`,
    ]);
    list.setValue(7).setNumberFormat('0.0');
    expect(emu.calls()).toEqual({
      'Range.getA1Notation': 3,
      'RangeList.getRanges': 1,
      'RangeList.setNumberFormat': 1,
      'RangeList.setValue': 1,
      'Sheet.getMaxRows': 1,
      'Sheet.getRangeList': 1,
    });
    expect(sheet.getRange('D1:E2').getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('C2').getValue()).toBe('');
    list.setFormula('=ROW()');
    expect(sheet.getRange('B2').getFormula()).toBe('=ROW()');
  });

  it('getRangeList refuses an empty list and another sheet’s range, as Sheets does', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    emu.spreadsheet.insertSheet('Other');
    expect(() => sheet.getRangeList([])).toThrow(/non-empty/);
    expect(() => sheet.getRangeList(['Other!A1'])).toThrow('Range not found');
    expect(() => sheet.getRangeList(['not a range'])).toThrow('Range not found');
  });

  it('setDataValidations sets a rule per cell (null clears), and checks the shape', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const box = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1').setDataValidation(box);
    sheet.getRange('A1:B2').setValue('kept');
    emu.resetCalls();
    sheet.getRange('A1:B2').setDataValidations([
      [null, box],
      [box, null],
    ]);
    expect(emu.calls()).toEqual({ 'Range.setDataValidations': 1, 'Sheet.getRange': 1 });
    const kinds = sheet
      .getRange('A1:B2')
      .getDataValidations()
      .map((row) => row.map((v) => (v ? String(v.getCriteriaType()) : null)));
    expect(kinds).toEqual([
      [null, 'CHECKBOX'],
      ['CHECKBOX', null],
    ]);
    // Unlike insertCheckboxes, a validation rule leaves the cells' values as they were.
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['kept', 'kept'],
      ['kept', 'kept'],
    ]);
    expect(() => sheet.getRange('A1:B2').setDataValidations([[box, box]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range',
    );
    const notARule = [['box']] as unknown as GoogleAppsScript.Spreadsheet.DataValidation[][];
    expect(() => sheet.getRange('A1').setDataValidations(notARule)).toThrow(
      /rules must be DataValidation or null/,
    );
  });

  it('counts custom-function recalculation apart from the action that triggered it', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 2, 1, 12)));
    emu.resetCalls();
    sheet.getRange('B1').setFormula('=DAYOF(A1)');
    expect(sheet.getRange('B1').getValue()).toBe('2026-03-01');
    expect(emu.calls()).toEqual({
      'Range.getValue': 1,
      'Range.setFormula': 1,
      'Sheet.getRange': 2,
    });
    // DAYOF asks for the spreadsheet's time zone: its own executions, counted on their own.
    const recalc = emu.recalculationCalls();
    expect(recalc['Spreadsheet.getSpreadsheetTimeZone']).toBeGreaterThanOrEqual(1);
    expect(recalc['SpreadsheetApp.getActiveSpreadsheet']).toBe(
      recalc['Spreadsheet.getSpreadsheetTimeZone'],
    );
    emu.resetCalls();
    expect(emu.recalculationCalls()).toEqual({});
  });
});
