import { broadcast, isSingle, normalizeCell, safeOutput } from '../../src/functions/broadcast';

const sum = {
  required: 2,
  cell: ([a, b]: readonly unknown[]) => Number(a) + Number(b),
};

describe('broadcast', () => {
  it('returns one value for scalars and for 1×1 ranges', () => {
    expect(broadcast([1, 2], sum)).toBe(3);
    expect(broadcast([[[1]], 2], sum)).toBe(3);
    expect(isSingle([[[1]], 5])).toBe(true);
    expect(isSingle([[[1], [2]], 5])).toBe(false);
  });

  it('broadcasts scalars over a range and keeps the range shape', () => {
    expect(broadcast([[[1], [2], [3]], 10], sum)).toEqual([[11], [12], [13]]);
    expect(broadcast([10, [[1, 2]]], sum)).toEqual([[11, 12]]);
  });

  it('stretches a one-row range down a column range (an outer table)', () => {
    expect(broadcast([[[1], [2]], [[10, 20, 30]]], sum)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it('pads shorter and ragged ranges with blanks, which give blank cells', () => {
    expect(
      broadcast(
        [
          [[1], [2], [3]],
          [[10], [20]],
        ],
        sum,
      ),
    ).toEqual([[11], [22], ['']]);
    expect(
      broadcast(
        [
          [[1, 2], [3]],
          [
            [1, 1],
            [1, 1],
          ],
        ],
        sum,
      ),
    ).toEqual([
      [2, 3],
      [4, ''],
    ]);
  });

  it('gives blank when any required input is blank, without calling the computation', () => {
    const cell = jest.fn(() => 1);
    const blanks = Array.from({ length: 10_000 }, () => ['']);
    const out = broadcast([blanks, 5], { required: 2, cell }) as unknown[][];
    expect(out).toHaveLength(10_000);
    expect(out.every((row) => row.length === 1 && row[0] === '')).toBe(true);
    expect(cell).not.toHaveBeenCalled();
    expect(broadcast(['  ', 5], { required: 2, cell })).toBe('');
  });

  it('turns invalid cells into ⚠ text in a range and into an Error for a single cell', () => {
    const strict = {
      required: 1,
      cell: ([a]: readonly unknown[]) => {
        if (a === 'bad') throw new Error('a is bad');
        return a;
      },
    };
    expect(broadcast([[['ok'], ['bad']]], strict)).toEqual([['ok'], ['⚠ a is bad']]);
    expect(() => broadcast(['bad'], strict)).toThrow(new Error('a is bad'));
  });

  it('never lets NaN, Infinity, null or undefined out', () => {
    const raw = { required: 1, cell: ([a]: readonly unknown[]) => a };
    expect(
      broadcast([[[Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined]]], raw),
    ).toEqual([
      ['⚠ the result is not a number'],
      ['⚠ the result is too large to show'],
      [''],
      [''],
    ]);
    expect(safeOutput({})).toEqual({ invalid: 'the result cannot be shown in a cell' });
    expect(() => broadcast([Number.POSITIVE_INFINITY], raw)).toThrow('too large');
  });

  it('reads cross-realm Dates as Dates and rejects lists inside cells', () => {
    const foreign = require('node:vm').runInNewContext('new Date("2026-10-02T10:00:00Z")');
    expect(foreign instanceof Date).toBe(false);
    const local = normalizeCell(foreign);
    expect(local).toBeInstanceOf(Date);
    expect((local as Date).toISOString()).toBe('2026-10-02T10:00:00.000Z');
    const raw = { required: 1, cell: ([a]: readonly unknown[]) => String(a) };
    expect(broadcast([[[[1, 2]], ['x']]], raw)).toEqual([
      ['⚠ a cell holds a list of values'],
      ['x'],
    ]);
  });

  it('treats an empty range as a blank single value', () => {
    expect(broadcast([[], 1], sum)).toBe('');
    expect(broadcast([[[]], 1], sum)).toBe('');
  });
});
