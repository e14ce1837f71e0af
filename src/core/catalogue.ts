/**
 * The exercise catalogue: canonical exercises with the aliases coaches and apps (Strong, Hevy) use,
 * and what the audit and targets need to know about each one.
 */

export type Pattern =
  | 'squat'
  | 'hinge'
  | 'lunge'
  | 'push'
  | 'pull'
  | 'carry'
  | 'core'
  | 'plyometric'
  | 'sprint'
  | 'isolation'
  | 'conditioning';

export type Region = 'lower' | 'upper' | 'full' | 'core';

export type Implement =
  | 'barbell'
  | 'trap bar'
  | 'dumbbell'
  | 'kettlebell'
  | 'machine'
  | 'cable'
  | 'bodyweight'
  | 'band'
  | 'sled'
  | 'medicine ball'
  | 'other';

export interface Exercise {
  /** Canonical name, as shown to the coach ("Trap bar deadlift"). */
  readonly name: string;
  /** Other names it is logged under, including Strong/Hevy names ("Deadlift (Trap bar)"). */
  readonly aliases: readonly string[];
  readonly pattern: Pattern;
  readonly region: Region;
  readonly implement: Implement;
  /** Is external load the usual progression (false for push-ups, jumps, strides). */
  readonly loaded: boolean;
  /** Default 1RM target as a multiple of bodyweight; null when none. */
  readonly target: number | null;
  /** The runner-friendly variant's canonical name; null when this one already is. */
  readonly swap: string | null;
  /** A heavy powerlifting lift (mistake 2): barbell back squat, straight-bar deadlift, bench press. */
  readonly powerlifting: boolean;
  /**
   * The jump or sprint to pair this heavy lift with in the same session, in a similar position
   * (split squat → split jump, deadlift → vertical jump); null or absent when none is suggested.
   */
  readonly pairing?: string | null;
}

/** Every movement pattern, in the order the coach reads them. */
export const PATTERNS: readonly Pattern[] = [
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'core',
  'plyometric',
  'sprint',
  'isolation',
  'conditioning',
];

interface Extra {
  readonly target?: number;
  readonly swap?: string;
  readonly pairing?: string;
  readonly powerlifting?: boolean;
}

/** One catalogue entry; the defaults (no target, no swap, no pairing, not powerlifting) are the common case. */
function entry(
  name: string,
  pattern: Pattern,
  region: Region,
  implement: Implement,
  loaded: boolean,
  aliases: readonly string[],
  extra: Extra = {},
): Exercise {
  return {
    name,
    aliases,
    pattern,
    region,
    implement,
    loaded,
    target: extra.target ?? null,
    swap: extra.swap ?? null,
    powerlifting: extra.powerlifting ?? false,
    pairing: extra.pairing ?? null,
  };
}

const LOADED = true;
const UNLOADED = false;

// Aliases are matched by nameKey: case, punctuation, plurals and word order do not matter, so
// "Squat (Barbell)" also covers "Barbell squats". Strong and Hevy names are listed as they export them.
export const CATALOGUE: readonly Exercise[] = [
  // Squat
  entry('Front squat', 'squat', 'lower', 'barbell', LOADED, ['Front Squat (Barbell)', 'FS'], {
    target: 1.0,
    pairing: 'Squat jump',
  }),
  entry(
    'Back squat',
    'squat',
    'lower',
    'barbell',
    LOADED,
    ['Squat (Barbell)', 'Squat', 'BS', 'High bar squat', 'Low bar squat', 'Barbell back squat'],
    { target: 1.25, swap: 'Front squat', powerlifting: true, pairing: 'Squat jump' },
  ),
  entry(
    'Goblet squat',
    'squat',
    'lower',
    'dumbbell',
    LOADED,
    ['Goblet Squat (Kettlebell)', 'Goblet Squat (Dumbbell)'],
    { pairing: 'Box jump' },
  ),
  entry('Smith machine squat', 'squat', 'lower', 'machine', LOADED, ['Squat (Smith Machine)'], {
    swap: 'Goblet squat',
    pairing: 'Squat jump',
  }),
  entry('Hack squat', 'squat', 'lower', 'machine', LOADED, ['Hack Squat (Machine)'], {
    swap: 'Front squat',
    pairing: 'Squat jump',
  }),
  entry(
    'Leg press',
    'squat',
    'lower',
    'machine',
    LOADED,
    ['Leg Press (Machine)', 'Sled leg press'],
    {
      swap: 'Bulgarian split squat',
      pairing: 'Box jump',
    },
  ),
  entry(
    'Seated leg press',
    'squat',
    'lower',
    'machine',
    LOADED,
    ['Seated Leg Press (Machine)', 'Leg Press Horizontal (Machine)', 'Horizontal leg press'],
    { swap: 'Bulgarian split squat', pairing: 'Box jump' },
  ),
  entry('Bodyweight squat', 'squat', 'lower', 'bodyweight', UNLOADED, [
    'Air squat',
    'Squat (Bodyweight)',
  ]),

  // Hinge
  entry(
    'Deadlift',
    'hinge',
    'lower',
    'barbell',
    LOADED,
    ['Deadlift (Barbell)', 'Conventional deadlift', 'DL', 'Straight bar deadlift'],
    { target: 1.5, swap: 'Trap bar deadlift', powerlifting: true, pairing: 'Vertical jump' },
  ),
  entry(
    'Trap bar deadlift',
    'hinge',
    'lower',
    'trap bar',
    LOADED,
    ['Trap Bar DL', 'Hex bar deadlift', 'Deadlift (Trap bar)', 'Hex bar DL', 'Deadlift (Hex Bar)'],
    { target: 1.5, pairing: 'Vertical jump' },
  ),
  entry('Dumbbell deadlift', 'hinge', 'lower', 'dumbbell', LOADED, ['Deadlift (Dumbbell)'], {
    pairing: 'Vertical jump',
  }),
  entry(
    'Romanian deadlift',
    'hinge',
    'lower',
    'barbell',
    LOADED,
    ['Romanian Deadlift (Barbell)', 'RDL', 'Stiff Leg Deadlift (Barbell)', 'Stiff legged deadlift'],
    { pairing: 'Broad jump' },
  ),
  entry(
    'Dumbbell Romanian deadlift',
    'hinge',
    'lower',
    'dumbbell',
    LOADED,
    ['Romanian Deadlift (Dumbbell)', 'DB RDL'],
    { pairing: 'Broad jump' },
  ),
  entry(
    'Single-leg Romanian deadlift',
    'hinge',
    'lower',
    'dumbbell',
    LOADED,
    [
      'Single Leg Romanian Deadlift (Dumbbell)',
      'Single Leg Romanian Deadlift',
      'Single leg RDL',
      'SL RDL',
      'Single Leg Deadlift',
    ],
    { pairing: 'Single-leg hop' },
  ),
  entry('Hip thrust', 'hinge', 'lower', 'barbell', LOADED, ['Hip Thrust (Barbell)'], {
    pairing: 'Broad jump',
  }),
  entry('Glute bridge', 'hinge', 'lower', 'bodyweight', UNLOADED, ['Hip bridge']),
  entry('Good morning', 'hinge', 'lower', 'barbell', LOADED, ['Good Morning (Barbell)'], {
    pairing: 'Broad jump',
  }),
  entry('Kettlebell swing', 'hinge', 'lower', 'kettlebell', LOADED, ['KB swing', 'Russian swing'], {
    pairing: 'Broad jump',
  }),
  entry('Power clean', 'hinge', 'lower', 'barbell', LOADED, [
    'Power Clean (Barbell)',
    'Hang clean',
  ]),
  entry('Back extension', 'hinge', 'lower', 'bodyweight', UNLOADED, [
    'Back Extension (Weighted Hyperextension)',
    'Hyperextension',
    '45 degree back extension',
  ]),
  entry('Nordic hamstring curl', 'hinge', 'lower', 'bodyweight', UNLOADED, [
    'Nordic curl',
    'Nordic',
    'Nordic hamstring',
  ]),
  entry('Glute-ham raise', 'hinge', 'lower', 'bodyweight', UNLOADED, [
    'GHR',
    'Glute ham developer',
  ]),

  // Lunge and single-leg
  entry(
    'Split squat',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Split Squat (Dumbbell)', 'Split Squat (Barbell)', 'Static lunge'],
    { pairing: 'Split jump' },
  ),
  entry(
    'Bulgarian split squat',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Bulgarian Split Squat (Dumbbell)', 'BSS', 'Rear foot elevated split squat', 'RFESS'],
    { pairing: 'Split jump' },
  ),
  entry(
    'Lunge',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Lunge (Dumbbell)', 'Lunge (Barbell)', 'Forward lunge'],
    { pairing: 'Split jump' },
  ),
  entry(
    'Reverse lunge',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Reverse Lunge (Dumbbell)', 'Reverse Lunge (Barbell)'],
    { pairing: 'Split jump' },
  ),
  entry(
    'Walking lunge',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Walking Lunge (Dumbbell)', 'Walking Lunge (Barbell)'],
    { pairing: 'Bounding' },
  ),
  entry(
    'Lateral lunge',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Lateral Lunge (Dumbbell)', 'Side lunge', 'Cossack squat'],
    { pairing: 'Lateral bound' },
  ),
  entry(
    'Step-up',
    'lunge',
    'lower',
    'dumbbell',
    LOADED,
    ['Step Up (Dumbbell)', 'Step-up (Barbell)', 'Box step-up'],
    { pairing: 'Bounding' },
  ),
  entry(
    'Single-leg squat',
    'lunge',
    'lower',
    'bodyweight',
    UNLOADED,
    ['Pistol squat', 'Pistol', 'Skater squat', 'Single leg box squat'],
    { pairing: 'Single-leg hop' },
  ),

  // Push
  entry(
    'Bench press',
    'push',
    'upper',
    'barbell',
    LOADED,
    ['Bench Press (Barbell)', 'Flat bench press', 'Bench', 'BP'],
    { swap: 'Push-up', powerlifting: true },
  ),
  entry(
    'Close-grip bench press',
    'push',
    'upper',
    'barbell',
    LOADED,
    ['Bench Press - Close Grip (Barbell)', 'CGBP'],
    { swap: 'Push-up' },
  ),
  entry(
    'Incline bench press',
    'push',
    'upper',
    'barbell',
    LOADED,
    ['Incline Bench Press (Barbell)'],
    {
      swap: 'Push-up',
    },
  ),
  entry('Dumbbell bench press', 'push', 'upper', 'dumbbell', LOADED, ['Bench Press (Dumbbell)'], {
    swap: 'Push-up',
  }),
  entry(
    'Incline dumbbell bench press',
    'push',
    'upper',
    'dumbbell',
    LOADED,
    ['Incline Bench Press (Dumbbell)', 'Incline dumbbell press'],
    { swap: 'Push-up' },
  ),
  entry(
    'Smith machine incline bench press',
    'push',
    'upper',
    'machine',
    LOADED,
    ['Incline Bench Press (Smith Machine)', 'Smith incline press'],
    { swap: 'Push-up' },
  ),
  entry('Machine chest press', 'push', 'upper', 'machine', LOADED, ['Chest Press (Machine)'], {
    swap: 'Push-up',
  }),
  entry(
    'Iso-lateral chest press',
    'push',
    'upper',
    'machine',
    LOADED,
    ['Iso-Lateral Chest Press (Machine)', 'Isolateral chest press'],
    { swap: 'Push-up' },
  ),
  entry(
    'Decline machine press',
    'push',
    'upper',
    'machine',
    LOADED,
    ['Decline Press (Machine)', 'Decline chest press'],
    { swap: 'Push-up' },
  ),
  entry('Push-up', 'push', 'upper', 'bodyweight', UNLOADED, ['Press-up', 'Push Up (Weighted)']),
  entry('Incline push-up', 'push', 'upper', 'bodyweight', UNLOADED, ['Incline press-up']),
  entry('Overhead press', 'push', 'upper', 'barbell', LOADED, [
    'Overhead Press (Barbell)',
    'Strict Military Press (Barbell)',
    'Military press',
    'OHP',
    'Standing press',
  ]),
  entry('Dumbbell shoulder press', 'push', 'upper', 'dumbbell', LOADED, [
    'Shoulder Press (Dumbbell)',
    'Seated Overhead Press (Dumbbell)',
    'Overhead Press (Dumbbell)',
    'Seated Shoulder Press (Dumbbell)',
  ]),
  entry(
    'Machine shoulder press',
    'push',
    'upper',
    'machine',
    LOADED,
    ['Shoulder Press (Machine)', 'Seated Shoulder Press (Machine)'],
    { swap: 'Dumbbell shoulder press' },
  ),
  entry(
    'Smith machine overhead press',
    'push',
    'upper',
    'machine',
    LOADED,
    ['Overhead Press (Smith Machine)', 'Smith shoulder press'],
    { swap: 'Overhead press' },
  ),
  entry('Landmine press', 'push', 'upper', 'barbell', LOADED, ['Single arm landmine press']),
  entry('Chest dip', 'push', 'upper', 'bodyweight', UNLOADED, [
    'Dip',
    'Parallel bar dip',
    'Triceps Dip',
  ]),

  // Pull
  entry('Pull-up', 'pull', 'upper', 'bodyweight', UNLOADED, [
    'Pull Up (Weighted)',
    'Wide grip pull-up',
  ]),
  entry('Chin-up', 'pull', 'upper', 'bodyweight', UNLOADED, ['Chin Up (Weighted)']),
  entry('Assisted pull-up', 'pull', 'upper', 'machine', UNLOADED, [
    'Pull Up (Assisted)',
    'Chin Up (Assisted)',
    'Band assisted pull-up',
    'Assisted Pull Up (Machine)',
  ]),
  entry(
    'Lat pulldown',
    'pull',
    'upper',
    'cable',
    LOADED,
    [
      'Lat Pulldown (Cable)',
      'Lat Pulldown (Machine)',
      'Lat Pulldown - Close Grip (Cable)',
      'Lat Pulldown - Wide Grip (Cable)',
      'Pulldown',
    ],
    { swap: 'Pull-up' },
  ),
  entry(
    'Single-arm lat pulldown',
    'pull',
    'upper',
    'cable',
    LOADED,
    ['Single Arm Lat Pulldown', 'Single Arm Lat Pulldown (Cable)', 'One arm lat pulldown'],
    { swap: 'Pull-up' },
  ),
  entry('Barbell row', 'pull', 'upper', 'barbell', LOADED, [
    'Bent Over Row (Barbell)',
    'Bent over row',
    'Pendlay row',
  ]),
  entry('Dumbbell row', 'pull', 'upper', 'dumbbell', LOADED, [
    'Bent Over Row (Dumbbell)',
    'One arm dumbbell row',
    'Single arm dumbbell row',
  ]),
  entry('Seated cable row', 'pull', 'upper', 'cable', LOADED, [
    'Seated Row (Cable)',
    'Cable Row',
    'Seated Cable Row - V Grip (Cable)',
    'Seated Cable Row - Bar Wide Grip',
    'Seated Cable Row - Bar Grip',
  ]),
  entry('Machine row', 'pull', 'upper', 'machine', LOADED, ['Seated Row (Machine)'], {
    swap: 'Dumbbell row',
  }),
  entry(
    'Iso-lateral row',
    'pull',
    'upper',
    'machine',
    LOADED,
    ['Iso-Lateral Row (Machine)', 'Isolateral row', 'Hammer strength row'],
    { swap: 'Dumbbell row' },
  ),
  entry('Landmine row', 'pull', 'upper', 'barbell', LOADED, ['T bar row', 'T-Bar Row (Machine)']),
  entry('Inverted row', 'pull', 'upper', 'bodyweight', UNLOADED, [
    'Bodyweight row',
    'TRX row',
    'Ring row',
  ]),
  entry('Face pull', 'pull', 'upper', 'cable', LOADED, ['Face Pull (Cable)', 'Rope face pull']),
  entry('Band pull-apart', 'pull', 'upper', 'band', UNLOADED, ['Band Pull Apart']),

  // Carry
  entry("Farmer's carry", 'carry', 'full', 'dumbbell', LOADED, [
    "Farmer's walk",
    'Farmer carry',
    'Farmers Walk (Trap Bar)',
  ]),
  entry('Suitcase carry', 'carry', 'full', 'kettlebell', LOADED, [
    'Single arm farmers walk',
    'Suitcase walk',
  ]),
  entry('Overhead carry', 'carry', 'full', 'kettlebell', LOADED, ["Waiter's walk"]),
  entry('Sled push', 'carry', 'full', 'sled', LOADED, ['Prowler push', 'Prowler']),

  // Core
  entry('Plank', 'core', 'core', 'bodyweight', UNLOADED, ['Front plank', 'Forearm plank']),
  entry('Side plank', 'core', 'core', 'bodyweight', UNLOADED, []),
  entry('Copenhagen plank', 'core', 'core', 'bodyweight', UNLOADED, [
    'Copenhagen adductor',
    'Copenhagen side plank',
  ]),
  entry('Dead bug', 'core', 'core', 'bodyweight', UNLOADED, []),
  entry('Bird dog', 'core', 'core', 'bodyweight', UNLOADED, []),
  entry('Pallof press', 'core', 'core', 'cable', UNLOADED, [
    'Pallof Press (Cable)',
    'Band pallof press',
  ]),
  entry('Hanging knee raise', 'core', 'core', 'bodyweight', UNLOADED, [
    'Knee raise',
    'Knee Raise Parallel Bars',
    "Captain's chair knee raise",
  ]),
  entry('Hanging leg raise', 'core', 'core', 'bodyweight', UNLOADED, ['Toes to bar']),
  entry('Lying leg raise', 'core', 'core', 'bodyweight', UNLOADED, ['Leg raise']),
  entry('Ab wheel rollout', 'core', 'core', 'other', UNLOADED, ['Ab wheel', 'Ab rollout']),
  entry('Crunch', 'core', 'core', 'bodyweight', UNLOADED, ['Crunch (Machine)', 'Decline crunch']),
  entry('Cable crunch', 'core', 'core', 'cable', UNLOADED, ['Kneeling cable crunch']),
  entry('Sit-up', 'core', 'core', 'bodyweight', UNLOADED, ['Decline sit-up']),
  entry('Russian twist', 'core', 'core', 'bodyweight', UNLOADED, []),
  entry('Hollow hold', 'core', 'core', 'bodyweight', UNLOADED, ['Hollow body hold']),
  entry('Cable woodchop', 'core', 'core', 'cable', UNLOADED, ['Woodchop', 'Wood chop']),

  // Plyometric
  entry('Box jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, []),
  entry('Squat jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Jump squat',
    'Bodyweight jump squat',
  ]),
  entry('Vertical jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Countermovement jump',
    'CMJ',
  ]),
  entry('Broad jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Standing long jump',
    'Standing broad jump',
  ]),
  entry('Split jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Split squat jump',
    'Jumping lunge',
    'Lunge jump',
    'Scissor jump',
  ]),
  entry('Bounding', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Bound',
    'Alternate leg bound',
  ]),
  entry('Pogo jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Pogo',
    'Pogo hop',
    'Ankle hop',
  ]),
  entry('Single-leg hop', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'SL hop',
    'Hopping',
    'Single leg pogo',
  ]),
  entry('Depth jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, ['Drop jump']),
  entry('Lateral bound', 'plyometric', 'lower', 'bodyweight', UNLOADED, [
    'Skater jump',
    'Skater',
    'Skater hop',
  ]),
  entry('Tuck jump', 'plyometric', 'lower', 'bodyweight', UNLOADED, []),
  entry('Hurdle hop', 'plyometric', 'lower', 'bodyweight', UNLOADED, ['Hurdle jump']),
  entry('Medicine ball slam', 'plyometric', 'full', 'medicine ball', UNLOADED, [
    'Med ball slam',
    'Slam ball',
    'Ball slam',
  ]),
  entry('Medicine ball throw', 'plyometric', 'full', 'medicine ball', UNLOADED, [
    'Med ball throw',
    'Rotational med ball throw',
    'Med ball chest pass',
    'Med ball scoop toss',
  ]),
  entry('Plyo push-up', 'plyometric', 'upper', 'bodyweight', UNLOADED, [
    'Clap push-up',
    'Plyometric push-up',
  ]),

  // Sprint
  entry('Strides', 'sprint', 'lower', 'bodyweight', UNLOADED, ['Striders', 'Stride outs']),
  entry('Hill sprint', 'sprint', 'lower', 'bodyweight', UNLOADED, [
    'Hill repeat',
    'Hill stride',
    'Uphill sprint',
  ]),
  entry('Sprint', 'sprint', 'lower', 'bodyweight', UNLOADED, [
    'Sprinting',
    'Flat sprint',
    'Acceleration',
    'Dash',
  ]),
  entry('Flying sprint', 'sprint', 'lower', 'bodyweight', UNLOADED, ['Flying 30', 'Fly sprint']),
  entry('Sled sprint', 'sprint', 'lower', 'sled', LOADED, [
    'Resisted sprint',
    'Sled pull',
    'Sled drag',
  ]),
  entry('Sprint drills', 'sprint', 'lower', 'bodyweight', UNLOADED, [
    'A-skip',
    'B-skip',
    'High knees',
    'Butt kicks',
    'Running drills',
  ]),

  // Conditioning: cardio rows (distance/time, no load) are recognised, not counted as lifting.
  entry('Treadmill', 'conditioning', 'full', 'machine', UNLOADED, [
    'Treadmill run',
    'Treadmill running',
    'Treadmill walk',
    'Incline walk',
  ]),
  entry('Running', 'conditioning', 'full', 'other', UNLOADED, [
    'Run',
    'Outdoor run',
    'Jog',
    'Jogging',
    'Easy run',
  ]),
  entry('Elliptical', 'conditioning', 'full', 'machine', UNLOADED, [
    'Elliptical Machine',
    'Elliptical Trainer',
    'Cross trainer',
  ]),
  entry('Rowing machine', 'conditioning', 'full', 'machine', UNLOADED, [
    'Rowing (Machine)',
    'Rower',
    'Row erg',
    'Rowing erg',
    'Erg',
    'Concept2',
    'Indoor rowing',
  ]),
  entry('Stationary bike', 'conditioning', 'full', 'machine', UNLOADED, [
    'Cycling',
    'Bike',
    'Exercise bike',
    'Spin bike',
    'Spinning',
    'Indoor cycling',
    'Bike (Stationary)',
  ]),
  entry('Air bike', 'conditioning', 'full', 'machine', UNLOADED, [
    'Assault bike',
    'Echo bike',
    'Airdyne',
    'Fan bike',
  ]),
  entry('Ski erg', 'conditioning', 'full', 'machine', UNLOADED, ['SkiErg', 'Ski machine']),
  entry('Stair climber', 'conditioning', 'full', 'machine', UNLOADED, [
    'Stair Machine',
    'StairMaster',
    'Stepmill',
  ]),
  entry('Jump rope', 'conditioning', 'full', 'other', UNLOADED, ['Skipping rope', 'Double under']),
  entry('Swimming', 'conditioning', 'full', 'other', UNLOADED, ['Swim']),
  entry('Walking', 'conditioning', 'full', 'other', UNLOADED, ['Walk']),

  // Isolation, upper body
  entry(
    'Barbell curl',
    'isolation',
    'upper',
    'barbell',
    LOADED,
    ['Bicep Curl (Barbell)', 'EZ Bar Curl', 'Bicep Curl (EZ Bar)'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Dumbbell curl',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Bicep Curl (Dumbbell)', 'Biceps curl', 'Curl'],
    { swap: 'Chin-up' },
  ),
  entry('Cable curl', 'isolation', 'upper', 'cable', LOADED, ['Bicep Curl (Cable)'], {
    swap: 'Chin-up',
  }),
  entry(
    'Single-arm cable curl',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Unilateral Cable Curl', 'One arm cable curl'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Hammer curl',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Hammer Curl (Dumbbell)', 'Hammer Curl (Cable)'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Preacher curl',
    'isolation',
    'upper',
    'barbell',
    LOADED,
    ['Preacher Curl (Barbell)', 'Preacher Curl (Dumbbell)'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Machine preacher curl',
    'isolation',
    'upper',
    'machine',
    LOADED,
    ['Preacher Curl (Machine)', 'Bicep Curl (Machine)', 'Machine curl'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Incline dumbbell curl',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Incline Curl (Dumbbell)'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Concentration curl',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Concentration Curl (Dumbbell)'],
    { swap: 'Chin-up' },
  ),
  entry(
    'Reverse curl',
    'isolation',
    'upper',
    'barbell',
    LOADED,
    ['Reverse Curl (Barbell)', 'Reverse Curl (Dumbbell)'],
    { swap: 'Chin-up' },
  ),
  entry('Reverse cable curl', 'isolation', 'upper', 'cable', LOADED, ['Reverse Curl (Cable)'], {
    swap: 'Chin-up',
  }),
  entry(
    'Triceps pushdown',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Triceps Pushdown (Cable - Straight Bar)', 'Triceps Pushdown (Cable)', 'Cable pushdown'],
    { swap: 'Push-up' },
  ),
  entry(
    'Triceps rope pushdown',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Rope pushdown', 'Triceps Pushdown (Cable - Rope)'],
    { swap: 'Push-up' },
  ),
  entry(
    'Single-arm triceps pushdown',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Single Arm Triceps Pushdown (Cable)', 'One arm triceps pushdown'],
    { swap: 'Push-up' },
  ),
  entry(
    'Overhead triceps extension',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Triceps Extension (Dumbbell)', 'Overhead Triceps Extension (Dumbbell)'],
    { swap: 'Push-up' },
  ),
  entry(
    'Cable triceps extension',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Triceps Extension (Cable)', 'Overhead Triceps Extension (Cable)'],
    { swap: 'Push-up' },
  ),
  entry(
    'Skull crusher',
    'isolation',
    'upper',
    'barbell',
    LOADED,
    ['Skullcrusher (Barbell)', 'Skullcrusher (Dumbbell)', 'Lying Triceps Extension (Barbell)'],
    { swap: 'Push-up' },
  ),
  entry(
    'Triceps kickback',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Triceps Kickback (Dumbbell)', 'Kickback'],
    { swap: 'Push-up' },
  ),
  entry(
    'Machine dip',
    'isolation',
    'upper',
    'machine',
    LOADED,
    ['Seated Dip Machine', 'Triceps Dip (Machine)'],
    { swap: 'Chest dip' },
  ),
  entry(
    'Lateral raise',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Lateral Raise (Dumbbell)', 'Side lateral raise'],
    { swap: 'Dumbbell shoulder press' },
  ),
  entry(
    'Cable lateral raise',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Lateral Raise (Cable)', 'Single Arm Lateral Raise (Cable)'],
    { swap: 'Dumbbell shoulder press' },
  ),
  entry(
    'Front raise',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Front Raise (Dumbbell)', 'Front Raise (Plate)'],
    { swap: 'Dumbbell shoulder press' },
  ),
  entry(
    'Reverse fly',
    'isolation',
    'upper',
    'machine',
    LOADED,
    [
      'Reverse Fly (Machine)',
      'Rear Delt Reverse Fly (Machine)',
      'Reverse Fly (Dumbbell)',
      'Rear delt fly',
    ],
    { swap: 'Face pull' },
  ),
  entry('Dumbbell fly', 'isolation', 'upper', 'dumbbell', LOADED, ['Chest Fly (Dumbbell)'], {
    swap: 'Push-up',
  }),
  entry(
    'Machine fly',
    'isolation',
    'upper',
    'machine',
    LOADED,
    ['Chest Fly (Machine)', 'Butterfly (Pec Deck)', 'Pec deck', 'Pec fly'],
    { swap: 'Push-up' },
  ),
  entry(
    'Cable fly',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Cable Fly Crossovers', 'Cable Crossover', 'Incline Cable Fly'],
    { swap: 'Push-up' },
  ),
  entry(
    'Straight-arm pulldown',
    'isolation',
    'upper',
    'cable',
    LOADED,
    ['Straight Arm Lat Pulldown (Cable)', 'Lat pushdown'],
    { swap: 'Pull-up' },
  ),
  entry('Shrug', 'isolation', 'upper', 'barbell', LOADED, ['Shrug (Barbell)', 'Shrug (Dumbbell)'], {
    swap: "Farmer's carry",
  }),
  entry(
    'Wrist curl',
    'isolation',
    'upper',
    'dumbbell',
    LOADED,
    ['Seated Palms Up Wrist Curl', 'Wrist Curl (Dumbbell)', 'Wrist Curl (Barbell)'],
    { swap: "Farmer's carry" },
  ),

  // Isolation, lower body
  entry(
    'Leg extension',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Leg Extension (Machine)', 'Quad extension'],
    { swap: 'Split squat' },
  ),
  entry(
    'Lying leg curl',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Lying Leg Curl (Machine)', 'Leg curl'],
    { swap: 'Nordic hamstring curl' },
  ),
  entry('Seated leg curl', 'isolation', 'lower', 'machine', LOADED, ['Seated Leg Curl (Machine)'], {
    swap: 'Nordic hamstring curl',
  }),
  entry(
    'Standing leg curl',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Standing Leg Curl (Machine)'],
    { swap: 'Nordic hamstring curl' },
  ),
  entry(
    'Standing calf raise',
    'isolation',
    'lower',
    'machine',
    LOADED,
    [
      'Standing Calf Raise (Barbell)',
      'Standing Calf Raise (Machine)',
      'Standing Calf Raise (Dumbbell)',
      'Calf raise',
    ],
    { pairing: 'Pogo jump' },
  ),
  entry(
    'Seated calf raise',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Seated Calf Raise (Plate Loaded)', 'Seated Calf Raise (Machine)'],
    { pairing: 'Pogo jump' },
  ),
  entry(
    'Calf press',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Calf Extension (Machine)', 'Calf Press on Leg Press', 'Leg press calf raise'],
    { pairing: 'Pogo jump' },
  ),
  entry(
    'Single-leg calf raise',
    'isolation',
    'lower',
    'bodyweight',
    UNLOADED,
    ['Single Leg Calf Raise (Dumbbell)', 'Single leg heel raise'],
    { pairing: 'Pogo jump' },
  ),
  entry('Tibialis raise', 'isolation', 'lower', 'bodyweight', UNLOADED, ['Tib raise', 'Toe raise']),
  entry(
    'Hip abduction',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Hip Abduction (Machine)', 'Hip Abductor (Machine)', 'Abductor machine'],
    { swap: 'Lateral band walk' },
  ),
  entry(
    'Hip adduction',
    'isolation',
    'lower',
    'machine',
    LOADED,
    ['Hip Adduction (Machine)', 'Hip Adductor (Machine)', 'Adductor machine'],
    { swap: 'Copenhagen plank' },
  ),
  entry('Lateral band walk', 'isolation', 'lower', 'band', UNLOADED, [
    'Banded lateral walk',
    'Monster walk',
    'Band walk',
    'X-band walk',
  ]),
  entry(
    'Glute kickback',
    'isolation',
    'lower',
    'cable',
    LOADED,
    ['Glute Kickback (Machine)', 'Cable glute kickback'],
    { swap: 'Step-up' },
  ),
];

/** Words written several ways that mean the same thing in an exercise name. */
const WORD_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['db', ['dumbbell']],
  ['dumbell', ['dumbbell']],
  ['kb', ['kettlebell']],
  ['bb', ['barbell']],
  ['sl', ['single', 'leg']],
  ['one', ['single']],
]);

/** "Pull up", "pull-up" and "pullup" are one word to a coach: these join the word before them. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'over']);

/** The singular of an English word as exercise names use it: presses, flyes, flies, calves, DLs. */
function singular(word: string): string {
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:sses|ches|shes|xes|yes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('lves')) return `${word.slice(0, -3)}f`;
  return word.slice(0, -1);
}

/**
 * The matching key of a name: case-, punctuation-, accent-, plural- and word-order-tolerant, so
 * that "Trap-Bar DLs" meets "trap bar dl", "Squat (Barbell)" meets "Barbell squats" and "Pull-ups"
 * meets "Pullup". Letters of any script are kept, so names in Cyrillic or Greek keep distinct keys;
 * a name of symbols only keeps its own text.
 */
export function nameKey(name: string): string {
  const remembered = keys.get(name);
  if (remembered !== undefined) return remembered;
  const key = computeNameKey(name);
  if (keys.size >= MAX_REMEMBERED_NAMES) keys.clear();
  keys.set(name, key);
  return key;
}

/** Keys of names seen before: callers key every row (targets, series), and logs repeat few names. */
const keys = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 10_000;

function computeNameKey(name: string): string {
  const words = String(name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  const key: string[] = [];
  for (const written of words) {
    if (written === '') continue;
    const word = singular(written);
    const synonym = WORD_SYNONYMS.get(word);
    if (synonym) key.push(...synonym);
    else if (PARTICLES.has(word) && key.length > 0) key[key.length - 1] += word;
    else key.push(word);
  }
  if (key.length > 0) return key.sort().join(' ');
  // Only symbols or emoji ("💪", "???"): keep them, so two such names do not become one series.
  return String(name ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

let index: Map<string, Exercise> | undefined;

function catalogueIndex(): Map<string, Exercise> {
  if (index) return index;
  index = new Map();
  for (const exercise of CATALOGUE) {
    for (const name of [exercise.name, ...exercise.aliases]) {
      const key = nameKey(name);
      // First entry wins; the catalogue tests make sure no two entries share a key.
      if (!index.has(key)) index.set(key, exercise);
    }
  }
  return index;
}

/** Names seen before: a 100k-row log repeats a few dozen names, so each is looked up once. */
const lookups = new Map<string, Exercise | null>();

/** The catalogue entry for a name as written, or null when it is not known. */
export function findExercise(name: string): Exercise | null {
  const remembered = lookups.get(name);
  if (remembered !== undefined) return remembered;
  const exercise = catalogueIndex().get(nameKey(name)) ?? null;
  if (lookups.size >= MAX_REMEMBERED_NAMES) lookups.clear();
  lookups.set(name, exercise);
  return exercise;
}

/** The canonical name; an unknown name is kept as written (trimmed), never guessed. */
export function canonicalName(name: string): string {
  return (
    findExercise(name)?.name ??
    String(name ?? '')
      .trim()
      .replace(/\s+/g, ' ')
  );
}

/** The runner-friendly variant, or the canonical name itself when it already is one or is unknown. */
export function runnerSwap(name: string): string {
  const exercise = findExercise(name);
  return exercise?.swap ?? canonicalName(name);
}

/** The jump or sprint to pair a heavy lift with (canonical name), or null when none is suggested. */
export function pairingFor(name: string): string | null {
  return findExercise(name)?.pairing ?? null;
}
