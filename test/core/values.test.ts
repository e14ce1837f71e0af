import fc from 'fast-check';
import { isInvalid } from '../../src/core/result';
import {
  cellText,
  isBlank,
  parseLoad,
  parseNumber,
  parseNumberText,
  parseReps,
  shorten,
} from '../../src/core/values';

const reason = (value: unknown) => (isInvalid(value) ? value.invalid : null);

describe('isBlank and cellText', () => {
  it.each([null, undefined, '', '   ', '\t\n'])('%p is blank', (cell) => {
    expect(isBlank(cell)).toBe(true);
    expect(cellText(cell)).toBe('');
  });

  it.each([0, false, 'x', new Date(0)])('%p is not blank', (cell) => {
    expect(isBlank(cell)).toBe(false);
  });

  it('gives any text trimmed, without trimming what has nothing to trim', () => {
    // White space of every kind JavaScript trims, at either end, between printable text.
    const unit = fc.constantFrom(
      'a',
      'Z',
      '1',
      '~',
      '!',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      'é',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(cellText(text)).toBe(text.trim());
      }),
      { numRuns: 200 },
    );
  });

  it('is blank exactly when trim() leaves nothing, whatever the first character (its ASCII shortcut)', () => {
    // Every character String.prototype.trim removes, and neighbours of the shortcut's bounds.
    const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    const edges = '\u001f!~\u007f\u009f\u00a1x0';
    const text = fc.string({ unit: fc.constantFrom(...spaces, ...edges), maxLength: 4 });
    fc.assert(
      fc.property(text, (cell) => {
        expect(isBlank(cell)).toBe(cell.trim() === '');
      }),
      { numRuns: 400 },
    );
    expect(isBlank('\u00a0')).toBe(true);
    expect(isBlank('\ufeff x')).toBe(false);
  });

  it('gives trimmed text, ISO for dates, empty for an invalid date', () => {
    expect(cellText('  Back squat ')).toBe('Back squat');
    expect(cellText(102.5)).toBe('102.5');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2026, 9, 2)))).toBe('2026-10-02T00:00:00.000Z');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
});

describe('parseNumber', () => {
  it.each([
    [100, 100],
    [102.5, 102.5],
    [-3, -3],
    ['100', 100],
    [' 102.5 ', 102.5],
    ['102,5', 102.5],
    ['1,000', 1000],
    ['1,000.5', 1000.5],
    ['12,345,678', 12345678],
    ['1 000', 1000],
    ['-5', -5],
    ['+5', 5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %p as %p', (cell, n) => {
    expect(parseNumber(cell)).toBe(n);
  });

  it.each([null, undefined, '', '   '])('is null for blank %p', (cell) => {
    expect(parseNumber(cell)).toBeNull();
  });

  it.each([
    [true, 'load is TRUE, not a number'],
    [false, 'load is FALSE, not a number'],
    [new Date(0), 'load is a date, not a number'],
    [Number.NaN, 'load is not a finite number'],
    [Number.POSITIVE_INFINITY, 'load is not a finite number'],
    ['100 kg', 'load "100 kg" is not a number'],
    ['abc', 'load "abc" is not a number'],
    ['1.000,5', 'load "1.000,5" is not a number'],
    ['.', 'load "." is not a number'],
    ['3x5', 'load "3x5" is not a number'],
  ])('refuses %p: %s', (cell, message) => {
    expect(reason(parseNumber(cell, 'load'))).toBe(message);
  });

  it('shortens long garbage in its message', () => {
    expect(reason(parseNumber('x'.repeat(60)))).toBe(`value "${'x'.repeat(23)}…" is not a number`);
    expect(shorten('a  b\n c')).toBe('a b c');
  });

  it('leaves numeric text it cannot read as null from parseNumberText', () => {
    expect(parseNumberText('12a')).toBeNull();
    expect(parseNumberText('1,0,0')).toBeNull();
    expect(parseNumberText('0,75')).toBe(0.75);
  });
});

describe('parseLoad', () => {
  it.each([
    [100, 100, null],
    ['100', 100, null],
    ['100 kg', 100, 'kg'],
    ['100kg', 100, 'kg'],
    ['100 KG', 100, 'kg'],
    ['225lb', 225, 'lb'],
    ['225 lbs', 225, 'lb'],
    ['225 lbs.', 225, 'lb'],
    ['225 pounds', 225, 'lb'],
    ['45#', 45, 'lb'],
    ['102,5 kg', 102.5, 'kg'],
    ['102.5 kilos', 102.5, 'kg'],
    ['1,000', 1000, null],
    ['1,000 lb', 1000, 'lb'],
    ['BW', 0, null],
    ['bw', 0, null],
    ['Bodyweight', 0, null],
    ['body weight', 0, null],
    ['BW + 10 kg', 10, 'kg'],
    ['bw+25', 25, null],
    [0, 0, null],
  ])('reads %p as %p %p', (cell, value, unit) => {
    expect(parseLoad(cell)).toEqual({ value, unit });
  });

  it.each([null, undefined, '', '  '])('is null for blank %p', (cell) => {
    expect(parseLoad(cell)).toBeNull();
  });

  it.each([
    [-5, 'load -5 is negative'],
    ['-5', 'load "-5" is negative'],
    ['-5 kg', 'load "-5 kg" is negative'],
    [true, 'load is TRUE, not a number'],
    [new Date(0), 'load is a date, not a number'],
    ['heavy', 'load "heavy" is not a weight (e.g. 100, "100 kg", "225 lb")'],
    ['3x5', 'load "3x5" is not a weight (e.g. 100, "100 kg", "225 lb")'],
    ['100 stone', 'load "100 stone" is not a weight (e.g. 100, "100 kg", "225 lb")'],
    ['kg', 'load "kg" is not a weight (e.g. 100, "100 kg", "225 lb")'],
    ['BW + heavy', 'load "heavy" is not a weight (e.g. 100, "100 kg", "225 lb")'],
  ])('refuses %p: %s', (cell, message) => {
    expect(reason(parseLoad(cell))).toBe(message);
  });

  it('refuses very long text without trying to read it', () => {
    const long = `${'1'.repeat(5000)}x`;
    expect(reason(parseLoad(long))).toBe(`load "${'1'.repeat(23)}…" is not a weight`);
  });
});

describe('parseReps', () => {
  it.each([
    [5, 5, null],
    ['5', 5, null],
    [' 8 ', 8, null],
    [0, 0, null],
    ['3x5', 5, 3],
    ['3 x 5', 5, 3],
    ['3X5', 5, 3],
    ['3×5', 5, 3],
    ['3 × 5', 5, 3],
    ['5*3', 3, 5],
    ['1,000', 1000, null],
  ])('reads %p as %p reps, %p sets', (cell, reps, sets) => {
    expect(parseReps(cell)).toEqual({ reps, sets });
  });

  it.each([null, undefined, '', ' '])('is null for blank %p', (cell) => {
    expect(parseReps(cell)).toBeNull();
  });

  it.each([
    [2.5, 'reps 2.5 is not a whole number of reps'],
    [-1, 'reps -1 is not a whole number of reps'],
    ['-3', 'reps -3 is not a whole number of reps'],
    ['0x5', 'reps "0x5" has no sets'],
    [true, 'reps is TRUE, not a number'],
    [new Date(0), 'reps is a date, not a number'],
    ['lots', 'reps "lots" is not a number'],
    ['3x', 'reps "3x" is not a number'],
    ['3x5x2', 'reps "3x5x2" is not a number'],
  ])('refuses %p: %s', (cell, message) => {
    expect(reason(parseReps(cell))).toBe(message);
  });
});
