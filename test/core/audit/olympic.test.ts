/**
 * How the Olympic lifts and their pulls count in the audit (docs/exercises.md):
 * - mistake 2: loaded lower-body work that is never powerlifting, so cleans dilute a back-squat share;
 * - mistake 3: a loaded lower-body lift, so a program of cleans is not "bodyweight and abs only";
 * - mistake 5: the lifts are the fast element that connects a heavy session, the pulls are heavy
 *   hinges that need one.
 */
import { auditPlan, finding, type Line, mistakes, type Plan, repeat } from './builder';

const SQUAT: Line = ['Back squat', 3, 5, 80];

describe('mistake 5: Olympic lifts connect a heavy session, their pulls do not', () => {
  it('finds no mistake 5 when heavy squats share the day with power cleans', () => {
    const plan: Plan = { sessions: repeat([0, 3, 7, 10], [SQUAT, ['Power Clean', 5, 2, 60]]) };
    expect(mistakes(auditPlan(plan))).not.toContain(5);
  });

  it('finds mistake 5 when heavy squats share the day only with clean pulls', () => {
    const plan: Plan = { sessions: repeat([0, 3, 7, 10], [SQUAT, ['Clean Pull', 3, 3, 100]]) };
    expect(finding(auditPlan(plan), 5)?.evidence).toMatch(/^4 of 4 heavy lower-body sessions/);
  });

  it('counts a classified Olympic lift too ("Kettlebell Hang Clean")', () => {
    const plan: Plan = {
      sessions: repeat([0, 3, 7, 10], [SQUAT, ['Kettlebell Hang Clean', 4, 5, 24]]),
    };
    expect(mistakes(auditPlan(plan))).not.toContain(5);
  });

  it('does not make a session of power cleans alone a heavy session needing a jump', () => {
    const plan: Plan = { sessions: repeat([0, 3, 7, 10], [['Power Clean', 5, 2, 60]]) };
    expect(mistakes(auditPlan(plan))).not.toContain(5);
  });
});

describe('mistakes 2 and 3: Olympic lifts are loaded lower-body work, never powerlifting', () => {
  it('lets power cleans dilute the back-squat share below half', () => {
    // 6 back squat sets against 8 power clean sets: 43 % of loaded lower-body sets.
    const plan: Plan = {
      sessions: repeat(
        [0, 3],
        [
          ['Back squat', 3, 5, 80],
          ['Power Clean', 4, 2, 60],
          ['Box jump', 3, 3, ''],
        ],
      ),
    };
    expect(mistakes(auditPlan(plan))).not.toContain(2);
    // Without the cleans the squats are all of it.
    const squatsOnly: Plan = {
      sessions: repeat(
        [0, 3],
        [
          ['Back squat', 3, 5, 80],
          ['Box jump', 3, 3, ''],
        ],
      ),
    };
    expect(mistakes(auditPlan(squatsOnly))).toContain(2);
  });

  it('counts classified barbell back squats and deadlifts as powerlifting', () => {
    const plan: Plan = {
      sessions: repeat(
        [0, 3],
        [
          ['Pause Squat (Custom)', 3, 5, 80],
          ['Box jump', 3, 3, ''],
        ],
      ),
    };
    expect(finding(auditPlan(plan), 2)?.evidence).toMatch(/Back squat/);
    const sumo: Plan = {
      sessions: repeat(
        [0, 3],
        [
          ['Sumo Deadlift', 3, 5, 120],
          ['Box jump', 3, 3, ''],
        ],
      ),
    };
    expect(finding(auditPlan(sumo), 2)?.advice).toMatch(/Sumo deadlift → Trap bar deadlift/);
  });

  it('does not call a program of cleans and snatches "bodyweight and abs only"', () => {
    const plan: Plan = {
      sessions: repeat(
        [0, 3, 7],
        [
          ['Hang Power Clean', 5, 3, 50],
          ['Power Snatch', 5, 2, 40],
          ['Plank', 3, 1, ''],
        ],
      ),
    };
    expect(mistakes(auditPlan(plan))).not.toContain(3);
  });
});

describe('classified sets count in the audit', () => {
  it('counts sets the catalogue does not name but the classifier understands', () => {
    // Only classified names: lunges and hinges that are loaded, so mistake 3 does not fire.
    const plan: Plan = {
      sessions: repeat(
        [0, 3, 7],
        [
          ['ATG Split Squat', 3, 8, 20],
          ['Kettlebell Suitcase Deadlift', 3, 8, 24],
        ],
      ),
    };
    expect(mistakes(auditPlan(plan))).not.toContain(3);
  });
});
