/**
 * `npm start` (after the build): the add-on on the sample log at http://localhost:8080 (PORT
 * overrides). Ctrl-C or SIGTERM closes the server and exits 0.
 */
import { DEFAULT_PORT, startPreview } from './preview';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFromEnv(process.env.PORT);
  const preview = await startPreview({ port });
  const shown = new URL(preview.url);
  console.log(`Strong Enough preview: http://localhost:${shown.port}  (Ctrl-C to stop)`);
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
