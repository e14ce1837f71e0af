/**
 * The runtime baseline: the built-ins the bundle relies on, each checked by name on a given global
 * object (the real one in Apps Script, a stripped one in tests). Apps Script's V8 runtime documents
 * modern ECMAScript support: https://developers.google.com/apps-script/guides/v8-runtime
 */

/** A built-in we rely on: its name for the coach's report and how to tell it is there. */
interface Builtin {
  readonly name: string;
  readonly present: (global: Record<string, unknown>) => boolean;
}

const protoHas =
  (ctor: string, method: string) =>
  (global: Record<string, unknown>): boolean => {
    const c = global[ctor] as { prototype?: Record<string, unknown> } | undefined;
    return typeof c?.prototype?.[method] === 'function';
  };

const staticHas =
  (ctor: string, method: string) =>
  (global: Record<string, unknown>): boolean => {
    const c = global[ctor] as Record<string, unknown> | undefined;
    return typeof c?.[method] === 'function';
  };

/** Intl.DateTimeFormat that honours a named time zone (sessions are days in the sheet's zone). */
function intlTimeZones(global: Record<string, unknown>): boolean {
  const intl = global.Intl as typeof Intl | undefined;
  if (typeof intl?.DateTimeFormat !== 'function') return false;
  try {
    // 2024-01-01T03:00Z is still 31 December in New York: a runtime ignoring the zone says 1.
    const day = new intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', day: 'numeric' });
    return day.format(new Date(Date.UTC(2024, 0, 1, 3))) === '31';
  } catch {
    return false;
  }
}

export const BASELINE: readonly Builtin[] = [
  { name: 'Array.prototype.includes', present: protoHas('Array', 'includes') },
  { name: 'Array.prototype.flat', present: protoHas('Array', 'flat') },
  { name: 'Array.prototype.flatMap', present: protoHas('Array', 'flatMap') },
  { name: 'Array.prototype.findIndex', present: protoHas('Array', 'findIndex') },
  { name: 'Array.from', present: staticHas('Array', 'from') },
  { name: 'Object.entries', present: staticHas('Object', 'entries') },
  { name: 'Object.fromEntries', present: staticHas('Object', 'fromEntries') },
  { name: 'Object.values', present: staticHas('Object', 'values') },
  { name: 'String.prototype.padStart', present: protoHas('String', 'padStart') },
  { name: 'String.prototype.startsWith', present: protoHas('String', 'startsWith') },
  { name: 'Map', present: (g) => typeof g.Map === 'function' },
  { name: 'Set', present: (g) => typeof g.Set === 'function' },
  { name: 'Intl.DateTimeFormat with timeZone', present: intlTimeZones },
];

/** The names of the baseline's built-ins missing from this global object, in the list's order. */
export function missingBuiltins(global: Record<string, unknown> = globalThis as never): string[] {
  return BASELINE.filter((b) => !b.present(global)).map((b) => b.name);
}
