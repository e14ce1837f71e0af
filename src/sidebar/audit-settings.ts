/**
 * The Settings section's form: the audit thresholds and the highlight colours as the coach edits
 * them (shares as percentages, text in inputs) and the one conversion back to what saveSettings
 * takes, with a plain-words problem per field instead of a bad value. Ranges follow the core's
 * validateThresholds, so what the sidebar lets through the server accepts.
 */
import type { HighlightColors, Settings } from '../addon/api-types';
import type { AuditThresholds } from '../core/model';
import { parseTypedNumber } from './format';

export type ThresholdKey = keyof AuditThresholds;
export type ColorKey = keyof HighlightColors;

export interface ThresholdField {
  readonly key: ThresholdKey;
  /** The words next to the input. */
  readonly label: string;
  /** Shown after the number: "days", "%", "reps", "sessions". */
  readonly unit: string;
  /** Range as the coach types it (percent for shares). */
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
  /** Stored as a fraction (0.4), shown as a percentage (40). */
  readonly share: boolean;
}

/** In the order the audit's mistakes are numbered, the window first. */
export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  {
    key: 'windowDays',
    label: 'Audit window',
    unit: 'days',
    min: 7,
    max: 365,
    whole: true,
    share: false,
  },
  {
    key: 'bodybuilderShare',
    label: 'Bodybuilder work from',
    unit: '% of sets',
    min: 5,
    max: 100,
    whole: false,
    share: true,
  },
  {
    key: 'pumpReps',
    label: 'Pump range from',
    unit: 'reps',
    min: 6,
    max: 50,
    whole: true,
    share: false,
  },
  {
    key: 'powerlifterShare',
    label: 'Powerlifter work from',
    unit: '% of leg sets',
    min: 5,
    max: 100,
    whole: false,
    share: true,
  },
  {
    key: 'minSessions',
    label: 'Bodyweight-only needs',
    unit: 'sessions',
    min: 1,
    max: 30,
    whole: true,
    share: false,
  },
  {
    key: 'unconnectedShare',
    label: 'Unconnected heavy days from',
    unit: '% of them',
    min: 5,
    max: 100,
    whole: false,
    share: true,
  },
];

export const COLOR_FIELDS: readonly { readonly key: ColorKey; readonly label: string }[] = [
  { key: 'stale', label: 'Stale' },
  { key: 'targetReached', label: 'Target reached' },
  { key: 'newBest', label: 'New best' },
];

/**
 * The add-on's default colours (src/addon/settings.ts DEFAULT_COLORS; a test keeps them equal),
 * copied so the sidebar bundle carries none of the server's settings code.
 */
export const DEFAULT_COLORS: HighlightColors = {
  stale: '#ffe0a3',
  targetReached: '#c7eccb',
  newBest: '#e3f0ff',
};

export interface AuditDraft {
  readonly thresholds: Readonly<Record<ThresholdKey, string>>;
  readonly colors: Readonly<Record<ColorKey, string>>;
}

/** A share as the coach reads it: 0.4 → "40", 0.125 → "12.5". */
export function percentText(share: number): string {
  return String(Math.round(share * 1000) / 10);
}

export function auditDraftFromSettings(settings: Pick<Settings, 'audit' | 'colors'>): AuditDraft {
  const thresholds = {} as Record<ThresholdKey, string>;
  for (const f of THRESHOLD_FIELDS) {
    const value = settings.audit[f.key];
    thresholds[f.key] = f.share ? percentText(value) : String(value);
  }
  return {
    thresholds,
    colors: {
      stale: settings.colors.stale,
      targetReached: settings.colors.targetReached,
      newBest: settings.colors.newBest,
    },
  };
}

export type AuditErrors = Readonly<Partial<Record<ThresholdKey | ColorKey, string>>>;

export type AuditValidation =
  | {
      readonly ok: true;
      readonly patch: { readonly audit: AuditThresholds; readonly colors: HighlightColors };
    }
  | { readonly ok: false; readonly errors: AuditErrors };

const HEX = /^#[0-9a-f]{6}$/i;

function rangeText(f: ThresholdField): string {
  const unit = f.share ? '%' : ` ${f.unit}`;
  return `${f.min}${f.share ? '%' : ''} to ${f.max}${unit}`;
}

/** The draft as saveSettings takes it, or a message per field that is not right yet. */
export function auditSettingsFromDraft(draft: AuditDraft): AuditValidation {
  const errors: Partial<Record<ThresholdKey | ColorKey, string>> = {};
  const audit = {} as Record<ThresholdKey, number>;
  for (const f of THRESHOLD_FIELDS) {
    const typed = draft.thresholds[f.key].trim().replace(/\s*%$/, '');
    const n = parseTypedNumber(typed);
    if (n === null || n < f.min || n > f.max || (f.whole && !Number.isInteger(n))) {
      errors[f.key] =
        `${f.label} must be ${f.whole ? 'a whole number' : 'a number'} from ${rangeText(f)}.`;
      continue;
    }
    // Four decimals at most: 12.5 % is 0.125, and float noise never reaches the stored JSON.
    audit[f.key] = f.share ? Math.round(n * 100) / 10000 : n;
  }
  const colors = {} as Record<ColorKey, string>;
  for (const { key, label } of COLOR_FIELDS) {
    const c = draft.colors[key].trim();
    if (!HEX.test(c)) errors[key] = `The ${label.toLowerCase()} colour must look like #ffcc00.`;
    else colors[key] = c.toLowerCase();
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, patch: { audit, colors } };
}

/** The draft with the default colours, thresholds as they were. */
export function withDefaultColors(draft: AuditDraft): AuditDraft {
  return { ...draft, colors: { ...DEFAULT_COLORS } };
}

/** What the coach is told after a save, from what changed and whether highlights are on. */
export function savedMessage(
  before: Pick<Settings, 'audit' | 'colors'>,
  after: Pick<Settings, 'audit' | 'colors'>,
  highlightsApplied: boolean,
): string {
  const colorsChanged = COLOR_FIELDS.some(({ key }) => before.colors[key] !== after.colors[key]);
  const auditChanged = THRESHOLD_FIELDS.some(({ key }) => before.audit[key] !== after.audit[key]);
  const parts: string[] = [];
  if (auditChanged) parts.push("The athletes' audits now use these thresholds.");
  if (colorsChanged) {
    parts.push(
      highlightsApplied
        ? 'The highlights in the sheet now use the new colours.'
        : 'Apply highlights to see the new colours in the sheet.',
    );
  }
  return parts.length === 0 ? 'Saved; nothing had changed.' : `Saved. ${parts.join(' ')}`;
}
