import fc from 'fast-check';
import { detectHeader, type LogRows, readLog } from '../../src/core/log';
import { isInvalid } from '../../src/core/result';
import { KG_PER_LB } from '../../src/core/units';
import type { CellValue } from '../../src/core/values';
import { LOG_OPTIONS, read } from './helpers/logs';

describe('detectHeader', () => {
  it('finds the header below a title and notes, with synonyms in any case and punctuation', () => {
    const header = detectHeader([
      ['Spring block — Ann'],
      [],
      [
        'WHO',
        'Workout date',
        'Movement',
        'Weight (kg)',
        'Repetitions',
        'Sets',
        'Units',
        'Body mass',
        'Comment',
      ],
    ]);
    if (isInvalid(header)) throw new Error(header.invalid);
    expect(header.row).toBe(2);
    expect(header.columns).toEqual({
      athlete: 0,
      date: 1,
      exercise: 2,
      load: 3,
      reps: 4,
      sets: 5,
      unit: 6,
      bodyweight: 7,
      notes: 8,
    });
    expect(header.loadUnit).toBe('kg');
    expect(header.labels[3]).toBe('Weight (kg)');
  });

  it('reads Strong and Hevy export headers (Set Order and set_index are not a sets column)', () => {
    const strong = detectHeader([
      [
        'Date',
        'Workout Name',
        'Exercise Name',
        'Set Order',
        'Weight',
        'Reps',
        'Notes',
        'Workout Notes',
      ],
    ]);
    const hevy = detectHeader([
      [
        'title',
        'start_time',
        'end_time',
        'exercise_title',
        'set_index',
        'weight_lbs',
        'reps',
        'exercise_notes',
      ],
    ]);
    expect(strong).toEqual(
      expect.objectContaining({ columns: { date: 0, exercise: 2, load: 4, reps: 5, notes: 6 } }),
    );
    expect(hevy).toEqual(
      expect.objectContaining({
        columns: { date: 1, exercise: 3, load: 5, reps: 6, notes: 7 },
        loadUnit: 'lb',
      }),
    );
  });

  it('says which column is missing and how to name it', () => {
    expect(detectHeader([['Date', 'Exercise', 'Reps']])).toEqual({
      invalid: 'No load column: name a column "Load" or "Weight" in the header row',
    });
    expect(detectHeader([['Date', 'Weight']])).toEqual({
      invalid: 'No exercise column: name a column "Exercise" in the header row',
    });
    const neither = detectHeader([['a', 'b']]);
    expect(isInvalid(neither) && neither.invalid).toMatch(/^No exercise or load column/);
    expect(detectHeader([])).toEqual({
      invalid: 'The log is empty: select a table with a header row',
    });
  });

  it('only looks at the first 20 rows', () => {
    const rows: CellValue[][] = Array.from({ length: 20 }, () => ['x']);
    rows.push(['Exercise', 'Load']);
    const header = detectHeader(rows);
    expect(isInvalid(header) && header.invalid).toContain('in the first 20 rows');
  });
});

describe('readLog', () => {
  it('reads Date cells, date text, "3x5", units in cells and a unit column, all loads in kg', () => {
    const log = read([
      ['Date', 'Exercise', 'Load', 'Reps', 'Unit'],
      [new Date(Date.UTC(2026, 9, 2, 12)), 'Trap Bar DL', 100, '3x5', ''],
      ['Aug 28, 2017 2:32 PM', 'Squat (Barbell)', '225 lbs', '5', ''],
      ['8 Apr 2026, 16:50', 'Pull Up', '', 7, ''],
      ['2026-10-03', 'Goblet squat', '102,5 kg', '3 x 8', 'lb'],
      ['2026-10-04', 'Front squat', 135, 3, 'lbs'],
    ]);
    expect(log.problems).toEqual([]);
    const [a, b, c, d, e] = log.entries;
    expect(a).toMatchObject({
      line: 2,
      day: '2026-10-02',
      exercise: 'Trap bar deadlift',
      loadKg: 100,
      sets: 3,
      reps: 5,
      unit: 'kg',
      athlete: 'Athlete',
    });
    expect(a?.e1rmKg).toBeCloseTo(100 * (1 + 5 / 30), 10);
    expect(b).toMatchObject({
      day: '2017-08-28',
      exercise: 'Back squat',
      exerciseAsWritten: 'Squat (Barbell)',
      unit: 'lb',
      reps: 5,
      sets: 1,
      pattern: 'squat',
    });
    expect(b?.loadKg).toBeCloseTo(225 * KG_PER_LB, 10);
    expect(c).toMatchObject({ day: '2026-04-08', loadKg: 0, reps: 7, e1rmKg: null });
    // The cell's own unit wins over the unit column.
    expect(d).toMatchObject({ loadKg: 102.5, unit: 'kg', sets: 3, reps: 8 });
    expect(e).toMatchObject({ unit: 'lb' });
    expect(e?.loadKg).toBeCloseTo(135 * KG_PER_LB, 10);
  });

  it('uses the unit a load header names for bare numbers', () => {
    const log = read([
      ['Date', 'Exercise', 'weight_lbs', 'Reps'],
      ['2026-10-02', 'Deadlift', 315, 1],
    ]);
    expect(log.entries[0]?.unit).toBe('lb');
    expect(log.entries[0]?.e1rmKg).toBeCloseTo(315 * KG_PER_LB, 10);
  });

  it('skips blank rows and repeated header rows without problems, and counts lines from firstLine', () => {
    const log = readLog(
      [
        ['Date', 'Exercise', 'Load', 'Reps'],
        ['2026-10-02', 'Deadlift', 100, 5],
        ['', '  ', null, undefined],
        [],
        ['date', 'EXERCISE', 'load', 'reps'],
        ['2026-10-09', 'Deadlift', 105, 5],
      ],
      LOG_OPTIONS,
      11,
    );
    if (isInvalid(log)) throw new Error(log.invalid);
    expect(log.problems).toEqual([]);
    expect(log.entries.map((e) => [e.index, e.line])).toEqual([
      [1, 12],
      [5, 16],
    ]);
  });

  it('explains every unusable row in plain words and keeps reading', () => {
    const log = read([
      ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Sets', 'Unit', 'Bodyweight'],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 'lots', '', '', ''],
      ['someday', 'Ann', 'Deadlift', 100, 5, '', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 'heavy', 5, '', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 5, 'two', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 5, '', 'stone', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 5, '', '', 'light'],
      ['2026-10-02', 'Ann', 'Deadlift', -5, 5, '', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 2.5, '', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, true, '', '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 5, 0, '', ''],
      ['2026-10-02', 'Ann', 'Deadlift', 100, 5, '', '', 0],
    ]);
    expect(log.entries).toEqual([]);
    expect(log.problems).toEqual([
      { line: 2, message: 'reps "lots" is not a number' },
      { line: 3, message: 'date "someday" is not a date (e.g. 2026-10-02)' },
      { line: 4, message: 'load "heavy" is not a weight (e.g. 100, "100 kg", "225 lb")' },
      { line: 5, message: 'sets "two" is not a number' },
      { line: 6, message: '"stone" is not a unit (use kg or lb)' },
      {
        line: 7,
        message: 'bodyweight "light" is not a weight (e.g. 100, "100 kg", "225 lb")',
      },
      { line: 8, message: 'load -5 is negative' },
      { line: 9, message: 'reps 2.5 is not a whole number of reps' },
      { line: 10, message: 'reps is TRUE, not a number' },
      { line: 11, message: 'sets 0 is not a whole number of sets' },
      { line: 12, message: 'bodyweight 0 is not a bodyweight' },
    ]);
  });

  it('fills date, athlete and exercise down from the row above until a blank row', () => {
    const log = read([
      ['Date', 'Athlete', 'Exercise', 'Load', 'Reps'],
      ['', 'Cas', '', 50, 5],
      ['', '', '', '', ''],
      ['2026-10-02', 'Ann', 'Front squat', 60, 5],
      ['', '', '', 62.5, 5],
      ['', '', 'Pull Up', '', 8],
      ['', '', '', '', ''],
      ['', 'Ben', 'Deadlift', 100, 5],
      ['2026-10-03', 'Ben', '', '', ''],
      ['2026-10-03', 'Ben', '', 'bw', ''],
    ]);
    expect(log.entries.map((e) => [e.line, e.athlete, e.exercise, e.day, e.loadKg])).toEqual([
      [4, 'Ann', 'Front squat', '2026-10-02', 60],
      [5, 'Ann', 'Front squat', '2026-10-02', 62.5],
      [6, 'Ann', 'Pull-up', '2026-10-02', 0],
      // Row 8 could not be used, but the exercise written on it still heads the sets below.
      [10, 'Ben', 'Deadlift', '2026-10-03', 0],
    ]);
    expect(log.problems).toEqual([
      { line: 2, message: 'no exercise name' },
      { line: 8, message: 'date is missing' },
      { line: 9, message: 'no exercise, load or reps' },
    ]);
  });

  it('names a log without an athlete column after options.defaultAthlete', () => {
    const values = [
      ['Date', 'Exercise', 'Load', 'Reps'],
      ['2026-10-02', 'Deadlift', 100, 5],
    ];
    expect(read(values).entries[0]?.athlete).toBe('Athlete');
    expect(read(values, { defaultAthlete: 'Ann' }).entries[0]?.athlete).toBe('Ann');
  });

  it('lets the coach override detected columns', () => {
    const log = read(
      [
        ['When', 'Exercise', 'Load', 'Reps', 'Kilos'],
        ['2026-10-02', 'Deadlift', 'ignored', 5, 100],
      ],
      { columns: { date: 0, load: 4 } },
    );
    expect(log.entries[0]).toMatchObject({ day: '2026-10-02', loadKg: 100 });
  });

  it('is invalid as a whole only for a missing date column, a bad zone, or a missing bodyweight column', () => {
    expect(readLog([['Exercise', 'Load']], LOG_OPTIONS)).toEqual({
      invalid: 'No date column: name a column "Date" so rows can be grouped into sessions',
    });
    expect(
      readLog([['Date', 'Exercise', 'Load']], { ...LOG_OPTIONS, timeZone: 'Mars/Base' }),
    ).toEqual({
      invalid: '"Mars/Base" is not a time zone (e.g. Europe/London)',
    });
    const noColumn = readLog([['Date', 'Exercise', 'Load']], {
      ...LOG_OPTIONS,
      bodyweight: { kind: 'column' },
    });
    expect(isInvalid(noColumn) && noColumn.invalid).toMatch(/^No bodyweight column/);
  });

  it('groups sessions by calendar day in the spreadsheet time zone', () => {
    // 23:30 UTC on 2 Oct is 3 Oct in Sydney and still 2 Oct in New York.
    const instant = new Date(Date.UTC(2026, 9, 2, 23, 30));
    const values = [
      ['Date', 'Exercise', 'Load', 'Reps'],
      [instant, 'Deadlift', 100, 5],
      ['2026-10-02T23:30:00Z', 'Deadlift', 100, 5],
      ['2026-10-02 23:30', 'Deadlift', 100, 5],
    ];
    const days = (timeZone: string) => read(values, { timeZone }).entries.map((e) => e.day);
    expect(days('Australia/Sydney')).toEqual(['2026-10-03', '2026-10-03', '2026-10-02']);
    expect(days('America/New_York')).toEqual(['2026-10-02', '2026-10-02', '2026-10-02']);
    expect(days('UTC')).toEqual(['2026-10-02', '2026-10-02', '2026-10-02']);
  });

  describe('bodyweight', () => {
    it("fills a blank bodyweight cell from the athlete's nearest earlier weigh-in (before the first, the first)", () => {
      const log = read([
        ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'BW'],
        ['2026-10-05', 'Ann', 'Deadlift', 100, 5, ''],
        ['2026-10-01', 'Ann', 'Deadlift', 100, 5, ''],
        ['2026-10-03', 'Ann', 'Deadlift', 100, 5, '60 kg'],
        ['2026-10-04', 'Ann', 'Deadlift', 100, 5, 62],
        ['2026-10-04', 'Ben', 'Deadlift', 100, 5, '176 lb'],
        ['2026-10-09', 'Ben', 'Deadlift', 100, 5, ''],
        ['2026-10-09', 'Cas', 'Deadlift', 100, 5, ''],
      ]);
      const bw = log.entries.map((e) => e.bodyweightKg);
      expect(bw.slice(0, 4)).toEqual([62, 60, 60, 62]);
      expect(bw[4]).toBeCloseTo(176 * KG_PER_LB, 10);
      expect(bw[5]).toBeCloseTo(176 * KG_PER_LB, 10);
      expect(bw[6]).toBeNull();
    });

    it('reads a roster: latest weigh-in on or before the session, the first before it', () => {
      const roster: CellValue[][] = [
        ['Bodyweights'],
        ['Athlete', 'Date', 'Bodyweight', 'Unit'],
        ['Ann', '2026-10-03', 60, ''],
        ['ann ', '2026-10-10', '61 kg', ''],
        ['Ben', '2026-10-01', 180, 'lb'],
        ['Ben', 'soon', 80, ''],
      ];
      const values = [
        ['Date', 'Athlete', 'Exercise', 'Load', 'Reps'],
        ['2026-10-01', 'Ann', 'Deadlift', 100, 5],
        ['2026-10-09', 'Ann', 'Deadlift', 100, 5],
        ['2026-10-10', 'Ann', 'Deadlift', 100, 5],
        ['2026-10-20', 'Ben', 'Deadlift', 100, 5],
        ['2026-10-20', 'Cas', 'Deadlift', 100, 5],
      ];
      const log = read(values, { bodyweight: { kind: 'roster', rows: roster } });
      const bw = log.entries.map((e) => e.bodyweightKg);
      expect(bw.slice(0, 3)).toEqual([60, 60, 61]);
      expect(bw[3]).toBeCloseTo(180 * KG_PER_LB, 10);
      expect(bw[4]).toBeNull();
      expect(log.rosterProblems).toEqual([
        'roster row 6: date "soon" is not a date (e.g. 2026-10-02)',
      ]);
    });

    it('gives an athlete the roster does not list no bodyweight, never the one athlete it lists', () => {
      const log = read(
        [
          ['Date', 'Athlete', 'Exercise', 'Load', 'Reps'],
          ['2026-10-05', 'Ann', 'Deadlift', 100, 5],
          ['2026-10-05', 'Ben', 'Deadlift', 100, 5],
        ],
        {
          bodyweight: {
            kind: 'roster',
            rows: [
              ['Athlete', 'Date', 'Weight'],
              ['Ann', '2026-10-01', 60],
            ],
          },
        },
      );
      expect(log.entries.map((e) => e.bodyweightKg)).toEqual([60, null]);
    });

    it('applies a roster without an athlete column to everyone', () => {
      const log = read(
        [
          ['Date', 'Exercise', 'Load', 'Reps'],
          ['2026-10-05', 'Deadlift', 100, 5],
        ],
        {
          bodyweight: {
            kind: 'roster',
            rows: [
              ['Date', 'Weight'],
              ['2026-10-01', 70],
            ],
          },
        },
      );
      expect(log.entries[0]?.bodyweightKg).toBe(70);
    });

    it('rejects a roster without a header', () => {
      const log = readLog([['Date', 'Exercise', 'Load']], {
        ...LOG_OPTIONS,
        bodyweight: { kind: 'roster', rows: [['Ann', 60]] },
      });
      expect(isInvalid(log) && log.invalid).toMatch(/^Bodyweight roster has no header row/);
    });

    it('uses a single value for everyone, in its unit or the sheet unit', () => {
      const values = [
        ['Date', 'Exercise', 'Load', 'Reps'],
        ['2026-10-05', 'Deadlift', 100, 5],
      ];
      expect(
        read(values, { bodyweight: { kind: 'value', value: 70 } }).entries[0]?.bodyweightKg,
      ).toBe(70);
      expect(
        read(values, { unit: 'lb', bodyweight: { kind: 'value', value: 150 } }).entries[0]
          ?.bodyweightKg,
      ).toBeCloseTo(150 * KG_PER_LB, 10);
    });
  });

  it('never throws on arbitrary cells, and accounts for every row below the header', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(
        null,
        undefined,
        '',
        '3x5',
        '100 kg',
        '2026-10-02',
        'Deadlift',
        'Exercise',
        'Load',
      ),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const values = [['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'], ...rows];
        const log = readLog(values, LOG_OPTIONS);
        if (isInvalid(log)) throw new Error(log.invalid);
        const used = new Set([
          ...log.entries.map((e) => e.index),
          ...log.problems.map((p) => p.line - 1),
        ]);
        expect(used.size).toBe(log.entries.length + log.problems.length);
        for (const e of log.entries) {
          expect(Number.isFinite(e.loadKg)).toBe(true);
          expect(e.e1rmKg === null || Number.isFinite(e.e1rmKg)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('readLog over rows one at a time (LogRows)', () => {
  /** The rows through one array, refilled for each row, as the CLI's columns hand them out. */
  function oneArray(values: readonly (readonly CellValue[])[]): LogRows {
    const scratch: CellValue[] = [];
    return {
      length: values.length,
      row: (index) => {
        const row = values[index] ?? [];
        scratch.length = 0;
        scratch.push(...row);
        return scratch;
      },
    };
  }

  it('reads what the same rows as arrays read: header, entries, problems, fill-down', () => {
    const cell = fc.constantFrom<CellValue>(
      '',
      '2026-10-02',
      '2026-10-03',
      'not a date',
      'Ann',
      'Ben',
      'Deadlift',
      'Box jump',
      'Exercise',
      'Load',
      '100 kg',
      '225 lb',
      '60',
      '3x5',
      '5',
      '6/5/5',
      '-20',
      '72',
      null,
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 20 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 40 }),
        (above, rows) => {
          // Rows above the header too (a title, notes), so detectHeader's search is compared.
          const values = [
            ...above,
            ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'],
            ...rows,
          ];
          expect(readLog(oneArray(values), LOG_OPTIONS, 3)).toEqual(
            readLog(values, LOG_OPTIONS, 3),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says the header is missing in the same words, 20 rows searched or fewer', () => {
    for (const length of [0, 3, 20, 21, 40]) {
      const values = Array.from({ length }, () => ['Date', 'Exercise']);
      expect(readLog(oneArray(values), LOG_OPTIONS)).toEqual(readLog(values, LOG_OPTIONS));
    }
  });
});

describe('readLog with cells read once per distinct text (the shared number readers)', () => {
  // The same texts on many rows, where one text reads differently by its row: "-20 kg" is
  // assistance on an assisted pull-up and a mistake on a squat; "3x5" is sets in the reps cell.
  // The readers' caches outlive a call, so rows are read alone first, in reverse order: a text
  // cached with another row's reading would read differently in the two orders.
  const exercise = fc.constantFrom('Back Squat', 'Assisted Pull-up', 'Dips', 'Goblet squat');
  const load = fc.constantFrom(
    '100',
    '100 kg',
    '225 lb',
    '-20 kg',
    '-20',
    'BW',
    'BW + 10 kg',
    '',
    'x',
    '80/85/90',
    '80x5, 85x5',
    '3x5 @ 80 kg',
    '1e9',
  );
  const reps = fc.constantFrom('5', '3x5', '6/5/5', '', '0', '2.5', 'five', '5 x 3');
  const bodyweight = fc.constantFrom('70', '154 lb', '70 kg', 'BW', '-1', 'heavy', '7');
  const unit = fc.constantFrom('', 'kg', 'lb', 'stone');
  const row = fc.tuple(
    fc.constantFrom('2026-10-01', '2026-10-02', 'yesterday'),
    fc.constantFrom('Ann', 'Ben'),
    exercise,
    load,
    reps,
    bodyweight,
    unit,
  );
  const header = ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight', 'Unit'];
  /** An entry or problem without where it is, to compare a row read alone with it in the log. */
  const placeless = <T extends { line: number }>(x: T) => {
    const { line: _line, index: _index, ...rest } = x as T & { index?: number };
    return rest;
  };

  it('gives every row what it gives that row read alone, plain cells and others', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const alone = [...rows]
          .reverse()
          .map((r) => read([header, r]))
          .reverse();
        const whole = read([header, ...rows]);
        const byLine = (line: number) => ({
          entries: whole.entries.filter((e) => e.line === line).map(placeless),
          problems: whole.problems.filter((p) => p.line === line).map(placeless),
        });
        rows.forEach((_, i) => {
          const one = alone[i] as ReturnType<typeof read>;
          expect(byLine(i + 2)).toEqual({
            entries: one.entries.map(placeless),
            problems: one.problems.map(placeless),
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
