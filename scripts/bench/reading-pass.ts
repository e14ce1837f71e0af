/**
 * A reference line for the floor bench, not a floor: STRENGTH_STATUS's reading pass alone
 * (readStatusLog, src/core/status-columns.ts), the log's cells into the columnar reader's typed
 * arrays with every rule the reader keeps (fill-down, blank and repeated-header rows, dates in the
 * spreadsheet's zone, exercise names through the catalogue, units, sets, bodyweights, the checks
 * that send a row to the general path). Bundled from the source like floors.ts and evaluated in
 * the same context as dist/, so it pays what the call pays; floor.bench.ts prints it as "× floor"
 * beside the call, to show how much of the call is reading the cells before any judging.
 */
import { readStatusLog } from '../../src/core/status-columns';

/** Entries read (rows that are sets), or −1 when the log is not for the columnar path. */
export function readingPass(log: readonly (readonly unknown[])[], timeZone: string): number {
  const read = readStatusLog(log, { unit: 'kg', timeZone, formula: 'epley' });
  return read === null ? -1 : read.reader.entries;
}
