/**
 * An exercise name as the English words the catalogue and the classifier read: accents, case and
 * punctuation folded, phrases and words of the export languages translated through the tables in
 * ./data/words.ts, plurals made singular, and "pull up" / "pull-up" / "pullup" made one word.
 */
import { COMPOUND_PARTS, JOINING_WORDS, PHRASES, WORDS } from './data/words';

/** The singular of an English word as exercise names use it: presses, flyes, flies, calves, DLs. */
export function singular(word: string): string {
  if (word.length < 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:sses|ches|shes|xes|yes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('lves')) return `${word.slice(0, -3)}f`;
  return word.slice(0, -1);
}

/** "Pull up", "pull-up" and "pullup" are one word to a coach: these join the word before them. */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'over']);

/** Lowercase words without accents or punctuation ("Soulevé de terre" → souleve, de, terre). */
export function foldedWords(name: string): string[] {
  return String(name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * The words a particle makes one word with ("pull up" → pullup, "sit up" → situp, "pull over" →
 * pullover). Other words keep it apart, so "row over bent" is still a row whatever the order.
 */
const JOINS_PARTICLE: ReadonlySet<string> = new Set(JOINING_WORDS);

/** A phrase of PHRASES, the pattern that finds it as whole words, and what replaces it. */
type Phrase = readonly [phrase: string, pattern: RegExp, replacement: string];

let phraseList: Phrase[] | undefined;

function phrases(): Phrase[] {
  phraseList ??= Object.keys(PHRASES)
    .sort((a, b) => b.length - a.length)
    .map(
      (phrase) =>
        [phrase, new RegExp(`(^| )${phrase}(?= |$)`, 'g'), `$1${PHRASES[phrase]}`] as const,
    );
  return phraseList;
}

/** Folded words joined by spaces, with every phrase of PHRASES replaced, longest first. */
export function withPhrasesTranslated(words: string): string {
  let text = words;
  // A phrase not in the text at all cannot match: most of the hundred are not, and a substring
  // test costs a small part of a global replace (the phrases are plain words, no pattern syntax),
  // and a pattern never run is never compiled (a fresh execution compiled all of them).
  for (const [phrase, pattern, replacement] of phrases()) {
    if (text.includes(phrase)) text = text.replace(pattern, replacement);
  }
  return text;
}

function translateWord(word: string): string {
  const known = WORDS[word] ?? WORDS[singular(word)];
  if (known !== undefined) return known;
  if (word.length > 7) {
    const parts = COMPOUND_PARTS.filter(([part]) => word.includes(part)).map(([, en]) => en);
    if (parts.length > 0) return parts.join(' ');
  }
  return singular(word);
}

/** The name's words in English, in their written order: "Kniebeugen (Langhantel)" → squat, barbell. */
export function englishWords(name: string): string[] {
  const text = withPhrasesTranslated(foldedWords(name).join(' '));
  const out: string[] = [];
  for (const written of text.split(' ')) {
    if (written === '') continue;
    for (const word of translateWord(written).split(' ')) {
      const before = out[out.length - 1];
      if (PARTICLES.has(word) && before !== undefined && JOINS_PARTICLE.has(before)) {
        out[out.length - 1] = before + word;
      } else out.push(word);
    }
  }
  return out;
}
