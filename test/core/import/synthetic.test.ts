import { planImport } from '../../../src/core/import';
import { parseExport } from '../../../src/core/import/text';
import { syntheticHevyExport } from './synthetic-export';

describe('the synthetic 50,000-set Hevy export', () => {
  const big = syntheticHevyExport();
  const result = parseExport(big.text);

  it('is deterministic', () => {
    expect(syntheticHevyExport({ workingSets: 500 }).text).toBe(
      syntheticHevyExport({ workingSets: 500 }).text,
    );
    expect(syntheticHevyExport({ workingSets: 500, seed: 2 }).text).not.toBe(
      syntheticHevyExport({ workingSets: 500 }).text,
    );
  });

  it('parses to exactly its working sets, with warm-ups and cardio counted', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(big.workingSets).toBe(50_000);
    expect(result.parsed.sets).toHaveLength(50_000);
    expect(result.parsed.skipped['warm-up']).toBe(big.warmUps);
    expect(result.parsed.skipped.cardio).toBe(big.cardio);
    expect(result.parsed.dataRows).toBe(big.rows);
    expect(result.parsed.lines).toBe(big.rows + 1);
  });

  it('plans 50,000 rows once, and none the second time', () => {
    if (!result.ok) throw new Error(result.error.message);
    const labels = ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Unit', 'Notes'];
    const first = planImport(result.parsed, {
      athlete: 'Synth',
      logHeaderLabels: labels,
      existingKeys: [],
    });
    if (first.kind !== 'ready') throw new Error(first.message);
    expect(first.added).toBe(50_000);
    expect(first.preview.rows).toHaveLength(20);
    const keys = first.rows.map((r) => r[first.keyColumn]);
    const second = planImport(result.parsed, {
      athlete: 'Synth',
      logHeaderLabels: labels,
      existingKeys: keys,
    });
    expect(second.kind === 'ready' && second.added).toBe(0);
  });

  it('writes pounds in the column name when asked', () => {
    const lb = parseExport(syntheticHevyExport({ workingSets: 100, unit: 'lb' }).text);
    expect(lb.ok && lb.parsed.formatLabel).toBe('Hevy (lb)');
  });
});
