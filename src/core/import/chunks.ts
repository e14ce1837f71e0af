/**
 * Sending a file from the dialog to the server in pieces. The browser decodes the file's bytes
 * (decodeFile), reads the text into rows (csv.ts) and sends the rows' JSON text (payload.ts) in
 * chunks, one google.script.run call at a time; the server keeps them (e.g. in CacheService, whose
 * values hold at most 100 KB) and joins them once all have arrived. Every chunk carries the count
 * and a checksum of the whole text, so a lost, repeated or garbled chunk is refused with a clear
 * message instead of importing part of a file.
 */

export interface UploadChunk {
  /** 0-based position of this chunk. */
  readonly index: number;
  /** How many chunks make up the file. */
  readonly count: number;
  /** Checksum of the whole text (checksum()). */
  readonly checksum: string;
  readonly text: string;
}

/** Comfortably under CacheService's 100 KB per value once JSON-escaped text grows a little. */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

/**
 * CacheService's documented limits (https://developers.google.com/apps-script/reference/cache/cache):
 * keys up to 250 characters, values up to 100 KB, and a cap of 1,000 items per cache. The server
 * keeps each chunk as one item (its checksum and text), so a chunk may hold at most this many UTF-8
 * bytes, and an upload at most MAX_UPLOAD_CHUNKS items plus one for its description.
 */
export const CACHE_ITEM_BYTES = 100 * 1024;
/** Room for the chunk's checksum line inside one cache item. */
export const MAX_CHUNK_BYTES = CACHE_ITEM_BYTES - 1024;
/**
 * The largest file the import takes: 20 MB (a 50,000-set export is about 5 MB). At 64 KB a chunk
 * that is 320 items, and even a file whose every character grows to 3 bytes in UTF-8 stays under
 * MAX_UPLOAD_CHUNKS, well inside the cache's 1,000 items (other uploads of the same person share
 * them).
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
export const MAX_UPLOAD_CHUNKS = 960;
/** A code point takes up to 4 bytes in UTF-8; smaller chunks could not always move forward. */
export const MIN_CHUNK_BYTES = 16;

/**
 * FNV-1a (32-bit) over UTF-16 code units, as hex: cheap and the same on client and server.
 * `Math.imul` is looked up once, not once a character: where the global object is not a plain
 * object (Node's vm contexts, which the tests and the emulator run the bundle in) each look-up of a
 * global costs about 140 ns, 50 times the rest of the loop (a 5 MB file: 0.8 s instead of 17 ms).
 */
export function checksum(text: string): string {
  const imul = Math.imul;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(16).padStart(8, '0')}`;
}

/** UTF-8 size of a string, counting a surrogate pair as one 4-byte code point. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Splits text into chunks of at most maxBytes UTF-8 bytes each, never between the two halves of
 * a surrogate pair (an emoji), so every chunk is valid text on its own. Empty text is one chunk.
 */
export function splitIntoChunks(text: string, maxBytes = DEFAULT_CHUNK_BYTES): UploadChunk[] {
  if (!Number.isFinite(maxBytes) || maxBytes < MIN_CHUNK_BYTES) {
    throw new Error(`A chunk must hold at least ${MIN_CHUNK_BYTES} bytes.`);
  }
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
    const width = pair ? 2 : 1;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  pieces.push(text.slice(start));
  const sum = checksum(text);
  return pieces.map((piece, index) => ({
    index,
    count: pieces.length,
    checksum: sum,
    text: piece,
  }));
}

export type JoinResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

const fail = (message: string): JoinResult => ({ ok: false, message });

function isChunk(value: unknown): value is UploadChunk {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    Number.isInteger(c.index) &&
    Number.isInteger(c.count) &&
    typeof c.checksum === 'string' &&
    typeof c.text === 'string'
  );
}

/**
 * Joins chunks received in any order. Refuses, in plain words, anything but one complete upload:
 * a malformed chunk, chunks of different files, a missing or repeated chunk, or text whose
 * checksum does not match.
 */
export function joinChunks(chunks: readonly unknown[]): JoinResult {
  const retry = 'Please choose the file and import again.';
  if (!Array.isArray(chunks) || chunks.length === 0) {
    return fail(`No part of the file arrived. ${retry}`);
  }
  if (!chunks.every(isChunk)) return fail(`A part of the file arrived damaged. ${retry}`);
  const first = chunks[0] as UploadChunk;
  const { count, checksum: sum } = first;
  if (chunks.some((c) => c.count !== count || c.checksum !== sum)) {
    return fail(`Parts of different files were mixed up. ${retry}`);
  }
  const seen = new Set<number>();
  for (const c of chunks) {
    if (c.index < 0 || c.index >= count)
      return fail(`A part of the file is out of range. ${retry}`);
    if (seen.has(c.index)) return fail(`Part ${c.index + 1} of ${count} arrived twice. ${retry}`);
    seen.add(c.index);
  }
  if (seen.size < count) {
    let missing = 0;
    while (seen.has(missing)) missing++;
    return fail(
      `The upload is incomplete: part ${missing + 1} of ${count} is missing (${seen.size} arrived). ${retry}`,
    );
  }
  const byIndex = [...(chunks as readonly UploadChunk[])].sort((a, b) => a.index - b.index);
  const text = byIndex.map((c) => c.text).join('');
  if (checksum(text) !== sum) {
    return fail(`The file changed on the way (its checksum does not match). ${retry}`);
  }
  return { ok: true, text };
}

export type DecodedFile =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * A file's bytes as text, in the encoding it announces: a UTF-8 or UTF-16 byte-order mark, else
 * UTF-16 recognised by its zero bytes (Excel's "Unicode text"), else UTF-8, else Windows-1252 (old
 * Windows exports). A file that is no text at all (a workbook, an archive, a PDF, an image) is
 * named for what it is. Runs in the browser (TextDecoder), before anything is sent.
 */
export function decodeFile(bytes: Uint8Array, fileName: string): DecodedFile {
  const decode = (encoding: string, from: number, fatal = false) =>
    new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
  let text: string;
  let encoding: string;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    text = decode('utf-8', 3);
    encoding = 'UTF-8';
  } else if (startsWith(bytes, 0xff, 0xfe)) {
    text = decode('utf-16le', 2);
    encoding = 'UTF-16';
  } else if (startsWith(bytes, 0xfe, 0xff)) {
    text = decode('utf-16be', 2);
    encoding = 'UTF-16';
  } else {
    const binary = binaryKind(bytes);
    if (binary) return { ok: false, message: notText(fileName, binary) };
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) {
      text = decode(utf16, 0);
      encoding = 'UTF-16';
    } else {
      try {
        text = decode('utf-8', 0, true);
        encoding = 'UTF-8';
      } catch {
        text = decode('windows-1252', 0);
        encoding = 'Windows-1252';
      }
    }
  }
  const problem = textProblem(text, fileName);
  return problem ? { ok: false, message: problem } : { ok: true, text, encoding };
}

/** Zero bytes in every other place of the first kilobyte: UTF-16 text written without a mark. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.6 && evenZero < half * 0.1) return 'utf-16le';
  if (evenZero > half * 0.6 && oddZero < half * 0.1) return 'utf-16be';
  return null;
}

type BinaryKind = 'workbook' | 'pdf' | 'image' | 'binary';

function binaryKind(bytes: Uint8Array): BinaryKind | null {
  // xlsx, ods and numbers files are zip archives ("PK"); old .xls files are OLE documents.
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return 'workbook';
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46)
  ) {
    return 'image';
  }
  // Control bytes other than tab, line breaks and form feed: not text in any encoding we read.
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0) control++;
  }
  return control > n * 0.05 ? 'binary' : null;
}

function notText(fileName: string, kind: BinaryKind): string {
  const export_ = 'Export the workouts as CSV from Strong or Hevy and choose that file.';
  switch (kind) {
    case 'workbook':
      return `${fileName} is a spreadsheet workbook (Excel, Numbers or OpenDocument), not a CSV file. Save it as CSV first, or ${export_.charAt(0).toLowerCase()}${export_.slice(1)}`;
    case 'pdf':
      return `${fileName} is a PDF document, not a CSV file. ${export_}`;
    case 'image':
      return `${fileName} is an image, not a CSV file. ${export_}`;
    default:
      return `${fileName} holds binary data, not text. ${export_}`;
  }
}

/**
 * What is wrong with decoded text that is no CSV: a workbook or binary file read as text, or a
 * JSON export (Hevy and Strong both export CSV; JSON is another app's format). decodeFile asks it
 * in the browser, before the file is read into rows.
 */
export function textProblem(text: string, fileName: string): string | null {
  if (text.startsWith('PK\u0003\u0004')) return notText(fileName, 'workbook');
  if (text.startsWith('%PDF')) return notText(fileName, 'pdf');
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return notText(fileName, 'binary');
  const first = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
  if (first === '{' || first === '[') {
    return `${fileName} is a JSON file, not a CSV file. Export the workouts as CSV from Strong or Hevy and choose that file.`;
  }
  return null;
}
