/**
 * The analyze CLI as one built file, `dist-cli/analyze.cjs` (an esbuild bundle of
 * scripts/analyze.ts for Node). It sits beside dist/, not in it: clasp pushes dist/ only
 * (.clasp.json's rootDir), so the pushed add-on is unchanged. Running the bundle instead of
 * `tsx scripts/analyze.ts` saves tsx's start-up (≈ 1 s of CPU, compiling every module through
 * Node's loader hooks; docs/benchmarks.md).
 *
 * Plain CommonJS so that `npm run analyze` (`node scripts/cli-bundle.cjs ARGS`) needs no
 * TypeScript loader: it rebuilds the bundle when it is missing or any file that went into it has
 * changed since (the inputs esbuild reported, with their sizes and modification times, are kept
 * beside it), then runs it in the same process. `npm run build` builds it too.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CLI_DIR = path.join(ROOT, 'dist-cli');
const CLI_BUNDLE = path.join(CLI_DIR, 'analyze.cjs');
/** What went into the bundle: [path relative to ROOT, size, mtimeMs] per input file. */
const CLI_INPUTS = path.join(CLI_DIR, 'inputs.json');
const ENTRY = 'scripts/analyze.ts';

/** Writes a file whole or not at all, so a CLI started meanwhile never reads half of it. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function fileState(relative) {
  const stat = fs.statSync(path.join(ROOT, relative));
  return [relative, stat.size, stat.mtimeMs];
}

/** Builds dist-cli/analyze.cjs and records its inputs; returns the bundle's size in bytes. */
function buildCli() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    throw new Error(
      'the analyze CLI must be built, and esbuild is not installed: run `npm install` first.',
    );
  }
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    metafile: true,
    write: false,
    outfile: CLI_BUNDLE,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  // This file too: a change to how the bundle is built rebuilds it.
  const inputs = [...Object.keys(result.metafile.inputs), path.relative(ROOT, __filename)];
  fs.mkdirSync(CLI_DIR, { recursive: true });
  writeAtomically(CLI_BUNDLE, code);
  writeAtomically(CLI_INPUTS, `${JSON.stringify(inputs.map(fileState))}\n`);
  return Buffer.byteLength(code);
}

/** Is the bundle there, built from the files as they are now? */
function isCliCurrent() {
  let inputs;
  try {
    if (!fs.existsSync(CLI_BUNDLE)) return false;
    inputs = JSON.parse(fs.readFileSync(CLI_INPUTS, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  for (const [relative, size, mtimeMs] of inputs) {
    let now;
    try {
      now = fileState(relative);
    } catch {
      return false;
    }
    if (now[1] !== size || now[2] !== mtimeMs) return false;
  }
  return true;
}

/** The bundle's path, built first when it is missing or out of date. */
function ensureCli() {
  if (!isCliCurrent()) buildCli();
  return CLI_BUNDLE;
}

module.exports = { CLI_BUNDLE, buildCli, ensureCli, isCliCurrent };

if (require.main === module) {
  let bundle;
  try {
    bundle = ensureCli();
  } catch (error) {
    // One line, as the CLI's own messages are (esbuild has printed its errors already).
    process.stderr.write(`Could not build the analyze CLI: ${error.message.split('\n')[0]}\n`);
    process.exit(1);
  }
  require(bundle).main();
}
