import fc from 'fast-check';
import {
  joinChunks,
  MIN_CHUNK_BYTES,
  splitIntoChunks,
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
