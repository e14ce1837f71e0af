/**
 * Stable set keys: athlete + workout start + exercise + set order, normalised so that the same set
 * in a later export of the same athlete gets the same key. Unicode-safe (exercise names in Cyrillic
 * or with emoji are kept, only case, width and spacing are folded), unlike the catalogue's nameKey
 * which keeps only Latin letters and digits.
 */
export function keyPart(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\|/g, '/');
}

export function setKey(
  athlete: string,
  workoutStart: string,
  exercise: string,
  setOrder: string,
): string {
  return [athlete, workoutStart, exercise, setOrder].map(keyPart).join('|');
}
