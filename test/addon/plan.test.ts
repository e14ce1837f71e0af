import { columnLetter, sheetReference } from '../../src/addon/a1';
import {
  type ApplyInput,
  highlightRules,
  isOurRuleFormula,
  planApply,
  type RuleSpec,
  type RuleView,
  readsAsAthlete,
  rulesToKeep,
  statusCellOf,
  statusFormula,
} from '../../src/addon/plan-highlights';
import { findLog } from '../../src/addon/plan-log';
import {
  DEFAULT_COLORS,
  DEFAULT_SETTINGS,
  mergeSettings,
  readSettings,
} from '../../src/addon/settings';
import { DEFAULT_AUDIT_THRESHOLDS } from '../../src/core/model';

describe('A1 helpers', () => {
  it('names columns like Sheets', () => {
    expect([1, 8, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AZ', 'AAA']);
  });
  it('quotes sheet names only when Sheets needs it, doubling inner quotes', () => {
    expect(sheetReference('Log')).toBe('Log');
    expect(sheetReference('Training log')).toBe("'Training log'");
    expect(sheetReference("Coach's log")).toBe("'Coach''s log'");
    expect(sheetReference('A1')).toBe("'A1'");
    expect(sheetReference('2026')).toBe("'2026'");
  });
});

describe('the status formula', () => {
  const settings = DEFAULT_SETTINGS;
  it("names a tab's athlete last, as literal text, after the block and keep settings", () => {
    expect(
      statusFormula({ sheet: 'Maya', headerRow: 1, logWidth: 5, settings, athlete: 'Maya' }),
    ).toBe(
      '=STRENGTH_STATUS(Maya!A1:E,Targets!A1:B,3,"epley","kg","","",Targets!D1:I,8,0.9,"Maya")',
    );
    // A tab named =x or O'Brien, or with a double quote, is a name in a string literal.
    expect(statusFormula({ sheet: '=x', headerRow: 1, logWidth: 5, settings, athlete: '=x' })).toBe(
      `=STRENGTH_STATUS('=x'!A1:E,Targets!A1:B,3,"epley","kg","","",Targets!D1:I,8,0.9,"=x")`,
    );
    expect(
      statusFormula({
        sheet: "O'Brien",
        headerRow: 1,
        logWidth: 5,
        settings,
        athlete: 'Al "Ox" B',
      }),
    ).toBe(
      `=STRENGTH_STATUS('O''Brien'!A1:E,Targets!A1:B,3,"epley","kg","","",Targets!D1:I,8,0.9,"Al ""Ox"" B")`,
    );
  });
  it('is one open-ended STRENGTH_STATUS over the log and the Targets sheet', () => {
    expect(statusFormula({ sheet: 'Log', headerRow: 1, logWidth: 8, settings })).toBe(
      '=STRENGTH_STATUS(Log!A1:H,Targets!A1:B,3,"epley","kg","","",Targets!D1:I)',
    );
  });
  it('quotes sheet names and passes a roster or a single bodyweight', () => {
    expect(
      statusFormula({
        sheet: "Anna's log",
        headerRow: 3,
        logWidth: 5,
        settings: { ...settings, bodyweight: { kind: 'roster', sheet: 'Weigh ins' }, unit: 'lb' },
      }),
    ).toBe(
      `=STRENGTH_STATUS('Anna''s log'!A3:E,Targets!A1:B,3,"epley","lb",'Weigh ins'!A1:D,"",Targets!D1:I)`,
    );
    expect(
      statusFormula({
        sheet: 'Log',
        headerRow: 1,
        logWidth: 4,
        settings: { ...settings, bodyweight: { kind: 'value', value: 61.5 } },
      }),
    ).toMatch(/,61\.5,"",Targets!D1:I\)$/);
  });

  it('passes the block and keep settings only when the coach changed them', () => {
    const formula = (over: Partial<typeof settings>) =>
      statusFormula({
        sheet: 'Log',
        headerRow: 1,
        logWidth: 8,
        settings: { ...settings, ...over },
      });
    expect(formula({ layoffWeeks: 12 })).toMatch(/,Targets!D1:I,12,0\.9\)$/);
    expect(formula({ keepShare: 0.85 })).toMatch(/,Targets!D1:I,8,0\.85\)$/);
  });

  it('is read back as the athlete it names, or as no one', () => {
    const tab = (athlete: string) =>
      statusFormula({ sheet: 'Tab', headerRow: 1, logWidth: 5, settings, athlete });
    const shared = statusFormula({ sheet: 'Log', headerRow: 1, logWidth: 8, settings });
    expect(readsAsAthlete(tab('Maya'), 'Maya')).toBe(true);
    expect(readsAsAthlete(tab('Maya'), 'Maya R.')).toBe(false);
    expect(readsAsAthlete(tab('Maya'), 'maya')).toBe(false);
    expect(readsAsAthlete(tab('Maya'), null)).toBe(false);
    expect(readsAsAthlete(tab('Al "Ox" B'), 'Al "Ox" B')).toBe(true);
    expect(readsAsAthlete(tab('Al "Ox" B'), 'B')).toBe(false);
    expect(readsAsAthlete(shared, null)).toBe(true);
    expect(readsAsAthlete(shared, 'Maya')).toBe(false);
    // As Sheets may hand it back: spaces after commas, the function name in lower case.
    expect(
      readsAsAthlete(
        tab('Maya').replace(/,/g, ', ').toLowerCase().replace('"maya"', '"Maya"'),
        'Maya',
      ),
    ).toBe(true);
  });
});

describe('highlight rules', () => {
  const rules = highlightRules(1, 9, DEFAULT_COLORS);
  it('key on the status column text over the log rows below the header, in status priority', () => {
    expect(rules.map((r) => r.range)).toEqual(['A2:I', 'A2:I', 'A2:I']);
    expect(rules[0]?.formula).toContain('OR(LEFT($I2,5)="Stale",LEFT($I2,8)="Slipping")');
    expect(rules[1]?.formula).toContain('LEFT($I2,14)="Target reached"');
    expect(rules[2]?.formula).toContain('LEFT($I2,8)="New best"');
    // A lift's first session is its baseline: its status says so and the tint leaves it out.
    expect(rules[2]?.formula).toContain('LEFT($I2,23)<>"New best: first session"');
    expect('New best: first session').toHaveLength(23);
    expect(
      statusCellOf(rules.map((r) => ({ formula: r.formula, background: r.background }))),
    ).toEqual({
      column: 9,
      headerRow: 1,
    });
    expect(rules.map((r) => r.background)).toEqual([
      DEFAULT_COLORS.stale,
      DEFAULT_COLORS.targetReached,
      DEFAULT_COLORS.newBest,
    ]);
  });
  it('are recognisable even when Sheets rewrites spacing and case', () => {
    for (const r of rules) {
      expect(isOurRuleFormula(r.formula)).toBe(true);
      expect(isOurRuleFormula(r.formula.replace(/,/g, ', ').replace('AND', 'and'))).toBe(true);
    }
    expect(isOurRuleFormula('=and(left($I2, 5)="Stale", "Strong Enough highlight" <> "")')).toBe(
      true,
    );
    expect(isOurRuleFormula('=LEFT($I2,5)="Stale"')).toBe(false);
    expect(isOurRuleFormula(null)).toBe(false);
  });
});

describe('planApply', () => {
  const coachRule = { formula: '=$C2>100', background: '#ff0000' };
  const base: ApplyInput = {
    sheet: 'Log',
    headerRow: 1,
    logWidth: 8,
    dataWidth: 8,
    lastLogColumn: 8,
    lastRow: 1000,
    settings: DEFAULT_SETTINGS,
    colors: DEFAULT_COLORS,
    existing: null,
    rules: [coachRule],
    protection: null,
  };
  const ours = (plan: ReturnType<typeof planApply>) =>
    (plan.rules ?? []).filter((r): r is RuleSpec => typeof r !== 'number');
  /** What the sheet holds after a plan: the rules as read back, our column and protection. */
  const appliedOver = (plan: ReturnType<typeof planApply>, input: ApplyInput): ApplyInput => ({
    ...input,
    dataWidth: Math.max(input.dataWidth, plan.column),
    existing: { column: plan.column, formula: plan.formula },
    rules: (plan.rules ?? []).map((r) =>
      typeof r === 'number'
        ? (input.rules[r] as RuleView)
        : { formula: r.formula, background: r.background, lastRow: input.lastRow },
    ),
    protection: { column: plan.column, lastRow: input.lastRow },
  });

  it('puts the status column in the first free column and appends our rules after the coach’s', () => {
    const plan = planApply(base);
    expect(plan.column).toBe(9);
    expect(plan.writeFormula).toBe(
      '=STRENGTH_STATUS(Log!A1:H,Targets!A1:B,3,"epley","kg","","",Targets!D1:I)',
    );
    expect(plan.rules?.[0]).toBe(0);
    expect(ours(plan).map((r) => r.range)).toEqual(['A2:I1000', 'A2:I1000', 'A2:I1000']);
    expect(plan.protect).toBe(true);
    expect(plan.unchanged).toBe(false);
  });

  it('names our Targets sheet in the formula, whatever it is called', () => {
    const plan = planApply({ ...base, targetsSheet: 'Targets (Strong Enough)' });
    expect(plan.formula).toContain(",'Targets (Strong Enough)'!A1:B,");
  });

  it('changes nothing when applied again over its own result', () => {
    const input = appliedOver(planApply(base), base);
    const again = planApply(input);
    expect(again.unchanged).toBe(true);
    expect(again.column).toBe(9);
  });

  it('leaves the coach’s rules in their places, ours replaced where they are', () => {
    const first = appliedOver(planApply(base), base);
    // The coach moved one of theirs below ours, and added another.
    const [coach, ...mine] = first.rules;
    const shuffled = { ...first, rules: [mine[0]!, coach!, mine[1]!, mine[2]!, coachRule] };
    expect(planApply(shuffled).unchanged).toBe(true);
    const recoloured = planApply({ ...shuffled, colors: { ...DEFAULT_COLORS, stale: '#ff9900' } });
    expect(recoloured.writeFormula).toBeNull();
    expect(recoloured.rules?.[0]).toMatchObject({ background: '#ff9900' });
    expect(recoloured.rules?.slice(1)).toEqual([1, 2, 3, 4]);
  });

  it('extends our rules and protection when the sheet has grown', () => {
    const first = appliedOver(planApply(base), base);
    const grown = planApply({ ...first, lastRow: 1500 });
    expect(grown.writeFormula).toBeNull();
    expect(ours(grown).map((r) => r.range)).toEqual(['A2:I1500', 'A2:I1500', 'A2:I1500']);
    expect(grown.protect).toBe(true);
  });

  it('moves the status column out of the log when the coach dragged it in (or left of it)', () => {
    const first = appliedOver(planApply(base), base);
    const dragged = planApply({
      ...first,
      existing: { column: 1, formula: first.existing?.formula ?? null },
      lastLogColumn: 9,
    });
    expect(dragged.movedFrom).toBe(1);
    expect(dragged.column).toBe(10);
    expect(dragged.writeFormula).toBe(
      '=STRENGTH_STATUS(Log!A1:I,Targets!A1:B,3,"epley","kg","","",Targets!D1:I)',
    );
  });

  it('writes the formula again in its column when the coach cleared it', () => {
    const first = appliedOver(planApply(base), base);
    const plan = planApply({ ...first, existing: { column: 9, formula: null } });
    expect(plan.column).toBe(9);
    expect(plan.writeFormula).not.toBeNull();
    expect(plan.rules).toBeNull();
  });

  it('finds its status cell again from its own rules, and nothing from the coach’s', () => {
    expect(statusCellOf(highlightRules(3, 28, DEFAULT_COLORS))).toEqual({
      column: 28,
      headerRow: 3,
    });
    expect(statusCellOf([coachRule])).toBeNull();
  });

  it('keeps every rule that is not ours, in order, on remove', () => {
    const mine = highlightRules(1, 9, DEFAULT_COLORS);
    expect(rulesToKeep([coachRule, mine[0]!, { ...coachRule, formula: null }, mine[1]!])).toEqual([
      0, 2,
    ]);
  });
});

describe('settings', () => {
  it('are the defaults when never saved', () => {
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, warning: null });
  });
  it('fall back to defaults with a warning when corrupt', () => {
    const read = readSettings('{not json');
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.warning).toMatch(/could not be read/);
  });
  it('fall back field by field when out of range, and say which', () => {
    const stored = JSON.stringify({
      ...DEFAULT_SETTINGS,
      unit: 'stone',
      sessionsBeforeStale: 99,
      logSheet: 'Log',
      colors: { stale: 'orange' },
    });
    const read = readSettings(stored);
    expect(read.settings.unit).toBe('kg');
    expect(read.settings.sessionsBeforeStale).toBe(3);
    expect(read.settings.logSheet).toBe('Log');
    expect(read.settings.colors).toEqual(DEFAULT_COLORS);
    expect(read.warning).toMatch(/unit must be kg or lb/);
    expect(read.warning).toMatch(/sessions before stale/);
    expect(read.warning).toMatch(/stale colour/);
  });
  it('save strictly: a bad value is refused with a plain reason', () => {
    expect(() => mergeSettings(DEFAULT_SETTINGS, { formula: 'magic' })).toThrow(
      /1RM formula must be one of/,
    );
    expect(() =>
      mergeSettings(DEFAULT_SETTINGS, { bodyweight: { kind: 'value', value: -3 } }),
    ).toThrow(/nothing was saved/);
    expect(() =>
      mergeSettings(DEFAULT_SETTINGS, { audit: { ...DEFAULT_AUDIT_THRESHOLDS, windowDays: 3 } }),
    ).toThrow(/audit window/);
    const next = mergeSettings(DEFAULT_SETTINGS, { unit: 'lb', colors: { stale: '#ABCDEF' } });
    expect(next.unit).toBe('lb');
    expect(next.colors.stale).toBe('#abcdef');
    expect(readSettings(JSON.stringify(next))).toEqual({ settings: next, warning: null });
  });
});

describe('finding the log', () => {
  const values = [
    ['Weekly plan', '', '', '', ''],
    ['Date', 'Athlete', 'Exercise', 'Weight', 'Reps'],
    ['2026-01-05', 'Ana', 'Front squat', 60, 5],
  ];
  const settings = { columns: {}, bodyweight: { kind: 'value' as const, value: 60 } };
  it('describes the header row and the columns found', () => {
    const found = findLog('Log', values, settings);
    if ('problem' in found) throw new Error(found.problem);
    expect(found.description.headerRow).toBe(2);
    expect(found.description.columns.map((c) => [c.role, c.column])).toEqual([
      ['date', 1],
      ['athlete', 2],
      ['exercise', 3],
      ['load', 4],
      ['reps', 5],
    ]);
  });
  it('says exactly what is missing when there is no load column', () => {
    const found = findLog('Log', [['Date', 'Exercise', 'Reps']], settings);
    expect('problem' in found && found.problem).toMatch(/"Log".*No load column.*Load/);
  });
  it('says how to give bodyweights when there is no source', () => {
    const found = findLog('Log', values, { columns: {}, bodyweight: { kind: 'column' } });
    expect('problem' in found && found.problem).toMatch(/no "Bodyweight" column.*roster/);
  });
  it('applies and checks column overrides', () => {
    const found = findLog('Log', values, { ...settings, columns: { athlete: 'Exercise' } });
    expect('problem' in found).toBe(false);
    const bad = findLog('Log', values, { ...settings, columns: { load: 'Kilos' } });
    expect('problem' in bad && bad.problem).toMatch(/"Kilos" chosen for load/);
  });
});
