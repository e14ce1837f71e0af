/**
 * How every action meets the coach: holding the document lock while it writes, and turning any
 * failure into a plain-words message (never a stack trace).
 */

import { bumpRevision } from './store';

export const BUSY_MESSAGE =
  'Another Strong Enough action is running in this file; try again in a moment.';
/** Long enough for a normal action to finish, short enough that the coach is not left waiting. */
export const LOCK_WAIT_MS = 3000;

/**
 * The errors made by coachError. Kept apart from the error itself: Apps Script shows a failure as
 * `name: message` (an alert reads "Error: …"; google.script.run hands the sidebar the same text),
 * so a custom name would put our internals in front of the coach's sentence. The name stays
 * 'Error' and this set is how we recognise our own.
 */
const COACH_ERRORS = new WeakSet<object>();

/** An Error whose message is meant for the coach as it is (plain `Error`, no custom name). */
export function coachError(message: string): Error {
  const error = new Error(message);
  COACH_ERRORS.add(error);
  return error;
}

export function isCoachError(error: unknown): error is Error {
  return error instanceof Error && COACH_ERRORS.has(error);
}

/** The message to show for any failure: ours as written, anything else briefly, without a stack. */
export function plainMessage(error: unknown): string {
  if (isCoachError(error)) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `Strong Enough could not finish: ${text.split('\n')[0]}`;
}

/**
 * Runs `write` holding the document lock, so two coaches (or two clicks) never interleave writes.
 * All reads and decisions happen inside too, so what is written matches what was read.
 */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw coachError(BUSY_MESSAGE);
  try {
    const result = write();
    // Every write goes through here: an open sidebar polls this token to know it must refresh.
    bumpRevision();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** For google.script.run endpoints: failures reach the sidebar as an Error with a plain message. */
export function endpoint<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      throw coachError(plainMessage(error));
    }
  };
}
