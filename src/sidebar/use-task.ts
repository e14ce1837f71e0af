/** Busy state and result line for server calls started by a button. */
import { useRef, useState } from 'preact/hooks';
import { plainMessage } from './server';

export interface Outcome {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export interface Task {
  /** Name of the running task, or null when idle. */
  readonly busy: string | null;
  readonly outcome: Outcome | null;
  /** Runs `work` unless a task is already running; its returned text is the result line. */
  run(name: string, work: () => Promise<string>): Promise<void>;
  clear(): void;
}

export function useTask(): Task {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A ref, not state: two clicks in one frame must not start two server calls.
  const running = useRef(false);
  const run = async (name: string, work: () => Promise<string>) => {
    if (running.current) return;
    running.current = true;
    setBusy(name);
    setOutcome(null);
    try {
      setOutcome({ kind: 'ok', text: await work() });
    } catch (error) {
      setOutcome({ kind: 'error', text: plainMessage(error) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };
  return { busy, outcome, run, clear: () => setOutcome(null) };
}
