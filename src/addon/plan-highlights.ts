/**
 * Live highlights, decided without touching Sheets: given what the shell read, which status formula
 * to write, which conditional-format rules to keep and add, and what to record so Remove can take
 * away exactly what Apply added.
 */
import { DEFAULT_KEEP_SHARE, DEFAULT_LAYOFF_WEEKS } from '../core/season';
import { FIRST_SESSION_PREFIX } from '../core/status';
import { columnLetter, columnNumber, formulaString, openRows, sheetReference } from './a1';
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

export interface StatusFormulaInput {
  readonly sheet: string;
  /** Our Targets sheet's name (the coach may have renamed it, or have a "Targets" of their own). */
  readonly targetsSheet?: string;
  readonly headerRow: number;
  /** Columns of the log table (1..logWidth); the status column comes after them. */
  readonly logWidth: number;
  readonly settings: Pick<Settings, 'sessionsBeforeStale' | 'formula' | 'unit' | 'bodyweight'> &
    Partial<Pick<Settings, 'columns' | 'layoffWeeks' | 'keepShare'>>;
  /**
   * Whose log this is when the sheet has no Athlete column (a tab per athlete): written as the
   * formula's last argument, as text in a string literal (a tab named =x or O'Brien is a name).
   */
  readonly athlete?: string | null;
}

/** Text in a formula's string literal: inner quotes doubled. */

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
 * [,layoff weeks,keep share[,athlete]]) — one formula whose result is the header "Status" and one
 * status per log row; open-ended ranges keep new rows covered. The block and keep settings are
 * written only when the coach changed them or an athlete follows them (a tab without an Athlete
 * column: the tab's athlete).
 */
export function statusFormula(input: StatusFormulaInput): string {
  const { sheet, headerRow, logWidth, settings } = input;
  const log = `${sheetReference(sheet)}!${openRows(1, logWidth, headerRow)}`;
  const targets = `${sheetReference(input.targetsSheet ?? TARGETS_SHEET)}!A1:B`;
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
  args.push(columns === null ? '""' : formulaString(columns));
  args.push(`${sheetReference(input.targetsSheet ?? TARGETS_SHEET)}!${SEASON_COLUMNS}`);
  const layoff = settings.layoffWeeks ?? DEFAULT_LAYOFF_WEEKS;
  const keep = settings.keepShare ?? DEFAULT_KEEP_SHARE;
  const athlete = input.athlete ?? null;
  if (layoff !== DEFAULT_LAYOFF_WEEKS || keep !== DEFAULT_KEEP_SHARE || athlete !== null) {
    args.push(String(layoff), String(keep));
  }
  if (athlete !== null) args.push(formulaString(athlete));
  return `=STRENGTH_STATUS(${args.join(',')})`;
}

/**
 * The status texts each rule keys on, in the priority the statuses have. A lift slipping in a
 * maintenance phase is a warning like a stale one: the same rule and colour (so still three rules).
 * A lift's first session is its baseline, not progress: its status says "New best: first
 * session…" and stays untinted, so a fresh log is not a third tinted.
 */
const KEYED: readonly {
  readonly texts: readonly string[];
  readonly unless?: string;
  readonly color: keyof HighlightColors;
}[] = [
  { texts: ['Stale', 'Slipping'], color: 'stale' },
  { texts: ['Target reached'], color: 'targetReached' },
  { texts: ['New best'], unless: FIRST_SESSION_PREFIX, color: 'newBest' },
];

/** The default colours' names; a colour the coach chose is named by its code. */
const COLOUR_NAMES: Readonly<Record<keyof HighlightColors, readonly [string, string]>> = {
  stale: ['#ffe0a3', 'Amber'],
  targetReached: ['#c7eccb', 'Green'],
  newBest: ['#e3f0ff', 'Light blue'],
};

/**
 * The colour legend, said wherever highlights are switched on (Apply's message in the menu and the
 * sidebar, and the README).
 */
export function highlightLegend(colors: HighlightColors): string {
  const name = (key: keyof HighlightColors) => {
    const [code, word] = COLOUR_NAMES[key];
    return colors[key].toLowerCase() === code ? word : `Colour ${colors[key]}`;
  };
  return `${name('stale')}: stale (no new best in the last sessions) or slipping in season. ${name('targetReached')}: target reached. ${name('newBest')}: a new best; a lift's first session is its baseline and is not coloured.`;
}

/**
 * Our three rules over the log rows (below the header), keyed on the status column's text. With
 * `lastRow` they reach that row (the sheet's last: Sheets fixes a range to the rows it has, so the
 * add-on extends them as the log grows); without it the range is open-ended ("A2:I").
 */
export function highlightRules(
  headerRow: number,
  column: number,
  colors: HighlightColors,
  lastRow?: number,
): RuleSpec[] {
  const firstRow = headerRow + 1;
  const cell = `$${columnLetter(column)}${firstRow}`;
  const range =
    lastRow === undefined
      ? openRows(1, column, firstRow)
      : `A${firstRow}:${columnLetter(column)}${Math.max(lastRow, firstRow)}`;
  return KEYED.map(({ texts, unless, color }) => {
    const tests = texts.map((text) => `LEFT(${cell},${text.length})="${text}"`);
    const match = tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
    const except = unless === undefined ? '' : `LEFT(${cell},${unless.length})<>"${unless}",`;
    return { range, formula: `=AND(${match},${except}${RULE_TAG})`, background: colors[color] };
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

/** The rules as the shell reads them: the custom formula (null for other kinds); ours in detail. */
export interface RuleView {
  readonly formula: string | null;
  readonly background: string | null;
  /** For our rules: the last row their range reaches (null when not read). */
  readonly lastRow?: number | null;
}

/** Where our status formula sits, read back from our own rules' formulas ("LEFT($G2,5)…"). */
export interface StatusCell {
  readonly column: number;
  readonly headerRow: number;
}

/** From our rules (spreadsheets from before the tags, or a tag lost): where the status column is. */
export function statusCellOf(rules: readonly RuleView[]): StatusCell | null {
  for (const rule of rules) {
    if (!isOurRuleFormula(rule.formula)) continue;
    const m = /LEFT\(\$?([A-Z]+)\$?(\d+),/i.exec(rule.formula ?? '');
    if (m) return { column: columnNumber(m[1] ?? 'A'), headerRow: Number(m[2]) - 1 };
  }
  return null;
}

/** Is this the add-on's status formula? */
export function isStatusFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && normaliseFormula(formula).startsWith('=STRENGTH_STATUS(');
}

/**
 * Does our status formula read its log as this athlete's (statusFormula's last argument), or as
 * no one's when `athlete` is null (a log with an Athlete column)? Sheets moves the formula's ranges
 * when a tab is renamed but not the athlete's name, which is text: a tab renamed after Apply reads
 * as the old name (its bodyweights, phases) until the formula is written again.
 */
export function readsAsAthlete(formula: string, athlete: string | null): boolean {
  const text = normaliseFormula(formula);
  return athlete === null ? !text.endsWith('")') : text.endsWith(`,${formulaString(athlete)})`);
}

/** Is this our status formula, naming another athlete than the log's (a tab renamed after Apply)? */
export function namesAnotherAthlete(
  formula: string | null | undefined,
  athlete: string | null,
): boolean {
  return isStatusFormula(formula) && !readsAsAthlete(formula as string, athlete);
}

export interface ApplyInput extends StatusFormulaInput {
  readonly colors: HighlightColors;
  /** Width of the sheet's data (the last column with content; includes our column when there). */
  readonly dataWidth: number;
  /** The rightmost column of the log table (1-based): our column must sit right of it. */
  readonly lastLogColumn: number;
  /** The sheet's last row: our rules and protection reach it. */
  readonly lastRow: number;
  /** Our column as found (by its tag or our formula), with the formula now in its header cell. */
  readonly existing: { readonly column: number; readonly formula: string | null } | null;
  readonly rules: readonly RuleView[];
  /** Our protection's column and last row, or null when there is none. */
  readonly protection: { readonly column: number; readonly lastRow: number } | null;
}

export interface ApplyPlan {
  /** Where the status column is after Apply. */
  readonly column: number;
  /** The column our formula was moved away from (its header cell to clear), or null. */
  readonly movedFrom: number | null;
  readonly formula: string;
  /** Null when the status cell already holds the formula. */
  readonly writeFormula: string | null;
  /**
   * The full rule list to set, or null when unchanged: every rule of the coach's as an index into
   * the current list, in its place; ours as specs in the places ours held (new ones last).
   */
  readonly rules: readonly (number | RuleSpec)[] | null;
  /** Our protection to (re)make over the status column down to the last row. */
  readonly protect: boolean;
  /** True when nothing at all needs writing: applying twice changes nothing. */
  readonly unchanged: boolean;
}

/** Which of our three rules a formula is ("Stale", "Target reached", "New best"), or null. */
function ruleKind(formula: string | null | undefined): string | null {
  if (!isOurRuleFormula(formula)) return null;
  const m = /"(Stale|Target reached|New best)"/.exec(formula ?? '');
  return m ? (m[1] as string) : null;
}

/**
 * Our rules, wanted now, set into the current list without moving anyone else's: each of ours is
 * replaced in its own place, a missing one goes last, a stray one of ours is dropped. Null when the
 * list already holds exactly what is wanted.
 */
export function placeRules(
  current: readonly RuleView[],
  wanted: readonly RuleSpec[],
  lastRow: number,
): (number | RuleSpec)[] | null {
  const byKind = new Map(wanted.map((w) => [ruleKind(w.formula), w]));
  const placed = new Set<string>();
  let changed = false;
  // Ours share one range; the shell reads how far it reaches on the first of ours only.
  const reach = current.find((r) => isOurRuleFormula(r.formula) && typeof r.lastRow === 'number');
  const sharedLastRow = reach?.lastRow ?? null;
  const out: (number | RuleSpec)[] = [];
  current.forEach((rule, i) => {
    if (!isOurRuleFormula(rule.formula)) {
      out.push(i);
      return;
    }
    const kind = ruleKind(rule.formula);
    const spec = kind === null ? undefined : byKind.get(kind);
    if (!spec || kind === null || placed.has(kind)) {
      changed = true;
      return;
    }
    placed.add(kind);
    const same =
      normaliseFormula(rule.formula ?? '') === normaliseFormula(spec.formula) &&
      (rule.background ?? '').toLowerCase() === spec.background.toLowerCase() &&
      (rule.lastRow ?? sharedLastRow ?? lastRow) >= lastRow;
    if (same) out.push(i);
    else {
      changed = true;
      out.push(spec);
    }
  });
  for (const spec of wanted) {
    const kind = ruleKind(spec.formula) as string;
    if (!placed.has(kind)) {
      changed = true;
      out.push(spec);
    }
  }
  return changed ? out : null;
}

/**
 * The status column stays where it is found when it sits right of the log (the formula reads the
 * columns left of it); otherwise — first Apply, or the coach dragged it into or left of the log —
 * it goes in the first free column right of the data.
 */
export function planApply(input: ApplyInput): ApplyPlan {
  const found = input.existing;
  const stays = found !== null && found.column > input.lastLogColumn;
  const column = stays && found ? found.column : input.dataWidth + 1;
  const movedFrom =
    found !== null && !stays && isStatusFormula(found.formula) ? found.column : null;
  const formula = statusFormula({ ...input, logWidth: column - 1 });
  const writeFormula =
    stays && normaliseFormula(found?.formula ?? '') === normaliseFormula(formula) ? null : formula;
  const wanted = highlightRules(input.headerRow, column, input.colors, input.lastRow);
  const rules = placeRules(input.rules, wanted, input.lastRow);
  const p = input.protection;
  const protect = p === null || p.column !== column || p.lastRow < input.lastRow;
  return {
    column,
    movedFrom,
    formula,
    writeFormula,
    rules,
    protect,
    unchanged: writeFormula === null && rules === null && !protect,
  };
}

/** Which rules Remove keeps: every rule that is not ours, in order. */
export function rulesToKeep(rules: readonly RuleView[]): number[] {
  return rules.flatMap((r, i) => (isOurRuleFormula(r.formula) ? [] : [i]));
}
