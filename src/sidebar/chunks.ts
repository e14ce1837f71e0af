/**
 * Splitting a file's text into upload chunks. google.script.run carries a limited payload per call,
 * so the import dialog sends the file in pieces well under it.
 */

/**
 * 128 Ki characters per call: even if every character took 3 bytes in UTF-8 that is under 400 KB,
 * far below what Apps Script accepts per call.
 */
export const CHUNK_CHARS = 128 * 1024;

/** Pieces of at most `size` characters that join back to `text`; a surrogate pair is never split. */
export function splitText(text: string, size: number = CHUNK_CHARS): string[] {
  if (!(size >= 2)) throw new Error('A chunk must hold at least 2 characters.');
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
