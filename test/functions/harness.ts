/**
 * Runs the built dist/ in a V8 context as Apps Script does, with a SpreadsheetApp stub that only
 * knows its time zone, and offers inputs shaped as Sheets sends them (Dates from the script's own
 * realm, 2D arrays).
 */
import vm from 'node:vm';
import { loadDist } from '../../scripts/apps-script-runtime';

export type Call = (...args: unknown[]) => unknown;

export interface Sheet {
  readonly call: (name: string, ...args: unknown[]) => unknown;
  /** A Date made inside the script's context, as a date cell arrives. */
  readonly date: (value: string | number) => Date;
  readonly context: vm.Context;
}

export function loadSheet(timeZone = 'Europe/Oslo'): Sheet {
  const context = loadDist({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
  });
  const ContextDate = vm.runInContext('Date', context) as DateConstructor;
  return {
    context,
    call: (name, ...args) => (context[name] as Call)(...args),
    date: (value) => new ContextDate(value),
  };
}

/** The message of the Error a call throws; fails when it returns or throws a non-Error. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (Object.prototype.toString.call(error) !== '[object Error]') {
      throw new Error(`threw a non-Error: ${String(error)}`);
    }
    return (error as Error).message;
  }
  throw new Error('expected an Error, but the call returned');
}

/** A column range (n×1) from values. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** Results come from another realm; plain copies compare cleanly with toEqual. */
export const plain = (value: unknown): unknown => (Array.isArray(value) ? value.map(plain) : value);
