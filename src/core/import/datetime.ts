/**
 * Workout start times as the apps write them, kept as local wall-clock text: the apps record the
 * phone's local time, and the day the athlete trained is the day written, whatever zone the
 * spreadsheet is in.
 */
import { parseDateText } from '../dates';

export interface WorkoutStart {
  /** "2026-04-08 16:50", or with seconds when the file has them: "2019-12-02 16:45:22". */
  readonly start: string;
  /** "2026-04-08". */
  readonly day: string;
}

// A clock time, optionally with seconds, fractions, AM/PM (Strong puts a narrow no-break space
// before it) and a zone, which is dropped: the wall-clock time is what the athlete saw.
const TIME =
  /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[\s\u202f\u00a0]*([ap])\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads "2019-12-02 16:45:22" (Strong), "8 Apr 2026, 16:50" (Hevy), "Apr 8, 2026, 4:50 PM",
 * "2024-01-15 7:30:00 PM", "2026-04-08T16:50:00Z" and bare dates; null when it is not a date.
 */
export function parseWorkoutStart(text: string): WorkoutStart | null {
  const t = text.trim();
  if (t === '') return null;
  const m = TIME.exec(t);
  let datePart = t;
  let clock = '';
  if (m) {
    let hours = Number(m[1]);
    const minutes = Number(m[2]);
    const seconds = m[3] === undefined ? null : Number(m[3]);
    const meridiem = m[4]?.toLowerCase();
    if (meridiem) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (hours > 23 || minutes > 59 || (seconds !== null && seconds > 59)) return null;
    clock = ` ${pad(hours)}:${pad(minutes)}${seconds === null ? '' : `:${pad(seconds)}`}`;
    datePart = t.slice(0, m.index).replace(/[\s,T]+$/i, '');
  }
  const day = parseDateText(datePart, 'UTC');
  return day ? { start: `${day.day}${clock}`, day: day.day } : null;
}
