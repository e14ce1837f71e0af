import { fixtureEmulator, sheetOf } from './helpers';

describe('setValues reads strings as typed input, as Sheets does', () => {
  it('makes formulas of text led by =, + or - that is not a number', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setValue(4);
    sheet.getRange('B1:F1').setValues([['=A1*2', '+A1', '-A1', '- felt heavy', '=IMPORTXML("x")']]);
    expect(sheet.getRange('B1:E1').getFormulas()).toEqual([
      ['=A1*2', '=+A1', '=-A1', '=- felt heavy'],
    ]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[8, 4, -4]]);
    expect(sheet.getRange('E1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('F1').getFormula()).toBe('=IMPORTXML("x")');
  });

  it('converts numbers, grouped numbers, percentages, booleans and dates; keeps other text', () => {
    const sheet = sheetOf(fixtureEmulator());
    sheet
      .getRange('A1:K1')
      .setValues([
        [
          '+5',
          '-3.5',
          '1e3',
          '1,250',
          '50%',
          '12.5%',
          'true',
          '3/2/2026',
          '2026-03-02',
          '@coach',
          '-',
        ],
      ]);
    const [row] = sheet.getRange('A1:K1').getValues();
    expect(row!.slice(0, 7)).toEqual([5, -3.5, 1000, 1250, 0.5, 0.125, true]);
    expect(row![7]).toBeInstanceOf(Date);
    expect(row![8]).toBeInstanceOf(Date);
    expect(row!.slice(9)).toEqual(['@coach', '-']);
    expect(sheet.getRange('D1:H1').getDisplayValues()).toEqual([
      ['1,250', '50%', '12.50%', 'TRUE', '3/2/2026'],
    ]);
    expect(
      sheet
        .getRange('A1:K1')
        .getFormulas()[0]!
        .every((f) => f === ''),
    ).toBe(true);
    // Not a day: stays text.
    sheet.getRange('A2').setValue('2/30/2026');
    expect(sheet.getRange('A2').getValue()).toBe('2/30/2026');
  });

  it('keeps text literal behind a leading apostrophe or in a plain-text (@) cell', () => {
    const sheet = sheetOf(fixtureEmulator());
    sheet.getRange('A1:C1').setValues([["'=1+1", "'TRUE", "'-5"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', 'TRUE', '-5']]);
    sheet.getRange('A2:F2').setNumberFormat('@');
    sheet.getRange('A2:F2').setValues([['=1+1', '+A1', 'TRUE', '0042', '3/2/2026', '50%']]);
    expect(sheet.getRange('A2:F2').getValues()).toEqual([
      ['=1+1', '+A1', 'TRUE', '0042', '3/2/2026', '50%'],
    ]);
    expect(
      sheet
        .getRange('A2:F2')
        .getFormulas()[0]!
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('keeps throwing for what the emulator does not implement', () => {
    const sheet = sheetOf(fixtureEmulator());
    expect(() =>
      (sheet.getRange('A1') as unknown as { setRichTextValue(v: unknown): void }).setRichTextValue(
        null,
      ),
    ).toThrow('Emulator: Range.setRichTextValue is not implemented');
  });
});

describe('what counts as content', () => {
  it('counts an array result’s "" cells, built-in or custom, for getLastRow and friends', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(IF(A1:A10="","",A1:A10*2))');
    expect(sheet.getRange('B4').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(10);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B10');
    expect(sheet.getSheetValues(1, 1, -1, -1)).toHaveLength(10);
    sheet.getRange('B1').clearContent();
    sheet.getRange('C1').setFormula('=DOUBLE(A1:A12)'); // the custom function gives "" for blanks
    expect(sheet.getLastRow()).toBe(12);
    // A spill blocked by data (#REF!) fills nothing.
    sheet.getRange('C5').setValue('in the way');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    expect(sheet.getLastRow()).toBe(5);
  });

  it('has no rows when blank: getLastRow is 0 and reading "through the last row" throws', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => emu.spreadsheet.getSheetValues(1, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    sheet.getRange('B3').setValue('x');
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ['', ''],
      ['', ''],
      ['', 'x'],
    ]);
    expect(() => sheet.getSheetValues(4, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });
});

describe('a sheet the size of its data, as File → Import makes', () => {
  it('has no room to the right or below: writing there throws until columns are inserted', () => {
    const emu = fixtureEmulator();
    const calls = emu.calls();
    const log = emu.importSheet('Log', [
      ['Date', 'Exercise', 'Load'],
      ['2026-03-01', 'Squat', '100'],
    ]);
    expect(emu.calls()).toEqual(calls);
    expect([log.getMaxRows(), log.getMaxColumns()]).toEqual([2, 3]);
    expect(log.getRange('C2').getValue()).toBe(100);
    expect(log.getRange('A2').getValue()).toBeInstanceOf(Date);
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Log');
    expect(() => log.getRange('D1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => log.getRange(3, 1)).toThrow('outside the dimensions of the sheet');
    log.insertColumnAfter(3);
    log.getRange('D1').setValue('Status');
    expect(log.getRange('A1:D1').getValues()).toEqual([['Date', 'Exercise', 'Load', 'Status']]);
  });
});
