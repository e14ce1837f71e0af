/**
 * Files that are not CSV text, named as what they are (a spreadsheet, JSON, UTF-16 text, a PDF,
 * binary data), so the coach knows what to export instead. Asked before the text is read into rows
 * (csv.ts readCsv), in the import dialog and the CLI. The dialog decodes UTF-16 from the file's
 * bytes before it gets here; this catches whatever reaches the parser undecoded (the CLI reads
 * files as UTF-8).
 */

const HOW_TO_EXPORT =
  'Export the workouts as CSV from the app (Strong, Hevy, FitNotes, Fitbod), or save the sheet as CSV, and use that file.';

/** Share of NUL characters in the first part of the text, at even and odd positions. */
function nulPattern(text: string): { share: number; alternating: boolean } {
  const sample = text.slice(0, 400);
  let nul = 0;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) === 0) {
      nul++;
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const share = sample.length === 0 ? 0 : nul / sample.length;
  return { share, alternating: nul > 4 && Math.max(odd, even) >= 0.9 * nul };
}

/** Control characters other than tab and line breaks, and replacement characters (bad bytes). */
function garbledShare(text: string): number {
  const sample = text.slice(0, 2000);
  if (sample.length === 0) return 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const bad = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g);
  return (bad?.length ?? 0) / sample.length;
}

/** Why this text is not a CSV export, or null when it may be one. */
export function notCsvText(input: string): string | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('PK\u0005\u0006')) {
    return `This is a spreadsheet (.xlsx) or another zipped file, not CSV text. In Google Sheets or Excel, save it as CSV (File → Download → Comma-separated values). ${HOW_TO_EXPORT}`;
  }
  // The OLE header D0 CF 11 E0 read as Latin-1, or as UTF-8 (bad bytes become U+FFFD).
  if (text.startsWith('\u00d0\u00cf\u0011\u00e0') || text.startsWith('\ufffd\ufffd\u0011\ufffd')) {
    return `This is an old Excel spreadsheet (.xls), not CSV text. Save it as CSV first. ${HOW_TO_EXPORT}`;
  }
  if (text.startsWith('%PDF')) return `This is a PDF document, not CSV text. ${HOW_TO_EXPORT}`;
  const nul = nulPattern(text);
  if (nul.alternating && nul.share > 0.2) {
    return `This file is UTF-16 text (two bytes per letter), which this import cannot read as it is. Save it as CSV in UTF-8 (in Excel: "CSV UTF-8"), or export it again from the app. ${HOW_TO_EXPORT}`;
  }
  if (nul.share > 0 || garbledShare(text) > 0.05) {
    return `This is a binary file, not CSV text. ${HOW_TO_EXPORT}`;
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      JSON.parse(trimmed);
      return `This is a JSON file, not a CSV export. ${HOW_TO_EXPORT}`;
    } catch {
      if (/^[{[]\s*["{[]/.test(trimmed)) {
        return `This looks like a JSON file (and an incomplete one), not a CSV export. ${HOW_TO_EXPORT}`;
      }
    }
  }
  return null;
}
