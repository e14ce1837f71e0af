/** EXERCISE_NAME and RUNNER_SWAP: exercise names through the catalogue. */
import { canonicalName, runnerSwap } from '../core/catalogue';
import { exerciseText } from './args';
import { broadcast, type Elementwise } from './broadcast';
import type { CustomFunction } from './types';

const NAME_TYPE = 'string|Array<Array<string>>';

export const EXERCISE_NAME: CustomFunction = {
  name: 'EXERCISE_NAME',
  summary:
    'The canonical exercise name ("Deadlift (Trap bar)" → Trap bar deadlift, "Kniebeuge" → Back squat, "Lat Pulldown (Custom)" → Lat pulldown); a name the catalogue does not know is kept as written.',
  returns: 'string|Array<Array<string>>',
  example: '=EXERCISE_NAME(C2:C)',
  parameters: [
    {
      name: 'name',
      description: 'The exercise as written in the log, or as Strong or Hevy export it.',
      type: NAME_TYPE,
      optional: false,
      example: 'C2:C',
    },
  ],
  implementation: (_context, ...args) => broadcast(args.slice(0, 1), EXERCISE_NAME_CELLS),
};

/** EXERCISE_NAME's cells: a name. */
export const EXERCISE_NAME_CELLS: Elementwise = {
  required: 1,
  cell: ([cell]) => {
    const name = exerciseText(cell, 'name');
    return typeof name === 'string' ? canonicalName(name) : name;
  },
};

export const RUNNER_SWAP: CustomFunction = {
  name: 'RUNNER_SWAP',
  summary:
    'The runner-friendly variant of an exercise (back squat → Front squat, deadlift → Trap bar deadlift), or its canonical name when it already is one.',
  returns: 'string|Array<Array<string>>',
  example: '=RUNNER_SWAP("Squat (Barbell)")',
  parameters: [
    {
      name: 'exercise',
      description: 'The exercise as written in the log.',
      type: NAME_TYPE,
      optional: false,
      example: 'C2:C',
    },
  ],
  implementation: (_context, ...args) => broadcast(args.slice(0, 1), RUNNER_SWAP_CELLS),
};

/** RUNNER_SWAP's cells: an exercise name. */
export const RUNNER_SWAP_CELLS: Elementwise = {
  required: 1,
  cell: ([cell]) => {
    const name = exerciseText(cell);
    return typeof name === 'string' ? runnerSwap(name) : name;
  },
};
