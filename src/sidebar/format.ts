/** Plain-words formatting for the sidebar: numbers, days, progress toward a target. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-10-02" → "2 Oct 2026"; anything else is shown as given (it came from the server). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** Days since 1970-01-01 for an ISO day, or null; used for chart x positions (no time zones). */
export { isoDayNumber as dayNumber } from '../core/dates';

/** 1.5 → "1.5×", 1.25 → "1.25×", 1 → "1.0×": one or two decimals, never float noise. */
export function formatMultiple(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const two = Math.round(value * 100) / 100;
  const text = Number.isInteger(two * 10) ? two.toFixed(1) : two.toFixed(2);
  return `${text}×`;
}

/** A load with its unit, rounded to 0.1: "112.5 kg". */
export function formatLoad(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${Math.round(value * 10) / 10} ${unit}`;
}

/**
 * How far a ratio is toward its target, as a whole percentage 0–100 for a progress bar. No ratio
 * (no bodyweight or no estimate yet) is 0; past the target is capped at 100.
 */
export function progressPercent(ratio: number | null, target: number | null): number {
  if (ratio === null || target === null || !Number.isFinite(ratio) || !(target > 0)) return 0;
  const pct = Math.floor((ratio / target) * 100);
  return Math.max(0, Math.min(100, pct));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How many renamed tabs the sidebar names before it counts the rest (forty tabs stay one line). */
export const RENAMED_TABS_SHOWN = 3;

/**
 * What the sidebar says about tabs renamed after Apply, whose Status formula still names the old
 * athlete (SidebarLog.statusOutOfDate); null when there are none.
 */
export function renamedTabsText(sheets: readonly string[]): string | null {
  if (sheets.length === 0) return null;
  const shown = sheets.slice(0, RENAMED_TABS_SHOWN).join(', ');
  const rest = sheets.length - RENAMED_TABS_SHOWN;
  if (sheets.length === 1) {
    return `${shown} was renamed after highlights were applied: its Status column still reads the log under the old athlete name (bodyweights and phases included). Apply highlights writes the new name.`;
  }
  return `${rest > 0 ? `${shown} and ${plural(rest, 'other tab')}` : shown} were renamed after highlights were applied: their Status columns still read the logs under the old athlete names (bodyweights and phases included). Apply highlights writes the new names.`;
}

/** Case- and accent-insensitive text for searching names. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a number the coach typed: "1.5", "1,5", " 2 ". Null when it is not one number. */
export function parseTypedNumber(text: string): number | null {
  const t = text.trim().replace(/×$/, '').trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
