/**
 * What the sidebar receives of an analysis: the roster in attention order, key lifts only, charts
 * thinned and packed, and a state that stays within 300 KB at 100,000 rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { syntheticLog } from '../../scripts/bench/synthetic-log';
import { bodyweightHow, SIDEBAR_CHART_POINTS, sidebarRoster } from '../../src/addon/sidebar-state';
import { analyzeLog } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { isInvalid } from '../../src/core/result';
import { defaultTargets } from '../../src/core/targets';
import type { CellValue } from '../../src/core/values';
import { athlete, lift } from '../sidebar/fixtures';

const OPTIONS = {
  unit: 'kg' as const,
  timeZone: 'UTC',
  formula: 'epley' as const,
  targets: defaultTargets(),
  sessionsBeforeStale: 3,
};

function analyse(values: CellValue[][]): Analysis {
  const analysis = analyzeLog(values, OPTIONS);
  if (isInvalid(analysis)) throw new Error(analysis.invalid);
  return analysis;
}

describe('sidebarRoster', () => {
  it('orders athletes by attention, keeps key lifts, names other stale lifts, counts the rest', () => {
    const history = Array.from({ length: 100 }, (_, i) => ({
      day: `2026-0${1 + Math.floor(i / 30)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ratio: 1 + i / 100,
    }));
    const { athletes, attention } = sidebarRoster({
      athletes: [
        athlete({ name: 'Ann' }),
        athlete({
          name: 'Ben',
          lifts: [
            lift({ exercise: 'Front squat', target: 1, history }),
            lift({ exercise: 'Goblet squat', key: true, stale: true, history }),
            lift({ exercise: 'Cable fly', stale: true, history }),
            lift({ exercise: 'Pull-up' }),
          ],
        }),
      ],
      problems: [],
    });
    expect(athletes.map((a) => a.name)).toEqual(['Ben', 'Ann']);
    const ben = athletes[0];
    expect(ben?.lifts.map((l) => [l.exercise, l.chart.length])).toEqual([
      ['Front squat', SIDEBAR_CHART_POINTS],
      ['Goblet squat', 0],
    ]);
    // First and last sessions kept; pairs of [days since 1970, ratio].
    expect(ben?.lifts[0]?.chart[0]).toEqual([20454, 1]);
    expect(ben?.lifts[0]?.chart.at(-1)?.[1]).toBe(1.99);
    expect(ben?.lifts[0]).not.toHaveProperty('history');
    expect(ben?.otherStale).toEqual(['Cable fly']);
    expect(ben?.otherLifts).toBe(2);
    expect(attention.items.map((i) => [i.athlete, i.kind])).toEqual([['Ben', 'stale']]);
    expect(attention.items[0]).not.toHaveProperty('text');
    expect(attention.quiet).toEqual([
      { athlete: 'Ann', text: 'Ann: nothing to act on (10 sessions, last 2026-03-20).' },
    ]);
  });

  it('says how to give a bodyweight in the terms of the file', () => {
    expect(bodyweightHow({ kind: 'roster', sheet: 'Weigh-ins' })).toMatch(
      /^Add a row for them to the "Weigh-ins" sheet/,
    );
    expect(bodyweightHow({ kind: 'column' })).toMatch(/Bodyweight column/);
  });

  it('keeps the 40-runner example small', () => {
    const csv = readFileSync(path.resolve(__dirname, '../../examples/roster-40.csv'), 'utf8');
    const values = Papa.parse<string[]>(csv.trim()).data;
    const roster = sidebarRoster(analyse(values));
    expect(roster.athletes).toHaveLength(40);
    expect(JSON.stringify(roster).length).toBeLessThan(100_000);
  });

  it('stays within 300 KB at 100,000 rows', () => {
    const analysis = analyse(syntheticLog({ rows: 100_000 }));
    const full = JSON.stringify(analysis.athletes).length;
    const sent = JSON.stringify(sidebarRoster(analysis)).length;
    expect(sent).toBeLessThan(300 * 1024);
    // The trimming is what keeps it there: the untrimmed athletes are several times larger.
    expect(full).toBeGreaterThan(3 * sent);
  });
});
