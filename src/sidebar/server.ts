/**
 * The one place that touches google.script.run: a typed promise per endpoint call. Everything else
 * in the sidebar awaits `call('name', …args)` and shows the result or the message of the error.
 */
import type { ImportApi, SidebarApi } from '../addon/api-types';

/** The subset of google.script.run we rely on; tests pass a fake with the same shape. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [endpoint: string]: unknown;
}

/** Every endpoint the client pages call, by its top-level function name. */
export type ServerApi = SidebarApi & ImportApi;
export type Endpoint = keyof ServerApi;
export type Args<K extends Endpoint> = Parameters<ServerApi[K]>;
export type Returns<K extends Endpoint> = ReturnType<ServerApi[K]>;

export type Call = <K extends Endpoint>(endpoint: K, ...args: Args<K>) => Promise<Returns<K>>;

/** Apps Script prefixes server errors ("Exception: …", "Error: …"); the coach needs only the words. */
export function plainMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : error && typeof error === 'object' && 'message' in error
          ? String((error as { message: unknown }).message)
          : '';
  const text = raw.replace(/^(?:(?:Script)?Error|Exception|TypeError|RangeError):\s*/i, '').trim();
  return text === '' ? 'Something went wrong on the server, with no message. Try again.' : text;
}

/** The page's google.script.run, or undefined when opened outside Google Sheets. */
export function pageRunner(): ScriptRunner | undefined {
  const g = globalThis as { google?: { script?: { run?: ScriptRunner } } };
  return g.google?.script?.run;
}

/**
 * A `call` over a runner. The runner is looked up per call (the preview may inject it late), and
 * each call builds its own handler chain, so concurrent calls never share handlers.
 */
export function createCall(getRunner: () => ScriptRunner | undefined = pageRunner): Call {
  return <K extends Endpoint>(endpoint: K, ...args: Args<K>) =>
    new Promise<Returns<K>>((resolve, reject) => {
      const runner = getRunner();
      if (!runner) {
        reject(new Error('This page must be opened from the Strong Enough menu in Google Sheets.'));
        return;
      }
      const chained = runner
        .withSuccessHandler((value) => resolve(value as Returns<K>))
        .withFailureHandler((error) => reject(new Error(plainMessage(error))));
      const fn = chained[endpoint];
      if (typeof fn !== 'function') {
        reject(new Error(`The server has no "${endpoint}" function yet. Update the add-on.`));
        return;
      }
      try {
        (fn as (...a: unknown[]) => void).apply(chained, args);
      } catch (error) {
        // Arguments Apps Script cannot send (a Date, a function) throw synchronously.
        reject(new Error(plainMessage(error)));
      }
    });
}

/** Closes the dialog or sidebar this page is shown in (google.script.host); false outside Sheets. */
export function closeHost(): boolean {
  const g = globalThis as { google?: { script?: { host?: { close?: () => void } } } };
  const close = g.google?.script?.host?.close;
  if (typeof close !== 'function') return false;
  close();
  return true;
}
