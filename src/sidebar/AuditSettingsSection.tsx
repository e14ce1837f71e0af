import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState } from '../addon/api-types';
import {
  type AuditDraft,
  auditDraftFromSettings,
  auditSettingsFromDraft,
  COLOR_FIELDS,
  type ColorKey,
  savedMessage,
  THRESHOLD_FIELDS,
  type ThresholdKey,
  withDefaultColors,
} from './audit-settings';
import type { Call } from './server';
import { SaveBar } from './ui';
import { useTask } from './use-task';

/** The audit's thresholds and the highlight colours: one form, saved together. */
export function AuditSettingsSection(props: {
  call: Call;
  state: SidebarState;
  onState: (state: SidebarState) => void;
}) {
  const { call, state, onState } = props;
  const saved = state.settings;
  const [draft, setDraft] = useState<AuditDraft>(() => auditDraftFromSettings(saved));
  const [showErrors, setShowErrors] = useState(false);
  const task = useTask();
  // Only different saved values replace the draft, so an action elsewhere keeps unsaved edits.
  const savedKey = JSON.stringify([saved.audit, saved.colors]);
  useEffect(() => {
    setDraft(auditDraftFromSettings(saved));
    setShowErrors(false);
  }, [savedKey]);

  const setThreshold = (key: ThresholdKey, text: string) =>
    setDraft({ ...draft, thresholds: { ...draft.thresholds, [key]: text } });
  const setColor = (key: ColorKey, color: string) =>
    setDraft({ ...draft, colors: { ...draft.colors, [key]: color } });
  const validation = auditSettingsFromDraft(draft);
  const errors = showErrors && !validation.ok ? validation.errors : {};

  const save = (e: Event) => {
    e.preventDefault();
    if (!validation.ok) {
      setShowErrors(true);
      return;
    }
    const patch = validation.patch;
    task.run('save', async () => {
      const next = await call('saveSettings', patch);
      onState(next);
      return savedMessage(saved, next.settings, next.highlightsApplied);
    });
  };

  return (
    <form onSubmit={save} noValidate data-testid="audit-settings">
      <fieldset>
        <legend>Audit</legend>
        <div class="thresholds">
          {THRESHOLD_FIELDS.map((f) => {
            const id = `audit-${f.key}`;
            const error = errors[f.key];
            return (
              <Fragment key={f.key}>
                <label for={id}>{f.label}</label>
                <input
                  id={id}
                  data-testid={id}
                  type="text"
                  inputMode={f.whole ? 'numeric' : 'decimal'}
                  value={draft.thresholds[f.key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : `${id}-unit`}
                  onInput={(e) => setThreshold(f.key, e.currentTarget.value)}
                />
                <span class="unit" id={`${id}-unit`}>
                  {f.unit}
                </span>
                {error ? (
                  <p class="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>Highlight colours</legend>
        <div class="swatches">
          {COLOR_FIELDS.map(({ key, label }) => {
            const id = `color-${key}`;
            const error = errors[key];
            return (
              <Fragment key={key}>
                <label for={id}>{label}</label>
                <input
                  id={id}
                  data-testid={id}
                  type="color"
                  value={draft.colors[key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(e) => setColor(key, e.currentTarget.value)}
                />
                <code class="hex">{draft.colors[key]}</code>
                {error ? (
                  <p class="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </Fragment>
            );
          })}
        </div>
        <button
          type="button"
          class="link"
          data-testid="colors-defaults"
          onClick={() => setDraft(withDefaultColors(draft))}
        >
          Restore default colours
        </button>
      </fieldset>

      <SaveBar
        task={task}
        label="Save audit and colours"
        testId="audit-settings-save"
        resultTestId="audit-settings-result"
      />
    </form>
  );
}
