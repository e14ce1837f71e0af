// These tests run dist/ as `npm run build` leaves it (npm test builds first), in the emulator.
import { logRows, measure, setup, snapshot, writes } from './harness';

type Rule = { ranges: unknown; format: { background?: string | null } };

/** The log with the coach's own rule first: ours must go around it and never change it. */
function withCoachRule(rows = 60) {
  const s = setup(logRows(rows));
  const { em, log } = s;
  const app = em.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  log.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground('#ff0000')
      .setRanges([log.getRange('D2:D')])
      .build(),
  ]);
  em.resetCalls();
  return s;
}

const rulesOf = (em: ReturnType<typeof setup>['em']): Rule[] =>
  (em.workbook.sheets[0]?.rules ?? []).map(({ id: _id, ...r }) => r as unknown as Rule);

describe('saving new highlight colours while highlights are on', () => {
  it("recolours only our rules, in place, and leaves the coach's rule, values and protection alone", () => {
    const { em } = withCoachRule();
    em.run('applyHighlights');
    const before = rulesOf(em);
    expect(before.map((r) => r.format.background)).toEqual([
      '#ff0000',
      '#ffe0a3',
      '#c7eccb',
      '#e3f0ff',
    ]);
    const { rules: _r, ...sheetBefore } = (snapshot(em, ['Log']) as Record<string, unknown>[])[0]!;

    const state = em.run('saveSettings', { colors: { stale: '#FF00FF' } }) as {
      settings: { colors: Record<string, string> };
      highlightsApplied: boolean;
    };
    expect(state.settings.colors.stale).toBe('#ff00ff');
    expect(state.highlightsApplied).toBe(true);
    const after = rulesOf(em);
    expect(after.map((r) => r.format.background)).toEqual([
      '#ff0000',
      '#ff00ff',
      '#c7eccb',
      '#e3f0ff',
    ]);
    // The coach's rule is the very same rule; ours keep their ranges and formulas.
    expect(after[0]).toEqual(before[0]);
    expect(after.map((r) => r.ranges)).toEqual(before.map((r) => r.ranges));
    const { rules: _a, ...sheetAfter } = (snapshot(em, ['Log']) as Record<string, unknown>[])[0]!;
    expect(sheetAfter).toEqual(sheetBefore);

    // Applying again finds everything as it should be.
    expect(writes(measure(em, 'applyHighlights'))).toEqual([]);
    expect(writes(measure(em, 'menuApplyHighlights'))).toEqual([]);
  });

  it('costs one rules write, and none when the colours did not change', () => {
    const { em } = withCoachRule();
    em.run('applyHighlights');
    expect(writes(measure(em, 'saveSettings', { colors: { newBest: '#123456' } }))).toEqual([
      'Sheet.setConditionalFormatRules',
    ]);
    expect(writes(measure(em, 'saveSettings', { colors: { newBest: '#123456' } }))).toEqual([]);
    expect(writes(measure(em, 'saveSettings', { audit: { windowDays: 14 } }))).toEqual([]);
  });

  it('touches no sheet when highlights are off, and the next Apply uses the saved colours', () => {
    const { em } = withCoachRule();
    const before = snapshot(em);
    expect(writes(measure(em, 'saveSettings', { colors: { stale: '#00ffff' } }))).toEqual([]);
    expect(snapshot(em)).toEqual(before);
    em.run('applyHighlights');
    expect(rulesOf(em).map((r) => r.format.background)).toEqual([
      '#ff0000',
      '#00ffff',
      '#c7eccb',
      '#e3f0ff',
    ]);
  });

  it('refuses a bad colour without touching the rules or the stored settings', () => {
    const { em } = withCoachRule();
    em.run('applyHighlights');
    const stored = em.properties.document.get('strongEnough.settings');
    const rules = rulesOf(em);
    expect(() =>
      em.run('saveSettings', { colors: { stale: '#ff00ff', targetReached: 'green' } }),
    ).toThrow(/targetReached colour must look like #ffcc00; nothing was saved/);
    expect(rulesOf(em)).toEqual(rules);
    expect(em.properties.document.get('strongEnough.settings')).toBe(stored);
  });
});

describe('the audit window', () => {
  type Finding = { mistake: number; evidence: string };
  type State = { athletes: { name: string; audit: Finding[]; auditNote?: string }[] };
  const heavySessions = (state: State, name: string): string =>
    state.athletes.find((a) => a.name === name)?.audit.find((f) => f.mistake === 5)?.evidence ?? '';

  it("changes the athletes' findings when it is shortened, and is refused out of range", () => {
    // 100 days of training, a session a day for each athlete.
    const { em } = setup(logRows(1200));
    const wide = em.run('getSidebarState') as State;
    expect(heavySessions(wide, 'Ana')).toMatch(/^28 of 28 heavy lower-body sessions/);
    const narrow = em.run('saveSettings', { audit: { windowDays: 7 } }) as State;
    expect(heavySessions(narrow, 'Ana')).toMatch(/^7 of 7 heavy lower-body sessions/);
    expect(heavySessions(narrow, 'Ben')).toMatch(/^7 of 7 heavy lower-body sessions/);
    expect(() => em.run('saveSettings', { audit: { windowDays: 6 } })).toThrow(
      /audit window \(days\) 6 is outside 7–365; nothing was saved/,
    );
    expect(heavySessions(em.run('getSidebarState') as State, 'Ana')).toMatch(/^7 of 7/);
  });
});
