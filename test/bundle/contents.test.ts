/**
 * What the pushed server code is made of. Every Sheets recalculation is a fresh execution that
 * loads the whole of dist/bundle.js, so code only the import dialog needs stays out of it: the CSV
 * parser (papaparse) runs in the dialog, which sends the file's rows (issue 17, "less to load").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../../scripts/apps-script-runtime';
import { buildBundle } from '../../scripts/build';

// These tests read dist/ as built by `npm run build` (npm test builds first).
const read = (file: string) => readFileSync(path.join(DIST_DIR, file), 'utf8');

/** Error codes papaparse writes into its results: strings no minifier can rename. */
const PAPAPARSE_MARKERS = ['UndetectableDelimiter', 'MissingQuotes', 'TooFewFields'];

describe('dist/bundle.js, the code every recalculation loads', () => {
  let inputs: string[] = [];
  let code = '';

  beforeAll(async () => {
    const built = await buildBundle({ metafile: true });
    code = built.code;
    inputs = Object.keys(built.metafile?.inputs ?? {});
  });

  it('is the bundle esbuild accounts for here (so its metafile describes the pushed file)', () => {
    expect(code).toBe(read('bundle.js'));
    expect(inputs).toContain('src/core/import/parse.ts');
    expect(inputs).toContain('src/addon/import-api.ts');
  });

  it('holds no package from node_modules: papaparse is not in it', () => {
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    for (const marker of PAPAPARSE_MARKERS) expect(read('bundle.js')).not.toContain(marker);
  });

  it('holds none of the import’s text side: the CSV reader, the text entry, the file sniffing', () => {
    const textSide = ['csv.ts', 'text.ts', 'sniff.ts'].map((f) => `src/core/import/${f}`);
    expect(inputs.filter((i) => textSide.includes(i))).toEqual([]);
  });
});

describe('dist/ImportDialog.html, where the file is read', () => {
  it('carries the CSV parser that left the server bundle', () => {
    const html = read('ImportDialog.html');
    for (const marker of PAPAPARSE_MARKERS) expect(html).toContain(marker);
  });

  it('and the sidebar does not', () => {
    const html = read('Sidebar.html');
    for (const marker of PAPAPARSE_MARKERS) expect(html).not.toContain(marker);
  });
});
