import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  CATALOGUE,
  canonicalName,
  type Exercise,
  findExercise,
  nameKey,
  PATTERNS,
  pairingFor,
  runnerSwap,
} from '../../src/core/catalogue';

const named = (name: string): Exercise => {
  const exercise = CATALOGUE.find((e) => e.name === name);
  if (!exercise) throw new Error(`no catalogue entry named ${name}`);
  return exercise;
};

describe('the catalogue', () => {
  it('holds at least 80 exercises with distinct names', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CATALOGUE.map((e) => e.name)).size).toBe(CATALOGUE.length);
  });

  it('never lets two entries share a name or alias key', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const exercise of CATALOGUE) {
      for (const name of [exercise.name, ...exercise.aliases]) {
        const key = nameKey(name);
        const first = owner.get(key);
        if (first !== undefined && first !== exercise.name) {
          clashes.push(`"${name}" (${exercise.name}) vs ${first}`);
        }
        owner.set(key, exercise.name);
        expect(key).not.toBe('');
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every entry by its name and each of its aliases', () => {
    for (const exercise of CATALOGUE) {
      for (const name of [exercise.name, ...exercise.aliases]) {
        expect(findExercise(name)?.name).toBe(exercise.name);
      }
    }
  });

  it('covers every movement pattern', () => {
    const covered = new Set(CATALOGUE.map((e) => e.pattern));
    expect([...covered].sort()).toEqual([...PATTERNS].sort());
    expect(PATTERNS).toHaveLength(13);
  });

  it('has default targets only for the four key lifts of DESIGN.md', () => {
    const targets = Object.fromEntries(
      CATALOGUE.filter((e) => e.target !== null).map((e) => [e.name, e.target]),
    );
    expect(targets).toEqual({
      'Front squat': 1.0,
      'Back squat': 1.25,
      'Trap bar deadlift': 1.5,
      Deadlift: 1.5,
    });
  });

  it('flags only barbell back squat, straight-bar deadlift and barbell bench press as powerlifting', () => {
    const lifts = CATALOGUE.filter((e) => e.powerlifting).map((e) => e.name);
    expect(lifts.sort()).toEqual([
      'Back squat',
      'Bench press',
      'Deadlift',
      'Deficit deadlift',
      'Sumo deadlift',
    ]);
    for (const name of lifts) expect(named(name).implement).toBe('barbell');
  });

  it('swaps only to runner-friendly catalogue entries, never to itself or to another swap', () => {
    for (const exercise of CATALOGUE.filter((e) => e.swap !== null)) {
      const swap = findExercise(exercise.swap!);
      expect(swap?.name).toBe(exercise.swap);
      expect(swap?.name).not.toBe(exercise.name);
      expect(swap?.swap).toBeNull();
      expect(swap?.powerlifting).toBe(false);
    }
  });

  it('gives every powerlifting lift and every upper-body isolation exercise a swap', () => {
    const needSwap = CATALOGUE.filter(
      (e) => e.powerlifting || (e.pattern === 'isolation' && e.region === 'upper'),
    );
    expect(needSwap.filter((e) => e.swap === null).map((e) => e.name)).toEqual([]);
  });

  it('pairs heavy lifts only with plyometric or sprint entries in the catalogue', () => {
    const paired = CATALOGUE.filter((e) => e.pairing);
    expect(paired.length).toBeGreaterThanOrEqual(20);
    for (const exercise of paired) {
      const pairing = findExercise(exercise.pairing!);
      expect(pairing?.name).toBe(exercise.pairing);
      expect(['plyometric', 'sprint']).toContain(pairing?.pattern);
    }
    // Jumps and sprints are the pairing, not paired themselves.
    for (const exercise of CATALOGUE.filter((e) => ['plyometric', 'sprint'].includes(e.pattern))) {
      expect(exercise.pairing ?? null).toBeNull();
    }
  });

  it('pairs the lifts DESIGN.md names with jumps in a similar position', () => {
    expect(pairingFor('Split squat')).toBe('Split jump');
    expect(pairingFor('Bulgarian split squat')).toBe('Split jump');
    expect(pairingFor('Deadlift (Barbell)')).toBe('Vertical jump');
    expect(pairingFor('Trap bar deadlift')).toBe('Vertical jump');
    expect(pairingFor('Squat (Barbell)')).toBe('Squat jump');
    expect(pairingFor('Front squat')).toBe('Squat jump');
    expect(pairingFor('Goblet squat')).toBe('Box jump');
    expect(pairingFor('Step-up')).toBe('Bounding');
    expect(pairingFor('Bench press')).toBeNull();
    expect(pairingFor('Some new lift')).toBeNull();
  });

  it('marks bodyweight, jump, sprint and cardio work as not loaded', () => {
    for (const exercise of CATALOGUE) {
      if (['plyometric', 'conditioning', 'core'].includes(exercise.pattern)) {
        expect(exercise.loaded).toBe(false);
      }
      if (exercise.implement === 'bodyweight') expect(exercise.loaded).toBe(false);
      if (['barbell', 'trap bar'].includes(exercise.implement)) expect(exercise.loaded).toBe(true);
    }
    expect(named('Strides').pattern).toBe('sprint');
    expect(named('Hill sprint').pattern).toBe('sprint');
  });

  it('keeps squat, hinge and lunge work in the lower body', () => {
    for (const exercise of CATALOGUE.filter((e) =>
      ['squat', 'hinge', 'lunge'].includes(e.pattern),
    )) {
      expect(exercise.region).toBe('lower');
    }
  });
});

describe('runnerSwap', () => {
  it.each([
    ['Squat (Barbell)', 'Front squat'],
    ['back squat', 'Front squat'],
    ['Deadlift (Barbell)', 'Trap bar deadlift'],
    ['Bench Press (Barbell)', 'Push-up'],
    ['Incline Bench Press (Dumbbell)', 'Push-up'],
    ['Leg Extension (Machine)', 'Split squat'],
    ['Leg Press', 'Bulgarian split squat'],
    ['Lying Leg Curl (Machine)', 'Nordic hamstring curl'],
    ['Bicep Curl (Dumbbell)', 'Chin-up'],
    ['Triceps Pushdown', 'Push-up'],
    ['Lat Pulldown (Cable)', 'Pull-up'],
    ['Hip Adduction (Machine)', 'Copenhagen plank'],
  ])('swaps %p for %p', (name, swap) => {
    expect(runnerSwap(name)).toBe(swap);
  });

  it.each([
    ['Front squat', 'Front squat'],
    ['hex bar deadlift', 'Trap bar deadlift'],
    ['Pull Up', 'Pull-up'],
    ['Romanian Deadlift (Dumbbell)', 'Dumbbell Romanian deadlift'],
    ['  Zercher carry  ', 'Zercher carry'],
  ])('keeps %p (already runner-friendly or unknown) as %p', (name, same) => {
    expect(runnerSwap(name)).toBe(same);
  });
});

describe('matching names', () => {
  it.each([
    ['Trap-Bar DLs', 'Trap bar deadlift'],
    ['TRAP BAR DL', 'Trap bar deadlift'],
    ['hex bar deadlifts', 'Trap bar deadlift'],
    ['Deadlift (Trap bar)', 'Trap bar deadlift'],
    ['Barbell squats', 'Back squat'],
    ['squat, barbell', 'Back squat'],
    ['Bench Presses', 'Bench press'],
    ['Pull-ups', 'Pull-up'],
    ['pullups', 'Pull-up'],
    ['PULL UP', 'Pull-up'],
    ['Push ups', 'Push-up'],
    ['Chin-Ups', 'Chin-up'],
    ["Farmer's walk", "Farmer's carry"],
    ['Farmers Walk', "Farmer's carry"],
    ['Farmer’s walks', "Farmer's carry"],
    ['Dumbbell flyes', 'Dumbbell fly'],
    ['DB RDLs', 'Dumbbell Romanian deadlift'],
    ['KB swings', 'Kettlebell swing'],
    ['Crunches', 'Crunch'],
    ['Box Jumps', 'Box jump'],
    ['Hill Sprints', 'Hill sprint'],
    ['stride', 'Strides'],
    ['Bulgarian split squats', 'Bulgarian split squat'],
    ['One-arm dumbbell rows', 'Dumbbell row'],
    ['Rowing Machine', 'Rowing machine'],
    ['Elliptical Trainer', 'Elliptical'],
    ['Bike', 'Stationary bike'],
    ['  front   SQUAT ', 'Front squat'],
  ])('%p is %p', (written, name) => {
    expect(canonicalName(written)).toBe(name);
  });

  it('is case- and punctuation-tolerant for every alias', () => {
    const names = CATALOGUE.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e.name] as const));
    const separator = fc.constantFrom(' ', '  ', '-', '_', ' / ', '.', ' - ');
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        separator,
        ([written, name], upper, sep) => {
          const cased = [...written]
            .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase()))
            .join('');
          const punctuated = ` ${cased.replace(/ /g, sep)}. `;
          expect(findExercise(punctuated)?.name).toBe(name);
        },
      ),
    );
  });

  it('keeps unknown names as written (trimmed) and never guesses', () => {
    for (const written of [
      'Jefferson squat',
      'Bench press (machine)', // not "Bench press": a machine is a different lift
      'Squat jump with weight vest',
      'Leg',
      'Deadlift 2',
      'Присед со штангой',
    ]) {
      expect(findExercise(written)).toBeNull();
      expect(canonicalName(`  ${written} `)).toBe(written);
    }
    expect(canonicalName('')).toBe('');
    expect(findExercise('Squat jump')?.name).toBe('Squat jump');
    expect(findExercise('Deadlift (Dumbbell)')?.name).toBe('Dumbbell deadlift');
    expect(findExercise('Front Squat (Barbell)')?.name).toBe('Front squat');
  });

  it('gives names in other scripts their own keys rather than one empty key', () => {
    const squat = nameKey('Присед со штангой');
    const bench = nameKey('Жим лёжа');
    expect(squat).not.toBe('');
    expect(bench).not.toBe('');
    expect(squat).not.toBe(bench);
    expect(nameKey('ЖИМ ЛЁЖА')).toBe(bench);
    expect(nameKey('💪')).not.toBe(nameKey('🏃'));
    expect(nameKey(' 💪 ')).toBe('💪');
    expect(nameKey('')).toBe('');
  });

  it('ignores accents and word order', () => {
    expect(nameKey('Développé couché')).toBe(nameKey('developpe couche'));
    expect(nameKey('Curl (Hammer)')).toBe(nameKey('hammer curl'));
  });

  it('returns the same entry object on repeated look-ups', () => {
    const first = findExercise('Squat (Barbell)');
    expect(findExercise('Squat (Barbell)')).toBe(first);
    expect(findExercise('squat barbell')).toBe(first);
  });
});

describe('the real Strong and Hevy exports', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'realdata');
  const exportNames = (file: string, column: string): string[] => {
    const parsed = Papa.parse<Record<string, string>>(
      readFileSync(path.join(fixtures, file), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    return [...new Set(parsed.data.map((row) => row[column] ?? ''))];
  };
  const names = [
    ...exportNames('strong-export-kg-a.csv', 'Exercise Name'),
    ...exportNames('strong-export-kg-b.csv', 'Exercise Name'),
    ...exportNames('hevy-export-kg.csv', 'exercise_title'),
  ];

  it('names only exercises the catalogue knows', () => {
    expect(names.length).toBeGreaterThanOrEqual(90);
    expect(names.filter((name) => findExercise(name) === null)).toEqual([]);
  });

  it.each([
    ['Squat (Barbell)', 'Back squat'],
    ['Squat (Smith Machine)', 'Smith machine squat'],
    ['Deadlift (Barbell)', 'Deadlift'],
    ['Romanian Deadlift (Dumbbell)', 'Dumbbell Romanian deadlift'],
    ['Romanian Deadlift (Barbell)', 'Romanian deadlift'],
    ['Bench Press (Barbell)', 'Bench press'],
    ['Bench Press (Dumbbell)', 'Dumbbell bench press'],
    ['Bench Press - Close Grip (Barbell)', 'Close-grip bench press'],
    ['Bicep Curl (Dumbbell)', 'Dumbbell curl'],
    ['Bicep Curl (Barbell)', 'Barbell curl'],
    ['Triceps Pushdown', 'Triceps pushdown'],
    ['Triceps Pushdown (Cable - Straight Bar)', 'Triceps pushdown'],
    ['Lat Pulldown (Cable)', 'Lat pulldown'],
    ['Lat Pulldown - Close Grip (Cable)', 'Lat pulldown'],
    ['Pull Up', 'Pull-up'],
    ['Pull Up (Assisted)', 'Assisted pull-up'],
    ['Leg Press (Machine)', 'Leg press'],
    ['Leg Press', 'Leg press'],
    ['Leg Press Horizontal (Machine)', 'Seated leg press'],
    ['Hip Thrust (Barbell)', 'Hip thrust'],
    ['Treadmill', 'Treadmill'],
    ['Elliptical Machine', 'Elliptical'],
    ['Leg Extension (Machine)', 'Leg extension'],
    ['Lying Leg Curl (Machine)', 'Lying leg curl'],
    ['Standing Calf Raise (Barbell)', 'Standing calf raise'],
    ['Strict Military Press (Barbell)', 'Overhead press'],
    ['Seated Row (Cable)', 'Seated cable row'],
    ['Butterfly (Pec Deck)', 'Machine fly'],
    ['Hip Abductor (Machine)', 'Hip abduction'],
  ])('reads %p as %p', (written, name) => {
    expect(names).toContain(written);
    expect(canonicalName(written)).toBe(name);
  });

  it('sees the cardio rows as conditioning and the arm work as isolation', () => {
    expect(findExercise('Treadmill')?.pattern).toBe('conditioning');
    expect(findExercise('Elliptical Machine')?.pattern).toBe('conditioning');
    for (const name of ['Bicep Curl (Cable)', 'Lateral Raise (Dumbbell)', 'Cable Fly Crossovers']) {
      expect(findExercise(name)?.pattern).toBe('isolation');
    }
  });
});
