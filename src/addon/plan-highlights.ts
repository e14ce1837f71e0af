/**
 * Live highlights, decided without touching Sheets: given what the shell read, which status formula
 * to write, which conditional-format rules to keep and add, and what to record so Remove can take
 * away exactly what Apply added.
 */

import { DEFAULT_KEEP_SHARE, DEFAULT_LAYOFF_WEEKS } from '../core/season';
import { columnLetter, columnNumber, openRows, sheetReference } from './a1';
import type { HighlightColors, Settings } from './api-types';

export const TARGETS_SHEET = 'Targets';
/**
 * The coach's season plan (athlete, from, to, phase, goal race, race date) sits on the Targets
 * sheet from column D, so every action reads it with the targets in one call.
 */
export const SEASON_FIRST_COLUMN = 4;
const SEASON_COLUMNS = 'D1:I';
/** The protection's description doubles as its tag: Remove deletes only protections with it. */
export const PROTECTION_DESCRIPTION =
  'Strong Enough status column: one formula fills it, typing here breaks the highlights';
/**
 * Conditional-format rules carry no id, so ours say who made them inside their formula. The extra
 * condition is always true; it only makes our rules recognisable (and explains them to a coach who
 * opens the rules panel).
 */
export const RULE_TAG = '"Strong Enough highlight"<>""';

export interface RuleSpec {
  /** A1 range on the log sheet, e.g. "A2:I" (open-ended so new rows are covered). */
  readonly range: string;
  readonly formula: string;
  readonly background: string;
}

/**
 * What Apply added to one log sheet. The sheet itself is the truth (our tagged rules say where the
 * status column is); this copy in document properties, keyed by sheet name, lets the sidebar and
 * the import know without reading the sheet's rules.
 */
export interface HighlightRecord {
  readonly version: 1;
  readonly sheet: string;
  /** 1-based column of the status formula, and the header row it sits in. */
  readonly column: number;
  readonly headerRow: number;
  readonly formula: string;
  readonly rules: readonly RuleSpec[];
}

export interface StatusFormulaInput {
  readonly sheet: string;
  readonly headerRow: number;
  /** Columns of the log table (1..logWidth); the status column comes after them. */
  readonly logWidth: number;
  readonly settings: Pick<Settings, 'sessionsBeforeStale' | 'formula' | 'unit' | 'bodyweight'> &
    Partial<Pick<Settings, 'columns' | 'layoffWeeks' | 'keepShare'>>;
}

/** Text in a formula's string literal: inner quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The coach's column choices as STRENGTH_STATUS's `columns` text ("exercise=Lift; load=Kg"), or
 * null when there are none (the formula then relies on the detected headers).
 */
export function columnsText(columns: Settings['columns'] | undefined): string | null {
  const pairs = Object.entries(columns ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return pairs.length === 0 ? null : pairs.map(([role, label]) => `${role}=${label}`).join('; ');
}

/**
 * =STRENGTH_STATUS('Log'!A1:H,Targets!A1:B,3,"epley","kg",[bodyweights],[columns],Targets!D1:I
 * [,layoff weeks,keep share]) — one formula whose result is the header "Status" and one status per
 * log row; open-ended ranges keep new rows covered. The block and keep settings are written only
 * when the coach changed them.
 */
export function statusFormula(input: StatusFormulaInput): string {
  const { sheet, headerRow, logWidth, settings } = input;
  const log = `${sheetReference(sheet)}!${openRows(1, logWidth, headerRow)}`;
  const targets = `${sheetReference(TARGETS_SHEET)}!A1:B`;
  const args = [
    log,
    targets,
    String(settings.sessionsBeforeStale),
    `"${settings.formula}"`,
    `"${settings.unit}"`,
  ];
  const bw = settings.bodyweight;
  if (bw.kind === 'roster') args.push(`${sheetReference(bw.sheet)}!A1:D`);
  if (bw.kind === 'value') args.push(String(bw.value));
  // Only when the coach chose columns in settings: the detected headers need no argument.
  if (bw.kind === 'column') args.push('""');
  const columns = columnsText(settings.columns);
  args.push(columns === null ? '""' : quoted(columns));
  args.push(`${sheetReference(TARGETS_SHEET)}!${SEASON_COLUMNS}`);
  const layoff = settings.layoffWeeks ?? DEFAULT_LAYOFF_WEEKS;
  const keep = settings.keepShare ?? DEFAULT_KEEP_SHARE;
  if (layoff !== DEFAULT_LAYOFF_WEEKS || keep !== DEFAULT_KEEP_SHARE) {
    args.push(String(layoff), String(keep));
  }
  return `=STRENGTH_STATUS(${args.join(',')})`;
}

/**
 * The status texts each rule keys on, in the priority the statuses have. A lift slipping in a
 * maintenance phase is a warning like a stale one: the same rule and colour (so still three rules).
 */
const KEYED: readonly {
  readonly texts: readonly string[];
  readonly color: keyof HighlightColors;
}[] = [
  { texts: ['Stale', 'Slipping'], color: 'stale' },
  { texts: ['Target reached'], color: 'targetReached' },
  { texts: ['New best'], color: 'newBest' },
];

/** Our three rules over the log rows (below the header), keyed on the status column's text. */
export function highlightRules(
  headerRow: number,
  column: number,
  colors: HighlightColors,
): RuleSpec[] {
  const firstRow = headerRow + 1;
  const cell = `$${columnLetter(column)}${firstRow}`;
  const range = openRows(1, column, firstRow);
  return KEYED.map(({ texts, color }) => {
    const tests = texts.map((text) => `LEFT(${cell},${text.length})="${text}"`);
    const match = tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
    return { range, formula: `=AND(${match},${RULE_TAG})`, background: colors[color] };
  });
}

/** Formula text compared the way Sheets may hand it back: case and spaces outside quotes ignored. */
export function normaliseFormula(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\s+/g, '').toUpperCase() : part))
    .join('"');
}

const TAG = normaliseFormula(RULE_TAG);

/** Is this conditional-format formula one of ours? */
export function isOurRuleFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && normaliseFormula(formula).includes(TAG);
}

/** The rules as the shell reads them: the custom formula (null for other kinds) and the ranges. */
export interface RuleView {
  readonly formula: string | null;
  readonly background: string | null;
}

/** Where our status formula sits, read back from our own rules' formulas ("LEFT($G2,5)…"). */
export interface StatusCell {
  readonly column: number;
  readonly headerRow: number;
}

export function statusCellOf(rules: readonly RuleView[]): StatusCell | null {
  for (const rule of rules) {
    if (!isOurRuleFormula(rule.formula)) continue;
    const m = /LEFT\(\$?([A-Z]+)\$?(\d+),/i.exec(rule.formula ?? '');
    if (m) return { column: columnNumber(m[1] ?? 'A'), headerRow: Number(m[2]) - 1 };
  }
  return null;
}

export interface ApplyInput extends StatusFormulaInput {
  readonly colors: HighlightColors;
  /** Width of the sheet's data (includes our status column when it is there). */
  readonly dataWidth: number;
  /** Where our rules say the status formula is (statusCellOf), or null. */
  readonly existing: StatusCell | null;
  /** The formula now in that cell (read only when there is one). */
  readonly existingCellFormula: string | null;
  readonly rules: readonly RuleView[];
  readonly protected: boolean;
}

export interface ApplyPlan {
  readonly record: HighlightRecord;
  /** Null when the status cell already holds the formula. */
  readonly writeFormula: string | null;
  /** The full rule list to set (the coach's first, in order, then ours), or null when unchanged. */
  readonly rules: readonly (number | RuleSpec)[] | null;
  readonly protect: boolean;
  /** True when nothing at all needs writing: applying twice changes nothing. */
  readonly unchanged: boolean;
}

/** Is our status formula still where our rules say (and the header where the log's is)? */
export function isStatusFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && normaliseFormula(formula).startsWith('=STRENGTH_STATUS(');
}

function stillOurs(input: ApplyInput): boolean {
  return (
    input.existing !== null &&
    input.existing.headerRow === input.headerRow &&
    isStatusFormula(input.existingCellFormula)
  );
}

/**
 * The status column goes in the first free column beside the log, or stays where Apply put it
 * before. Rules are given as indices into the current list (kept) or specs (added).
 */
export function planApply(input: ApplyInput): ApplyPlan {
  const ours = stillOurs(input);
  const column = ours && input.existing ? input.existing.column : input.dataWidth + 1;
  const logWidth = ours ? column - 1 : input.dataWidth;
  const formula = statusFormula({ ...input, logWidth });
  const wanted = highlightRules(input.headerRow, column, input.colors);
  const record: HighlightRecord = {
    version: 1,
    sheet: input.sheet,
    column,
    headerRow: input.headerRow,
    formula,
    rules: wanted,
  };
  const writeFormula =
    ours && normaliseFormula(input.existingCellFormula ?? '') === normaliseFormula(formula)
      ? null
      : formula;

  const kept: number[] = [];
  const existingOurs: RuleView[] = [];
  input.rules.forEach((rule, i) => {
    if (isOurRuleFormula(rule.formula)) existingOurs.push(rule);
    else kept.push(i);
  });
  const rulesMatch =
    existingOurs.length === wanted.length &&
    wanted.every((w, i) => sameRule(existingOurs[i], w)) &&
    // ours sit after the coach's rules; if the coach moved one of theirs below ours, leave it be
    input.rules.slice(kept.length).every((r) => isOurRuleFormula(r.formula));
  const rules = rulesMatch ? null : [...kept, ...wanted];
  const protect = !input.protected;
  return {
    record,
    writeFormula,
    rules,
    protect,
    unchanged: writeFormula === null && rules === null && !protect,
  };
}

function sameRule(view: RuleView | undefined, spec: RuleSpec): boolean {
  return (
    view !== undefined &&
    normaliseFormula(view.formula ?? '') === normaliseFormula(spec.formula) &&
    (view.background ?? '').toLowerCase() === spec.background.toLowerCase()
  );
}

/** Which rules Remove keeps: every rule that is not ours, in order. */
export function rulesToKeep(rules: readonly RuleView[]): number[] {
  return rules.flatMap((r, i) => (isOurRuleFormula(r.formula) ? [] : [i]));
}
