/**
 * Keeps an open sidebar in step with writes made elsewhere (the menu, the import dialog, a
 * colleague's sidebar). Apps Script cannot push to a sidebar, so it asks — cheaply: the server's
 * getSidebarRevision is one document-property read and no Spreadsheet call, and only when the
 * token differs is the full state (a read of the whole log) fetched again.
 *
 * When it asks: as soon as the sidebar regains focus or becomes visible again (the coach comes
 * back from the menu or the sheet), and every POLL_MS while the page is visible. Hand edits to the
 * log change no token; Refresh reads those.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Call } from './server';

/** Slow enough to be invisible in the script's quota, quick enough to catch a menu action. */
export const POLL_MS = 20_000;

export interface RevisionPoll {
  /** The revision the sidebar shows, or null before the first state. */
  readonly revision: string | null;
  /** True while the sidebar is loading or running a task: a check then would race it. */
  readonly busy: boolean;
  /** Fetches the full state again. */
  readonly reload: () => void;
}

/** Whether a check's answer means the sidebar is behind. */
export function isBehind(shown: string | null, server: string): boolean {
  return shown !== null && server !== shown;
}

export function useRevisionPoll(call: Call, poll: RevisionPoll): void {
  // The latest props for the listeners, which are attached once.
  const latest = useRef(poll);
  latest.current = poll;
  const checking = useRef(false);

  useEffect(() => {
    const check = async () => {
      const { revision, busy } = latest.current;
      if (checking.current || busy || revision === null || document.hidden) return;
      checking.current = true;
      try {
        const server = await call('getSidebarRevision');
        if (isBehind(latest.current.revision, server) && !latest.current.busy) {
          latest.current.reload();
        }
      } catch {
        // A failed check is not worth a message: the next one, or Refresh, will tell.
      } finally {
        checking.current = false;
      }
    };
    const onVisible = () => {
      if (!document.hidden) void check();
    };
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => void check(), POLL_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [call]);
}
