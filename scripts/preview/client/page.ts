/**
 * The preview page: a Sheets-like window (menu bar, formula bar, grid, sheet tabs) drawn from the
 * preview server's JSON, with the add-on's sidebar and dialogs in iframes and its alerts as modals.
 * Plain DOM on purpose: the page only mirrors the server, every change goes through the server.
 */
import type { GridCell, GridJson } from '../grid';
import type { CallAnswer, MenuJson, PreviewState } from '../session';
import { chartSvg } from './chart-svg';
import { FRAME_MESSAGE_SOURCE, type FrameMessage } from './script-run';

const ROW_HEIGHT = 21;
const EXTRA_ROWS = 20;
const MIN_COLUMNS = 12;
/** z-index room for frozen cells, one layer per column (see cellHtml). */
const FROZEN_LAYERS = 300;
const ROW_HEAD_WIDTH = 46;
/** A cell's left and right padding (3 px each, preview.css): spilled text starts inside it. */
const CELL_PADDING = 6;

let state: PreviewState | null = null;
let grid: GridJson | null = null;
let gridRevision = -1;
let shownSheet = '';
let serverActive = '';
let selected: { row: number; column: number } = { row: 1, column: 1 };
let editor: HTMLInputElement | null = null;
let busy = 0;

const $ = <T extends HTMLElement = HTMLElement>(testId: string): T => {
  const el = document.querySelector<T>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`The page has no ${testId}`);
  return el;
};

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const letters = (column: number): string => {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
};

const quoteSheet = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok)
    throw new Error(json.error?.message ?? `The preview server said ${response.status}`);
  return json;
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = $('status');
  status.textContent = text;
  status.dataset.kind = kind;
}

async function withBusy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  busy++;
  document.body.dataset.busy = 'true';
  setStatus(label);
  try {
    return await work();
  } catch (error) {
    setStatus(error instanceof Error ? error.message : String(error), 'error');
    return undefined;
  } finally {
    busy--;
    if (busy === 0) document.body.dataset.busy = 'false';
  }
}

// ---- menus ------------------------------------------------------------------------------------

function renderMenus(menus: MenuJson[]): void {
  const bar = $('menubar');
  bar.textContent = '';
  const addon = menus.filter((m) => m.addon);
  const extensions = document.createElement('div');
  extensions.className = 'menu';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-button';
  button.textContent = 'Extensions';
  button.dataset.testid = 'menu-extensions';
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  extensions.append(button);
  const drop = document.createElement('div');
  drop.className = 'dropdown';
  drop.setAttribute('role', 'menu');
  drop.hidden = true;
  for (const menu of addon) {
    const group = document.createElement('div');
    group.className = 'menu-group';
    const title = document.createElement('div');
    title.className = 'menu-group-title';
    title.dataset.testid = 'menu-addon';
    title.dataset.label = menu.title;
    title.textContent = menu.title;
    group.append(title, menuItems(menu));
    drop.append(group);
  }
  if (addon.length === 0) {
    const none = document.createElement('div');
    none.className = 'menu-empty';
    none.textContent = 'No add-on menu (onOpen did not add one)';
    drop.append(none);
  }
  extensions.append(drop);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = drop.hidden;
    closeMenus();
    drop.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
  bar.append(extensions);
  // Menus made with createMenu sit in the menu bar itself, as in Sheets.
  for (const menu of menus.filter((m) => !m.addon)) {
    const wrap = document.createElement('div');
    wrap.className = 'menu';
    const own = document.createElement('button');
    own.type = 'button';
    own.className = 'menu-button';
    own.textContent = menu.title;
    own.dataset.testid = 'menu-custom';
    own.dataset.label = menu.title;
    const list = menuItems(menu);
    list.classList.add('dropdown');
    list.hidden = true;
    own.addEventListener('click', (event) => {
      event.stopPropagation();
      const open = list.hidden;
      closeMenus();
      list.hidden = !open;
    });
    wrap.append(own, list);
    bar.append(wrap);
  }
}

function menuItems(menu: MenuJson): HTMLElement {
  const list = document.createElement('div');
  list.className = 'menu-items';
  list.setAttribute('role', 'menu');
  for (const item of menu.items) {
    if ('separator' in item) {
      const hr = document.createElement('div');
      hr.className = 'menu-separator';
      hr.setAttribute('role', 'separator');
      list.append(hr);
      continue;
    }
    const entry = document.createElement('button');
    entry.type = 'button';
    entry.className = 'menu-item';
    entry.setAttribute('role', 'menuitem');
    entry.dataset.testid = 'menu-item';
    entry.dataset.label = item.label;
    entry.dataset.function = item.functionName;
    entry.textContent = item.label;
    entry.addEventListener('click', () => {
      closeMenus();
      void runMenu(item.label, item.functionName);
    });
    list.append(entry);
  }
  return list;
}

function closeMenus(): void {
  for (const drop of document.querySelectorAll<HTMLElement>('.menubar .dropdown'))
    drop.hidden = true;
  for (const b of document.querySelectorAll('.menu-button'))
    b.setAttribute('aria-expanded', 'false');
}

async function runMenu(label: string, functionName: string): Promise<void> {
  await withBusy(`Running “${label}”…`, async () => {
    const answer = await api<CallAnswer>('/api/menu', { functionName });
    await refresh();
    if (answer.ok) setStatus(`“${label}” finished`);
    else setStatus(`“${label}” failed: ${answer.error.message}`, 'error');
  });
}

// ---- sheet tabs and grid ------------------------------------------------------------------------

function renderTabs(sheets: string[]): void {
  const tabs = $('tabs');
  tabs.textContent = '';
  for (const name of sheets) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.setAttribute('role', 'tab');
    tab.dataset.testid = 'sheet-tab';
    tab.dataset.sheet = name;
    tab.setAttribute('aria-selected', String(name === shownSheet));
    tab.textContent = name;
    tab.addEventListener('click', () => {
      void withBusy(`Opening ${name}…`, async () => {
        await api('/api/activate', { sheet: name });
        shownSheet = name;
        serverActive = name;
        selected = { row: 1, column: 1 };
        await loadGrid();
        renderTabs(sheets);
        setStatus('');
      });
    });
    tabs.append(tab);
  }
}

/** Text runs on into empty neighbours, as in Sheets, and stops at the first cell with content. */
const isBlank = (cell: GridCell | undefined): boolean =>
  (cell?.t ?? '') === '' && cell?.check === undefined;

function cellHtml(
  sheet: string,
  row: number,
  column: number,
  cell: GridCell | undefined,
  room: number,
): string {
  const bg = cell?.bg ?? '#ffffff';
  const styles: string[] = [];
  const spill = cell && cell.t !== '' && !cell.align && cell.check === undefined && room > 0;
  if (cell?.bg) styles.push(`background:${cell.bg}`);
  if (cell?.fg) styles.push(`color:${cell.fg}`);
  if (cell?.bold) styles.push('font-weight:bold');
  if (cell?.align) styles.push(`text-align:${cell.align}`);
  if (cell?.check !== undefined) styles.push('text-align:center');
  if (grid && row <= grid.frozenRows) {
    styles.push(`top:${row * ROW_HEIGHT}px`, `z-index:${100 + FROZEN_LAYERS - column}`);
  }
  const classes = `cell${grid && row <= grid.frozenRows ? ' frozen' : ''}${spill ? ' spill' : ''}`;
  const title = cell?.error ? ` title="${escapeHtml(cell.error)}"` : '';
  const text = escapeHtml(cell?.t ?? '');
  const content =
    cell?.check !== undefined
      ? `<span class="checkbox" role="checkbox" aria-checked="${cell.check}" aria-label="${text}">${cell.check ? '✓' : ''}</span>`
      : spill
        ? `<span class="spill-text" style="max-width:${room}px">${text}</span>`
        : text;
  return `<td class="${classes}" data-cell="${escapeHtml(`${sheet}!${letters(column)}${row}`)}" data-r="${row}" data-c="${column}" data-bg="${bg}"${
    cell?.check !== undefined ? ` data-checked="${cell.check}"` : ''
  }${title}${styles.length > 0 ? ` style="${styles.join(';')}"` : ''}>${content}</td>`;
}

/** Pixels from the grid's top-left corner to a cell's top-left corner (row/column headers included). */
function cellOrigin(widths: readonly number[], row: number, column: number): [number, number] {
  let left = ROW_HEAD_WIDTH;
  for (let c = 1; c < column; c++) left += widths[c - 1] ?? 100;
  return [left, row * ROW_HEIGHT];
}

function renderGrid(): void {
  if (!grid) return;
  const g = grid;
  // Room for every chart: Sheets floats them over the cells, so the grid reaches at least their bottom.
  const chartRows = g.charts.map((c) => c.row + Math.ceil((c.offsetY + c.height) / ROW_HEIGHT));
  // Blank rows to type in after the real end.
  const rows = Math.min(
    g.maxRows,
    Math.max(Math.max(g.contentRows, g.frozenRows) + EXTRA_ROWS, ...chartRows),
  );
  // Rows outside the window are one spacer each run (the page asks for them when scrolled near).
  const windowEnd = g.firstRow + g.rows.length - 1;
  const drawn = (r: number): boolean =>
    r <= g.frozenRows ||
    (r >= g.firstRow && r <= windowEnd) ||
    (r > g.contentRows && windowEnd >= g.contentRows);
  const chartColumns = g.charts.map((c) => c.column + Math.ceil((c.offsetX + c.width) / 100));
  const columns = Math.min(
    g.maxColumns,
    Math.max(g.contentColumns + 4, MIN_COLUMNS, ...chartColumns),
  );
  const widths = Array.from({ length: columns }, (_, i) => g.widths[i] ?? 100);
  const parts: string[] = [
    `<table class="grid-table" style="width:${ROW_HEAD_WIDTH + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:${ROW_HEAD_WIDTH}px">`,
    ...widths.map((w) => `<col style="width:${w}px">`),
    '</colgroup><thead><tr><th class="corner"></th>',
    ...widths.map((_, i) => `<th class="colhead" data-c="${i + 1}">${letters(i + 1)}</th>`),
    '</tr></thead><tbody>',
  ];
  for (let r = 1; r <= rows; r++) {
    if (!drawn(r)) {
      let skip = 1;
      while (r + skip <= rows && !drawn(r + skip)) skip++;
      parts.push(
        `<tr class="spacer" aria-hidden="true" style="height:${skip * ROW_HEIGHT}px"><td colspan="${columns + 1}"></td></tr>`,
      );
      r += skip - 1;
      continue;
    }
    const line = rowAt(r);
    const frozen = r <= g.frozenRows;
    parts.push(
      `<tr${frozen ? ` class="frozen-row${r === g.frozenRows ? ' frozen-last' : ''}"` : ''}><th class="rowhead${frozen ? ' frozen' : ''}"${
        frozen ? ` style="top:${r * ROW_HEIGHT}px"` : ''
      } data-r="${r}">${r}</th>`,
    );
    for (let c = 1; c <= columns; c++) {
      let room = 0;
      if (isBlank(line?.[c]) && c < columns) {
        room = (widths[c - 1] ?? 100) - CELL_PADDING;
        for (let k = c + 1; k <= columns && isBlank(line?.[k - 1]); k++)
          room += widths[k - 1] ?? 100;
      }
      parts.push(cellHtml(g.sheet, r, c, line?.[c - 1], room));
    }
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');
  for (const chart of g.charts) {
    const [left, top] = cellOrigin(widths, chart.row, chart.column);
    parts.push(
      `<div class="chart" data-testid="chart" data-chart-id="${chart.id}" data-title="${escapeHtml(chart.title)}" style="left:${left + chart.offsetX}px;top:${top + chart.offsetY}px;width:${chart.width}px;height:${chart.height}px">${chartSvg(chart)}</div>`,
    );
  }
  const host = $('grid');
  host.dataset.sheet = g.sheet;
  host.dataset.revision = String(gridRevision);
  host.dataset.frozenRows = String(g.frozenRows);
  $('grid-table-host').innerHTML = parts.join('');
  const note = $('grid-note');
  note.textContent = g.note ?? '';
  note.hidden = g.note === null;
  markSelection();
}

/** Rows fetched around the coach's scroll position: a window starts this far above it. */
const WINDOW_LEAD = 300;
/** Scrolling within this many rows of the window's edge fetches the next window. */
const WINDOW_MARGIN = 100;

async function loadGrid(from = grid?.sheet === shownSheet ? (grid?.firstRow ?? 1) : 1) {
  if (!shownSheet) return;
  const revision = state?.revision ?? 0;
  grid = await api<GridJson>(
    `/api/sheet?name=${encodeURIComponent(shownSheet)}&from=${Math.max(1, Math.floor(from))}`,
  );
  gridRevision = revision;
  renderGrid();
}

/** A sheet row's cells, from the window or the frozen head; undefined outside the window. */
function rowAt(row: number): GridCell[] | undefined {
  if (!grid) return undefined;
  if (row <= grid.frozenRows && row < grid.firstRow) return grid.head[row - 1];
  return grid.rows[row - grid.firstRow];
}

function cellAt(row: number, column: number): GridCell | undefined {
  return rowAt(row)?.[column - 1];
}

let windowLoading = false;

/** Fetches the rows around the scroll position when it nears the window's edge (long sheets). */
function followScroll(): void {
  const g = grid;
  if (!g || windowLoading || g.rows.length >= g.contentRows) return;
  const host = $('grid');
  const top = Math.floor(host.scrollTop / ROW_HEIGHT) + 1;
  const bottom = top + Math.ceil(host.clientHeight / ROW_HEIGHT);
  const windowEnd = g.firstRow + g.rows.length - 1;
  const nearTop = g.firstRow > 1 && top < g.firstRow + WINDOW_MARGIN;
  const nearEnd = windowEnd < g.contentRows && bottom > windowEnd - WINDOW_MARGIN;
  if (!nearTop && !nearEnd) return;
  windowLoading = true;
  void loadGrid(Math.max(1, top - WINDOW_LEAD)).finally(() => {
    windowLoading = false;
  });
}

function markSelection(): void {
  for (const old of document.querySelectorAll('td.selected')) old.classList.remove('selected');
  const td = document.querySelector<HTMLElement>(
    `td[data-r="${selected.row}"][data-c="${selected.column}"]`,
  );
  td?.classList.add('selected');
  const address = `${letters(selected.column)}${selected.row}`;
  $('name-box').textContent = address;
  const cell = cellAt(selected.row, selected.column);
  $('formula-bar').textContent = cell?.input ?? cell?.t ?? '';
  showAllowAccess(td, cell);
}

/** Sheets' message on an IMPORTRANGE cell whose file is not connected yet. */
const CONNECT_MESSAGE = 'You need to connect these sheets.';

/**
 * Sheets' popup on a selected #REF! cell of an IMPORTRANGE not yet allowed: the message and an
 * "Allow access" button (https://support.google.com/docs/answer/3093340).
 */
function showAllowAccess(td: HTMLElement | null, cell: GridCell | undefined): void {
  const popup = $('allow-access-popup');
  if (!td || cell?.error !== CONNECT_MESSAGE) {
    popup.hidden = true;
    return;
  }
  const host = $('grid');
  const box = td.getBoundingClientRect();
  const origin = host.getBoundingClientRect();
  popup.style.left = `${box.left - origin.left + host.scrollLeft}px`;
  popup.style.top = `${box.bottom - origin.top + host.scrollTop + 2}px`;
  popup.dataset.target = td.dataset.cell ?? '';
  popup.hidden = false;
}

async function allowAccess(): Promise<void> {
  const target = $('allow-access-popup').dataset.target ?? '';
  await withBusy('Allowing access…', async () => {
    const answer = await api<CallAnswer>('/api/allow', { a1: target });
    await refresh();
    if (answer.ok) setStatus('');
    else setStatus(answer.error.message, 'error');
  });
}

function select(row: number, column: number): void {
  if (!grid) return;
  selected = {
    row: Math.max(1, Math.min(grid.maxRows, row)),
    column: Math.max(1, Math.min(grid.maxColumns, column)),
  };
  markSelection();
  const td = document.querySelector(`td[data-r="${selected.row}"][data-c="${selected.column}"]`);
  if (td) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  // Outside the window: scroll there, and the window follows.
  else $('grid').scrollTop = Math.max(0, (selected.row - 3) * ROW_HEIGHT);
}

function startEditing(initial?: string): void {
  const td = document.querySelector<HTMLElement>(
    `td[data-r="${selected.row}"][data-c="${selected.column}"]`,
  );
  if (!td || !grid) return;
  stopEditing();
  const cell = cellAt(selected.row, selected.column);
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.dataset.testid = 'cell-editor';
  input.dataset.cell = td.dataset.cell ?? '';
  input.setAttribute('aria-label', `Edit ${td.dataset.cell ?? ''}`);
  input.value = initial ?? cell?.input ?? cell?.t ?? '';
  const host = $('grid');
  const box = td.getBoundingClientRect();
  const origin = host.getBoundingClientRect();
  input.style.left = `${box.left - origin.left + host.scrollLeft}px`;
  input.style.top = `${box.top - origin.top + host.scrollTop}px`;
  input.style.minWidth = `${box.width}px`;
  input.style.height = `${box.height}px`;
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const move = event.key === 'Enter' ? { row: 1, column: 0 } : { row: 0, column: 1 };
      void commit(input.value, move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      stopEditing();
    }
    event.stopPropagation();
  });
  host.append(input);
  editor = input;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

function stopEditing(): void {
  editor?.remove();
  editor = null;
}

async function commit(text: string, move: { row: number; column: number }): Promise<void> {
  const target = `${quoteSheet(shownSheet)}!${letters(selected.column)}${selected.row}`;
  stopEditing();
  await withBusy(`Saving ${target}…`, async () => {
    const answer = await api<CallAnswer>('/api/edit', { a1: target, input: text });
    await refresh();
    if (answer.ok) setStatus('');
    else setStatus(answer.error.message, 'error');
  });
  select(selected.row + move.row, selected.column + move.column);
}

function wireGrid(): void {
  const host = $('grid');
  host.addEventListener('scroll', followScroll, { passive: true });
  $('allow-access').addEventListener('click', (event) => {
    event.stopPropagation();
    void allowAccess();
  });
  host.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-r]');
    if (!td || td === editor) return;
    if (editor) stopEditing();
    select(Number(td.dataset.r), Number(td.dataset.c));
  });
  host.addEventListener('dblclick', (event) => {
    if ((event.target as HTMLElement).closest('td[data-r]')) startEditing();
  });
  document.addEventListener('keydown', (event) => {
    if (editor || !grid || document.querySelector('.overlay:not([hidden])')) return;
    if (event.target instanceof HTMLElement && event.target.closest('button, input, iframe'))
      return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      select(selected.row + move[0], selected.column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void commit('', { row: 0, column: 0 });
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });
}

// ---- sidebar, dialog, alerts ------------------------------------------------------------------

function renderPanels(s: PreviewState): void {
  const sidebar = $('sidebar');
  const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
  if (s.sidebar) {
    sidebar.hidden = false;
    $('sidebar-title').textContent = s.sidebar.title || 'Sidebar';
    if (sidebarFrame.dataset.version !== String(s.sidebar.version)) {
      sidebarFrame.dataset.version = String(s.sidebar.version);
      sidebarFrame.src = `/frame/sidebar?v=${s.sidebar.version}`;
    }
  } else if (!sidebar.hidden) {
    sidebar.hidden = true;
    sidebarFrame.removeAttribute('src');
    delete sidebarFrame.dataset.version;
  }

  const dialog = $('dialog');
  const dialogFrame = $<HTMLIFrameElement>('dialog-frame');
  if (s.dialog) {
    dialog.hidden = false;
    $('dialog-title').textContent = s.dialog.title;
    dialogFrame.style.width = `${s.dialog.width ?? 600}px`;
    dialogFrame.style.height = `${s.dialog.height ?? 425}px`;
    if (dialogFrame.dataset.version !== String(s.dialog.version)) {
      dialogFrame.dataset.version = String(s.dialog.version);
      dialogFrame.src = `/frame/dialog?v=${s.dialog.version}`;
    }
  } else if (!dialog.hidden) {
    dialog.hidden = true;
    dialogFrame.removeAttribute('src');
    delete dialogFrame.dataset.version;
  }

  const alert = $('alert');
  const first = s.alerts[0];
  if (first) {
    alert.hidden = false;
    alert.dataset.alertId = String(first.id);
    $('alert-title').textContent = first.title;
    $('alert-message').textContent = first.message;
    $('alert-ok').focus();
  } else {
    alert.hidden = true;
    delete alert.dataset.alertId;
  }
}

async function closePanel(kind: 'sidebar' | 'dialog'): Promise<void> {
  await api('/api/close', { kind });
  await refresh();
}

function wirePanels(): void {
  $('sidebar-close').addEventListener('click', () => void closePanel('sidebar'));
  $('dialog-close').addEventListener('click', () => void closePanel('dialog'));
  $('alert-ok').addEventListener('click', () => {
    const id = Number($('alert').dataset.alertId);
    void withBusy('', async () => {
      await api('/api/alerts/dismiss', { id });
      await refresh();
      setStatus('');
    });
  });
  window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (event.origin !== window.location.origin || event.data?.source !== FRAME_MESSAGE_SOURCE)
      return;
    const kind =
      event.source === $<HTMLIFrameElement>('sidebar-frame').contentWindow
        ? 'sidebar'
        : event.source === $<HTMLIFrameElement>('dialog-frame').contentWindow
          ? 'dialog'
          : null;
    if (event.data.type === 'call-done') void refresh();
    else if (event.data.type === 'host-close' && kind) void closePanel(kind);
    else if (event.data.type === 'host-size' && kind === 'dialog') {
      const frame = $<HTMLIFrameElement>('dialog-frame');
      if (event.data.width) frame.style.width = `${event.data.width}px`;
      if (event.data.height) frame.style.height = `${event.data.height}px`;
    }
  });
  document.addEventListener('click', () => closeMenus());
}

// ---- the loop ---------------------------------------------------------------------------------

async function refresh(): Promise<void> {
  const next = await api<PreviewState>('/api/state');
  const sheetsChanged = state?.sheets.join('\n') !== next.sheets.join('\n');
  state = next;
  // Follow the script when it activates a sheet (as Sheets does); otherwise keep the coach's tab.
  if (next.activeSheet !== serverActive || !next.sheets.includes(shownSheet)) {
    serverActive = next.activeSheet;
    if (shownSheet !== next.activeSheet) selected = { row: 1, column: 1 };
    shownSheet = next.activeSheet;
    await loadGrid();
  } else if (next.revision !== gridRevision) {
    await loadGrid();
  }
  if (sheetsChanged || $('tabs').childElementCount !== next.sheets.length) renderTabs(next.sheets);
  else {
    for (const tab of document.querySelectorAll<HTMLElement>('[data-testid="sheet-tab"]')) {
      tab.setAttribute('aria-selected', String(tab.dataset.sheet === shownSheet));
    }
  }
  renderMenus(next.menus);
  renderPanels(next);
  $('doc-title').textContent = next.spreadsheet;
}

async function main(): Promise<void> {
  wireGrid();
  wirePanels();
  await withBusy('Loading…', async () => {
    await refresh();
    renderTabs(state?.sheets ?? []);
    setStatus('');
  });
  document.body.dataset.ready = 'true';
}

void main();
