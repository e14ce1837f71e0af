/**
 * `npm start` (after the build): the add-on on the sample log at http://localhost:8080 (PORT
 * overrides). `npm start -- path/to/log.csv` loads a coach's own CSV instead (our log layout: a
 * header row naming Date, Athlete, Exercise, Load, Reps…). Ctrl-C or SIGTERM closes the server
 * and exits 0.
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

/** The CSV named on the command line (resolved from where npm was run), or the sample log. */
export function logFromArgs(args: readonly string[], cwd = process.env.INIT_CWD ?? process.cwd()) {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length > 1) throw new Error(`Give one CSV file, not ${files.length}.`);
  const file = files[0];
  if (file === undefined) return undefined;
  const resolved = path.resolve(cwd, file);
  if (!existsSync(resolved)) throw new Error(`There is no file ${file}.`);
  return resolved;
}

async function main(): Promise<void> {
  const port = portFromEnv(process.env.PORT);
  const logCsvPath = logFromArgs(process.argv.slice(2));
  const preview = await startPreview({ port, ...(logCsvPath ? { logCsvPath } : {}) });
  const shown = new URL(preview.url);
  const log = logCsvPath ? path.relative(process.cwd(), logCsvPath) : 'the sample log';
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
