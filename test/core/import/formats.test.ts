/**
 * Every layout we read, detected by its header signature, with the layout said in words: Strong
 * in each of its languages and layouts, Hevy with both date styles, FitNotes' two layouts, Fitbod.
 */

import { detectApp, readLabel } from '../../../src/core/import/detect';
import { LANGUAGE_NAMES, type Language, STRONG_LABELS } from '../../../src/core/import/layouts';
import { parseExport } from '../../../src/core/import/text';
import { parsedOk } from './fixtures';

describe('header labels', () => {
  it.each([
    ['Weight (kg)', 'weight', 'kg'],
    ['Weight (lbs)', 'weight', 'lb'],
    ['Weight(kg)', 'weight', 'kg'],
    ['weight_lbs', 'weight', 'lb'],
    ['Weight (kgs)', 'weight', 'kg'],
    ['Poids (kg)', 'poids', 'kg'],
    ['Distance (meters)', 'distance', null],
    ['Duration (sec)', 'duration', null],
    ["Nom de l'exercice", 'nom de l exercice', null],
  ])('%s → base %s, unit %s', (label, base, unit) => {
    expect(readLabel(label)).toMatchObject({ base, weightUnit: unit });
  });

  it('reads a label that is only a unit as the weight (kg, lb) or distance (km, mi) column', () => {
    expect(readLabel('kg')).toMatchObject({ bareRole: 'weight', weightUnit: 'kg' });
    expect(readLabel('lb')).toMatchObject({ bareRole: 'weight', weightUnit: 'lb' });
    expect(readLabel('mi')).toMatchObject({ bareRole: 'distance', weightUnit: null });
  });
});

/** A Strong export in one language, from the translated labels (first of each role). */
function strongIn(language: Language, weight: string): string {
  const l = STRONG_LABELS[language];
  const label = (role: keyof typeof l) => (l[role] as readonly string[])[0] as string;
  const header = [
    label('date'),
    label('workout'),
    label('duration'),
    label('exercise'),
    label('setOrder'),
    weight === '' ? label('weight') : `${label('weight')} (${weight})`,
    label('reps'),
    label('distance'),
    label('seconds'),
    label('notes'),
    label('workoutNotes'),
    label('rpe'),
  ];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    header.map(q).join(','),
    '2024-03-04 18:00:00,"A",1h,"Squat (Barbell)",W,40,5,0,0,"","",',
    '2024-03-04 18:00:00,"A",1h,"Squat (Barbell)",1,100,5,0,0,"solid","",8',
    '2024-03-04 18:00:00,"A",1h,"Running",1,0,0,3.2,1200,"","",',
  ].join('\n');
}

describe.each(Object.keys(STRONG_LABELS) as Language[])('Strong with %s headers', (language) => {
  it('is detected as Strong in that language, and reads its sets', () => {
    const parsed = parsedOk(strongIn(language, 'kg'));
    expect(parsed.format).toBe('strong');
    if (language === 'en') expect(parsed.layout).not.toMatch(/headers/);
    else expect(parsed.layout).toContain(`${LANGUAGE_NAMES[language]} headers`);
    expect(parsed.sets).toHaveLength(1);
    expect(parsed.sets[0]).toMatchObject({ load: 100, unit: 'kg', reps: 5, notes: 'solid; RPE 8' });
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.skipped.cardio).toBe(1);
    expect(parsed.unit).toMatchObject({ unit: 'kg', decidedBy: 'header' });
  });

  it('names a missing column in the file’s own language', () => {
    const text = strongIn(language, '').replace(/,"[^"]*"\n/, ',""\n');
    const withoutReps = text.replace(`"${(STRONG_LABELS[language].reps as string[])[0]}"`, '"?"');
    const result = parseExport(withoutReps);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(
      `has no "${(STRONG_LABELS[language].reps as string[])[0]}" column`,
    );
    expect(result.error.message).toMatch(/^This looks like a Strong export/);
  });
});

describe('Strong layouts since 2015', () => {
  it('2025: ;-separated, every field quoted, "Workout #", Weight (lbs), WARM_UP/FAILURE, rest timers', () => {
    const text = [
      '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (lbs)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
      '"1";"2025-05-01 07:00:00";"Legs";"3600";"Deadlift (Barbell)";"WARM_UP";"135";"5";"";"";"";"";""',
      '"1";"2025-05-01 07:00:00";"Legs";"3600";"Deadlift (Barbell)";"1";"225";"5";"8";"";"";"";""',
      '"1";"2025-05-01 07:00:00";"Legs";"3600";"Deadlift (Barbell)";"FAILURE";"225";"3";"";"";"";"";""',
      '"1";"2025-05-01 07:00:00";"Legs";"3600";"Deadlift (Barbell)";"Rest Timer";"";"";"";"";"120";"";""',
    ].join('\n');
    const parsed = parsedOk(text);
    expect(parsed.formatLabel).toBe('Strong');
    expect(parsed.layout).toBe(
      '2025 layout ("Workout #", Duration (sec)); semicolon-separated, every field quoted',
    );
    expect(parsed.unit).toMatchObject({ unit: 'lb', decidedBy: 'header' });
    expect(parsed.sets.map((s) => [s.setOrder, s.load, s.unit, s.notes])).toEqual([
      ['1', 225, 'lb', 'RPE 8'],
      ['F3', 225, 'lb', 'to failure'],
    ]);
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.skipped['rest timer']).toBe(1);
    expect(parsed.needs).toEqual(['athlete']);
  });

  it('reads the translated warm-up letter, and counts an unknown letter apart (never a set)', () => {
    const pt = strongIn('pt', 'kg').replace(',W,40,5,', ',A,40,5,');
    const parsed = parsedOk(pt);
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.sets).toHaveLength(1);
    const unknown = parsedOk(strongIn('en', 'kg').replace(',W,40,5,', ',X,40,5,'));
    expect(unknown.skipped['unknown set kind']).toBe(1);
    expect(unknown.skipped['warm-up']).toBe(0);
    expect(unknown.sets).toHaveLength(1);
    // A row that cannot be read is listed with its line; the file's other sets still come in.
    const bad = parsedOk(strongIn('en', 'kg').replace(',W,40,5,', ',9b,40,5,'));
    expect(bad.sets).toHaveLength(1);
    expect(bad.bad).toEqual([
      { line: 2, message: 'Line 2: Set Order "9B" is not a set number (or W, D, F).' },
    ]);
  });

  it('2016: weight headed "kg", distance "km", set order from 0', () => {
    const parsed = parsedOk(
      'Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n' +
        '2016-10-03 19:30:55,"W1D1","Squat",0,70.0,5,0.0,0,""\n' +
        '2016-10-03 19:30:55,"W1D1","Squat",1,72.5,5,0.0,0,""\n',
    );
    expect(parsed.layout).toBe(
      '2016 layout (weight headed by its unit, sets from 0); comma-separated',
    );
    expect(parsed.unit).toMatchObject({ unit: 'kg', decidedBy: 'header' });
    expect(parsed.sets.map((s) => [s.setOrder, s.load, s.unit])).toEqual([
      ['0', 70, 'kg'],
      ['1', 72.5, 'kg'],
    ]);
  });

  it('2016 in pounds: "lb" and "mi"', () => {
    const parsed = parsedOk(
      'Date,Workout Name,Exercise Name,Set Order,lb,Reps,mi,Seconds\n2016-09-05 13:04:16,"A1","Bench Press",1,115.0,4,0.0,0\n',
    );
    expect(parsed.sets[0]).toMatchObject({ load: 115, unit: 'lb' });
  });

  it('a file with Strong’s Exercise Name but no Set Order or Workout Name stays a log', () => {
    expect(detectApp(['Date', 'Exercise Name', 'Weight', 'Reps'])).toBeNull();
  });
});

describe('Hevy', () => {
  const header =
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"';

  it.each([
    ['8 Apr 2026, 16:50', '2026-04-08 16:50'],
    ['May 7, 2026, 6:13 AM', '2026-05-07 06:13'],
    ['Jun 11, 2026, 1:01 PM', '2026-06-11 13:01'],
  ])('reads the date style "%s"', (date, start) => {
    const parsed = parsedOk(
      `${header}\n"Push","${date}","${date}","","Bench Press (Barbell)",,"",0,"normal",135,5,,,\n`,
    );
    expect(parsed.formatLabel).toBe('Hevy (lb)');
    expect(parsed.layout).toBe('weights in lb; comma-separated, every field quoted');
    expect(parsed.sets[0]).toMatchObject({ workoutStart: start, load: 135, unit: 'lb' });
  });
});

describe('FitNotes', () => {
  it('older layout: the unit in the header, Time as h:mm:ss, sets numbered within the day', () => {
    const parsed = parsedOk(
      'Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n' +
        '2017-06-23,Standing Dumbbell Curl,Biceps,25.0,12,,,\n' +
        '2017-06-23,Standing Dumbbell Curl,Biceps,30.0,9,,,\n' +
        '2017-06-23,Running (Treadmill),Cardio,,,1.23,mi,0:09:21\n',
    );
    expect(parsed.format).toBe('fitnotes');
    expect(parsed.formatLabel).toBe('FitNotes');
    expect(parsed.layout).toBe('older layout (Weight (lbs)); comma-separated');
    expect(parsed.sets.map((s) => [s.workoutStart, s.setOrder, s.load, s.unit])).toEqual([
      ['2017-06-23', '1', 25, 'lb'],
      ['2017-06-23', '2', 30, 'lb'],
    ]);
    expect(parsed.skipped.cardio).toBe(1);
  });

  it('current layout: Weight and a Weight Unit per row ("kgs")', () => {
    const parsed = parsedOk(
      'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n' +
        '2025-04-29,Seated Cable Row,Back,35.0,kgs,5,,,\n',
    );
    expect(parsed.layout).toBe('current layout (Weight and Weight Unit columns); comma-separated');
    expect(parsed.sets[0]).toMatchObject({ load: 35, unit: 'kg' });
    expect(parsed.unit).toMatchObject({ unit: 'kg', decidedBy: 'unit column' });
  });

  it('both weight columns (Weight (kgs), Weight (lbs)): the first is read', () => {
    const parsed = parsedOk(
      'Date,Exercise,Category,Weight (kgs),Weight (lbs),Reps\n2020-01-01,Squat,Legs,100,220.5,5\n',
    );
    expect(parsed.sets[0]).toMatchObject({ load: 100, unit: 'kg' });
  });

  it('a name split by an unquoted comma is joined back, and said', () => {
    const parsed = parsedOk(
      'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n' +
        '2025-04-29,Overhead Press (Each Side, Dumbbells),Shoulders,8.0,kgs,5,,,\n',
    );
    expect(parsed.sets[0]).toMatchObject({
      exercise: 'Overhead Press (Each Side, Dumbbells)',
      load: 8,
      reps: 5,
    });
    expect(parsed.rejoined).toEqual([{ line: 2, text: 'Overhead Press (Each Side, Dumbbells)' }]);
  });

  it('names what a FitNotes file lacks', () => {
    const result = parseExport('Date,Exercise,Category,Weight (kgs)\n2020-01-01,Squat,Legs,100\n');
    expect(!result.ok && result.error.message).toBe(
      'This looks like a FitNotes export (older layout (Weight (kgs))) but it has no "Reps" column, which FitNotes files always have. Export it again from FitNotes without editing it, or add the column.',
    );
  });
});

describe('Fitbod', () => {
  const header =
    'Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier';

  it('skips warm-ups (isWarmup), notes the multiplier, reads pound conversions back as pounds', () => {
    const parsed = parsedOk(
      `${header}\n` +
        '2021-01-17 22:14:35 +0000,Back Squat, 4,20.41168092460379,0.0,0.0,0.0,0.0,true,, 1.0\n' +
        '2021-01-17 22:14:35 +0000,Back Squat, 5,61.234969950000004,0.0,0.0,0.0,0.0,false,, 1.0\n' +
        '2021-01-17 22:14:35 +0000,Dumbbell Bench Press, 8,20,0.0,0.0,0.0,0.0,false,, 2.0\n' +
        '2021-01-17 22:14:35 +0000,Plank, 0,0.0,60.0,0.0,0.0,0.0,false,, 0.0\n',
    );
    expect(parsed.format).toBe('fitbod');
    expect(parsed.layout).toBe('weights in kg, with multiplier; comma-separated');
    expect(parsed.skipped['warm-up']).toBe(1);
    expect(parsed.skipped.cardio).toBe(1);
    expect(parsed.sets.map((s) => [s.exercise, s.load, s.unit, s.notes])).toEqual([
      ['Back Squat', 135, 'lb', ''],
      ['Dumbbell Bench Press', 20, 'kg', 'Fitbod multiplier ×2'],
    ]);
    expect(parsed.unit.decidedBy).toBe('header');
    expect(parsed.unit.how).toContain('are read as the pounds they were logged in');
  });

  it('names what a Fitbod file lacks', () => {
    const result = parseExport('Date,Exercise,Reps,isWarmup\n2021-01-17,Squat,5,false\n');
    expect(!result.ok && result.error.message).toMatch(
      /^This looks like a Fitbod export .* but it has no "Weight" column, which Fitbod files always have\./,
    );
  });
});

describe('our own log layout', () => {
  it('is read as a log, with the load header’s unit', () => {
    const parsed = parsedOk('Date,Athlete,Exercise,Weight (lb),Reps\n2026-01-05,Ann,Squat,135,5\n');
    expect(parsed.format).toBe('log');
    expect(parsed.layout).toBe('log layout; comma-separated');
    expect(parsed.unit).toMatchObject({ unit: 'lb', decidedBy: 'header' });
  });
});

describe('an unquoted comma that cannot be joined back', () => {
  it('is named as such, with the line', () => {
    const result = parseExport(
      'Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n2026-01-05 10:00,A,Squat,1,100,5,extra,7\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(2);
    expect(result.error.message).toBe(
      'Line 2: this row has 8 fields where the header has 6: an unquoted comma inside a text (near "A") shifts the columns after it. Put that text in quotes or remove the comma, or export the file again from Strong.',
    );
  });
});
