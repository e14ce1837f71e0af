/**
 * The CLI reads a file with no quote character without papaparse's parse (scripts/cli/table.ts,
 * quoteFreeRows): it must give the rows and line numbers papaparse's step mode gives (steppedRows,
 * the reader for every other file) for any such text — any delimiter papaparse guesses, any line
 * break or mix of them, blank lines, a final line break or none.
 */
import fc from 'fast-check';
import { parseRows, steppedRows } from '../../scripts/cli/table';

const cell = fc.oneof(
  fc.constantFrom('', ' ', 'Back Squat', '100 kg', '3x5', '2025-01-06', 'BW + 10', '6/5/5', 'é'),
  fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', ';', '\t', '|', '\r', '\n', '.', 'x') }),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

/** Rows of cells joined by one delimiter; each line ends with its own (possibly mixed) break. */
const quoteFreeText = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    rows: fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 6 }), lineBreak), {
      minLength: 1,
      maxLength: 25,
    }),
    finalBreak: fc.boolean(),
  })
  .map(({ delimiter, rows, finalBreak }) =>
    rows
      .map(
        ([cells, br], i) => cells.join(delimiter) + (i < rows.length - 1 || finalBreak ? br : ''),
      )
      .join(''),
  );

describe('parseRows on a file without quotes', () => {
  it('gives what papaparse’s step mode gives, rows and lines', () => {
    fc.assert(
      fc.property(quoteFreeText, (text) => {
        expect(parseRows(text)).toEqual(steppedRows(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same past the first 1 MB, where papaparse stops looking for the line break', () => {
    const line = 'Date,Athlete,Exercise,Load,Reps\r\n';
    const text = `${line.repeat(Math.ceil((1024 * 1024) / line.length) + 10)}2025-01-06,A,Squat,100,5\n`;
    expect(parseRows(text)).toEqual(steppedRows(text));
    const bare = 'a;b;c\nd;e;f\n'.repeat(3).concat('g,h,i,j\n'.repeat(20));
    expect(parseRows(bare)).toEqual(steppedRows(bare));
  });

  it('gives the same for a line of more cells than a log has columns (read as rows, not columns)', () => {
    const wide = Array.from({ length: 70 }, (_, i) => `c${i}`).join(',');
    const text = `Date,Exercise,Load\n2025-01-06,Squat,100\n${wide}\n2025-01-07,Squat\n`;
    expect(parseRows(text)).toEqual(steppedRows(text));
    const atLimit = Array.from({ length: 64 }, (_, i) => `${i % 3}`).join(',');
    const limitText = `${atLimit}\n1,2\n\n${atLimit}\n`;
    expect(parseRows(limitText)).toEqual(steppedRows(limitText));
  });

  it('shares one string between equal cells', () => {
    const rows = parseRows('Date,Exercise\n2025-01-06,Back Squat\n2025-01-06,Back Squat\n');
    if (typeof rows === 'string') throw new Error(rows);
    expect(rows.rows[1]?.[1]).toBe(rows.rows[2]?.[1]);
    expect(rows.lines).toEqual([1, 2, 3, 4]);
  });

  it('leaves files with quotes, and a second byte-order mark, to papaparse', () => {
    const quoted = 'Date,Notes\n2025-01-06,"two\nlines"\n2025-01-07,ok\n';
    expect(parseRows(quoted)).toEqual({
      rows: [['Date', 'Notes'], ['2025-01-06', 'two\nlines'], ['2025-01-07', 'ok'], ['']],
      lines: [1, 2, 4, 5],
    });
    expect(parseRows('')).toEqual(steppedRows(''));
    const bom = '\ufeffDate,Exercise\n2025-01-06,Squat\n';
    expect(parseRows(bom)).toEqual(steppedRows(bom));
  });
});
