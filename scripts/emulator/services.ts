/**
 * The services around the spreadsheet: Ui (recorded, so tests and the preview can see menus,
 * sidebars, dialogs and alerts), HtmlService (reads dist/ HTML), PropertiesService (with Apps
 * Script's size limits), LockService (with a way to simulate another execution holding the lock),
 * CacheService, Session, Utilities, Logger.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { enumOf, type Runtime, wrap } from './runtime';
import { formatJavaDate } from './time';

export interface MenuItemRecord {
  readonly caption: string;
  readonly functionName: string;
}

export type MenuEntry =
  | MenuItemRecord
  | { readonly separator: true }
  | { readonly subMenu: MenuRecord };

export interface MenuRecord {
  readonly title: string;
  /** True for createAddonMenu (Extensions › add-on name). */
  readonly addon: boolean;
  readonly items: MenuEntry[];
}

export interface HtmlRecord {
  readonly title: string;
  readonly html: string;
  readonly width: number | null;
  readonly height: number | null;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** Everything the user would see. */
export interface UiRecord {
  menus: MenuRecord[];
  sidebar: HtmlRecord | null;
  dialogs: (HtmlRecord & { readonly modal: boolean })[];
  alerts: { readonly title: string; readonly prompt: string; readonly buttons: string }[];
  prompts: { readonly title: string; readonly prompt: string; readonly buttons: string }[];
  /** Answers the next alerts/prompts give, in order (default: OK, empty text). */
  readonly answers: { button?: ButtonName; text?: string }[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], sidebar: null, dialogs: [], alerts: [], prompts: [], answers: [] };
}

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

interface HtmlOutputState {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

const htmlStates = new WeakMap<object, HtmlOutputState>();

function htmlRecord(output: unknown): HtmlRecord {
  const state = typeof output === 'object' && output !== null ? htmlStates.get(output) : undefined;
  if (!state)
    throw new Error(
      "Exception: The parameters don't match the method signature: expected an HtmlOutput.",
    );
  return { title: state.title, html: state.content, width: state.width, height: state.height };
}

export function createUi(
  runtime: Runtime,
  record: UiRecord,
  addonName: string,
): GoogleAppsScript.Base.Ui {
  const menu = (title: string, addon: boolean): GoogleAppsScript.Base.Menu => {
    const model: MenuRecord = { title, addon, items: [] };
    const self: GoogleAppsScript.Base.Menu = wrap(runtime, 'Menu', {
      addItem(caption: string, functionName: string) {
        if (typeof caption !== 'string' || typeof functionName !== 'string') {
          throw new Error(
            'Exception: Menu.addItem needs a caption and a function name (both text).',
          );
        }
        model.items.push({ caption, functionName });
        return self;
      },
      addSeparator() {
        model.items.push({ separator: true });
        return self;
      },
      addSubMenu(sub: unknown) {
        const found = subMenus.get(sub as object);
        if (!found) throw new Error('Exception: addSubMenu needs a Menu from createMenu.');
        model.items.push({ subMenu: found });
        return self;
      },
      addToUi() {
        record.menus = record.menus.filter((m) => !(m.addon === addon && m.title === title));
        record.menus.push(model);
      },
    });
    subMenus.set(self, model);
    return self;
  };
  const subMenus = new WeakMap<object, MenuRecord>();
  const answer = () => record.answers.shift() ?? {};
  const self = wrap<GoogleAppsScript.Base.Ui>(runtime, 'Ui', {
    createAddonMenu: () => menu(addonName, true),
    createMenu: (caption: string) => menu(String(caption), false),
    showSidebar(output: unknown) {
      record.sidebar = htmlRecord(output);
    },
    showModalDialog(output: unknown, title: string) {
      record.dialogs.push({ ...htmlRecord(output), title: String(title), modal: true });
    },
    showModelessDialog(output: unknown, title: string) {
      record.dialogs.push({ ...htmlRecord(output), title: String(title), modal: false });
    },
    alert(...args: unknown[]) {
      const [title, prompt, buttons] =
        args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], 'OK'];
      record.alerts.push({
        title: String(title),
        prompt: String(prompt),
        buttons: String(buttons),
      });
      return answer().button ?? 'OK';
    },
    prompt(...args: unknown[]) {
      const [title, prompt, buttons] =
        args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], 'OK'];
      record.prompts.push({
        title: String(title),
        prompt: String(prompt),
        buttons: String(buttons),
      });
      const a = answer();
      return wrap(runtime, 'PromptResponse', {
        getResponseText: () => a.text ?? '',
        getSelectedButton: () => a.button ?? 'OK',
      });
    },
    Button,
    ButtonSet,
  });
  return self;
}

export function createHtmlService(
  runtime: Runtime,
  distDir: string,
): GoogleAppsScript.HTML.HtmlService {
  const output = (content: string): GoogleAppsScript.HTML.HtmlOutput => {
    const state: HtmlOutputState = { title: '', content, width: null, height: null };
    const self: GoogleAppsScript.HTML.HtmlOutput = wrap(runtime, 'HtmlOutput', {
      getContent: () => state.content,
      setContent(text: string) {
        state.content = String(text);
        return self;
      },
      append(text: string) {
        state.content += String(text);
        return self;
      },
      getTitle: () => state.title,
      setTitle(title: string) {
        state.title = String(title);
        return self;
      },
      getWidth: () => state.width,
      setWidth(width: number) {
        state.width = width;
        return self;
      },
      getHeight: () => state.height,
      setHeight(height: number) {
        state.height = height;
        return self;
      },
      setXFrameOptionsMode: () => self,
      setSandboxMode: () => self,
      addMetaTag: () => self,
      setFaviconUrl: () => self,
    });
    htmlStates.set(self, state);
    return self;
  };
  return wrap(runtime, 'HtmlService', {
    createHtmlOutput: (html?: unknown) => output(html === undefined ? '' : String(html)),
    createHtmlOutputFromFile(name: string) {
      const file = path.join(
        distDir,
        String(name).endsWith('.html') ? String(name) : `${name}.html`,
      );
      if (!existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return output(readFileSync(file, 'utf8'));
    },
    XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
    SandboxMode: enumOf('EMULATED', 'IFRAME', 'NATIVE'),
  });
}

/** Apps Script quotas: 9 KB per property value, 500 KB per property store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export type PropertyStores = Record<'document' | 'script' | 'user', Map<string, string>>;

export function newPropertyStores(): PropertyStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function createPropertiesService(
  runtime: Runtime,
  stores: PropertyStores,
): GoogleAppsScript.Properties.PropertiesService {
  const store = (map: Map<string, string>): GoogleAppsScript.Properties.Properties => {
    const check = (next: Map<string, string>) => {
      for (const [key, value] of next) {
        if (bytes(value) > PROPERTY_VALUE_LIMIT)
          throw new Error(`Exception: Argument too large: value (property "${key}" is over 9 KB)`);
      }
      let total = 0;
      for (const [key, value] of next) total += bytes(key) + bytes(value);
      if (total > PROPERTY_STORE_LIMIT) {
        throw new Error(
          'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
        );
      }
    };
    const write = (entries: Record<string, unknown>, deleteAllOthers = false) => {
      const next = new Map(deleteAllOthers ? [] : map);
      for (const [key, value] of Object.entries(entries)) next.set(key, String(value));
      check(next);
      map.clear();
      for (const [k, v] of next) map.set(k, v);
    };
    const self: GoogleAppsScript.Properties.Properties = wrap(runtime, 'Properties', {
      getProperty: (key: string) => map.get(key) ?? null,
      getProperties: () => Object.fromEntries(map),
      getKeys: () => [...map.keys()],
      setProperty(key: string, value: unknown) {
        write({ [key]: value });
        return self;
      },
      setProperties(entries: Record<string, unknown>, deleteAllOthers?: boolean) {
        write(entries, deleteAllOthers === true);
        return self;
      },
      deleteProperty(key: string) {
        map.delete(key);
        return self;
      },
      deleteAllProperties() {
        map.clear();
        return self;
      },
    });
    return self;
  };
  const gate = (name: string) => {
    if (runtime.authMode === 'NONE') {
      throw new Error(
        `Exception: You do not have permission to call PropertiesService.${name} in AuthMode.NONE.`,
      );
    }
  };
  return wrap(runtime, 'PropertiesService', {
    getDocumentProperties: () => {
      gate('getDocumentProperties');
      return store(stores.document);
    },
    getScriptProperties: () => {
      gate('getScriptProperties');
      return store(stores.script);
    },
    getUserProperties: () => {
      gate('getUserProperties');
      return store(stores.user);
    },
  });
}

/** One lock per scope; `heldByOther` simulates another execution holding it. */
export interface LockState {
  mine: boolean;
  heldByOther: boolean;
}

export type LockStates = Record<'document' | 'script' | 'user', LockState>;

export function newLockStates(): LockStates {
  return {
    document: { mine: false, heldByOther: false },
    script: { mine: false, heldByOther: false },
    user: { mine: false, heldByOther: false },
  };
}

export function createLockService(
  runtime: Runtime,
  states: LockStates,
): GoogleAppsScript.Lock.LockService {
  const lock = (state: LockState): GoogleAppsScript.Lock.Lock => {
    const attempt = (timeoutMs: number): boolean => {
      if (state.heldByOther) {
        // The other execution keeps the lock for the whole wait: time passes, nothing is granted.
        runtime.advance(Math.max(0, timeoutMs));
        return false;
      }
      state.mine = true;
      return true;
    };
    return wrap(runtime, 'Lock', {
      tryLock: (timeoutMs: number) => attempt(Number(timeoutMs) || 0),
      waitLock(timeoutMs: number) {
        if (!attempt(Number(timeoutMs) || 0)) {
          throw new Error(
            'Exception: Lock timeout: another process was holding the lock for too long.',
          );
        }
      },
      releaseLock() {
        state.mine = false;
      },
      hasLock: () => state.mine,
    });
  };
  return wrap(runtime, 'LockService', {
    getDocumentLock: () => lock(states.document),
    getScriptLock: () => lock(states.script),
    getUserLock: () => lock(states.user),
  });
}

export type CacheStores = Record<
  'document' | 'script' | 'user',
  Map<string, { value: string; expires: number }>
>;

export function newCacheStores(): CacheStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

/** CacheService limits: keys up to 250 characters, values up to 100 KB, 6 hours at most. */
export function createCacheService(
  runtime: Runtime,
  stores: CacheStores,
): GoogleAppsScript.Cache.CacheService {
  const cache = (map: CacheStores['document']): GoogleAppsScript.Cache.Cache => {
    const get = (key: string): string | null => {
      const entry = map.get(key);
      if (!entry) return null;
      if (entry.expires <= runtime.now()) {
        map.delete(key);
        return null;
      }
      return entry.value;
    };
    const put = (key: string, value: unknown, seconds = 600) => {
      if (key.length > 250) throw new Error('Exception: Argument too large: key');
      const text = String(value);
      if (bytes(text) > 100 * 1024) throw new Error('Exception: Argument too large: value');
      const ttl = Math.min(Math.max(1, Number(seconds) || 600), 21_600);
      map.set(key, { value: text, expires: runtime.now() + ttl * 1000 });
    };
    return wrap(runtime, 'Cache', {
      get,
      getAll: (keys: string[]) => {
        const out: Record<string, string> = {};
        for (const key of keys) {
          const v = get(key);
          if (v !== null) out[key] = v;
        }
        return out;
      },
      put,
      putAll(values: Record<string, unknown>, seconds?: number) {
        for (const [k, v] of Object.entries(values)) put(k, v, seconds);
      },
      remove(key: string) {
        map.delete(key);
      },
      removeAll(keys: string[]) {
        for (const key of keys) map.delete(key);
      },
    });
  };
  return wrap(runtime, 'CacheService', {
    getDocumentCache: () => cache(stores.document),
    getScriptCache: () => cache(stores.script),
    getUserCache: () => cache(stores.user),
  });
}

export function createSession(
  runtime: Runtime,
  scriptTimeZone: string,
  email: string,
): GoogleAppsScript.Base.Session {
  const user = () => wrap(runtime, 'User', { getEmail: () => email, toString: () => email });
  return wrap(runtime, 'Session', {
    getScriptTimeZone: () => scriptTimeZone,
    getActiveUser: user,
    getEffectiveUser: user,
    getActiveUserLocale: () => 'en',
    getTemporaryActiveUserKey: () => 'emulated-user-key',
  });
}

export function createUtilities(runtime: Runtime): GoogleAppsScript.Utilities.Utilities {
  return wrap(runtime, 'Utilities', {
    formatDate(date: Date, timeZone: string, pattern: string) {
      if (!(date && typeof (date as Date).getTime === 'function')) {
        throw new Error(
          "Exception: The parameters don't match the method signature for Utilities.formatDate.",
        );
      }
      return formatJavaDate(date.getTime(), timeZone, pattern);
    },
    sleep(ms: number) {
      runtime.advance(Number(ms) || 0);
    },
    getUuid: () => crypto.randomUUID(),
    base64Encode: (text: string) => Buffer.from(String(text), 'utf8').toString('base64'),
    base64Decode: (text: string) =>
      [...Buffer.from(String(text), 'base64')].map((b) => (b > 127 ? b - 256 : b)),
    newBlob(data: unknown) {
      const text = String(data);
      return wrap(runtime, 'Blob', {
        getDataAsString: () => text,
        getBytes: () => [...Buffer.from(text)],
      });
    },
  });
}

export function createLogger(runtime: Runtime, lines: string[]): GoogleAppsScript.Base.Logger {
  const self: GoogleAppsScript.Base.Logger = wrap(runtime, 'Logger', {
    log(format: unknown, ...values: unknown[]) {
      let i = 0;
      const text =
        typeof format === 'string' && values.length > 0
          ? format.replace(/%s/g, () => String(values[i++]))
          : typeof format === 'object'
            ? JSON.stringify(format)
            : String(format);
      lines.push(text);
      return self;
    },
    getLog: () => lines.join('\n'),
    clear() {
      lines.length = 0;
    },
  });
  return self;
}
