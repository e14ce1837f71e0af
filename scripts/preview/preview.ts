/**
 * startPreview: the emulator with the sample log loaded and onOpen run, served over HTTP on
 * 127.0.0.1 as a Sheets-like page. Everything the page needs comes from this process.
 *
 * Routes (JSON unless said):
 *   GET  /                      the page (HTML)        GET /page.js, /preview.css
 *   GET  /api/state             PreviewState           GET /api/sheet?name=Log[&from=R]  GridJson
 *   POST /api/menu {functionName}                      POST /api/run {name, args}  (google.script.run)
 *   POST /api/edit {a1, input}                         POST /api/activate {sheet}
 *   POST /api/allow {a1}        the coach's "Allow access" on an IMPORTRANGE cell
 *   POST /api/alerts/dismiss {id}                      POST /api/close {kind}
 *   GET  /frame/sidebar, /frame/dialog                 the add-on's HTML with the shim injected
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { createEmulator, type Emulator } from '../emulator/emulator';
import { importCsv, readCsvFile, SAMPLE_LOG, writeLog } from './sample-log';
import { writeSeasonPlan } from './season-plan';
import { createPreviewSession, type PreviewSession } from './session';
import { RACE_PACES, tabsByAthlete } from './tabs';

export interface PreviewOptions {
  /** 0 picks a free port (tests). Default 8080. */
  readonly port?: number;
  /** Default 127.0.0.1: the preview is for this machine only. */
  readonly host?: string;
  /** The CSV loaded into the "Log" sheet; default examples/runners-log.csv; null for none. */
  readonly logCsvPath?: string | null;
  /** A season plan CSV written into the Targets sheet's D:I (scripts/preview/season-plan.ts). */
  readonly seasonCsvPath?: string;
  /** A tab per athlete (scripts/preview/tabs.ts) instead of one shared log, beside a non-log sheet. */
  readonly tabs?: boolean;
  /** The spreadsheet's time zone (default Europe/London). */
  readonly timeZone?: string;
  /** The emulator's clock (default: now). */
  readonly now?: Date | number;
  /** The dist/ folder to run (default: the project's dist/). */
  readonly dist?: string;
  /**
   * Athletes' own files that IMPORTRANGE can read (the emulator's linkFile): each CSV becomes the
   * "Log" tab of its own in-memory spreadsheet. Access starts not allowed: the page's "Allow access"
   * button on a #REF! cell gives it, as Sheets' does.
   */
  readonly linkedLogs?: readonly {
    readonly name: string;
    readonly csvPath: string;
    readonly key?: string;
  }[];
}

export interface Preview {
  readonly url: string;
  readonly emulator: Emulator;
  readonly session: PreviewSession;
  close(): Promise<void>;
}

const HERE = __dirname;
export const DEFAULT_PORT = 8080;
export const DEFAULT_TIME_ZONE = 'Europe/London';
/** Request bodies above this are refused (the import dialog sends 64 KB pieces). */
const MAX_BODY = 5 * 1024 * 1024;

interface Assets {
  readonly page: string;
  readonly css: string;
  readonly pageJs: string;
  readonly shimJs: string;
}

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [path.join(HERE, 'client', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

let cachedAssets: Assets | null = null;
function assets(): Assets {
  cachedAssets ??= {
    page: readFileSync(path.join(HERE, 'page.html'), 'utf8'),
    css: readFileSync(path.join(HERE, 'preview.css'), 'utf8'),
    pageJs: bundle('page.ts'),
    shimJs: bundle('frame-shim.ts'),
  };
  return cachedAssets;
}

/** The add-on's HTML with google.script.run defined before any of its own scripts run. */
export function injectShim(html: string, shimJs: string): string {
  const tag = `<script data-preview-shim>${shimJs.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + tag + html.slice(doctype[0].length) : tag + html;
}

/** A fresh emulator with the log loaded as Sheets would import it, and the file "opened". */
export function openWorkbook(options: PreviewOptions = {}): Emulator {
  const emulator = createEmulator({
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    name: 'Runners’ training log',
    ...(options.dist === undefined ? {} : { dist: options.dist }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  emulator.load();
  const csvPath = options.logCsvPath === undefined ? SAMPLE_LOG : options.logCsvPath;
  const sheet = emulator.spreadsheet.getSheets()[0]!;
  if (csvPath !== null) {
    const table = importCsv(readCsvFile(csvPath), emulator.workbook.timeZone);
    const tabs = options.tabs ? tabsByAthlete(table) : null;
    if (options.tabs && tabs === null) {
      throw new Error('--tabs needs a log with an Athlete column to split into tabs.');
    }
    if (tabs === null) writeLog(sheet, table);
    else {
      tabs.forEach((tab, i) => {
        writeLog(i === 0 ? sheet : emulator.spreadsheet.insertSheet(), tab.table, tab.athlete);
      });
      const paces = emulator.spreadsheet.insertSheet('Race paces');
      paces.getRange(1, 1, RACE_PACES.length, 3).setValues(RACE_PACES.map((r) => [...r]));
      emulator.spreadsheet.setActiveSheet(sheet);
    }
  } else {
    sheet.setName('Log');
  }
  for (const linked of options.linkedLogs ?? []) {
    const file = emulator.linkFile({
      name: linked.name,
      ...(linked.key === undefined ? {} : { key: linked.key }),
    });
    const table = importCsv(readCsvFile(linked.csvPath), emulator.workbook.timeZone);
    writeLog(file.spreadsheet.getSheets()[0]!, table);
  }
  emulator.open();
  if (options.seasonCsvPath !== undefined) {
    const plan = importCsv(readCsvFile(options.seasonCsvPath), emulator.workbook.timeZone);
    writeSeasonPlan(emulator, plan);
  }
  emulator.resetCalls();
  return emulator;
}

class BadRequest extends Error {}

function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BadRequest('The request is too large for the preview (over 5 MB).'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          reject(new BadRequest('The request body must be a JSON object.'));
        } else resolve(parsed as Record<string, unknown>);
      } catch {
        reject(new BadRequest('The request body is not valid JSON.'));
      }
    });
    req.on('error', reject);
  });
}

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new BadRequest(`${what} must be text.`);
  return value;
};

export function createHandler(session: PreviewSession): http.RequestListener {
  const send = (
    res: http.ServerResponse,
    status: number,
    body: string,
    type = 'application/json; charset=utf-8',
  ) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const json = (res: http.ServerResponse, value: unknown, status = 200) =>
    send(res, status, JSON.stringify(value));

  const routes: Record<
    string,
    (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void> | void
  > = {
    'GET /': (_req, res) => send(res, 200, assets().page, 'text/html; charset=utf-8'),
    'GET /page.js': (_req, res) =>
      send(res, 200, assets().pageJs, 'text/javascript; charset=utf-8'),
    'GET /preview.css': (_req, res) => send(res, 200, assets().css, 'text/css; charset=utf-8'),
    'GET /api/state': (_req, res) => json(res, session.state()),
    'GET /api/sheet': (_req, res, url) => {
      const name = url.searchParams.get('name') ?? session.state().activeSheet;
      const from = Number(url.searchParams.get('from') ?? 1);
      json(res, session.grid(name, Number.isFinite(from) && from >= 1 ? from : 1));
    },
    'GET /frame/sidebar': (_req, res) => frame(res, 'sidebar'),
    'GET /frame/dialog': (_req, res) => frame(res, 'dialog'),
    'POST /api/menu': async (req, res) => {
      const body = await readBody(req);
      json(res, session.runMenu(text(body.functionName, 'functionName')));
    },
    'POST /api/run': async (req, res) => {
      const body = await readBody(req);
      const args = body.args === undefined ? [] : body.args;
      if (!Array.isArray(args)) throw new BadRequest('args must be an array.');
      json(res, session.callServer(text(body.name, 'name'), args));
    },
    'POST /api/edit': async (req, res) => {
      const body = await readBody(req);
      json(res, session.edit(text(body.a1, 'a1'), text(body.input, 'input')));
    },
    'POST /api/allow': async (req, res) => {
      const body = await readBody(req);
      json(res, session.allowAccess(text(body.a1, 'a1')));
    },
    'POST /api/activate': async (req, res) => {
      const body = await readBody(req);
      session.activate(text(body.sheet, 'sheet'));
      json(res, { ok: true });
    },
    'POST /api/alerts/dismiss': async (req, res) => {
      const body = await readBody(req);
      session.dismissAlert(Number(body.id));
      json(res, { ok: true });
    },
    'POST /api/close': async (req, res) => {
      const body = await readBody(req);
      if (body.kind !== 'sidebar' && body.kind !== 'dialog') {
        throw new BadRequest('kind must be "sidebar" or "dialog".');
      }
      session.close(body.kind);
      json(res, { ok: true });
    },
  };

  const frame = (res: http.ServerResponse, kind: 'sidebar' | 'dialog') => {
    const html = session.html(kind);
    if (html === null) {
      send(res, 404, `<!DOCTYPE html><p>No ${kind} is open.</p>`, 'text/html; charset=utf-8');
      return;
    }
    send(res, 200, injectShim(html, assets().shimJs), 'text/html; charset=utf-8');
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) {
      json(res, { error: { message: `Nothing at ${req.method} ${url.pathname}.` } }, 404);
      return;
    }
    Promise.resolve()
      .then(() => route(req, res, url))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent)
          json(res, { error: { message } }, error instanceof BadRequest ? 400 : 500);
        else res.end();
      });
  };
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  assets();
  const emulator = openWorkbook(options);
  const session = createPreviewSession(emulator);
  const server = http.createServer(createHandler(session));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    emulator,
    session,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
