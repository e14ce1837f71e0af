/**
 * The audit by season phase: each phase rule with a log that shows it and a close log that does
 * not (the same log in another phase, or a set just outside the rule).
 */
import { auditAthlete } from '../../../src/core/audit';
import { attentionWeight, PHASE_AUDIT } from '../../../src/core/audit/phases';
import { DEFAULT_AUDIT_THRESHOLDS, type Finding } from '../../../src/core/model';
import {
  type Phase,
  readSeasonPlan,
  SEASON_HEADER,
  type SeasonPlan,
} from '../../../src/core/season';
import type { CellValue } from '../../../src/core/values';
import {
  athleteOf,
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

function season(...rows: CellValue[][]): SeasonPlan {
  const { plan, problems } = readSeasonPlan([[...SEASON_HEADER], ...rows], 'UTC');
  expect(problems).toEqual([]);
  return plan;
}

/** One phase for Ann over the whole log (from day −400), optionally with a goal race. */
const whole = (phase: Phase, race?: { name: string; day: number }): SeasonPlan =>
  season(['Ann', day(-400), '', phase, race?.name ?? '', race ? day(race.day) : '']);

function auditIn(plan: Plan, seasonPlan: SeasonPlan): Finding[] {
  const status = { ...STATUS, season: seasonPlan };
  const { entries, series } = athleteOf(read(table(plan)), 'Ann', status);
  return auditAthlete('Ann', entries, series, DEFAULT_AUDIT_THRESHOLDS, seasonPlan);
}

const TRAP: Line = ['Trap bar deadlift', 3, 5, 100];
const JUMP: Line = ['Box jump', 3, 5, ''];

/** Steady weekly trap bar work with jumps (nothing to fix in a base phase), days 0–21. */
const steady: Plan = {
  bodyweight: 80, // the best (95 × 5 = 110.8) stays under the 1.5× target
  sessions: {
    0: [['Trap bar deadlift', 3, 5, 80], JUMP],
    7: [['Trap bar deadlift', 3, 5, 85], JUMP],
    14: [['Trap bar deadlift', 3, 5, 90], JUMP],
    21: [['Trap bar deadlift', 3, 5, 95], JUMP],
  },
};

describe('check 6: heavy work close to a goal race', () => {
  const withLast = (offset: number, last: readonly Line[]): Plan => ({
    bodyweight: 80,
    sessions: { ...steady.sessions, [offset]: [...last] },
  });

  it('fires for a heavy trap bar session 7 days before the race, ranked high in a taper', () => {
    // Best e1RM before day 25: 95 × 5 = 110.8; 100 kg is 90 % of it.
    const found = auditIn(withLast(25, [TRAP]), whole('taper', { name: 'Oslo 10k', day: 32 }));
    const f = finding(found, 6);
    expect(f?.title).toBe('Heavy work too close to a goal race');
    expect(f?.evidence).toBe(
      `Trap bar deadlift 3×5 at 100 kg (90% of best) on ${day(25)}, 7 days before Oslo 10k (${day(32)}).`,
    );
    expect(f?.advice).toMatch(/^Make the last heavy lower-body session 10–14 days before/);
    expect(f?.weight).toBe(1); // 0.9 × 1.5 in a taper, at most 1: act today
    expect(f?.phase).toBe('taper');
  });

  it('fires for a max attempt (a single near the best) of any lift', () => {
    const found = auditIn(
      withLast(27, [['Trap bar deadlift', 1, 1, 105], JUMP]),
      whole('race season', { name: 'Race', day: 32 }),
    );
    expect(finding(found, 6)?.evidence).toMatch(/^Trap bar deadlift 1 at 105 kg \(95% of best\)/);
  });

  it('says nothing for the same session 12 days out, or a light one 7 days out', () => {
    expect(
      mistakes(auditIn(withLast(25, [TRAP]), whole('taper', { name: 'R', day: 37 }))),
    ).not.toContain(6);
    const light: Line = ['Trap bar deadlift', 2, 5, 70]; // 63 % of the best
    expect(
      mistakes(auditIn(withLast(25, [light, JUMP]), whole('taper', { name: 'R', day: 32 }))),
    ).toEqual([]);
  });

  it('needs a goal race in the plan', () => {
    expect(mistakes(auditIn(withLast(25, [TRAP, JUMP]), whole('taper')))).toEqual([]);
  });
});

describe('check 7: no speed work in a peak phase', () => {
  const noJumps: Plan = {
    sessions: repeat(
      [0, 4, 7, 11, 14],
      [
        ['Trap bar deadlift', 3, 8, 80],
        ['Split squat', 3, 8, 20],
      ],
    ),
  };

  it('fires in a peak phase with not one jump, bound, hop, sprint or strides', () => {
    const f = finding(auditIn(noJumps, whole('peak')), 7);
    expect(f?.title).toBe('No speed work in a peak phase');
    expect(f?.evidence).toMatch(
      /^Peak phase since 2025-01-26: 5 sessions, 2026-03-02 to 2026-03-16/,
    );
    expect(f?.weight).toBe(0.75); // 0.6 × 1.25 in a peak
  });

  it('is quiet with one jump in the phase, and in a base phase', () => {
    const oneJump: Plan = {
      sessions: { ...noJumps.sessions, 14: [...(noJumps.sessions[14] ?? []), JUMP] },
    };
    expect(mistakes(auditIn(oneJump, whole('peak')))).not.toContain(7);
    expect(mistakes(auditIn(noJumps, whole('base')))).not.toContain(7);
  });
});

describe('check 8: heavier singles past the target in build or peak', () => {
  // Bodyweight 60: target 1.5× = 90 kg. 85 × 5 = 99.2 e1RM reaches it; then heavier singles.
  const singles: Plan = {
    sessions: {
      0: [['Trap bar deadlift', 3, 5, 85], JUMP],
      7: [['Trap bar deadlift', 1, 1, 102], JUMP],
      14: [['Trap bar deadlift', 1, 1, 106], JUMP],
    },
  };

  it('fires in a build phase, and mistake 2 does not say it again', () => {
    const found = auditIn(singles, whole('build'));
    expect(mistakes(found)).toEqual([8]);
    expect(finding(found, 8)?.evidence).toBe(
      `Trap bar deadlift had reached its target, yet a heavier single or double set a new best on ${day(7)} and ${day(14)} in the build phase (1.77× bodyweight, target 1.5×).`,
    );
  });

  it('leaves it to mistake 2 in a base phase, and says nothing for heavier fives in build', () => {
    expect(mistakes(auditIn(singles, whole('base')))).toEqual([2]);
    const fives: Plan = {
      sessions: {
        0: [['Trap bar deadlift', 3, 5, 85], JUMP],
        7: [['Trap bar deadlift', 3, 5, 88], JUMP],
      },
    };
    expect(mistakes(auditIn(fives, whole('build')))).toEqual([2]);
  });
});

describe('phase thresholds', () => {
  /** The same trap bar session five times: stale in a build phase. */
  const holding: Plan = {
    sessions: repeat([0, 7, 14, 21, 28], [['Trap bar deadlift', 3, 5, 80], JUMP]),
  };

  it('does not call holding a lift "not progressing" in race season or a taper', () => {
    expect(mistakes(auditIn(holding, whole('base')))).toEqual([4]);
    expect(mistakes(auditIn(holding, whole('race season')))).toEqual([]);
    expect(mistakes(auditIn(holding, whole('taper')))).toEqual([]);
  });

  it('accepts bodyweight-only work in a taper and transition, not in the base phase', () => {
    const bodyweight: Plan = {
      sessions: repeat(
        [0, 3, 7],
        [
          ['Push-up', 3, 10, ''],
          ['Plank', 3, 1, ''],
        ],
      ),
    };
    expect(mistakes(auditIn(bodyweight, whole('base')))).toEqual([3]);
    expect(mistakes(auditIn(bodyweight, whole('taper')))).toEqual([]);
    expect(mistakes(auditIn(bodyweight, whole('transition')))).toEqual([]);
  });

  it('asks for jumps after most heavy sessions in a peak phase (25 %, not 50 %)', () => {
    // 4 heavy sessions, one without a jump: 25 %.
    const plan: Plan = {
      sessions: {
        ...repeat([0, 7, 14], [['Trap bar deadlift', 3, 5, 80], JUMP]),
        21: [['Trap bar deadlift', 3, 5, 82.5]],
      },
    };
    expect(mistakes(auditIn(plan, whole('build')))).not.toContain(5);
    expect(mistakes(auditIn(plan, whole('peak')))).toContain(5);
  });

  it('judges the current phase only: a taper is not held to the build weeks before it', () => {
    const p = season(['Ann', day(-400), day(20), 'base'], ['Ann', day(21), '', 'taper']);
    const bodyweightTaper: Plan = {
      sessions: {
        ...repeat([0, 7, 14], [['Push-up', 3, 10, '']]),
        ...repeat([21, 24], [['Push-up', 3, 10, '']]),
      },
    };
    expect(mistakes(auditIn(bodyweightTaper, p))).toEqual([]);
    expect(mistakes(auditIn(bodyweightTaper, whole('base')))).toEqual([3]);
  });

  it('keeps every phase rule as data with its reason', () => {
    for (const rule of Object.values(PHASE_AUDIT)) expect(rule.why.length).toBeGreaterThan(40);
    expect(attentionWeight(1, null)).toBe(0.5);
    expect(attentionWeight(1, 'transition')).toBe(0.25);
    expect(attentionWeight(6, 'taper')).toBeGreaterThan(attentionWeight(4, 'base'));
  });
});
