import fc from 'fast-check';
import {
  a1Notation,
  columnLetters,
  columnNumber,
  parseRef,
  splitSheet,
} from '../../scripts/emulator/a1';

describe('A1 notation as Sheets reads it', () => {
  it('reads single cells and closed ranges, 1-based', () => {
    expect(parseRef('B3', 1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseRef('A1:H10', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 10, numColumns: 8 });
    expect(parseRef('$B$2:$C$4', 1000, 26)).toEqual({
      row: 2,
      column: 2,
      numRows: 3,
      numColumns: 2,
    });
  });

  it('normalises a range written bottom-right first', () => {
    expect(parseRef('C4:A1', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 4, numColumns: 3 });
  });

  it('runs open-ended ranges to the last row of the sheet', () => {
    expect(parseRef('A2:H', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 999, numColumns: 8 });
    expect(parseRef('a2:h', 50, 26)).toEqual({ row: 2, column: 1, numRows: 49, numColumns: 8 });
  });

  it('reads whole columns and whole rows', () => {
    expect(parseRef('C:C', 1000, 26)).toEqual({ row: 1, column: 3, numRows: 1000, numColumns: 1 });
    expect(parseRef('A:H', 200, 26)).toEqual({ row: 1, column: 1, numRows: 200, numColumns: 8 });
    expect(parseRef('3:5', 1000, 26)).toEqual({ row: 3, column: 1, numRows: 3, numColumns: 26 });
  });

  it('rejects text that is not a range', () => {
    for (const bad of ['', 'A0', 'Z', '1', 'A1:B2:C3', 'hello world', '3:C']) {
      expect(() => parseRef(bad, 1000, 26)).toThrow('Range not found');
    }
  });

  it('splits sheet prefixes, quoted or not', () => {
    expect(splitSheet('Log!A1:B')).toEqual({ sheetName: 'Log', ref: 'A1:B' });
    expect(splitSheet("'Ann''s log'!C:C")).toEqual({ sheetName: "Ann's log", ref: 'C:C' });
    expect(splitSheet('B2')).toEqual({ sheetName: null, ref: 'B2' });
  });

  it('round-trips column letters and ranges', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(18278)).toBe('ZZZ');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18278 }), (n) => columnNumber(columnLetters(n)) === n),
    );
    fc.assert(
      fc.property(
        fc.record({
          row: fc.integer({ min: 1, max: 500 }),
          column: fc.integer({ min: 1, max: 100 }),
          numRows: fc.integer({ min: 1, max: 500 }),
          numColumns: fc.integer({ min: 1, max: 100 }),
        }),
        (grid) => {
          expect(parseRef(a1Notation(grid), 1000, 200)).toEqual(grid);
        },
      ),
    );
  });
});
