// Text from a coach or a file is written as literal text on every sheet the add-on writes (issue
// 12, item 4): the log an import appends to, the Targets table, the dashboard.
import { HEADER, setup, uploadFile } from './harness';

/** Text Sheets would read as a formula, number, boolean, date or percentage if typed. */
const TRICKY = [
  '=IMPORTXML("http://example.com/x","//a")',
  '+1',
  '-1',
  '@x',
  'TRUE',
  '2026-01-02',
  '1,5',
  '12%',
] as const;

type Em = ReturnType<typeof setup>['em'];

function sheetOf(em: Em, name: string) {
  const sheet = em.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A Strong export of one session: the tricky text as exercise name and as notes. */
function strongExport(text: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  ];
  lines.push(`2026-03-02 10:00:00,Gym,Squat (Barbell),1,60,5,0,0,${q(text)},,`);
  lines.push(`2026-03-02 10:00:00,Gym,${q(text)},1,20,8,0,0,,,`);
  lines.push(`2026-03-09 10:00:00,Gym,Squat (Barbell),1,65,5,0,0,,,`);
  return `${lines.join('\n')}\n`;
}

describe('text from a coach or a file stays literal text', () => {
  it('import: athlete, exercise and notes read back as the file and the coach gave them', () => {
    const { em } = setup([HEADER]);
    for (const text of TRICKY) {
      const result = em.run('importCommit', uploadFile(em, strongExport(text)), {
        athlete: text,
        unit: 'kg',
      }) as { added: number };
      expect(result.added).toBe(3);
    }
    const log = sheetOf(em, 'Log');
    expect(log.formulas.size).toBe(0);
    const rows = log.values.slice(1) as unknown[][];
    expect(rows).toHaveLength(TRICKY.length * 3);
    TRICKY.forEach((text, i) => {
      const session = rows.slice(i * 3, i * 3 + 3);
      // Athlete in B, exercise in C, notes after the header's columns.
      expect(session.map((r) => r[1])).toEqual([text, text, text]);
      expect(session.map((r) => r[2])).toContain(text);
      expect(session.flat()).toContain(text);
      expect(session.flat().filter((v) => v === text).length).toBeGreaterThanOrEqual(4);
    });
  });

  it('Targets: exercise names saved from the sidebar stay text (a target named TRUE is kept)', () => {
    const { em } = setup([HEADER, ['2026-03-02', 'Ana', 'Front squat', 60, 5, 58]]);
    const state = em.run(
      'saveTargets',
      TRICKY.map((exercise, i) => ({ exercise, multiple: 1 + i / 10 })),
    ) as { targets: { exercise: string; multiple: number }[] };
    const targets = sheetOf(em, 'Targets');
    expect(targets.formulas.size).toBe(0);
    expect(targets.values.slice(1).map((r) => (r as unknown[])[0])).toEqual([...TRICKY]);
    expect(state.targets.map((t) => t.exercise)).toEqual([...TRICKY]);
  });

  it('dashboard: athlete and exercise names are shown as text, never run or read as values', () => {
    const { em } = setup([HEADER]);
    for (const text of TRICKY) {
      em.run('importCommit', uploadFile(em, strongExport(text)), { athlete: text, unit: 'kg' });
    }
    // Bodyweights for everyone, so each athlete has ratios and a chart.
    em.run('saveSettings', { bodyweight: { kind: 'value', value: 60 } });
    em.run('buildDashboard');
    const dashboard = sheetOf(em, 'Strength dashboard');
    expect(dashboard.formulas.size).toBe(0);
    const cells = (dashboard.values as unknown[][]).flat();
    const names = (dashboard.values as unknown[][]).slice(3).map((r) => r[0]);
    for (const text of TRICKY) {
      expect(names).toContain(text);
      expect(cells).toContain(`${text}: day`);
    }
    // Nothing the names could have turned into: no boolean or number in the name column.
    expect(names.filter((n) => typeof n !== 'string')).toEqual([]);
  });
});
