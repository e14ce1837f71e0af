import { useState } from 'preact/hooks';
import type { ActionResult, SidebarState } from '../addon/api-types';
import { renamedTabsText } from './format';
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
  const logs = props.state.logs;
  // The tabs the coach left out of Apply and Remove (all logs by default).
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const chosen = logs.filter((l) => !skipped.has(l.sheet)).map((l) => l.sheet);
  const choosing = logs.length > 1 && chosen.length < logs.length;
  const running = ACTIONS.find((a) => a.endpoint === task.busy);
  const act = (endpoint: ActionEndpoint) =>
    task.run(endpoint, async () => {
      const result: ActionResult =
        (endpoint === 'applyHighlights' || endpoint === 'removeHighlights') && choosing
          ? await call(endpoint, chosen)
          : await call(endpoint);
      onState(result.state);
      if (endpoint === 'runAudit') props.onAudit();
      return result.message;
    });
  const openImport = () =>
    task.run('showImportDialog', async () => {
      await call('showImportDialog');
      return 'The import dialog is open over the sheet. The new sets show here by themselves once it is done.';
    });
  const on = logs.filter((l) => l.highlights).length;
  // Tabs renamed since Apply: their Status formula still names the athlete by the old name.
  const renamed = renamedTabsText(logs.filter((l) => l.statusOutOfDate).map((l) => l.sheet));
  const toggle = (sheet: string, include: boolean) => {
    const next = new Set(skipped);
    if (include) next.delete(sheet);
    else next.add(sheet);
    setSkipped(next);
  };
  return (
    <div>
      <p class="muted" data-testid="highlights-state">
        {props.state.highlightsApplied
          ? `Highlights are on${logs.length > 1 ? ` ${on} of ${logs.length} logs` : ''}: stale rows amber, reached targets green, new bests light blue (a lift’s first session is its baseline, not coloured).`
          : 'Highlights are off.'}
      </p>
      {renamed !== null ? (
        <div class="alert warn" role="status" data-testid="status-out-of-date">
          {renamed}
        </div>
      ) : null}
      {logs.length > 1 ? (
        <details class="note" data-testid="apply-tabs">
          <summary>
            Apply and Remove work on{' '}
            {choosing ? `${chosen.length} of ${logs.length} logs` : `all ${logs.length} logs`}
          </summary>
          <ul class="tab-choices">
            {logs.map((l) => (
              <li key={l.sheet}>
                <label>
                  <input
                    type="checkbox"
                    data-testid="apply-tab"
                    value={l.sheet}
                    checked={!skipped.has(l.sheet)}
                    onChange={(e) => toggle(l.sheet, e.currentTarget.checked)}
                  />
                  {l.sheet}
                  {l.highlights ? <span class="muted"> (highlights on)</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="actions">
        {ACTIONS.map((a) => (
          <button
            key={a.endpoint}
            type="button"
            // Apply leads only while highlights are off: once on, no action is the obvious next one.
            class={a.primary && !props.state.highlightsApplied ? 'primary' : undefined}
            data-testid={a.testId}
            disabled={
              task.busy !== null ||
              (chosen.length === 0 &&
                (a.endpoint === 'applyHighlights' || a.endpoint === 'removeHighlights'))
            }
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
