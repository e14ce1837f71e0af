/**
 * The public custom functions, in the order the docs list them. The build generates the top-level
 * @customfunction wrappers from this list and scripts/docs.ts the README reference: one source.
 */
import { STALE, STRENGTH_STATUS } from './log-functions';
import { EXERCISE_NAME, RUNNER_SWAP } from './names';
import { E1RM, LOAD_FOR_REPS, STRENGTH_RATIO } from './strength';
import { TARGET_LOAD, TARGET_REACHED } from './target-functions';
import type { CustomFunction } from './types';

export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  E1RM,
  LOAD_FOR_REPS,
  STRENGTH_RATIO,
  TARGET_LOAD,
  TARGET_REACHED,
  STALE,
  STRENGTH_STATUS,
  EXERCISE_NAME,
  RUNNER_SWAP,
];
