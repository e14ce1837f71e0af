/**
 * Runs dist/ the way Apps Script does: every .js file, in push order (clasp pushes in name order),
 * evaluated as a classic script in one shared V8 global scope. Callers provide the services
 * (SpreadsheetApp, …) as globals; with none, any service use throws ReferenceError as it should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const DIST_DIR = path.resolve(__dirname, '..', 'dist');

/** The .js files of dist/ in the order clasp pushes them (and Apps Script evaluates them). */
export function pushOrder(dist = DIST_DIR): string[] {
  return readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort();
}

export function readManifest(dist = DIST_DIR): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
}

export interface LoadOptions {
  /**
   * false: a plain V8 context (`vm.constants.DONT_CONTEXTIFY`) whose global object is an ordinary
   * one, as in Apps Script. Node's default contextified global sends every global look-up (`Math`,
   * `Number`, `Date`, our own top-level functions) through interceptors, which costs about 140 ns
   * each and roughly doubles the time of a tight loop: fine for behaviour tests, wrong for timing.
   * Benchmarks pass false; tests keep the default. Present in Node 20.20 (Node's vm docs,
   * https://nodejs.org/docs/latest-v20.x/api/vm.html#vmconstantsdont_contextify).
   */
  readonly contextify?: boolean;
  /**
   * true: delete from the context's own built-ins those newer than the V8 that Apps Script is known
   * to run (NEWER_BUILT_INS) before any dist script is evaluated, so code that relies on them fails
   * here as it would for a coach.
   */
  readonly baseline?: boolean;
}

/**
 * Built-ins we must not rely on in dist/. Google's V8 runtime page
 * (https://developers.google.com/apps-script/guides/v8-runtime) promises "modern ECMAScript syntax"
 * but names no ECMAScript edition or V8 version, so we cannot tell exactly what exists there. To
 * stay safe we treat ES2022 and later library additions (plus the HTML `structuredClone`) as
 * missing; `String.prototype.replaceAll` (ES2021) is left in place because we have no source
 * saying it is absent. Each entry is [owner path from the global object, property].
 */
export const NEWER_BUILT_INS: readonly (readonly [string, string])[] = [
  ['Array.prototype', 'at'], // ES2022
  ['String.prototype', 'at'], // ES2022
  ['Object', 'hasOwn'], // ES2022
  ['Array.prototype', 'findLast'], // ES2023
  ['Array.prototype', 'findLastIndex'], // ES2023
  ['Array.prototype', 'toSorted'], // ES2023
  ['Array.prototype', 'toReversed'], // ES2023
  ['Array.prototype', 'toSpliced'], // ES2023
  ['Array.prototype', 'with'], // ES2023
  ['Object', 'groupBy'], // ES2024
  ['Map', 'groupBy'], // ES2024
  ['globalThis', 'structuredClone'], // HTML, not ECMAScript
];

function ownerIn(global: Record<string, unknown>, owner: string): Record<string, unknown> {
  if (owner === 'globalThis') return global;
  let at: unknown = global;
  for (const key of owner.split('.')) at = (at as Record<string, unknown>)[key];
  return at as Record<string, unknown>;
}

/**
 * Removes NEWER_BUILT_INS from the realm whose global object is `global` and returns a function
 * that puts them back exactly (property descriptors included).
 */
export function hideNewerBuiltIns(global: Record<string, unknown>): () => void {
  const saved: [Record<string, unknown>, string, PropertyDescriptor][] = [];
  for (const [owner, key] of NEWER_BUILT_INS) {
    const target = ownerIn(global, owner);
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor) continue;
    saved.push([target, key, descriptor]);
    delete target[key];
  }
  return () => {
    for (const [target, key, descriptor] of saved) Object.defineProperty(target, key, descriptor);
  };
}

/** A fresh V8 context with the given globals and every dist script evaluated into it. */
export function loadDist(
  globals: Record<string, unknown> = {},
  dist = DIST_DIR,
  options: LoadOptions = {},
): vm.Context {
  const manifest = readManifest(dist);
  if (manifest.runtimeVersion !== 'V8') throw new Error('appsscript.json must use the V8 runtime');
  const context =
    options.contextify === false
      ? Object.assign(vm.createContext(vm.constants.DONT_CONTEXTIFY), { console, ...globals })
      : vm.createContext({ console, ...globals });
  if (options.baseline) hideNewerBuiltIns(vm.runInContext('globalThis', context));
  for (const file of pushOrder(dist)) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    vm.runInContext(code, context, { filename: file });
  }
  return context;
}
