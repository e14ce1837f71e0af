/** Saving and reading the audit thresholds and highlight colours (src/addon/settings.ts). */
import {
  DEFAULT_COLORS,
  DEFAULT_SETTINGS,
  mergeSettings,
  readSettings,
} from '../../src/addon/settings';
import { DEFAULT_AUDIT_THRESHOLDS } from '../../src/core/model';

describe('saving audit thresholds', () => {
  it('keeps the saved thresholds a change does not name', () => {
    const saved = mergeSettings(DEFAULT_SETTINGS, { audit: { pumpReps: 15, minSessions: 4 } });
    const next = mergeSettings(saved, { audit: { windowDays: 7 } });
    expect(next.audit).toEqual({
      ...DEFAULT_AUDIT_THRESHOLDS,
      pumpReps: 15,
      minSessions: 4,
      windowDays: 7,
    });
  });

  it('takes shares as fractions or as percentages', () => {
    const next = mergeSettings(DEFAULT_SETTINGS, {
      audit: { bodybuilderShare: 0.3, powerlifterShare: 60, unconnectedShare: 5 },
    });
    expect(next.audit).toMatchObject({
      bodybuilderShare: 0.3,
      powerlifterShare: 0.6,
      unconnectedShare: 0.05,
    });
  });

  it.each([
    [{ windowDays: 400 }, /^The audit window \(days\) 400 is outside 7–365; nothing was saved\.$/],
    [{ windowDays: 10.5 }, /audit window \(days\) 10\.5 is not a whole number; nothing was saved/],
    [{ pumpReps: 'many' }, /pump-range reps "many" is not a number; nothing was saved/],
    [{ bodybuilderShare: 2 }, /bodybuilder share 2% is outside 5%–100%/],
    [{ unconnectedShare: 0.01 }, /unconnected heavy-session share 1% is outside 5%–100%/],
    [{ minSessions: 0 }, /is outside 1–30; nothing was saved/],
    [{ sprints: 3 }, /^"sprints" is not an audit setting; nothing was saved\.$/],
  ])('refuses %j with a plain reason and never says it falls back', (audit, message) => {
    let thrown: unknown;
    try {
      mergeSettings(DEFAULT_SETTINGS, { unit: 'lb', audit });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const text = (thrown as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/using|ignored/);
  });

  it('refuses a whole change when one threshold is bad (no partial save)', () => {
    expect(() =>
      mergeSettings(DEFAULT_SETTINGS, { unit: 'lb', audit: { windowDays: 14, pumpReps: 99 } }),
    ).toThrow(/pump-range reps 99 is outside 6–50/);
  });
});

describe('saving highlight colours', () => {
  it('keeps the saved colours a change does not name, in lower case', () => {
    const saved = mergeSettings(DEFAULT_SETTINGS, { colors: { newBest: '#ABCDEF' } });
    const next = mergeSettings(saved, { colors: { stale: '#FF00FF' } });
    expect(next.colors).toEqual({ ...DEFAULT_COLORS, stale: '#ff00ff', newBest: '#abcdef' });
  });

  it.each(['orange', '#fff', '#ff00ff00', 'ff00ff', '#gg0000', 12])(
    'refuses %j as a colour',
    (stale) => {
      expect(() => mergeSettings(DEFAULT_SETTINGS, { colors: { stale } })).toThrow(
        /^The stale colour must look like #ffcc00; nothing was saved\.$/,
      );
    },
  );
});

describe('reading stored thresholds and colours', () => {
  it('falls back per field and says which value was wrong', () => {
    const read = readSettings(
      JSON.stringify({
        version: 1,
        unit: 'lb',
        audit: { windowDays: 2, pumpReps: 20 },
        colors: { stale: 'red' },
      }),
    );
    expect(read.settings.unit).toBe('lb');
    expect(read.settings.audit).toEqual(DEFAULT_AUDIT_THRESHOLDS);
    expect(read.settings.colors).toEqual(DEFAULT_COLORS);
    expect(read.warning).toMatch(/defaults are used instead/);
    expect(read.warning).toMatch(/audit window \(days\) 2 is outside 7–365/);
    expect(read.warning).toMatch(/stale colour must look like #ffcc00/);
  });

  it('reads good stored values back as saved, with no warning', () => {
    const saved = mergeSettings(DEFAULT_SETTINGS, {
      audit: { windowDays: 14, bodybuilderShare: 0.25 },
      colors: { targetReached: '#00ff00' },
    });
    const read = readSettings(JSON.stringify(saved));
    expect(read).toEqual({ settings: saved, warning: null });
  });
});
