/**
 * Custom functions benchmark: STRENGTH_STATUS through dist/ (as Apps Script runs it, in a plain V8
 * context since issue 17; figures before 2026-11-30 used Node's contextified one) on synthetic
 * logs of 1k, 10k and 100k rows, side by side with what a coach would build without us: native
 * per-row formulas (MAXIFS for the prior best, COUNTIFS for the plateau) evaluated by HyperFormula.
 * Aim (issue 4): STRENGTH_STATUS on 100k rows under 1 s here (Sheets allows 30 s per call).
 *
 *   npm run bench -- functions
 */
import { cpus } from 'node:os';
import { runInContext } from 'node:vm';
import { HyperFormula } from 'hyperformula';
import { loadDist } from '../apps-script-runtime';
import { syntheticLog } from './synthetic-log';

type Cell = string | number | boolean | Date | null | undefined;

const SIZES = [1_000, 10_000, 100_000];
/**
 * HyperFormula's per-row MAXIFS over the rows above is quadratic: 10k rows took over 3 minutes, so
 * by default only 1k rows run natively; BENCH_NATIVE_MAX_ROWS=10000 runs the larger size too.
 */
const NATIVE_MAX_ROWS = Number(process.env.BENCH_NATIVE_MAX_ROWS) || 1_000;
const MS_PER_DAY = 86_400_000;
const SHEETS_EPOCH_DAY = 25_569;
const KG_PER_LB = 0.45359237;

const now = () => performance.now();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The log as Sheets would hand it to the script: Date cells from the script's own realm. */
function inRealm(log: Cell[][], ContextDate: DateConstructor): Cell[][] {
  return log.map((row) => row.map((c) => (c instanceof Date ? new ContextDate(c.getTime()) : c)));
}

/**
 * The same log as a coach's sheet with helper columns, numbers only (native formulas cannot read
 * "100 kg" or "3x5"): A date serial, B athlete, C exercise, D load kg, E reps, then per row
 * F e1RM, G best before this day (MAXIFS), H new best?, I day of the last new best (MAXIFS),
 * J rows since it (COUNTIFS), K status. Every formula looks at the rows above, as a coach would
 * write it for a log sorted by date.
 */
function nativeSheet(log: Cell[][]): (string | number)[][] {
  const rows: (string | number)[][] = [
    [
      'Date',
      'Athlete',
      'Exercise',
      'Load',
      'Reps',
      'e1RM',
      'Prior',
      'New',
      'Last',
      'Since',
      'Status',
    ],
  ];
  log.slice(1).forEach((row, i) => {
    const r = i + 2;
    const [date, athlete, exercise, weight, reps] = row;
    const day =
      date instanceof Date ? Math.floor(date.getTime() / MS_PER_DAY) + SHEETS_EPOCH_DAY : 0;
    const text = String(weight ?? '');
    const load = text.endsWith('lb')
      ? Number.parseFloat(text) * KG_PER_LB
      : Number.parseFloat(text) || 0;
    const repsText = String(reps ?? '');
    const repCount = Number(repsText.includes('x') ? repsText.split('x')[1] : repsText) || 0;
    rows.push([
      day,
      String(athlete),
      String(exercise),
      load,
      repCount,
      `=IF(AND(E${r}>=1,E${r}<=12),D${r}*(1+E${r}/30),D${r})`,
      `=MAXIFS(F$1:F${r - 1},B$1:B${r - 1},B${r},C$1:C${r - 1},C${r},A$1:A${r - 1},"<"&A${r})`,
      `=IF(F${r}>G${r}*1.005,1,0)`,
      `=MAXIFS(A$1:A${r},B$1:B${r},B${r},C$1:C${r},C${r},H$1:H${r},1)`,
      `=COUNTIFS(B$1:B${r},B${r},C$1:C${r},C${r},A$1:A${r},">"&I${r})`,
      `=IF(J${r}>=3,"Stale",IF(H${r}=1,"New best",""))`,
    ]);
  });
  return rows;
}

interface Figure {
  readonly rows: number;
  readonly oursMs: number;
  readonly nativeMs: number | null;
  readonly statuses: number;
}

export async function measure(sizes = SIZES): Promise<Figure[]> {
  // A plain context: Node's contextified global would add ~140 ns to every global look-up.
  const context = loadDist(
    {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Europe/Oslo' }),
      },
    },
    undefined,
    { contextify: false },
  );
  const ContextDate = runInContext('Date', context) as DateConstructor;
  const strengthStatus = context.STRENGTH_STATUS as (log: unknown) => string[][];
  const figures: Figure[] = [];
  for (const rows of sizes) {
    const log = syntheticLog({ rows }) as Cell[][];
    const values = inRealm(log, ContextDate);
    strengthStatus(values); // warm-up
    const times: number[] = [];
    let out: string[][] = [];
    for (let i = 0; i < (rows >= 100_000 ? 3 : 5); i++) {
      const start = now();
      out = strengthStatus(values);
      times.push(now() - start);
    }
    if (out.length !== log.length) throw new Error(`STRENGTH_STATUS gave ${out.length} rows`);
    let nativeMs: number | null = null;
    if (rows <= NATIVE_MAX_ROWS) {
      const sheet = nativeSheet(log);
      const start = now();
      const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
      const statuses = hf.getRangeValues({
        start: { sheet: 0, col: 10, row: 1 },
        end: { sheet: 0, col: 10, row: sheet.length - 1 },
      });
      nativeMs = now() - start;
      if (statuses.length !== rows) throw new Error('HyperFormula gave the wrong number of rows');
      hf.destroy();
    }
    figures.push({
      rows,
      oursMs: median(times),
      nativeMs,
      statuses: out.filter((r) => r[0] !== '' && r[0] !== 'Status').length,
    });
  }
  return figures;
}

export async function run(): Promise<void> {
  const figures = await measure();
  console.log(
    `\nCustom functions — STRENGTH_STATUS through dist/ vs native MAXIFS/COUNTIFS in HyperFormula`,
  );
  console.log(
    `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
  );
  console.log(
    '| rows | STRENGTH_STATUS (ms) | native formulas (ms) | native ÷ ours | rows with a status |',
  );
  console.log('|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    const native = f.nativeMs === null ? 'not run' : f.nativeMs.toFixed(0);
    const ratio = f.nativeMs === null ? '—' : `${(f.nativeMs / f.oursMs).toFixed(0)}×`;
    console.log(`| ${f.rows} | ${f.oursMs.toFixed(1)} | ${native} | ${ratio} | ${f.statuses} |`);
  }
}
