/**
 * The columnar path of STRENGTH_STATUS and STALE (issue 17, docs/perf-plan.md): the same rules as
 * readLog → buildSeries → rowStatuses (status.ts), over typed arrays instead of an object per row.
 *
 * - One pass over the rows fills parallel typed arrays (day number, series, load and e1RM in kg,
 *   reps, sets, bodyweight, unit). Load, reps and bodyweight cells go through the shared number
 *   readers of cell-numbers.ts (typeof checks for numbers, the general parser once per distinct
 *   text: a log repeats "100 kg" and "3x5" thousands of times), so they mean exactly what they
 *   mean on the general path; dates, athletes and exercises are cached per distinct cell too.
 * - One grouping pass: a counting sort of the rows by series (athlete and canonical exercise), then
 *   by day only for a series whose rows are not already in day order. Sessions are runs of one
 *   day, kept in parallel typed arrays; the rules of `judge` run over them.
 * - Shared status strings: one stale text per series, one target text per ratio, and one output
 *   row per distinct text (Sheets reads values, not identities).
 *
 * It takes on the common log and answers "not mine" (null) for anything else: any row the general
 * path would report as a problem (a ⚠ row), a row that writes several sets in one cell, a cell it
 * reads that holds a list or an object, a header row with a list, an object or a Date of another
 * realm, a log that cannot be read at all; for STALE also a single-cell call and ranges that are
 * not one column of the same length. The caller then reruns the call on the general path, which
 * says what is wrong; `lastStatusPath()` tells which path answered. test/core/status-columns.test.ts
 * and test/functions/status-paths.test.ts check both paths give the same output to the character
 * over generated logs of every shape and the real exports, and that plain logs stay on this path.
 */
import { type BodyweightLookup, readRoster } from './bodyweight';
import { nameKey } from './catalogue';
import {
  oneRepMaxFactors,
  plainBodyweightKg,
  plainLoad,
  plainLoadUnit,
  plainReps,
  plainSetsWritten,
} from './cell-numbers';
import {
  type Classification,
  classify,
  isNotLifting,
  takesAssistance,
  totalLoad,
} from './classify';
import { dayFromNumber, isTimeZone, parseDay } from './dates';
import { canEstimate } from './formulas';
import { detectHeader, HEADER_SEARCH_ROWS, roleOfHeader } from './headers';
import { humanLimitFor } from './limits';
import { MAX_PLAUSIBLE_LOAD_KG, MAX_PLAUSIBLE_RATIO } from './log';
import type { ColumnRole, LogColumns, LogOptions, Slip, StatusOptions } from './model';
import { isInvalid } from './result';
import {
  blockIndexOf,
  blocksOf,
  DEFAULT_KEEP_SHARE,
  DEFAULT_LAYOFF_WEEKS,
  isMaintenance,
  type Phase,
  phaseOn,
} from './season';
import {
  bestText,
  DRILL_PATTERNS,
  formatMultiple,
  LOAD_EPSILON,
  NEW_BEST_MARGIN,
  RATIO_EPSILON,
  ratioMeetsTarget,
  rowIsEmpty,
  slippingText,
  staleRunText,
  targetReachedText,
} from './status';
import { targetFor } from './targets';
import { parseUnit, toKg, type Unit } from './units';
import {
  type CellValue,
  cellText,
  isBlank,
  parseLoad,
  parseNumber,
  writesSeveralSets,
} from './values';

/** Which path computed the last STRENGTH_STATUS or STALE call (tests assert the fast one ran). */
export type StatusPath = 'columnar' | 'general';
let lastPath: StatusPath = 'general';
export const lastStatusPath = (): StatusPath => lastPath;

/** A cell the columnar reader will not take on: the call goes to the general path. */
const NOT_MINE = null;

const UNITS: readonly Unit[] = ['kg', 'lb'];
const unitCode = (unit: Unit): number => (unit === 'kg' ? 0 : 1);

/** A cell that holds a list or an object (or a Date outside the date column). */
const isObjectCell = (cell: unknown): boolean =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** A Date of this realm or another (Sheets' own, a test harness's). */
const isDateLike = (cell: unknown): cell is Date =>
  cell instanceof Date ||
  (typeof cell === 'object' &&
    cell !== null &&
    Object.prototype.toString.call(cell) === '[object Date]');

function memo<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}

/**
 * Scratch arrays kept between calls and grown as needed: a recalculation runs a status call per
 * log tab, and fresh typed arrays of a big log cost fresh memory (page faults) every call. Only
 * the first `n` slots of one are ever read, each written before it is read (or cleared).
 */
const scratch = new Map<string, Int32Array | Float64Array | Uint8Array>();

function grown<T extends Int32Array | Float64Array | Uint8Array>(
  name: string,
  n: number,
  make: (length: number) => T,
): T {
  let array = scratch.get(name) as T | undefined;
  if (array === undefined || array.length < n) {
    array = make(Math.max(n, 1024));
    scratch.set(name, array);
  }
  return array;
}

const ints = (name: string, n: number): Int32Array =>
  grown(name, n, (length) => new Int32Array(length));
const floats = (name: string, n: number): Float64Array =>
  grown(name, n, (length) => new Float64Array(length));
const bytes = (name: string, n: number): Uint8Array =>
  grown(name, n, (length) => new Uint8Array(length));

/** Where the reader finds bodyweights (readLog's `source`). */
type Bodyweights =
  | { readonly kind: 'none' }
  | { readonly kind: 'column' }
  | { readonly kind: 'value'; readonly kg: number | null }
  | { readonly kind: 'roster'; readonly lookup: BodyweightLookup };

interface ReaderSetup {
  readonly rows: number;
  readonly columns: LogColumns;
  readonly loadUnit: Unit | undefined;
  readonly options: LogOptions;
  readonly bodyweights: Bodyweights;
}

/**
 * The log's rows as typed arrays, indexed by row (a row that is not an entry has series −1).
 * `row()` reads one row as readRow does, or returns false when the row is not for this path.
 */
class Reader {
  readonly day: Int32Array;
  readonly series: Int32Array;
  readonly loadKg: Float64Array;
  /** NaN: no estimate (null on the general path). */
  readonly e1rm: Float64Array;
  /** NaN: unknown (null on the general path). */
  readonly bodyweight: Float64Array;
  readonly reps: Float64Array;
  readonly sets: Float64Array;
  readonly unit: Uint8Array;
  /** Whether the row's exercise is a drill done without load or not lifting (isUnloadedDrill). */
  readonly untracked: Uint8Array;
  entries = 0;
  blankBodyweights = 0;

  // Series: athlete and canonical exercise key.
  readonly seriesAthlete: number[] = [];
  /** The first canonical name in sort order among the series' spellings (buildSeries). */
  readonly seriesName: string[] = [];
  /** Series id by athlete, then by canonical exercise key id. */
  private readonly seriesOf: (number | undefined)[][] = [];
  readonly athletes: string[] = [];
  private readonly athleteIds = new Map<string, number>();
  private readonly athleteOfText = new Map<string, number>();
  private readonly classes: Classification[] = [];
  private readonly classOfText = new Map<string, number>();
  private readonly classKey: number[] = [];
  private readonly classKind: number[] = [];
  private readonly classAssisted: boolean[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly dayOfText = new Map<string, number>();
  private readonly dayOfInstant = new Map<number, number>();
  private readonly dayOfSerial = new Map<number, number>();
  private readonly unitTexts = new Map<string, number>();
  private readonly roles = new Map<string, ColumnRole | null>();

  private readonly columns: LogColumns;
  private readonly sheetUnit: Unit;
  private readonly loadUnit: number;
  private readonly timeZone: string;
  /** The formula's e1RM factor per rep count (oneRepMaxFactors: 1 for one rep). */
  private readonly factors: readonly number[];
  private readonly defaultAthlete: number;
  private readonly bodyweights: Bodyweights;
  private readonly readBodyweightCell: boolean;

  // Fill-down, as readLog.
  private lastDate: unknown = '';
  private lastAthlete = -1;
  private lastExercise = '';
  // The row before's cells: consecutive rows usually repeat them.
  private prevExercise = '';
  private prevClass = -1;
  private prevAthlete = -1;
  private prevSeriesClass = -1;
  private prevSeries = -1;
  private prevMs = Number.NaN;
  private prevAthleteCell: unknown;
  private prevExerciseCell: unknown;
  private prevExerciseText = '';
  private prevAthleteNamed = -1;
  private prevDay = 0;

  constructor(setup: ReaderSetup) {
    const n = setup.rows;
    // Every slot an entry uses is written; the others keep series −1.
    this.day = ints('day', n);
    this.series = ints('series', n).fill(-1, 0, n);
    this.loadKg = floats('loadKg', n);
    this.e1rm = floats('e1rm', n);
    this.bodyweight = floats('bodyweight', n);
    this.reps = floats('reps', n);
    this.sets = floats('sets', n);
    this.unit = bytes('unit', n);
    this.untracked = bytes('untracked', n);
    this.columns = setup.columns;
    this.sheetUnit = setup.options.unit;
    this.loadUnit = setup.loadUnit === undefined ? -1 : unitCode(setup.loadUnit);
    this.timeZone = setup.options.timeZone;
    this.factors = oneRepMaxFactors(setup.options.formula);
    this.bodyweights = setup.bodyweights;
    this.readBodyweightCell =
      setup.bodyweights.kind === 'column' && setup.columns.bodyweight !== undefined;
    const name = setup.options.defaultAthlete ?? 'Athlete';
    this.defaultAthlete = name === '' ? -1 : this.athleteId(name);
  }

  private athleteId(name: string): number {
    let id = this.athleteIds.get(name);
    if (id === undefined) {
      id = this.athletes.length;
      this.athletes.push(name);
      this.athleteIds.set(name, id);
    }
    return id;
  }

  /** The athlete a written cell names (spaces tidied), or −1 for none. */
  private athleteOf(written: string): number {
    let id = this.athleteOfText.get(written);
    if (id === undefined) {
      const name = written.replace(/\s+/g, ' ');
      id = name === '' ? -1 : this.athleteId(name);
      this.athleteOfText.set(written, id);
    }
    return id;
  }

  private classOf(written: string): number {
    if (written === this.prevExercise && this.prevClass >= 0) return this.prevClass;
    let id = this.classOfText.get(written);
    if (id === undefined) {
      id = this.classes.length;
      const c = classify(written);
      this.classes.push(c);
      const key = nameKey(c.name);
      let keyId = this.keyIds.get(key);
      if (keyId === undefined) {
        keyId = this.keyIds.size;
        this.keyIds.set(key, keyId);
      }
      this.classKey.push(keyId);
      // 1: not lifting (never a status); 2: a drill, without a status when done without load.
      this.classKind.push(
        isNotLifting(c) ? 1 : c.pattern !== null && DRILL_PATTERNS.has(c.pattern) ? 2 : 0,
      );
      this.classAssisted.push(takesAssistance(c));
      this.classOfText.set(written, id);
    }
    this.prevExercise = written;
    this.prevClass = id;
    return id;
  }

  private seriesFor(athlete: number, cls: number): number {
    if (athlete === this.prevAthlete && cls === this.prevSeriesClass) return this.prevSeries;
    const exercise = this.classes[cls] as Classification;
    const key = this.classKey[cls] as number;
    let ofAthlete = this.seriesOf[athlete];
    if (ofAthlete === undefined) {
      ofAthlete = [];
      this.seriesOf[athlete] = ofAthlete;
    }
    let id = ofAthlete[key];
    if (id === undefined) {
      id = this.seriesAthlete.length;
      this.seriesAthlete.push(athlete);
      this.seriesName.push(exercise.name);
      ofAthlete[key] = id;
    } else if (exercise.name < (this.seriesName[id] as string)) {
      this.seriesName[id] = exercise.name;
    }
    this.prevAthlete = athlete;
    this.prevSeriesClass = cls;
    this.prevSeries = id;
    return id;
  }

  /** The day number of a date cell; NaN when the general path would report the row. */
  private dayOf(cell: unknown): number {
    if (typeof cell === 'object' && cell !== null) {
      if (!isDateLike(cell)) return Number.NaN;
      const ms = cell.getTime();
      if (ms === this.prevMs) return this.prevDay;
      let day = this.dayOfInstant.get(ms);
      if (day === undefined) {
        day = dayNumberOf(new Date(ms), this.timeZone);
        this.dayOfInstant.set(ms, day);
      }
      this.prevMs = ms;
      this.prevDay = day;
      return day;
    }
    if (typeof cell === 'string') {
      let day = this.dayOfText.get(cell);
      if (day === undefined) {
        day = dayNumberOf(cell, this.timeZone);
        this.dayOfText.set(cell, day);
      }
      return day;
    }
    if (typeof cell === 'number') {
      let day = this.dayOfSerial.get(cell);
      if (day === undefined) {
        day = dayNumberOf(cell, this.timeZone);
        this.dayOfSerial.set(cell, day);
      }
      return day;
    }
    return dayNumberOf(cell, this.timeZone);
  }

  /** A text's header role (roleOfHeader), once per distinct text; null for none. */
  private roleOf(text: string): ColumnRole | null {
    let role = this.roles.get(text);
    if (role === undefined) {
      role = roleOfHeader(text) ?? null;
      this.roles.set(text, role);
    }
    return role;
  }

  /** A repeated header row (readLog's isRepeatedHeader), its texts' roles looked up once each. */
  isRepeatedHeader(loadCell: unknown, exerciseCell: unknown): boolean {
    return (
      typeof loadCell === 'string' &&
      loadCell !== '' &&
      typeof exerciseCell === 'string' &&
      this.roleOf(loadCell) === 'load' &&
      this.roleOf(exerciseCell) === 'exercise'
    );
  }

  /** A blank row or a repeated header: fill-down stops. */
  stopFillDown(): void {
    this.lastDate = '';
    this.lastAthlete = -1;
    this.lastExercise = '';
  }

  /** Reads one row into slot `i`; false when it is not for this path (see the file comment). */
  row(
    i: number,
    dateCell: unknown,
    athleteCell: unknown,
    exerciseCell: unknown,
    loadCell: unknown,
    repsCell: unknown,
    setsCell: unknown,
    unitCell: unknown,
    bodyweightCell: unknown,
  ): boolean {
    const columns = this.columns;
    if (
      isObjectCell(exerciseCell) ||
      isObjectCell(athleteCell) ||
      isObjectCell(loadCell) ||
      isObjectCell(repsCell) ||
      isObjectCell(setsCell) ||
      isObjectCell(unitCell) ||
      isObjectCell(bodyweightCell) ||
      (isObjectCell(dateCell) && !isDateLike(dateCell))
    ) {
      return false;
    }
    let ownExercise = '';
    if (columns.exercise !== undefined) {
      // Consecutive rows usually repeat the exercise's text: trimmed once.
      if (exerciseCell !== this.prevExerciseCell || typeof exerciseCell !== 'string') {
        this.prevExerciseText = cellText(exerciseCell);
        this.prevExerciseCell = exerciseCell;
      }
      ownExercise = this.prevExerciseText;
    }
    const exerciseAsWritten = ownExercise || this.lastExercise;
    const dateBlank = columns.date === undefined || isBlank(dateCell);
    const dateGiven = dateBlank ? this.lastDate : dateCell;
    let athlete = this.defaultAthlete;
    if (columns.athlete !== undefined) {
      let named: number;
      if (athleteCell === this.prevAthleteCell && typeof athleteCell === 'string') {
        named = this.prevAthleteNamed;
      } else {
        named = this.athleteOf(cellText(athleteCell));
        this.prevAthleteCell = athleteCell;
        this.prevAthleteNamed = named;
      }
      athlete = named >= 0 ? named : this.lastAthlete;
      if (named >= 0) this.lastAthlete = named;
    }
    if (ownExercise) this.lastExercise = ownExercise;
    if (!dateBlank) this.lastDate = dateCell;

    if (!exerciseAsWritten) return false;
    const loadBlank = columns.load === undefined || isBlank(loadCell);
    const repsBlank = columns.reps === undefined || isBlank(repsCell);
    if (!ownExercise && loadBlank && repsBlank) return false;
    if (athlete < 0) return false;
    const day = this.dayOf(dateGiven);
    if (Number.isNaN(day)) return false;
    const cls = this.classOf(exerciseAsWritten);
    const exercise = this.classes[cls] as Classification;

    // The load and reps cells: one set (or a group of equal sets) per row on this path.
    // Plain cells through the shared number readers (cell-numbers.ts, NaN: not plain); anything
    // else through the general parser, and a row it would report or split is not for this path.
    let value = 0;
    let unitWritten = -1;
    if (!loadBlank) {
      value = plainLoad(loadCell);
      if (Number.isNaN(value)) {
        // Assistance ("-20" on an assisted pull-up) and whatever the general path reports.
        if (writesSeveralSets(loadCell, '')) return false;
        const load = parseLoad(loadCell, 'load', this.classAssisted[cls] as boolean);
        if (load === null || isInvalid(load)) return false;
        value = load.value;
        unitWritten = load.unit === null ? -1 : unitCode(load.unit);
      } else {
        const named = plainLoadUnit(loadCell);
        if (named !== null) unitWritten = unitCode(named);
      }
    }
    let repCount = 0;
    let setsWritten = -1;
    if (!repsBlank) {
      repCount = plainReps(repsCell);
      // Not a plain count: a ⚠ row, or several sets in the cell.
      if (Number.isNaN(repCount)) return false;
      const written = plainSetsWritten(repsCell);
      if (written > 0) setsWritten = written;
    }
    let sets = setsWritten >= 0 ? setsWritten : 1;
    if (setsWritten < 0 && columns.sets !== undefined) {
      const written = parseNumber(setsCell, 'sets');
      if (isInvalid(written)) return false;
      if (written !== null) {
        if (!Number.isInteger(written) || written < 1) return false;
        sets = written;
      }
    }
    let sheetUnit = this.loadUnit >= 0 ? this.loadUnit : unitCode(this.sheetUnit);
    if (columns.unit !== undefined) {
      const unit =
        typeof unitCell === 'string'
          ? memo(this.unitTexts, unitCell, unitTextCode)
          : unitTextCode(unitCell);
      if (unit === -2) return false;
      if (unit >= 0) sheetUnit = unit;
    }
    let bodyweightKg = Number.NaN;
    if (this.readBodyweightCell && !isBlank(bodyweightCell)) {
      bodyweightKg = plainBodyweightKg(bodyweightCell, UNITS[sheetUnit] as Unit);
      // 0, "BW", invalid: a ⚠ row on the general path.
      if (Number.isNaN(bodyweightKg)) return false;
    } else if (this.readBodyweightCell) this.blankBodyweights++;

    const unitCodeOfSet = unitWritten >= 0 ? unitWritten : sheetUnit;
    const unit = UNITS[unitCodeOfSet] as Unit;
    const loadKg = toKg(totalLoad(exercise, value, unit), unit);
    this.day[i] = day;
    this.series[i] = this.seriesFor(athlete, cls);
    this.loadKg[i] = loadKg;
    // estimateOneRepMax (formulas.ts), NaN for none: estimate(w, r) is w × factor(r) for every
    // formula, with the factors taken once (the per-cell functions' table).
    this.e1rm[i] =
      loadKg > 0 && Number.isFinite(loadKg) && canEstimate(repCount)
        ? loadKg * (this.factors[repCount] as number)
        : Number.NaN;
    this.bodyweight[i] = bodyweightKg;
    this.reps[i] = repCount;
    this.sets[i] = sets;
    this.unit[i] = unitCodeOfSet;
    const kind = this.classKind[cls] as number;
    this.untracked[i] = kind === 1 || (kind === 2 && loadKg === 0) ? 1 : 0;
    this.entries++;
    return true;
  }

  /** Bodyweights from a roster or one value (readLog's settleBodyweights), and column gaps. */
  settleBodyweights(rows: number): void {
    const source = this.bodyweights;
    if (source.kind === 'value') {
      const kg = source.kg === null ? Number.NaN : source.kg;
      for (let i = 0; i < rows; i++) if ((this.series[i] as number) >= 0) this.bodyweight[i] = kg;
    } else if (source.kind === 'roster') {
      let lastAthlete = -1;
      let lastDay = 0;
      let lastKg = Number.NaN;
      for (let i = 0; i < rows; i++) {
        const s = this.series[i] as number;
        if (s < 0) continue;
        const athlete = this.seriesAthlete[s] as number;
        const day = this.day[i] as number;
        if (athlete !== lastAthlete || day !== lastDay) {
          const kg = source.lookup(this.athletes[athlete] as string, day);
          lastKg = kg === null ? Number.NaN : kg;
          lastAthlete = athlete;
          lastDay = day;
        }
        this.bodyweight[i] = lastKg;
      }
    } else if (source.kind === 'column' && this.blankBodyweights > 0) {
      this.fillBodyweights(rows);
    }
  }

  /**
   * fillBodyweights (bodyweight.ts) over the arrays: a blank takes the athlete's latest weigh-in
   * on or before its day (before the first, the first); several on one day are averaged, summed
   * in ascending order as `timeline` does.
   */
  private fillBodyweights(rows: number): void {
    const weighed: number[][] = this.athletes.map(() => []);
    for (let i = 0; i < rows; i++) {
      const s = this.series[i] as number;
      if (s >= 0 && !Number.isNaN(this.bodyweight[i] as number)) {
        (weighed[this.seriesAthlete[s] as number] as number[]).push(i);
      }
    }
    const days: number[][] = [];
    const kgs: number[][] = [];
    weighed.forEach((list, athlete) => {
      list.sort(
        (a, b) =>
          (this.day[a] as number) - (this.day[b] as number) ||
          (this.bodyweight[a] as number) - (this.bodyweight[b] as number),
      );
      const lineDays: number[] = [];
      const lineKgs: number[] = [];
      let k = 0;
      while (k < list.length) {
        const day = this.day[list[k] as number] as number;
        let sum = 0;
        let count = 0;
        while (k < list.length && this.day[list[k] as number] === day) {
          sum += this.bodyweight[list[k] as number] as number;
          count++;
          k++;
        }
        lineDays.push(day);
        lineKgs.push(sum / count);
      }
      days[athlete] = lineDays;
      kgs[athlete] = lineKgs;
    });
    for (let i = 0; i < rows; i++) {
      const s = this.series[i] as number;
      if (s < 0 || !Number.isNaN(this.bodyweight[i] as number)) continue;
      const athlete = this.seriesAthlete[s] as number;
      const lineDays = days[athlete] as number[];
      if (lineDays.length === 0) continue;
      const day = this.day[i] as number;
      let lo = 0;
      let hi = lineDays.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((lineDays[mid] as number) <= day) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      this.bodyweight[i] = (kgs[athlete] as number[])[Math.max(found, 0)] as number;
    }
  }

  /** readLog's implausibleRows: any such row is a ⚠ row, so not for this path. */
  anyImplausible(rows: number): boolean {
    for (let i = 0; i < rows; i++) {
      if ((this.series[i] as number) < 0) continue;
      const loadKg = this.loadKg[i] as number;
      const e1rm = this.e1rm[i] as number;
      const lifted = Number.isNaN(e1rm) ? loadKg : e1rm;
      if (!Number.isFinite(lifted) || Math.abs(loadKg) > MAX_PLAUSIBLE_LOAD_KG) return true;
      const bw = this.bodyweight[i] as number;
      if (bw > 0) {
        const ratio = lifted / bw;
        if (!Number.isFinite(ratio) || ratio > MAX_PLAUSIBLE_RATIO) return true;
      }
    }
    return false;
  }
}

/** parseDay's day number; NaN for blank or invalid (a ⚠ row on the general path). */
function dayNumberOf(cell: unknown, timeZone: string): number {
  const day = parseDay(cell, timeZone);
  return day === null || isInvalid(day) ? Number.NaN : day.dayNumber;
}

/** A unit cell: 0 kg, 1 lb, −1 blank, −2 not a unit. */
function unitTextCode(cell: unknown): number {
  const unit = parseUnit(cell);
  if (unit === null) return -1;
  return isInvalid(unit) ? -2 : unitCode(unit);
}

/** Row status kinds (0: none), in the order rowStatuses ranks them. */
const STALE = 1;
const SLIPPING = 2;
const TARGET = 3;
const BEST = 4;

/** The sessions of every series as parallel arrays, with the rows' arrays they are judged on. */
interface SessionArrays {
  readonly counted: Uint8Array;
  readonly best: Float64Array;
  readonly top: Float64Array;
  readonly repsAtTop: Float64Array;
  readonly setCount: Float64Array;
  readonly block: Int32Array;
  readonly reached: Uint8Array;
  readonly newBest: Uint8Array;
  readonly stale: Uint8Array;
  /** Session x's rows are order[first[x]] … order[end[x] − 1]. */
  readonly first: Int32Array;
  readonly end: Int32Array;
  readonly order: Int32Array;
  readonly day: Int32Array;
  readonly unit: Uint8Array;
  readonly e1rm: Float64Array;
  readonly bodyweight: Float64Array;
  readonly loadKg: Float64Array;
  readonly reps: Float64Array;
  readonly phases: (Phase | null)[] | null;
  readonly slips: (Slip | null)[] | null;
  readonly kinds: Uint8Array;
  readonly out: string[][] | null;
  readonly keepShare: number;
  readonly sessionsBeforeStale: number;
  /** Target reached rows by target text (reachedTexts). */
  readonly reachedByTarget: Map<string, ReachedTexts>;
}

/**
 * Sessions and statuses over the reader's arrays: buildSeries (grouping, blocks, phases, judge,
 * unloaded drills) and rowStatuses. `kinds[i]` is the status kind of row i; with `out`, out[i] is
 * its output row (rows without a status keep theirs).
 */
function judgeRows(
  reader: Reader,
  rows: number,
  options: StatusOptions,
  out: string[][] | null,
): Uint8Array {
  const seriesCount = reader.seriesAthlete.length;
  const entries = reader.entries;
  const { day, series } = reader;
  // Counting sort of the entries by series, in row order within each.
  const start = ints('start', seriesCount + 1).fill(0, 0, seriesCount + 1);
  for (let i = 0; i < rows; i++) {
    const s = series[i] as number;
    if (s >= 0) (start[s + 1] as number)++;
  }
  for (let s = 0; s < seriesCount; s++)
    start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const order = ints('order', entries).subarray(0, entries);
  const fill = ints('fill', seriesCount);
  fill.set(start.subarray(0, seriesCount));
  for (let i = 0; i < rows; i++) {
    const s = series[i] as number;
    if (s >= 0) {
      order[fill[s] as number] = i;
      fill[s] = (fill[s] as number) + 1;
    }
  }
  // Then by day, only where a series' rows are not in day order (stable: row order within a day).
  let sessionCount = 0;
  for (let s = 0; s < seriesCount; s++) {
    const a = start[s] as number;
    const b = start[s + 1] as number;
    let sorted = true;
    for (let k = a + 1; k < b && sorted; k++) {
      if ((day[order[k] as number] as number) < (day[order[k - 1] as number] as number))
        sorted = false;
    }
    if (!sorted) {
      order.subarray(a, b).sort((x, y) => (day[x] as number) - (day[y] as number) || x - y);
    }
    for (let k = a; k < b; k++) {
      if (k === a || day[order[k] as number] !== day[order[k - 1] as number]) sessionCount++;
    }
  }

  // The athletes' blocks: every day they trained, whatever the exercise.
  const layoffWeeks = options.layoffWeeks ?? DEFAULT_LAYOFF_WEEKS;
  const keepShare = options.keepShare ?? DEFAULT_KEEP_SHARE;
  const season = options.season && options.season.rows.length > 0 ? options.season : null;
  const daysOf: number[][] = reader.athletes.map(() => []);
  const lastDayOf = new Float64Array(reader.athletes.length).fill(Number.NaN);
  for (let i = 0; i < rows; i++) {
    const s = series[i] as number;
    if (s < 0) continue;
    const athlete = reader.seriesAthlete[s] as number;
    if (lastDayOf[athlete] !== day[i]) {
      (daysOf[athlete] as number[]).push(day[i] as number);
      lastDayOf[athlete] = day[i] as number;
    }
  }
  const blocksOfAthlete = daysOf.map((days) => blocksOf(days, layoffWeeks));

  // Sessions: parallel arrays, in series order then day order.
  const first = ints('first', sessionCount);
  const end = ints('end', sessionCount);
  const best = floats('best', sessionCount);
  const top = floats('top', sessionCount);
  const repsAtTop = floats('repsAtTop', sessionCount);
  const setCount = floats('setCount', sessionCount);
  const block = ints('block', sessionCount);
  const counted = bytes('counted', sessionCount);
  const reached = bytes('reached', sessionCount);
  const newBest = bytes('newBest', sessionCount);
  const stale = bytes('stale', sessionCount).fill(0, 0, sessionCount);
  const phases: (Phase | null)[] | null = season ? new Array(sessionCount).fill(null) : null;
  const slips: (Slip | null)[] | null = season ? new Array(sessionCount).fill(null) : null;
  const { loadKg, e1rm, bodyweight, reps, sets, unit } = reader;

  const kinds = bytes('kinds', rows).fill(0, 0, rows);
  const st: SessionArrays = {
    counted,
    best,
    top,
    repsAtTop,
    setCount,
    block,
    reached,
    newBest,
    stale,
    first,
    end,
    order,
    day,
    unit,
    e1rm,
    bodyweight,
    loadKg,
    reps,
    phases,
    slips,
    kinds,
    out,
    keepShare,
    sessionsBeforeStale: options.sessionsBeforeStale,
    reachedByTarget: new Map(),
  };
  let at = 0;
  for (let s = 0; s < seriesCount; s++) {
    const a = start[s] as number;
    const b = start[s + 1] as number;
    const athlete = reader.seriesAthlete[s] as number;
    const name = reader.seriesName[s] as string;
    const target = targetFor(name, options.targets);
    const limit = humanLimitFor(name);
    const blocks = blocksOfAthlete[athlete] as ReturnType<typeof blocksOf>;
    const firstSession = at;
    let untracked = true;
    // sessionOf, per run of one day.
    let k = a;
    while (k < b) {
      const d = day[order[k] as number] as number;
      let sessionBest = Number.NaN;
      let topLoad = Number.NEGATIVE_INFINITY;
      let repsTop = 0;
      let setSum = 0;
      let met = false;
      let any = false;
      first[at] = k;
      while (k < b && day[order[k] as number] === d) {
        const i = order[k] as number;
        if (reader.untracked[i] === 0) untracked = false;
        k++;
        const r = reps[i] as number;
        if (r < 1) continue;
        any = true;
        const e = e1rm[i] as number;
        if (!Number.isNaN(e) && (Number.isNaN(sessionBest) || e > sessionBest)) sessionBest = e;
        const load = loadKg[i] as number;
        if (load > topLoad + LOAD_EPSILON) {
          topLoad = load;
          repsTop = r;
        } else if (Math.abs(load - topLoad) <= LOAD_EPSILON && r > repsTop) repsTop = r;
        setSum += sets[i] as number;
        if (target !== null && ratioMeetsTarget(e, bodyweight[i] as number, target, limit)) {
          met = true;
        }
      }
      end[at] = k;
      best[at] = sessionBest;
      top[at] = any ? topLoad : 0;
      repsAtTop[at] = repsTop;
      setCount[at] = setSum;
      counted[at] = any ? 1 : 0;
      reached[at] = met ? 1 : 0;
      block[at] = blocks.length > 1 ? blockIndexOf(blocks, d) : 0;
      if (phases)
        phases[at] = phaseOn(
          season as NonNullable<typeof season>,
          reader.athletes[athlete] as string,
          d,
        );
      at++;
    }
    const lastSession = at;
    // judge, per block of the series.
    const currentBlock = blocks.length - 1;
    let from = firstSession;
    while (from < lastSession) {
      const b0 = block[from] as number;
      let to = from;
      while (to < lastSession && block[to] === b0) to++;
      judgeBlock(st, from, to, b0 === currentBlock);
      from = to;
    }
    if (untracked) {
      for (let x = firstSession; x < lastSession; x++) {
        newBest[x] = 0;
        stale[x] = 0;
        if (slips) slips[x] = null;
      }
    }
    statuses(st, firstSession, lastSession, target, limit);
  }
  return kinds;
}

function judgeBlock(st: SessionArrays, from: number, to: number, current: boolean): void {
  const {
    counted,
    best,
    top,
    repsAtTop,
    setCount,
    reached,
    newBest,
    stale,
    phases,
    slips,
    keepShare,
    sessionsBeforeStale,
  } = st;
  let bestE1rm = Number.NaN;
  let bestLoad = Number.NEGATIVE_INFINITY;
  let bestReps = -1;
  let reachedBefore = false;
  let lastProgress = -1;
  let anyCounted = false;
  for (let x = from; x < to; x++) {
    const i = x - from;
    const isCounted = counted[x] === 1;
    const sBest = best[x] as number;
    const sTop = top[x] as number;
    const sReps = repsAtTop[x] as number;
    let isNew: boolean;
    if (!isCounted) isNew = false;
    else if (!anyCounted) isNew = true;
    else if (!Number.isNaN(sBest) && !Number.isNaN(bestE1rm)) {
      isNew = sBest > bestE1rm * (1 + NEW_BEST_MARGIN) + LOAD_EPSILON;
    } else {
      isNew =
        sTop > bestLoad + LOAD_EPSILON ||
        (Math.abs(sTop - bestLoad) <= LOAD_EPSILON && sReps > bestReps);
    }
    newBest[x] = isNew ? 1 : 0;
    let progress =
      isCounted &&
      (i === 0 ||
        (reachedBefore
          ? !(
              Math.abs(sTop - (top[x - 1] as number)) <= LOAD_EPSILON &&
              sReps === repsAtTop[x - 1] &&
              setCount[x] === setCount[x - 1]
            )
          : isNew));
    if (i > 0 && isCounted && phases && isMaintenance(phases[x] as Phase | null)) {
      progress = true;
      let kept: Slip | null = null;
      if (!Number.isNaN(sBest) && !Number.isNaN(bestE1rm) && bestE1rm > 0) {
        kept = { share: sBest / bestE1rm, measure: 'e1rm', best: bestE1rm };
      } else if (bestLoad > LOAD_EPSILON) {
        kept = { share: sTop / bestLoad, measure: 'load', best: bestLoad };
      } else if (bestReps > 0) {
        kept = { share: sReps / bestReps, measure: 'reps', best: bestReps };
      }
      if (!isNew && kept !== null && kept.share < keepShare - RATIO_EPSILON) {
        (slips as (Slip | null)[])[x] = kept;
      }
    }
    if (progress) lastProgress = i;
    if (!Number.isNaN(sBest) && (Number.isNaN(bestE1rm) || sBest > bestE1rm)) bestE1rm = sBest;
    if (
      isCounted &&
      (sTop > bestLoad + LOAD_EPSILON ||
        (Math.abs(sTop - bestLoad) <= LOAD_EPSILON && sReps > bestReps))
    ) {
      bestLoad = sTop;
      bestReps = sReps;
    }
    anyCounted ||= isCounted;
    reachedBefore ||= reached[x] === 1;
    reached[x] = reachedBefore ? 1 : 0;
  }
  const trailing = to - from - 1 - lastProgress;
  if (current && trailing >= sessionsBeforeStale) {
    for (let x = from + lastProgress + 1; x < to; x++) stale[x] = 1;
  }
}

/**
 * The Target reached rows of one target text, shared by every series with that target: many rows
 * share a ratio, so one output row per ratio shown, found by its hundredths (ratioKey), or by its
 * text at a rounding edge.
 */
interface ReachedTexts {
  readonly byHundredths: (string[] | undefined)[];
  readonly atEdge: Map<string, string[]>;
}

function reachedTexts(st: SessionArrays, targetText: string): ReachedTexts {
  let texts = st.reachedByTarget.get(targetText);
  if (texts === undefined) {
    texts = { byHundredths: [], atEdge: new Map() };
    st.reachedByTarget.set(targetText, texts);
  }
  return texts;
}

/** rowStatuses for one series' sessions [from, to). */
function statuses(
  st: SessionArrays,
  from: number,
  to: number,
  target: number | null,
  limit: number | null,
): void {
  const {
    best,
    top,
    repsAtTop,
    block,
    reached,
    newBest,
    stale,
    first,
    end,
    order,
    day,
    unit,
    e1rm,
    bodyweight,
    loadKg,
    reps,
    phases,
    slips,
    kinds,
    out,
  } = st;
  const seriesStale = to > from && stale[to - 1] === 1;
  let staleRow: string[] = [];
  if (seriesStale && out) {
    let lastProgress = to - 1;
    while (lastProgress >= from && stale[lastProgress] === 1) lastProgress--;
    const run = to - 1 - lastProgress;
    staleRow = [
      lastProgress < from
        ? staleRunText(run, null, false)
        : staleRunText(
            run,
            dayFromNumber(day[order[first[lastProgress] as number] as number] as number).day,
            reached[lastProgress] === 1,
          ),
    ];
  }
  const targetText = target === null ? '' : formatMultiple(target);
  const { byHundredths: reachedRows, atEdge: reachedAtEdge } = reachedTexts(st, targetText);
  // The sets of a session usually repeat a row's e1RM and bodyweight: the row before's output.
  let lastE = Number.NaN;
  let lastBw = Number.NaN;
  let lastReached: string[] = [];
  let lastBestSession = -1;
  let lastBestUnit = -1;
  let lastBest: string[] = [];
  let earlierBest = Number.NaN;
  let blockBest = Number.NaN;
  let currentBlock = 0;
  for (let x = from; x < to; x++) {
    if (block[x] !== currentBlock) {
      if (!Number.isNaN(blockBest) && (Number.isNaN(earlierBest) || blockBest > earlierBest)) {
        earlierBest = blockBest;
      }
      blockBest = Number.NaN;
      currentBlock = block[x] as number;
    }
    const firstOfBlock = x > from && block[x - 1] !== block[x];
    const slip = slips ? slips[x] : null;
    const sBest = best[x] as number;
    for (let k = first[x] as number; k < (end[x] as number); k++) {
      const i = order[k] as number;
      if (seriesStale && stale[x] === 1) {
        kinds[i] = STALE;
        if (out) out[i] = staleRow;
      } else if (slip) {
        kinds[i] = SLIPPING;
        if (out) {
          out[i] = [
            slippingText(
              UNITS[unit[i] as number] as Unit,
              (phases as (Phase | null)[])[x] as Phase | null,
              repsAtTop[x] as number,
              Number.isNaN(sBest) ? null : sBest,
              top[x] as number,
              slip,
            ),
          ];
        }
      } else {
        const e = e1rm[i] as number;
        const bw = bodyweight[i] as number;
        if (target !== null && ratioMeetsTarget(e, bw, target, limit)) {
          kinds[i] = TARGET;
          if (out) {
            if (e !== lastE || bw !== lastBw) {
              const key = ratioKey(e / bw);
              let row = typeof key === 'number' ? reachedRows[key] : reachedAtEdge.get(key);
              if (row === undefined) {
                row = [targetReachedText((e / bw).toFixed(2), targetText)];
                if (typeof key === 'number') reachedRows[key] = row;
                else reachedAtEdge.set(key, row);
              }
              lastE = e;
              lastBw = bw;
              lastReached = row;
            }
            out[i] = lastReached;
          }
        } else if (
          newBest[x] === 1 &&
          (Number.isNaN(sBest)
            ? Math.abs((loadKg[i] as number) - (top[x] as number)) <= LOAD_EPSILON &&
              reps[i] === repsAtTop[x]
            : e === sBest)
        ) {
          kinds[i] = BEST;
          if (out) {
            // The text is the session's, in the row's unit: rows that tie share it.
            if (x !== lastBestSession || unit[i] !== lastBestUnit) {
              lastBest = [
                bestText(
                  UNITS[unit[i] as number] as Unit,
                  Number.isNaN(sBest) ? null : sBest,
                  top[x] as number,
                  repsAtTop[x] as number,
                  x === from,
                  firstOfBlock && !Number.isNaN(earlierBest) ? earlierBest : null,
                ),
              ];
              lastBestSession = x;
              lastBestUnit = unit[i] as number;
            }
            out[i] = lastBest;
          }
        }
      }
    }
    if (!Number.isNaN(sBest) && (Number.isNaN(blockBest) || sBest > blockBest)) {
      blockBest = sBest;
    }
  }
}

/**
 * What `ratio.toFixed(2)` shows, as a key that costs no string: the hundredths as an integer,
 * when the ratio is clearly inside one hundredth's rounding interval (then every ratio with that
 * key shows the same text); the text itself within a millionth of a hundredth of a rounding edge,
 * where only toFixed knows which way it goes. A ratio here is more than 0 and plausible
 * (MAX_PLAUSIBLE_RATIO), so the hundredths index a small array.
 */
export function ratioKey(ratio: number): number | string {
  const hundredths = ratio * 100;
  const nearest = Math.round(hundredths);
  return Math.abs(Math.abs(hundredths - nearest) - 0.5) > 1e-6 ? nearest : ratio.toFixed(2);
}

/** Where bodyweights come from, as readLog decides; null when the log cannot be read so. */
function bodyweightsOf(options: LogOptions, columns: LogColumns): Bodyweights | null {
  const source =
    options.bodyweight ?? (columns.bodyweight !== undefined ? { kind: 'column' as const } : null);
  if (source === null) return { kind: 'none' };
  if (source.kind === 'column') return columns.bodyweight === undefined ? null : source;
  if (source.kind === 'value') {
    return {
      kind: 'value',
      kg: source.value > 0 ? toKg(source.value, source.unit ?? options.unit) : null,
    };
  }
  const roster = readRoster(source.rows, options.unit, options.timeZone);
  return isInvalid(roster) ? null : { kind: 'roster', lookup: roster.lookup };
}

/**
 * A log range whose first rows (where a header may be) are lists, and whose header row holds no
 * list, object or Date of another realm: its header labels read the same raw as normalised
 * (args.ts readTable), so the columns argument means the same on both paths.
 */
export function plainHead(table: unknown): table is readonly (readonly unknown[])[] {
  if (!Array.isArray(table) || table.length === 0) return false;
  const rows = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) if (!Array.isArray(table[r])) return false;
  const header = detectHeader(table as readonly (readonly CellValue[])[]);
  if (isInvalid(header)) return true;
  for (const cell of table[header.row] as readonly unknown[]) if (isObjectCell(cell)) return false;
  return true;
}

/**
 * STRENGTH_STATUS's column (statusColumn in status.ts) on the columnar path, straight from the
 * range as Sheets hands it (no copy of the table); null when the log is not for this path.
 */
export function columnarStatusColumn(
  table: unknown,
  logOptions: LogOptions,
  statusOptions: StatusOptions,
): string[][] | null {
  lastPath = 'general';
  const out = statusColumnOf(table, logOptions, statusOptions);
  if (out !== NOT_MINE) lastPath = 'columnar';
  return out;
}

function statusColumnOf(
  table: unknown,
  logOptions: LogOptions,
  statusOptions: StatusOptions,
): string[][] | null {
  const read = readStatusLog(table, logOptions);
  if (read === NOT_MINE) return NOT_MINE;
  const { reader, headerRow, last } = read;
  // One output row per distinct text where texts repeat (Sheets reads values, not identities).
  const out: string[][] = new Array(last + 1);
  const blankRow = [''];
  for (let i = 0; i <= last; i++) out[i] = blankRow;
  judgeRows(reader, last + 1, statusOptions, out);
  out[headerRow] = ['Status'];
  return out;
}

/** A log read into the columnar reader: its header row and last data row (0-based). */
interface StatusLog {
  readonly reader: Reader;
  readonly headerRow: number;
  readonly last: number;
}

/**
 * STRENGTH_STATUS's reading pass alone: the log's rows into the reader's typed arrays, or null
 * when the log is not for this path. Exported for the floor bench, which times it beside the
 * floor (the share of a call that reading the cells takes).
 */
export function readStatusLog(table: unknown, logOptions: LogOptions): StatusLog | null {
  if (!plainHead(table)) return NOT_MINE;
  const rows = table.length;
  // Rows that are not lists: plainHead checked the first ones, the loops below the others.
  const values = table as readonly (readonly unknown[])[];
  if (!isTimeZone(logOptions.timeZone)) return NOT_MINE;
  const detected = detectHeader(values as readonly (readonly CellValue[])[]);
  if (isInvalid(detected)) return NOT_MINE;
  // The header and the rows above it are read as text (labels, roles): no lists or objects there.
  for (let r = 0; r <= detected.row; r++) {
    for (const cell of values[r] as readonly unknown[]) if (isObjectCell(cell)) return NOT_MINE;
  }
  const columns: LogColumns = { ...detected.columns, ...logOptions.columns };
  if (columns.date === undefined) return NOT_MINE;
  const bodyweights = bodyweightsOf(logOptions, columns);
  if (bodyweights === null) return NOT_MINE;

  // The column ends where the log's data ends (statusColumn); a list or object there is text on
  // the general path, so it is not for this one.
  let last = rows - 1;
  while (last > detected.row) {
    const row = values[last] as readonly unknown[];
    if (!Array.isArray(row)) return NOT_MINE;
    for (const cell of row) if (isObjectCell(cell) && !isDateLike(cell)) return NOT_MINE;
    if (!rowIsEmpty(row as readonly CellValue[])) break;
    last--;
  }

  const reader = new Reader({
    rows: last + 1,
    columns,
    loadUnit: detected.loadUnit,
    options: logOptions,
    bodyweights,
  });
  const c = columns;
  const date = c.date as number;
  const athlete = c.athlete ?? -1;
  const exercise = c.exercise ?? -1;
  const load = c.load ?? -1;
  const reps = c.reps ?? -1;
  const sets = c.sets ?? -1;
  const unit = c.unit ?? -1;
  const bodyweight = c.bodyweight ?? -1;
  const repeatedHeaders = c.exercise !== undefined && c.load !== undefined;
  for (let r = detected.row + 1; r <= last; r++) {
    const row = values[r] as readonly unknown[];
    if (!Array.isArray(row)) return NOT_MINE;
    let blank = true;
    for (let k = 0; k < row.length; k++) {
      if (!isBlank(row[k])) {
        blank = false;
        break;
      }
    }
    if (blank || (repeatedHeaders && reader.isRepeatedHeader(row[load], row[exercise]))) {
      reader.stopFillDown();
      continue;
    }
    const read = reader.row(
      r,
      row[date],
      athlete < 0 ? undefined : row[athlete],
      exercise < 0 ? undefined : row[exercise],
      load < 0 ? undefined : row[load],
      reps < 0 ? undefined : row[reps],
      sets < 0 ? undefined : row[sets],
      unit < 0 ? undefined : row[unit],
      bodyweight < 0 ? undefined : row[bodyweight],
    );
    if (!read) return NOT_MINE;
  }
  reader.settleBodyweights(last + 1);
  if (reader.anyImplausible(last + 1)) return NOT_MINE;
  return { reader, headerRow: detected.row, last };
}

/** STALE's parameters: a one-column range of the log's rows, or one value for every row. */
export type StaleColumn = readonly unknown[];

/** One argument of STALE: its cell in every row, or null when it is not for this path. */
interface ColumnArg {
  readonly grid: readonly (readonly unknown[])[] | null;
  readonly value: unknown;
}

function columnArg(arg: unknown, rows: number): ColumnArg | null {
  if (!Array.isArray(arg)) return { grid: null, value: arg };
  if (arg.length === 0) return { grid: null, value: '' };
  if (arg.length === 1) {
    const row = arg[0];
    if (!Array.isArray(row) || row.length > 1) return null;
    return { grid: null, value: row[0] };
  }
  if (arg.length !== rows) return null;
  return { grid: arg as readonly (readonly unknown[])[], value: undefined };
}

/** What cellOf gives for a row of a range that is not a one-cell list (not for this path). */
const BAD_SHAPE: unknown = { shape: 'not one column' };

/** The argument's cell in row r, its rows checked as they are read (one pass over them). */
function cellOf(arg: ColumnArg, r: number): unknown {
  if (arg.grid === null) return arg.value;
  const row = arg.grid[r];
  return Array.isArray(row) && row.length === 1 ? row[0] : BAD_SHAPE;
}

/**
 * STALE over one-column ranges of the same length (and single values for every row) on the
 * columnar path: TRUE/FALSE per entry, "" for blank rows; null when the call is not for this path
 * (a single-cell call, ranges of other shapes, any ⚠ row).
 */
export function columnarStale(
  args: readonly [unknown, unknown, unknown, unknown, unknown],
  timeZone: string,
  sessionsBeforeStale: number,
): (string | boolean)[][] | null {
  lastPath = 'general';
  const out = staleOf(args, timeZone, sessionsBeforeStale);
  if (out !== NOT_MINE) lastPath = 'columnar';
  return out;
}

function staleOf(
  args: readonly [unknown, unknown, unknown, unknown, unknown],
  timeZone: string,
  sessionsBeforeStale: number,
): (string | boolean)[][] | null {
  let rows = 0;
  for (const arg of args) if (Array.isArray(arg) && arg.length > rows) rows = arg.length;
  if (rows < 2 || !isTimeZone(timeZone)) return NOT_MINE;
  const shaped: ColumnArg[] = [];
  for (const arg of args) {
    const column = columnArg(arg, rows);
    if (column === null) return NOT_MINE;
    shaped.push(column);
  }
  const [athletes, exercises, dates, loads, reps] = shaped as [
    ColumnArg,
    ColumnArg,
    ColumnArg,
    ColumnArg,
    ColumnArg,
  ];
  // Slot i + 1 is row i, as STALE's general path numbers its table (header first).
  const reader = new Reader({
    rows: rows + 1,
    columns: { athlete: 0, exercise: 1, date: 2, load: 3, reps: 4 },
    loadUnit: undefined,
    options: { unit: 'kg', timeZone, formula: 'epley' },
    bodyweights: { kind: 'none' },
  });
  for (let r = 0; r < rows; r++) {
    const exercise = cellOf(exercises, r);
    const date = cellOf(dates, r);
    const load = cellOf(loads, r);
    const rep = cellOf(reps, r);
    const athlete = cellOf(athletes, r);
    if (
      exercise === BAD_SHAPE ||
      date === BAD_SHAPE ||
      load === BAD_SHAPE ||
      rep === BAD_SHAPE ||
      athlete === BAD_SHAPE
    ) {
      return NOT_MINE;
    }
    if (
      (isBlank(exercise) && isBlank(date) && isBlank(load) && isBlank(rep)) ||
      reader.isRepeatedHeader(load, exercise)
    ) {
      reader.stopFillDown();
      continue;
    }
    if (isObjectCell(athlete)) return NOT_MINE;
    if (!reader.row(r + 1, date, athlete, exercise, load, rep, undefined, undefined, undefined)) {
      return NOT_MINE;
    }
  }
  if (reader.anyImplausible(rows + 1)) return NOT_MINE;
  const kinds = judgeRows(reader, rows + 1, { targets: new Map(), sessionsBeforeStale }, null);
  const blankRow: (string | boolean)[] = [''];
  const staleRow: (string | boolean)[] = [true];
  const freshRow: (string | boolean)[] = [false];
  const out: (string | boolean)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    out[r] =
      (reader.series[r + 1] as number) < 0
        ? blankRow
        : kinds[r + 1] === STALE
          ? staleRow
          : freshRow;
  }
  return out;
}
