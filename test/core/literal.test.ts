import fc from 'fast-check';
import { literalCell, literalText, MAX_CELL_CHARS, readBackText } from '../../src/core/literal';

describe('literal text for setValues', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 rep', "'+1 rep"],
    ['-2 kg', "'-2 kg"],
    ['@coach', "'@coach"],
    ["'cause", "''cause"],
    ['8/10', "'8/10"],
    ['12:30', "'12:30"],
    ['2026-04-08', "'2026-04-08"],
    ['TRUE', "'TRUE"],
    ['50%', "'50%"],
    ['100', "'100"],
    ['1,5', "'1,5"],
    ['12%', "'12%"],
    ['1e3', "'1e3"],
    ['(12)', "'(12)"],
    ['€5', "'€5"],
    ['1 000', "'1 000"],
    [' =1+1', "' =1+1"],
    ['Jan 2', "'Jan 2"],
    ['2 March 2026', "'2 March 2026"],
    ['false', "'false"],
    ['Marching lunge', 'Marching lunge'],
    ['Squat (Barbell)', 'Squat (Barbell)'],
    ['felt good 💪', 'felt good 💪'],
    ['3 sets, easy', '3 sets, easy'],
    ['', ''],
  ])('%j → %j', (text, written) => {
    expect(literalText(text)).toBe(written);
  });

  it('always reads back as the original text (Sheets drops one leading apostrophe)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(readBackText(literalText(text))).toBe(text);
      }),
    );
  });

  it('never lets a formula starter through unmarked', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string(), (start, rest) => {
        expect(literalText(start + rest).startsWith("'")).toBe(true);
      }),
    );
  });

  it('keeps the values the add-on decided (numbers, booleans, dates, blanks) as they are', () => {
    const day = new Date(Date.UTC(2026, 0, 2));
    expect([60, true, day, null, ''].map(literalCell)).toEqual([60, true, day, null, '']);
    expect(literalCell('=1+1')).toBe("'=1+1");
  });

  it('cuts text past the 50,000-character cell limit with an ellipsis', () => {
    const written = literalText('x'.repeat(MAX_CELL_CHARS + 10));
    expect(written).toHaveLength(MAX_CELL_CHARS);
    expect(written.endsWith('…')).toBe(true);
  });
});
