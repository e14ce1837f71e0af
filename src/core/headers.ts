/**
 * Finding the header row of a log and which column plays which role, by the names coaches and
 * apps (Strong, Hevy) give them.
 */
import type { ColumnRole, LogColumns, LogHeader } from './model';
import { type Invalid, invalid } from './result';
import type { Unit } from './units';
import { type CellValue, cellText } from './values';

/** How far down a header row may sit (titles, notes and blank rows above the table). */
export const HEADER_SEARCH_ROWS = 20;

/** Header texts per role, as keys (lowercase letters and digits only). */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  date: ['date', 'day', 'workoutdate', 'starttime', 'datetime', 'sessiondate'],
  athlete: ['athlete', 'client', 'name', 'runner', 'who', 'athletename', 'clientname'],
  exercise: ['exercise', 'exercisename', 'exercisetitle', 'lift', 'movement'],
  load: ['load', 'weight', 'weightkg', 'weightlbs', 'weightlb', 'kg', 'lbs', 'lb', 'loadkg'],
  reps: ['reps', 'rep', 'repetitions'],
  sets: ['sets', 'set'],
  unit: ['unit', 'units'],
  bodyweight: ['bodyweight', 'bw', 'bodymass', 'bodyweightkg', 'bodyweightlbs', 'bwkg', 'bwlbs'],
  notes: ['notes', 'note', 'comment', 'comments', 'exercisenotes'],
};

/** Every column role, in header order (SYNONYMS is a Record, so a new role cannot be missed). */
export const COLUMN_ROLES = Object.keys(SYNONYMS) as readonly ColumnRole[];

// A Set rather than Object.hasOwn (ES2022), which Apps Script's V8 may lack (see NEWER_BUILT_INS).
const ROLE_NAMES: ReadonlySet<string> = new Set(COLUMN_ROLES);
export const isColumnRole = (text: string): text is ColumnRole => ROLE_NAMES.has(text);

const ROLE_OF_KEY: ReadonlyMap<string, ColumnRole> = new Map(
  COLUMN_ROLES.flatMap((role) => SYNONYMS[role].map((key) => [key, role] as const)),
);

/** "Weight (kg)", "weight_kg" → "weightkg": case- and punctuation-insensitive. */
export function headerKey(cell: CellValue): string {
  if (typeof cell !== 'string') return '';
  return cell.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function roleOfHeader(cell: CellValue): ColumnRole | undefined {
  return ROLE_OF_KEY.get(headerKey(cell));
}

/** The unit a load header names ("weight_kg", "Weight (lbs)"), so bare numbers below it use it. */
export function unitOfHeader(cell: CellValue): Unit | undefined {
  const key = headerKey(cell);
  if (/(kg|kgs)$/.test(key)) return 'kg';
  if (/(lb|lbs)$/.test(key)) return 'lb';
  return undefined;
}

function columnsOf(row: readonly CellValue[]): LogColumns {
  const columns: LogColumns = {};
  row.forEach((cell, i) => {
    const role = roleOfHeader(cell);
    if (role && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

/** Does this row read as a header (it names an exercise and a load column)? */
export function isHeaderRow(row: readonly CellValue[]): boolean {
  const columns = columnsOf(row);
  return columns.exercise !== undefined && columns.load !== undefined;
}

/**
 * The first row (within the first 20) that names an exercise column and a load column. When there
 * is none, the message says which column is missing and how to name it.
 */
export function detectHeader(values: readonly (readonly CellValue[])[]): LogHeader | Invalid {
  let bestRoles = 0;
  let best: LogColumns = {};
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const columns = columnsOf(row);
    if (columns.exercise !== undefined && columns.load !== undefined) {
      const loadUnit =
        columns.load !== undefined ? unitOfHeader(row[columns.load] ?? '') : undefined;
      return {
        row: r,
        columns,
        labels: row.map((cell) => cellText(cell)),
        ...(loadUnit ? { loadUnit } : {}),
      };
    }
    const found = Object.keys(columns).length;
    if (found > bestRoles) {
      bestRoles = found;
      best = columns;
    }
  }
  if (values.length === 0) return invalid('The log is empty: select a table with a header row');
  const missing: string[] = [];
  if (best.exercise === undefined) missing.push('exercise');
  if (best.load === undefined) missing.push('load');
  const how = [
    best.exercise === undefined ? 'a column "Exercise"' : '',
    best.load === undefined ? 'a column "Load" or "Weight"' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const within =
    values.length > HEADER_SEARCH_ROWS ? ` in the first ${HEADER_SEARCH_ROWS} rows` : '';
  return invalid(`No ${missing.join(' or ')} column${within}: name ${how} in the header row`);
}
