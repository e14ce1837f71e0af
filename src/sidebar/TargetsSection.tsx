import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import type { Call } from './server';
import {
  addTargetRow,
  changeTargetRow,
  draftFromTargets,
  removeTargetRow,
  type TargetDraft,
  targetsChanged,
  validateTargets,
} from './targets-edit';
import { ResultLine } from './ui';
import { useTask } from './use-task';

export function TargetsSection(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
}) {
  const { call, state, onState } = props;
  const [rows, setRows] = useState<TargetDraft[]>(() => draftFromTargets(state.targets));
  const [showErrors, setShowErrors] = useState(false);
  const task = useTask();
  // A different table from the server (saved, restored, refreshed) replaces the draft; the same
  // table in a new state (after any action) must not wipe what the coach is typing.
  const savedKey = JSON.stringify(state.targets);
  useEffect(() => {
    setRows(draftFromTargets(state.targets));
    setShowErrors(false);
  }, [savedKey]);

  const validation = validateTargets(rows);
  const errors = showErrors && !validation.ok ? validation.errors : new Map<number, string>();
  const dirty = targetsChanged(state.targets, rows);
  const exerciseNames = useMemo(() => {
    const names = new Set<string>();
    for (const a of state.athletes) for (const l of a.lifts) names.add(l.exercise);
    return [...names].sort();
  }, [state.athletes]);

  const save = () => {
    if (!validation.ok) {
      setShowErrors(true);
      return;
    }
    const toSave = validation.rows;
    task.run('save', async () => {
      onState(await call('saveTargets', toSave));
      return `Saved ${toSave.length} targets to the Targets sheet.`;
    });
  };
  const restore = () =>
    task.run('reset', async () => {
      onState(await call('resetTargets'));
      return 'Restored the default targets.';
    });

  return (
    <div>
      <p class="muted">
        1RM targets as multiples of bodyweight. They live in the Targets sheet, so formulas follow.
      </p>
      <datalist id="exercise-names">
        {exerciseNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <table class="targets" data-testid="targets-table">
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Target</th>
            <th scope="col">
              <span class="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const error = errors.get(row.key);
            const name = row.exercise.trim() || `row ${i + 1}`;
            const errorId = `target-error-${row.key}`;
            return (
              <Fragment key={row.key}>
                <tr data-testid="target-row">
                  <td>
                    <input
                      type="text"
                      list="exercise-names"
                      aria-label={`Exercise, row ${i + 1}`}
                      data-testid={`target-exercise-${i}`}
                      value={row.exercise}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      onInput={(e) =>
                        setRows(changeTargetRow(rows, row.key, { exercise: e.currentTarget.value }))
                      }
                    />
                  </td>
                  <td class="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      aria-label={`Target for ${name}, times bodyweight`}
                      data-testid={`target-multiple-${i}`}
                      data-exercise={row.exercise}
                      value={row.multiple}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      onInput={(e) =>
                        setRows(changeTargetRow(rows, row.key, { multiple: e.currentTarget.value }))
                      }
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') save();
                      }}
                    />
                  </td>
                  <td class="rm">
                    <button
                      type="button"
                      class="icon"
                      aria-label={`Remove the target for ${name}`}
                      data-testid={`target-remove-${i}`}
                      onClick={() => setRows(removeTargetRow(rows, row.key))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
                {error ? (
                  <tr>
                    <td colSpan={3}>
                      <p class="field-error" id={errorId}>
                        {error}
                      </p>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p class="muted">No targets: no lift will be marked as reached.</p>
      ) : null}
      <div class="buttons">
        <button
          type="button"
          class="link"
          data-testid="target-add"
          onClick={() => setRows(addTargetRow(rows))}
        >
          + Add target
        </button>
      </div>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          data-testid="targets-save"
          disabled={task.busy !== null || !dirty}
          aria-busy={task.busy === 'save'}
          onClick={save}
        >
          {task.busy === 'save' ? 'Saving…' : 'Save targets'}
        </button>
        <button
          type="button"
          data-testid="targets-reset"
          disabled={task.busy !== null}
          aria-busy={task.busy === 'reset'}
          onClick={restore}
        >
          {task.busy === 'reset' ? 'Restoring…' : 'Restore defaults'}
        </button>
      </div>
      <ResultLine outcome={task.outcome} testId="targets-result" />
    </div>
  );
}
