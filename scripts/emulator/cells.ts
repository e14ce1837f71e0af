/**
 * What one cell holds and how Sheets shows it: input parsing as setValue does it (formulas, numbers,
 * booleans and ISO dates in text; a leading apostrophe keeps text), and number-format display.
 */
import { types } from 'node:util';
import { DAYS, dateToSerial, MONTHS, pad, serialFromParts, serialParts } from './time';

/** A stored cell value: Sheets keeps numbers (dates are serial numbers), text and booleans. */
export type Scalar = number | string | boolean;

export type CellInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: Scalar; readonly format?: string }
  | { readonly kind: 'formula'; readonly formula: string };

export const EMPTY: CellInput = { kind: 'empty' };

export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const ISO_DATE_FORMAT = 'yyyy-mm-dd';

/** Dates from any realm (a vm context has its own Date). */
export const isDate = (value: unknown): value is Date => types.isDate(value);

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const dateFormatCache = new Map<string, boolean>();

/** True when a number format shows a date or time (so scripts get a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    const bare = stripLiterals(format);
    known =
      bare.toLowerCase() !== 'general' && /[ydhs]|m/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
    dateFormatCache.set(format, known);
  }
  return known;
}

const GROUPED_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const US_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A real calendar day (no 31 February). */
function isDay(y: number, m: number, d: number): boolean {
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCDate() === d && check.getUTCMonth() === m - 1;
}

/**
 * How setValue / setValues read a value: strings as if typed into the cell (the Sheets API's
 * USER_ENTERED: "parsed as if the user typed them into the UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). So `=…` is a
 * formula, and so is text led by `+` or `-` that is not a number (`+A1` is stored as `=+A1`, and
 * `- felt heavy` becomes a formula that fails to parse, #ERROR!); numbers (`1,250`, `-3.5`,
 * `1e3`), percentages (`50%` is 0.5), TRUE/FALSE, ISO dates and US dates (`3/2/2026`, the en_US
 * locale) are converted. A leading `'` keeps the rest as text; cells formatted `@` (plain text)
 * keep any text as is.
 */
export function parseInput(
  value: unknown,
  timeZone: string,
  format: string | undefined,
): CellInput {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') {
    return { kind: 'value', value: Number.isFinite(value) ? value : '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { kind: 'value', value: '' };
    const serial = dateToSerial(ms, timeZone);
    const keep = isDateFormat(format) ? format : undefined;
    const fallback = serial % 1 === 0 ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT;
    return { kind: 'value', value: serial, format: keep ?? fallback };
  }
  const text = typeof value === 'string' ? value : String(value);
  if (format === '@') return { kind: 'value', value: text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (text.startsWith("'"))
    return text.length > 1 ? { kind: 'value', value: text.slice(1) } : EMPTY;
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed)) return { kind: 'value', value: Number(trimmed) };
  if (GROUPED_TEXT.test(trimmed)) {
    const keep = format && !isDateFormat(format) ? format : undefined;
    return {
      kind: 'value',
      value: Number(trimmed.replace(/,/g, '')),
      format: keep ?? (trimmed.includes('.') ? '#,##0.00' : '#,##0'),
    };
  }
  const percent = PERCENT_TEXT.exec(trimmed);
  if (percent) {
    return {
      kind: 'value',
      value: Number(percent[1]) / 100,
      format: percent[1]!.includes('.') ? '0.00%' : '0%',
    };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'value', value: /^true$/i.test(trimmed) };
  const us = US_DATE_TEXT.exec(trimmed);
  if (us) {
    const [m, d, y] = us.slice(1).map(Number) as [number, number, number];
    if (isDay(y, m, d)) {
      return {
        kind: 'value',
        value: serialFromParts(y, m, d, 0, 0, 0),
        format: isDateFormat(format) ? format : DEFAULT_DATE_FORMAT,
      };
    }
  }
  const iso = ISO_TEXT.exec(trimmed);
  if (iso) {
    const [y, m, d, hh, mm, ss] = iso.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    if (isDay(y!, m!, d!)) {
      const withTime = iso[4] !== undefined;
      return {
        kind: 'value',
        value: serialFromParts(y!, m!, d!, hh, mm, ss),
        format: isDateFormat(format)
          ? format
          : withTime
            ? `${ISO_DATE_FORMAT} hh:mm:ss`
            : ISO_DATE_FORMAT,
      };
    }
  }
  if (/^[+-]./s.test(trimmed)) return { kind: 'formula', formula: `=${trimmed}` };
  return { kind: 'value', value: text };
}

/** Sheets date-format tokens: yyyy yy mmmm mmm mm m dddd ddd dd d hh h mm ss am/pm. */
function formatSerialDate(serial: number, format: string): string {
  const w = serialParts(serial);
  const tokens =
    format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|\.0+|[^"\\ymdhsaA]+|./gi) ?? [];
  const twelveHour = /am\/pm|a\/p/i.test(format);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[ymdhs]/i.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[ymdhs]/i.test(x));
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += w.hour < 12 ? 'A' : 'P';
    else if (lower.startsWith('y')) out += t.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (lower.startsWith('m')) {
      const minute =
        t.length <= 2 &&
        ((prev !== undefined && /^h/i.test(prev)) || (next !== undefined && /^s/i.test(next)));
      if (minute) out += pad(w.minute, t.length);
      else if (t.length >= 4) out += MONTHS[w.month - 1];
      else if (t.length === 3) out += MONTHS[w.month - 1]!.slice(0, 3);
      else out += pad(w.month, t.length);
    } else if (lower.startsWith('d')) {
      if (t.length >= 4) out += DAYS[w.weekday];
      else if (t.length === 3) out += DAYS[w.weekday]!.slice(0, 3);
      else out += pad(w.day, t.length);
    } else if (lower.startsWith('h')) {
      const h = twelveHour ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
      out += pad(h, t.length);
    } else if (lower.startsWith('s')) out += pad(w.second, t.length);
    else if (t.startsWith('.0')) out += `.${pad(w.millisecond, 3).slice(0, t.length - 1)}`;
    else out += t;
  }
  return out;
}

/** Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
function automaticNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const precise = Number(n.toPrecision(10));
  return Math.abs(precise) >= 1e15 || (Math.abs(precise) < 1e-9 && precise !== 0)
    ? precise.toExponential().toUpperCase()
    : String(precise);
}

function formatNumber(n: number, format: string): string {
  const sections = format.split(';');
  const section = (n < 0 && sections[1] !== undefined ? sections[1] : sections[0]) ?? '';
  const signed = n < 0 && sections[1] === undefined;
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const m = /^((?:"[^"]*"|\\.|[^#0.,%])*)([#0,]*)(?:\.([#0]*))?(%?)((?:"[^"]*"|\\.|.)*)$/.exec(
    section,
  );
  if (!m) return automaticNumber(n);
  const [, prefix = '', integer = '', decimals = '', percent, suffix = ''] = m;
  let value = Math.abs(n) * (percent ? 100 : 1);
  const maxDecimals = decimals.length;
  const minDecimals = (decimals.match(/0/g) ?? []).length;
  value = Number(value.toFixed(maxDecimals));
  let [intPart = '0', fracPart = ''] = value.toFixed(maxDecimals).split('.');
  while (fracPart.length > minDecimals && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  const minInt = (integer.match(/0/g) ?? []).length;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (integer.includes(',')) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = `${intPart}${fracPart ? `.${fracPart}` : ''}`;
  return `${signed ? '-' : ''}${literal(prefix)}${body}${percent}${literal(suffix)}`;
}

/** What getDisplayValue shows for a computed value in a number format. */
export function displayValue(value: Scalar, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === 'General' || format === '@') return automaticNumber(value);
  if (isDateFormat(format)) return formatSerialDate(value, format);
  return formatNumber(value, format);
}
