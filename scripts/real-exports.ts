/**
 * `npm run real-exports`: reads every file of the public corpus in test/fixtures/realdata the way
 * the import and the CLI do, and writes docs/real-exports.md — per file, the app and layout
 * detected, rows read and skipped with the reasons, the share of sets whose exercise is
 * understood, and the unit with how it was decided. Rerun it after the catalogue or the
 * classifier changes; `corpusReport` is also what the corpus tests check.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeLog } from '../src/core/analyze';
import { classify } from '../src/core/classify';
import { SKIP_REASON_ONE, SKIP_REASON_TEXT, type SkipReason } from '../src/core/import';
import { parseExport } from '../src/core/import/text';
import { isInvalid } from '../src/core/result';
import { defaultTargets } from '../src/core/targets';
import { readTable } from './cli/table';

export const CORPUS = path.resolve(__dirname, '..', 'test', 'fixtures', 'realdata');
export const DOC = path.resolve(__dirname, '..', 'docs', 'real-exports.md');

/**
 * Is an exercise name understood: a catalogue exercise, or classified into a movement pattern
 * from its words (src/core/classify.ts)? The one place this report asks.
 */
export function understood(name: string): boolean {
  return classify(name).pattern !== null;
}

export interface CorpusReport {
  readonly file: string;
  /** strong, hevy, fitnotes, fitbod, log; or null when the file was refused. */
  readonly app: string | null;
  readonly label: string;
  readonly layout: string;
  /** Data rows in the file (header excepted). */
  readonly dataRows: number;
  /** Rows read as working sets (app exports) or as log rows with a status (log layout). */
  readonly read: number;
  /** Rows not read, with the reason in words. */
  readonly skipped: readonly { readonly reason: string; readonly count: number }[];
  /** Names split by an unquoted comma and joined back. */
  readonly rejoined: number;
  readonly sets: number;
  readonly understoodSets: number;
  /** The most frequent names not understood, with their set counts. */
  readonly notUnderstood: readonly { readonly name: string; readonly sets: number }[];
  readonly unit: string;
  readonly decidedBy: string;
  readonly how: string;
  /** Why the import refuses the file, when it does (the CLI may still read it as a log). */
  /** Why the import refuses the file, or its first unreadable row (the other rows are imported). */
  readonly importRefusal: string | null;
}

function countNames(names: readonly string[]): CorpusReport['notUnderstood'] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, sets]) => ({ name, sets }))
    .sort((a, b) => b.sets - a.sets || (a.name < b.name ? -1 : 1));
}

/** One corpus file read as the import and the CLI read it. */
export function corpusReport(file: string, text: string): CorpusReport {
  const table = readTable(text, { fileName: file, unit: null, athlete: null });
  if (typeof table === 'string') throw new Error(`${file}: ${table}`);
  const parsed = parseExport(text);
  const base = {
    file,
    app: table.file.app,
    label: table.file.label,
    layout: table.file.layout,
    unit: table.unitDecision.unit,
    decidedBy: table.unitDecision.decidedBy,
    how: table.unitDecision.how,
  };
  if (parsed.ok && parsed.parsed.format !== 'log') {
    const p = parsed.parsed;
    const names = p.sets.map((s) => s.exercise);
    const missed = names.filter((n) => !understood(n));
    return {
      ...base,
      dataRows: p.dataRows,
      read: p.sets.length,
      skipped: (Object.keys(SKIP_REASON_TEXT) as SkipReason[])
        .filter((r) => p.skipped[r] > 0)
        .map((r) => ({
          reason: p.skipped[r] === 1 ? SKIP_REASON_ONE[r] : SKIP_REASON_TEXT[r],
          count: p.skipped[r],
        })),
      rejoined: p.rejoined.length,
      sets: names.length,
      understoodSets: names.length - missed.length,
      notUnderstood: countNames(missed),
      importRefusal: null,
    };
  }
  // Our own log layout (or a coach's sheet): the log reader reads it row by row.
  const analysis = analyzeLog(table.values, {
    unit: table.unit,
    timeZone: 'UTC',
    formula: 'epley',
    targets: defaultTargets(),
    sessionsBeforeStale: 3,
    ...(table.defaultAthlete !== null ? { defaultAthlete: table.defaultAthlete } : {}),
  });
  if (isInvalid(analysis)) throw new Error(`${file}: ${analysis.invalid}`);
  const dataRows = table.values
    .slice(1)
    .filter((r) => r.some((c) => String(c ?? '').trim() !== '')).length;
  const exerciseColumn = (table.values[0] ?? []).findIndex((l) => /exercise/i.test(String(l)));
  const readLines = new Set(analysis.rows.map((r) => r.line));
  const names = table.values
    .slice(1)
    .filter((_, i) => readLines.has(i + 2))
    .map((r) => String(r[exerciseColumn] ?? '').trim());
  const missed = names.filter((n) => !understood(n));
  // Problems grouped by kind: the cell's text is the example, not part of the reason.
  const examples = new Map<string, string>();
  const kinds = analysis.problems.map((p) => {
    const message = p.message.replace(/^row \d+: /, '');
    const kind = message.replace(/"[^"]*"/g, '"…"');
    if (!examples.has(kind)) examples.set(kind, message);
    return kind;
  });
  const problems = countNames(kinds).map((k) => ({
    name:
      k.sets === 1
        ? (examples.get(k.name) ?? k.name)
        : `${k.name} (first: ${examples.get(k.name)})`,
    sets: k.sets,
  }));
  return {
    ...base,
    dataRows,
    read: analysis.rows.length,
    skipped: problems.map((p) => ({ reason: p.name, count: p.sets })),
    rejoined: 0,
    sets: names.length,
    understoodSets: names.length - missed.length,
    notUnderstood: countNames(missed),
    importRefusal: parsed.ok ? (parsed.parsed.bad[0]?.message ?? null) : parsed.error.message,
  };
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.csv'))
    .sort();
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function renderMarkdown(reports: readonly CorpusReport[]): string {
  const out: string[] = [
    '# Real exports: what we read in the public corpus',
    '',
    '<!-- Generated by scripts/real-exports.ts (npm run real-exports); do not edit by hand. -->',
    '',
    'Every file in `test/fixtures/realdata` (sources in its README), read the way the import and',
    '`npm run analyze` read it. "Understood" counts the working sets whose exercise name the',
    'catalogue knows (an alias) or the classifier places in a movement pattern from its words (see',
    '[exercises.md](exercises.md)). Regenerate with `npm run real-exports` after the catalogue or',
    'the exercise classifier changes.',
    '',
    '| file | app, layout | rows | read | skipped | understood | unit | decided by |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of reports) {
    const skipped = r.skipped.reduce((sum, s) => sum + s.count, 0);
    out.push(
      `| ${r.file} | ${cell(`${r.label}: ${r.layout}`)} | ${r.dataRows} | ${r.read} | ${skipped} | ${pct(r.understoodSets, r.sets)} | ${r.unit} | ${r.decidedBy} |`,
    );
  }
  out.push('');
  for (const r of reports) {
    out.push(`## ${r.file}`, '');
    out.push(`- **Read as**: ${r.label} — ${r.layout}.`);
    out.push(`- **Unit**: ${r.unit}, decided by ${r.decidedBy}: ${r.how}.`);
    out.push(`- **Rows**: ${r.dataRows} data rows; ${r.read} read.`);
    for (const s of r.skipped) out.push(`  - ${s.count} not read: ${s.reason}`);
    if (r.rejoined > 0) {
      out.push(
        `  - ${r.rejoined} rows had an unquoted comma inside a name, which split it over two columns; read by joining the name back.`,
      );
    }
    if (r.importRefusal)
      out.push(`- **Import**: rows left out or file refused — ${r.importRefusal}`);
    out.push(
      `- **Exercises understood**: ${r.understoodSets} of ${r.sets} sets (${pct(r.understoodSets, r.sets)}).`,
    );
    const top = r.notUnderstood.slice(0, 10);
    if (top.length > 0) {
      out.push(
        `  - Not understood (most sets first): ${top.map((n) => `${n.name} (${n.sets})`).join(', ')}${r.notUnderstood.length > top.length ? `, and ${r.notUnderstood.length - top.length} more names` : ''}.`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

if (require.main === module) {
  const reports = corpusFiles().map((f) =>
    corpusReport(f, readFileSync(path.join(CORPUS, f), 'utf8')),
  );
  writeFileSync(DOC, renderMarkdown(reports));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), DOC)} (${reports.length} files).\n`);
}
