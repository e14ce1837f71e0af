/**
 * Every file of the public corpus (test/fixtures/realdata, sources in its README) is read: the
 * app and layout detected, every data row a set or a skip with its reason, and the unit decided
 * (stated or inferred, and how) or asked, as expected for that file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SkipReason } from '../../../src/core/import';
import { parseExport } from '../../../src/core/import/text';
import { realExport, totalSkipped } from './fixtures';

type Expected = readonly [
  file: string,
  app: string,
  layout: RegExp,
  unit: 'kg' | 'lb' | null,
  decidedBy: string,
  sets: number,
  skipped: Partial<Record<SkipReason, number>>,
  rejoined: number,
];

const CORPUS: readonly Expected[] = [
  [
    'fitbod-lb-converted.csv',
    'fitbod',
    /^weights in kg, with multiplier/,
    'kg',
    'header',
    8214,
    { 'warm-up': 773, cardio: 149 },
    0,
  ],
  [
    'fitbod-multiplier.csv',
    'fitbod',
    /^weights in kg, with multiplier/,
    'kg',
    'header',
    2707,
    { 'warm-up': 32, cardio: 117 },
    0,
  ],
  [
    'fitnotes-lb.csv',
    'fitnotes',
    /^older layout \(Weight \(lbs\)\)/,
    'lb',
    'header',
    11281,
    { cardio: 194, 'no reps or load': 18 },
    0,
  ],
  ['fitnotes-unit-column-kg.csv', 'fitnotes', /^current layout/, 'kg', 'unit column', 1624, {}, 99],
  [
    'hevy-export-kg.csv',
    'hevy',
    /^weights in kg/,
    'kg',
    'header',
    518,
    { 'warm-up': 48, cardio: 1 },
    0,
  ],
  ['hevy-kg-us-dates.csv', 'hevy', /^weights in kg/, 'kg', 'header', 2621, { cardio: 7 }, 0],
  [
    'hevy-lb.csv',
    'hevy',
    /^weights in lb/,
    'lb',
    'header',
    1423,
    { cardio: 159, 'no reps': 150 },
    0,
  ],
  ['strong-2016-kg.csv', 'strong', /^2016 layout/, 'kg', 'header', 1566, { cardio: 69 }, 0],
  ['strong-2016-lb.csv', 'strong', /^2016 layout/, 'lb', 'header', 2573, {}, 0],
  ['strong-2017-kg.csv', 'strong', /^classic layout/, 'kg', 'numbers', 2960, { cardio: 35 }, 0],
  [
    'strong-2025-semicolon-kg.csv',
    'strong',
    /^2025 layout .*semicolon-separated, every field quoted$/,
    'kg',
    'header',
    6624,
    { 'warm-up': 1230, cardio: 67, 'no reps or load': 67, 'no reps': 16 },
    0,
  ],
  ['strong-export-kg-a.csv', 'strong', /^classic layout/, 'kg', 'numbers', 198, { cardio: 10 }, 0],
  [
    'strong-export-kg-b.csv',
    'strong',
    /^layout with Duration and RPE/,
    'kg',
    'numbers',
    507,
    {},
    0,
  ],
  ['strong-fr.csv', 'strong', /French headers/, 'kg', 'numbers', 511, { cardio: 22 }, 0],
  ['strong-lb-small.csv', 'strong', /^layout with Duration and RPE/, 'lb', 'numbers', 48, {}, 0],
  [
    'strong-lb.csv',
    'strong',
    /^layout with Duration and RPE/,
    'lb',
    'numbers',
    4562,
    { cardio: 128 },
    0,
  ],
  [
    'strong-semicolon-unit-column-lb.csv',
    'strong',
    /^layout with a Weight Unit column; semicolon-separated$/,
    'lb',
    'unit column',
    5401,
    { 'no reps': 1 },
    0,
  ],
];

describe('the corpus', () => {
  it('lists every app export in the folder (the coach sheet is a log: see the CLI tests)', () => {
    const files = readdirSync(path.resolve(__dirname, '../../fixtures/realdata'))
      .filter((f) => f.endsWith('.csv') && f !== 'coach-sheet-lb.csv')
      .sort();
    expect(CORPUS.map(([file]) => file)).toEqual(files);
  });
});

describe.each(CORPUS)('%s', (file, app, layout, unit, decidedBy, sets, skipped, rejoined) => {
  const result = parseExport(realExport(file));
  const parsed = result.ok ? result.parsed : null;

  it(`is read as ${app}, layout said in words`, () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(parsed?.format).toBe(app);
    expect(parsed?.layout).toMatch(layout);
  });

  it('accounts for every data row: a working set, or a skip with its reason', () => {
    if (!parsed) throw new Error('not parsed');
    expect(parsed.sets.length).toBe(sets);
    const nonZero = Object.fromEntries(Object.entries(parsed.skipped).filter(([, n]) => n > 0));
    expect(nonZero).toEqual(skipped);
    expect(parsed.sets.length + totalSkipped(parsed)).toBe(parsed.dataRows);
    expect(parsed.rejoined.length).toBe(rejoined);
  });

  it(`decides the unit (${unit}, by ${decidedBy}) and says how; asks only for the athlete`, () => {
    if (!parsed) throw new Error('not parsed');
    expect(parsed.unit.unit).toBe(unit);
    expect(parsed.unit.decidedBy).toBe(decidedBy);
    expect(parsed.unit.how.length).toBeGreaterThan(10);
    expect(parsed.needs).toEqual(['athlete']);
  });

  it('shows no raw conversion or float noise in any load', () => {
    if (!parsed) throw new Error('not parsed');
    const raw = parsed.sets.filter((s) => !/^\d+(\.\d{1,4})?$/.test(String(s.load)));
    expect(raw.slice(0, 3)).toEqual([]);
  });
});
