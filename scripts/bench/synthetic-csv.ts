/**
 * The synthetic log (scripts/bench/synthetic-log.ts) as a CSV file in our log layout, for timing
 * the analyze CLI as a whole process. Date cells become ISO days ("2025-01-06"), as a coach's
 * export from Sheets would write them.
 *
 *   npx tsx scripts/bench/synthetic-csv.ts ROWS FILE [--bodyweight-every-row]
 */
import { writeFileSync } from 'node:fs';
import { syntheticLog } from './synthetic-log';

function csvCell(cell: unknown): string {
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The log's rows as CSV text, header first, one line per row. */
export function syntheticCsv(rows: number, bodyweightEveryRow = false): string {
  return `${syntheticLog({ rows, bodyweightEveryRow })
    .map((row) => row.map(csvCell).join(','))
    .join('\n')}\n`;
}

if (require.main === module) {
  const [rows, file] = process.argv.slice(2);
  if (!rows || !file || !(Number(rows) > 0)) {
    console.error('usage: synthetic-csv.ts ROWS FILE [--bodyweight-every-row]');
    process.exit(1);
  }
  writeFileSync(file, syntheticCsv(Number(rows), process.argv.includes('--bodyweight-every-row')));
}
