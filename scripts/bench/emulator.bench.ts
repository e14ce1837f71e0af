/**
 * Emulator benchmark: what one coach's structural edit costs in the emulator (formulas, rules,
 * protections and metadata rewritten, then the formula engine rebuilt) on a synthetic log with the
 * Status formula, so property tests that replay many edits can be sized. Runs the built dist/.
 *
 *   npm run bench -- emulator
 */
import { cpus } from 'node:os';
import { createEmulator } from '../emulator/emulator';
import { syntheticLog } from './synthetic-log';

const SIZES = [100, 1_000, 5_000];
const REPEATS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function logWithStatus(rows: number) {
  const emu = createEmulator({ now: Date.UTC(2026, 2, 2) });
  emu.load();
  const log = emu.spreadsheet.getSheets()[0]!;
  log.setName('Log');
  const values = syntheticLog({ rows });
  const missing = values.length + 10 - log.getMaxRows();
  if (missing > 0) log.insertRowsAfter(log.getMaxRows(), missing);
  log.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  log.getRange('H1').setFormula('=STRENGTH_STATUS(Log!A1:G)');
  log.getRange('A:A').addDeveloperMetadata('bench');
  log.getRange('A2:G').protect();
  return { emu, log };
}

export async function run(): Promise<void> {
  console.log(`\nEmulator structural edits (median of ${REPEATS}, ${cpus().length} cores)`);
  console.log('| rows | insertRowBefore | deleteColumn | moveRows | setName | Range.sort |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const rows of SIZES) {
    const { log } = logWithStatus(rows);
    const time = (edit: () => void) => {
      const samples: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const start = performance.now();
        edit();
        samples.push(performance.now() - start);
      }
      return `${median(samples).toFixed(0)} ms`;
    };
    let name = 0;
    const cells = [
      time(() => log.insertRowBefore(2)),
      time(() => {
        log.insertColumnBefore(1);
        log.deleteColumn(1);
      }),
      time(() => log.moveRows(log.getRange('2:3'), 10)),
      time(() => log.setName(`Log ${++name}`)),
      time(() => log.getRange(2, 1, rows, 7).sort({ column: 4, ascending: name++ % 2 === 0 })),
    ];
    console.log(`| ${rows.toLocaleString('en')} | ${cells.join(' | ')} |`);
  }
}
