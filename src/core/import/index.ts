/**
 * Importing Strong and Hevy exports (and CSVs of our own log layout) into a log: the pure core.
 * The add-on joins the uploaded chunks, parses, plans and writes `plan.rows` in one batch; the CLI
 * reads an export as a log table.
 */
export { literalText, needsLiteralMarker, readBackText } from './cells';
export {
  checksum,
  DEFAULT_CHUNK_BYTES,
  type JoinResult,
  joinChunks,
  MIN_CHUNK_BYTES,
  splitIntoChunks,
  type UploadChunk,
  utf8Bytes,
} from './chunks';
export { parseWorkoutStart, type WorkoutStart } from './datetime';
export { setKey } from './keys';
export { detectLogColumns, IMPORT_KEY_LABEL, isImportKeyLabel } from './log-columns';
export { parseExport } from './parse';
export {
  describeSkipped,
  exportAsLogTable,
  type ImportPlan,
  type ImportPreview,
  type Missing,
  type PlanOptions,
  planImport,
  type RecordOptions,
  type RecordsResult,
  readingNotes,
  STANDARD_LOG_LABELS,
  toSetRecords,
} from './plan';
export * from './types';
