/**
 * The analyze command's arguments: `FILE [--json] [--unit kg|lb] [--bodyweight N] [--athlete NAME]
 * [--time-zone ZONE] [--formula NAME] [--sessions N] [--season FILE] [--layoff-weeks N]
 * [--keep-share N] [--as-of DATE]`. Pure: argv in, the request or one
 * plain-words message out, so a bad flag never reaches the core.
 */
import { type FormulaName, parseFormula } from '../../src/core/formulas';
import { isInvalid } from '../../src/core/result';
import {
  DEFAULT_KEEP_SHARE,
  DEFAULT_LAYOFF_WEEKS,
  KEEP_SHARE_RANGE,
  LAYOFF_WEEKS_RANGE,
} from '../../src/core/season';
import { DEFAULT_SESSIONS_BEFORE_STALE } from '../../src/core/status';
import type { Unit } from '../../src/core/units';

export interface AnalyzeArgs {
  readonly kind: 'analyze';
  readonly file: string;
  readonly json: boolean;
  /** Unit of bare numbers; null when not given (the file or kg decides). */
  readonly unit: Unit | null;
  /** One bodyweight for every athlete; its unit is null when written as a bare number. */
  readonly bodyweight: { readonly value: number; readonly unit: Unit | null } | null;
  readonly athlete: string | null;
  readonly timeZone: string | null;
  readonly formula: FormulaName;
  readonly sessions: number;
  /** A season plan CSV (athlete, from, to, phase, goal race, race date); null when not given. */
  readonly season: string | null;
  readonly layoffWeeks: number;
  readonly keepShare: number;
  /** ISO day to look from (current phase, inactive athletes); null: the log's latest day. */
  readonly asOf: string | null;
}

export type ParsedArgs =
  | AnalyzeArgs
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: npm run analyze -- FILE [options]

Reads a training log CSV (our log layout: Date, Athlete, Exercise, Load, Reps, …) or an export
from Strong (any layout or language), Hevy, FitNotes or Fitbod; says what it read the file as and
how it decided the unit; and prints each athlete's lifts (best estimated 1RM, ratio to bodyweight,
target, stale lifts) and the program audit.

Options:
  --json             print JSON instead of tables (use npm run --silent to keep npm's banner
                     out of the output)
  --unit kg|lb       unit of weights the file does not label (default: what the numbers
                     show; when they cannot tell, kg, and the output says so)
  --bodyweight N     one bodyweight for every athlete, e.g. 72 or "160 lb"
  --athlete NAME     athlete name when the file has none (default for exports: the file name)
  --time-zone ZONE   IANA zone that decides calendar days (default: this machine's zone)
  --formula NAME     1RM formula: epley (default), brzycki, lander, lombardi, mayhew, oconner, wathan
  --sessions N       sessions without progress before a lift is stale (default 3)
  --season FILE      season plan CSV: Athlete, From, To, Phase, Goal race, Race date (README)
  --layoff-weeks N   a break of N weeks or more starts a new block (default 8)
  --keep-share N     in race season, taper and transition a session within N % of the block's
                     best is kept; below it is "Slipping" (default 90)
  --as-of DATE       the day to look from (phase, inactive athletes); default: the log's last day
  -h, --help         show this help
`;

const VALUE_FLAGS = [
  '--unit',
  '--bodyweight',
  '--athlete',
  '--time-zone',
  '--formula',
  '--sessions',
  '--season',
  '--layoff-weeks',
  '--keep-share',
  '--as-of',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const isValueFlag = (flag: string): flag is ValueFlag =>
  (VALUE_FLAGS as readonly string[]).includes(flag);

const MAX_SESSIONS = 100;

function unitOf(text: string): Unit | null {
  const word = text.trim().toLowerCase();
  if (word === 'kg' || word === 'kgs' || word === 'kilograms') return 'kg';
  if (word === 'lb' || word === 'lbs' || word === 'pounds') return 'lb';
  return null;
}

function readBodyweight(text: string): AnalyzeArgs['bodyweight'] | string {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m?.[2] ? unitOf(m[2]) : null;
  if (!m || (m[2] && unit === null)) {
    return `--bodyweight "${text}" is not a bodyweight: give a number such as 72 or "160 lb".`;
  }
  const value = Number((m[1] as string).replace(',', '.'));
  if (!(value > 0)) return `--bodyweight "${text}" must be more than 0.`;
  return { value, unit };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const error = (message: string): ParsedArgs => ({ kind: 'error', message });
  const values = new Map<ValueFlag, string>();
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const flag = eq === -1 ? arg : arg.slice(0, eq);
      if (!isValueFlag(flag)) return error(`Unknown option ${flag}.`);
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        // "--athlete --json" forgot the name: do not take the next option as one.
        value = argv[i + 1]?.startsWith('--') ? undefined : argv[i + 1];
        i++;
      }
      if (value === undefined || value.trim() === '') return error(`${flag} needs a value.`);
      if (values.has(flag)) return error(`${flag} is given twice.`);
      values.set(flag, value);
      continue;
    }
    files.push(arg);
  }
  if (files.length === 0) return error('Name the CSV file to analyze.');
  if (files.length > 1) return error(`Give one file, not ${files.length} (${files.join(', ')}).`);

  const unitText = values.get('--unit');
  const unit = unitText === undefined ? null : unitOf(unitText);
  if (unitText !== undefined && unit === null) {
    return error(`--unit "${unitText}" is not a unit: use kg or lb.`);
  }

  const bodyweightText = values.get('--bodyweight');
  const bodyweight = bodyweightText === undefined ? null : readBodyweight(bodyweightText);
  if (typeof bodyweight === 'string') return error(bodyweight);

  const formula = parseFormula(values.get('--formula'));
  if (isInvalid(formula)) return error(`--formula: ${formula.invalid}.`);

  const sessionsText = values.get('--sessions');
  let sessions = DEFAULT_SESSIONS_BEFORE_STALE;
  if (sessionsText !== undefined) {
    sessions = Number(sessionsText);
    if (!/^\s*\d+\s*$/.test(sessionsText) || sessions < 1 || sessions > MAX_SESSIONS) {
      return error(
        `--sessions "${sessionsText}" must be a whole number from 1 to ${MAX_SESSIONS}.`,
      );
    }
  }

  const layoffText = values.get('--layoff-weeks');
  let layoffWeeks = DEFAULT_LAYOFF_WEEKS;
  if (layoffText !== undefined) {
    layoffWeeks = Number(layoffText);
    const { min, max } = LAYOFF_WEEKS_RANGE;
    if (!/^\s*\d+\s*$/.test(layoffText) || layoffWeeks < min || layoffWeeks > max) {
      return error(`--layoff-weeks "${layoffText}" must be a whole number from ${min} to ${max}.`);
    }
  }

  const keepText = values.get('--keep-share');
  let keepShare = DEFAULT_KEEP_SHARE;
  if (keepText !== undefined) {
    const n = Number(keepText.trim().replace(/\s*%$/, ''));
    keepShare = n > 1 ? n / 100 : n;
    const { min, max } = KEEP_SHARE_RANGE;
    if (!Number.isFinite(n) || keepShare < min || keepShare > max) {
      return error(
        `--keep-share "${keepText}" must be a percentage from ${min * 100} to ${max * 100}.`,
      );
    }
  }

  const asOf = values.get('--as-of')?.trim() ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    return error(`--as-of "${asOf}" must be a day written 2026-10-02.`);
  }

  return {
    kind: 'analyze',
    file: files[0] as string,
    json,
    unit,
    bodyweight,
    athlete: values.get('--athlete')?.trim() ?? null,
    timeZone: values.get('--time-zone')?.trim() ?? null,
    formula,
    sessions,
    season: values.get('--season')?.trim() ?? null,
    layoffWeeks,
    keepShare,
    asOf,
  };
}
