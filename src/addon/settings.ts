/**
 * The add-on's settings: stored as versioned JSON in document properties (shared by everyone who
 * edits the file). Reading never fails: a corrupt or out-of-range value falls back to its default
 * and the coach is told which. Saving is strict: a bad value is refused with a plain reason.
 */
import { validateThresholds } from '../core/audit';
import { FORMULA_NAMES, type FormulaName } from '../core/formulas';
import { isColumnRole } from '../core/headers';
import { type AuditThresholds, type ColumnRole, DEFAULT_AUDIT_THRESHOLDS } from '../core/model';
import {
  DEFAULT_KEEP_SHARE,
  DEFAULT_LAYOFF_WEEKS,
  KEEP_SHARE_RANGE,
  LAYOFF_WEEKS_RANGE,
} from '../core/season';
import { UNITS, type Unit } from '../core/units';
import type { BodyweightSetting, HighlightColors, Settings } from './api-types';

export const SETTINGS_KEY = 'strongEnough.settings';

export const DEFAULT_COLORS: HighlightColors = {
  stale: '#ffe0a3',
  targetReached: '#c7eccb',
  newBest: '#e3f0ff',
};

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  logSheet: null,
  columns: {},
  unit: 'kg',
  bodyweight: { kind: 'column' },
  formula: 'epley',
  sessionsBeforeStale: 3,
  layoffWeeks: DEFAULT_LAYOFF_WEEKS,
  keepShare: DEFAULT_KEEP_SHARE,
  colors: DEFAULT_COLORS,
  audit: DEFAULT_AUDIT_THRESHOLDS,
  athleteNames: {},
};

/** Each field's check: the valid value, or a plain reason why not. */
type Check<T> = (value: unknown) => { ok: T } | { reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const checkLogSheet: Check<string | null> = (v) =>
  v === null || (typeof v === 'string' && v.trim() !== '' && v.length <= 100)
    ? { ok: v === null ? null : v.trim() }
    : { reason: 'the log sheet must be a sheet name (or none for the active sheet)' };

const checkColumns: Check<Partial<Record<ColumnRole, string>>> = (v) => {
  if (!isRecord(v)) return { reason: 'column choices must map a role to a header' };
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const [role, label] of Object.entries(v)) {
    if (!isColumnRole(role)) return { reason: `"${role}" is not a log column` };
    if (label === null || label === undefined || label === '') continue; // back to detected
    if (typeof label !== 'string' || label.length > 200) {
      return { reason: `the column chosen for ${role} must be a header label` };
    }
    out[role] = label;
  }
  return { ok: out };
};

const checkUnit: Check<Unit> = (v) =>
  UNITS.includes(v as Unit) ? { ok: v as Unit } : { reason: 'the unit must be kg or lb' };

const checkFormula: Check<FormulaName> = (v) =>
  FORMULA_NAMES.includes(v as FormulaName)
    ? { ok: v as FormulaName }
    : { reason: `the 1RM formula must be one of ${FORMULA_NAMES.join(', ')}` };

const checkBodyweight: Check<BodyweightSetting> = (v) => {
  if (!isRecord(v)) return { reason: 'the bodyweight source is not readable' };
  if (v.kind === 'column') return { ok: { kind: 'column' } };
  if (v.kind === 'roster') {
    return typeof v.sheet === 'string' && v.sheet.trim() !== ''
      ? { ok: { kind: 'roster', sheet: v.sheet.trim() } }
      : { reason: 'a bodyweight roster needs the name of its sheet' };
  }
  if (v.kind === 'value') {
    return typeof v.value === 'number' &&
      Number.isFinite(v.value) &&
      v.value >= 20 &&
      v.value <= 400
      ? { ok: { kind: 'value', value: v.value } }
      : { reason: 'one bodyweight for everyone must be a number from 20 to 400' };
  }
  return { reason: 'the bodyweight source must be a column, a roster sheet or one value' };
};

const checkSessions: Check<number> = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 2 && v <= 20
    ? { ok: v }
    : { reason: 'sessions before stale must be a whole number from 2 to 20' };

const checkLayoffWeeks: Check<number> = (v) =>
  typeof v === 'number' &&
  Number.isInteger(v) &&
  v >= LAYOFF_WEEKS_RANGE.min &&
  v <= LAYOFF_WEEKS_RANGE.max
    ? { ok: v }
    : {
        reason: `the weeks of break that start a new block must be a whole number from ${LAYOFF_WEEKS_RANGE.min} to ${LAYOFF_WEEKS_RANGE.max}`,
      };

/** A share: 0.9, or 90 as a coach types a percentage. */
const checkKeepShare: Check<number> = (v) => {
  const n = typeof v === 'number' && v > 1 && v <= 100 ? v / 100 : v;
  return typeof n === 'number' && n >= KEEP_SHARE_RANGE.min && n <= KEEP_SHARE_RANGE.max
    ? { ok: Math.round(n * 1000) / 1000 }
    : {
        reason: `the share of the best that counts as kept must be from ${KEEP_SHARE_RANGE.min * 100}% to ${KEEP_SHARE_RANGE.max * 100}%`,
      };
};

const HEX = /^#[0-9a-f]{6}$/i;

const checkColors: Check<HighlightColors> = (v) => {
  if (!isRecord(v)) return { reason: 'highlight colours are not readable' };
  const out: Record<string, string> = {};
  for (const key of Object.keys(DEFAULT_COLORS) as (keyof HighlightColors)[]) {
    const c = v[key] ?? DEFAULT_COLORS[key];
    if (typeof c !== 'string' || !HEX.test(c)) {
      return { reason: `the ${key} colour must look like #ffcc00` };
    }
    out[key] = c.toLowerCase();
  }
  return { ok: out as unknown as HighlightColors };
};

/** The audit's own validation (src/core/audit), so the sidebar and the core agree on ranges. */
const checkAudit: Check<AuditThresholds> = (v) => {
  const { thresholds, problems } = validateThresholds(v);
  return problems.length === 0
    ? { ok: thresholds }
    : { reason: problems.map(auditReason).join('; ') };
};

/**
 * The core's wording says what it falls back to ("…; using 28."); a refused save uses nothing, and
 * a stored value's warning already says the defaults are in use, so only the reason is kept.
 */
function auditReason(problem: string): string {
  const unknown = /^Unknown audit setting "(.*)" was ignored\.?$/.exec(problem);
  if (unknown) return `"${unknown[1]}" is not an audit setting`;
  return problem
    .replace(/;\s*using [^;]*$/, '')
    .replace(/,?\s*so the defaults are used\.?$/, '')
    .replace(/[.;]\s*$/, '');
}

/**
 * Tab → athlete names (a tab without an Athlete column): each name non-blank text of at most 100
 * characters; a blank name takes the tab back to its own name. At most 500 tabs.
 */
const checkAthleteNames: Check<Readonly<Record<string, string>>> = (v) => {
  if (!isRecord(v)) return { reason: 'athlete names must map a tab to a name' };
  const entries = Object.entries(v);
  if (entries.length > 500) return { reason: 'athlete names are kept for at most 500 tabs' };
  const out: Record<string, string> = {};
  for (const [tab, name] of entries) {
    if (name === null || name === undefined || name === '') continue;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100 || tab.length > 100) {
      return { reason: `the athlete of the tab "${tab.slice(0, 100)}" must be a name` };
    }
    if (name.trim() !== tab.trim()) out[tab] = name.trim();
  }
  return { ok: out };
};

/**
 * Colours, thresholds and athlete names may be sent in part: the rest keep their saved values (a
 * blank athlete name takes its tab back to the tab's own name).
 */
const PARTIAL_FIELDS: readonly Field[] = ['colors', 'audit', 'athleteNames'];

const CHECKS: { readonly [K in Exclude<keyof Settings, 'version'>]: Check<Settings[K]> } = {
  logSheet: checkLogSheet,
  columns: checkColumns,
  unit: checkUnit,
  bodyweight: checkBodyweight,
  formula: checkFormula,
  sessionsBeforeStale: checkSessions,
  layoffWeeks: checkLayoffWeeks,
  keepShare: checkKeepShare,
  colors: checkColors,
  audit: checkAudit,
  athleteNames: checkAthleteNames,
};

type Field = keyof typeof CHECKS;
const FIELDS = Object.keys(CHECKS) as Field[];

export interface ReadSettings {
  readonly settings: Settings;
  /** What was wrong with the stored settings, or null when they were fine (or never saved). */
  readonly warning: string | null;
}

/** Reads stored settings; anything unreadable falls back to its default, and the warning says so. */
export function readSettings(stored: string | null | undefined): ReadSettings {
  if (stored === null || stored === undefined || stored === '') {
    return { settings: DEFAULT_SETTINGS, warning: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {
      settings: DEFAULT_SETTINGS,
      warning: 'The saved settings could not be read, so the defaults are in use. Save to fix.',
    };
  }
  if (!isRecord(parsed) || parsed.version !== 1) {
    return {
      settings: DEFAULT_SETTINGS,
      warning: 'The saved settings are from an unknown version, so the defaults are in use.',
    };
  }
  const settings: Record<string, unknown> = { version: 1 };
  const reasons: string[] = [];
  for (const field of FIELDS) {
    const value = parsed[field] === undefined ? DEFAULT_SETTINGS[field] : parsed[field];
    const checked = CHECKS[field](value);
    if ('ok' in checked) settings[field] = checked.ok;
    else {
      settings[field] = DEFAULT_SETTINGS[field];
      reasons.push(checked.reason);
    }
  }
  return {
    settings: settings as unknown as Settings,
    warning:
      reasons.length === 0
        ? null
        : `Some saved settings were out of range and the defaults are used instead: ${reasons.join('; ')}.`,
  };
}

/** Applies the coach's changes; throws an Error with a plain reason when any value is invalid. */
export function mergeSettings(current: Settings, changes: unknown): Settings {
  if (!isRecord(changes))
    throw new Error('The settings sent were not readable; nothing was saved.');
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'version') continue;
    if (!(FIELDS as string[]).includes(key)) {
      throw new Error(`"${key}" is not a setting; nothing was saved.`);
    }
    const field = key as Field;
    const whole =
      PARTIAL_FIELDS.includes(field) && isRecord(value)
        ? { ...(current[field] as object), ...value }
        : value;
    const checked = CHECKS[field](whole);
    if ('reason' in checked) {
      throw new Error(`${capitalise(checked.reason)}; nothing was saved.`);
    }
    next[key] = checked.ok;
  }
  return next as unknown as Settings;
}

export function settingsJson(settings: Settings): string {
  return JSON.stringify(settings);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
