/**
 * STRENGTH_STATUS and STALE choose between the columnar path and the general one: the custom
 * functions' output must not depend on which ran, for ranges as Sheets hands them (Dates of
 * another realm, lists or objects in cells, the columns and bodyweights arguments, one-column
 * ranges and single values for STALE), and the plain calls must take the columnar path.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import type { LogOptions } from '../../src/core/model';
import { statusColumn } from '../../src/core/status';
import { lastStatusPath } from '../../src/core/status-columns';
import { defaultTargets } from '../../src/core/targets';
import type { CellValue } from '../../src/core/values';
import { readTable } from '../../src/functions/args';
import { STALE, STRENGTH_STATUS, staleOnGeneralPath } from '../../src/functions/log-functions';

const context = { timeZone: 'Europe/Oslo' };
const OtherDate = runInNewContext('Date') as DateConstructor;
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2026, 2, 2, 9);

const status = (...args: unknown[]) => STRENGTH_STATUS.implementation(context, ...args);
const stale = (...args: unknown[]) => STALE.implementation(context, ...args);

/** A small log: Ann and Ben, squats climbing then stalling, pull-ups, dates of either realm. */
function log(dates: 'here' | 'other' | 'text'): unknown[][] {
  const rows: unknown[][] = [['Date', 'Athlete', 'Exercise', 'Kg', 'Reps', 'Bodyweight', 'Notes']];
  for (let d = 0; d < 14; d++) {
    const ms = BASE + d * 3 * DAY_MS;
    const date =
      dates === 'here'
        ? new Date(ms)
        : dates === 'other'
          ? new OtherDate(ms)
          : new Date(ms).toISOString().slice(0, 10);
    for (const athlete of ['Ann', 'Ben']) {
      rows.push([
        date,
        athlete,
        'Back squat',
        60 + Math.min(d, 6) * 5,
        5,
        athlete === 'Ann' ? 60 : '',
        '',
      ]);
      rows.push([date, athlete, 'Pull Up', '', 6 + (d % 3), '', 'ok']);
    }
  }
  return rows;
}

/** The general path of STRENGTH_STATUS, as it ran before the columnar path. */
function generalStatus(table: unknown[][], log: Partial<LogOptions> = {}): string[][] {
  const values = readTable(table, 'log') as CellValue[][];
  return statusColumn(
    values,
    { unit: 'kg', timeZone: context.timeZone, formula: 'epley', ...log },
    { targets: defaultTargets(), sessionsBeforeStale: 3, layoffWeeks: 8, keepShare: 0.9 },
  );
}

const values = (out: unknown) => (out as string[][]).map((row) => [...row]);

describe('STRENGTH_STATUS', () => {
  it('takes a plain log on the columnar path, with Dates of any realm or date text', () => {
    for (const dates of ['here', 'other', 'text'] as const) {
      const table = log(dates);
      const out = values(status(table));
      expect(lastStatusPath()).toBe('columnar');
      expect(out).toEqual(generalStatus(table));
      expect(out.some((r) => r[0]?.startsWith('Stale'))).toBe(true);
      expect(out.some((r) => r[0]?.startsWith('New best'))).toBe(true);
      expect(out.some((r) => r[0]?.startsWith('Target reached'))).toBe(true);
    }
  });

  it('leaves a log with a list or an object in a cell it reads to the general path, alike', () => {
    for (const [r, c, cell, path] of [
      [3, 2, ['Back squat'], 'general'],
      [0, 6, { label: 1 }, 'general'],
      [4, 0, [1], 'general'],
      [6, 4, { reps: 5 }, 'general'],
      // A cell of a column no status reads (Notes) changes nothing: the columnar path keeps it.
      [5, 6, { note: 1 }, 'columnar'],
    ] as const) {
      const table = log('here');
      (table[r] as unknown[])[c] = cell;
      const out = values(status(table));
      expect([r, c, lastStatusPath()]).toEqual([r, c, path]);
      expect(out).toEqual(generalStatus(table));
    }
  });

  it('takes the columns and bodyweights arguments on either path alike', () => {
    const table = log('here');
    // "Notes" read as reps (the coach's choice): text in a reps column is a ⚠ row → general path.
    const asReps = values(status(table, '', '', '', '', '', 'reps=Notes'));
    expect(lastStatusPath()).toBe('general');
    expect(asReps.some((r) => r[0]?.startsWith('⚠'))).toBe(true);
    const loadIsKg = values(status(table, '', '', '', '', '', 'load=kg'));
    expect(lastStatusPath()).toBe('columnar');
    expect(loadIsKg).toEqual(generalStatus(table));
    const everyone = values(status(table, '', '', '', '', 70));
    expect(lastStatusPath()).toBe('columnar');
    expect(everyone).toEqual(generalStatus(table, { bodyweight: { kind: 'value', value: 70 } }));
    expect(everyone.filter((r) => r[0]?.startsWith('Target reached')).length).toBeGreaterThan(0);
  });

  it('takes the athlete argument (a tab without an Athlete column) on the columnar path', () => {
    const table = log('here')
      .filter((row) => row[1] !== 'Ben')
      .map((row) => row.filter((_, c) => c !== 1));
    const roster = [
      ['Athlete', 'Date', 'Bodyweight'],
      ['Maya', '2026-03-01', 50],
      ['Ann', '2026-03-01', 90],
    ];
    const out = values(status(table, '', '', '', '', roster, '', '', '', '', 'Maya'));
    expect(lastStatusPath()).toBe('columnar');
    const maya = generalStatus(table, {
      defaultAthlete: 'Maya',
      bodyweight: { kind: 'roster', rows: roster },
    });
    expect(out).toEqual(maya);
    // The roster's Maya (50 kg) is whose log it is, not "Athlete" (no bodyweight at all).
    expect(out).not.toEqual(generalStatus(table, { bodyweight: { kind: 'roster', rows: roster } }));
  });

  it('gives "" for a blank log and the same Error for a single value or an unreadable log', () => {
    expect(status('')).toBe('');
    expect(() => status('x')).toThrow('log must be a range, not a single value');
    expect(() => status([['Time', 'Activity']])).toThrow(/No exercise or load column/);
    expect(() => status([])).toThrow(/The log is empty/);
  });
});

describe('STALE', () => {
  const columnsOf = (table: unknown[][]) => {
    const rows = table.slice(1);
    const col = (c: number) => rows.map((r) => [r[c]]);
    return [col(1), col(2), col(0), col(3), col(4)] as const;
  };

  it('takes one-column ranges on the columnar path, with the general path’s TRUE/FALSE/""', () => {
    const table = log('other');
    table.splice(9, 0, ['', '', '', '', '', '', '']);
    const args = columnsOf(table);
    const out = stale(...args);
    expect(lastStatusPath()).toBe('columnar');
    expect(values(out)).toEqual(staleOnGeneralPath(args, context.timeZone, 3));
    expect((out as unknown[][]).flat()).toEqual(expect.arrayContaining([true, false, '']));
    // One name for a one-athlete log, and N = 2.
    const [, exercises, dates, loads, reps] = args;
    const one = stale('Ann', exercises, dates, loads, reps, 2);
    expect(lastStatusPath()).toBe('columnar');
    expect(values(one)).toEqual(
      staleOnGeneralPath(['Ann', exercises, dates, loads, reps], context.timeZone, 2),
    );
  });

  it('agrees with the general path on generated columns, whichever path runs', () => {
    // Mostly plain cells, now and then one the general path reports (⚠) or a repeated header.
    const some = (plain: unknown[], odd: unknown[]) =>
      fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom(...plain) },
        { weight: 1, arbitrary: fc.constantFrom(...odd) },
      );
    const rowArb = fc.tuple(
      some(['Ann', 'Ben', 'ann '], ['']),
      some(['Back squat', 'Pull Up', 'pull-ups', 'Box jump', ''], ['Exercise']),
      fc.oneof(
        {
          weight: 20,
          arbitrary: fc
            .integer({ min: 0, max: 40 })
            .map((d) => new Date(BASE + d * DAY_MS) as unknown),
        },
        { weight: 3, arbitrary: fc.constantFrom<unknown>('', '2026-03-04', 46_085) },
        { weight: 1, arbitrary: fc.constant<unknown>('soon') },
      ),
      some(['', 20, 60, 80, 100, '100 kg', '225 lb'], ['Load', 'heavy', '80/90', -5]),
      some(['', 1, 3, 5, 8, '3x5', 0, 15], ['x', '6/5/5']),
    );
    let columnar = 0;
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (rows, n) => {
          const args = [0, 1, 2, 3, 4].map((c) => rows.map((r) => [r[c]])) as unknown as readonly [
            unknown,
            unknown,
            unknown,
            unknown,
            unknown,
          ];
          const out = stale(...args, n);
          if (lastStatusPath() === 'columnar') columnar++;
          expect(values(out)).toEqual(staleOnGeneralPath(args, context.timeZone, n));
        },
      ),
      { numRuns: 150 },
    );
    expect(columnar).toBeGreaterThan(15);
  });

  it('leaves other shapes to the general path: single cells, rows of two columns, ragged ranges', () => {
    expect(stale('Ann', 'Back squat', '2026-03-02', 100, 5)).toBe(false);
    expect(lastStatusPath()).toBe('general');
    const wide = [
      ['Back squat', 'Back squat'],
      ['Back squat', 'Back squat'],
    ];
    const dates = [
      ['2026-03-02', '2026-03-05'],
      ['2026-03-09', '2026-03-12'],
    ];
    const out = stale('Ann', wide, dates, 100, 5, 1);
    expect(lastStatusPath()).toBe('general');
    expect(out).toEqual(staleOnGeneralPath(['Ann', wide, dates, 100, 5], context.timeZone, 1));
    const ragged = stale(
      'Ann',
      [['Back squat'], ['Back squat'], ['Back squat']],
      [['2026-03-02'], ['2026-03-05']],
      100,
      5,
    );
    expect(lastStatusPath()).toBe('general');
    expect(ragged).toEqual(
      staleOnGeneralPath(
        [
          'Ann',
          [['Back squat'], ['Back squat'], ['Back squat']],
          [['2026-03-02'], ['2026-03-05']],
          100,
          5,
        ],
        context.timeZone,
        3,
      ),
    );
  });
});
