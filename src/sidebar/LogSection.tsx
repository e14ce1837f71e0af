import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import { type ColumnRole, problemText } from '../core/model';
import type { Unit } from '../core/units';
import { plural } from './format';
import { LogTabs } from './LogTabs';
import {
  columnChoices,
  detectedLabel,
  draftFromSettings,
  FORMULA_CHOICES,
  KEEP_PERCENT_RANGE,
  LAYOFF_WEEKS_RANGE,
  MAX_SESSIONS_BEFORE_STALE,
  ROLES,
  type SettingsDraft,
  settingsFromDraft,
} from './log-settings';
import type { Call } from './server';
import { UnrecognisedNames } from './UnrecognisedNames';
import { SaveBar } from './ui';
import { useTask } from './use-task';

export function LogSection(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
}) {
  const { call, state, onState } = props;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(state.settings));
  const [showErrors, setShowErrors] = useState(false);
  const task = useTask();
  // Only different saved settings replace the draft, so an action elsewhere keeps unsaved choices.
  const savedKey = JSON.stringify(state.settings);
  useEffect(() => {
    setDraft(draftFromSettings(state.settings));
    setShowErrors(false);
  }, [savedKey]);

  const set = (change: Partial<SettingsDraft>) => setDraft({ ...draft, ...change });
  const setColumn = (role: ColumnRole, label: string) =>
    set({ columns: { ...draft.columns, [role]: label } });
  const validation = settingsFromDraft(draft);
  const errors = showErrors && !validation.ok ? validation.errors : {};

  const save = (e: Event) => {
    e.preventDefault();
    if (!validation.ok) {
      setShowErrors(true);
      return;
    }
    const patch = validation.patch;
    task.run('save', async () => {
      onState(await call('saveSettings', patch));
      return 'Saved. Statuses and cards now use these settings.';
    });
  };

  const log = state.log;
  return (
    <form onSubmit={save} noValidate>
      <LogTabs call={call} state={state} onState={onState} />
      {log && state.logs.length < 2 ? (
        <p data-testid="log-detected">
          Reading <strong>{log.sheet}</strong>: header on row {log.headerRow},{' '}
          {plural(log.rows, 'row')}.
        </p>
      ) : null}
      {state.problemCount > 0 ? (
        <details class="note" data-testid="log-problems">
          <summary>{plural(state.problemCount, 'row')} could not be used</summary>
          <ul class="problems">
            {state.problems.map((p) => (
              <li key={`${p.sheet ?? ''}:${p.line}`}>{problemText(p)}</li>
            ))}
          </ul>
          {state.problemCount > state.problems.length ? (
            <p class="muted">…and {state.problemCount - state.problems.length} more.</p>
          ) : null}
        </details>
      ) : null}
      <UnrecognisedNames names={state.unrecognised ?? []} />

      <label for="log-sheet">Log sheet</label>
      <select
        id="log-sheet"
        data-testid="log-sheet"
        value={draft.logSheet}
        onChange={(e) => set({ logSheet: e.currentTarget.value })}
      >
        <option value="">Every log in the file</option>
        {state.sheets.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>Columns (by header)</legend>
        <div class="columns">
          {ROLES.map(({ role, label }) => {
            const current = draft.columns[role] ?? '';
            return (
              <Fragment key={role}>
                <label for={`column-${role}`}>{label}</label>
                <select
                  id={`column-${role}`}
                  data-testid={`column-${role}`}
                  value={current}
                  onChange={(e) => setColumn(role, e.currentTarget.value)}
                >
                  <option value="">{detectedLabel(log, role)}</option>
                  {columnChoices(log, current).map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </Fragment>
            );
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>Unit of plain numbers</legend>
        <div class="radios">
          {(['kg', 'lb'] as const satisfies readonly Unit[]).map((u) => (
            <label key={u}>
              <input
                type="radio"
                name="unit"
                value={u}
                data-testid={`unit-${u}`}
                checked={draft.unit === u}
                onChange={() => set({ unit: u })}
              />
              {u}
            </label>
          ))}
        </div>
      </fieldset>

      <label for="bodyweight-kind">Bodyweight from</label>
      <select
        id="bodyweight-kind"
        data-testid="bodyweight-kind"
        value={draft.bodyweightKind}
        onChange={(e) =>
          set({ bodyweightKind: e.currentTarget.value as SettingsDraft['bodyweightKind'] })
        }
      >
        <option value="column">A column in the log</option>
        <option value="roster">A roster sheet (athlete, date, bodyweight)</option>
        <option value="value">One value for everyone</option>
      </select>
      {draft.bodyweightKind === 'roster' ? (
        <>
          <label for="roster-sheet">Roster sheet</label>
          <select
            id="roster-sheet"
            data-testid="roster-sheet"
            value={draft.rosterSheet}
            aria-invalid={errors.rosterSheet ? true : undefined}
            onChange={(e) => set({ rosterSheet: e.currentTarget.value })}
          >
            <option value="">Choose a sheet…</option>
            {state.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {errors.rosterSheet ? <p class="field-error">{errors.rosterSheet}</p> : null}
        </>
      ) : null}
      {draft.bodyweightKind === 'value' ? (
        <>
          <label for="bodyweight-value">Bodyweight ({draft.unit})</label>
          <input
            id="bodyweight-value"
            data-testid="bodyweight-value"
            type="text"
            inputMode="decimal"
            value={draft.bodyweightValue}
            aria-invalid={errors.bodyweightValue ? true : undefined}
            onInput={(e) => set({ bodyweightValue: e.currentTarget.value })}
          />
          {errors.bodyweightValue ? <p class="field-error">{errors.bodyweightValue}</p> : null}
        </>
      ) : null}

      <div class="grid2">
        <div>
          <label for="formula">1RM formula</label>
          <select
            id="formula"
            data-testid="formula"
            value={draft.formula}
            onChange={(e) => set({ formula: e.currentTarget.value as SettingsDraft['formula'] })}
          >
            {FORMULA_CHOICES.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="sessions-before-stale">Sessions before stale</label>
          <input
            id="sessions-before-stale"
            data-testid="sessions-before-stale"
            type="number"
            min={1}
            max={MAX_SESSIONS_BEFORE_STALE}
            step={1}
            value={draft.sessionsBeforeStale}
            aria-invalid={errors.sessionsBeforeStale ? true : undefined}
            onInput={(e) => set({ sessionsBeforeStale: e.currentTarget.value })}
          />
        </div>
      </div>
      {errors.sessionsBeforeStale ? <p class="field-error">{errors.sessionsBeforeStale}</p> : null}
      <div class="grid2">
        <div>
          <label for="layoff-weeks">New block after a break of (weeks)</label>
          <input
            id="layoff-weeks"
            data-testid="layoff-weeks"
            type="number"
            min={LAYOFF_WEEKS_RANGE.min}
            max={LAYOFF_WEEKS_RANGE.max}
            step={1}
            value={draft.layoffWeeks}
            aria-invalid={errors.layoffWeeks ? true : undefined}
            onInput={(e) => set({ layoffWeeks: e.currentTarget.value })}
          />
        </div>
        <div>
          <label for="keep-percent">In season, kept within (% of best)</label>
          <input
            id="keep-percent"
            data-testid="keep-percent"
            type="number"
            min={KEEP_PERCENT_RANGE.min}
            max={KEEP_PERCENT_RANGE.max}
            step={1}
            value={draft.keepPercent}
            aria-invalid={errors.keepPercent ? true : undefined}
            onInput={(e) => set({ keepPercent: e.currentTarget.value })}
          />
        </div>
      </div>
      {errors.layoffWeeks ? <p class="field-error">{errors.layoffWeeks}</p> : null}
      {errors.keepPercent ? <p class="field-error">{errors.keepPercent}</p> : null}

      <SaveBar
        task={task}
        label="Save log settings"
        testId="settings-save"
        resultTestId="settings-result"
      />
    </form>
  );
}
