/**
 * The nine custom functions through dist/ (run `npm run build` first), called the way Sheets calls
 * them: single values or 2D arrays, Date objects from the script's realm, booleans, blanks.
 */
import { column, errorOf, loadSheet, plain } from './harness';

const sheet = loadSheet('Europe/Oslo');
const call = (name: string, ...args: unknown[]) => plain(sheet.call(name, ...args));

describe('E1RM', () => {
  it('estimates with Epley by default, in the load’s unit, and reps = 1 is the load itself', () => {
    expect(call('E1RM', 100, 5)).toBeCloseTo(116.667, 3);
    expect(call('E1RM', '225 lb', 1)).toBe(225);
    expect(call('E1RM', '102,5 kg', '3x5')).toBeCloseTo(102.5 * (1 + 5 / 30), 9);
    expect(call('E1RM', 100, 5, 'Brzycki')).toBeCloseTo(112.5, 9);
  });

  it('is blank past 12 reps or at 0 reps (no reliable estimate) and for blank input', () => {
    expect(call('E1RM', 100, 13)).toBe('');
    expect(call('E1RM', 100, 0)).toBe('');
    expect(call('E1RM', '', 5)).toBe('');
    expect(call('E1RM', 100, '')).toBe('');
  });

  it('throws a plain Error for a single invalid cell', () => {
    expect(errorOf(() => sheet.call('E1RM', 'heavy', 5))).toMatch(/^load "heavy" is not a weight/);
    expect(errorOf(() => sheet.call('E1RM', 100, 5.5))).toBe(
      'reps 5.5 is not a whole number of reps',
    );
    expect(errorOf(() => sheet.call('E1RM', 100, true))).toBe('reps is TRUE, not a number');
    expect(errorOf(() => sheet.call('E1RM', 100, 5, 'magic'))).toMatch(/^unknown formula "magic"/);
    expect(errorOf(() => sheet.call('E1RM', -100, 5))).toBe('load -100 is negative');
    expect(errorOf(() => sheet.call('E1RM', 1.7e308, 5))).toBe('the result is too large to show');
  });

  it('broadcasts over a column, with ⚠ text in invalid cells and blanks for blank rows', () => {
    expect(
      call(
        'E1RM',
        column(100, '225 lb', '', 'x', 50, sheet.date('2026-01-01')),
        column(5, 1, 5, 5, 15, 5),
      ),
    ).toEqual([
      [100 * (1 + 5 / 30)],
      [225],
      [''],
      ['⚠ load "x" is not a weight (e.g. 100, "100 kg", "225 lb")'],
      [''],
      ['⚠ load is a date, not a number'],
    ]);
  });

  it('broadcasts a formula range and a scalar load', () => {
    expect(call('E1RM', 100, [[5, 5]], [['epley', 'brzycki']])).toEqual([
      [100 * (1 + 5 / 30), 112.5],
    ]);
  });

  it('answers a whole-column range of 10,000 mostly blank rows with blanks and the few values', () => {
    const loads = Array.from({ length: 10_000 }, (_, i) => [i % 1000 === 0 ? 100 : '']);
    const reps = Array.from({ length: 10_000 }, (_, i) => [i < 5000 ? 5 : '']);
    const out = call('E1RM', loads, reps) as unknown[][];
    expect(out).toHaveLength(10_000);
    const filled = out.flatMap((row, i) => (row[0] === '' ? [] : [i]));
    expect(filled).toEqual([0, 1000, 2000, 3000, 4000]);
  });
});

describe('LOAD_FOR_REPS', () => {
  it('inverts E1RM for every formula', () => {
    for (const formula of [
      'epley',
      'brzycki',
      'lander',
      'lombardi',
      'mayhew',
      'oconner',
      'wathan',
    ]) {
      const max = call('E1RM', 100, 6, formula) as number;
      expect(call('LOAD_FOR_REPS', max, 6, formula)).toBeCloseTo(100, 9);
    }
    expect(call('LOAD_FOR_REPS', '140 kg', 1)).toBe(140);
  });

  it('broadcasts reps across a row and is blank past 12 reps', () => {
    expect(call('LOAD_FOR_REPS', 120, [[1, 13, 'x']])).toEqual([
      [120, '', '⚠ reps "x" is not a number'],
    ]);
  });
});

describe('STRENGTH_RATIO', () => {
  it('divides load by bodyweight, converting when both cells carry units', () => {
    expect(call('STRENGTH_RATIO', 120, 80)).toBe(1.5);
    expect(call('STRENGTH_RATIO', '100 kg', '180 lb')).toBeCloseTo(100 / (180 * 0.45359237), 12);
    expect(call('STRENGTH_RATIO', '180 lb', '90 kg')).toBeCloseTo((180 * 0.45359237) / 90, 12);
    // A bare number is taken to be in the unit of the other cell.
    expect(call('STRENGTH_RATIO', 180, '90 lb')).toBe(2);
  });

  it('uses the e1RM when reps are given', () => {
    expect(call('STRENGTH_RATIO', 120, 80, 3)).toBeCloseTo(1.65, 12);
    expect(call('STRENGTH_RATIO', 120, 80, 20)).toBe('');
  });

  it('refuses a zero bodyweight and broadcasts a bodyweight row across load columns', () => {
    expect(errorOf(() => sheet.call('STRENGTH_RATIO', 100, 0))).toBe(
      'bodyweight must be more than 0',
    );
    expect(call('STRENGTH_RATIO', column(80, 160), [[80, '160 lb']])).toEqual([
      [1, 0.5],
      [2, 1],
    ]);
  });
});

describe('TARGET_LOAD and TARGET_REACHED', () => {
  it('gives the 1RM that meets the default target, in the bodyweight’s unit', () => {
    expect(call('TARGET_LOAD', 'Trap Bar DL', 60)).toBe(90);
    expect(call('TARGET_LOAD', 'Squat (Barbell)', '160 lb')).toBe(200);
    expect(call('TARGET_LOAD', 'Bicep curl', 60)).toBe('');
  });

  it('uses a custom targets table (with a header row) over the defaults', () => {
    const targets = [
      ['Exercise', 'Target (× bodyweight)'],
      ['Bench press', '0.75×'],
      ['Deadlift', 'none'],
    ];
    expect(
      call('TARGET_LOAD', column('Bench press', 'Deadlift', 'Front squat'), 80, targets),
    ).toEqual([[60], [''], [80]]);
    expect(errorOf(() => sheet.call('TARGET_LOAD', 'Deadlift', 80, [['Deadlift', 'lots']]))).toBe(
      'targets row 1: target for Deadlift "lots" is not a number',
    );
    expect(errorOf(() => sheet.call('TARGET_LOAD', 'Deadlift', 80, 'Deadlift'))).toBe(
      'targets must be a range, not a single value',
    );
  });

  it('marks a target reached with the load or the e1RM, blank without a target', () => {
    expect(call('TARGET_REACHED', 'Deadlift', 120, 80)).toBe(true);
    expect(call('TARGET_REACHED', 'Deadlift', 119, 80)).toBe(false);
    expect(call('TARGET_REACHED', 'Deadlift', 110, 80, 3)).toBe(true);
    expect(call('TARGET_REACHED', 'Curl', 110, 80)).toBe('');
    expect(call('TARGET_REACHED', 'Front squat', '176.37 lb', '80 kg')).toBe(true);
    expect(
      call(
        'TARGET_REACHED',
        column('Deadlift', 'Front squat', '', true),
        column(120, 70, 100, 100),
        80,
        '',
        [['Front squat', 0.8]],
      ),
    ).toEqual([[true], [true], [''], ['⚠ exercise is TRUE, not a name']]);
  });
});

describe('EXERCISE_NAME and RUNNER_SWAP', () => {
  it('normalises names and swaps to the runner-friendly variant', () => {
    expect(call('EXERCISE_NAME', 'Deadlift (Trap bar)')).toBe('Trap bar deadlift');
    expect(call('EXERCISE_NAME', '  My   odd lift ')).toBe('My odd lift');
    expect(call('RUNNER_SWAP', 'Squat (Barbell)')).toBe('Front squat');
    expect(call('RUNNER_SWAP', 'hex bar deadlift')).toBe('Trap bar deadlift');
    expect(call('RUNNER_SWAP', column('Deadlift', '', sheet.date('2026-01-01')))).toEqual([
      ['Trap bar deadlift'],
      [''],
      ['⚠ exercise is a date, not an exercise name'],
    ]);
    expect(errorOf(() => sheet.call('EXERCISE_NAME', false))).toBe('name is FALSE, not a name');
  });
});

/** Five Front squat sessions: a best on day 1 then four without one. */
const days = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'];
const loads = [100, 100, 90, 95, 100];

describe('STALE', () => {
  it('marks every row of the trailing sessions without a new best, per athlete and exercise', () => {
    const out = call(
      'STALE',
      column('Ann', 'Ann', 'Ann', 'Ann', 'Ann', 'Bo', 'Bo'),
      column(...days.map(() => 'Front squat'), 'FS', 'Front Squat (Barbell)'),
      column(...days.map((d) => sheet.date(`${d}T10:00:00Z`)), '2026-01-05', '2026-01-06'),
      column(...loads, 60, 65),
      column(5, 5, 5, 5, 5, 5, 5),
    );
    expect(out).toEqual([[false], [true], [true], [true], [true], [false], [false]]);
  });

  it('takes one athlete for a one-athlete log, the sessions setting, and leaves blank rows blank', () => {
    const blanks = Array.from({ length: 5000 }, () => '');
    const out = call(
      'STALE',
      'Ann',
      column(...days.map(() => 'Front squat'), ...blanks),
      column(...days, ...blanks),
      column(...loads, ...blanks),
      column(...loads.map(() => 5), ...blanks),
      5,
    ) as unknown[][];
    expect(out).toHaveLength(5005);
    expect(out.slice(0, 5)).toEqual([[false], [false], [false], [false], [false]]);
    expect(out.slice(5).every((row) => row[0] === '')).toBe(true);
    expect(errorOf(() => sheet.call('STALE', 'Ann', 'Squat', 'x', 1, 1, 0))).toBe(
      'sessions 0 must be a whole number from 1 to 1000',
    );
  });

  it('warns on unreadable rows and throws for a single unreadable row', () => {
    expect(
      call('STALE', 'Ann', column('Squat', 'Squat'), column('2026-01-05', 'soon'), 100, 5),
    ).toEqual([[false], ['⚠ date "soon" is not a date (e.g. 2026-10-02)']]);
    expect(call('STALE', 'Ann', 'Squat', '2026-01-05', 100, 5)).toBe(false);
    expect(errorOf(() => sheet.call('STALE', 'Ann', 'Squat', 'soon', 100, 5))).toBe(
      'date "soon" is not a date (e.g. 2026-10-02)',
    );
  });

  it('groups sessions by calendar day in the spreadsheet’s time zone', () => {
    // With sessions = 1 a lighter second session is stale, unless both rows are one session.
    // 20:00 and 23:30 UTC on the 5th: one day in UTC, but 21:00 on the 5th and 00:30 on the 6th in Oslo.
    const run = (zone: string) => {
      const s = loadSheet(zone);
      const dates = column(s.date('2026-01-05T20:00:00Z'), s.date('2026-01-05T23:30:00Z'));
      return plain(s.call('STALE', 'Ann', 'Squat', dates, column(100, 90), 5, 1));
    };
    expect(run('Etc/UTC')).toEqual([[false], [false]]);
    expect(run('Europe/Oslo')).toEqual([[false], [true]]);
    // Date text is wall-clock time: the day written is the day, whatever the zone.
    const text = column('2026-01-05 21:00', '2026-01-05 23:59');
    expect(call('STALE', 'Ann', 'Squat', text, column(100, 90), 5, 1)).toEqual([[false], [false]]);
  });
});

const header = ['Date', 'Athlete', 'Exercise', 'Weight', 'Reps', 'Bodyweight'];
const logRows = days.map((day, i) => [
  sheet.date(`${day}T09:00:00Z`),
  'Ann',
  'Front squat',
  loads[i],
  5,
  130,
]);

describe('STRENGTH_STATUS', () => {
  it('returns "Status" on the header row and one status per row, Stale first', () => {
    const out = call('STRENGTH_STATUS', [
      header,
      ...logRows,
      ['', '', '', '', '', ''],
    ]) as string[][];
    // Down to the last row with content: the empty row below the log gets no result row.
    expect(out.map((row) => row.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(out[0]).toEqual(['Status']);
    expect(out[1]?.[0]).toBe('New best: first session, e1RM 116.7 kg');
    for (const row of out.slice(2, 6)) {
      expect(row[0]).toBe('Stale: no new best in 4 sessions since 2026-01-05');
    }
    expect(out[6]).toBeUndefined();
  });

  it('reads custom targets, the sessions setting, the formula and the unit of bare numbers', () => {
    const reached = call(
      'STRENGTH_STATUS',
      [header, ...logRows],
      [['Front squat', 0.85]],
      10,
    ) as string[][];
    expect(reached[1]?.[0]).toBe('Target reached: 0.90× bodyweight (target 0.85×)');
    expect(reached[3]?.[0]).toBe('');
    const brzycki = call(
      'STRENGTH_STATUS',
      [header, ...logRows],
      '',
      10,
      'brzycki',
      'lb',
    ) as string[][];
    expect(brzycki[1]?.[0]).toBe('New best: first session, e1RM 112.5 lb');
  });

  it('reads a season plan: in race season a held lift is not stale, a clear drop is Slipping', () => {
    const season = [
      ['Athlete', 'From', 'To', 'Phase', 'Goal race', 'Race date'],
      ['', sheet.date('2026-01-01T12:00:00Z'), '', 'Race season', 'Oslo 10k', '2026-06-01'],
    ];
    const out = call('STRENGTH_STATUS', [header, ...logRows], '', '', '', '', '', '', season);
    expect((out as string[][]).map((row) => row[0])).toEqual([
      'Status',
      'New best: first session, e1RM 116.7 kg',
      '',
      '',
      '',
      '',
    ]);
    // Header only (what the add-on creates): no phases, so the build rules apply.
    const empty = call('STRENGTH_STATUS', [header, ...logRows], '', '', '', '', '', '', [
      season[0],
    ]) as string[][];
    expect(empty[2]?.[0]).toMatch(/^Stale/);
    // A drop to 85 % of the best slips; the keep share is an argument (here 80 %).
    const dropped = [
      header,
      ...logRows.slice(0, 4),
      [logRows[4]?.[0], 'Ann', 'Front squat', 85, 5, 130],
    ];
    const slip = call('STRENGTH_STATUS', dropped, '', '', '', '', '', '', season) as string[][];
    expect(slip[5]?.[0]).toBe(
      "Slipping: e1RM 99.2 kg, 85% of this block's best 116.7 kg (race season)",
    );
    const kept = call(
      'STRENGTH_STATUS',
      dropped,
      '',
      '',
      '',
      '',
      '',
      '',
      season,
      '',
      '80%',
    ) as string[][];
    expect(kept[5]?.[0]).toBe('');
  });

  it('starts a new block after the layoff weeks given, and names a bad season row', () => {
    const afterBreak = [
      header,
      ...logRows.slice(0, 2),
      [sheet.date('2026-06-01T09:00:00Z'), 'Ann', 'Front squat', 80, 5, 130],
    ];
    const out = call('STRENGTH_STATUS', afterBreak) as string[][];
    expect(out[3]?.[0]).toBe('New best: e1RM 93.3 kg (first since the break; 116.7 kg before it)');
    const longer = call(
      'STRENGTH_STATUS',
      afterBreak,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      52,
    ) as string[][];
    expect(longer[3]?.[0]).toBe('');
    expect(
      errorOf(() =>
        sheet.call('STRENGTH_STATUS', [header, ...logRows], '', '', '', '', '', '', [
          ['Athlete', 'From', 'To', 'Phase'],
          ['Ann', '2026-01-01', '', 'holiday'],
        ]),
      ),
    ).toMatch(/^season plan row 2: "holiday" is not a phase/);
    expect(
      errorOf(() =>
        sheet.call('STRENGTH_STATUS', [header, ...logRows], '', '', '', '', '', '', '', 1),
      ),
    ).toBe('layoff_weeks 1 must be a whole number from 2 to 104');
  });

  it('takes bodyweights from a roster when the log has no bodyweight column', () => {
    const log = [header.slice(0, 5), ...logRows.map((row) => row.slice(0, 5))];
    const roster = [
      ['Athlete', 'Date', 'Bodyweight'],
      ['Ann', '2026-01-01', 110],
    ];
    const out = call('STRENGTH_STATUS', log, '', 10, '', '', roster) as string[][];
    expect(out[1]?.[0]).toBe('Target reached: 1.06× bodyweight (target 1×)');
    const without = call('STRENGTH_STATUS', log, '', 10) as string[][];
    expect(without[1]?.[0]).toBe('New best: first session, e1RM 116.7 kg');
  });

  it('takes the athlete of a tab without an Athlete column: the roster and season rows for them apply', () => {
    // Ann's own tab: no Athlete column, no bodyweight column.
    const tab = [
      ['Date', 'Exercise', 'Weight', 'Reps'],
      ...logRows.map((row) => [row[0], row[2], row[3], row[4]]),
    ];
    const roster = [
      ['Athlete', 'Date', 'Bodyweight'],
      ['Ann', '2026-01-01', 110],
    ];
    const args = (athlete: unknown) =>
      call('STRENGTH_STATUS', tab, '', 10, '', '', roster, '', '', '', '', athlete) as string[][];
    // Without the name the rows are "Athlete"'s, whom the roster does not know.
    expect(args('')[1]?.[0]).toBe('New best: first session, e1RM 116.7 kg');
    expect(args('Ann')[1]?.[0]).toBe('Target reached: 1.06× bodyweight (target 1×)');
    // The name is text from a tab's name: quotes and a leading "=" are just letters.
    const odd = [
      ['Athlete', 'Date', 'Bodyweight'],
      ["=O'Brien", '2026-01-01', 110],
    ];
    const quoted = call('STRENGTH_STATUS', tab, '', 10, '', '', odd, '', '', '', '', "=O'Brien");
    expect((quoted as string[][])[1]?.[0]).toBe('Target reached: 1.06× bodyweight (target 1×)');
    // A log with an Athlete column names its own athletes: the argument changes nothing.
    const shared = [header, ...logRows];
    expect(call('STRENGTH_STATUS', shared, '', '', '', '', '', '', '', '', '', 'Bob')).toEqual(
      call('STRENGTH_STATUS', shared),
    );
    expect(
      errorOf(() =>
        sheet.call('STRENGTH_STATUS', tab, '', '', '', '', '', '', '', '', '', [['A', 'B']]),
      ),
    ).toBe('athlete must be a single value, not a range');
  });

  it('takes the coach’s column choices as role=label text over the detected headers', () => {
    // The log's own header names the load "Weight" (detected); the coach's kilos are in "Kg".
    const log = [[...header, 'Kg'], ...logRows.map((row, i) => [...row, i === 0 ? 140 : 60])];
    const detected = call('STRENGTH_STATUS', log, '', 10) as string[][];
    expect(detected[1]?.[0]).toBe('New best: first session, e1RM 116.7 kg');
    const chosen = call('STRENGTH_STATUS', log, '', 10, '', '', '', 'load=kg') as string[][];
    expect(chosen[1]?.[0]).toBe('Target reached: 1.26× bodyweight (target 1×)');
    // Roles and labels ignore case and spaces; several pairs separate with ";".
    const both = call(
      'STRENGTH_STATUS',
      log,
      '',
      10,
      '',
      '',
      '',
      ' Exercise = exercise ;LOAD=Kg; ',
    ) as string[][];
    expect(both).toEqual(chosen);
    expect(call('STRENGTH_STATUS', log, '', 10, '', '', '', '')).toEqual(detected);
  });

  it('says plainly when a column choice names a bad role or a label not in the header', () => {
    const log = [header, ...logRows];
    expect(
      errorOf(() => sheet.call('STRENGTH_STATUS', log, '', '', '', '', '', 'lift=Exercise')),
    ).toBe(
      'columns: "lift" is not a column role (use date, athlete, exercise, load, reps, sets, unit, bodyweight, notes)',
    );
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', log, '', '', '', '', '', 'load=Kg'))).toBe(
      'columns: there is no column "Kg" (for load) in the log\'s header row (row 1)',
    );
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', log, '', '', '', '', '', 'load'))).toBe(
      'columns: "load" must be role=header label, e.g. exercise=Lift',
    );
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', log, '', '', '', '', '', 5))).toBe(
      'columns must be text like "exercise=Lift; load=Kg"',
    );
  });

  it('warns on unreadable rows and throws for a log it cannot read or a bad setting', () => {
    const out = call('STRENGTH_STATUS', [
      header,
      ...logRows.slice(0, 1),
      ['2026-01-06', 'Ann', 'Front squat', 'lots', 5, 100],
    ]);
    expect((out as string[][])[2]?.[0]).toMatch(/^⚠ load "lots" is not a weight/);
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', 'A1:G'))).toBe(
      'log must be a range, not a single value',
    );
    expect(
      errorOf(() =>
        sheet.call('STRENGTH_STATUS', [
          ['a', 'b'],
          [1, 2],
        ]),
      ),
    ).toMatch(/column/i);
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', [header], '', '', '', 'stone'))).toBe(
      '"stone" is not a unit (use kg or lb)',
    );
    expect(errorOf(() => sheet.call('STRENGTH_STATUS', [header], '', [[1, 2]]))).toBe(
      'sessions must be a single value, not a range',
    );
  });
});
