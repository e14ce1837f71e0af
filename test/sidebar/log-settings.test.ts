import type { LogDescription, Settings } from '../../src/addon/api-types';
import { FORMULA_NAMES } from '../../src/core/formulas';
import { DEFAULT_AUDIT_THRESHOLDS } from '../../src/core/model';
import {
  columnChoices,
  detectedLabel,
  draftFromSettings,
  FORMULA_CHOICES,
  ROLES,
  settingsFromDraft,
} from '../../src/sidebar/log-settings';

const settings: Settings = {
  version: 1,
  logSheet: null,
  columns: { load: 'Weight' },
  unit: 'kg',
  bodyweight: { kind: 'column' },
  formula: 'epley',
  sessionsBeforeStale: 3,
  layoffWeeks: 8,
  keepShare: 0.9,
  colors: { stale: '#fce8b2', targetReached: '#ceead6', newBest: '#d2e3fc' },
  audit: DEFAULT_AUDIT_THRESHOLDS,
  athleteNames: {},
};

const log: LogDescription = {
  sheet: 'Log',
  headerRow: 1,
  columns: [
    { role: 'date', column: 1, label: 'Date' },
    { role: 'load', column: 4, label: 'Weight' },
  ],
  labels: ['Date', 'Athlete', 'Exercise', 'Weight', '', 'Notes'],
  rows: 10,
};

describe('settings form', () => {
  it('round-trips the stored settings into the same patch', () => {
    const v = settingsFromDraft(draftFromSettings(settings));
    expect(v).toEqual({
      ok: true,
      patch: {
        logSheet: null,
        columns: { load: 'Weight' },
        unit: 'kg',
        bodyweight: { kind: 'column' },
        formula: 'epley',
        sessionsBeforeStale: 3,
        layoffWeeks: 8,
        keepShare: 0.9,
      },
    });
  });

  it('takes the block and keep settings as typed, the keep share as a percentage', () => {
    const base = draftFromSettings({ ...settings, keepShare: 0.875 });
    expect(base).toMatchObject({ layoffWeeks: '8', keepPercent: '87.5' });
    const v = settingsFromDraft({ ...base, layoffWeeks: '12', keepPercent: '85 %' });
    expect(v.ok && [v.patch.layoffWeeks, v.patch.keepShare]).toEqual([12, 0.85]);
    const bad = settingsFromDraft({ ...base, layoffWeeks: '1', keepPercent: '100' });
    expect(bad).toEqual({
      ok: false,
      errors: {
        layoffWeeks: 'Weeks of break for a new block must be a whole number from 2 to 104.',
        keepPercent: 'Kept within must be a percentage from 50 to 99.',
      },
    });
  });

  it('sends only the column overrides the coach chose ("" = detected)', () => {
    const draft = {
      ...draftFromSettings(settings),
      columns: { load: '', reps: 'Reps', date: 'Day' },
    };
    const v = settingsFromDraft(draft);
    expect(v.ok && v.patch.columns).toEqual({ date: 'Day', reps: 'Reps' });
  });

  it('turns each bodyweight source into its setting', () => {
    const base = draftFromSettings(settings);
    const roster = settingsFromDraft({ ...base, bodyweightKind: 'roster', rosterSheet: 'Roster' });
    expect(roster.ok && roster.patch.bodyweight).toEqual({ kind: 'roster', sheet: 'Roster' });
    const value = settingsFromDraft({ ...base, bodyweightKind: 'value', bodyweightValue: '72,5' });
    expect(value.ok && value.patch.bodyweight).toEqual({ kind: 'value', value: 72.5 });
    const back = draftFromSettings({ ...settings, bodyweight: { kind: 'value', value: 160 } });
    expect(back).toMatchObject({ bodyweightKind: 'value', bodyweightValue: '160' });
  });

  it('refuses bad values with plain words and saves nothing', () => {
    const base = draftFromSettings(settings);
    const v = settingsFromDraft({
      ...base,
      sessionsBeforeStale: '2.5',
      bodyweightKind: 'value',
      bodyweightValue: '-3',
    });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors.sessionsBeforeStale).toMatch(/whole number from 1 to 52/);
      expect(v.errors.bodyweightValue).toMatch(/one bodyweight in kg/);
    }
    const noRoster = settingsFromDraft({ ...base, bodyweightKind: 'roster', rosterSheet: '' });
    expect(noRoster.ok || noRoster.errors.rosterSheet).toMatch(/roster/);
    for (const bad of ['0', '', 'three', '53']) {
      expect(settingsFromDraft({ ...base, sessionsBeforeStale: bad }).ok).toBe(false);
    }
  });

  it('offers every formula the core knows, and every column role', () => {
    expect(FORMULA_CHOICES.map((f) => f.name).sort()).toEqual([...FORMULA_NAMES].sort());
    expect(ROLES.map((r) => r.role)).toEqual([
      'date',
      'athlete',
      'exercise',
      'load',
      'reps',
      'sets',
      'unit',
      'bodyweight',
      'notes',
    ]);
  });
});

describe('column dropdowns', () => {
  it('label the default with what was detected', () => {
    expect(detectedLabel(log, 'load')).toBe('Found: Weight');
    expect(detectedLabel(log, 'reps')).toBe('Not found');
    expect(detectedLabel(null, 'date')).toBe('Not found');
  });
  it('offer the non-blank header labels, keeping an override that left the sheet', () => {
    expect(columnChoices(log, undefined)).toEqual([
      'Date',
      'Athlete',
      'Exercise',
      'Weight',
      'Notes',
    ]);
    expect(columnChoices(log, 'Kilos')).toEqual([
      'Date',
      'Athlete',
      'Exercise',
      'Weight',
      'Notes',
      'Kilos',
    ]);
    expect(columnChoices(null, '')).toEqual([]);
  });
});
