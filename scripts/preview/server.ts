/**
 * `npm start` (after the build): the add-on on the sample log at http://localhost:8080 (PORT
 * overrides). `npm start -- path/to/log.csv` loads a coach's own CSV instead (our log layout: a
 * header row naming Date, Athlete, Exercise, Load, Reps…); `--season plan.csv` writes a season plan
 * into the Targets sheet (scripts/preview/season-plan.ts); `--tabs` splits the log into a tab per
 * athlete beside a sheet that is not a log (scripts/preview/tabs.ts). Ctrl-C or SIGTERM closes the
 * server and exits 0.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PORT, startPreview } from './preview';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function existing(file: string, cwd: string): string {
  const resolved = path.resolve(cwd, file);
  if (!existsSync(resolved)) throw new Error(`There is no file ${file}.`);
  return resolved;
}

/**
 * The log CSV named on the command line (resolved from where npm was run; undefined for the sample
 * log) and the season plan CSV after `--season`, if any.
 */
export function filesFromArgs(
  args: readonly string[],
  cwd = process.env.INIT_CWD ?? process.cwd(),
): { readonly log?: string; readonly season?: string; readonly tabs?: boolean } {
  const files: string[] = [];
  let season: string | undefined;
  let tabs = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--tabs') tabs = true;
    else if (arg === '--season' || arg.startsWith('--season=')) {
      const value = arg === '--season' ? args[++i] : arg.slice('--season='.length);
      if (value === undefined || value === '') throw new Error('--season needs a CSV file.');
      season = existing(value, cwd);
    } else if (!arg.startsWith('-')) {
      files.push(arg);
    }
  }
  if (files.length > 1) throw new Error(`Give one CSV file, not ${files.length}.`);
  const file = files[0];
  return {
    ...(file === undefined ? {} : { log: existing(file, cwd) }),
    ...(season === undefined ? {} : { season }),
    ...(tabs ? { tabs } : {}),
  };
}

async function main(): Promise<void> {
  const port = portFromEnv(process.env.PORT);
  const files = filesFromArgs(process.argv.slice(2));
  const preview = await startPreview({
    port,
    ...(files.log ? { logCsvPath: files.log } : {}),
    ...(files.season ? { seasonCsvPath: files.season } : {}),
    ...(files.tabs ? { tabs: true } : {}),
  });
  const shown = new URL(preview.url);
  const log =
    (files.log ? path.relative(process.cwd(), files.log) : 'the sample log') +
    (files.season ? ` with the season plan ${path.relative(process.cwd(), files.season)}` : '') +
    (files.tabs ? ', a tab per athlete' : '');
  console.log(`Strong Enough preview of ${log}: http://localhost:${shown.port}  (Ctrl-C to stop)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the preview.`);
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      inUse
        ? `The preview could not start: port ${process.env.PORT ?? DEFAULT_PORT} is in use. Stop the other server or set PORT (e.g. PORT=8081 npm start).`
        : `The preview could not start: ${message}`,
    );
    process.exit(1);
  });
}
