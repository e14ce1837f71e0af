/**
 * STALE and STRENGTH_STATUS: statuses that need the whole log (sessions, series), computed by the
 * core log/status engine from the arguments alone, since custom functions see nothing else.
 */
import { readLog } from '../core/log';
import type { LogOptions } from '../core/model';
import { isInvalid } from '../core/result';
import { buildSeries, rowStatuses, statusColumn } from '../core/status';
import type { CellValue } from '../core/values';
import { isBlank } from '../core/values';
import {
  athleteArg,
  bodyweightsArg,
  columnsArg,
  formulaArg,
  keepShareArg,
  layoffWeeksArg,
  readTable,
  seasonArg,
  sessionsArg,
  targetsArg,
  unitArg,
} from './args';
import { layout, normalizeCell, type Output, warning } from './broadcast';
import type { CustomFunction } from './types';

const COLUMN_TYPE = 'string|number|Date|Array<Array<*>>';

/** The table STALE builds from its columns: the order of STALE's parameters. */
const STALE_HEADER: CellValue[] = ['Athlete', 'Exercise', 'Date', 'Load', 'Reps'];
const STALE_COLUMNS = { athlete: 0, exercise: 1, date: 2, load: 3, reps: 4 } as const;

export const STALE: CustomFunction = {
  name: 'STALE',
  summary:
    'TRUE on every row of a lift that has gone the given number of sessions (default 3) without a new best, else FALSE; blank for blank rows. Each athlete and exercise is a series; a session is its rows on one day in the spreadsheet’s time zone. After a break of 8 weeks or more a new block starts, and bests count from there.',
  returns: 'boolean|Array<Array<boolean|string>>',
  example: '=STALE(A2:A, C2:C, B2:B, D2:D, E2:E)',
  parameters: [
    {
      name: 'athletes',
      description: 'Athlete per row, or one name for a one-athlete log.',
      type: COLUMN_TYPE,
      optional: false,
      example: 'A2:A',
    },
    {
      name: 'exercises',
      description: 'Exercise per row, as written (names are matched through the catalogue).',
      type: COLUMN_TYPE,
      optional: false,
      example: 'C2:C',
    },
    {
      name: 'dates',
      description: 'Date per row: date cells or date text; a blank repeats the date above.',
      type: COLUMN_TYPE,
      optional: false,
      example: 'B2:B',
    },
    {
      name: 'loads',
      description: 'Load per row, optionally with a unit.',
      type: COLUMN_TYPE,
      optional: false,
      example: 'D2:D',
    },
    {
      name: 'reps',
      description: 'Reps per row ("3x5" is 3 sets of 5; "6/5/5" or "[6,5,5]" are three sets).',
      type: COLUMN_TYPE,
      optional: false,
      example: 'E2:E',
    },
    {
      name: 'sessions',
      description: 'How many sessions without a new best make a lift stale (default 3).',
      type: 'number',
      optional: true,
      example: '4',
    },
  ],
  implementation: (context, athletes, exercises, dates, loads, reps, sessions) => {
    const sessionsBeforeStale = sessionsArg(sessions);
    const { single, rows, cols, cellsAt } = layout([athletes, exercises, dates, loads, reps]);
    // One log row per output cell, row by row; a row with nothing but an athlete is blank, so a
    // one-athlete log over whole columns does not warn on every empty row.
    const values: CellValue[][] = [STALE_HEADER];
    const out: Output[][] = [];
    const cells: unknown[] = new Array(5);
    for (let r = 0; r < rows; r++) {
      const outRow: Output[] = new Array(cols).fill('');
      for (let c = 0; c < cols; c++) {
        cellsAt(r, c, cells);
        let row: CellValue[] = [];
        if (!(isBlank(cells[1]) && isBlank(cells[2]) && isBlank(cells[3]) && isBlank(cells[4]))) {
          const normal = cells.map(normalizeCell);
          const bad = normal.find(isInvalid);
          if (bad) outRow[c] = warning(bad.invalid);
          else row = normal as CellValue[];
        }
        values.push(row);
      }
      out.push(outRow);
    }
    const options: LogOptions = {
      unit: 'kg',
      timeZone: context.timeZone,
      formula: 'epley',
      columns: STALE_COLUMNS,
    };
    const log = readLog(values, options, 0);
    if (isInvalid(log)) throw new Error(log.invalid);
    const statuses = rowStatuses(
      log.entries,
      buildSeries(log.entries, { targets: new Map(), sessionsBeforeStale }),
    );
    // values[i] (i ≥ 1) is output cell i − 1, row by row.
    const place = (index: number): [number, number] => [
      Math.floor((index - 1) / cols),
      (index - 1) % cols,
    ];
    log.entries.forEach((entry, i) => {
      const [r, c] = place(entry.index);
      (out[r] as Output[])[c] = statuses[i]?.kind === 'Stale';
    });
    for (const problem of log.problems) {
      const [r, c] = place(problem.line);
      const reason = problem.message.replace(/^row \d+: /, '');
      (out[r] as Output[])[c] = warning(reason);
    }
    if (!single) return out;
    const only = out[0]?.[0] ?? '';
    if (typeof only === 'string' && only.startsWith('⚠')) throw new Error(only.slice(2));
    return only;
  },
};

export const STRENGTH_STATUS: CustomFunction = {
  name: 'STRENGTH_STATUS',
  summary:
    'The status column for a whole log table with its header row: "Status" on the header row, then per row a text starting with Stale, Slipping, Target reached or New best (or blank), with a short reason; "⚠ reason" for a row that cannot be read. The add-on writes this formula for live highlighting.',
  returns: 'Array<Array<string>>',
  example: '=STRENGTH_STATUS(A1:G, Targets!A1:B)',
  parameters: [
    {
      name: 'log',
      description:
        'The whole log with its header row (date, athlete, exercise, load, reps; sets, unit, bodyweight and notes when present).',
      type: 'Array<Array<*>>',
      optional: false,
      example: 'A1:G',
    },
    {
      name: 'targets',
      description:
        'A two-column range (exercise, multiple of bodyweight) that overrides the default targets.',
      type: 'Array<Array<string|number>>',
      optional: true,
      example: 'Targets!A1:B',
    },
    {
      name: 'sessions',
      description: 'How many sessions without progress make a lift stale (default 3).',
      type: 'number',
      optional: true,
      example: '3',
    },
    {
      name: 'formula',
      description:
        'The 1RM formula: epley (default), brzycki, lander, lombardi, mayhew, oconner or wathan.',
      type: 'string',
      optional: true,
      example: '"epley"',
    },
    {
      name: 'unit',
      description:
        'Unit of bare numbers in the log: "kg" (default) or "lb". Added to the design’s signature because a custom function cannot read the sheet’s settings.',
      type: 'string',
      optional: true,
      example: '"lb"',
    },
    {
      name: 'bodyweights',
      description:
        'For logs without a bodyweight column: a roster with a header row (athlete, date, bodyweight), where the latest weigh-in on or before each session counts, or one bodyweight for everyone (65 or "143 lb").',
      type: 'number|string|Array<Array<*>>',
      optional: true,
      example: 'Roster!A1:C',
    },
    {
      name: 'columns',
      description:
        'Which header label holds which column, when the headers are not recognised or the wrong one is: role=label pairs separated by ";" (roles: date, athlete, exercise, load, reps, sets, unit, bodyweight, notes). Leave bodyweights empty ("") to skip it.',
      type: 'string',
      optional: true,
      example: '"exercise=Lift; load=Kg"',
    },
    {
      name: 'season',
      description:
        'The season plan (athlete or blank for everyone, from, to, phase, goal race, race date) with its header row. In race season, taper and transition a held lift is not stale, and a clear drop below the block’s best is "Slipping".',
      type: 'Array<Array<*>>',
      optional: true,
      example: 'Targets!D1:I',
    },
    {
      name: 'layoff_weeks',
      description:
        'A break of this many weeks between sessions starts a new block: bests, stale runs and targets are judged since then (default 8).',
      type: 'number',
      optional: true,
      example: '8',
    },
    {
      name: 'keep_share',
      description:
        'In race season, taper and transition, a session within this share of the block’s best is kept (default 90%).',
      type: 'number|string',
      optional: true,
      example: '0.9',
    },
    {
      name: 'athlete',
      description:
        'For a log without an Athlete column (a tab per athlete): whose log it is, e.g. the tab’s name (default "Athlete"). Ignored when the log has an Athlete column.',
      type: 'string',
      optional: true,
      example: '"Maya"',
    },
  ],
  implementation: (
    context,
    log,
    targets,
    sessions,
    formula,
    unit,
    bodyweights,
    columns,
    season,
    layoffWeeks,
    keepShare,
    athlete,
  ) => {
    const values = readTable(log, 'log');
    if (values === null) return '';
    const bodyweight = bodyweightsArg(bodyweights);
    const chosen = columnsArg(columns, values);
    const defaultAthlete = athleteArg(athlete);
    const logOptions: LogOptions = {
      unit: unitArg(unit),
      timeZone: context.timeZone,
      formula: formulaArg(formula),
      ...(bodyweight === null ? {} : { bodyweight }),
      ...(chosen === undefined ? {} : { columns: chosen }),
      ...(defaultAthlete === undefined ? {} : { defaultAthlete }),
    };
    const plan = seasonArg(season, context.timeZone);
    return statusColumn(
      values,
      logOptions,
      {
        targets: targetsArg(targets),
        sessionsBeforeStale: sessionsArg(sessions),
        ...(plan === undefined ? {} : { season: plan }),
        layoffWeeks: layoffWeeksArg(layoffWeeks),
        keepShare: keepShareArg(keepShare),
      },
      1,
    );
  },
};
