import { DEFAULT_COLORS as SERVER_COLORS } from '../../src/addon/settings';
import { validateThresholds } from '../../src/core/audit';
import { type AuditThresholds, DEFAULT_AUDIT_THRESHOLDS } from '../../src/core/model';
import {
  type AuditDraft,
  auditDraftFromSettings,
  auditSettingsFromDraft,
  COLOR_FIELDS,
  DEFAULT_COLORS,
  percentText,
  savedMessage,
  THRESHOLD_FIELDS,
  withDefaultColors,
} from '../../src/sidebar/audit-settings';

const colors = { stale: '#fce8b2', targetReached: '#ceead6', newBest: '#d2e3fc' };
const saved = { audit: DEFAULT_AUDIT_THRESHOLDS, colors };
const draft = auditDraftFromSettings(saved);
const typed = (key: keyof AuditThresholds, text: string): AuditDraft => ({
  ...draft,
  thresholds: { ...draft.thresholds, [key]: text },
});
const errorsOf = (d: AuditDraft) => {
  const v = auditSettingsFromDraft(d);
  return v.ok ? {} : v.errors;
};

describe('the audit and colours draft', () => {
  it('shows shares as percentages and the rest as they are stored', () => {
    expect(draft.thresholds).toEqual({
      windowDays: '28',
      bodybuilderShare: '40',
      pumpReps: '12',
      powerlifterShare: '50',
      minSessions: '2',
      unconnectedShare: '50',
    });
    expect(draft.colors).toEqual(colors);
    expect(percentText(0.125)).toBe('12.5');
    expect(percentText(0.07)).toBe('7');
  });

  it('gives back exactly what was saved when nothing is edited', () => {
    expect(auditSettingsFromDraft(draft)).toEqual({
      ok: true,
      patch: { audit: DEFAULT_AUDIT_THRESHOLDS, colors },
    });
  });

  it('stores percentages as fractions the server accepts unchanged', () => {
    const d: AuditDraft = {
      thresholds: {
        windowDays: ' 7 ',
        bodybuilderShare: '12,5',
        pumpReps: '15',
        powerlifterShare: '60 %',
        minSessions: '30',
        unconnectedShare: '100',
      },
      colors: { stale: '#FF00FF', targetReached: '#00aa00', newBest: '#ffffff' },
    };
    const v = auditSettingsFromDraft(d);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.patch.audit).toEqual({
      windowDays: 7,
      bodybuilderShare: 0.125,
      pumpReps: 15,
      powerlifterShare: 0.6,
      minSessions: 30,
      unconnectedShare: 1,
    });
    expect(v.patch.colors.stale).toBe('#ff00ff');
    // The core reads the patch as sent, with no problem and no change.
    expect(validateThresholds(v.patch.audit)).toEqual({ thresholds: v.patch.audit, problems: [] });
  });

  it.each([
    ['windowDays', '6', 'Audit window must be a whole number from 7 to 365 days.'],
    ['windowDays', '366', 'Audit window must be a whole number from 7 to 365 days.'],
    ['windowDays', '14.5', 'Audit window must be a whole number from 7 to 365 days.'],
    ['windowDays', '', 'Audit window must be a whole number from 7 to 365 days.'],
    ['windowDays', '1', 'Audit window must be a whole number from 7 to 365 days.'],
    ['bodybuilderShare', '4', 'Bodybuilder work from must be a number from 5% to 100%.'],
    ['bodybuilderShare', '0.4', 'Bodybuilder work from must be a number from 5% to 100%.'],
    ['powerlifterShare', '101', 'Powerlifter work from must be a number from 5% to 100%.'],
    ['unconnectedShare', '5-', 'Unconnected heavy days from must be a number from 5% to 100%.'],
    ['pumpReps', '5', 'Pump range from must be a whole number from 6 to 50 reps.'],
    ['pumpReps', '51', 'Pump range from must be a whole number from 6 to 50 reps.'],
    ['minSessions', '0', 'Bodyweight-only needs must be a whole number from 1 to 30 sessions.'],
    ['minSessions', '31', 'Bodyweight-only needs must be a whole number from 1 to 30 sessions.'],
  ] as const)('refuses %s typed as "%s" (half-typed or out of range)', (key, text, message) => {
    expect(errorsOf(typed(key, text))).toEqual({ [key]: message });
  });

  it('accepts each range end, as the core does', () => {
    for (const f of THRESHOLD_FIELDS) {
      for (const end of [f.min, f.max]) {
        const v = auditSettingsFromDraft(typed(f.key, String(end)));
        if (!v.ok) throw new Error(`${f.key} ${end}: ${JSON.stringify(v.errors)}`);
        expect(validateThresholds(v.patch.audit).problems).toEqual([]);
      }
    }
  });

  it('refuses a colour that is not #rrggbb', () => {
    const d = { ...draft, colors: { ...colors, newBest: '#abc' } };
    expect(errorsOf(d)).toEqual({ newBest: 'The new best colour must look like #ffcc00.' });
  });

  it('reports every bad field at once', () => {
    const d = { ...typed('windowDays', '3'), colors: { ...colors, stale: 'amber' } };
    expect(Object.keys(errorsOf({ ...d, thresholds: { ...d.thresholds, pumpReps: 'x' } }))).toEqual(
      ['windowDays', 'pumpReps', 'stale'],
    );
  });

  it('restores the default colours and keeps the thresholds being typed', () => {
    const d = withDefaultColors(typed('windowDays', '14'));
    expect(d.colors).toEqual(DEFAULT_COLORS);
    expect(d.thresholds.windowDays).toBe('14');
  });

  it("uses the server's defaults and labels the colours as the status texts", () => {
    expect(DEFAULT_COLORS).toEqual(SERVER_COLORS);
    expect(COLOR_FIELDS.map((c) => c.label)).toEqual(['Stale', 'Target reached', 'New best']);
  });
});

describe('the message after saving', () => {
  const windowed = { ...saved, audit: { ...DEFAULT_AUDIT_THRESHOLDS, windowDays: 7 } };
  const recoloured = { ...saved, colors: { ...colors, stale: '#ff00ff' } };

  it('says the highlights took the new colours when they are on', () => {
    expect(savedMessage(saved, recoloured, true)).toBe(
      'Saved. The highlights in the sheet now use the new colours.',
    );
  });

  it('says to apply highlights when they are off', () => {
    expect(savedMessage(saved, recoloured, false)).toBe(
      'Saved. Apply highlights to see the new colours in the sheet.',
    );
  });

  it('names the audit when thresholds changed, and says when nothing did', () => {
    expect(savedMessage(saved, windowed, true)).toBe(
      "Saved. The athletes' audits now use these thresholds.",
    );
    expect(savedMessage(saved, saved, true)).toBe('Saved; nothing had changed.');
  });
});
