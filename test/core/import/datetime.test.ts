import { parseWorkoutStart } from '../../../src/core/import/datetime';

describe('workout start times as the apps write them', () => {
  it.each([
    ['2019-12-02 16:45:22', '2019-12-02 16:45:22', '2019-12-02'],
    ['8 Apr 2026, 16:50', '2026-04-08 16:50', '2026-04-08'],
    ['22 Dec 2025, 08:00', '2025-12-22 08:00', '2025-12-22'],
    ['Aug 28, 2017 2:32 PM', '2017-08-28 14:32', '2017-08-28'],
    ['Apr 8, 2026, 12:05 am', '2026-04-08 00:05', '2026-04-08'],
    ['2024-01-15 7:30:00\u202fPM', '2024-01-15 19:30:00', '2024-01-15'],
    ['2026-04-08T16:50:00Z', '2026-04-08 16:50:00', '2026-04-08'],
    ['2026-04-08', '2026-04-08', '2026-04-08'],
  ])('%j → %j', (text, start, day) => {
    expect(parseWorkoutStart(text)).toEqual({ start, day });
  });

  it.each([
    '',
    'yesterday',
    '2026-02-30 10:00',
    '2026-04-08 25:00',
    '8 Apr 2026, 13:00 PM',
    '31/31/2026',
  ])('%j is not a date', (text) => {
    expect(parseWorkoutStart(text)).toBeNull();
  });
});
