/**
 * The rows the import dialog sends the server (core/import/payload): they come back exactly as
 * the dialog read them, whatever the fields hold, and anything else is refused in plain words; and
 * a 20 MB file's rows fit in the chunks an upload may have.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  type CsvTable,
  DEFAULT_CHUNK_BYTES,
  isImportError,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_CHUNKS,
  readExport,
  rowsPayload,
  tableOfPayload,
  utf8Bytes,
} from '../../../src/core/import';
import { readCsv } from '../../../src/core/import/csv';
import { parseExport } from '../../../src/core/import/text';
import { craftedExport, realExport } from './fixtures';

const REALDATA = path.resolve(__dirname, '../../fixtures/realdata');
const realFiles = readdirSync(REALDATA).filter((f) => f.endsWith('.csv'));

function tableOf(text: string): CsvTable {
  const table = readCsv(text);
  if (isImportError(table)) throw new Error(table.message);
  return table;
}

describe('the rows payload', () => {
  // Each real export read once: its rows there and back, and how much larger they are than it.
  const real = realFiles.map((file) => {
    const text = realExport(file);
    const table = tableOf(text);
    const payload = rowsPayload(table);
    return { file, text, table, payload, growth: utf8Bytes(payload) / utf8Bytes(text) };
  });

  it('carries every real export’s rows there and back as read (so the server reads the same)', () => {
    for (const { file, table, payload } of real) {
      expect([file, tableOfPayload(payload)]).toEqual([file, table]);
    }
    const hevy = real.find((r) => r.file === 'hevy-export-kg.csv');
    if (!hevy) throw new Error('no hevy-export-kg.csv');
    expect(readExport(tableOfPayload(hevy.payload) as CsvTable)).toEqual(parseExport(hevy.text));
  });

  it('keeps every field as written: quotes, line breaks, emoji, lone surrogates, separators', () => {
    const field = fc.string({ unit: 'binary', maxLength: 30 });
    const table = fc
      .record({
        delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
        headerQuoted: fc.boolean(),
        rows: fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 20 }),
        gaps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 20, maxLength: 20 }),
      })
      .map(({ delimiter, headerQuoted, rows, gaps }): CsvTable => {
        let line = 0;
        const withLines = rows.map((fields, i) => {
          line += gaps[i] ?? 1;
          return { line, fields };
        });
        return { delimiter, headerQuoted, rows: withLines, lines: line + 1 };
      });
    fc.assert(
      fc.property(table, (t) => {
        expect(tableOfPayload(rowsPayload(t))).toEqual(t);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a bad row’s line when a quoted line break comes before it', () => {
    const text = [
      'Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      '2026-03-02 10:00:00,Gym,Squat (Barbell),1,60,5,0,0,"felt heavy',
      'then fine",,',
      '',
      '2026-03-02 10:00:00,Gym,Squat (Barbell),2,60,five,0,0,,,',
    ].join('\n');
    const read = readExport(tableOfPayload(rowsPayload(tableOf(text))) as CsvTable);
    expect(read.ok && read.parsed.bad).toEqual([
      { line: 5, message: 'Line 5: Reps "five" is not a number.' },
    ]);
  });

  it('refuses anything but the rows, in plain words', () => {
    const good = JSON.parse(rowsPayload(tableOf(craftedExport('hevy-lbs.csv'))));
    const damaged = [
      'Date,Exercise\n2026-01-01,Squat\n',
      '',
      'null',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, delimiter: '|' }),
      JSON.stringify({ ...good, headerQuoted: 'no' }),
      JSON.stringify({ ...good, lines: -1 }),
      JSON.stringify({
        ...good,
        rows: [
          [1, 'Date'],
          [1, 'again'],
        ],
      }),
      JSON.stringify({ ...good, rows: [[1.5, 'Date']] }),
      JSON.stringify({ ...good, rows: [[1, 'Date', 7]] }),
      JSON.stringify({ ...good, rows: [[1]] }),
    ];
    for (const text of damaged) {
      expect(tableOfPayload(text)).toMatch(/^The file's rows arrived in a form the add-on cannot/);
    }
  });

  it('keeps a 20 MB file of any real export inside the chunks an upload may have', () => {
    // The rows' UTF-8 bytes per byte of the file, for each real export.
    const worst = Math.max(...real.map((r) => r.growth));
    expect(worst).toBeGreaterThan(1);
    expect(worst).toBeLessThan(1.5);
    expect(Math.ceil((MAX_UPLOAD_BYTES * worst) / DEFAULT_CHUNK_BYTES)).toBeLessThanOrEqual(
      MAX_UPLOAD_CHUNKS / 2,
    );
  });
});
