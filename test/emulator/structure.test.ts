import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { columnLetters } from '../../scripts/emulator/a1';
import { moveReferences } from '../../scripts/emulator/formula';
import { deleteMap, insertMap, moveMap } from '../../scripts/emulator/structure';
import { fixtureEmulator, sheetOf } from './helpers';

type Emu = ReturnType<typeof fixtureEmulator>;
const appOf = (emu: Emu) =>
  emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** A log with a header, three sets, and a summary sheet that points into it. */
function withLog() {
  const emu = fixtureEmulator();
  const log = sheetOf(emu);
  log.setName('Log');
  log.getRange('A1:C4').setValues([
    ['Date', 'Exercise', 'Load'],
    ['2026-03-01', 'Squat', 100],
    ['2026-03-02', 'Bench', 80],
    ['2026-03-03', 'Deadlift', 140],
  ]);
  const summary = emu.spreadsheet.insertSheet('Summary');
  summary
    .getRange('A1:E1')
    .setFormulas([['=SUM(Log!C2:C4)', '=Log!C4', '=COUNTA(Log!B2:B)', '=ROWS(Log!C:C)', '=C3']]);
  return { emu, log, summary };
}

describe('inserting and deleting rows and columns rewrites what points at them', () => {
  it('moves references on other sheets, open-ended ranges included, and keeps their values', () => {
    const { log, summary } = withLog();
    log.insertRowsBefore(3, 2);
    expect(summary.getRange('A1:E1').getFormulas()).toEqual([
      ['=SUM(Log!C2:C6)', '=Log!C6', '=COUNTA(Log!B2:B)', '=ROWS(Log!C:C)', '=C3'],
    ]);
    expect(summary.getRange('A1:D1').getValues()).toEqual([[320, 140, 3, 1002]]);
    log.insertRowBefore(1);
    expect(summary.getRange('A1:C1').getFormulas()).toEqual([
      ['=SUM(Log!C3:C7)', '=Log!C7', '=COUNTA(Log!B3:B)'],
    ]);
    log.insertColumnBefore(1);
    expect(summary.getRange('A1:D1').getFormulas()).toEqual([
      ['=SUM(Log!D3:D7)', '=Log!D7', '=COUNTA(Log!C3:C)', '=ROWS(Log!D:D)'],
    ]);
    expect(summary.getRange('A1:C1').getValues()).toEqual([[320, 140, 3]]);
  });

  it('shrinks a range that loses rows and turns a reference to deleted cells into #REF!', () => {
    const { log, summary } = withLog();
    log.deleteRow(4);
    expect(summary.getRange('A1:B1').getFormulas()).toEqual([['=SUM(Log!C2:C3)', '=#REF!']]);
    expect(summary.getRange('A1:B1').getValues()).toEqual([[180, '#REF!']]);
    log.deleteColumns(2, 2);
    expect(summary.getRange('A1:D1').getFormulas()).toEqual([
      ['=SUM(#REF!)', '=#REF!', '=COUNTA(#REF!)', '=ROWS(#REF!)'],
    ]);
    expect(summary.getRange('E1').getFormula()).toBe('=C3'); // another sheet's own reference
  });

  it('agrees with HyperFormula’s own reference updates on closed references', () => {
    const formulas = [
      '=A1+B3:C5+Other!D4',
      '=SUM($A$2:$A$10)*$B$3',
      '=A5',
      '=SUM(A5:A7)',
      '=Sheet1!B2:C3*2',
      '=ROWS(A3:A4)+E9',
      '=IF(B6>0,"C7",D8)',
    ];
    const edits: [(hf: HyperFormula) => void, 'ROW' | 'COLUMN', ReturnType<typeof insertMap>][] = [
      [(hf) => hf.addRows(0, [2, 3]), 'ROW', insertMap(3, 3)],
      [(hf) => hf.removeRows(0, [4, 3]), 'ROW', deleteMap(5, 3)],
      [(hf) => hf.addColumns(0, [1, 2]), 'COLUMN', insertMap(2, 2)],
      [(hf) => hf.removeColumns(0, [2, 1]), 'COLUMN', deleteMap(3, 1)],
      [(hf) => hf.removeRows(0, [0, 1]), 'ROW', deleteMap(1, 1)],
    ];
    for (const [edit, axis, map] of edits) {
      // Formulas sit below and right of every referenced cell, so the edits never delete them.
      const rows = [
        ...Array.from({ length: 29 }, () => []),
        ...formulas.map((f) => [...Array.from({ length: 29 }, () => null), f]),
      ];
      const hf = HyperFormula.buildFromSheets(
        { Sheet1: rows, Other: [[1]] },
        { licenseKey: 'gpl-v3' },
      );
      edit(hf);
      const theirs = hf.getSheetFormulas(0).flat().filter(Boolean);
      const ours = formulas.map((f) => moveReferences(f, 'Sheet1', 'Sheet1', axis, map));
      expect(ours).toEqual(theirs);
    }
  });
});

describe('the reference rewriter against HyperFormula’s, on random formulas and edits', () => {
  const dollar = fc.constantFrom('', '$');
  const row = fc.integer({ min: 1, max: 20 });
  const column = fc.integer({ min: 1, max: 20 }).map(columnLetters);
  const cell = fc.tuple(dollar, column, dollar, row).map(([a, c, b, r]) => `${a}${c}${b}${r}`);
  const area = fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 6 }))
    .chain(([r, h]) =>
      fc
        .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 6 }), dollar, dollar)
        .map(([c, w, a, b]) => `${a}${columnLetters(c)}${r}:${b}${columnLetters(c + w)}${r + h}`),
    );
  const columns = fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 4 }))
    .map(([c, w]) => `${columnLetters(c)}:${columnLetters(c + w)}`);
  const reference = fc
    .tuple(fc.constantFrom('', 'Sheet1!', 'Other!'), fc.oneof(cell, area, columns))
    .map(([prefix, ref]) => prefix + ref);
  const formula = fc
    .array(reference, { minLength: 1, maxLength: 4 })
    .map((refs) => `=SUM(${refs.join(',')})`);
  const edit = fc.record({
    kind: fc.constantFrom('addRows', 'removeRows', 'addColumns', 'removeColumns'),
    at: fc.integer({ min: 1, max: 22 }),
    count: fc.integer({ min: 1, max: 4 }),
  });

  it('agrees on inserts and deletes of rows and columns', () => {
    const hf = HyperFormula.buildFromSheets({ Sheet1: [], Other: [[1]] }, { licenseKey: 'gpl-v3' });
    fc.assert(
      fc.property(fc.array(formula, { minLength: 1, maxLength: 5 }), edit, (formulas, e) => {
        // The formulas sit below and right of every cell an edit can delete.
        hf.setSheetContent(0, [
          ...Array.from({ length: 25 }, () => []),
          ...formulas.map((f) => [...Array.from({ length: 25 }, () => null), f]),
        ]);
        const index: [number, number] = [e.at - 1, e.count];
        if (e.kind === 'addRows') hf.addRows(0, index);
        if (e.kind === 'removeRows') hf.removeRows(0, index);
        if (e.kind === 'addColumns') hf.addColumns(0, index);
        if (e.kind === 'removeColumns') hf.removeColumns(0, index);
        const axis = e.kind.endsWith('Rows') ? 'ROW' : 'COLUMN';
        const map = e.kind.startsWith('add') ? insertMap(e.at, e.count) : deleteMap(e.at, e.count);
        const theirs = hf.getSheetFormulas(0).flat().filter(Boolean);
        const ours = formulas.map((f) => moveReferences(f, 'Sheet1', 'Sheet1', axis, map));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 40 },
    );
  });
});

describe('moving rows and columns', () => {
  it('moves cells, references to them, formats and row metadata together', () => {
    const { emu, log, summary } = withLog();
    log.getRange('C4').setBackground('#ff0000');
    log.getRange('4:4').addDeveloperMetadata('deadlift');
    log.moveRows(log.getRange('4:4'), 2); // Deadlift goes to row 2
    expect(log.getRange('B2:B4').getValues()).toEqual([['Deadlift'], ['Squat'], ['Bench']]);
    expect(log.getRange('C2').getBackground()).toBe('#ff0000');
    expect(summary.getRange('B1').getFormula()).toBe('=Log!C2');
    expect(summary.getRange('B1').getValue()).toBe(140);
    expect(summary.getRange('A1').getFormula()).toBe('=SUM(Log!C2:C4)');
    const [tag] = emu.spreadsheet.createDeveloperMetadataFinder().withKey('deadlift').find();
    expect(tag!.getLocation().getRow()!.getRow()).toBe(2);
    // destinationIndex counts rows before the move: rows 2–3 before row 5 end up as rows 3–4.
    log.moveRows(log.getRange('A2:A3'), 5);
    expect(log.getRange('B2:B4').getValues()).toEqual([['Bench'], ['Deadlift'], ['Squat']]);
  });

  it('drags a column to A: formulas, rules, protections and column metadata follow', () => {
    const { emu, log, summary } = withLog();
    const app = appOf(emu);
    log.getRange('C:C').addDeveloperMetadata('load');
    log.getRange('C2:C').protect().setDescription('loads');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2>100')
      .setBackground('#00ff00')
      .setRanges([log.getRange('A2:C4')])
      .build();
    log.setConditionalFormatRules([rule]);
    log.moveColumns(log.getRange('C1'), 1);
    expect(log.getRange('A1:C1').getValues()).toEqual([['Load', 'Date', 'Exercise']]);
    expect(summary.getRange('A1:B1').getFormulas()).toEqual([['=SUM(Log!A2:A4)', '=Log!A4']]);
    expect(
      log
        .getRange('A:A')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['load']);
    const [protection] = log.getProtections(app.ProtectionType.RANGE);
    expect(protection!.getRange().getA1Notation()).toBe('A2:A1000');
    const [moved] = log.getConditionalFormatRules();
    expect(moved!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C4']);
    expect(moved!.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$A2>100']);
    expect(() => log.moveColumns(log.getRange('A1:B1'), 2)).toThrow('out of bounds');
  });
});

describe('rules, protections and metadata through inserts and deletes', () => {
  it('a Protection fetched before an insert follows its range and can still be changed and removed', () => {
    const { emu, log } = withLog();
    const protection = log.getRange('C2:C').protect().setDescription('loads');
    log.insertColumnsBefore(1, 1);
    expect(protection.getRange().getA1Notation()).toBe('D2:D1000');
    protection.setDescription('loads, moved');
    const app = appOf(emu);
    const [live] = log.getProtections(app.ProtectionType.RANGE);
    expect(live!.getDescription()).toBe('loads, moved');
    protection.remove();
    expect(log.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('grows, moves and drops rule ranges and protections as Sheets does', () => {
    const { emu, log } = withLog();
    const app = appOf(emu);
    const rule = (a1: string, formula: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground('#00ff00')
        .setRanges([log.getRange(a1)])
        .build();
    log.setConditionalFormatRules([rule('A2:C4', '=$C2>100'), rule('E2:E4', '=E2="x"')]);
    log.getRange('A2:C4').protect().setDescription('log');
    log.getRange('E:E').protect().setDescription('notes');
    log.insertRowAfter(2); // inside the log: it grows
    log.insertColumnBefore(2); // inside the log: it grows, the notes column moves
    const ranges = () =>
      log.getConditionalFormatRules().map((r) => [
        r
          .getRanges()
          .map((g) => g.getA1Notation())
          .join(','),
        r.getBooleanCondition()!.getCriteriaValues()[0],
      ]);
    expect(ranges()).toEqual([
      ['A2:D5', '=$D2>100'],
      ['F2:F5', '=F2="x"'],
    ]);
    const protections = () =>
      log.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation());
    expect(protections()).toEqual(['A2:D5', 'F1:F1001']);
    log.deleteColumn(6); // the notes column: its rule and protection go with it
    expect(ranges()).toEqual([['A2:D5', '=$D2>100']]);
    expect(protections()).toEqual(['A2:D5']);
    log.insertRowsAfter(5, 3); // just below the log: nothing grows
    expect(protections()).toEqual(['A2:D5']);
  });

  it('keeps frozen rows frozen and column widths with their columns', () => {
    const { log } = withLog();
    log.setFrozenRows(1);
    log.setColumnWidth(3, 250);
    log.insertColumnBefore(1);
    log.insertRowAfter(3);
    expect(log.getColumnWidth(4)).toBe(250);
    expect(log.getColumnWidth(3)).toBe(100);
    expect(log.getFrozenRows()).toBe(1);
  });
});

describe('renaming, deleting and adding sheets', () => {
  it('rewrites references when a sheet is renamed, and a new sheet with the old name gets none', () => {
    const { emu, log, summary } = withLog();
    log.setName('Training log');
    expect(summary.getRange('A1:B1').getFormulas()).toEqual([
      ["=SUM('Training log'!C2:C4)", "='Training log'!C4"],
    ]);
    expect(summary.getRange('A1').getValue()).toBe(320);
    emu.spreadsheet.insertSheet('Log').getRange('C4').setValue(1);
    expect(summary.getRange('B1').getValue()).toBe(140);
  });

  it('turns references to a deleted sheet into #REF!', () => {
    const { emu, log, summary } = withLog();
    emu.spreadsheet.deleteSheet(log);
    expect(summary.getRange('A1:B1').getFormulas()).toEqual([['=SUM(#REF!)', '=#REF!']]);
    expect(summary.getRange('A1').getValue()).toBe('#REF!');
  });

  it('resolves a formula that named a sheet before it existed', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1').setFormula('=Targets!B2*2');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    emu.spreadsheet.insertSheet('Targets').getRange('B2').setValue(21);
    expect(sheet.getRange('A1').getValue()).toBe(42);
  });
});

describe('sorting', () => {
  it('sorts a range’s rows with their formulas and formats; other references stay put', () => {
    const { log, summary } = withLog();
    log.getRange('D2:D4').setFormulas([['=C2*2'], ['=C3*2'], ['=C4*2']]);
    log.getRange('B3').setBackground('#ffff00');
    log.getRange('A2:D4').sort({ column: 3, ascending: false });
    expect(log.getRange('B2:D4').getValues()).toEqual([
      ['Deadlift', 140, 280],
      ['Squat', 100, 200],
      ['Bench', 80, 160],
    ]);
    expect(log.getRange('D2:D4').getFormulas()).toEqual([['=C2*2'], ['=C3*2'], ['=C4*2']]);
    expect(log.getRange('B4').getBackground()).toBe('#ffff00');
    expect(summary.getRange('B1').getFormula()).toBe('=Log!C4');
    expect(summary.getRange('B1').getValue()).toBe(80);
    expect(() => log.getRange('A2:D4').sort(6)).toThrow('outside the range');
  });

  it('sorts a sheet below its frozen rows: numbers, then text, then booleans, blanks last', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('A1:B6').setValues([
      ['Value', 'Row'],
      ['b', 1],
      ['', 2],
      [10, 3],
      [true, 4],
      ['A', 5],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange('A1:B6').getValues()).toEqual([
      ['Value', 'Row'],
      [10, 3],
      ['A', 5],
      ['b', 1],
      [true, 4],
      ['', 2],
    ]);
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B6').getValues().flat()).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('moveMap', () => {
  it('follows Sheets’ destinationIndex, counted before the move', () => {
    // Rows 2–3 of 1..6 moved before row 5: 1, 4, 2, 3, 5, 6 (the API reference's example, 1-based).
    const map = moveMap(2, 2, 5);
    expect([1, 2, 3, 4, 5, 6].map((i) => map.point(i))).toEqual([1, 3, 4, 2, 5, 6]);
    const up = moveMap(4, 1, 2);
    expect([1, 2, 3, 4, 5].map((i) => up.point(i))).toEqual([1, 3, 4, 2, 5]);
    // A range covers where its rows went.
    expect(moveMap(1, 1, 11).span(1, 10)).toEqual([1, 10]);
  });
});
