/**
 * Importing Strong and Hevy exports (and CSVs of our own log layout) into a log: the pure core.
 * The import dialog reads the file into rows in the browser (csv.ts) and sends them in chunks
 * (payload.ts, chunks.ts); the add-on joins the chunks, reads the rows as an export (readExport),
 * plans and writes `plan.rows` in one batch; the CLI reads an export's text with text.ts.
 *
 * Nothing here imports the CSV parser (csv.ts, text.ts): the server bundle imports this index.
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
export { setKey, setSignature } from './keys';
export { detectLogColumns, IMPORT_KEY_LABEL, isImportKeyLabel } from './log-columns';
export { readExport } from './parse';
export { ROWS_PAYLOAD_VERSION, rowsPayload, tableOfPayload } from './payload';
export {
  BODYWEIGHT_LABEL,
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
