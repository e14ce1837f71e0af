import {
  athleteCardView,
  filterAthletes,
  keyLiftView,
  REACHED_TEXT,
  staleView,
} from '../../src/sidebar/athletes';
import { athlete, lift, sidebarAthlete } from './fixtures';

describe('filterAthletes', () => {
  const athletes = ['Ana Lima', 'Chloé Martin', 'Ben Okafor', 'Anders Berg'].map((name) =>
    athlete({ name }),
  );
  it('matches part of a name, ignoring case and accents, in the original order', () => {
    expect(filterAthletes(athletes, 'an').map((a) => a.name)).toEqual(['Ana Lima', 'Anders Berg']);
    expect(filterAthletes(athletes, 'CHLOE').map((a) => a.name)).toEqual(['Chloé Martin']);
    expect(filterAthletes(athletes, 'okafor ').map((a) => a.name)).toEqual(['Ben Okafor']);
  });
  it('shows everyone for an empty query and no one for a miss', () => {
    expect(filterAthletes(athletes, '  ')).toHaveLength(4);
    expect(filterAthletes(athletes, 'zz')).toEqual([]);
  });
  it('treats markup in a query as plain text', () => {
    const odd = [athlete({ name: '<img src=x onerror=alert(1)>' }), athlete({ name: 'Ana' })];
    expect(filterAthletes(odd, '<img').map((a) => a.name)).toEqual([odd[0]?.name]);
  });
});

describe('keyLiftView', () => {
  it('shows the ratio as progress toward the target', () => {
    const v = keyLiftView(lift({ exercise: 'Front squat', ratio: 0.8, target: 1 }));
    expect(v).toMatchObject({ percent: 80, reached: false, ratioText: '0.8×', targetText: '1.0×' });
    expect(v.label).toBe('Front squat: 0.8× bodyweight, 80% of the 1.0× target');
  });
  it('marks a reached target full even when the latest ratio dipped below it', () => {
    const v = keyLiftView(
      lift({ exercise: 'Trap bar deadlift', ratio: 1.45, target: 1.5, targetReached: true }),
    );
    expect(v.percent).toBe(100);
    expect(v.reached).toBe(true);
    expect(v.label).toMatch(/target 1\.5× reached/);
  });
  it('says so when there is no ratio yet', () => {
    const v = keyLiftView(lift({ exercise: 'Deadlift', ratio: null, target: 1.5 }));
    expect(v.percent).toBe(0);
    expect(v.ratioText).toBe('no ratio yet');
  });
});

describe('staleView', () => {
  it('uses the status column words, with the day of the last new best', () => {
    const v = staleView(
      lift({
        exercise: 'Back squat',
        stale: true,
        sessionsSinceBest: 4,
        lastNewBest: '2026-10-02',
      }),
    );
    expect(v.text).toBe('no new best in 4 sessions since 2 Oct 2026');
  });
  it('leaves out "since" when the day is unknown', () => {
    const v = staleView(
      lift({ exercise: 'Back squat', stale: true, sessionsSinceBest: 1, lastNewBest: null }),
    );
    expect(v.text).toBe('no new best in 1 session');
  });
});

describe('athleteCardView', () => {
  const history = [
    { day: '2026-01-01', ratio: 0.9 },
    { day: '2026-02-01', ratio: 1.0 },
  ];
  it('shows key lifts with targets as bars, other key lifts as lines, and names other stale lifts', () => {
    const v = athleteCardView(
      sidebarAthlete({
        name: 'Ana',
        lifts: [
          lift({ exercise: 'Front squat', ratio: 1, target: 1, targetReached: true, history }),
          lift({
            exercise: 'Bicep curl',
            ratio: 0.2,
            target: null,
            stale: true,
            sessionsSinceBest: 3,
          }),
          lift({ exercise: 'Deadlift', ratio: 1.2, target: 1.5 }),
          lift({ exercise: 'Goblet squat', key: true, bestE1rm: 29.3, lastNewBest: '2026-03-02' }),
          lift({ exercise: 'Split squat', key: true, stale: true, sessionsSinceBest: 4 }),
          lift({ exercise: 'Cable fly', stale: true }),
          lift({ exercise: 'Pull-up' }),
        ],
      }),
    );
    expect(v.keyLifts.map((k) => k.exercise)).toEqual(['Front squat', 'Deadlift']);
    expect(v.keyLiftSummaries.map((k) => k.exercise)).toEqual(['Front squat', 'Deadlift']);
    // The chart arrives as [day number, ratio] pairs.
    expect(v.keyLiftSummaries[0]?.chart).toEqual([
      [20454, 0.9],
      [20485, 1],
    ]);
    expect(v.otherKeyLifts).toEqual([
      {
        exercise: 'Goblet squat',
        text: 'best 29.3 kg · last new best 2 Mar 2026',
        stale: false,
      },
      { exercise: 'Split squat', text: 'no new best in 4 sessions since 1 Mar 2026', stale: true },
    ]);
    expect(v.stale).toEqual([]);
    expect(v.otherStale).toBe('Also stale (not key lifts): Bicep curl, Cable fly.');
    expect(v.allReached).toBe(false);
  });
  it('is strong enough only when every key lift reached its target', () => {
    const reached = lift({ exercise: 'Front squat', ratio: 1.1, target: 1, targetReached: true });
    expect(athleteCardView(sidebarAthlete({ name: 'A', lifts: [reached] })).allReached).toBe(true);
    expect(athleteCardView(sidebarAthlete({ name: 'B', lifts: [] })).allReached).toBe(false);
  });
  it('says bodyweight, sessions and the last session in the subtitle', () => {
    expect(athleteCardView(sidebarAthlete({ name: 'A', sessions: 1 })).subtitle).toBe(
      '70 kg · 1 session, last 20 Mar 2026',
    );
    expect(
      athleteCardView(sidebarAthlete({ name: 'B', bodyweight: null, unit: 'lb' })).subtitle,
    ).toMatch(/^bodyweight unknown · 10 sessions/);
  });
  it('has the words the issue asks for when a target is reached', () => {
    expect(REACHED_TEXT).toBe('Strong enough: shift to speed and power');
  });
});
