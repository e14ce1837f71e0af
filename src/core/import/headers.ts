/** Header labels of exports, matched case-, space- and punctuation-insensitively. */

/** "Exercise Name" → "exercise name", "weight_kg" → "weight kg". */
export function headerKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds columns by their header key; the first column with a key wins. */
export function headerIndex(labels: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  labels.forEach((label, i) => {
    const key = headerKey(label);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** The first of several names a column goes by that the header has. */
export function findColumn(index: Map<string, number>, ...keys: readonly string[]): number | null {
  for (const key of keys) {
    const i = index.get(key);
    if (i !== undefined) return i;
  }
  return null;
}
