import type { ActionResult, SidebarState } from '../addon/api-types';
import type { Call } from './server';
import { Busy, ResultLine } from './ui';
import { useTask } from './use-task';

type ActionEndpoint = 'applyHighlights' | 'removeHighlights' | 'buildDashboard' | 'runAudit';

const ACTIONS: readonly {
  endpoint: ActionEndpoint;
  label: string;
  busy: string;
  testId: string;
  primary?: boolean;
}[] = [
  {
    endpoint: 'applyHighlights',
    label: 'Apply highlights',
    busy: 'Applying highlights…',
    testId: 'action-apply-highlights',
    primary: true,
  },
  {
    endpoint: 'removeHighlights',
    label: 'Remove highlights',
    busy: 'Removing highlights…',
    testId: 'action-remove-highlights',
  },
  {
    endpoint: 'buildDashboard',
    label: 'Build dashboard',
    busy: 'Building the dashboard…',
    testId: 'action-build-dashboard',
  },
  {
    endpoint: 'runAudit',
    label: 'Audit program',
    busy: 'Auditing the program…',
    testId: 'action-audit',
  },
];

export function ActionsSection(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
  /** Opens the Program audit view (after Audit program ran). */
  onAudit: () => void;
}) {
  const task = useTask();
  const { call, onState } = props;
  const running = ACTIONS.find((a) => a.endpoint === task.busy);
  const act = (endpoint: ActionEndpoint) =>
    task.run(endpoint, async () => {
      const result: ActionResult = await call(endpoint);
      onState(result.state);
      if (endpoint === 'runAudit') props.onAudit();
      return result.message;
    });
  const openImport = () =>
    task.run('showImportDialog', async () => {
      await call('showImportDialog');
      return 'The import dialog is open over the sheet. Refresh here when the import is done.';
    });
  return (
    <div>
      <p class="muted" data-testid="highlights-state">
        {props.state.highlightsApplied
          ? 'Highlights are on: stale rows amber, reached targets green.'
          : 'Highlights are off.'}
      </p>
      <div class="actions">
        {ACTIONS.map((a) => (
          <button
            key={a.endpoint}
            type="button"
            // Apply leads only while highlights are off: once on, no action is the obvious next one.
            class={a.primary && !props.state.highlightsApplied ? 'primary' : undefined}
            data-testid={a.testId}
            disabled={task.busy !== null}
            aria-busy={task.busy === a.endpoint}
            onClick={() => act(a.endpoint)}
          >
            {task.busy === a.endpoint ? a.busy : a.label}
          </button>
        ))}
        <button
          type="button"
          data-testid="action-import"
          disabled={task.busy !== null}
          aria-busy={task.busy === 'showImportDialog'}
          onClick={openImport}
        >
          {task.busy === 'showImportDialog' ? 'Opening…' : 'Import workout CSV…'}
        </button>
      </div>
      {running ? <Busy label={running.busy} /> : null}
      <ResultLine outcome={task.outcome} testId="action-result" />
    </div>
  );
}
