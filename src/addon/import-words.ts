/**
 * The finished import's result in plain words, in the past tense (the core's plan message says
 * what will be added, before anything is written).
 */
import { describeSkipped, type SkipCounts } from '../core/import';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export interface ImportDone {
  readonly added: number;
  readonly formatLabel: string;
  readonly skipped: SkipCounts;
  readonly alreadyInLog: number;
  /** Rows of the file that could not be read. */
  readonly bad?: readonly unknown[];
  /** Where the coach's bodyweight went, if one was given. */
  readonly bodyweightWritten?: string | null;
}

/** "Added 518 sets to the log from the Hevy export (kg); skipped 1 cardio or timed set (…)." */
export function importDoneMessage(done: ImportDone): string {
  const added =
    done.added === 0
      ? 'Nothing new was added to the log'
      : `Added ${count(done.added, 'set', 'sets')} to the log`;
  const already =
    done.alreadyInLog > 0
      ? ` ${count(done.alreadyInLog, 'set was', 'sets were')} already in the log.`
      : '';
  const bad = done.bad?.length ?? 0;
  const unread =
    bad > 0
      ? ` ${count(bad, 'row', 'rows')} could not be read and ${bad === 1 ? 'was' : 'were'} left out.`
      : '';
  const weight = done.bodyweightWritten ? ` ${done.bodyweightWritten}` : '';
  return `${added} from ${done.formatLabel}; ${describeSkipped(done.skipped)}.${already}${unread}${weight}`;
}
