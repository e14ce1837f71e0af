import { checkReport, compareStatuses, DIFFERENCES_SHOWN } from '../../src/addon/plan-check';

const base = {
  logName: 'Log',
  spreadsheetTimeZone: 'Europe/Paris',
  scriptTimeZone: 'Europe/Paris',
  missing: [] as string[],
};

describe('compareStatuses', () => {
  it('counts the statuses and finds none differing when the columns agree', () => {
    const c = compareStatuses(['New best', '', 'Stale'], ['New best', '', 'Stale'], 2);
    expect(c).toEqual({ rows: 3, statuses: 2, differences: [] });
  });

  it('names each differing row by its sheet row, a missing cell read as blank', () => {
    const c = compareStatuses(['New best', 'Stale'], ['New best', 'Target reached', 'Stale'], 5);
    expect(c.differences).toEqual([
      { row: 6, shown: 'Stale', computed: 'Target reached' },
      { row: 7, shown: '', computed: 'Stale' },
    ]);
    expect(c.statuses).toBe(3);
  });
});

describe('checkReport', () => {
  it('says all N statuses match, the zones are the same, and nothing is missing', () => {
    const text = checkReport({ ...base, comparison: compareStatuses(['A', 'B'], ['A', 'B'], 2) });
    expect(text).toMatch(/all 2 statuses on "Log" match/);
    expect(text).toMatch(
      /this spreadsheet’s is Europe\/Paris, the add-on script’s is Europe\/Paris\. They are the same/,
    );
    expect(text).toMatch(/every built-in Strong Enough relies on is there/);
  });

  it(`names the first ${DIFFERENCES_SHOWN} differing rows with both texts and counts the rest`, () => {
    const shown = ['a', 'b', 'c', 'd', 'e'];
    const computed = ['x', 'y', 'z', 'w', 'e'];
    const text = checkReport({ ...base, comparison: compareStatuses(shown, computed, 2) });
    expect(text).toMatch(/4 rows on "Log" differ/);
    expect(text).toMatch(
      /row 2: the sheet shows "a", Strong Enough computes "x"; row 3: .*; row 4: .*; and 1 more\./,
    );
    expect(text).not.toMatch(/row 5:/);
  });

  it('says a Status formula still names the athlete from before the tab was renamed', () => {
    const same = checkReport({
      ...base,
      renamed: true,
      comparison: compareStatuses(['A'], ['A'], 2),
    });
    expect(same).toMatch(
      /all 1 statuses on "Log" match .* The Status formula on "Log" still names the athlete from before the tab was renamed.*Apply highlights writes the new name\.$/m,
    );
    const differ = checkReport({
      ...base,
      renamed: true,
      comparison: compareStatuses(['New best'], ['Target reached'], 2),
    });
    expect(differ).toMatch(/1 row on "Log" differs .* row 2: the sheet shows "New best"/);
    expect(differ).toMatch(
      /before the tab was renamed.*Apply highlights writes the new name\. Then check again\./,
    );
    expect(differ).not.toMatch(/Sheets may hand dates/);
    expect(checkReport({ ...base, comparison: compareStatuses(['A'], ['A'], 2) })).not.toMatch(
      /renamed/,
    );
  });

  it('says when highlights are off and compares nothing; says the zones differ and what it means', () => {
    const text = checkReport({ ...base, scriptTimeZone: 'America/New_York', comparison: null });
    expect(text).toMatch(/highlights are off on "Log"/);
    expect(text).not.toMatch(/match/);
    expect(text).toMatch(
      /They differ: Strong Enough reads every date as a day in the spreadsheet’s zone \(Europe\/Paris\)/,
    );
  });

  it('lists the missing built-ins and names a log that could not be read', () => {
    const text = checkReport({
      ...base,
      logName: '',
      comparison: null,
      logProblem: 'No log header found.',
      missing: ['Array.prototype.flat', 'Object.entries'],
    });
    expect(text).toMatch(/Statuses: not compared\. No log header found\./);
    expect(text).toMatch(/Runtime: missing Array\.prototype\.flat, Object\.entries\./);
  });
});
