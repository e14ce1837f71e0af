/**
 * The bundle's entry. esbuild wraps it as `var StrongEnough = (() => { … })()`; the build then adds
 * top-level wrappers that delegate into StrongEnough.functions and StrongEnough.globals.
 */
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import type { FunctionContext } from '../functions/types';
import { ADDON_GLOBALS } from './globals';

function functionContext(): FunctionContext {
  let timeZone = 'Etc/UTC';
  try {
    timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || timeZone;
  } catch {
    // Outside a spreadsheet (a test harness): the script's zone or UTC.
    try {
      timeZone = Session.getScriptTimeZone() || timeZone;
    } catch {}
  }
  return { timeZone };
}

export const functions: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(
  CUSTOM_FUNCTIONS.map((fn) => [
    fn.name,
    (...args: unknown[]) => fn.implementation(functionContext(), ...args),
  ]),
);

export const globals: Record<string, (...args: never[]) => unknown> = ADDON_GLOBALS;
