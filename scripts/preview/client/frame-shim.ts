/**
 * Injected at the top of the sidebar and dialog HTML, before the add-on's own scripts: defines
 * google.script.run (posting {name, args} to the preview server) and google.script.host (close and
 * resize talk to the preview page that frames this one).
 */
import {
  type Answer,
  createScriptRun,
  FRAME_MESSAGE_SOURCE,
  type FrameMessage,
} from './script-run';

const tell = (message: Omit<FrameMessage, 'source'>) => {
  if (window.parent && window.parent !== window) {
    window.parent.postMessage({ source: FRAME_MESSAGE_SOURCE, ...message }, window.location.origin);
  }
};

const send = async (name: string, args: unknown[]): Promise<Answer> => {
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  return (await response.json()) as Answer;
};

const run = createScriptRun({
  send,
  onCallDone: (answer) =>
    tell({ type: 'call-done', wrote: answer.wrote === true, revision: answer.revision ?? 0 }),
});

const host = {
  origin: window.location.origin,
  close: () => tell({ type: 'host-close' }),
  setHeight: (height: number) => tell({ type: 'host-size', height: Number(height) }),
  setWidth: (width: number) => tell({ type: 'host-size', width: Number(width) }),
  editor: { focus: () => window.parent?.focus() },
};

const target = window as unknown as { google?: { script?: Record<string, unknown> } };
target.google = { ...(target.google ?? {}), script: { run, host } };
