import {
  exportAsLogTable,
  IMPORT_KEY_LABEL,
  type ImportPlan,
  type PlanOptions,
  planImport,
} from '../../../src/core/import';
import { craftedExport, parsedOk, realExport } from './fixtures';

const LABELS = [
  'Date',
  'Athlete',
  'Exercise',
  'Load',
  'Reps',
  'Sets',
  'Unit',
  'Bodyweight',
  'Notes',
];

function ready(plan: ImportPlan): Extract<ImportPlan, { kind: 'ready' }> {
  if (plan.kind !== 'ready') throw new Error(`expected a ready plan: ${plan.message}`);
  return plan;
}

const keysOf = (plan: Extract<ImportPlan, { kind: 'ready' }>) =>
  plan.rows.map((row) => String(row[plan.keyColumn]));

describe('asking for what the file lacks', () => {
  const strong = parsedOk(realExport('strong-export-kg-a.csv'));
  const base: PlanOptions = { logHeaderLabels: LABELS, existingKeys: [] };

  it('needs the athlete for a classic Strong file whose numbers say kg, and says so in words', () => {
    const plan = planImport(strong, base);
    expect(plan.kind).toBe('needs');
    if (plan.kind !== 'needs') return;
    expect(plan.needs).toEqual(['athlete']);
    expect(plan.message).toBe('This Strong file does not say whose workouts these are.');
    expect(plan.unit).toMatchObject({ unit: 'kg', decidedBy: 'numbers' });
  });

  it('asks for the unit, and says why, when the numbers fit both kg and lb', () => {
    const few = parsedOk(
      'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-01-05 10:00,A,Squat (Barbell),1,100,5\n',
    );
    const plan = planImport(few, base);
    expect(plan.kind === 'needs' && plan.needs).toEqual(['athlete', 'unit']);
    expect(plan.kind === 'needs' && plan.message).toBe(
      'This Strong file does not say whose workouts these are or whether the weights are in kg or lb. Unit: this Strong file does not say kg or lb, and too few loaded sets (1) to tell kg from lb by their numbers.',
    );
  });

  it('needs only what is still missing; a blank athlete name does not count', () => {
    const plan = planImport(strong, { ...base, athlete: '  ', unit: 'kg' });
    expect(plan.kind === 'needs' && plan.needs).toEqual(['athlete']);
    expect(planImport(strong, { ...base, athlete: 'Andrew', unit: 'lb' }).kind).toBe('ready');
  });
});

describe('rows in the log’s own column order', () => {
  const hevy = parsedOk(craftedExport('hevy-lbs.csv'));

  it('maps by header roles, whatever the order, and adds an Import key column at the end', () => {
    const labels = ['Notes', 'Reps', 'Weight', 'Exercise', 'Client', 'Date', 'Status'];
    const plan = ready(
      planImport(hevy, { athlete: 'Jo', logHeaderLabels: labels, existingKeys: [] }),
    );
    expect(plan.addKeyColumn).toBe(IMPORT_KEY_LABEL);
    expect(plan.keyColumn).toBe(7);
    expect(plan.width).toBe(8);
    expect(plan.preview.labels).toEqual([...labels, 'Import key']);
    // Calendar order: the 5 Jan squats come before the 12 Jan deadlifts although Hevy lists them last.
    expect(plan.rows[0]).toEqual([
      '',
      5,
      '185 lb',
      'Squat (Barbell)',
      'Jo',
      '2026-01-05',
      '',
      'jo|2026-01-05 07:30|squat (barbell)|1',
    ]);
    expect(plan.rows.every((r) => r.length === 8)).toBe(true);
  });

  it('uses an existing Import key column and writes units, sets and a blank bodyweight', () => {
    const labels = [...LABELS, 'import key', '', ''];
    const plan = ready(
      planImport(hevy, { athlete: 'Jo', logHeaderLabels: labels, existingKeys: [] }),
    );
    expect(plan.addKeyColumn).toBeNull();
    expect(plan.keyColumn).toBe(9);
    expect(plan.width).toBe(10);
    expect(plan.rows[2]).toEqual([
      '2026-01-12',
      'Jo',
      'Deadlift (Barbell)',
      225,
      5,
      1,
      'lb',
      '',
      'brace!\nthen pull; RPE 8',
      'jo|2026-01-12 18:05|deadlift (barbell)|2',
    ]);
  });

  it('refuses a log without the columns a set needs, naming them', () => {
    const plan = planImport(hevy, {
      athlete: 'Jo',
      logHeaderLabels: ['Date', 'Exercise', 'Notes'],
      existingKeys: [],
    });
    expect(plan).toMatchObject({
      kind: 'refused',
      message:
        'The log has no Load (or Weight), Reps column. Add them to the header row and import again.',
    });
  });

  it('reports what was added and what was skipped in plain words', () => {
    const plan = ready(
      planImport(hevy, { athlete: 'Jo', logHeaderLabels: LABELS, existingKeys: [] }),
    );
    expect(plan.message).toBe(
      'Will add 6 sets from Hevy (lb); skipped 1 warm-up set, 1 cardio or timed set (distance or time, no reps).',
    );
  });
});

describe('idempotency', () => {
  const text = realExport('hevy-export-kg.csv');
  const full = parsedOk(text);
  const options = { athlete: 'Felipe', logHeaderLabels: LABELS };

  it('importing the same file again adds nothing', () => {
    const first = ready(planImport(full, { ...options, existingKeys: [] }));
    // The add-on reads the keys back: Sheets drops the literal-text apostrophe on read.
    const readBack = keysOf(first).map((k) => k.replace(/^'/, ''));
    const second = ready(planImport(full, { ...options, existingKeys: readBack }));
    expect(second.added).toBe(0);
    expect(second.rows).toEqual([]);
    expect(second.alreadyInLog).toBe(518);
    expect(second.message).toMatch(
      /^Nothing new to add from Hevy \(kg\).*518 sets already in the log\.$/,
    );
  });

  it('a newer export of the same athlete adds only the new sets', () => {
    // An older export: the same file without its newest workout (Hevy lists newest first).
    const lines = text.split('\n');
    const newest = lines[1]?.split(',')[1];
    const older = [lines[0], ...lines.slice(1).filter((l) => l.split(',')[1] !== newest)].join(
      '\n',
    );
    const before = ready(planImport(parsedOk(older), { ...options, existingKeys: [] }));
    const after = ready(planImport(full, { ...options, existingKeys: keysOf(before) }));
    const newestSets = full.sets.filter((s) => s.workoutStart === '2026-04-08 16:50').length;
    expect(newestSets).toBeGreaterThan(0);
    expect(after.added).toBe(newestSets);
    expect(before.added + after.added).toBe(518);
    expect(after.rows.every((r) => r[0] === '2026-04-08')).toBe(true);
  });

  it('the same sets for another athlete are new sets', () => {
    const first = ready(planImport(full, { ...options, existingKeys: [] }));
    const other = ready(
      planImport(full, { ...options, athlete: 'Lore', existingKeys: keysOf(first) }),
    );
    expect(other.added).toBe(518);
  });

  it('keys ignore case and spacing of the athlete name', () => {
    const first = ready(planImport(full, { ...options, existingKeys: [] }));
    const again = ready(
      planImport(full, { ...options, athlete: '  felipe ', existingKeys: keysOf(first) }),
    );
    expect(again.added).toBe(0);
  });
});

describe('the export as a log table (for the CLI)', () => {
  it('has the standard header and plain values, no literal-text markers', () => {
    const parsed = parsedOk(craftedExport('strong-bom-crlf.csv'));
    const table = exportAsLogTable(parsed, { athlete: 'Sam', unit: 'kg' });
    if (!table.ok) throw new Error('table expected');
    expect(table.values[0]).toEqual([
      'Date',
      'Athlete',
      'Exercise',
      'Load',
      'Reps',
      'Sets',
      'Unit',
      'Bodyweight',
      'Notes',
      'Import key',
    ]);
    expect(table.values).toHaveLength(1 + parsed.sets.length);
    expect(table.values.some((r) => r[2] === '=HYPERLINK("http://evil.example","click")')).toBe(
      true,
    );
    expect(table.values[1]?.slice(0, 7)).toEqual([
      '2026-03-02',
      'Sam',
      'Deadlift (Trap bar)',
      100,
      5,
      1,
      'kg',
    ]);
    expect(exportAsLogTable(parsed, {})).toEqual({ ok: false, needs: ['athlete', 'unit'] });
  });
});

describe('bodyweight sets', () => {
  it('leaves the load blank for sets the file logs without weight, as a coach would', () => {
    const hevy = parsedOk(realExport('hevy-export-kg.csv'));
    const plan = ready(
      planImport(hevy, { logHeaderLabels: LABELS, existingKeys: [], athlete: 'Felipe' }),
    );
    const load = LABELS.indexOf('Load');
    const exercise = LABELS.indexOf('Exercise');
    const pullUps = plan.rows.filter((row) => row[exercise] === 'Pull Up');
    expect(pullUps.length).toBeGreaterThan(0);
    expect(pullUps.every((row) => row[load] === '')).toBe(true);
    // Weighted sets keep their number.
    expect(plan.rows.some((row) => typeof row[load] === 'number' && row[load] > 0)).toBe(true);
    expect(plan.rows.some((row) => row[load] === 0)).toBe(false);
  });
});
