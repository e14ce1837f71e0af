import fc from 'fast-check';
import {
  CACHE_ITEM_BYTES,
  DEFAULT_CHUNK_BYTES,
  decodeFile,
  joinChunks,
  MAX_CHUNK_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_CHUNKS,
  MIN_CHUNK_BYTES,
  splitIntoChunks,
  textProblem,
  type UploadChunk,
  utf8Bytes,
} from '../../../src/core/import/chunks';

const anyText = fc.string({ unit: 'grapheme', maxLength: 400 });
// Lone surrogates too: a file read in the browser can hold anything a JS string can.
const anyUtf16 = fc.string({ unit: 'binary', maxLength: 400 });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const anyMax = fc.integer({ min: MIN_CHUNK_BYTES, max: 512 });

describe('splitting an upload into chunks', () => {
  it('round-trips any text at any chunk size ≥ 16 bytes, each chunk within the limit', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyUtf16), anyMax, (text, maxBytes) => {
        const chunks = splitIntoChunks(text, maxBytes);
        for (const chunk of chunks) {
          expect(utf8Bytes(chunk.text)).toBeLessThanOrEqual(maxBytes);
          expect(chunk.count).toBe(chunks.length);
        }
        expect(joinChunks(chunks)).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('never splits a surrogate pair: every chunk is well-formed on its own', () => {
    fc.assert(
      fc.property(anyText, anyMax, (text, maxBytes) => {
        for (const chunk of splitIntoChunks(text, maxBytes)) {
          expect(LONE_SURROGATE.test(chunk.text)).toBe(false);
        }
      }),
    );
  });

  it('joins chunks that arrive in any order', () => {
    fc.assert(
      fc.property(anyText, anyMax, fc.infiniteStream(fc.nat()), (text, maxBytes, seeds) => {
        const chunks = splitIntoChunks(text, maxBytes);
        const shuffled = [...chunks].sort(() => (seeds.next().value % 3) - 1);
        expect(joinChunks(shuffled)).toEqual({ ok: true, text });
      }),
    );
  });

  it('counts UTF-8 bytes like TextEncoder does', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('fills chunks: a 10,000-byte ASCII text at 4,096 bytes makes 3 chunks', () => {
    const chunks = splitIntoChunks('a'.repeat(10_000), 4096);
    expect(chunks.map((c) => c.text.length)).toEqual([4096, 4096, 1808]);
  });

  it('refuses a chunk size below 16 bytes', () => {
    expect(() => splitIntoChunks('abc', 15)).toThrow('at least 16 bytes');
  });
});

describe('refusing an incomplete or damaged upload', () => {
  const text = 'Date,Exercise Name\n'.repeat(20);
  const chunks = splitIntoChunks(text, 64);

  it('has several chunks to lose', () => {
    expect(chunks.length).toBeGreaterThan(3);
  });

  it('a missing chunk', () => {
    const result = joinChunks(chunks.filter((c) => c.index !== 2));
    expect(result).toEqual({
      ok: false,
      message: `The upload is incomplete: part 3 of ${chunks.length} is missing (${chunks.length - 1} arrived). Please choose the file and import again.`,
    });
  });

  it('a chunk sent twice', () => {
    const result = joinChunks([...chunks, chunks[1] as UploadChunk]);
    expect(result.ok === false && result.message).toMatch(/^Part 2 of \d+ arrived twice\./);
  });

  it('a chunk whose text changed on the way', () => {
    const garbled = chunks.map((c) => (c.index === 1 ? { ...c, text: c.text.toUpperCase() } : c));
    expect(joinChunks(garbled).ok === false && joinChunks(garbled)).toMatchObject({
      message: expect.stringMatching(/checksum does not match/),
    });
  });

  it('chunks of two different files', () => {
    const other = splitIntoChunks(text.replace('Date', 'Data'), 64);
    const mixed = chunks.map((c, i) => (i === 0 ? (other[0] as UploadChunk) : c));
    expect(joinChunks(mixed).ok === false && joinChunks(mixed)).toMatchObject({
      message: expect.stringMatching(/different files/),
    });
  });

  it('nothing, junk, or an index out of range', () => {
    expect(joinChunks([])).toMatchObject({ ok: false, message: expect.stringMatching(/^No part/) });
    expect(joinChunks([{ index: '0', text: 1 }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    const outOfRange = chunks.map((c, i) => (i === 0 ? { ...c, index: 99 } : c));
    expect(joinChunks(outOfRange)).toMatchObject({
      message: expect.stringMatching(/out of range/),
    });
  });
});

describe('decodeFile: the file as text, or what it is instead', () => {
  const csv = 'Date,Exercise Name,Weight,Reps\n2026-01-02,Squat (Barbell),60,5\n';
  const utf16le = (text: string, bom: boolean) =>
    new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')]);

  it('decodes UTF-16 with a byte-order mark (little and big endian) and without one', () => {
    expect(decodeFile(utf16le(csv, true), 'a.csv')).toEqual({
      ok: true,
      text: csv,
      encoding: 'UTF-16',
    });
    const le = Buffer.from(csv, 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(decodeFile(new Uint8Array([0xfe, 0xff, ...be]), 'a.csv')).toMatchObject({
      ok: true,
      text: csv,
    });
    expect(decodeFile(utf16le(csv, false), 'a.csv')).toMatchObject({ ok: true, text: csv });
  });

  it('decodes UTF-8 (with or without a mark) and falls back to Windows-1252', () => {
    const text = `${csv}2026-01-03,Hip thrust,80,8,"müde 💪"\n`;
    expect(decodeFile(new Uint8Array(Buffer.from(text)), 'a.csv')).toMatchObject({
      ok: true,
      text,
    });
    expect(
      decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]), 'a.csv'),
    ).toMatchObject({ ok: true, text });
    // "Müde" in Windows-1252: ü is the single byte 0xfc, invalid as UTF-8.
    const latin = new Uint8Array([...Buffer.from('Notes\nM'), 0xfc, ...Buffer.from('de\n')]);
    expect(decodeFile(latin, 'a.csv')).toEqual({
      ok: true,
      text: 'Notes\nMüde\n',
      encoding: 'Windows-1252',
    });
  });

  it('names workbooks, PDFs, images, JSON and binary files as what they are', () => {
    const bytes = (...b: number[]) => new Uint8Array([...b, ...Buffer.from('rest of the file')]);
    expect(decodeFile(bytes(0x50, 0x4b, 0x03, 0x04), 'log.csv')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^log\.csv is a spreadsheet workbook/),
    });
    expect(decodeFile(bytes(0x25, 0x50, 0x44, 0x46), 'x.csv')).toMatchObject({
      message: expect.stringMatching(/is a PDF document/),
    });
    expect(decodeFile(bytes(0x89, 0x50, 0x4e, 0x47), 'x.csv')).toMatchObject({
      message: expect.stringMatching(/is an image/),
    });
    expect(
      decodeFile(new Uint8Array(Buffer.from('  [{"exercise":"Squat"}]')), 'x.csv'),
    ).toMatchObject({ message: expect.stringMatching(/is a JSON file/) });
    const noise = new Uint8Array(512).map((_, i) => (i * 7) % 32);
    expect(decodeFile(noise, 'x.csv')).toMatchObject({
      message: expect.stringMatching(/holds binary data/),
    });
  });

  it('says the same of decoded text (textProblem)', () => {
    expect(textProblem(csv, 'a.csv')).toBeNull();
    expect(textProblem('PK\u0003\u0004…', 'a.csv')).toMatch(/workbook/);
    expect(textProblem('{"a":1}', 'a.json')).toMatch(/JSON/);
    expect(textProblem('Date\u0000,Reps', 'a.csv')).toMatch(/binary/);
  });
});

describe('upload limits', () => {
  it('keep the largest file inside the cache: 64 KB chunks, one item each, under 1,000 items', () => {
    expect(MAX_UPLOAD_BYTES / DEFAULT_CHUNK_BYTES + 1).toBeLessThan(1000);
    expect(MAX_UPLOAD_CHUNKS + 1).toBeLessThanOrEqual(1000);
    expect(DEFAULT_CHUNK_BYTES).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    expect(MAX_CHUNK_BYTES).toBeLessThan(CACHE_ITEM_BYTES);
    // Even text whose every character takes 3 bytes in UTF-8 stays within the chunks allowed.
    expect(Math.ceil((MAX_UPLOAD_BYTES * 3) / DEFAULT_CHUNK_BYTES)).toBeLessThanOrEqual(
      MAX_UPLOAD_CHUNKS,
    );
  });
});
