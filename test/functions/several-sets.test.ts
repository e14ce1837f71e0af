/**
 * Several sets in one cell ("6/5/5", "3x5 @ 80 kg", "80x5, 85x5, 90x3") through every custom
 * function of dist/ (run `npm run build` first): one output cell per input row, from the row's
 * best set; and assisted or classified names where the functions read exercise names.
 */
import { column, errorOf, loadSheet, plain } from './harness';

const sheet = loadSheet('Europe/Oslo');
const call = (name: string, ...args: unknown[]) => plain(sheet.call(name, ...args));
const epley = (load: number, reps: number) => load * (1 + reps / 30);

describe('E1RM and STRENGTH_RATIO read the best set of a row', () => {
  it("estimates from the row's best set, one output per row", () => {
    expect(call('E1RM', 80, '6/5/5')).toBeCloseTo(epley(80, 6), 9);
    expect(call('E1RM', 80, '[6,5,5,5]')).toBeCloseTo(epley(80, 6), 9);
    expect(call('E1RM', '', '3x5 @ 80 kg')).toBeCloseTo(epley(80, 5), 9);
    expect(call('E1RM', '80x5, 85x5, 90x3', '')).toBeCloseTo(epley(85, 5), 9); // 85 × 5 beats 90 × 3
    expect(call('E1RM', '', '80x5, 85x5, 90x3')).toBeCloseTo(epley(85, 5), 9); // 85 × 5 beats 90 × 3
    const out = call(
      'E1RM',
      column(80, '100x5, 110x3', '', 100, ''),
      column('6,5,5', '', '3x5 @ 60', 5, ''),
    ) as number[][];
    expect(out).toHaveLength(5);
    expect(out[0]?.[0]).toBeCloseTo(epley(80, 6), 9);
    expect(out[1]?.[0]).toBeCloseTo(epley(110, 3), 9);
    expect(out[2]?.[0]).toBeCloseTo(epley(60, 5), 9);
    expect(out[3]?.[0]).toBeCloseTo(epley(100, 5), 9);
    expect(out[4]).toEqual(['']);
  });

  it('warns on a list it cannot read, and throws for a single cell', () => {
    expect(call('E1RM', column(80, 80), column('6/x/5', 5))).toEqual([
      ['⚠ reps "x" is not a number'],
      [epley(80, 5)],
    ]);
    expect(errorOf(() => sheet.call('E1RM', '80/85/90', '5/5'))).toBe('3 loads but 2 rep counts');
  });

  it('gives STRENGTH_RATIO and TARGET_REACHED the best set too', () => {
    // 120 × 1 (e1RM 120) beats 100 × 5 (116.7).
    expect(call('STRENGTH_RATIO', '100x5, 120x1', 80)).toBeCloseTo(120 / 80, 9);
    expect(call('TARGET_REACHED', 'Trap bar deadlift', '100x5, 120x1', 80)).toBe(true);
    expect(call('TARGET_REACHED', 'Trap bar deadlift', '100x5, 110x1', 80)).toBe(false);
  });

  it('plans LOAD_FOR_REPS for the most reps of a list', () => {
    expect(call('LOAD_FOR_REPS', 120, '6/5/5')).toBeCloseTo(
      call('LOAD_FOR_REPS', 120, 6) as number,
      9,
    );
  });
});

describe('STALE and STRENGTH_STATUS read several sets per row', () => {
  it('marks a row stale or not as a whole', () => {
    const days = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'];
    const out = call(
      'STALE',
      'Ann',
      'Deadlift',
      column(...days),
      column(100, 100, 100, 100, 100),
      column('5/5/5', '5/5/4', '5/4/4', '5/5/5', '5,5,5'),
    );
    expect(out).toEqual([[false], [true], [true], [true], [true]]);
  });

  it('gives one status per row of the log', () => {
    const out = call('STRENGTH_STATUS', [
      ['Date', 'Exercise', 'Load', 'Reps'],
      ['2026-01-05', 'Pull Up (Assisted)', 30, '8/8/8'],
      ['2026-01-12', 'Pull Up (Assisted)', 25, '8/8/6'],
      ['2026-01-12', 'Couch Stretch', '', 1],
    ]);
    expect(out).toEqual([
      ['Status'],
      ['New best: first session, 30.0 kg assistance × 8'],
      ['New best: 25.0 kg assistance × 8'],
      [''],
    ]);
  });
});

describe('EXERCISE_NAME', () => {
  it('returns the canonical name of a recognised name, and a classified one as written', () => {
    expect(
      call(
        'EXERCISE_NAME',
        column('Bulgarian Split Squat (Custom)', 'Kniebeuge', 'Pendulum Squat'),
      ),
    ).toEqual([['Bulgarian split squat'], ['Back squat'], ['Pendulum Squat']]);
  });
});
