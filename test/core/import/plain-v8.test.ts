/**
 * The import core bundled as the Apps Script build bundles the server code (esbuild, IIFE,
 * platform "neutral", es2019, no package options) and run in a bare V8 context: no window,
 * document, self, require or Node globals, as in Apps Script. It reads the rows the import dialog
 * sends (the file read by papaparse in the browser, here in Node) exactly as Node reads the text.
 */
import path from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { isImportError, rowsPayload } from '../../../src/core/import';
import { readCsv } from '../../../src/core/import/csv';
import { parseExport } from '../../../src/core/import/text';
import { craftedExport, realExport } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');

function bundleImportCore() {
  const result = buildSync({
    stdin: {
      contents: "export * from './src/core/import';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'ImportCore',
    platform: 'neutral',
    target: 'es2019',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', metafile: result.metafile };
}

function payloadOf(text: string): string {
  const table = readCsv(text);
  if (isImportError(table)) throw new Error(table.message);
  return rowsPayload(table);
}

describe('the import core in a plain V8 context (as in Apps Script)', () => {
  const { code, metafile } = bundleImportCore();
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const run = (fn: string, ...args: unknown[]) =>
    vm.runInContext(`JSON.stringify(ImportCore.${fn}(...${JSON.stringify(args)}))`, context);
  const readRows = (payload: string) =>
    vm.runInContext(
      `JSON.stringify(ImportCore.readExport(ImportCore.tableOfPayload(${JSON.stringify(payload)})))`,
      context,
    );

  it('has no browser or Node globals to lean on, and no package from node_modules', () => {
    expect(
      vm.runInContext('typeof window + typeof document + typeof self + typeof require', context),
    ).toBe('undefinedundefinedundefinedundefined');
    const inputs = Object.keys(metafile?.inputs ?? {});
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
  });

  it.each([
    ['realdata', 'hevy-export-kg.csv'],
    ['realdata', 'strong-export-kg-a.csv'],
    ['realdata', 'strong-2025-semicolon-kg.csv'],
    ['import', 'strong-bom-crlf.csv'],
    ['import', 'hevy-lbs.csv'],
  ])('reads the rows of %s/%s exactly as Node reads the text', (dir, file) => {
    const text = dir === 'realdata' ? realExport(file) : craftedExport(file);
    const inV8 = JSON.parse(readRows(payloadOf(text)));
    expect(inV8.ok).toBe(true);
    expect(inV8).toEqual(JSON.parse(JSON.stringify(parseExport(text))));
  });

  it('refuses rows that arrive in another shape, in plain words', () => {
    expect(JSON.parse(run('tableOfPayload', '{"v":1,"rows":"x"}'))).toMatch(/cannot read/);
  });
});
