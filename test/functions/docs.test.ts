import { readFileSync } from 'node:fs';
import { END, README, renderReference, START, signature, withReference } from '../../scripts/docs';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

describe('README function reference', () => {
  const readme = readFileSync(README, 'utf8');

  it('is exactly what scripts/docs.ts renders from the registry (run `tsx scripts/docs.ts`)', () => {
    expect(withReference(readme)).toBe(readme);
  });

  it('lists every registry function with its signature, example and every parameter', () => {
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const fn of CUSTOM_FUNCTIONS) {
      expect(section).toContain(`| \`${signature(fn)}\` |`);
      expect(section).toContain(`### ${fn.name}`);
      expect(section).toContain(fn.example);
      for (const p of fn.parameters) expect(section).toContain(`| \`${p.name}\``);
    }
  });

  it('notices when the registry changes', () => {
    const renamed = CUSTOM_FUNCTIONS.map((fn, i) => (i === 0 ? { ...fn, name: 'E1RM_OLD' } : fn));
    expect(withReference(readme, renderReference(renamed))).not.toBe(readme);
  });

  it('leaves everything outside the markers untouched', () => {
    const text = `# Title\nbefore\n${START}\nstale\n${END}\nafter\n`;
    const out = withReference(text, 'NEW');
    expect(out).toBe(`# Title\nbefore\n${START}\nNEW\n${END}\nafter\n`);
    expect(() => withReference('no markers')).toThrow('markers');
  });
});

describe('registry entries', () => {
  it('are the nine public functions, each fully described', () => {
    expect(CUSTOM_FUNCTIONS.map((fn) => fn.name).sort()).toEqual(
      [
        'E1RM',
        'EXERCISE_NAME',
        'LOAD_FOR_REPS',
        'RUNNER_SWAP',
        'STALE',
        'STRENGTH_RATIO',
        'STRENGTH_STATUS',
        'TARGET_LOAD',
        'TARGET_REACHED',
      ].sort(),
    );
    for (const fn of CUSTOM_FUNCTIONS) {
      expect(fn.summary.length).toBeGreaterThan(20);
      expect(fn.example).toMatch(new RegExp(`^=${fn.name}\\(`));
      for (const p of fn.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.description.length).toBeGreaterThan(5);
        expect(p.example.length).toBeGreaterThan(0);
      }
      // Optional parameters come last, as Sheets requires.
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) {
        expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      }
    }
  });
});
