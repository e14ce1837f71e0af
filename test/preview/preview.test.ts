/**
 * The npm start preview over real HTTP on 127.0.0.1: the page, the grid JSON, the add-on menu, the
 * sidebar HTML with its google.script.run shim, the bridge's Apps Script rules, cell edits and
 * shutting down.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import vm from 'node:vm';
import Papa from 'papaparse';
import { type Answer, createScriptRun } from '../../scripts/preview/client/script-run';
import { type GridJson, sheetGrid } from '../../scripts/preview/grid';
import { type Preview, startPreview } from '../../scripts/preview/preview';
import { SAMPLE_LOG } from '../../scripts/preview/sample-log';
import type { CallAnswer, PreviewState } from '../../scripts/preview/session';
import { MENU_ITEMS } from '../../src/addon/menu';
import { ROOT, runJson } from '../cli/helpers';
import { get, post, request } from './http';

const NOW = Date.UTC(2026, 10, 24, 9, 0);

/** The CSV's lines, blank ones too (Sheets keeps them as rows), as papaparse reads them. */
const csvRows = Papa.parse<string[]>(readFileSync(SAMPLE_LOG, 'utf8').trimEnd(), {
  skipEmptyLines: false,
}).data;

type Outcome =
  | { ok: true; value: unknown; user: unknown }
  | { ok: false; error: unknown; user: unknown };

/** google.script.run as the sidebar gets it, sending to this preview; counts what reached it. */
function bridge(preview: Preview) {
  const sent: string[] = [];
  const send = async (name: string, args: unknown[]): Promise<Answer> => {
    sent.push(name);
    return (await post(`${preview.url}/api/run`, { name, args })).json<Answer>();
  };
  const run = createScriptRun({ send, report: () => {} });
  const call = (name: string, ...args: unknown[]) =>
    new Promise<Outcome>((resolve) => {
      const chained = (run.withUserObject as (o: unknown) => Record<string, unknown>)('tag');
      const withOk = (chained.withSuccessHandler as (f: unknown) => Record<string, unknown>)(
        (value: unknown, user: unknown) => resolve({ ok: true, value, user }),
      );
      const withBoth = (withOk.withFailureHandler as (f: unknown) => Record<string, unknown>)(
        (error: unknown, user: unknown) => resolve({ ok: false, error, user }),
      );
      (withBoth[name] as (...a: unknown[]) => void)(...args);
    });
  return { call, sent };
}

const errorMessage = (outcome: Outcome): string => {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(Error);
  return (outcome.error as Error).message;
};

describe('the preview on the sample log', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, now: NOW });
  });
  afterAll(() => preview.close());

  test('serves the page titled "Strong Enough" on 127.0.0.1, with nothing from outside', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await get(`${preview.url}/`);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<title>Strong Enough</title>');
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(\/|data:)/);
    for (const asset of ['/page.js', '/preview.css']) {
      const reply = await get(`${preview.url}${asset}`);
      expect(reply.status).toBe(200);
      expect(reply.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    }
  });

  test('the grid holds the sample log as Sheets imports it, header frozen', async () => {
    const grid = (await get(`${preview.url}/api/sheet?name=Log`)).json<GridJson>();
    expect(grid.sheet).toBe('Log');
    expect(grid.frozenRows).toBe(1);
    expect(grid.contentRows).toBe(csvRows.length);
    expect(grid.rows).toHaveLength(csvRows.length);
    expect(grid.rows[0]!.map((c) => c.t)).toEqual(csvRows[0]);
    // Every cell shows what the CSV says (ISO dates are shown as written).
    for (const [r, line] of csvRows.entries()) {
      for (const [c, text] of line.entries()) expect(grid.rows[r]![c]!.t).toBe(text.trim());
    }
    // Typed like an import: numbers, date cells, text left as text.
    expect(preview.emulator.get('Log!A2')).toBeInstanceOf(Date);
    expect((preview.emulator.get('Log!A2') as Date).toISOString()).toBe('2026-08-16T23:00:00.000Z');
    expect(preview.emulator.get('Log!F2')).toBe(40);
    expect(grid.rows[1]![5]!.align).toBe('right');
    const withUnit = csvRows.findIndex((row) => /\d lb$/.test(row[5] ?? ''));
    expect(withUnit).toBeGreaterThan(0);
    expect(typeof preview.emulator.get(`Log!F${withUnit + 1}`)).toBe('string');
  });

  test('a sheet longer than the window comes a window at a time, with the frozen header', () => {
    const top = sheetGrid(preview.emulator, 'Log', 50);
    expect(top.rows).toHaveLength(50);
    expect(top.firstRow).toBe(1);
    expect(top.head).toEqual([]);
    expect(top.contentRows).toBe(csvRows.length);
    expect(top.note).toBeNull();
    const further = sheetGrid(preview.emulator, 'Log', 50, 201);
    expect(further.firstRow).toBe(201);
    expect(further.rows[0]!.map((c) => c.t)).toEqual(csvRows[200]!.map((t) => t.trim()));
    // The frozen header row comes along, so the page keeps it on top.
    expect(further.head.map((r) => r.map((c) => c.t))).toEqual([csvRows[0]]);
    // A window asked for past the end is moved up to end with the content.
    const end = sheetGrid(preview.emulator, 'Log', 50, 10_000);
    expect(end.firstRow + end.rows.length - 1).toBe(csvRows.length);
    expect(end.rows).toHaveLength(50);
  });

  test('onOpen ran: the add-on menu lists the items it registered, in order', async () => {
    const state = (await get(`${preview.url}/api/state`)).json<PreviewState>();
    expect(state.title).toBe('Strong Enough');
    expect(state.sheets).toEqual(['Log']);
    const addon = state.menus.find((m) => m.addon);
    expect(addon?.title).toBe('Strong Enough');
    const expected = MENU_ITEMS.map((item) =>
      item === null ? { separator: true } : { label: item[0], functionName: item[1] },
    );
    expect(addon?.items).toEqual(expected);
  });

  test('a menu item runs its global and the sidebar HTML is served with the shim first', async () => {
    expect((await get(`${preview.url}/frame/sidebar`)).status).toBe(404);
    const answer = (
      await post(`${preview.url}/api/menu`, { functionName: 'showSidebar' })
    ).json<CallAnswer>();
    expect(answer.ok).toBe(true);
    const state = (await get(`${preview.url}/api/state`)).json<PreviewState>();
    expect(state.sidebar?.title).toBe('Strong Enough');
    const frame = await get(`${preview.url}/frame/sidebar`);
    expect(frame.status).toBe(200);
    const shim = frame.text.indexOf('<script data-preview-shim>');
    const own = frame.text.indexOf('<script>', shim + 1);
    expect(shim).toBeGreaterThan(frame.text.indexOf('<head'));
    expect(own).toBeGreaterThan(shim);
    // Apart from the shim, it is dist/Sidebar.html as built.
    const withoutShim = frame.text.replace(/<script data-preview-shim>[\s\S]*?<\/script>/, '');
    expect(withoutShim).toBe(
      readFileSync(path.join(__dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8'),
    );
    // host.close() from the page ends up here.
    expect((await post(`${preview.url}/api/close`, { kind: 'sidebar' })).status).toBe(200);
    expect((await get(`${preview.url}/api/state`)).json<PreviewState>().sidebar).toBeNull();
    expect((await get(`${preview.url}/frame/sidebar`)).status).toBe(404);
  });

  test('google.script.run answers getSidebarState with the athletes, user object passed on', async () => {
    const { call } = bridge(preview);
    const outcome = await call('getSidebarState');
    if (!outcome.ok) throw new Error(String((outcome.error as Error).message));
    expect(outcome.user).toBe('tag');
    const state = outcome.value as { athletes: { name: string }[]; log: { sheet: string } };
    expect(state.log.sheet).toBe('Log');
    const names = new Set(
      csvRows
        .slice(1)
        .map((r) => r[1])
        .filter((n) => n && n !== 'Athlete'),
    );
    expect(state.athletes.map((a) => a.name).sort()).toEqual([...names].sort());
    // The sheet's row numbers are the file's lines: the CLI names the same row for the same file.
    const problems = (outcome.value as { problems: { line: number; message: string }[] }).problems;
    const cli = runJson([path.relative(ROOT, SAMPLE_LOG)]).problems;
    expect(problems).toEqual(cli);
  });

  test('a Date, a function or a DOM node in the arguments fails before reaching the server', async () => {
    const { call, sent } = bridge(preview);
    const date = await call('getSidebarState', new Date(NOW));
    expect(errorMessage(date)).toMatch(/^Failed due to illegal value in property: 0\b/);
    expect(date.user).toBe('tag');
    const nested = await call('saveTargets', [{ exercise: 'Front squat', since: new Date() }]);
    expect(errorMessage(nested)).toContain('property: 0.0.since');
    expect(errorMessage(await call('getSidebarState', 'ok', () => 1))).toContain('property: 1');
    const node = { nodeType: 1, nodeName: 'DIV' };
    expect(errorMessage(await call('getSidebarState', node))).toContain('DOM element');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(errorMessage(await call('getSidebarState', loop))).toContain('circular reference');
    expect(sent).toEqual([]);
  });

  test('a Date in a return value makes the call fail, as Apps Script documents', async () => {
    const context = preview.emulator.context!;
    vm.runInContext(
      'function previewDatedReply() { return { athletes: [{ name: "Maya", since: new Date() }] }; }',
      context,
    );
    const { call } = bridge(preview);
    const message = errorMessage(await call('previewDatedReply'));
    expect(message).toContain('returned a Date');
    expect(message).toContain('athletes.0.since');
  });

  test('server errors and unknown or private functions reach the failure handler', async () => {
    const { call } = bridge(preview);
    expect(errorMessage(await call('noSuchEndpoint'))).toBe(
      'Script function not found: noSuchEndpoint',
    );
    vm.runInContext('function helper_() { return 1; }', preview.emulator.context!);
    expect(errorMessage(await call('helper_'))).toBe('Script function not found: helper_');
    vm.runInContext(
      'function previewThrows() { throw new Error("The log has no Date column."); }',
      preview.emulator.context!,
    );
    expect(errorMessage(await call('previewThrows'))).toBe('The log has no Date column.');
  });

  test('the server gets a JSON copy: undefined in arrays becomes null, undefined fields go', async () => {
    vm.runInContext('function previewEcho(a) { return a; }', preview.emulator.context!);
    const { call } = bridge(preview);
    const outcome = await call('previewEcho', { list: [1, undefined, 'x'], gone: undefined });
    expect(outcome).toMatchObject({ ok: true, value: { list: [1, null, 'x'] } });
    expect(Object.keys((outcome as { value: object }).value)).toEqual(['list']);
  });

  test('bad requests get a plain message', async () => {
    const bad = await request(`${preview.url}/api/run`, 'POST', '{not json');
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toBe(
      'The request body is not valid JSON.',
    );
    expect((await post(`${preview.url}/api/run`, { name: 'x', args: 'y' })).status).toBe(400);
    expect((await get(`${preview.url}/nowhere`)).status).toBe(404);
    const missing = await get(`${preview.url}/api/sheet?name=Nope`);
    expect(missing.status).toBe(500);
    expect(missing.json<{ error: { message: string } }>().error.message).toBe(
      'There is no sheet named "Nope".',
    );
  });
});

describe('changing the workbook through the preview', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, now: NOW });
  });
  afterAll(() => preview.close());

  const grid = async (sheet = 'Log') =>
    (await get(`${preview.url}/api/sheet?name=${sheet}`)).json<GridJson>();
  const state = async () => (await get(`${preview.url}/api/state`)).json<PreviewState>();

  test('editing a cell recalculates a formula that reads it', async () => {
    const before = (await state()).revision;
    const typed = (
      await post(`${preview.url}/api/edit`, { a1: 'Log!K2', input: '=E1RM(F2, E2)' })
    ).json<CallAnswer>();
    expect(typed).toMatchObject({ ok: true, wrote: true });
    expect(typed.revision).toBeGreaterThan(before);
    expect(preview.emulator.get('Log!K2')).toBeCloseTo(40 * (1 + 5 / 30), 10);
    const edited = (
      await post(`${preview.url}/api/edit`, { a1: 'Log!F2', input: '60' })
    ).json<CallAnswer>();
    expect(edited.revision).toBeGreaterThan(typed.revision);
    const after = await grid();
    expect(after.rows[1]![10]).toMatchObject({ t: '70', input: '=E1RM(F2, E2)', align: 'right' });
    expect(after.rows[1]![5]!.t).toBe('60');
  });

  test('an edit the sheet refuses comes back as a plain error', async () => {
    const answer = (
      await post(`${preview.url}/api/edit`, { a1: 'Nowhere!A1', input: '1' })
    ).json<CallAnswer>();
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toContain('Nowhere');
  });

  test('Apply highlights from the menu colours rows, alerts, and moves the revision', async () => {
    const before = (await state()).revision;
    const answer = (
      await post(`${preview.url}/api/menu`, { functionName: 'menuApplyHighlights' })
    ).json<CallAnswer>();
    expect(answer).toMatchObject({ ok: true, wrote: true });
    const now = await state();
    expect(now.revision).toBeGreaterThan(before);
    expect(now.alerts).toHaveLength(1);
    expect(now.alerts[0]!.title).toBe('Strong Enough');
    expect(now.sheets).toContain('Targets');

    const { call } = bridge(preview);
    const sidebar = await call('getSidebarState');
    const colors = (sidebar as { value: { settings: { colors: Record<string, string> } } }).value
      .settings.colors;
    const log = await grid();
    const header = log.rows[0]!.map((c) => c.t);
    const status = header.indexOf('Status');
    expect(status).toBeGreaterThan(0);
    // A lift's first session ("New best: first session, …") is its baseline and stays uncoloured.
    const baseline = (row: (typeof log.rows)[number]) =>
      row[status]!.t.startsWith('New best: first session');
    const coloured = (prefix: string) =>
      log.rows
        .filter((row) => row[status]!.t.startsWith(prefix) && !baseline(row))
        .map((row) => row[0]!.bg);
    expect(new Set(log.rows.filter(baseline).map((row) => row[0]!.bg ?? '#ffffff'))).toEqual(
      new Set(['#ffffff']),
    );
    for (const [prefix, color] of [
      ['Stale', colors.stale],
      ['Target reached', colors.targetReached],
      ['New best', colors.newBest],
    ] as const) {
      const backgrounds = coloured(prefix);
      expect(backgrounds.length).toBeGreaterThan(0);
      expect(new Set(backgrounds)).toEqual(new Set([color]));
    }

    await post(`${preview.url}/api/alerts/dismiss`, { id: now.alerts[0]!.id });
    expect((await state()).alerts).toEqual([]);
  });

  test('a read through the bridge leaves the revision; a write moves it', async () => {
    const { call } = bridge(preview);
    const before = (await state()).revision;
    await call('getSidebarState');
    expect((await state()).revision).toBe(before);
    const removed = await call('removeHighlights');
    expect(removed.ok).toBe(true);
    expect((await state()).revision).toBeGreaterThan(before);
    const header = (await grid()).rows[0]!.map((c) => c.t);
    expect(header).not.toContain('Status');
  });

  test('the import dialog opens with its size and the shim', async () => {
    await post(`${preview.url}/api/menu`, { functionName: 'showImportDialog' });
    const { dialog } = await state();
    expect(dialog).toMatchObject({ title: 'Import workout CSV', width: 640, height: 560 });
    const html = (await get(`${preview.url}/frame/dialog`)).text;
    expect(html).toContain('<script data-preview-shim>');
  });
});

describe('stopping', () => {
  test('close() frees the port', async () => {
    const preview = await startPreview({ port: 0, now: NOW, logCsvPath: null });
    const port = Number(new URL(preview.url).port);
    expect((await get(`${preview.url}/api/state`)).status).toBe(200);
    await preview.close();
    await expect(get(`${preview.url}/api/state`)).rejects.toThrow();
    const other = net.createServer();
    await new Promise<void>((resolve, reject) => {
      other.once('error', reject);
      other.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });
});
