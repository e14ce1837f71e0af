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

/**
 * What a set is, whatever file or hand wrote it: athlete, day, exercise, load (kg, to 0.01), reps
 * and sets. A log-layout CSV carries no import keys for rows typed by hand, so its sets are matched
 * against the log's own rows by this signature, one log row per matching set (a set done twice on
 * a day is two rows, and both must already be there to be skipped twice).
 */
export function setSignature(
  athlete: string,
  day: string,
  exercise: string,
  loadKg: number,
  reps: number,
  sets: number,
): string {
  return [
    athlete,
    day,
    exercise,
    (Math.round(loadKg * 100) / 100).toFixed(2),
    String(reps),
    String(sets),
  ]
    .map(keyPart)
    .join('|');
}
