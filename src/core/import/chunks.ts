/**
 * Sending a file from the dialog to the server in pieces. The browser reads the CSV as text and
 * sends chunks one google.script.run call at a time; the server keeps them (e.g. in CacheService,
 * whose values hold at most 100 KB) and joins them once all have arrived. Every chunk carries the
 * count and a checksum of the whole text, so a lost, repeated or garbled chunk is refused with a
 * clear message instead of importing part of a file.
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
/** A code point takes up to 4 bytes in UTF-8; smaller chunks could not always move forward. */
export const MIN_CHUNK_BYTES = 16;

/** FNV-1a (32-bit) over UTF-16 code units, as hex: cheap and the same on client and server. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
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
