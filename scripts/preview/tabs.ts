/**
 * `npm start -- --tabs`: the log as a coach who keeps a tab per athlete has it. Each athlete's rows
 * go to a tab named after them, without the Athlete column (the tab's name is the athlete), and a
 * sheet of the coach's own that is not a log ("Race paces") sits beside them, left alone by every
 * action.
 */
import type { ImportedTable } from './sample-log';

/** The coach's own sheet beside the athletes' tabs: not a log (no exercise or load column). */
export const RACE_PACES: readonly (readonly string[])[] = [
  ['Race', 'Goal pace (min/km)', 'Date'],
  ['Oslo 10k', '4:05', '2026-09-20'],
  ['Half marathon', '4:20', '2026-10-18'],
];

/**
 * The table split by athlete, in the order athletes first appear: each tab the header and that
 * athlete's rows without the Athlete column (a blank athlete cell repeats the one above, as the
 * log reader reads it). Null when the table has no Athlete column.
 */
export function tabsByAthlete(
  table: ImportedTable,
): { readonly athlete: string; readonly table: ImportedTable }[] | null {
  const header = table.rows[0] ?? [];
  const column = header.findIndex((h) => String(h).trim().toLowerCase() === 'athlete');
  if (column < 0) return null;
  const without = <T>(row: readonly T[]) => row.filter((_, i) => i !== column);
  const tabs = new Map<string, { rows: ImportedTable['rows'][number][]; formats: string[][] }>();
  let last = '';
  table.rows.slice(1).forEach((row, i) => {
    const written = String(row[column] ?? '').trim();
    // A header row repeated inside the log (as coaches paste one) is not an athlete.
    if (written.toLowerCase() === 'athlete') return;
    if (written !== '') last = written;
    if (last === '' || row.every((c) => String(c ?? '').trim() === '')) return;
    let tab = tabs.get(last);
    if (!tab) {
      tab = {
        rows: [without(header)],
        formats: [without(table.formats[0] ?? header.map(() => ''))],
      };
      tabs.set(last, tab);
    }
    tab.rows.push(without(row));
    tab.formats.push(without(table.formats[i + 1] ?? row.map(() => '')));
  });
  return [...tabs].map(([athlete, t]) => ({
    athlete,
    table: { rows: t.rows, formats: t.formats },
  }));
}
