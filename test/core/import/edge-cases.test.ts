import { planImport } from '../../../src/core/import';
import { parseExport } from '../../../src/core/import/text';
import { craftedExport, parsedOk, totalSkipped } from './fixtures';

describe('Strong with BOM, CRLF, quoted newlines, emoji and every kind of non-working row', () => {
  const text = craftedExport('strong-bom-crlf.csv');
  const parsed = parsedOk(text);

  it('the fixture really has a BOM and CRLF line ends', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
  });

  it('reads the header despite the BOM and counts lines across a quoted newline', () => {
    expect(parsed.format).toBe('strong');
    // 14 lines of rows (one row spans two) and two trailing blank lines.
    expect(parsed.lines).toBe(16);
    expect(parsed.dataRows).toBe(12);
    expect(parsed.sets.map((s) => s.line)).toEqual([3, 4, 6, 7, 8, 9]);
  });

  it('skips warm-ups, rest timers, cardio, timed holds and empty sets, with reasons', () => {
    expect(parsed.skipped).toEqual({
      'warm-up': 1,
      'unknown set kind': 0,
      cardio: 2, // the run and the plank
      'rest timer': 1,
      'no reps or load': 1,
      'no reps': 1,
      'repeated header': 0,
    });
    expect(parsed.sets.length + totalSkipped(parsed)).toBe(parsed.dataRows);
  });

  it('keeps quoted commas, doubled quotes, newlines and emoji in notes; RPE and set kinds noted', () => {
    expect(parsed.sets[0]?.notes).toBe('felt "easy", grip ok; RPE 8');
    expect(parsed.sets[1]?.notes).toBe('line one\r\nline two 💪; RPE 8.5');
    expect(parsed.sets[2]).toMatchObject({ setOrder: 'D4', load: 80, reps: 10, notes: 'drop set' });
    expect(parsed.sets[5]).toMatchObject({
      exercise: 'Box Jump',
      setOrder: 'F2',
      load: 0,
      reps: 3,
    });
  });

  it('writes formula-like exercise names and notes as literal text', () => {
    const plan = planImport(parsed, {
      athlete: '=Sam',
      unit: 'kg',
      logHeaderLabels: ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Notes'],
      existingKeys: [],
      logUnit: 'kg',
    });
    if (plan.kind !== 'ready') throw new Error(plan.message);
    const hyperlink = plan.rows.find((r) => String(r[2]).includes('HYPERLINK'));
    expect(hyperlink?.[2]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(hyperlink?.[5]).toBe("'+1 rep next time");
    expect(hyperlink?.[1]).toBe("'=Sam");
    const notes = plan.rows.map((r) => r[5]);
    expect(notes).toContain("'@coach: look at this");
    expect(notes).toContain("'-2 from last week; to failure");
    // Numbers stay numbers; the date is ISO text for Sheets to read as a date.
    expect(hyperlink?.[3]).toBe(20);
    expect(hyperlink?.[4]).toBe(8);
    expect(hyperlink?.[0]).toBe('2026-03-02');
    // The preview shows what the coach will see, without the markers.
    expect(plan.preview.rows.some((r) => r[1] === '=Sam')).toBe(true);
  });
});

describe("Strong's unit-column layout (Android: semicolons, Weight Unit, decimal commas)", () => {
  const parsed = parsedOk(craftedExport('strong-android-semicolon.csv'));

  it('takes each row’s unit from the file and needs only the athlete', () => {
    expect(parsed.formatLabel).toBe('Strong');
    expect(parsed.layout).toBe('layout with a Weight Unit column; semicolon-separated');
    expect(parsed.unit.decidedBy).toBe('unit column');
    expect(parsed.needs).toEqual(['athlete']);
    expect(parsed.sets.map((s) => [s.load, s.unit, s.reps])).toEqual([
      [45, 'lb', 5],
      [102.5, 'kg', 3],
      [100, 'kg', 5],
    ]);
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.sets[1]?.notes).toBe('RPE 8.5');
    expect(parsed.sets[2]?.notes).toBe('a; b');
  });
});

describe('Hevy in pounds', () => {
  const parsed = parsedOk(craftedExport('hevy-lbs.csv'));

  it('reads lb from the weight_lbs column and keeps drop and failure sets', () => {
    expect(parsed.formatLabel).toBe('Hevy (lb)');
    expect(parsed.sets.every((s) => s.unit === 'lb')).toBe(true);
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.skipped.cardio).toBe(1);
    expect(parsed.sets.map((s) => [s.exercise, s.setOrder, s.load, s.reps])).toEqual([
      ['Deadlift (Barbell)', '2', 225, 5],
      ['Deadlift (Barbell)', '3', 245, 3],
      ['Deadlift (Barbell)', '4', 185, 8],
      ['Pull Up', '1', 0, 8],
      ['Squat (Barbell)', '1', 185, 5],
      ['Squat (Barbell)', '2', 185, 5],
    ]);
  });

  it('puts the multi-line exercise note on the first working set only', () => {
    expect(parsed.sets[0]?.notes).toBe('brace!\nthen pull; RPE 8');
    expect(parsed.sets[1]?.notes).toBe('to failure');
    expect(parsed.sets[2]?.notes).toBe('drop set');
    expect(parsed.sets[0]?.line).toBe(4); // rows span two lines each
  });

  it('writes "225 lb" into a log without a unit column whose default is kg', () => {
    const plan = planImport(parsed, {
      athlete: 'Jo',
      logHeaderLabels: ['Date', 'Exercise', 'Weight', 'Reps'],
      existingKeys: [],
      logUnit: 'kg',
    });
    if (plan.kind !== 'ready') throw new Error(plan.message);
    expect(plan.rows.map((r) => r[2])).toContain('225 lb');
    const sameUnit = planImport(parsed, {
      athlete: 'Jo',
      logHeaderLabels: ['Date', 'Exercise', 'Weight', 'Reps'],
      existingKeys: [],
      logUnit: 'lb',
    });
    if (sameUnit.kind !== 'ready') throw new Error(sameUnit.message);
    expect(sameUnit.rows.map((r) => r[2])).toContain(225);
  });
});

describe('our own log layout', () => {
  const parsed = parsedOk(craftedExport('log-layout.csv'));

  it('reads athletes, units inside loads and "3x5" reps; skips the repeated header', () => {
    expect(parsed.format).toBe('log');
    expect(parsed.needs).toEqual(['unit']); // "65" on Feb 8 has no unit anywhere
    expect(parsed.skipped['repeated header']).toBe(1);
    expect(parsed.skipped['no reps or load']).toBe(1); // the plank hold
    expect(parsed.sets.map((s) => [s.athlete, s.load, s.unit, s.reps, s.sets, s.setOrder])).toEqual(
      [
        ['Ana', 60, 'kg', 5, 3, '1'],
        ['Ana', 62.5, 'kg', 5, 1, '2'],
        ['Ben', 225, 'lb', 5, 1, '1'],
        ['Ana', 65, null, 5, 1, '1'],
      ],
    );
  });
});

describe('malformed rows are listed with the line and the reason, the good rows kept', () => {
  it.each([
    ['malformed-column-count.csv', 4, /has 7 fields where the header has 11: it is cut short/],
    ['malformed-date.csv', 3, /start_time "yesterday" is not a date/],
    ['malformed-weight.csv', 3, /Weight "heavy" is not a number/],
  ])('%s → line %i', (file, line, reason) => {
    const result = parseExport(craftedExport(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.bad).toHaveLength(1);
    const [bad] = result.parsed.bad;
    expect(bad?.line).toBe(line);
    expect(bad?.message).toMatch(new RegExp(`^Line ${line}: `));
    expect(bad?.message).toMatch(reason);
    expect(result.parsed.sets.length).toBeGreaterThan(0);
    expect(result.parsed.sets.map((s) => s.line)).not.toContain(line);
  });

  it('refuses a file that cannot be read as CSV, or whose every row is bad', () => {
    const quote = parseExport(craftedExport('malformed-unterminated-quote.csv'));
    expect(!quote.ok && quote.error.line).toBe(3);
    expect(!quote.ok && quote.error.message).toMatch(/quoted field is never closed/);
    const head = 'Date,Exercise Name,Set Order,Weight,Reps\n';
    const allBad = parseExport(
      `${head}2026-01-01 10:00,Squat,1,heavy,5\n2026-01-01 10:00,Squat,2,heavier,5\n`,
    );
    expect(!allBad.ok && allBad.error.message).toBe(
      'Line 2: Weight "heavy" is not a number. The other row could not be read either.',
    );
  });

  it('refuses an unknown layout naming the columns it expected and those it found', () => {
    const result = parseExport(craftedExport('unknown-layout.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/Exercise Name, Set Order, Weight, Reps/);
    expect(result.error.message).toMatch(/weight_kg or weight_lbs/);
    expect(result.error.message).toMatch(/Found: Time, Activity, Calories\./);
  });

  it('names the missing columns of a file that looks like Strong or Hevy', () => {
    const strong = parseExport('Date,Exercise Name,Set Order,Weight\n2026-01-01,Squat,1,100\n');
    expect(!strong.ok && strong.error.message).toBe(
      'This looks like a Strong export (classic layout) but it has no "Reps" column, which Strong files always have. Export it again from Strong without editing it, or add the column.',
    );
    const hevy = parseExport('start_time,exercise_title,set_type,reps\n');
    expect(!hevy.ok && hevy.error.message).toMatch(
      /Hevy export \(weight column without a unit\) but it has no "set_index", "weight_kg or weight_lbs" columns/,
    );
  });

  it('refuses an empty file, and a file whose only row has a negative or fractional rep count', () => {
    expect(parseExport('').ok).toBe(false);
    expect(parseExport('\r\n\r\n').ok).toBe(false);
    const head = 'Date,Exercise Name,Set Order,Weight,Reps\n';
    const negative = parseExport(`${head}2026-01-01 10:00,Squat,1,-5,5\n`);
    expect(!negative.ok && negative.error.message).toBe('Line 2: Weight -5 is negative.');
    const fractional = parseExport(`${head}2026-01-01 10:00,Squat,1,100,2.5\n`);
    expect(!fractional.ok && fractional.error.message).toBe(
      'Line 2: Reps 2.5 is not a whole number of reps.',
    );
    const order = parseExport(`${head}2026-01-01 10:00,Squat,X1,100,5\n`);
    expect(!order.ok && order.error.message).toMatch(/Set Order "X1" is not a set number/);
  });

  it('accepts a stray delimiter at the end of a line but not extra values', () => {
    const head = 'Date,Exercise Name,Set Order,Weight,Reps\n';
    expect(parseExport(`${head}2026-01-01 10:00,Squat,1,100,5,\n`).ok).toBe(true);
    const extra = parseExport(`${head}2026-01-01 10:00,Squat,1,100,5,oops\n`);
    expect(!extra.ok && extra.error.line).toBe(2);
  });
});
