/**
 * The logs of the file, one line each (a tab per athlete, or a shared log): its rows, whose it is,
 * and whether highlights are on. A tab without an Athlete column belongs to the athlete its name
 * says; the coach may name someone else (saved in settings as athleteNames).
 */
import { useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import { plural } from './format';
import type { Call } from './server';
import { ResultLine } from './ui';
import { useTask } from './use-task';

export function LogTabs(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
}) {
  const { call, state, onState } = props;
  const task = useTask();
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const logs = state.logs;
  if (logs.length < 2) return null;
  const save = (sheet: string) => {
    const name = (names[sheet] ?? '').trim();
    task.run(`name:${sheet}`, async () => {
      onState(await call('saveSettings', { athleteNames: { [sheet]: name } }));
      setNames({ ...names, [sheet]: '' });
      return name === ''
        ? `"${sheet}" belongs to the athlete its name says again.`
        : `"${sheet}" is ${name}'s log now.`;
    });
  };
  return (
    <details class="note" data-testid="log-tabs" open>
      <summary>
        Reading {logs.length} logs, {plural(state.athletes.length, 'athlete')}
      </summary>
      <ul class="log-tabs">
        {logs.map((l) => (
          <li key={l.sheet} data-testid="log-tab" data-sheet={l.sheet}>
            <strong>{l.sheet}</strong>{' '}
            <span class="muted">
              {plural(l.rows, 'row')}
              {l.athlete === null
                ? ', shared (Athlete column)'
                : l.athleteFrom === 'linked'
                  ? `, ${l.athlete}'s own file (linked, read-only)`
                  : `, ${l.athlete}'s`}
              {l.highlights ? ', highlights on' : ''}
            </span>
            {/* A linked tab's athlete is the name on the Linked logs sheet: renamed there. */}
            {l.athlete !== null && l.athleteFrom !== 'linked' ? (
              <span class="tab-athlete">
                <input
                  type="text"
                  aria-label={`Athlete of the tab ${l.sheet}`}
                  data-testid="tab-athlete"
                  placeholder={l.athlete}
                  value={names[l.sheet] ?? ''}
                  onInput={(e) => setNames({ ...names, [l.sheet]: e.currentTarget.value })}
                />
                <button
                  type="button"
                  data-testid="tab-athlete-save"
                  disabled={task.busy !== null}
                  onClick={() => save(l.sheet)}
                >
                  {l.athleteFrom === 'settings' && (names[l.sheet] ?? '') === ''
                    ? 'Use tab name'
                    : 'Rename athlete'}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <ResultLine outcome={task.outcome} testId="tab-athlete-result" />
    </details>
  );
}
