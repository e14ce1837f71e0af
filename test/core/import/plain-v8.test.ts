/**
 * The import core bundled as the Apps Script build bundles the server code (esbuild, IIFE,
 * platform "neutral", es2019) and run in a bare V8 context: no window, document, self, require or
 * Node globals, as in Apps Script. papaparse must parse strings there synchronously.
 *
 * papaparse's package has only "main" (neutral platforms read no main field by default) and its
 * Node stream adapter requires "stream" lazily; so the bundle needs mainFields ['main'] and
 * 'stream' left external, which the test states explicitly (see the report for scripts/build.ts).
 */
import path from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { parseExport } from '../../../src/core/import';
import { craftedExport, realExport } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');

function bundleImportCore(): string {
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
    mainFields: ['main'],
    external: ['stream'],
    target: 'es2019',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the import core in a plain V8 context (as in Apps Script)', () => {
  const code = bundleImportCore();
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const run = (fn: string, ...args: unknown[]) =>
    vm.runInContext(`JSON.stringify(ImportCore.${fn}(...${JSON.stringify(args)}))`, context);

  it('has no browser or Node globals to lean on', () => {
    expect(
      vm.runInContext('typeof window + typeof document + typeof self + typeof require', context),
    ).toBe('undefinedundefinedundefinedundefined');
  });

  it.each([
    ['realdata', 'hevy-export-kg.csv'],
    ['realdata', 'strong-export-kg-a.csv'],
    ['import', 'strong-bom-crlf.csv'],
    ['import', 'hevy-lbs.csv'],
  ])('parses %s/%s exactly as in Node', (dir, file) => {
    const text = dir === 'realdata' ? realExport(file) : craftedExport(file);
    const inV8 = JSON.parse(run('parseExport', text));
    expect(inV8.ok).toBe(true);
    expect(inV8).toEqual(JSON.parse(JSON.stringify(parseExport(text))));
  });

  it('refuses a malformed file with its line there too', () => {
    const result = JSON.parse(
      run('parseExport', craftedExport('malformed-unterminated-quote.csv')),
    );
    expect(result).toMatchObject({ ok: false, error: { line: 3 } });
  });
});
