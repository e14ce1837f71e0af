import { recogniseLog, tabAthlete } from '../../src/addon/plan-log';
import { DEFAULT_SETTINGS, mergeSettings, readSettings } from '../../src/addon/settings';

describe('recognising a log by its headers', () => {
  const settings = DEFAULT_SETTINGS;
  it('takes a shared log and a tab without an Athlete column', () => {
    const shared = recogniseLog('Log', [['Date', 'Athlete', 'Exercise', 'Load', 'Reps']], settings);
    expect(shared?.columns.athlete).toBe(1);
    const tab = recogniseLog('Maya', [['Date', 'Exercise', 'Weight', 'Reps']], settings);
    expect(tab?.columns.athlete).toBeUndefined();
    expect(tab?.columns.load).toBe(2);
  });
  it('finds the header under a title row, as on a log', () => {
    const found = recogniseLog(
      'Maya',
      [['Maya — spring block'], [], ['Date', 'Exercise', 'Load', 'Reps']],
      settings,
    );
    expect(found?.description.headerRow).toBe(3);
  });
  it('leaves alone a roster, race paces, a blank sheet and a sheet of notes', () => {
    for (const values of [
      [['Athlete', 'Date', 'Bodyweight']],
      [['Race', 'Pace', 'Date']],
      [['']],
      [['Call Maya about her knee'], ['Order plates']],
      // An exercise list without loads is not a log either.
      [['Exercise', 'Target (× bodyweight)']],
    ]) {
      expect(recogniseLog('Other', values, settings)).toBeNull();
    }
  });
  it("applies the coach's column choice where the tab has that label, and ignores it elsewhere", () => {
    const chosen = { ...settings, columns: { load: 'Kilos' } };
    expect(
      recogniseLog('Ana', [['Date', 'Exercise', 'Weight', 'Kilos', 'Reps']], chosen)?.columns.load,
    ).toBe(3);
    // Another tab headed "Load" is still a log: the choice was made for a label it does not have.
    expect(recogniseLog('Ben', [['Date', 'Exercise', 'Load', 'Reps']], chosen)?.columns.load).toBe(
      2,
    );
  });
  it('does not ask where bodyweights come from', () => {
    expect(recogniseLog('Maya', [['Date', 'Exercise', 'Load', 'Reps']], settings)).not.toBeNull();
  });
});

describe("a tab's athlete", () => {
  it("is the tab's name, unless settings name someone else", () => {
    expect(tabAthlete('Maya', DEFAULT_SETTINGS)).toBe('Maya');
    expect(tabAthlete(' Maya ', DEFAULT_SETTINGS)).toBe('Maya');
    const named = mergeSettings(DEFAULT_SETTINGS, { athleteNames: { 'Tab 3': 'Priya Shah' } });
    expect(tabAthlete('Tab 3', named)).toBe('Priya Shah');
    expect(tabAthlete('Maya', named)).toBe('Maya');
  });
  it('is saved in part, a blank name taking the tab back to its own name', () => {
    const one = mergeSettings(DEFAULT_SETTINGS, { athleteNames: { A: 'Ana', B: 'Ben' } });
    const two = mergeSettings(one, { athleteNames: { A: '' } });
    expect(two.athleteNames).toEqual({ B: 'Ben' });
    // A name equal to the tab's is not kept: the tab already says it.
    expect(
      mergeSettings(DEFAULT_SETTINGS, { athleteNames: { Maya: 'Maya' } }).athleteNames,
    ).toEqual({});
  });
  it('refuses a name that is not text, and reads a corrupt stored map back as none', () => {
    expect(() => mergeSettings(DEFAULT_SETTINGS, { athleteNames: { A: 5 } })).toThrow(
      /athlete of the tab "A"/,
    );
    const read = readSettings(JSON.stringify({ version: 1, athleteNames: ['x'] }));
    expect(read.settings.athleteNames).toEqual({});
    expect(read.warning).toMatch(/athlete names/);
  });
});
