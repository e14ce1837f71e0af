/**
 * The import writes what the log reader reads: an export turned into log rows reads back as the
 * same sets, with no problems, through readLog (src/core/log.ts).
 */
import { exportAsLogTable, planImport } from '../../../src/core/import';
import { readLog } from '../../../src/core/log';
import { isInvalid } from '../../../src/core/result';
import { craftedExport, parsedOk, realExport } from './fixtures';

const OPTIONS = { unit: 'kg', timeZone: 'Europe/London', formula: 'epley' } as const;

describe('imported rows read back through the log reader', () => {
  it.each([
    ['realdata', 'hevy-export-kg.csv'],
    ['realdata', 'strong-export-kg-b.csv'],
    ['import', 'hevy-lbs.csv'],
    ['import', 'strong-android-semicolon.csv'],
  ])('%s/%s', (dir, file) => {
    const parsed = parsedOk(dir === 'realdata' ? realExport(file) : craftedExport(file));
    const table = exportAsLogTable(parsed, { athlete: 'Ana', unit: 'kg' });
    if (!table.ok) throw new Error('table expected');
    const log = readLog(table.values, OPTIONS);
    if (isInvalid(log)) throw new Error(log.invalid);
    expect(log.problems).toEqual([]);
    expect(log.entries).toHaveLength(parsed.sets.length);
    const first = [...parsed.sets].sort((a, b) => (a.workoutStart < b.workoutStart ? -1 : 1))[0];
    expect(log.entries[0]).toMatchObject({
      athlete: 'Ana',
      day: first?.day,
      exerciseAsWritten: first?.exercise,
      reps: first?.reps,
      unit: first?.unit ?? 'kg',
    });
  });

  it('a load header that names its unit decides how bare numbers are written', () => {
    const parsed = parsedOk(craftedExport('hevy-lbs.csv'));
    const plan = (label: string) =>
      planImport(parsed, {
        athlete: 'Jo',
        logHeaderLabels: ['Date', 'Exercise', label, 'Reps'],
        existingKeys: [],
        logUnit: 'kg',
      });
    const inLb = plan('Weight (lb)');
    const inKg = plan('Weight (kg)');
    expect(inLb.kind === 'ready' && inLb.rows[0]?.[2]).toBe(185);
    expect(inKg.kind === 'ready' && inKg.rows[0]?.[2]).toBe('185 lb');
  });

  it('a log CSV whose load header names a unit gives bare loads that unit', () => {
    const parsed = parsedOk('Date,Exercise,Weight (lbs),Reps\n2026-02-01,Front squat,135,5\n');
    expect(parsed.needs).toEqual(['athlete']);
    expect(parsed.sets[0]).toMatchObject({ load: 135, unit: 'lb' });
  });
});
