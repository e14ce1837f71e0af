/**
 * State shared by every emulated service in one emulator, and the wrapper that makes each emulated
 * object behave like Apps Script's: calls are counted per "Class.method", methods the emulator does
 * not have throw a clear error instead of silently doing nothing, and writes are refused while a
 * custom function runs (custom functions are read-only in Sheets).
 */
import { createEngine, type Engine, type EngineHost } from './engine';
import type { WorkbookModel } from './model';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Runtime extends EngineHost {
  readonly workbook: WorkbookModel;
  readonly calls: Map<string, number>;
  /**
   * Calls made while a custom function recalculates. In Sheets that is its own execution, not part
   * of the action whose write triggered it, so it is counted apart from `calls`.
   */
  readonly recalculationCalls: Map<string, number>;
  /** Name of the custom function being evaluated; writes are refused meanwhile. */
  customFunction: string | null;
  authMode: AuthMode;
  /** The engine exists once a formula does (plain-value workbooks never pay for it). */
  engine: Engine | null;
  now(): number;
  advance(ms: number): void;
  /** A reason to refuse a write (an athlete's linked file while the add-on runs); null: allowed. */
  readOnly?(method: string): string | null;
  /** Called after each write (a linked file tells the files importing from it to refresh). */
  afterWrite?(): void;
}

/**
 * A runtime's starting state: nothing counted, no custom function running, full access, no formula
 * engine yet (the emulator's own spreadsheet and each linked file start alike).
 */
export function freshRuntimeState(workbook: WorkbookModel) {
  return {
    workbook,
    calls: new Map<string, number>(),
    recalculationCalls: new Map<string, number>(),
    customFunction: null,
    authMode: 'FULL' as AuthMode,
    engine: null,
  };
}

/** Calls per "Class.method", sorted by name, as the emulator reports them. */
export const sortedCounts = (counts: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));

export function ensureEngine(runtime: Runtime): Engine {
  runtime.engine ??= createEngine(runtime);
  return runtime.engine;
}

/** Classes whose mutating methods a custom function may not call. */
const SPREADSHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
  'EmbeddedChart',
  'RangeList',
]);
const MUTATING =
  /^(set|insert|delete|clear|remove|add|append|protect|hide|show|sort|merge|auto|move|duplicate|copy|update|activate|rename|toast|uncheck|check)/;

/** Property names tools probe on any object (jest, util.inspect, Promise resolution). */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
  '$$typeof',
  'inspect',
]);

export function wrap<T>(runtime: Runtime, className: string, impl: object): T {
  const cache = new Map<string, unknown>();
  const checked = SPREADSHEET_CLASSES.has(className);
  return new Proxy(impl, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
      if (prop === 'toString') return () => className;
      const own = (target as Record<string, unknown>)[prop];
      if (typeof own !== 'function') {
        if (
          own !== undefined ||
          PROBED.has(prop) ||
          prop.startsWith('@@') ||
          prop.startsWith('_')
        ) {
          return own;
        }
        return () => {
          throw new Error(`Emulator: ${className}.${prop} is not implemented`);
        };
      }
      let fn = cache.get(prop);
      if (!fn) {
        const name = `${className}.${prop}`;
        const mutating = checked && MUTATING.test(prop);
        fn = (...args: unknown[]) => {
          const counter =
            runtime.customFunction === null ? runtime.calls : runtime.recalculationCalls;
          counter.set(name, (counter.get(name) ?? 0) + 1);
          if (mutating && runtime.customFunction !== null) {
            throw new Error(`You do not have permission to call ${prop}`);
          }
          const refused = mutating ? (runtime.readOnly?.(name) ?? null) : null;
          if (refused !== null) throw new Error(refused);
          const out = (own as (...a: unknown[]) => unknown).apply(receiver, args);
          if (mutating) runtime.afterWrite?.();
          return out;
        };
        cache.set(prop, fn);
      }
      return fn;
    },
  }) as T;
}

/** Apps Script's enums are objects whose members print as their names. */
export function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;
}
