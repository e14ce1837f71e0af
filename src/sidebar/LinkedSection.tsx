/**
 * Athletes' own files: the linked tabs and their state, how to link one, and the two actions.
 * A tab waiting for access says what the coach does (one click on its #REF! cell), since the
 * add-on cannot give IMPORTRANGE access itself (no OAuth scope does).
 */
import type { ActionResult, SidebarState } from '../addon/api-types';
import type { Call } from './server';
import { Busy, ResultLine } from './ui';
import { useTask } from './use-task';

type LinkEndpoint = 'linkAthleteLogs' | 'unlinkAthleteLogs';

export function LinkedSection(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
}) {
  const task = useTask();
  const linked = props.state.linked ?? { roster: null, tabs: [] };
  const waiting = linked.tabs.filter((t) => t.state === 'waiting');
  const act = (endpoint: LinkEndpoint) =>
    task.run(endpoint, async () => {
      const result: ActionResult = await props.call(endpoint);
      props.onState(result.state);
      return result.message;
    });
  return (
    <div>
      <p class="muted" data-testid="linked-help">
        An athlete who keeps their log in their own Google Sheets file shares it with you (Viewer is
        enough). List them with the link on the{' '}
        {linked.roster ? `"${linked.roster}"` : '"Linked logs"'} sheet
        {linked.roster ? '' : ' (Link athletes’ logs makes it)'}, then Link athletes’ logs: each
        gets a read-only tab here. Their file is never changed.
      </p>
      {linked.tabs.length > 0 ? (
        <ul class="linked-tabs" data-testid="linked-tabs">
          {linked.tabs.map((t) => (
            <li key={t.tab} data-testid="linked-tab" data-state={t.state}>
              <strong>{t.athlete}</strong>
              {t.tab !== t.athlete ? ` (tab “${t.tab}”)` : ''}:{' '}
              {t.state === 'linked' ? 'linked, included everywhere' : 'waiting for access'}
            </li>
          ))}
        </ul>
      ) : null}
      {waiting.length > 0 ? (
        <p class="alert warn" data-testid="linked-waiting">
          To let {waiting.length === 1 ? 'this tab' : 'these tabs'} read, open{' '}
          {waiting.length === 1 ? 'it' : 'each'}, click cell A1 (it shows #REF!) and click “Allow
          access”, once per athlete’s file. If Sheets says you have no permission instead, ask the
          athlete to share their log with you.
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          data-testid="action-link-logs"
          disabled={task.busy !== null}
          aria-busy={task.busy === 'linkAthleteLogs'}
          onClick={() => act('linkAthleteLogs')}
        >
          {task.busy === 'linkAthleteLogs' ? 'Linking…' : 'Link athletes’ logs'}
        </button>
        {linked.tabs.length > 0 ? (
          <button
            type="button"
            data-testid="action-unlink-logs"
            disabled={task.busy !== null}
            aria-busy={task.busy === 'unlinkAthleteLogs'}
            onClick={() => act('unlinkAthleteLogs')}
          >
            {task.busy === 'unlinkAthleteLogs' ? 'Removing…' : 'Remove linked logs'}
          </button>
        ) : null}
      </div>
      {task.busy ? (
        <Busy label={task.busy === 'linkAthleteLogs' ? 'Linking…' : 'Removing…'} />
      ) : null}
      <ResultLine outcome={task.outcome} testId="linked-result" />
    </div>
  );
}
