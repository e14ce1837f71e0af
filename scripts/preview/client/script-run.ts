/**
 * google.script.run and google.script.host as the preview provides them to the add-on's sidebar and
 * dialogs. Written against a `send` function so tests can run it in Node against the real server.
 *
 * As in Apps Script: every endpoint name works (a Proxy), calls are asynchronous, each with*() returns
 * a new runner carrying its handlers, the user object is passed to both handlers as their second
 * argument, and a failure reaches the failure handler as an Error with the server's message.
 */
import { illegalArgumentMessage } from '../wire';

export type Answer =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly wrote?: boolean;
      readonly revision?: number;
    }
  | {
      readonly ok: false;
      readonly error: { readonly message: string };
      readonly wrote?: boolean;
      readonly revision?: number;
    };

export type Send = (name: string, args: unknown[]) => Promise<Answer>;

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerConfig {
  readonly success: Handler | null;
  readonly failure: Handler | null;
  readonly userObject: unknown;
}

export interface ScriptRunOptions {
  readonly send: Send;
  /** Told after every finished call (the page refreshes its grid when the sheet was written). */
  readonly onCallDone?: (answer: Answer) => void;
  /** Where handler errors and unhandled failures go (the browser console by default). */
  readonly report?: (message: string, error: unknown) => void;
}

const later = (fn: () => void) => setTimeout(fn, 0);

/** Form elements are the one DOM value Apps Script sends: as an object of field name → value. */
function formToObject(form: {
  elements: ArrayLike<{ name?: string; value?: string; type?: string; checked?: boolean }>;
}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements)) {
    if (!el.name) continue;
    if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
    const value = el.value ?? '';
    const prior = out[el.name];
    out[el.name] =
      prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

const isForm = (v: unknown): v is Parameters<typeof formToObject>[0] =>
  typeof v === 'object' &&
  v !== null &&
  (v as { nodeName?: unknown }).nodeName === 'FORM' &&
  'elements' in v;

export function createScriptRun(options: ScriptRunOptions): Record<string, unknown> {
  const report = options.report ?? ((text: string, error: unknown) => console.error(text, error));

  const invoke = (config: RunnerConfig, name: string, rawArgs: unknown[]) => {
    const args = rawArgs.length === 1 && isForm(rawArgs[0]) ? [formToObject(rawArgs[0])] : rawArgs;
    const fail = (text: string) => {
      const error = new Error(text);
      if (config.failure) config.failure(error, config.userObject);
      else report(`google.script.run.${name} failed: ${text}`, error);
    };
    const illegal = illegalArgumentMessage(args);
    if (illegal !== null) {
      later(() => fail(illegal));
      return;
    }
    // The server receives a copy, as in Apps Script: later changes on the page do not reach it.
    const copy = JSON.parse(JSON.stringify(args)) as unknown[];
    options
      .send(name, copy)
      .then((answer) => {
        options.onCallDone?.(answer);
        try {
          if (answer.ok) config.success?.(answer.value, config.userObject);
          else fail(answer.error.message);
        } catch (error) {
          report(`A handler for google.script.run.${name} threw`, error);
        }
      })
      .catch((error: unknown) => {
        fail(
          `The preview server did not answer (${error instanceof Error ? error.message : String(error)}). Is npm start still running?`,
        );
      });
  };

  const runner = (config: RunnerConfig): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
          if (prop === 'withSuccessHandler') {
            return (fn: Handler) => runner({ ...config, success: fn });
          }
          if (prop === 'withFailureHandler') {
            return (fn: Handler) => runner({ ...config, failure: fn });
          }
          if (prop === 'withUserObject') {
            return (object: unknown) => runner({ ...config, userObject: object });
          }
          return (...args: unknown[]) => invoke(config, prop, args);
        },
      },
    );

  return runner({ success: null, failure: null, userObject: undefined });
}

/** Messages the framed pages send to the preview page. */
export interface FrameMessage {
  readonly source: 'strong-enough-preview';
  readonly type: 'call-done' | 'host-close' | 'host-size';
  readonly wrote?: boolean;
  readonly revision?: number;
  readonly width?: number;
  readonly height?: number;
}

export const FRAME_MESSAGE_SOURCE = 'strong-enough-preview';
