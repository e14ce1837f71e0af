/** The sidebar: the coach's view of the log, its targets, the actions and every athlete. */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import { ActionsSection } from './ActionsSection';
import { AthletesSection } from './AthletesSection';
import { AuditSettingsSection } from './AuditSettingsSection';
import { LogSection } from './LogSection';
import { type Call, plainMessage } from './server';
import { TargetsSection } from './TargetsSection';
import { Alert, Busy, Section } from './ui';
import { useRevisionPoll } from './use-revision-poll';

export function App(props: { call: Call }) {
  const { call } = props;
  const [state, setState] = useState<SidebarState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = async () => {
    setLoading(true);
    setLoadError(null);
    try {
      setState(await call('getSidebarState'));
    } catch (error) {
      setLoadError(plainMessage(error));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load();
  }, []);
  // Writes made from the menu or the import dialog show here without a Refresh.
  useRevisionPoll(call, {
    revision: state?.revision ?? null,
    busy: loading,
    reload: () => void load(),
  });

  return (
    <main data-state={state ? 'ready' : loadError ? 'error' : 'loading'} data-testid="sidebar">
      <div class="topbar">
        <span class="muted">{state?.log ? `Log: ${state.log.sheet}` : ''}</span>
        <button
          type="button"
          class="link"
          data-testid="refresh"
          disabled={loading}
          aria-busy={loading}
          onClick={() => void load()}
        >
          {loading && state ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {loading && !state ? <Busy label="Reading the log…" /> : null}
      {loadError ? <Alert testId="load-error">{loadError}</Alert> : null}
      {state ? (
        <>
          {state.settingsWarning ? (
            <div class="alert warn" role="alert" data-testid="settings-warning">
              {state.settingsWarning}
            </div>
          ) : null}
          {state.logError ? <Alert testId="log-error">{state.logError}</Alert> : null}
          <Section id="actions" title="Actions" open>
            <ActionsSection call={call} state={state} onState={setState} />
          </Section>
          <Section
            id="athletes"
            title="Athletes"
            open
            badge={state.athletes.length > 0 ? String(state.athletes.length) : undefined}
          >
            <AthletesSection athletes={state.athletes} />
          </Section>
          <Section id="targets" title="Targets" badge={String(state.targets.length)}>
            <TargetsSection call={call} state={state} onState={setState} />
          </Section>
          <Section id="log" title="Log" open={state.logError !== null}>
            <LogSection call={call} state={state} onState={setState} />
          </Section>
          <Section id="settings" title="Audit and colours">
            <AuditSettingsSection call={call} state={state} onState={setState} />
          </Section>
        </>
      ) : null}
    </main>
  );
}
