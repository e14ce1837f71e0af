/**
 * Each of the five mistakes: a log that shows it, a close log just under the threshold that does
 * not, and a threshold change that moves the verdict. Logs go through readLog and buildSeries.
 */
import { auditAthlete, isHeavyLower } from '../../../src/core/audit';
import { MAX_TEXT } from '../../../src/core/audit/window';
import {
  athleteOf,
  auditPlan,
  day,
  finding,
  type Line,
  mistakes,
  type Plan,
  read,
  repeat,
  STATUS,
  table,
} from './builder';

const JUMPS: Line = ['Box jump', 3, 4, ''];

describe('mistake 1: training like a bodybuilder', () => {
  // 8 of 20 sets (40 %) isolation or 12+ reps; trap bar and jumps are the rest.
  const shows: Plan = {
    sessions: repeat(
      [0, 3],
      [
        ['Bicep Curl (Dumbbell)', 2, 12, 10],
        ['Front squat', 2, 12, 30],
        ['Trap bar deadlift', 3, 5, 70],
        JUMPS,
      ],
    ),
  };
  // One curl set fewer per session: 6 of 18 sets (33 %).
  const close: Plan = {
    sessions: repeat(
      [0, 3],
      [
        ['Bicep Curl (Dumbbell)', 1, 12, 10],
        ['Front squat', 2, 12, 30],
        ['Trap bar deadlift', 3, 5, 70],
        JUMPS,
      ],
    ),
  };

  it('fires at 40 % of the sets, with the exercises, counts, share and dates', () => {
    const f = finding(auditPlan(shows), 1);
    expect(f?.title).toBe('Training like a bodybuilder');
    expect(f?.evidence).toContain('8 of 20 sets (40%)');
    expect(f?.evidence).toContain(`${day(0)} to ${day(3)}`);
    expect(f?.evidence).toMatch(/Dumbbell curl 4/);
    expect(f?.evidence).toMatch(/Front squat 4/);
    expect(f?.advice).toContain('Dumbbell curl → Chin-up');
    expect(f?.advice).toMatch(/3–6 reps/);
  });

  it('does not fire just under the share', () => {
    expect(finding(auditPlan(close), 1)).toBeUndefined();
  });

  it('moves with the share and the pump-range reps', () => {
    expect(finding(auditPlan(close, { bodybuilderShare: 0.3 }), 1)).toBeDefined();
    // With pump range at 13+, the 12-rep front squats no longer count: 4 of 20 sets.
    expect(finding(auditPlan(shows, { pumpReps: 13 }), 1)).toBeUndefined();
  });

  it('counts isolation sets at any rep range, but not unloaded high-rep work', () => {
    const plan: Plan = {
      sessions: repeat(
        [0, 3],
        [['Cable fly', 3, 8, 10], ['Push-up', 3, 20, ''], ['Trap bar deadlift', 2, 5, 70], JUMPS],
      ),
    };
    // 6 fly sets of 22 (push-ups are bodyweight): 27 %, under 40 %.
    expect(finding(auditPlan(plan), 1)).toBeUndefined();
    expect(finding(auditPlan(plan, { bodybuilderShare: 0.25 }), 1)?.evidence).toContain(
      '6 of 22 sets (27%)',
    );
  });
});

describe('mistake 2: training like a powerlifter', () => {
  const lower = (squatSets: number, frontSets: number): Plan => ({
    sessions: repeat(
      [0, 3],
      [
        ['Back squat', squatSets, 5, 60],
        ['Front squat', frontSets, 5, 50],
        ['Vertical jump', 3, 3, ''],
      ],
    ),
  });

  it('fires when back squat and deadlift make half the loaded lower-body sets', () => {
    const f = finding(auditPlan(lower(3, 3)), 2);
    expect(f?.title).toBe('Training like a powerlifter');
    expect(f?.evidence).toContain('6 of 12 loaded lower-body sets (50%) were Back squat');
    expect(f?.advice).toContain('Back squat → Front squat');
  });

  it('does not fire just under half, and a lower share moves the verdict', () => {
    expect(finding(auditPlan(lower(5, 6)), 2)).toBeUndefined();
    expect(finding(auditPlan(lower(5, 6), { powerlifterShare: 0.45 }), 2)?.evidence).toContain(
      '10 of 22',
    );
  });

  it('fires when bench press dominates the upper-body compound work', () => {
    const upper = (bench: number, rows: number): Plan => ({
      sessions: repeat(
        [0, 3],
        [
          ['Bench Press (Barbell)', bench, 5, 50],
          ['Barbell row', rows, 8, 40],
          ['Trap bar deadlift', 3, 5, 70],
          ['Vertical jump', 3, 3, ''],
        ],
      ),
    });
    const f = finding(auditPlan(upper(3, 2)), 2);
    expect(f?.evidence).toContain('Bench press made 6 of 10 upper-body sets (60%)');
    expect(f?.advice).toContain('Bench press → Push-up');
    expect(finding(auditPlan(upper(2, 3)), 2)).toBeUndefined();
  });

  // Bodyweight 60 kg: the trap bar target 1.5× is a 90 kg e1RM; singles make e1RM = load.
  const chase = (loads: readonly number[]): Plan => ({
    sessions: Object.fromEntries(
      loads.map((load, i) => [
        i * 3,
        [['Trap bar deadlift', 1, 1, load] as Line, ['Vertical jump', 3, 3, ''] as Line],
      ]),
    ),
  });

  it('fires when a lift past its target sets a new best afterwards', () => {
    const f = finding(auditPlan(chase([85, 90, 92.5, 95])), 2);
    expect(f?.evidence).toBe(
      `Trap bar deadlift reached its target (1.5× bodyweight) on ${day(3)}, then set 2 new bests, latest ${day(9)} at 1.58×.`,
    );
    expect(f?.advice).toContain('Trap bar deadlift is strong enough');
  });

  it('does not fire when the lift reached its target and then held it', () => {
    expect(finding(auditPlan(chase([85, 90, 90, 89])), 2)).toBeUndefined();
  });

  it('ignores a chase that ended before the window', () => {
    const plan = chase([85, 90, 95, 95, 95]);
    // Window of 7 days up to day 12 covers days 6–12: the new best on day 6 is in, so it fires;
    // a 6-day window (days 7–12) leaves it out.
    expect(finding(auditPlan(plan, { windowDays: 7 }), 2)).toBeDefined();
    expect(finding(auditPlan(plan, { windowDays: 6 }), 2)).toBeUndefined();
  });
});

describe('mistake 3: bodyweight and abs only', () => {
  const abs: Line[] = [
    ['Push-up', 3, 15, ''],
    ['Plank', 3, 1, ''],
    ['Walking lunge', 3, 12, ''],
  ];

  it('fires with two sessions and no loaded squat, hinge or lunge', () => {
    const f = finding(auditPlan({ bodyweight: 70, sessions: repeat([0, 4], abs) }), 3);
    expect(f?.title).toBe('Bodyweight and abs only');
    expect(f?.evidence).toBe(
      `2 sessions, ${day(0)} to ${day(4)}, and not one loaded squat, hinge or lunge. Logged: Plank, Push-up and Walking lunge.`,
    );
    // Starting loads a gym has, from bodyweight 70 kg: a 14 kg dumbbell, 35 kg on the trap bar
    // (plate steps), 7 kg dumbbells (racks go in 1-kg steps up to 10 kg).
    expect(f?.advice).toContain('Goblet squat at about 14 kg');
    expect(f?.advice).toContain('Trap bar deadlift at about 35 kg');
    expect(f?.advice).toContain('Split squat with 7 kg in each hand');
  });

  it('does not fire once one loaded lunge is logged', () => {
    const sessions = repeat([0, 4], abs);
    sessions[4] = [...abs, ['Walking lunge', 2, 10, 8]];
    expect(finding(auditPlan({ sessions }), 3)).toBeUndefined();
  });

  it('needs the coach’s minimum number of sessions', () => {
    expect(
      finding(auditPlan({ sessions: repeat([0, 4], abs) }, { minSessions: 3 }), 3),
    ).toBeUndefined();
    expect(
      finding(auditPlan({ sessions: repeat([0, 4, 8], abs) }, { minSessions: 3 }), 3),
    ).toBeDefined();
  });

  it('gives starting loads in words when the bodyweight is unknown', () => {
    const values = table({ sessions: repeat([0, 4], abs) }).map((row) => row.slice(0, 6));
    const { entries, series } = athleteOf(read(values), 'Ann');
    const f = finding(auditAthlete('Ann', entries, series), 3);
    expect(f?.advice).toContain('a light kettlebell');
  });
});

describe('mistake 4: not progressing', () => {
  // Bodyweight 100 kg keeps the trap bar (1.5×) far from its target.
  const trapBar = (loads: readonly number[], extra: Line[] = []): Plan => ({
    bodyweight: 100,
    sessions: Object.fromEntries(
      loads.map((load, i) => [i * 3, [['Trap bar deadlift', 3, 5, load] as Line, JUMPS, ...extra]]),
    ),
  });

  it('fires when a key lift has gone three sessions without a new best', () => {
    const f = finding(auditPlan(trapBar([60, 62.5, 62.5, 62.5, 62.5])), 4);
    expect(f?.title).toBe('Not progressing');
    expect(f?.evidence).toBe(`Trap bar deadlift: 3 sessions without a new best since ${day(3)}.`);
    expect(f?.advice).toContain('Trap bar deadlift: try 65 kg × 5 next, or 62.5 kg × 6');
  });

  it('suggests the next bell, not a load no gym has, for a kettlebell lift', () => {
    const plan: Plan = {
      bodyweight: 70,
      sessions: Object.fromEntries(
        [16, 16, 16, 16].map((load, i) => [
          i * 3,
          [['Goblet Squat (Kettlebell)', 3, 10, load] as Line, JUMPS],
        ]),
      ),
    };
    const f = finding(auditPlan(plan), 4);
    expect(f?.advice).toContain('Goblet squat: try 20 kg × 10 next, or 16 kg × 11');
    expect(f?.advice).not.toMatch(/18\.5 kg/);
  });

  it('does not fire after two flat sessions, unless the coach’s stale run is two', () => {
    const plan = trapBar([60, 62.5, 62.5, 62.5]);
    expect(finding(auditPlan(plan), 4)).toBeUndefined();
    expect(finding(auditPlan(plan, {}, { ...STATUS, sessionsBeforeStale: 2 }), 4)).toBeDefined();
  });

  it('counts the most frequent loaded lower-body lifts as key, but not upper-body ones', () => {
    const flat = [20, 20, 20, 20].map((load) => load);
    const plan: Plan = {
      sessions: Object.fromEntries(
        flat.map((load, i) => [
          i * 3,
          [
            ['Split squat', 3, 6, load],
            ['Barbell row', 3, 8, 40],
            ['Split jump', 3, 4, ''],
          ] as Line[],
        ]),
      ),
    };
    const f = finding(auditPlan(plan), 4);
    expect(f?.evidence).toBe(`Split squat: 3 sessions without a new best since ${day(0)}.`);
    expect(f?.evidence).not.toContain('Barbell row');
  });

  it('does not report a lift that was dropped before the window', () => {
    const plan = trapBar([60, 62.5, 62.5, 62.5, 62.5]);
    const later: Plan = {
      ...plan,
      sessions: {
        ...plan.sessions,
        60: [['Front squat', 3, 5, 60], JUMPS],
        63: [['Front squat', 3, 5, 62.5], JUMPS],
      },
    };
    expect(finding(auditPlan(later), 4)).toBeUndefined();
  });

  it('after the target, identical sessions are stale and the advice changes the work', () => {
    // Bodyweight 60: 100 kg singles are 1.67× (target 1.5×); the same 3×1 four times.
    const plan: Plan = {
      sessions: repeat([0, 3, 6, 9], [['Trap bar deadlift', 3, 1, 100], JUMPS]),
    };
    const f = finding(auditPlan(plan), 4);
    expect(f?.evidence).toBe(`Trap bar deadlift: 3 identical sessions since ${day(0)}.`);
    expect(f?.advice).toContain('strong enough: keep the load but change the work');
  });
});

describe('mistake 5: not connecting gym work to running', () => {
  const heavy: Line = ['Split squat', 3, 5, 30];
  const jump: Line = ['Split jump', 3, 4, ''];

  it('fires when heavy lower-body sessions have no jump or sprint, naming the dates', () => {
    const plan: Plan = { sessions: { 0: [heavy], 3: [heavy], 7: [heavy, jump] } };
    const f = finding(auditPlan(plan), 5);
    expect(f?.title).toBe('Not connecting gym work to running');
    expect(f?.evidence).toBe(
      `2 of 3 heavy lower-body sessions had no jump, hop, bound, sprint or strides the same day: ${day(0)} and ${day(3)}.`,
    );
    expect(f?.advice).toContain('Split squat → Split jump');
    expect(f?.advice).toContain('strides after lifting');
  });

  it('does not fire when only one of three heavy sessions lacks a jump, unless the share is lower', () => {
    const plan: Plan = {
      sessions: { 0: [heavy], 3: [heavy, jump], 7: [heavy, ['Strides', 6, 1, '']] },
    };
    expect(finding(auditPlan(plan), 5)).toBeUndefined();
    expect(finding(auditPlan(plan, { unconnectedShare: 0.3 }), 5)?.evidence).toContain(
      `1 of 3 heavy lower-body session`,
    );
  });

  it('pairs a deadlift with a vertical jump', () => {
    const plan: Plan = { sessions: repeat([0, 3], [['Deadlift', 3, 3, 80]]) };
    expect(finding(auditPlan(plan), 5)?.advice).toContain('Deadlift → Vertical jump');
  });

  it('calls a set heavy at 1–6 reps, or 7–8 reps at 75 % of an earlier best, never at 9+', () => {
    // Day 0: 60 × 5 (e1RM 70). Day 3: 55 × 8 is 79 % of 70; 50 × 8 is 71 %; 60 × 10 is volume.
    const log = read(
      table({
        sessions: {
          0: [['Front squat', 1, 5, 60]],
          3: [
            ['Front squat', 1, 8, 55],
            ['Front squat', 1, 8, 50],
            ['Front squat', 1, 10, 60],
            ['Front squat', 1, 6, 20],
          ],
        },
      }),
    );
    const { entries, series } = athleteOf(log, 'Ann');
    expect(entries.map((e) => isHeavyLower(e, series))).toEqual([true, true, false, false, true]);
  });

  it('does not count light high-rep lower-body days as heavy', () => {
    const plan: Plan = { sessions: repeat([0, 3, 7], [['Goblet squat', 3, 10, 16]]) };
    expect(finding(auditPlan(plan), 5)).toBeUndefined();
  });
});

describe('wording', () => {
  it('keeps every evidence and advice line sidebar-sized', () => {
    const busy: Plan = {
      bodyweight: 60,
      sessions: Object.fromEntries(
        [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25].map((d, i) => [
          d,
          [
            ['Back squat', 5, 5, 60 + i * 2.5],
            ['Deadlift', 3, 3, 80 + i * 5],
            ['Bench Press (Barbell)', 5, 5, 50],
            ['Leg Extension (Machine)', 4, 15, 30],
            ['Lateral Raise (Dumbbell)', 4, 15, 5],
            ['Cable fly', 4, 15, 10],
            ['Bicep Curl (Dumbbell)', 4, 12, 10],
            ['Trap bar deadlift', 3, 5, 70],
          ] as Line[],
        ]),
      ),
    };
    const findings = auditPlan(busy);
    expect(mistakes(findings)).toEqual([1, 2, 4, 5]);
    for (const f of findings) {
      expect(f.evidence.length).toBeLessThanOrEqual(MAX_TEXT);
      expect(f.advice.length).toBeLessThanOrEqual(MAX_TEXT);
      expect(f.evidence).toMatch(/\d{4}-\d{2}-\d{2}|\d+ of \d+/);
    }
  });
});
