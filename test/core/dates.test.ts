import fc from 'fast-check';
import {
  type CalendarDay,
  dayFromNumber,
  dayOfInstant,
  dependsOnTimeZone,
  isTimeZone,
  parseDateText,
  parseDay,
} from '../../src/core/dates';
import { isInvalid } from '../../src/core/result';

const dayOf = (cell: unknown, zone = 'UTC') => {
  const day = parseDay(cell, zone);
  return day === null || isInvalid(day) ? day : (day as CalendarDay).day;
};
const utc = (iso: string) => new Date(iso);

describe('parseDay of Date cells (instants placed in the sheet’s zone)', () => {
  it('puts a late-evening UTC instant on the next day in Asia/Tokyo', () => {
    const instant = utc('2026-03-10T22:30:00Z');
    expect(dayOf(instant, 'UTC')).toBe('2026-03-10');
    expect(dayOf(instant, 'Asia/Tokyo')).toBe('2026-03-11'); // 07:30 JST
    expect(dayOf(instant, 'America/New_York')).toBe('2026-03-10'); // 18:30 EDT
  });

  it('follows Europe/Oslo across its daylight-saving changes', () => {
    // CET (+1) until 2026-03-29 01:00 UTC, then CEST (+2) until 2026-10-25 01:00 UTC.
    expect(dayOf(utc('2026-03-28T22:30:00Z'), 'Europe/Oslo')).toBe('2026-03-28'); // 23:30 CET
    expect(dayOf(utc('2026-03-29T22:30:00Z'), 'Europe/Oslo')).toBe('2026-03-30'); // 00:30 CEST
    expect(dayOf(utc('2026-10-24T22:30:00Z'), 'Europe/Oslo')).toBe('2026-10-25'); // 00:30 CEST
    expect(dayOf(utc('2026-10-25T22:30:00Z'), 'Europe/Oslo')).toBe('2026-10-25'); // 23:30 CET
  });

  it('follows America/New_York across its daylight-saving changes', () => {
    // EST (−5) until 2026-03-08 07:00 UTC, EDT (−4) until 2026-11-01 06:00 UTC.
    expect(dayOf(utc('2026-03-08T04:30:00Z'), 'America/New_York')).toBe('2026-03-07'); // 23:30 EST
    expect(dayOf(utc('2026-03-09T04:30:00Z'), 'America/New_York')).toBe('2026-03-09'); // 00:30 EDT
    expect(dayOf(utc('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01'); // 00:30 EDT
    expect(dayOf(utc('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01'); // 23:30 EST
  });

  it('keeps a date cell (midnight in the sheet’s zone) on its own day', () => {
    expect(dayOf(utc('2026-10-01T22:00:00Z'), 'Europe/Oslo')).toBe('2026-10-02');
    expect(dayOf(utc('2026-10-02T04:00:00Z'), 'America/New_York')).toBe('2026-10-02');
    expect(dayOf(utc('2026-10-01T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-10-02');
  });

  it('refuses an invalid Date and an unknown zone in plain words', () => {
    expect(parseDay(new Date(Number.NaN), 'UTC')).toEqual({ invalid: 'date is not a valid date' });
    expect(parseDay(utc('2026-10-02T10:00:00Z'), 'Mars/Olympus')).toEqual({
      invalid: 'time zone "Mars/Olympus" is not known (e.g. Europe/Oslo)',
    });
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('agrees with Intl on the calendar day for any instant in any zone', () => {
    // Zones with quarter- and half-hour offsets and with changes at midnight (Santiago, Beirut).
    const zones = [
      'UTC',
      'Asia/Tokyo',
      'Europe/Oslo',
      'America/New_York',
      'Australia/Adelaide',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Pacific/Chatham',
      'America/Santiago',
      'Asia/Beirut',
    ];
    const reference = (ms: number, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(new Date(ms));
      const get = (type: string) => parts.find((p) => p.type === type)?.value;
      return `${get('year')}-${get('month')}-${get('day')}`;
    };
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (ms, zone) => {
        expect(dayOfInstant(ms, zone).day).toBe(reference(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDay of date text (the day as written)', () => {
  it.each([
    ['2026-10-02', '2026-10-02'],
    ['2026-1-5', '2026-01-05'],
    ['2019-12-02 16:45:22', '2019-12-02'],
    ['2019-12-02T16:45', '2019-12-02'],
    ['Aug 28, 2017 2:32 PM', '2017-08-28'],
    ['August 28, 2017', '2017-08-28'],
    ['Sept 3 2026', '2026-09-03'],
    ['8 Apr 2026, 16:50', '2026-04-08'],
    ['1st March 2026', '2026-03-01'],
    ['10/2/2026', '2026-10-02'],
    ['13/2/2026', '2026-02-13'],
    ['2/13/2026', '2026-02-13'],
    ['2.10.2026', '2026-10-02'],
    ['2026/10/02', '2026-10-02'],
  ])('reads %p as %s in any zone', (text, day) => {
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/New_York'])
      expect(dayOf(text, zone)).toBe(day);
  });

  it('places ISO text with Z or an offset as an instant', () => {
    expect(dayOf('2026-10-02T23:30:00Z', 'UTC')).toBe('2026-10-02');
    expect(dayOf('2026-10-02T23:30:00Z', 'Asia/Tokyo')).toBe('2026-10-03');
    expect(dayOf('2026-10-02T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-10-03');
    expect(dayOf('2026-10-02T20:00:00-05:00', 'UTC')).toBe('2026-10-03');
    expect(dayOf('2026-10-02T01:00:00+0530', 'UTC')).toBe('2026-10-01');
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-02-29T10:00:00Z',
    '31/04/2026',
    '31.04.2026',
    'yesterday',
    'Marching 3, 2020',
    'Mayo 3, 2020',
    '45000',
    '1850-01-01',
  ])('refuses %p', (text) => {
    expect(dayOf(text)).toEqual({ invalid: `date "${text}" is not a date (e.g. 2026-10-02)` });
    expect(parseDateText(text, 'UTC')).toBeNull();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(dayOf('2028-02-29')).toBe('2028-02-29');
    expect(isInvalid(parseDay('2026-02-29', 'UTC'))).toBe(true);
    expect(isInvalid(parseDay('2100-02-29', 'UTC'))).toBe(true); // not a leap year
  });
});

describe('parseDay of Sheets serial numbers and other cells', () => {
  it.each([
    [25569, '1970-01-01', 0],
    [45000, '2023-03-15', 19431],
    [45000.75, '2023-03-15', 19431], // the time of day is dropped
    [46297, '2026-10-02', 20728],
    [1, '1899-12-31', -25568],
  ])('reads serial %p as %s', (serial, day, dayNumber) => {
    expect(parseDay(serial, 'Asia/Tokyo')).toEqual({ day, dayNumber });
  });

  it.each([0, 0.5, -3, Number.NaN, Number.POSITIVE_INFINITY, 300000])('refuses serial %p', (n) => {
    expect(parseDay(n, 'UTC')).toEqual({ invalid: `date ${n} is not a date` });
  });

  it('refuses booleans and is null for blanks', () => {
    expect(parseDay(true, 'UTC')).toEqual({ invalid: 'date is TRUE, not a date' });
    expect(parseDay(false, 'UTC', 'session date')).toEqual({
      invalid: 'session date is FALSE, not a date',
    });
    for (const blank of [null, undefined, '', '  ']) expect(parseDay(blank, 'UTC')).toBeNull();
  });

  it('numbers days from 1970-01-01 consistently with their ISO text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (n) => {
        const { day } = dayFromNumber(n);
        expect(parseDay(day, 'UTC')).toEqual({ day, dayNumber: n });
      }),
    );
  });
});

describe('dependsOnTimeZone (the CLI finds the machine’s zone only when a day needs it)', () => {
  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];
  const two = (n: number) => String(n).padStart(2, '0');
  const dateText = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('', 'Z', 'z', '+05:30', '-0800', ' +01:00', '+14:00'),
        fc.constantFrom(' ', 'T'),
        fc.boolean(),
      )
      .map(
        ([y, m, d, h, mi, zone, sep, withTime]) =>
          `${y}-${two(m)}-${two(d)}${withTime ? `${sep}${two(h)}:${two(mi)}` : ''}${zone}`,
      ),
    fc.constantFrom(
      '2026/10/02',
      '10/2/2026',
      '2.10.2026',
      'Aug 28, 2017 2:32 PM',
      '8 Apr 2026, 16:50',
    ),
    fc.string({ unit: fc.constantFrom('2', '0', '-', ':', 'T', 'Z', '+', ' ', '1') }),
  );

  it('is false only where every zone reads the same day', () => {
    fc.assert(
      fc.property(dateText, (text) => {
        if (dependsOnTimeZone(text)) return;
        const days = zones.map((zone) => JSON.stringify(parseDay(text, zone)));
        expect(new Set(days).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('is true for instants: ISO text with Z or an offset, and Dates', () => {
    expect(dependsOnTimeZone('2026-03-01T23:30:00Z')).toBe(true);
    expect(dependsOnTimeZone(' 2026-03-01 23:30+05:30 ')).toBe(true);
    expect(dependsOnTimeZone(new Date(0))).toBe(true);
    // A day as written, with or without a wall-clock time, and what is not text.
    expect(dependsOnTimeZone('2026-03-01 23:30')).toBe(false);
    expect(dependsOnTimeZone('2026-03-01')).toBe(false);
    expect(dependsOnTimeZone(46000)).toBe(false);
    expect(dependsOnTimeZone('')).toBe(false);
    expect(dependsOnTimeZone(null)).toBe(false);
  });

  it('knows UTC without a formatter, and places instants in it', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(dayOf(utc('2026-03-01T23:30:00Z'), 'UTC')).toBe('2026-03-01');
    expect(dayOf('2026-03-01T23:30:00-02:00', 'UTC')).toBe('2026-03-02');
  });
});
