// Jest transformer: TypeScript 7 has no JS API, so ts-jest cannot run; esbuild strips types instead.
// Type checking is done separately by `npm run typecheck`.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js';
    const result = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      jsx: 'automatic',
      jsxImportSource: 'preact',
    });
    return { code: result.code };
  },
};
