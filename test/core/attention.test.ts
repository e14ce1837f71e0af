import {
  attentionLine,
  findingWeight,
  firstSentence,
  needsAttention,
  quietLine,
  SCORES,
} from '../../src/core/attention';
import type { Finding } from '../../src/core/model';
import { athlete, lift } from '../sidebar/fixtures';

const finding = (mistake: number, over: Partial<Finding> = {}): Finding => ({
  mistake,
  title: `Mistake ${mistake}`,
  evidence: 'What the log shows.',
  advice: 'Do this first. Then that.',
  ...over,
});

describe('needsAttention', () => {
  it('ranks stale key lifts longest first, ignores stale lifts that are not key', () => {
    const { items } = needsAttention({
      athletes: [
        athlete({
          name: 'Ann',
          lifts: [
            lift({ exercise: 'Goblet squat', key: true, stale: true, sessionsSinceBest: 3 }),
            lift({ exercise: 'Dumbbell curl', key: false, stale: true, sessionsSinceBest: 12 }),
          ],
        }),
        athlete({
          name: 'Ben',
          lifts: [lift({ exercise: 'Split squat', key: true, stale: true, sessionsSinceBest: 6 })],
        }),
      ],
      problems: [],
    });
    expect(items.map((i) => [i.rank, i.athlete, i.kind, i.link.exercise])).toEqual([
      [1, 'Ben', 'stale', 'Split squat'],
      [2, 'Ann', 'stale', 'Goblet squat'],
    ]);
    expect(items[0]?.text).toBe(
      'Ben — Split squat stale: 6 sessions without a new best since 2026-03-01. Change one thing: a little more load or one more rep, a 3-s lowering, or a single-leg version.',
    );
    expect(items[0]?.score).toBe(SCORES.stale + 6);
  });

  it('says a target just reached is time for speed and power, but not one reached long ago', () => {
    const { items } = needsAttention({
      athletes: [
        athlete({
          name: 'Cy',
          lastSession: '2026-03-20',
          lifts: [
            lift({
              exercise: 'Front squat',
              key: true,
              target: 1,
              ratio: 1.02,
              targetReached: true,
              reachedOn: '2026-03-13',
            }),
            lift({
              exercise: 'Trap bar deadlift',
              key: true,
              target: 1.5,
              targetReached: true,
              reachedOn: '2026-01-02',
            }),
          ],
        }),
      ],
      problems: [],
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'target-reached',
      problem: 'Front squat target reached on 2026-03-13 (1.02× bodyweight, target 1×)',
      link: { athlete: 'Cy', section: 'lift', exercise: 'Front squat' },
    });
    expect(items[0]?.action).toMatch(/^Stop chasing its 1RM/);
  });

  it('weights audit findings by their own weight, else by mistake; mistake 4 defers to stale items', () => {
    const { items } = needsAttention({
      athletes: [
        athlete({
          name: 'Di',
          audit: [finding(1), finding(4), finding(5)],
          lifts: [lift({ exercise: 'Back squat', key: true, stale: true, sessionsSinceBest: 4 })],
        }),
        athlete({ name: 'Ed', audit: [finding(7, { title: 'Heavy work in a taper', weight: 1 })] }),
        athlete({ name: 'Flo', audit: [finding(4)] }),
      ],
      problems: [],
    });
    expect(
      items.map((i) => [i.athlete, i.kind, i.link.mistake ?? i.link.exercise, i.score]),
    ).toEqual([
      ['Ed', 'audit', 7, 80],
      ['Di', 'stale', 'Back squat', 54],
      ['Flo', 'audit', 4, 53],
      ['Di', 'audit', 1, 50],
      ['Di', 'audit', 5, 44],
    ]);
    expect(items[0]?.text).toBe('Ed — Heavy work in a taper. Do this first.');
  });

  it('gives an inactive athlete one item (check in), whatever else their log says', () => {
    const { items, athletes } = needsAttention({
      athletes: [
        athlete({ name: 'Gus', lastSession: '2026-03-20' }),
        athlete({
          name: 'Hal',
          lastSession: '2026-01-30',
          bodyweight: null,
          audit: [finding(3)],
          lifts: [lift({ exercise: 'Back squat', key: true, stale: true })],
        }),
      ],
      problems: [],
    });
    expect(items.map((i) => [i.athlete, i.kind, i.problem])).toEqual([
      ['Hal', 'inactive', 'No session in 49 days (last 2026-01-30)'],
    ]);
    expect(items[0]?.score).toBe(SCORES.inactive + 7);
    expect(athletes.map((a) => [a.athlete, a.items.length, a.quiet])).toEqual([
      ['Hal', 1, ''],
      ['Gus', 0, 'Gus: nothing to act on (10 sessions, last 2026-03-20).'],
    ]);
  });

  it('judges inactivity from asOf when given', () => {
    const roster = {
      athletes: [athlete({ name: 'Ivy', lastSession: '2026-03-20' })],
      problems: [],
    };
    expect(needsAttention(roster).items).toEqual([]);
    expect(needsAttention(roster, { asOf: '2026-04-30' }).items[0]?.kind).toBe('inactive');
    expect(needsAttention(roster, { asOf: '2026-04-30', inactiveDays: 60 }).items).toEqual([]);
  });

  it('asks for a missing bodyweight, in the words the caller gives', () => {
    const { items } = needsAttention(
      { athletes: [athlete({ name: 'Jo', bodyweight: null })], problems: [] },
      { bodyweightHow: 'Add a row for Jo to the "Weigh-ins" sheet.' },
    );
    expect(items[0]).toMatchObject({
      kind: 'bodyweight',
      score: SCORES.bodyweight,
      text: 'Jo — No bodyweight, so no ratios or targets. Add a row for Jo to the "Weigh-ins" sheet.',
      link: { athlete: 'Jo', section: 'bodyweight' },
    });
  });

  it('lists unreadable rows once, for the log, ranked higher the larger their share', () => {
    const problems = [
      { line: 254, message: 'reps "x" is not a number' },
      { line: 300, message: 'no exercise' },
    ];
    const few = needsAttention({ athletes: [], problems }, { rowCount: 1000 });
    expect(few.items).toHaveLength(1);
    expect(few.items[0]).toMatchObject({
      athlete: null,
      kind: 'unreadable',
      link: { athlete: null, section: 'problems', line: 254 },
      text: '2 rows of the log could not be read (first: Row 254: reps "x" is not a number). Fix them in the log: they count for nothing until then.',
    });
    const many = needsAttention({ athletes: [], problems }, { rowCount: 10 });
    expect(many.items[0]?.score).toBe(SCORES.unreadable + SCORES.unreadableMaxExtra);
    expect(few.items[0]?.score).toBeLessThan(many.items[0]?.score ?? 0);
  });

  it('orders athletes by their most urgent item, then by name; keys are unique and stable', () => {
    const roster = {
      athletes: [
        athlete({ name: 'Zed', audit: [finding(3)] }),
        athlete({ name: 'Amy' }),
        athlete({ name: 'Max', audit: [finding(5)] }),
        athlete({ name: 'Bea' }),
      ],
      problems: [],
    };
    const { athletes, items } = needsAttention(roster);
    expect(athletes.map((a) => a.athlete)).toEqual(['Zed', 'Max', 'Amy', 'Bea']);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(needsAttention(roster).items.map((i) => i.key)).toEqual(items.map((i) => i.key));
  });
});

describe('attention wording helpers', () => {
  it('joins athlete, problem and action into one line', () => {
    expect(attentionLine('Ann', 'Stuck', 'Do X.')).toBe('Ann — Stuck. Do X.');
    expect(attentionLine(null, 'Ended.', 'Do Y.')).toBe('Ended. Do Y.');
  });

  it('takes the first sentence, keeping decimals and ranges whole', () => {
    expect(firstSentence('Try 62.5 kg × 5 next. Or a 3-s lowering.')).toBe('Try 62.5 kg × 5 next.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });

  it('clamps a weight to 0–1 and falls back to the mistake default', () => {
    expect(findingWeight(finding(3))).toBe(0.8);
    expect(findingWeight(finding(9))).toBe(0.5);
    expect(findingWeight(finding(1, { weight: 7 }))).toBe(1);
    expect(findingWeight(finding(1, { weight: Number.NaN }))).toBe(0.5);
  });

  it('says an athlete with nothing to do in one line', () => {
    expect(quietLine(athlete({ name: 'Kai', sessions: 1, lastSession: '2026-03-02' }))).toBe(
      'Kai: nothing to act on (1 session, last 2026-03-02).',
    );
  });
});
