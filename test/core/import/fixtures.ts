/** Reading fixtures and unwrapping results for the import tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedExport } from '../../../src/core/import';
import { parseExport } from '../../../src/core/import/text';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

export const realExport = (name: string): string =>
  readFileSync(path.join(FIXTURES, 'realdata', name), 'utf8');

export const craftedExport = (name: string): string =>
  readFileSync(path.join(FIXTURES, 'import', name), 'utf8');

/** Parses text that must parse; fails the test with the refusal otherwise. */
export function parsedOk(text: string): ParsedExport {
  const result = parseExport(text);
  if (!result.ok) throw new Error(`expected the file to parse: ${result.error.message}`);
  return result.parsed;
}

export const totalSkipped = (parsed: ParsedExport): number =>
  Object.values(parsed.skipped).reduce((a, b) => a + b, 0);
