/**
 * Measures the sidebar for docs/benchmarks.md: the size of dist/Sidebar.html, and its time to first
 * render in the `npm start` preview, from the iframe's navigation to sidebar[data-state=ready]
 * (fetching the HTML, running the bundle, the getSidebarState round trip through the emulator on
 * the sample log, and the render). Not a test: it asserts nothing and only prints figures.
 *
 *   npm run build && npx tsx test/browser/measure-sidebar.ts [runs] [log.csv | synthetic:ROWS]
 *
 * The log is the sample log by default; `examples/roster-40.csv` for a 40-runner club, or
 * `synthetic:100000` for the benchmarks' synthetic log (scripts/bench/synthetic-log.ts) of that
 * many rows, written to a temporary CSV first. Also prints the size of the state the sidebar
 * receives (getSidebarState's JSON).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { syntheticLog } from '../../scripts/bench/synthetic-log';
import { startPreview } from '../../scripts/preview/preview';
import { launchChromium, openSidebar, PREVIEW_NOW, type Session } from './harness';

const SIDEBAR_HTML = path.resolve(__dirname, '..', '..', 'dist', 'Sidebar.html');

/**
 * Runs in every frame at document start: the sidebar frame notes when it first shows data. Text, not
 * a function, because tsx names functions with a helper the page does not have.
 */
const MARK_READY = `
  if (location.pathname === '/frame/sidebar') {
    const observer = new MutationObserver(() => {
      if (window.__readyAt === undefined &&
          document.querySelector('[data-testid="sidebar"][data-state="ready"]')) {
        // The frame's clock starts at its own navigation.
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true,
      attributeFilter: ['data-state'] });
  }
`;

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The CSV to load: a path, or a synthetic log of N rows written to a temporary file. */
function logCsv(arg: string | undefined): string | undefined {
  if (arg === undefined) return undefined;
  const synthetic = /^synthetic:(\d+)$/.exec(arg);
  if (!synthetic) return path.resolve(arg);
  const rows = syntheticLog({ rows: Number(synthetic[1]) }).map((row) =>
    row.map((cell) =>
      cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ''),
    ),
  );
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'se-')), 'synthetic.csv');
  writeFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
  return file;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const html = readFileSync(SIDEBAR_HTML);
  const log = logCsv(process.argv[3]);
  const preview = await startPreview({
    port: 0,
    now: PREVIEW_NOW,
    ...(log ? { logCsvPath: log } : {}),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(MARK_READY);
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    const session = {
      preview,
      browser,
      page,
      sidebar: page.frameLocator('[data-testid="sidebar-frame"]'),
      dialogs: [],
      pageErrors: [],
      close: async () => undefined,
    } satisfies Session;
    // The first open warms the emulator and the browser's caches, as a coach's second look would.
    await openSidebar(session);

    const ready: number[] = [];
    const paint: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate((run) => {
        const frame = document.querySelector<HTMLIFrameElement>('[data-testid="sidebar-frame"]');
        if (!frame) throw new Error('No sidebar frame');
        frame.src = `/frame/sidebar?measure=${run}`;
      }, i);
      const frame = await waitForFrame(page, `measure=${i}`);
      await frame.waitForFunction(
        () => (window as { __readyAt?: number }).__readyAt !== undefined,
        {
          timeout: 30_000,
        },
      );
      const times = await frame.evaluate(() => ({
        ready: (window as { __readyAt?: number }).__readyAt ?? Number.NaN,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      ready.push(times.ready);
      paint.push(times.paint);
    }

    // The server's share: the same endpoint called directly in Node, no browser.
    const server: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      preview.session.callServer('getSidebarState', []);
      server.push(performance.now() - start);
    }

    const round = (x: number) => Math.round(x);
    const state = preview.session.callServer('getSidebarState', []);
    const json = JSON.stringify(state.ok ? state.value : null);
    const athletes = state.ok ? (state.value as { athletes: unknown[] }).athletes.length : 0;
    console.log(
      `log: ${process.argv[3] ?? 'examples/runners-log.csv'}; sidebar state: ${json.length} bytes of JSON (${gzipSync(json).length} gzipped), ${athletes} athletes`,
    );
    console.log(`dist/Sidebar.html: ${html.length} bytes (${gzipSync(html).length} gzipped)`);
    console.log(
      `first render (iframe navigation → data-state=ready), ${runs} runs: median ${round(median(ready))} ms; all ${ready.map(round).join(', ')} ms`,
    );
    console.log(
      `first contentful paint (the "Reading the log…" state): median ${round(median(paint))} ms`,
    );
    console.log(
      `getSidebarState in the emulator alone (Node): median ${round(median(server))} ms; all ${server.map(round).join(', ')} ms`,
    );
    console.log(
      `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ${browser.version()}, ${new Date().toISOString().slice(0, 10)}`,
    );
  } finally {
    await browser.close();
    await preview.close();
  }
}

async function waitForFrame(page: Session['page'], marker: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(marker));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`The sidebar frame ${marker} never loaded.`);
    await page.waitForTimeout(10);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
