/**
 * Runs every scripts/bench/*.bench.ts module in file-name order; each exports `run()` and prints
 * its own table. `npm run bench` builds first, then calls this.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run(): Promise<void>;
}

async function main(): Promise<void> {
  const dir = join(import.meta.dirname ?? __dirname, 'bench');
  const only = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  if (files.length === 0)
    throw new Error(`no benchmarks in ${dir}${only ? ` matching "${only}"` : ''}`);
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    if (typeof module.run !== 'function') throw new Error(`${file} exports no run()`);
    await module.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
