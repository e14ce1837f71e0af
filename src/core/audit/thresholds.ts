/**
 * The audit's thresholds come from the coach's settings (stored JSON), so they are checked here:
 * a value out of range falls back to its default with a plain-words problem, never an exception.
 */
import { type AuditThresholds, DEFAULT_AUDIT_THRESHOLDS } from '../model';

interface Rule {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
  /** A share: accepts 0.4, 40 or "40 %". */
  readonly share: boolean;
}

const RULES: Readonly<Record<keyof AuditThresholds, Rule>> = {
  windowDays: { label: 'audit window (days)', min: 7, max: 365, whole: true, share: false },
  bodybuilderShare: { label: 'bodybuilder share', min: 0.05, max: 1, whole: false, share: true },
  pumpReps: { label: 'pump-range reps', min: 6, max: 50, whole: true, share: false },
  powerlifterShare: { label: 'powerlifter share', min: 0.05, max: 1, whole: false, share: true },
  minSessions: {
    label: 'sessions needed for "bodyweight only"',
    min: 1,
    max: 30,
    whole: true,
    share: false,
  },
  unconnectedShare: {
    label: 'unconnected heavy-session share',
    min: 0.05,
    max: 1,
    whole: false,
    share: true,
  },
};

const shown = (rule: Rule, n: number): string =>
  rule.share ? `${Math.round(n * 100)}%` : String(n);

function numberOf(value: unknown, rule: Rule): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(',', '.');
  const percentSign = /%$/.test(text);
  const n = Number(text.replace(/\s*%$/, ''));
  if (text === '' || !Number.isFinite(n)) return null;
  return percentSign && rule.share ? n / 100 : n;
}

export function validateThresholds(input: unknown): {
  thresholds: AuditThresholds;
  problems: string[];
} {
  const problems: string[] = [];
  const thresholds: Record<keyof AuditThresholds, number> = { ...DEFAULT_AUDIT_THRESHOLDS };
  if (input === null || input === undefined) return { thresholds, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push('The audit settings are not a set of named values, so the defaults are used.');
    return { thresholds, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(key in RULES)) {
      problems.push(`Unknown audit setting "${key}" was ignored.`);
      continue;
    }
    const name = key as keyof AuditThresholds;
    const rule = RULES[name];
    if (value === null || value === undefined || value === '') continue;
    let n = numberOf(value, rule);
    // A coach typing 40 for a share means 40 %.
    if (n !== null && rule.share && n > 1 && n <= 100) n /= 100;
    const fallback = shown(rule, DEFAULT_AUDIT_THRESHOLDS[name]);
    if (n === null) {
      problems.push(`The ${rule.label} "${String(value)}" is not a number; using ${fallback}.`);
    } else if (n < rule.min || n > rule.max) {
      problems.push(
        `The ${rule.label} ${rule.share && n > 1 ? `${n}%` : shown(rule, n)} is outside ${shown(rule, rule.min)}–${shown(rule, rule.max)}; using ${fallback}.`,
      );
    } else if (rule.whole && !Number.isInteger(n)) {
      problems.push(`The ${rule.label} ${n} is not a whole number; using ${fallback}.`);
    } else {
      thresholds[name] = n;
    }
  }
  return { thresholds, problems };
}
