/**
 * `npm run analyze -- FILE [--json] [--unit kg|lb] [--bodyweight N] [--athlete NAME]
 * [--time-zone ZONE] [--formula NAME] [--sessions N]`: the add-on's core on a CSV outside
 * Sheets — our log layout, or a Strong or Hevy export. `runAnalyze` is the whole command as a
 * function of its arguments and I/O, so tests call it directly; the process wiring is at the end.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { type AnalyzeOptions, analyzeLog } from '../src/core/analyze';
import { dependsOnTimeZone, isTimeZone } from '../src/core/dates';
import { parseCsv } from '../src/core/import/csv';
import { detectLogHeader, type LogRows } from '../src/core/log';
import type { Analysis } from '../src/core/model';
import { isInvalid } from '../src/core/result';
import { readSeasonPlan, type SeasonPlan } from '../src/core/season';
import { defaultTargets } from '../src/core/targets';
import type { CellValue } from '../src/core/values';
import { type AnalyzeArgs, parseArgs, USAGE } from './cli/args';
import { readable, toJson, unitLine } from './cli/output';
import { type LogTable, readTable } from './cli/table';

export interface AnalyzeIo {
  /** The file's text; throws (like fs.readFileSync) when it cannot be read. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The zone days are grouped in when --time-zone is not given (default: this machine's). */
  readonly defaultTimeZone?: () => string;
}

const machineTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Does any date cell of the log name an instant, the only dates whose day depends on the zone
 * (dependsOnTimeZone)? Cells before the header and outside the date column are no dates.
 */
function anyInstant(rows: LogRows): boolean {
  const header = detectLogHeader(rows);
  if (isInvalid(header) || header.columns.date === undefined) return false;
  const date = header.columns.date;
  const seen = new Set<CellValue>();
  let last: CellValue = '';
  for (let i = header.row + 1; i < rows.length; i++) {
    const cell = rows.row(i)[date] as CellValue;
    // A session's rows repeat its date: most cells are the one above.
    if (cell === last || seen.has(cell)) continue;
    last = cell;
    if (dependsOnTimeZone(cell)) return true;
    seen.add(cell);
  }
  return false;
}

/** Why a file could not be read, in plain words (never the stack). */
function readFailure(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return `${file}: no such file.`;
  if (code === 'EISDIR') return `${file}: is a folder, not a CSV file.`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: not allowed to read this file.`;
  return `${file}: could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

/**
 * A file's text as `readFileSync(path, 'utf8')` gives it. Most logs are plain ASCII, where each
 * byte is its character: Node's UTF-8 decoding of a 5 MB file costs several times reading it.
 */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Is every table row on its own file line (values[i] on line i + 1), as in a file without quotes? */
function rowPerLine(table: LogTable): boolean {
  const { lines } = table;
  for (let i = 0; i < lines.length; i++) if (lines[i] !== i + 1) return false;
  return true;
}

/** Are the rows in file order already? */
function inLineOrder(rows: readonly { readonly line: number }[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i - 1] as { line: number }).line > (rows[i] as { line: number }).line) return false;
  }
  return true;
}

/** The file line of a table row; the core numbers rows 1, 2, … from the table's first row. */
function fileLines(analysis: Analysis, table: LogTable): Analysis {
  // Our log layout without quotes: a row's line is its number already, in file order (as below
  // would leave them), so the 100,000 rows of a big log need no copy.
  if (rowPerLine(table) && inLineOrder(analysis.rows)) return analysis;
  const lineOf = (line: number): number => table.lines[line - 1] ?? line;
  return {
    ...analysis,
    // File order: an export's sets reach the core in calendar order (Hevy lists newest first).
    rows: analysis.rows
      .map((r) => ({ line: lineOf(r.line), status: r.status }))
      .sort((a, b) => a.line - b.line),
    problems: analysis.problems.map((p) => ({ line: lineOf(p.line), message: p.message })),
  };
}

/** The season plan CSV, or why it cannot be used (every bad row is named: a plan is short). */
function readSeasonFile(file: string, io: AnalyzeIo, timeZone: string): SeasonPlan | string {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return `--season ${readFailure(file, error)}`;
  }
  const csv = parseCsv(text);
  if ('message' in csv) return `--season ${file}: ${csv.message}`;
  const { plan, problems } = readSeasonPlan(
    csv.rows.map((r) => [...r.fields]),
    timeZone,
  );
  if (problems.length > 0) return `--season ${file}: ${problems.join('; ')}.`;
  return plan;
}

function analyze(args: AnalyzeArgs, io: AnalyzeIo): number {
  if (args.timeZone !== null && !isTimeZone(args.timeZone)) {
    io.stderr(`--time-zone "${args.timeZone}" is not a time zone (e.g. Europe/London).\n`);
    return 1;
  }
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    io.stderr(`${readFailure(args.file, error)}\n`);
    return 1;
  }
  const table = readTable(text, { fileName: args.file, unit: args.unit, athlete: args.athlete });
  if (typeof table === 'string') {
    io.stderr(`${args.file}: ${table}\n`);
    return 1;
  }

  // The machine's zone only when a day depends on it: finding it starts the Intl library, which
  // costs more than reading a 100,000-row log's dates. Any other zone gives the same analysis.
  const timeZone =
    args.timeZone ??
    (args.season !== null || anyInstant(table.rows)
      ? (io.defaultTimeZone ?? machineTimeZone)()
      : 'UTC');
  if (!isTimeZone(timeZone)) {
    io.stderr(`--time-zone "${timeZone}" is not a time zone (e.g. Europe/London).\n`);
    return 1;
  }

  let season: SeasonPlan | undefined;
  if (args.season !== null) {
    const plan = readSeasonFile(args.season, io, timeZone);
    if (typeof plan === 'string') {
      io.stderr(`${plan}\n`);
      return 1;
    }
    season = plan;
  }

  const options: AnalyzeOptions = {
    unit: table.unit,
    timeZone,
    formula: args.formula,
    targets: defaultTargets(),
    sessionsBeforeStale: args.sessions,
    layoffWeeks: args.layoffWeeks,
    keepShare: args.keepShare,
    ...(season === undefined ? {} : { season }),
    ...(args.asOf === null ? {} : { asOf: args.asOf }),
    ...(args.bodyweight
      ? {
          bodyweight: {
            kind: 'value' as const,
            value: args.bodyweight.value,
            unit: args.bodyweight.unit ?? table.unit,
          },
        }
      : {}),
    ...(table.defaultAthlete !== null ? { defaultAthlete: table.defaultAthlete } : {}),
  };
  const result = analyzeLog(table.rows, options);
  if (isInvalid(result)) {
    io.stderr(`${args.file}: ${result.invalid}.\n`);
    return 1;
  }
  const analysis = fileLines(result, table);
  const file = { format: table.file, unit: table.unitDecision };
  if (args.json) {
    // Notes go to stderr so stdout stays one JSON document; the unit decision is in it too.
    for (const note of table.notes) io.stderr(`${note}\n`);
    if (table.unitDecision.decidedBy === 'undecided') io.stderr(`${unitLine(file.unit)}\n`);
    io.stdout(`${JSON.stringify(toJson(analysis, file), null, 2)}\n`);
  } else {
    io.stdout(readable(analysis, { notes: table.notes, file }));
  }
  return 0;
}

/** The whole command: arguments and I/O in, exit code out. Never throws for bad input. */
export function runAnalyze(argv: readonly string[], io: AnalyzeIo): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.stderr(`${args.message}\n\n${USAGE}`);
    return 1;
  }
  try {
    return analyze(args, io);
  } catch (error) {
    // A bug, not bad input: still one line, not a stack trace.
    io.stderr(
      `Could not analyze ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

/** The process: its arguments, the real files, stdout and stderr, the exit code. */
export function main(): void {
  process.exitCode = runAnalyze(process.argv.slice(2), {
    readFile: readText,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

// Run directly (tsx, or the built dist-cli/analyze.cjs); scripts/cli-bundle.cjs calls main itself.
if (require.main === module) main();
