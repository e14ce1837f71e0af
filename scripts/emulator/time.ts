/**
 * Dates the way Sheets stores them: a serial number of days since 1899-12-30 in the spreadsheet's
 * time zone (wall-clock time), shown as a Date to scripts when the cell has a date or time format.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** Offset from UTC in minutes at that instant. */
  readonly offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws Apps Script's kind of message for an unknown zone. */
export function checkTimeZone(timeZone: string): string {
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    throw new Error(`Invalid argument: timeZone "${timeZone}" is not a known time zone`);
  }
}

export function wallClock(ms: number, timeZone: string): WallClock {
  const second = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(second))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const sec = parts.second ?? 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, sec);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second: sec,
    millisecond: ms - second,
    weekday: new Date(asUtc).getUTCDay(),
    offsetMinutes: Math.round((asUtc - second) / 60_000),
  };
}

const offsets = new Map<string, Map<number, number>>();

/** The zone's UTC offset in ms at an instant, cached per hour (zones change on the hour at most). */
function offsetMs(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const hour = Math.floor(ms / 3_600_000);
  let offset = zone.get(hour);
  if (offset === undefined) {
    offset = wallClock(hour * 3_600_000, timeZone).offsetMinutes * 60_000;
    zone.set(hour, offset);
  }
  return offset;
}

export function dateToSerial(ms: number, timeZone: string): number {
  return (ms + offsetMs(ms, timeZone) - EPOCH) / MS_PER_DAY;
}

export function serialToMs(serial: number, timeZone: string): number {
  const local = Math.round(serial * MS_PER_DAY) + EPOCH;
  const first = local - offsetMs(local, timeZone);
  return local - offsetMs(first, timeZone);
}

/** Wall-clock parts of a serial without any zone (the serial already is wall-clock time). */
export function serialParts(serial: number): WallClock {
  const local = Math.round(serial * MS_PER_DAY) + EPOCH;
  const d = new Date(local);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes: 0,
  };
}

export function serialFromParts(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - EPOCH) / MS_PER_DAY;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Utilities.formatDate: Java SimpleDateFormat patterns (y M d H h m s S a E Z X, 'quoted text').
 */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += literal === '' ? "'" : literal;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out +=
          n >= 4
            ? MONTHS[w.month - 1]
            : n === 3
              ? MONTHS[w.month - 1]!.slice(0, 3)
              : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += String(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offsetText(w.offsetMinutes, false);
        break;
      case 'X':
        out += w.offsetMinutes === 0 ? 'Z' : offsetText(w.offsetMinutes, n >= 3);
        break;
      case 'z':
        out += timeZone;
        break;
      default:
        throw new Error(`Utilities.formatDate: the pattern letter "${ch}" is not supported`);
    }
  }
  return out;
}
