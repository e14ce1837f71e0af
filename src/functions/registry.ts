import { estimateOneRepMax, parseFormula } from '../core/formulas';
import { isInvalid } from '../core/result';
import { parseNumber } from '../core/values';
import type { CustomFunction } from './types';

// Placeholder registry so the foundation can be built and tested end to end; the custom-functions
// issue replaces these with the full, broadcasting set.
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  {
    name: 'E1RM',
    summary: 'Estimated one-rep max from a load lifted for a number of reps, in the load’s unit.',
    returns: 'number',
    example: '=E1RM(100, 5)',
    parameters: [
      {
        name: 'load',
        description: 'The weight lifted.',
        type: 'number',
        optional: false,
        example: '100',
      },
      {
        name: 'reps',
        description: 'Reps done (1–12).',
        type: 'number',
        optional: false,
        example: '5',
      },
      {
        name: 'formula',
        description: 'epley (default), brzycki, lander, lombardi, mayhew, oconner or wathan.',
        type: 'string',
        optional: true,
        example: '"brzycki"',
      },
    ],
    implementation: (_context, load, reps, formula) => {
      const w = parseNumber(load, 'load');
      const r = parseNumber(reps, 'reps');
      const f = parseFormula(formula);
      for (const v of [w, r, f]) if (isInvalid(v)) throw new Error(v.invalid);
      const e = estimateOneRepMax(w as number, r as number, f as never);
      if (e === null) throw new Error('reps must be a whole number from 1 to 12');
      return e;
    },
  },
];
