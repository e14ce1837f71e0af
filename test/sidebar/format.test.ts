import {
  dayNumber,
  formatDay,
  formatLoad,
  formatMultiple,
  parseTypedNumber,
  plural,
  progressPercent,
  renamedTabsText,
  searchKey,
} from '../../src/sidebar/format';

describe('formatDay', () => {
  it('writes ISO days the way a coach reads them', () => {
    expect(formatDay('2026-10-02')).toBe('2 Oct 2026');
    expect(formatDay('2025-01-31')).toBe('31 Jan 2025');
  });
  it('shows anything else as given, and nothing for nothing', () => {
    expect(formatDay('last week')).toBe('last week');
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(formatDay(null)).toBe('');
  });
});

describe('dayNumber', () => {
  it('counts calendar days, with no time zone drift', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect((dayNumber('2026-03-01') as number) - (dayNumber('2026-02-28') as number)).toBe(1);
    expect((dayNumber('2024-03-01') as number) - (dayNumber('2024-02-28') as number)).toBe(2);
    expect(dayNumber('soon')).toBeNull();
  });
});

describe('formatMultiple', () => {
  it('shows one or two decimals and no float noise', () => {
    expect(formatMultiple(1)).toBe('1.0×');
    expect(formatMultiple(1.5)).toBe('1.5×');
    expect(formatMultiple(1.25)).toBe('1.25×');
    expect(formatMultiple(0.1 + 0.2)).toBe('0.3×');
    expect(formatMultiple(1.0449)).toBe('1.04×');
  });
  it('shows a dash when there is no number', () => {
    expect(formatMultiple(null)).toBe('–');
    expect(formatMultiple(Number.NaN)).toBe('–');
  });
});

describe('formatLoad', () => {
  it('rounds to 0.1 and keeps the unit', () => {
    expect(formatLoad(112.46, 'kg')).toBe('112.5 kg');
    expect(formatLoad(225, 'lb')).toBe('225 lb');
    expect(formatLoad(null, 'kg')).toBe('–');
  });
});

describe('progressPercent', () => {
  it('is the share of the target reached, floored so 99.9 % never shows as done', () => {
    expect(progressPercent(0.75, 1.5)).toBe(50);
    expect(progressPercent(1.4985, 1.5)).toBe(99);
    expect(progressPercent(1.5, 1.5)).toBe(100);
  });
  it('caps past the target and is 0 without a ratio or target', () => {
    expect(progressPercent(2.2, 1.5)).toBe(100);
    expect(progressPercent(null, 1.5)).toBe(0);
    expect(progressPercent(1, null)).toBe(0);
    expect(progressPercent(1, 0)).toBe(0);
    expect(progressPercent(-1, 1)).toBe(0);
  });
});

describe('plural', () => {
  it('counts in words', () => {
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(0, 'session')).toBe('0 sessions');
    expect(plural(3, 'is', 'are')).toBe('3 are');
  });
});

describe('searchKey', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(searchKey('  Chloé   MARTIN ')).toBe('chloe martin');
  });
});

describe('parseTypedNumber', () => {
  it('reads what a coach types', () => {
    expect(parseTypedNumber('1.5')).toBe(1.5);
    expect(parseTypedNumber(' 1,25 ')).toBe(1.25);
    expect(parseTypedNumber('2×')).toBe(2);
    expect(parseTypedNumber('.5')).toBe(0.5);
  });
  it('refuses anything that is not one number', () => {
    for (const text of ['', 'abc', '1.5.2', '1e3', '1,5,0', 'Infinity']) {
      expect(parseTypedNumber(text)).toBeNull();
    }
  });
});

describe('renamedTabsText', () => {
  it('says nothing without renamed tabs, and names one, a few, or three and a count', () => {
    expect(renamedTabsText([])).toBeNull();
    expect(renamedTabsText(['Maya O.'])).toMatch(
      /^Maya O\. was renamed after highlights were applied: its Status column .* writes the new name\.$/,
    );
    expect(renamedTabsText(['A', 'B', 'C'])).toMatch(/^A, B, C were renamed .* new names\.$/);
    expect(renamedTabsText(['A', 'B', 'C', 'D'])).toMatch(/^A, B, C and 1 other tab were renamed/);
    const forty = Array.from({ length: 40 }, (_, i) => `Runner ${i + 1}`);
    const text = renamedTabsText(forty) as string;
    expect(text).toMatch(/^Runner 1, Runner 2, Runner 3 and 37 other tabs were renamed/);
    expect(text).not.toContain('Runner 4');
  });
});
