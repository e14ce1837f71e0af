import { fixtureEmulator, sheetOf } from './helpers';

describe('formulas evaluated by HyperFormula with the bundle’s custom functions', () => {
  it('registers every top-level function with @customfunction JSDoc, and nothing else', () => {
    const emu = fixtureEmulator();
    expect([...emu.customFunctions()].sort()).toEqual([
      'ARGINFO',
      'DAYOF',
      'DOUBLE',
      'SERIES',
      'TRYWRITE',
    ]);
  });

  it('computes a custom function in a cell: getValues gives the result, getFormulas the text', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setValue(21);
    sheet.getRange('B1').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(sheet.getRange('B1').getFormula()).toBe('=DOUBLE(A1)');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=DOUBLE(A1)']]);
  });

  it('recalculates dependants when a cell is edited', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:A2').setValues([[1], ['=DOUBLE(A1)+1']]);
    expect(sheet.getRange('A2').getValue()).toBe(3);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('A2').getValue()).toBe(21);
  });

  it('spills array results into neighbouring cells, which read as values', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula('=SERIES(3)');
    expect(sheet.getRange('A1:B3').getValues()).toEqual([
      [1, 'row 1'],
      [2, 'row 2'],
      [3, 'row 3'],
    ]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(3);
    // The result grows and shrinks when its input changes.
    sheet.getRange('A1').setFormula('=SERIES(C1)');
    sheet.getRange('C1').setValue(5);
    expect(sheet.getRange('A5').getValue()).toBe(5);
    sheet.getRange('C1').setValue(2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [2], [''], [''], ['']]);
  });

  it('shows #REF! when a spill is blocked by a non-empty cell, with Sheets’ message', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('B2').setValue('in the way');
    sheet.getRange('A1').setFormula('=SERIES(3)');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    expect(emu.errorAt('A1')?.message).toBe(
      'Array result was not expanded because it would overwrite data in B2.',
    );
    sheet.getRange('B2').clearContent();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  });

  it('shows #ERROR! with the thrown message when a custom function throws', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:B1').setValues([['heavy', '=DOUBLE(A1)']]);
    expect(sheet.getRange('B1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    expect(emu.errorAt('B1')).toEqual({
      error: '#ERROR!',
      message: 'DOUBLE needs a number, got "heavy"',
    });
  });

  it('passes ranges as 2D arrays with Date cells as Dates and empty cells as ""', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:B2').setValues([
      [new Date('2026-03-02T08:00:00Z'), 'x'],
      [5, ''],
    ]);
    sheet.getRange('D1').setFormula('=ARGINFO(A1:B2)');
    expect(sheet.getRange('D1').getValue()).toBe('2x2:date,string;number,empty');
    sheet.getRange('D2').setFormula('=ARGINFO(A1)');
    expect(sheet.getRange('D2').getValue()).toBe('date');
    sheet.getRange('D3').setFormula('=DAYOF(A1)');
    expect(sheet.getRange('D3').getValue()).toBe('2026-03-02');
  });

  it('passes open-ended ranges through the sheet’s last row, trailing blanks included', () => {
    const emu = fixtureEmulator();
    const log = emu.spreadsheet.insertSheet('Log');
    log.getRange('A1:B2').setValues([
      ['Date', 'Load'],
      [1, 100],
    ]);
    const sheet = sheetOf(emu, 'Sheet1');
    sheet.getRange('A1').setFormula('=ARGINFO(Log!A1:B)');
    expect(String(sheet.getRange('A1').getValue())).toMatch(
      /^1000x2:string,string;number,number;empty,empty;/,
    );
    sheet.getRange('A2').setFormula('=ARGINFO(Log!C:C)');
    expect(String(sheet.getRange('A2').getValue())).toMatch(/^1000x1:/);
    // Growing the sheet lengthens the range the function receives.
    log.insertRowsAfter(1000, 10);
    expect(String(sheet.getRange('A1').getValue())).toMatch(/^1010x2:/);
  });

  it('keeps custom functions read-only: a write inside one fails with Sheets’ message', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula('=TRYWRITE()');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(emu.errorAt('A1')?.message).toBe('You do not have permission to call setValue');
    expect(sheet.getRange('Z1').getValue()).toBe('');
  });

  it('evaluates built-in spreadsheet functions and Sheets-only ones like REGEXMATCH', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:A3').setValues([['Stale: no new best'], [4], ['=SUM(A2, 1)']]);
    sheet.getRange('B1').setFormula('=REGEXMATCH(A1, "^Stale")');
    sheet.getRange('B2').setFormula('=LEFT(A1, 5)="Stale"');
    expect(sheet.getRange('A3:B3').getValues()[0]![0]).toBe(5);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[true], [true]]);
  });

  it('setFormula on a multi-cell range moves relative references per cell', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=DOUBLE(A1)');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=DOUBLE(A1)'],
      ['=DOUBLE(A2)'],
      ['=DOUBLE(A3)'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
  });

  it('follows a renamed sheet in formulas', () => {
    const emu = fixtureEmulator();
    const log = emu.spreadsheet.insertSheet('Log');
    log.getRange('A1').setValue(4);
    const sheet = sheetOf(emu, 'Sheet1');
    sheet.getRange('A1').setFormula('=DOUBLE(Log!A1)');
    log.setName('Training log');
    expect(sheet.getRange('A1').getFormula()).toBe("=DOUBLE('Training log'!A1)");
    expect(sheet.getRange('A1').getValue()).toBe(8);
  });

  it('does not start the formula engine for a workbook without formulas', () => {
    const emu = fixtureEmulator();
    sheetOf(emu)
      .getRange('A1:B2')
      .setValues([
        [1, 2],
        [3, 4],
      ]);
    expect(emu.get('B2')).toBe(4);
    // A formula typed later sees the values written before it.
    emu.set('C1', '=SUM(A1:B2)');
    expect(emu.get('C1')).toBe(10);
  });
});

describe('conditional formatting, rendered as a person sees it', () => {
  function statusSheet() {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:B4').setValues([
      ['Exercise', 'Status'],
      ['Front squat', 'Stale: no new best in 4 sessions'],
      ['Deadlift', 'New best'],
      ['Lunge', 'Target reached: 1.52×'],
    ]);
    sheet.getRange('A3').setBackground('#eeeeee');
    return { emu, sheet };
  }

  it('colours rows by custom formulas with relative references, over the cell’s own background', () => {
    const { emu, sheet } = statusSheet();
    const stale = SpreadsheetAppRule(emu)
      .whenFormulaSatisfied('=LEFT($B2,5)="Stale"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:B')])
      .build();
    const best = SpreadsheetAppRule(emu)
      .whenFormulaSatisfied('=REGEXMATCH($B2,"^New best")')
      .setBackground('#d9ead3')
      .setRanges([sheet.getRange('A2:B')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), stale, best]);
    const view = emu.render('Sheet1');
    const bg = view.rows.map((row) => row.map((cell) => cell.background));
    expect(bg).toEqual([
      ['#ffffff', '#ffffff'],
      ['#f4cccc', '#f4cccc'],
      ['#d9ead3', '#d9ead3'],
      ['#ffffff', '#ffffff'],
    ]);
    expect(view.rows[1]![1]!.display).toBe('Stale: no new best in 4 sessions');
    // Editing the status recolours the row.
    sheet.getRange('B4').setValue('Stale: again');
    expect(emu.render('Sheet1').rows[3]![0]!.background).toBe('#f4cccc');
  });

  it('colours by text conditions, case-insensitively, and the first matching rule wins', () => {
    const { emu, sheet } = statusSheet();
    const rules = [
      SpreadsheetAppRule(emu)
        .whenTextStartsWith('target')
        .setBackground('#fff2cc')
        .setRanges([sheet.getRange('B2:B')])
        .build(),
      SpreadsheetAppRule(emu)
        .whenTextContains('1.52')
        .setBackground('#000000')
        .setRanges([sheet.getRange('B2:B')])
        .build(),
      SpreadsheetAppRule(emu)
        .whenTextContains('best')
        .setBackground('#cfe2f3')
        .setRanges([sheet.getRange('B2:B')])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const bg = emu.render('Sheet1').rows.map((row) => row[1]!.background);
    expect(bg).toEqual(['#ffffff', '#cfe2f3', '#cfe2f3', '#fff2cc']);
    expect(emu.render('Sheet1').rows[2]![0]!.background).toBe('#eeeeee');
  });

  it('exposes rules through getters so an add-on can find and remove its own', () => {
    const { emu, sheet } = statusSheet();
    const rule = SpreadsheetAppRule(emu)
      .whenTextStartsWith('Stale')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:B')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect(back!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B1000']);
    const condition = back!.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('TEXT_STARTS_WITH');
    expect(condition.getCriteriaValues()).toEqual(['Stale']);
    expect(condition.getBackground()).toBe('#f4cccc');
    sheet.setConditionalFormatRules(
      sheet
        .getConditionalFormatRules()
        .filter((r) => r.getBooleanCondition()?.getBackground() !== '#f4cccc'),
    );
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });
});

function SpreadsheetAppRule(emu: ReturnType<typeof fixtureEmulator>) {
  return (
    emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).newConditionalFormatRule();
}

describe('string literals with quotes', () => {
  it('reads "" inside a string as one quote, as Sheets does, in any function', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet
      .getRange('A1:A3')
      .setFormulas([['="O""Neil"'], ['=LEN("say ""hi"" now")'], ['=DOUBLE(LEN(""""))']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['O"Neil'], [12], [2]]);
    expect(sheet.getRange('A1').getFormula()).toBe('="O""Neil"');
  });
});
