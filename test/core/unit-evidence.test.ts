/**
 * Each way a unit is decided: stated (header, unit column), inferred from converted values or
 * plate steps (and said how), or undecided (the caller asks).
 */
import fc from 'fast-check';
import { findExercise } from '../../src/core/catalogue';
import { parseExport } from '../../src/core/import/text';
import {
  displayLoad,
  inferUnit,
  kilosBehind,
  type LoadSample,
  poundsBehind,
  tidyNumber,
  UNIT_EVIDENCE,
} from '../../src/core/unit-evidence';
import { KG_PER_LB } from '../../src/core/units';

const samples = (exercise: string, loads: readonly number[]): LoadSample[] =>
  loads.map((load) => ({ exercise, load }));

describe('converted values', () => {
  it('finds the pounds behind a kilo conversion, and not behind a plain kilo value', () => {
    expect(poundsBehind(61.23496995)).toBe(135);
    expect(poundsBehind(22.6796185)).toBe(50);
    expect(poundsBehind(60)).toBeNull();
    expect(poundsBehind(62.5)).toBeNull();
    expect(poundsBehind(31.75)).toBeNull(); // two decimals: a number someone typed
  });

  it('finds the kilos behind a pound conversion', () => {
    expect(kilosBehind(220.46226218487757)).toBe(100);
    expect(kilosBehind(225)).toBeNull();
  });

  it('takes float noise off, and shows at most two decimals', () => {
    expect(displayLoad(tidyNumber(67.4800033569336))).toBe(67.48);
    expect(displayLoad(61.23496995000001)).toBe(61.23);
    expect(tidyNumber(74.99999999999999)).toBe(75);
    expect(tidyNumber(2.2679618500000003)).toBe(2.26796185);
    expect(tidyNumber(102.5)).toBe(102.5);
  });
});

describe('inferUnit', () => {
  it('kg when most loads are exact conversions of pounds', () => {
    const loads = [45, 95, 135, 185, 225, 65, 115, 155, 205, 245, 275, 315].map(
      (lb) => lb * 0.45359237,
    );
    const result = inferUnit(samples('Squat (Barbell)', loads));
    expect(result.unit).toBe('kg');
    expect(result.how).toBe(
      '12 of 12 loads are exact conversions of pounds (20.41165665 = 45 lb), so the numbers are kilograms',
    );
  });

  it('lb when most loads are exact conversions of kilos', () => {
    const loads = [20, 40, 60, 62.5, 80, 100, 102.5, 120, 140, 61.25, 70, 90].map(
      (kg) => kg / 0.45359237,
    );
    expect(inferUnit(samples('Deadlift', loads)).unit).toBe('lb');
  });

  it('kg when loads are off the 2.5 grid (kilo dumbbells and kettlebells)', () => {
    const loads = [8, 12, 16, 14, 22, 24, 20, 20, 30, 40, 60, 60, 80];
    const result = inferUnit(samples('Goblet Squat (Kettlebell)', loads));
    expect(result.unit).toBe('kg');
    expect(result.how).toMatch(/^\d+ % of the loads \(8, 12, 16, 14, …\) are off the 2\.5 grid/);
  });

  it('lb when barbell loads are pound plate totals (end in 5) on the 2.5 grid', () => {
    const loads = [45, 95, 135, 135, 185, 185, 225, 225, 275, 315, 135, 140];
    const result = inferUnit(samples('Squat (Barbell)', loads));
    expect(result.unit).toBe('lb');
    expect(result.how).toMatch(/^92 % of the barbell loads end in 5 \(315, 275, 225, 185, …\)/);
  });

  it('undecided when too few sets, or when the numbers fit both units', () => {
    expect(inferUnit(samples('Squat (Barbell)', [100, 105]))).toEqual({
      unit: null,
      how: 'too few loaded sets (2) to tell kg from lb by their numbers',
    });
    const both = [60, 70, 80, 100, 100, 60, 70, 80, 100, 100, 60, 70];
    const result = inferUnit(samples('Squat (Barbell)', both));
    expect(result.unit).toBeNull();
    expect(result.how).toMatch(/^the numbers fit both kg and lb/);
  });

  it('keeps its thresholds as data, pounds stricter than kilos', () => {
    expect(UNIT_EVIDENCE.lbOffGridShare).toBeLessThan(UNIT_EVIDENCE.kgOffGridShare);
  });
});

describe('parseExport’s unit decision', () => {
  const strong = (rows: readonly string[]) =>
    parseExport(['Date,Workout Name,Exercise Name,Set Order,Weight,Reps', ...rows].join('\n'));

  it('asks (needs unit) when undecided, saying why', () => {
    const result = strong(['2026-01-05 10:00,A,Squat (Barbell),1,100,5']);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.parsed.unit).toEqual({
      unit: null,
      decidedBy: 'undecided',
      how: 'this Strong file does not say kg or lb, and too few loaded sets (1) to tell kg from lb by their numbers',
    });
    expect(result.parsed.needs).toEqual(['athlete', 'unit']);
  });

  it('decides from pound plate totals and does not ask', () => {
    const rows = [45, 95, 135, 135, 185, 185, 225, 225, 275, 315, 135, 185].map(
      (lb, i) => `2026-01-0${1 + (i % 9)} 10:00,A,Squat (Barbell),1,${lb},5`,
    );
    const result = strong(rows);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.parsed.unit).toMatchObject({ unit: 'lb', decidedBy: 'numbers' });
    expect(result.parsed.needs).toEqual(['athlete']);
  });

  it('a bodyweight-only file needs no unit', () => {
    const result = strong(['2026-01-05 10:00,A,Pull Up,1,0,8']);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.parsed.needs).toEqual(['athlete']);
  });
});

describe('files that are not CSV text are named as what they are', () => {
  it.each([
    [
      'an xlsx workbook',
      'PK\u0003\u0004\u0014\u0000\u0006\u0000',
      /^This is a spreadsheet \(\.xlsx\)/,
    ],
    ['JSON', '[{"exercise":"Squat","reps":5}]', /^This is a JSON file, not a CSV export\./],
    ['incomplete JSON', '{"workouts": [{"exercise":', /^This looks like a JSON file/],
    [
      'UTF-16 text',
      'D\u0000a\u0000t\u0000e\u0000,\u0000R\u0000e\u0000p\u0000s\u0000',
      /^This file is UTF-16 text/,
    ],
    ['a PDF', '%PDF-1.7\n%âãÏÓ', /^This is a PDF document/],
    ['binary data', 'x\u0001\u0002\u0003\u0000\u0004abc', /^This is a binary file, not CSV text\./],
  ])('%s', (_what, text, message) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBeNull();
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/Export the workouts as CSV/);
  });
});

describe('inferUnit reads every load once', () => {
  // The rules as they were written before the one-pass counting (filter per rule): the same
  // answer and the same words for any samples, including the examples and firsts it names.
  const near = (x: number, step: number, tolerance = 1e-6): boolean =>
    Math.abs(x / step - Math.round(x / step)) * step <= tolerance;
  const isBarbell = (exercise: string): boolean =>
    findExercise(exercise)?.implement === 'barbell' ||
    (/barbell|\bbb\b/i.test(exercise) && !/dumbbell|smith|machine/i.test(exercise));
  const pct = (share: number): string => `${Math.round(share * 100)} %`;
  const examples = (values: readonly number[], max = 4): string =>
    [...new Set(values)]
      .slice(0, max)
      .map((v) => String(tidyNumber(v)))
      .join(', ');
  function reference(all: readonly LoadSample[]) {
    const loads = all.filter((s) => s.load > 0);
    const n = loads.length;
    if (n < UNIT_EVIDENCE.minLoads) {
      return { unit: null, how: `too few loaded sets (${n}) to tell kg from lb by their numbers` };
    }
    const fromLb = loads.filter((s) => poundsBehind(s.load) !== null);
    if (fromLb.length >= n * UNIT_EVIDENCE.convertedShare) {
      const first = fromLb[0] as LoadSample;
      return {
        unit: 'kg',
        how: `${fromLb.length} of ${n} loads are exact conversions of pounds (${tidyNumber(first.load)} = ${poundsBehind(first.load)} lb), so the numbers are kilograms`,
      };
    }
    const fromKg = loads.filter((s) => kilosBehind(s.load) !== null);
    if (fromKg.length >= n * UNIT_EVIDENCE.convertedShare) {
      const first = fromKg[0] as LoadSample;
      return {
        unit: 'lb',
        how: `${fromKg.length} of ${n} loads are exact conversions of kilograms (${tidyNumber(first.load)} = ${kilosBehind(first.load)} kg), so the numbers are pounds`,
      };
    }
    const offGrid = loads.filter((s) => !near(s.load, 2.5, 1e-6));
    const offShare = offGrid.length / n;
    if (offShare >= UNIT_EVIDENCE.kgOffGridShare) {
      return {
        unit: 'kg',
        how: `${pct(offShare)} of the loads (${examples(offGrid.map((s) => s.load))}, …) are off the 2.5 grid pound weights come in, as kilo dumbbells, kettlebells and small plates are`,
      };
    }
    const barbell = loads.filter((s) => isBarbell(s.exercise));
    const endsIn5 = barbell.filter((s) => near(s.load, 5) && !near(s.load, 10));
    const endShare = barbell.length === 0 ? 0 : endsIn5.length / barbell.length;
    if (
      offShare <= UNIT_EVIDENCE.lbOffGridShare &&
      barbell.length >= UNIT_EVIDENCE.minBarbellLoads &&
      endShare >= UNIT_EVIDENCE.lbBarbellEndsIn5Share
    ) {
      const totals = [...endsIn5.map((s) => s.load)].sort((a, b) => b - a);
      return {
        unit: 'lb',
        how: `${pct(endShare)} of the barbell loads end in 5 (${examples(totals)}, …): pound plate totals on a 45 lb bar; nearly every load is on the 2.5 lb grid`,
      };
    }
    return {
      unit: null,
      how:
        barbell.length < UNIT_EVIDENCE.minBarbellLoads
          ? `the numbers fit both kg and lb (${pct(offShare)} off the 2.5 grid, too few barbell sets to read plate totals)`
          : `the numbers fit both kg and lb (${pct(offShare)} off the 2.5 grid, ${pct(endShare)} of barbell loads ending in 5)`,
    };
  }

  const load = fc.oneof(
    fc.integer({ min: 1, max: 120 }).map((k) => k * 2.5), // on the grid
    fc.integer({ min: 4, max: 60 }).map((k) => k * 10 + 5), // plate totals ending in 5
    fc.integer({ min: 1, max: 300 }), // any whole number
    fc.integer({ min: 200, max: 5000 }).map((tenths) => (tenths / 10) * KG_PER_LB), // lb as kg
    fc.integer({ min: 200, max: 20000 }).map((hundredths) => hundredths / 100 / KG_PER_LB), // kg as lb
    fc.constantFrom(0, -10, Number.NaN, 0.5, 102.5),
  );
  const sample = fc.record({
    exercise: fc.constantFrom(
      'Squat (Barbell)',
      'Bench Press',
      'Dumbbell Curl',
      'BB row',
      'Goblet squat',
    ),
    load,
  });
  // Skewed toward one kind per log, as real files are, so every rule gets to decide.
  const log = fc.oneof(
    fc.array(sample, { maxLength: 60 }),
    fc
      .tuple(load, fc.array(sample, { maxLength: 40 }))
      .map(([l, rest]) => [
        ...Array.from({ length: 20 }, () => ({ exercise: 'Squat (Barbell)', load: l })),
        ...rest,
      ]),
  );

  it('gives the answer and the words of the rules applied one by one', () => {
    const rules = [
      'too few',
      'conversions of pounds',
      'conversions of kilograms',
      'off the 2.5 grid pound',
      'barbell loads end in 5',
      'fit both',
    ];
    const decided = new Set<string>();
    fc.assert(
      fc.property(log, (s) => {
        const inferred = inferUnit(s);
        expect(inferred).toEqual(reference(s));
        for (const rule of rules) if (inferred.how.includes(rule)) decided.add(rule);
      }),
      { numRuns: 200 },
    );
    // Every rule decided some of the generated logs.
    expect([...decided].sort()).toEqual([...rules].sort());
  });
});
