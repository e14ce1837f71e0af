import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analyzeLog } from '../../src/core/analyze';
import { classify } from '../../src/core/classify';
import { readLog } from '../../src/core/log';
import { isInvalid } from '../../src/core/result';
import { isBlank } from '../../src/core/values';
import { LOG_OPTIONS, STATUS_OPTIONS } from './helpers/logs';

const DIR = join(__dirname, '..', 'fixtures', 'realdata');

function rowsOf(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(join(DIR, file), 'utf8'), { skipEmptyLines: false })
    .data;
}

const FILES = ['strong-export-kg-a.csv', 'strong-export-kg-b.csv', 'hevy-export-kg.csv'];

describe.each(FILES)('%s', (file) => {
  const rows = rowsOf(file);
  const log = readLog(rows, LOG_OPTIONS);
  if (isInvalid(log)) throw new Error(`${file}: ${log.invalid}`);

  it('finds the header on the first row with date, exercise, load and reps', () => {
    expect(log.header.row).toBe(0);
    for (const role of ['date', 'exercise', 'load', 'reps'] as const) {
      expect(log.header.columns[role]).toBeDefined();
    }
  });

  it('accounts for every data row: entries + problems + blank rows', () => {
    const dataRows = rows.length - 1;
    const blank = rows.slice(1).filter((r) => r.every(isBlank)).length;
    expect(log.entries.length + log.problems.length + blank).toBe(dataRows);
    expect(log.entries.length).toBeGreaterThan(dataRows * 0.9);
    for (const p of log.problems) expect(p.message).toMatch(new RegExp(`^row ${p.line}: \\S`));
  });

  it('reads weights as kilograms and dates as days', () => {
    for (const e of log.entries) {
      expect(e.unit).toBe('kg');
      expect(e.day).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(Number.isFinite(e.loadKg)).toBe(true);
    }
    // Each entry's load is the number in its weight cell; assistance counts as negative load.
    const load = log.header.columns.load as number;
    for (const e of log.entries.slice(0, 50)) {
      const written = Number(rows[e.index]?.[load] || 0);
      expect(e.loadKg).toBe(
        classify(e.exerciseAsWritten).assisted && written > 0 ? -written : written,
      );
    }
  });

  it('analyses into statuses that start with a known word', () => {
    const analysis = analyzeLog(rows, { ...LOG_OPTIONS, ...STATUS_OPTIONS });
    if (isInvalid(analysis)) throw new Error(analysis.invalid);
    expect(analysis.rows).toHaveLength(log.entries.length);
    for (const r of analysis.rows)
      expect(r.status).toMatch(/^(|Stale: .+|Target reached: .+|New best: .+)$/);
    expect(analysis.rows.some((r) => r.status.startsWith('New best'))).toBe(true);
    expect(analysis.athletes).toHaveLength(1);
    const dateColumn = log.header.columns.date as number;
    const days = new Set(log.entries.map((e) => String(rows[e.index]?.[dateColumn]).slice(0, 10)));
    if (file.startsWith('strong')) expect(analysis.athletes[0]?.sessions).toBe(days.size);
  });
});

describe('known rows', () => {
  it('reads Strong names to canonical exercises (Squat (Barbell) → Back squat)', () => {
    const log = readLog(rowsOf('strong-export-kg-b.csv'), LOG_OPTIONS);
    if (isInvalid(log)) throw new Error(log.invalid);
    expect(log.entries[0]).toMatchObject({
      line: 2,
      day: '2022-07-28',
      exercise: 'Back squat',
      exerciseAsWritten: 'Squat (Barbell)',
      loadKg: 110,
      reps: 6,
    });
  });

  it('reads less assistance on Strong\'s "Pull Up (Assisted)" (57 kg, then 50 kg) as progress', () => {
    const rows = rowsOf('strong-export-kg-a.csv');
    const analysis = analyzeLog(rows, { ...LOG_OPTIONS, ...STATUS_OPTIONS });
    if (isInvalid(analysis)) throw new Error(analysis.invalid);
    const status = (line: number) => analysis.rows.find((r) => r.line === line)?.status;
    // The first session of the series is its baseline.
    expect(status(22)).toMatch(/^New best: first session, 57\.0 kg assistance × 12/);
    expect(status(156)).toMatch(/^New best: 50\.0 kg assistance × 12/);
  });

  it('reads Hevy\'s "8 Apr 2026, 16:50" dates and blank weights (bodyweight work)', () => {
    const log = readLog(rowsOf('hevy-export-kg.csv'), LOG_OPTIONS);
    if (isInvalid(log)) throw new Error(log.invalid);
    expect(log.header.loadUnit).toBe('kg');
    expect(log.entries[0]).toMatchObject({ day: '2026-04-08', loadKg: 0, reps: 7, e1rmKg: null });
  });
});
