/**
 * Importing Strong and Hevy exports (and CSVs of our own log layout) into a log: the pure core.
 * The add-on joins the uploaded chunks, parses, plans and writes `plan.rows` in one batch; the CLI
 * reads an export as a log table.
 */
export { literalCell, literalText, needsLiteralMarker, readBackText } from '../literal';
export {
  CACHE_ITEM_BYTES,
  checksum,
  DEFAULT_CHUNK_BYTES,
  type JoinResult,
  joinChunks,
  MAX_CHUNK_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_CHUNKS,
  MAX_UPLOAD_MB,
  MIN_CHUNK_BYTES,
  splitIntoChunks,
  textProblem,
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
