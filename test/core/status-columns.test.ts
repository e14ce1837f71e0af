/**
 * The columnar path (status-columns.ts) against the general path (readLog → buildSeries →
 * rowStatuses → statusColumn): generated logs of every shape the reader accepts, and every export
 * in test/fixtures imported into a log table as the add-on writes it. Where the columnar path
 * answers, its output must equal the general path's to the character; where the general path
 * throws or reports a ⚠ row, the columnar path must decline; and for plain logs it must answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { readTable } from '../../scripts/cli/table';
import { COLUMN_ROLES } from '../../src/core/headers';
import type { LogColumns, LogOptions, StatusOptions } from '../../src/core/model';
import { readSeasonPlan } from '../../src/core/season';
import { statusColumn } from '../../src/core/status';
import { columnarStatusColumn, lastStatusPath, ratioKey } from '../../src/core/status-columns';
import { defaultTargets } from '../../src/core/targets';
import type { CellValue } from '../../src/core/values';

type Table = CellValue[][];

/** The general path's column, or its Error's message. */
function general(values: Table, log: LogOptions, status: StatusOptions): string[][] | string {
  try {
    return statusColumn(values, log, status);
  } catch (error) {
    return `Error: ${(error as Error).message}`;
  }
}

/** The general path reports a ⚠ row, or cannot read the log at all. */
function warns(values: Table, log: LogOptions, status: StatusOptions): boolean {
  const out = general(values, log, status);
  return typeof out === 'string' || out.some((row) => row[0]?.startsWith('⚠'));
}

/** Both paths agree; returns whether the columnar path answered. */
function agree(values: Table, log: LogOptions, status: StatusOptions): boolean {
  const expected = general(values, log, status);
  const fast = columnarStatusColumn(values, log, status);
  expect(lastStatusPath()).toBe(fast === null ? 'general' : 'columnar');
  if (fast === null) return false;
  // Compare values, not identities (the columnar path shares one output row per text); the
  // first row that differs is shown with its number.
  if (typeof expected === 'string') expect(fast).toBe(expected);
  const length = Math.max(fast.length, expected.length);
  for (let i = 0; i < length; i++) {
    const got = fast[i];
    const want = (expected as string[][])[i];
    if (got?.length !== want?.length || got?.[0] !== want?.[0]) {
      expect({ row: i, status: got }).toEqual({ row: i, status: want });
    }
  }
  return true;
}

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 2, 2);

// ---------------------------------------------------------------------------------------------
// Cells of every kind the reader takes, or reports

const dayOffset = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) },
  // Long breaks: layoffs that start a new block.
  { weight: 1, arbitrary: fc.integer({ min: 90, max: 130 }) },
);

function dateCell(offset: number, form: number, hour: number): CellValue {
  const ms = BASE + offset * DAY_MS;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const months = ['Jan', 'February', 'Mar', 'Apr', 'May', 'June', 'Jul', 'Aug', 'Sept', 'Oct'];
  switch (form) {
    case 0:
      return new Date(ms + hour * 3_600_000);
    case 1:
      return `${y}-${pad(m)}-${pad(day)}`;
    case 2:
      return `${y}-${pad(m)}-${pad(day)} ${pad(hour)}:45:22`;
    case 3:
      return `${day}/${m}/${y}`;
    case 4:
      return `${day}.${m}.${y}`;
    case 5:
      return `${months[m - 1]} ${day}, ${y} 2:32 PM`;
    case 6:
      return `${day}${day === 1 ? 'st' : 'th'} ${months[m - 1]} ${y}`;
    case 7:
      return ms / DAY_MS + 25_569;
    case 8:
      return `${y}-${pad(m)}-${pad(day)}T${pad(hour)}:10:00Z`;
    default:
      return '';
  }
}

const ATHLETES = ['Ann', 'ann', 'Ben', ' Ben  Smith ', 'Cleo'];
const EXERCISES = [
  'Back squat',
  'Squat (Barbell)',
  'Trap bar deadlift',
  'Bench press',
  'Pull Up',
  'pull-ups',
  'Assisted Pull Up',
  'Box jump',
  'Plank',
  'Push-up',
  'Iso-Lateral Row (Machine)',
  'Dumbbell Curl (each hand)',
  'Leg Press (per side)',
  'Treadmill',
  'Mystery lift',
];
const LOADS: CellValue[] = [0, 20, 40, 60, 60, 60.5, 80, 100, 102.5, 140, '', '', '100 kg'];
const ODD_LOADS: CellValue[] = [
  '225 lb',
  '102,5',
  '1,000',
  '60 kgs',
  '135#',
  'BW',
  'BW + 10 kg',
  '-20',
  -20,
  'heavy',
  true,
  2000,
  '80/85/90',
  '80x5',
  '3x5 @ 80',
  '  ',
];
const REPS: CellValue[] = [1, 3, 5, 5, 8, 10, 12, 15, 0, '3x5', '', 5];
const ODD_REPS: CellValue[] = ['3 × 5', '3*5', '5', 'x', -1, 2.5, '6/5/5', '0x5', false];
const BODYWEIGHTS: CellValue[] = ['', 60, 72.5, 80, '70 kg', '160 lb'];
const ODD_BODYWEIGHTS: CellValue[] = [0, 'heavy', 7, -60];

const pick = <T>(plain: readonly T[], odd: readonly T[], oddWeight: number) =>
  oddWeight === 0
    ? fc.constantFrom(...plain)
    : fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom(...plain) },
        { weight: oddWeight, arbitrary: fc.constantFrom(...odd) },
      );

interface Shape {
  /** Weight of odd and invalid cells (0: plain logs only). */
  readonly odd: number;
}

const rowArb = (shape: Shape) =>
  fc.record({
    kind: shape.odd
      ? fc.constantFrom('data', 'data', 'data', 'data', 'data', 'data', 'blank', 'header')
      : fc.constantFrom('data', 'data', 'data', 'data', 'data', 'data', 'blank', 'header'),
    day: dayOffset,
    dateForm: shape.odd ? fc.integer({ min: 0, max: 10 }) : fc.integer({ min: 0, max: 9 }),
    hour: fc.integer({ min: 0, max: 23 }),
    athlete: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ATHLETES) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    exercise: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...EXERCISES) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    load: pick(LOADS, ODD_LOADS, shape.odd),
    reps: pick(REPS, ODD_REPS, shape.odd),
    sets: pick<CellValue>(['', '', 1, 3, '2'], [0, 'x', 2.5], shape.odd),
    unit: pick<CellValue>(['', '', 'kg', 'lb', 'lbs', 'Kilos'], ['stone'], shape.odd),
    bodyweight: pick(BODYWEIGHTS, ODD_BODYWEIGHTS, shape.odd),
    notes: fc.constantFrom('', '', 'felt heavy'),
    object: shape.odd ? fc.integer({ min: 0, max: 60 }) : fc.constant(99),
  });

type RowSpec = ReturnType<typeof rowArb> extends fc.Arbitrary<infer R> ? R : never;

const ROLES: readonly string[] = COLUMN_ROLES;
const LABELS: Readonly<Record<string, readonly string[]>> = {
  date: ['Date', 'Day'],
  athlete: ['Athlete', 'Name'],
  exercise: ['Exercise', 'Lift'],
  load: ['Load', 'Weight (kg)', 'Weight (lbs)', 'Kg'],
  reps: ['Reps'],
  sets: ['Sets'],
  unit: ['Unit'],
  bodyweight: ['Bodyweight', 'BW'],
  notes: ['Notes'],
};

const layoutArb = fc.record({
  // date, exercise and load are always there; the others come and go.
  optional: fc.subarray(['athlete', 'reps', 'sets', 'unit', 'bodyweight', 'notes'], {
    minLength: 1,
  }),
  order: fc.integer({ min: 0, max: 1000 }),
  labels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
  above: fc.constantFrom(0, 0, 1, 2),
});

type Layout = typeof layoutArb extends fc.Arbitrary<infer R> ? R : never;

/** The table: title rows, the header, the rows; and where each role is. */
function tableOf(layout: Layout, rows: readonly RowSpec[]): { values: Table; columns: string[] } {
  const roles = ROLES.filter(
    (r) => r === 'date' || r === 'exercise' || r === 'load' || layout.optional.includes(r),
  );
  // A deterministic shuffle from the seed.
  const columns = [...roles];
  let seed = layout.order;
  for (let i = columns.length - 1; i > 0; i--) {
    seed = (seed * 7919 + 17) % 1009;
    const j = seed % (i + 1);
    [columns[i], columns[j]] = [columns[j] as string, columns[i] as string];
  }
  const header = columns.map((role, i) => {
    const labels = LABELS[role] as readonly string[];
    return labels[(layout.labels[i] ?? 0) % labels.length] as string;
  });
  const values: Table = [];
  for (let i = 0; i < layout.above; i++) values.push(i === 0 ? ['Training log 2026'] : []);
  values.push(header);
  for (const row of rows) {
    if (row.kind === 'blank') {
      values.push(columns.map(() => ''));
      continue;
    }
    if (row.kind === 'header') {
      values.push([...header]);
      continue;
    }
    const cells: Record<string, CellValue> = {
      date: dateCell(row.day, row.dateForm, row.hour),
      athlete: row.athlete,
      exercise: row.exercise,
      load: row.load,
      reps: row.reps,
      sets: row.sets,
      unit: row.unit,
      bodyweight: row.bodyweight,
      notes: row.notes,
    };
    const out = columns.map((role) => cells[role] as CellValue);
    // Now and then a cell holds a list or an object (never from Sheets, but the reader says so).
    if (row.object < out.length) {
      (out as unknown[])[row.object] = row.object % 2 === 0 ? [1] : { a: 1 };
    }
    values.push(out);
  }
  return { values, columns };
}

const SEASON = readSeasonPlan(
  [
    ['Athlete', 'From', 'To', 'Phase', 'Goal race', 'Race date'],
    ['', '2026-03-01', '2026-03-14', 'base', '', ''],
    ['', '2026-03-15', '2026-03-25', 'race season', '', ''],
    ['Ann', '2026-03-20', '2026-03-31', 'taper', 'Oslo 10k', '2026-04-01'],
    ['Ben', '2026-03-05', '', 'transition', '', ''],
    ['', '2026-04-01', '2026-07-30', 'peak', '', ''],
    ['Cleo', '2026-06-01', '', 'build', '', ''],
    ['', '2026-07-01', '', 'off-season', '', ''],
  ],
  'UTC',
).plan;

const TARGETS = new Map([...defaultTargets(), ['back squat', 1], ['bench press', 0.8]]);

const optionsArb = fc.record({
  unit: fc.constantFrom('kg' as const, 'lb' as const),
  timeZone: fc.constantFrom('UTC', 'Europe/Oslo', 'America/New_York', 'Asia/Kolkata'),
  formula: fc.constantFrom(
    'epley' as const,
    'brzycki' as const,
    'lander' as const,
    'lombardi' as const,
    'mayhew' as const,
    'oconner' as const,
    'wathan' as const,
  ),
  bodyweight: fc.constantFrom('column', 'column', 'none', 'value', 'value lb', 'roster'),
  defaultAthlete: fc.constantFrom(undefined, 'Dee', ''),
  targets: fc.constantFrom('default', 'custom', 'none'),
  sessions: fc.integer({ min: 1, max: 5 }),
  season: fc.constantFrom(false, true, true),
  layoffWeeks: fc.constantFrom(undefined, 2, 4, 8, 12),
  keepShare: fc.constantFrom(undefined, 0.5, 0.8, 0.9, 0.99),
  swapColumns: fc.boolean(),
});

type Options = typeof optionsArb extends fc.Arbitrary<infer R> ? R : never;

const ROSTER: CellValue[][] = [
  ['Athlete', 'Date', 'Bodyweight'],
  ['Ann', '2026-03-01', 61],
  ['ann', '2026-03-20', '62 kg'],
  ['Ben', '2026-03-10', 80],
  ['', '2026-03-01', 70],
  ['Cleo', 'soon', 50],
];

function optionsOf(o: Options, columns: readonly string[]): [LogOptions, StatusOptions] {
  const bodyweight =
    o.bodyweight === 'value'
      ? { bodyweight: { kind: 'value' as const, value: 65 } }
      : o.bodyweight === 'value lb'
        ? { bodyweight: { kind: 'value' as const, value: 150, unit: 'lb' as const } }
        : o.bodyweight === 'roster'
          ? { bodyweight: { kind: 'roster' as const, rows: ROSTER } }
          : {};
  // The columns argument: the coach says which column is which (here: notes read as reps).
  let chosen: LogColumns | undefined;
  if (o.swapColumns && columns.includes('notes')) {
    chosen = { reps: columns.indexOf('notes') };
  } else if (o.swapColumns) chosen = { load: columns.indexOf('load') };
  const log: LogOptions = {
    unit: o.unit,
    timeZone: o.timeZone,
    formula: o.formula,
    ...bodyweight,
    ...(chosen ? { columns: chosen } : {}),
    ...(o.defaultAthlete === undefined ? {} : { defaultAthlete: o.defaultAthlete }),
  };
  const status: StatusOptions = {
    targets:
      o.targets === 'default' ? defaultTargets() : o.targets === 'custom' ? TARGETS : new Map(),
    sessionsBeforeStale: o.sessions,
    ...(o.season ? { season: SEASON } : {}),
    ...(o.layoffWeeks === undefined ? {} : { layoffWeeks: o.layoffWeeks }),
    ...(o.keepShare === undefined ? {} : { keepShare: o.keepShare }),
  };
  return [log, status];
}

describe('the columnar path gives the general path’s statuses to the character', () => {
  it('on generated logs of every shape (odd and invalid cells included)', () => {
    let columnar = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        layoutArb,
        fc.array(rowArb({ odd: 1 }), { minLength: 0, maxLength: 60 }),
        optionsArb,
        (layout, rows, o) => {
          const { values, columns } = tableOf(layout, rows);
          const [log, status] = optionsOf(o, columns);
          runs++;
          if (agree(values, log, status)) columnar++;
        },
      ),
      { numRuns: 250 },
    );
    // Odd cells send many logs to the general path, but not all of them.
    expect(columnar).toBeGreaterThan(runs * 0.1);
  });

  it('takes every plain log itself (and gives the same statuses)', () => {
    let columnar = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        layoutArb,
        fc.array(rowArb({ odd: 0 }), { minLength: 1, maxLength: 120 }),
        optionsArb,
        (layout, rows, o) => {
          // Plain: every data row has its own date, athlete and exercise, and a readable load.
          const plain = rows.map((r) => ({
            ...r,
            athlete: r.athlete || 'Ann',
            exercise: r.exercise || 'Back squat',
            dateForm: r.dateForm === 9 ? 0 : r.dateForm,
            load: r.load === 2000 ? 100 : r.load,
          }));
          const { values, columns } = tableOf(
            { ...layout, optional: [...layout.optional, 'athlete'] },
            plain,
          );
          const [log, status] = optionsOf(
            {
              ...o,
              bodyweight: o.bodyweight === 'roster' ? 'column' : o.bodyweight,
              defaultAthlete: undefined,
              swapColumns: false,
            },
            columns,
          );
          runs++;
          const taken = agree(values, log, status);
          if (taken) columnar++;
          // Only a ⚠ row (a load beyond any human lift, here) sends a plain log elsewhere.
          else expect(warns(values, log, status)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
    expect(columnar).toBeGreaterThan(runs * 0.8);
  });

  it('on a long log with a layoff, phases and stale runs in every series', () => {
    const values: Table = [['Date', 'Athlete', 'Exercise', 'Weight', 'Reps', 'Bodyweight']];
    for (let d = 0; d < 200; d += 3) {
      const date = new Date(BASE + (d > 90 ? d + 100 : d) * DAY_MS);
      for (const athlete of ['Ann', 'Ben']) {
        for (const [exercise, load] of [
          ['Back squat', 60 + Math.min(d, 60)],
          ['Pull Up', ''],
          ['Bench press', 40 + (d % 9)],
        ] as const) {
          values.push([date, athlete, exercise, load, 5, athlete === 'Ann' ? 60 : '']);
          values.push([date, athlete, exercise, load, 3, '']);
        }
      }
    }
    for (const season of [undefined, SEASON]) {
      const status: StatusOptions = {
        targets: TARGETS,
        sessionsBeforeStale: 3,
        ...(season ? { season } : {}),
      };
      expect(agree(values, { unit: 'kg', timeZone: 'Europe/Oslo', formula: 'epley' }, status)).toBe(
        true,
      );
    }
  });
});

describe('every export in test/fixtures, imported into a log table', () => {
  const dirs = ['import', 'realdata'].map((d) => join(__dirname, '..', 'fixtures', d));
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => join(dir, f)),
  );
  const status: StatusOptions = { targets: defaultTargets(), sessionsBeforeStale: 3 };
  const MAX_ROWS = 1200;

  it.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s', (_name, file) => {
    // The first lines of each file: every shape the file has, in a CI-sized table (a cut that
    // breaks a quoted field falls back to the whole file).
    const whole = readFileSync(file, 'utf8');
    const cut = whole.split('\n').slice(0, MAX_ROWS).join('\n');
    const request = { fileName: file, unit: null, athlete: null };
    const first = readTable(cut, request);
    const text = typeof first === 'string' ? whole : cut;
    // As the CLI and the add-on import it: the app's export as our log table (dates as text),
    // then as Sheets hands it back (dates as Date cells); and the file's rows as they are.
    const table = typeof first === 'string' ? readTable(whole, request) : first;
    const raw = (Papa.parse<string[]>(text, { skipEmptyLines: false }).data as Table).slice(
      0,
      MAX_ROWS,
    );
    const log: LogOptions = { unit: 'kg', timeZone: 'Europe/Oslo', formula: 'epley' };
    agree(raw, log, status);
    if (typeof table === 'string') return;
    const values = (table.values as Table).slice(0, MAX_ROWS);
    const options: LogOptions = {
      ...log,
      unit: table.unit,
      ...(table.defaultAthlete === null ? {} : { defaultAthlete: table.defaultAthlete }),
    };
    const asDates = values.map((row, i) =>
      i === 0
        ? row
        : row.map((cell, c) =>
            c === 0 && typeof cell === 'string' && /^\d{4}-\d\d-\d\d$/.test(cell)
              ? new Date(`${cell}T00:00:00Z`)
              : cell,
          ),
    );
    const taken = [
      agree(values, options, status),
      agree(asDates, { ...options, timeZone: 'UTC' }, status),
    ];
    // An app's export, imported, is a plain log (one set per row): the columnar path reads it.
    if (table.format !== 'log') expect(taken).toEqual([true, true]);
  });
});

describe('ratioKey: one key, one text', () => {
  it('gives equal keys only to ratios toFixed(2) shows alike, rounding edges included', () => {
    const hundredth = fc.integer({ min: 1, max: 800 });
    const ulps = fc.integer({ min: -3, max: 3 });
    // Two ratios at and beside one rounding edge (x.xx5), where toFixed's decimal rounding decides.
    const edge = (h: number, steps: number) => {
      let r = (h + 0.5) / 100;
      for (let i = 0; i < Math.abs(steps); i++) r = steps > 0 ? nextUp(r) : nextDown(r);
      return r;
    };
    const anyRatio = fc.double({ min: 0.001, max: 8, noNaN: true });
    const pair = fc.oneof(
      fc.tuple(anyRatio, anyRatio),
      fc.tuple(hundredth, ulps, ulps).map(([h, a, b]) => [edge(h, a), edge(h, b)] as const),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (ratioKey(a) === ratioKey(b)) expect(a.toFixed(2)).toBe(b.toFixed(2));
        if (typeof ratioKey(a) === 'string') expect(ratioKey(a)).toBe(a.toFixed(2));
      }),
      { numRuns: 2000 },
    );
    expect(typeof ratioKey(1.005)).toBe('string');
    expect(ratioKey(1.25)).toBe(125);
  });
});

const BITS = new Float64Array(1);
const WORDS = new BigInt64Array(BITS.buffer);
function nextUp(x: number): number {
  BITS[0] = x;
  WORDS[0] = (WORDS[0] as bigint) + 1n;
  return BITS[0] as number;
}
function nextDown(x: number): number {
  BITS[0] = x;
  WORDS[0] = (WORDS[0] as bigint) - 1n;
  return BITS[0] as number;
}
