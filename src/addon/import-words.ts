/**
 * The import's result in plain words, with each count's noun agreeing with it ("1 warm-up set",
 * "2 warm-up sets"). The core's describeSkipped pairs every count with a plural noun and says
 * "Adding" before anything is written, so the finished import says it here, in the past tense.
 */
import type { SkipCounts, SkipReason } from '../core/import';

const SKIP_WORDS: Readonly<Record<SkipReason, readonly [one: string, many: string]>> = {
  'warm-up': ['warm-up set', 'warm-up sets'],
  cardio: [
    'cardio or timed set (distance or time, no reps)',
    'cardio or timed sets (distance or time, no reps)',
  ],
  'rest timer': ['rest timer entry', 'rest timer entries'],
  'no reps or load': ['empty set (no reps and no load)', 'empty sets (no reps and no load)'],
  'no reps': ['set with a load but no reps', 'sets with a load but no reps'],
  'repeated header': [
    'header row repeated inside the file',
    'header rows repeated inside the file',
  ],
};

const count = (n: number, [one, many]: readonly [string, string]): string =>
  `${n} ${n === 1 ? one : many}`;

/** "skipped 47 warm-up sets, 1 cardio or timed set (…)" or "nothing skipped". */
export function skippedWords(skipped: SkipCounts): string {
  const parts = (Object.keys(SKIP_WORDS) as SkipReason[])
    .filter((reason) => (skipped[reason] ?? 0) > 0)
    .map((reason) => count(skipped[reason], SKIP_WORDS[reason]));
  return parts.length === 0 ? 'nothing skipped' : `skipped ${parts.join(', ')}`;
}

export interface ImportDone {
  readonly added: number;
  readonly formatLabel: string;
  readonly skipped: SkipCounts;
  readonly alreadyInLog: number;
}

/** "Added 518 sets to the log from the Hevy export (kg); skipped 1 cardio or timed set (…)." */
export function importDoneMessage(done: ImportDone): string {
  const added =
    done.added === 0
      ? 'Nothing new was added to the log'
      : `Added ${count(done.added, ['set', 'sets'])} to the log`;
  const already =
    done.alreadyInLog > 0
      ? ` ${count(done.alreadyInLog, ['set was', 'sets were'])} already in the log.`
      : '';
  return `${added} from ${done.formatLabel}; ${skippedWords(done.skipped)}.${already}`;
}
