/**
 * The Log section's form: the settings as the coach edits them (text in inputs) and the one
 * conversion back to what saveSettings takes, with plain-words problems instead of bad values.
 */
import type { BodyweightSetting, LogDescription, Settings } from '../addon/api-types';
import type { FormulaName } from '../core/formulas';
import type { ColumnRole } from '../core/model';
import type { Unit } from '../core/units';
import { parseTypedNumber } from './format';

/** Roles in the order a coach reads a log, with the words shown next to each dropdown. */
export const ROLES: readonly { readonly role: ColumnRole; readonly label: string }[] = [
  { role: 'date', label: 'Date' },
  { role: 'athlete', label: 'Athlete' },
  { role: 'exercise', label: 'Exercise' },
  { role: 'load', label: 'Load' },
  { role: 'reps', label: 'Reps' },
  { role: 'sets', label: 'Sets' },
  { role: 'unit', label: 'Unit' },
  { role: 'bodyweight', label: 'Bodyweight' },
  { role: 'notes', label: 'Notes' },
];

/** Kept here (not imported from core/formulas) so the sidebar bundle carries no formula code. */
export const FORMULA_CHOICES: readonly { readonly name: FormulaName; readonly label: string }[] = [
  { name: 'epley', label: 'Epley (default)' },
  { name: 'brzycki', label: 'Brzycki' },
  { name: 'lander', label: 'Lander' },
  { name: 'lombardi', label: 'Lombardi' },
  { name: 'mayhew', label: 'Mayhew' },
  { name: 'oconner', label: "O'Conner" },
  { name: 'wathan', label: 'Wathan' },
];

export const MAX_SESSIONS_BEFORE_STALE = 52;
/** The ranges of src/core/season.ts (kept here so the sidebar bundle carries no core code). */
export const LAYOFF_WEEKS_RANGE = { min: 2, max: 104 } as const;
export const KEEP_PERCENT_RANGE = { min: 50, max: 99 } as const;

export interface SettingsDraft {
  readonly logSheet: string;
  /** Role → header label; "" = detected automatically. */
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
  readonly unit: Unit;
  readonly bodyweightKind: BodyweightSetting['kind'];
  readonly rosterSheet: string;
  readonly bodyweightValue: string;
  readonly formula: FormulaName;
  readonly sessionsBeforeStale: string;
  /** Weeks of break that start a new block. */
  readonly layoffWeeks: string;
  /** Share of the best kept in maintenance phases, as a percentage ("90"). */
  readonly keepPercent: string;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  const bw = settings.bodyweight;
  return {
    logSheet: settings.logSheet ?? '',
    columns: { ...settings.columns },
    unit: settings.unit,
    bodyweightKind: bw.kind,
    rosterSheet: bw.kind === 'roster' ? bw.sheet : '',
    bodyweightValue: bw.kind === 'value' ? String(bw.value) : '',
    formula: settings.formula,
    sessionsBeforeStale: String(settings.sessionsBeforeStale),
    layoffWeeks: String(settings.layoffWeeks),
    keepPercent: String(Math.round(settings.keepShare * 1000) / 10),
  };
}

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export type SettingsValidation =
  | { readonly ok: true; readonly patch: SettingsPatch }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<keyof SettingsDraft, string>>> };

export function settingsFromDraft(draft: SettingsDraft): SettingsValidation {
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const sessions = parseTypedNumber(draft.sessionsBeforeStale);
  if (
    sessions === null ||
    !Number.isInteger(sessions) ||
    sessions < 1 ||
    sessions > MAX_SESSIONS_BEFORE_STALE
  ) {
    errors.sessionsBeforeStale = `Sessions before stale must be a whole number from 1 to ${MAX_SESSIONS_BEFORE_STALE}.`;
  }
  const layoff = parseTypedNumber(draft.layoffWeeks);
  if (
    layoff === null ||
    !Number.isInteger(layoff) ||
    layoff < LAYOFF_WEEKS_RANGE.min ||
    layoff > LAYOFF_WEEKS_RANGE.max
  ) {
    errors.layoffWeeks = `Weeks of break for a new block must be a whole number from ${LAYOFF_WEEKS_RANGE.min} to ${LAYOFF_WEEKS_RANGE.max}.`;
  }
  const keep = parseTypedNumber(draft.keepPercent.replace(/\s*%$/, ''));
  if (keep === null || keep < KEEP_PERCENT_RANGE.min || keep > KEEP_PERCENT_RANGE.max) {
    errors.keepPercent = `Kept within must be a percentage from ${KEEP_PERCENT_RANGE.min} to ${KEEP_PERCENT_RANGE.max}.`;
  }
  let bodyweight: BodyweightSetting = { kind: 'column' };
  if (draft.bodyweightKind === 'roster') {
    if (draft.rosterSheet.trim() === '') errors.rosterSheet = 'Choose the sheet with the roster.';
    else bodyweight = { kind: 'roster', sheet: draft.rosterSheet };
  } else if (draft.bodyweightKind === 'value') {
    const value = parseTypedNumber(draft.bodyweightValue);
    if (value === null || !(value > 0) || value > 1000) {
      errors.bodyweightValue = `Give one bodyweight in ${draft.unit}, e.g. ${draft.unit === 'kg' ? '70' : '155'}.`;
    } else bodyweight = { kind: 'value', value };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const { role } of ROLES) {
    const label = draft.columns[role];
    if (label) columns[role] = label;
  }
  return {
    ok: true,
    patch: {
      logSheet: draft.logSheet === '' ? null : draft.logSheet,
      columns,
      unit: draft.unit,
      bodyweight,
      formula: draft.formula,
      sessionsBeforeStale: sessions as number,
      layoffWeeks: layoff as number,
      keepShare: Math.round((keep as number) * 10) / 1000,
    },
  };
}

/** What the dropdown for a role shows when no override is set: the detected column, or none. */
export function detectedLabel(log: LogDescription | null, role: ColumnRole): string {
  const found = log?.columns.find((c) => c.role === role);
  return found ? `Found: ${found.label}` : 'Not found';
}

/** Header labels offered for a role; an override no longer in the sheet stays visible as missing. */
export function columnChoices(log: LogDescription | null, current: string | undefined): string[] {
  const labels = [...(log?.labels ?? [])].filter((l) => l.trim() !== '');
  if (current && !labels.includes(current)) labels.push(current);
  return labels;
}
