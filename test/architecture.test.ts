/**
 * The functional core runs unchanged in Apps Script, Node (tests, CLI, benchmarks) and the browser,
 * so it may not reach for Apps Script services or import from the shell around it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', 'src');
const SERVICES =
  /\b(SpreadsheetApp|HtmlService|PropertiesService|LockService|CacheService|ScriptApp|Session|Utilities|Logger|google\.script)\s*\./;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Source without comments, so a comment may name a service. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const importsOf = (file: string) =>
  [...code(file).matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);

describe('architecture', () => {
  const core = files(path.join(SRC, 'core'));
  const functions = files(path.join(SRC, 'functions'));

  it('finds the core and the custom functions', () => {
    expect(core.length).toBeGreaterThan(20);
    expect(functions.length).toBeGreaterThan(5);
  });

  it.each([...core, ...functions].map((f) => [path.relative(SRC, f), f]))(
    '%s uses no Apps Script service',
    (_name, file) => {
      expect(code(file)).not.toMatch(SERVICES);
    },
  );

  it('keeps src/core free of imports from the add-on, the sidebar, the functions or scripts', () => {
    const escaping = core.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.resolve(path.dirname(file), spec))
        .filter((target) => !target.startsWith(path.join(SRC, 'core')))
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    );
    expect(escaping).toEqual([]);
  });

  it('lets only papaparse in from node_modules into the core', () => {
    const packages = new Set(
      core.flatMap((file) => importsOf(file).filter((spec) => !spec.startsWith('.'))),
    );
    expect([...packages]).toEqual(['papaparse']);
  });

  it('keeps papaparse in csv.ts, which the add-on never imports (the dialog reads the file)', () => {
    const papa = core.filter((file) => importsOf(file).includes('papaparse'));
    expect(papa.map((f) => path.relative(SRC, f))).toEqual([path.join('core', 'import', 'csv.ts')]);
    const textSide = /\/core\/import\/(csv|text)$/;
    const addon = files(path.join(SRC, 'addon')).filter((file) =>
      importsOf(file).some((spec) => textSide.test(spec)),
    );
    expect(addon).toEqual([]);
  });
});
