// Help → Check this spreadsheet, run on dist/ (as `npm run build` leaves it) in the emulator.
import { lastAlert, logRows, measure, setup, total } from './harness';

/** A 60-row log with a Targets sheet, its spreadsheet in `timeZone` (the script's is Etc/UTC). */
function checked(timeZone = 'Etc/UTC') {
  const s = setup(logRows(60));
  s.em.spreadsheet.setSpreadsheetTimeZone(timeZone);
  // The dates typed again after the zone is set: a coach's cells are dates in their sheet's zone.
  s.log.getRange(1, 1, 61, 6).setValues(logRows(60));
  return s;
}

describe('Help → Check this spreadsheet', () => {
  it('is in the menu, after Help', () => {
    const { em } = setup(logRows(5));
    em.open('NONE');
    const menu = em.ui.menus[0] as { items: { caption?: string; functionName?: string }[] };
    const captions = menu.items.filter((i) => i.caption).map((i) => i.caption);
    expect(captions.slice(-2)).toEqual(['Help', 'Check this spreadsheet']);
  });

  it('finds every status the formula shows matching the computed one, zones the same', () => {
    const { em } = checked();
    em.run('menuApplyHighlights');
    em.run('menuCheckSpreadsheet');
    const text = lastAlert(em);
    expect(text).toMatch(/Statuses: all 60 statuses on "Log" match/);
    expect(text).toMatch(
      /this spreadsheet’s is Etc\/UTC, the add-on script’s is Etc\/UTC\. They are the same/,
    );
    expect(text).toMatch(/Runtime: every built-in Strong Enough relies on is there/);
  });

  it('with the spreadsheet in another zone than the script: still all match, and says the zones differ', () => {
    const { em } = checked('Pacific/Auckland');
    em.run('menuApplyHighlights');
    em.run('menuCheckSpreadsheet');
    const text = lastAlert(em);
    expect(text).toMatch(/all 60 statuses on "Log" match/);
    expect(text).toMatch(
      /this spreadsheet’s is Pacific\/Auckland, the add-on script’s is Etc\/UTC\. They differ/,
    );
  });

  it('names the rows whose shown status differs (a Status formula edited by hand), with both texts', () => {
    const { em, log } = checked();
    em.run('menuApplyHighlights');
    // Bare loads read as pounds rather than the settings' kilograms: every load-based text differs.
    const formula = log.getRange('G1').getFormula().replace(',"kg",', ',"lb",');
    log.getRange('G1').setFormula(formula);
    em.run('menuCheckSpreadsheet');
    const text = lastAlert(em);
    expect(text).toMatch(/Statuses: \d+ rows? on "Log" differ/);
    expect(text).toMatch(
      /row 2: the sheet shows "New best: first session, e1RM [\d.]+ lb", Strong Enough computes "New best: first session, e1RM 46\.7 kg"/,
    );
    expect(text).toMatch(/; and \d+ more\./);
  });

  it('says highlights are off and compares nothing', () => {
    const { em } = checked();
    em.run('menuCheckSpreadsheet');
    const text = lastAlert(em);
    expect(text).toMatch(/highlights are off on "Log"/);
    expect(text).not.toMatch(/statuses on "Log" match/);
    expect(text).toMatch(/Time zones:/);
  });

  it('only reads: nothing on the log changes', () => {
    const { em, log } = checked();
    em.run('menuApplyHighlights');
    const before = log.getDataRange().getValues();
    const rules = log.getConditionalFormatRules().length;
    em.run('menuCheckSpreadsheet');
    expect(log.getDataRange().getValues()).toEqual(before);
    expect(log.getConditionalFormatRules()).toHaveLength(rules);
  });

  it('reads in a fixed number of calls whatever the log’s length (14: one read of the displayed statuses)', () => {
    const counts = [60, 300].map((rows) => {
      const { em } = setup(logRows(rows));
      em.run('menuApplyHighlights');
      em.resetCalls();
      const calls = measure(em, 'menuCheckSpreadsheet');
      expect(calls['Range.getDisplayValues']).toBe(1);
      return total(calls);
    });
    expect(counts).toEqual([14, 14]);
  });
});
