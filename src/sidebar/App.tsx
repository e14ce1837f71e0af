/** The sidebar: the coach's view of the log, its targets, the actions and every athlete. */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import { ActionsSection } from './ActionsSection';
import type { AttentionItemView } from './AthleteCard';
import { AthletesSection } from './AthletesSection';
import { AttentionSection } from './AttentionSection';
import { AuditSection } from './AuditSection';
import { AuditSettingsSection } from './AuditSettingsSection';
import { LinkedSection } from './LinkedSection';
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
  // Which cards and sections are open: the coach's toggles, and where an attention line leads.
  const [openCards, setOpenCards] = useState<ReadonlySet<string>>(new Set());
  const [auditOpen, setAuditOpen] = useState(false);
  const [logOpen, setLogOpen] = useState<boolean | null>(null);
  // Athletes' own files: open while a linked tab waits for access, then as the coach left it.
  const [linkedOpen, setLinkedOpen] = useState<boolean | null>(null);
  const [allAttention, setAllAttention] = useState(false);
  const [focus, setFocus] = useState<{ selector: string; n: number } | null>(null);

  const toggleCard = (name: string, open: boolean) =>
    setOpenCards((before) => {
      if (before.has(name) === open) return before;
      const next = new Set(before);
      if (open) next.add(name);
      else next.delete(name);
      return next;
    });
  const show = (selector: string) => setFocus((f) => ({ selector, n: (f?.n ?? 0) + 1 }));
  const openAthlete = (name: string, part = '') => {
    toggleCard(name, true);
    show(`[data-testid="athlete-card"][data-athlete="${CSS.escape(name)}"]${part}`);
  };
  const openItem = (item: AttentionItemView) => {
    const { link } = item;
    if (link.athlete === null) {
      setLogOpen(true);
      show('[data-testid="log-problems"]');
      return;
    }
    const part =
      link.section === 'audit'
        ? ` [data-mistake="${link.mistake ?? ''}"]`
        : link.section === 'lift' && link.exercise
          ? ` [data-exercise="${CSS.escape(link.exercise)}"]`
          : '';
    openAthlete(link.athlete, part);
  };
  const openAudit = () => {
    setAuditOpen(true);
    show('#section-audit');
  };
  // Bring what a line leads to into view once it is rendered (and focus it for the keyboard).
  useEffect(() => {
    if (!focus) return;
    const target =
      document.querySelector<HTMLElement>(focus.selector) ??
      document.querySelector<HTMLElement>(focus.selector.replace(/ \[data-[a-z]+="[^"]*"\]$/, ''));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    const toggle = target.matches('details')
      ? target.querySelector<HTMLElement>(':scope > summary')
      : target;
    toggle?.focus({ preventScroll: true });
  }, [focus]);

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
    void load().then(() => {
      // The menu's Audit program opens the sidebar on the audit (menu.ts appends the view).
      if ((window as { strongEnoughView?: string }).strongEnoughView === 'audit') openAudit();
    });
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
        <span class="muted" data-testid="topbar-log">
          {state && state.logs.length > 1
            ? `${state.logs.length} logs`
            : state?.log
              ? `Log: ${state.log.sheet}`
              : ''}
        </span>
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
          {state.athletes.length > 0 || state.attention.items.length > 0 ? (
            <Section
              id="attention"
              title="Needs attention"
              open
              badge={String(state.attention.items.length)}
            >
              <AttentionSection
                attention={state.attention}
                showAll={allAttention}
                onShowAll={setAllAttention}
                onOpen={openItem}
              />
            </Section>
          ) : null}
          <Section id="actions" title="Actions" open>
            <ActionsSection call={call} state={state} onState={setState} onAudit={openAudit} />
          </Section>
          <Section
            id="athletes"
            title="Athletes"
            open
            badge={state.athletes.length > 0 ? String(state.athletes.length) : undefined}
          >
            <AthletesSection
              athletes={state.athletes}
              attention={state.attention}
              open={openCards}
              onToggle={toggleCard}
            />
          </Section>
          <Section id="audit" title="Program audit" open={auditOpen} onToggle={setAuditOpen}>
            <AuditSection athletes={state.athletes} onOpenAthlete={(name) => openAthlete(name)} />
          </Section>
          <Section
            id="linked"
            title="Athletes’ own files"
            open={linkedOpen ?? (state.linked?.tabs ?? []).some((t) => t.state === 'waiting')}
            onToggle={setLinkedOpen}
            badge={state.linked?.tabs.length ? String(state.linked.tabs.length) : undefined}
          >
            <LinkedSection call={call} state={state} onState={setState} />
          </Section>
          <Section id="targets" title="Targets" badge={String(state.targets.length)}>
            <TargetsSection call={call} state={state} onState={setState} />
          </Section>
          <Section
            id="log"
            title="Log"
            open={logOpen ?? state.logError !== null}
            onToggle={setLogOpen}
          >
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
