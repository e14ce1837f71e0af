/**
 * englishWords' phrase step: a phrase is replaced only where it appears (a substring test first),
 * which must give what replacing every phrase in turn gives.
 */
import fc from 'fast-check';
import { PHRASES } from '../../src/core/data/words';
import { englishWords, withPhrasesTranslated } from '../../src/core/exercise-words';

/** Every phrase replaced in turn, longest first, as whole words: the step without its shortcut. */
function everyPhrase(words: string): string {
  let text = words;
  for (const phrase of Object.keys(PHRASES).sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`(^| )${phrase}(?= |$)`, 'g'), `$1${PHRASES[phrase]}`);
  }
  return text;
}

describe('the phrases of an exercise name', () => {
  it('are the plain words the substring shortcut needs (no pattern syntax)', () => {
    for (const phrase of Object.keys(PHRASES)) expect(phrase).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('translate as replacing every phrase in turn would, over texts made of their words', () => {
    const words = [
      ...new Set(Object.keys(PHRASES).flatMap((p) => p.split(' '))),
      ...Object.values(PHRASES).flatMap((p) => p.split(' ')),
      'squat',
      'press',
      'ups',
    ];
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        expect(withPhrasesTranslated(t)).toBe(everyPhrase(t));
      }),
      { numRuns: 400 },
    );
  });

  it('reads real names as before', () => {
    expect(englishWords('Trap Bar Deadlift')).toEqual(['trapbar', 'deadlift']);
    expect(englishWords('Kniebeugen (Langhantel)')).toEqual(['squat', 'barbell']);
  });
});
