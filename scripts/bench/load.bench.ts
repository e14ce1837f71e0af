/**
 * Fresh-load cost of the pushed server code (issue 17): every recalculation in Sheets is a fresh
 * execution that evaluates the whole pushed project before calling the function. Timed here: a
 * new plain V8 context, dist/bundle.js and dist/globals.js compiled and run in it, and one
 * `E1RM(100, 5)` call — median of many runs.
 *
 * V8 caches compiled scripts per isolate by source text, which a new Apps Script execution does not
 * enjoy; so each run's sources get a unique trailing comment and are compiled anew (the cached
 * figure is printed too). papaparse's share: its bytes in bundle.js from esbuild's metafile of the
 * same build (none since the import dialog reads the CSV and sends rows; the dialog's page, which
 * carries it now, is sized too), and the fresh-load time of papaparse alone, bundled with the
 * options the server bundle had when it held papaparse.
 *
 *   npm run bench -- load            (BENCH_LOAD_RUNS=N, default 41)
 *
 * BENCH_LOAD_BASELINE=DIR (a dist/ built from other code, e.g. the commit before a change) also
 * loads DIR/bundle.js and DIR/globals.js in turn with ours in every run, and prints both and the
 * median of the per-run ratios: a before/after that the machine's load weighs on alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { DIST_DIR } from '../apps-script-runtime';
import { buildBundle, ROOT } from '../build';
import { machineLine, median } from './measure';

const RUNS = Number(process.env.BENCH_LOAD_RUNS) || 41;
const BASELINE = process.env.BENCH_LOAD_BASELINE;

interface LoadSample {
  readonly context: number;
  readonly bundle: number;
  readonly globals: number;
  readonly call: number;
  readonly total: number;
}

function loadOnce(bundle: string, globals: string, fresh: string): LoadSample {
  const t0 = performance.now();
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, unknown>;
  context.console = console;
  const t1 = performance.now();
  new vm.Script(`${bundle}${fresh}`, { filename: 'bundle.js' }).runInContext(context);
  const t2 = performance.now();
  new vm.Script(`${globals}${fresh}`, { filename: 'globals.js' }).runInContext(context);
  const t3 = performance.now();
  const value = (context.E1RM as (load: number, reps: number) => unknown)(100, 5);
  const t4 = performance.now();
  if (typeof value !== 'number' || Math.abs(value - 116.667) > 0.001) {
    throw new Error(`E1RM(100, 5) gave ${String(value)}`);
  }
  return { context: t1 - t0, bundle: t2 - t1, globals: t3 - t2, call: t4 - t3, total: t4 - t0 };
}

/** Time to compile and run a script alone in a fresh context (no call). */
function evaluateOnce(code: string, fresh: string): number {
  const start = performance.now();
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  new vm.Script(`${code}${fresh}`).runInContext(context);
  return performance.now() - start;
}

/** papaparse alone, bundled as build.ts bundled the server code while it held papaparse. */
async function papaparseAlone(): Promise<string> {
  const result = await build({
    stdin: { contents: "import Papa from 'papaparse'; export { Papa };", resolveDir: ROOT },
    bundle: true,
    format: 'iife',
    globalName: 'PapaOnly',
    platform: 'neutral',
    mainFields: ['main', 'module'],
    external: ['stream'],
    target: 'es2019',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function run(): Promise<void> {
  const bundle = readFileSync(join(DIST_DIR, 'bundle.js'), 'utf8');
  const globals = readFileSync(join(DIST_DIR, 'globals.js'), 'utf8');
  const { code, metafile } = await buildBundle({ metafile: true });
  if (code !== bundle) throw new Error('dist/bundle.js is stale: run npm run build first');
  const output = Object.values(metafile?.outputs ?? {})[0];
  let papaBytes = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    if (input.includes('node_modules/papaparse/')) papaBytes += bytesInOutput;
  }
  const bundleBytes = Buffer.byteLength(bundle);

  console.log('\n## Fresh load of the pushed server code\n');
  console.log(machineLine());
  const papa = await papaparseAlone();
  for (let i = 0; i < 5; i++) loadOnce(bundle, globals, `\n// warm-up ${i}`);
  // In turn within each run, so the machine's load weighs on every figure alike.
  const fresh: LoadSample[] = [];
  const cached: LoadSample[] = [];
  const papaShares: number[] = [];
  const papaMs: number[] = [];
  const base = BASELINE
    ? {
        bundle: readFileSync(join(BASELINE, 'bundle.js'), 'utf8'),
        globals: readFileSync(join(BASELINE, 'globals.js'), 'utf8'),
      }
    : null;
  const baseFresh: LoadSample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const sample = loadOnce(bundle, globals, `\n// run ${i}`);
    fresh.push(sample);
    if (base) baseFresh.push(loadOnce(base.bundle, base.globals, `\n// baseline run ${i}`));
    cached.push(loadOnce(bundle, globals, ''));
    const empty = evaluateOnce('', `// ${i}`);
    const alone = evaluateOnce(papa, `\n// ${i}`) - empty;
    papaMs.push(alone);
    papaShares.push(alone / sample.bundle);
  }
  const m = (samples: LoadSample[], key: keyof LoadSample) => median(samples.map((s) => s[key]));
  console.log(
    `\n| step | fresh compile, ms (median of ${RUNS}) | cached compile, ms |\n|---|---:|---:|`,
  );
  for (const key of ['context', 'bundle', 'globals', 'call', 'total'] as const) {
    console.log(`| ${key} | ${m(fresh, key).toFixed(2)} | ${m(cached, key).toFixed(2)} |`);
  }
  if (base) {
    const ratio = (key: keyof LoadSample) =>
      median(fresh.map((f, i) => f[key] / (baseFresh[i] as LoadSample)[key]));
    console.log(
      `\nAgainst ${BASELINE} (${Buffer.byteLength(base.bundle).toLocaleString('en-US')} bytes of bundle.js), loaded in turn with ours in every run:\n`,
    );
    console.log('| step | baseline, ms | ours, ms | ours ÷ baseline (median of per-run ratios) |');
    console.log('|---|---:|---:|---:|');
    for (const key of ['bundle', 'total'] as const) {
      console.log(
        `| ${key} | ${m(baseFresh, key).toFixed(2)} | ${m(fresh, key).toFixed(2)} | ${ratio(key).toFixed(2)} |`,
      );
    }
  }
  console.log(
    `\nbundle.js: ${bundleBytes.toLocaleString('en-US')} bytes, of which papaparse ${papaBytes.toLocaleString('en-US')} (${((papaBytes / bundleBytes) * 100).toFixed(1)} %, esbuild metafile).`,
  );
  const dialogBytes = Buffer.byteLength(readFileSync(join(DIST_DIR, 'ImportDialog.html'), 'utf8'));
  console.log(
    `ImportDialog.html: ${dialogBytes.toLocaleString('en-US')} bytes (the import dialog reads the CSV into rows, with papaparse).`,
  );
  console.log(
    `papaparse alone, fresh compile and run in a new context, less an empty one: ${median(papaMs).toFixed(2)} ms, ${(median(papaShares) * 100).toFixed(0)} % of the bundle step (median of the per-run shares).`,
  );
  console.log(machineLine());
}
