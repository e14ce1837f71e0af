/**
 * What may cross google.script.run, by Apps Script's documented rules: primitives (number, boolean,
 * string, null) and objects and arrays made of them. A Date, a function or a DOM element (other than a
 * form as the only argument) makes the request fail, nested ones too; so do circular references;
 * undefined inside arrays becomes null. Return values follow the same rules.
 *
 * Shared by the page shim (browser) and the preview server (Node), so it must not use Node APIs.
 * Dates are recognised by their internal tag because a Date made in the emulator's V8 context is not
 * an `instanceof Date` here.
 */

export type IllegalKind = 'Date' | 'function' | 'DOM element' | 'circular reference' | 'symbol';

export interface Illegal {
  /** Where the value sits: "0" for the first argument, "0.athletes.2.since" deeper down. */
  readonly path: string;
  readonly kind: IllegalKind;
}

const tag = (value: object): string => Object.prototype.toString.call(value);

const isDomNode = (value: object): boolean =>
  typeof (value as { nodeType?: unknown }).nodeType === 'number' &&
  typeof (value as { nodeName?: unknown }).nodeName === 'string';

/** The first value Apps Script would refuse, or null when the whole value may be sent. */
export function findIllegal(value: unknown, path = '', seen: object[] = []): Illegal | null {
  if (typeof value === 'function') return { path, kind: 'function' };
  if (typeof value === 'symbol') return { path, kind: 'symbol' };
  if (value === null || typeof value !== 'object') return null;
  if (tag(value) === '[object Date]') return { path, kind: 'Date' };
  if (isDomNode(value)) return { path, kind: 'DOM element' };
  if (seen.includes(value)) return { path, kind: 'circular reference' };
  seen.push(value);
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [key, inner] of entries) {
    const found = findIllegal(inner, path === '' ? key : `${path}.${key}`, seen);
    if (found) return found;
  }
  seen.pop();
  return null;
}

/** Apps Script's client error for an argument it cannot send (the text its TypeError carries). */
export function illegalArgumentMessage(args: readonly unknown[]): string | null {
  const found = findIllegal([...args]);
  if (!found) return null;
  return `Failed due to illegal value in property: ${found.path} (a ${found.kind} cannot be sent with google.script.run; send plain values such as ISO date text).`;
}

/** Why a server function's return value cannot reach the page, or null when it can. */
export function illegalReturnMessage(functionName: string, value: unknown): string | null {
  const found = findIllegal(value);
  if (!found) return null;
  const where = found.path === '' ? 'the return value' : `the return value at "${found.path}"`;
  return `${functionName} returned a ${found.kind} in ${where}; google.script.run can only return plain values (text, numbers, booleans, null, arrays and objects of them), so the call fails.`;
}

/**
 * The copy the other side receives: JSON round trip, so undefined in arrays becomes null and
 * undefined object fields disappear, as Apps Script does.
 */
export function wireCopy<T>(value: T): T {
  if (value === undefined) return null as T;
  return JSON.parse(JSON.stringify(value)) as T;
}
