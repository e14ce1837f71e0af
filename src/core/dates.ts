import { type Invalid, invalid } from './result';
import { isBlank, shorten } from './values';

/** A calendar day in the spreadsheet's time zone: sessions are grouped by it. */
export interface CalendarDay {
  /** ISO date, "2026-10-02". */
  readonly day: string;
  /** Days since 1970-01-01, for window arithmetic and sorting. */
  readonly dayNumber: number;
}

const MS_PER_DAY = 86_400_000;
/** Sheets' serial day 0 is 1899-12-30. */
const SHEETS_EPOCH_DAY = -25_569;

/** Month names; a word is a month when it is one of these or a prefix of at least 3 letters. */
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Days since 1970-01-01 for an ISO day ("2026-10-02"), or null when it is not one. */
export function isoDayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / MS_PER_DAY) : null;
}

export function dayFromNumber(dayNumber: number): CalendarDay {
  return { day: new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10), dayNumber };
}

function fromParts(year: number, month: number, date: number): CalendarDay | null {
  if (month < 1 || month > 12 || date < 1 || date > 31 || year < 1900 || year > 2200) return null;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCDate() !== date) return null; // 31 April and the like
  return dayFromNumber(Math.round(ms / MS_PER_DAY));
}

const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Offsets change on a quarter hour at most (Adelaide, Lord Howe, Kathmandu), so one look-up per slot. */
const OFFSET_SLOT_MS = 900_000;

/** The zone's formatter, or null when the zone is not known; both remembered. */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let format = formatters.get(timeZone);
  if (format !== undefined) return format;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    format = null;
  }
  formatters.set(timeZone, format);
  return format;
}

/** The zone's offset from UTC in ms at an instant; cached per zone and quarter hour. */
function zoneOffset(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  let perZone = offsetCache.get(timeZone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(timeZone, perZone);
  }
  const slot = Math.floor(ms / OFFSET_SLOT_MS);
  const cached = perZone.get(slot);
  if (cached !== undefined) return cached;
  const format = zoneFormatter(timeZone);
  if (!format) throw new Error(`time zone "${timeZone}" is not known (e.g. Europe/Oslo)`);
  const start = slot * OFFSET_SLOT_MS;
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(start))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = asUtc - start;
  perZone.set(slot, offset);
  return offset;
}

/**
 * Checks a time zone name; an unknown zone is invalid rather than silently UTC. UTC needs no
 * formatter: every implementation supports it, and the first formatter costs the start-up of the
 * Intl library (tens of ms in a CLI run). https://tc39.es/ecma402/#sec-time-zone-names
 */
export function isTimeZone(timeZone: string): boolean {
  return timeZone === 'UTC' || zoneFormatter(timeZone) !== null;
}

/** The calendar day of an instant in a time zone (check the zone with isTimeZone first: an unknown one throws). */
export function dayOfInstant(ms: number, timeZone: string): CalendarDay {
  const local = ms + zoneOffset(ms, timeZone);
  return dayFromNumber(Math.floor(local / MS_PER_DAY));
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const NUMERIC_DMY = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/;
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

/** "Aug", "August", "Sept" → the month; "Marching" or "Mayo" are not months. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(w) && w.length >= 3);
  return index < 0 ? undefined : index + 1;
}

/**
 * Reads date text as written in the sheet (wall-clock time, so its day is the day written), in the
 * layouts real logs use: ISO "2026-10-02 16:45:22", "Aug 28, 2017 2:32 PM", "8 Apr 2026, 16:50",
 * "2026/10/02", and numeric "10/2/2026" (month first, as Sheets' US locale; day first when the first
 * number is over 12, and always with dots: "2.10.2026"). ISO text with Z or an offset is an instant.
 */
export function parseDateText(text: string, timeZone: string): CalendarDay | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, hh, mi, ss, zone] = m;
    if (zone) {
      const offsetMinutes =
        zone.toUpperCase() === 'Z'
          ? 0
          : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
      const ms =
        Date.UTC(
          Number(y),
          Number(mo) - 1,
          Number(d),
          Number(hh ?? 0),
          Number(mi ?? 0),
          Number(ss ?? 0),
        ) -
        offsetMinutes * 60_000;
      return fromParts(Number(y), Number(mo), Number(d)) ? dayOfInstant(ms, timeZone) : null;
    }
    return fromParts(Number(y), Number(mo), Number(d));
  }
  m = YMD_SLASH.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DMY.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    return dayFirst ? fromParts(Number(m[4]), b, a) : fromParts(Number(m[4]), a, b);
  }
  m = MONTH_FIRST.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month ? fromParts(Number(m[3]), month, Number(m[2])) : null;
  }
  m = DAY_FIRST.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month ? fromParts(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/**
 * Does the day parseDay reads from this cell depend on the time zone? Only for an instant: a Date
 * (or any object, read through its text), or ISO text with Z or an offset. Day text, serial
 * numbers, blanks and what is not a date read the same in every zone.
 */
export function dependsOnTimeZone(cell: unknown): boolean {
  if (typeof cell === 'object' && cell !== null) return true;
  if (typeof cell !== 'string') return false;
  const m = ISO.exec(cell.trim());
  return m !== null && m[7] !== undefined;
}

/**
 * The calendar day of a date cell: a Date (an instant, placed in the time zone), date text, or a
 * Sheets serial number (a date cell formatted as a number). Null for blank.
 */
export function parseDay(
  cell: unknown,
  timeZone: string,
  what = 'date',
): CalendarDay | null | Invalid {
  if (isBlank(cell)) return null;
  // An unknown zone would silently shift every day, so it is the coach's problem to see, not a crash.
  if (!isTimeZone(timeZone))
    return invalid(`time zone "${timeZone}" is not known (e.g. Europe/Oslo)`);
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? invalid(`${what} is not a valid date`) : dayOfInstant(ms, timeZone);
  }
  if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= 1 && cell < 200_000) {
      return dayFromNumber(Math.floor(cell) + SHEETS_EPOCH_DAY);
    }
    return invalid(`${what} ${cell} is not a date`);
  }
  if (typeof cell === 'boolean')
    return invalid(`${what} is ${cell ? 'TRUE' : 'FALSE'}, not a date`);
  const day = parseDateText(String(cell), timeZone);
  return day ?? invalid(`${what} "${shorten(String(cell))}" is not a date (e.g. 2026-10-02)`);
}
