/** Small building blocks shared by the sidebar and the import dialog. */
import type { ComponentChildren } from 'preact';
import type { Outcome, Task } from './use-task';

export function Section(props: {
  id: string;
  title: string;
  open?: boolean;
  badge?: string;
  /** Given: the section is controlled (open follows props.open; the coach's toggles report here). */
  onToggle?: (open: boolean) => void;
  children: ComponentChildren;
}) {
  const { onToggle } = props;
  return (
    <details
      class="section"
      id={`section-${props.id}`}
      data-testid={`section-${props.id}`}
      open={props.open}
      onToggle={
        onToggle ? (e) => onToggle((e.currentTarget as HTMLDetailsElement).open) : undefined
      }
    >
      <summary data-testid={`section-${props.id}-toggle`}>
        <span class="section-title">{props.title}</span>
        {props.badge ? <span class="badge">{props.badge}</span> : null}
      </summary>
      <div class="section-body">{props.children}</div>
    </details>
  );
}

/** The result of a task: announced politely when it is news, assertively when it is an error. */
export function ResultLine(props: { outcome: Outcome | null; testId: string }) {
  const { outcome } = props;
  return (
    <p
      class={`result ${outcome?.kind ?? ''}`}
      data-testid={props.testId}
      role={outcome?.kind === 'error' ? 'alert' : 'status'}
      aria-live={outcome?.kind === 'error' ? 'assertive' : 'polite'}
    >
      {outcome?.text ?? ''}
    </p>
  );
}

export function Busy(props: { label: string }) {
  return (
    <div class="busy" role="status">
      <progress aria-label={props.label} />
      <span>{props.label}</span>
    </div>
  );
}

export function Alert(props: { testId: string; children: ComponentChildren }) {
  return (
    <div class="alert" role="alert" data-testid={props.testId}>
      {props.children}
    </div>
  );
}

/** A settings form's submit button, busy while its task runs, and the task's result line. */
export function SaveBar(props: {
  task: Task;
  label: string;
  testId: string;
  resultTestId: string;
}) {
  const busy = props.task.busy !== null;
  return (
    <>
      <div class="buttons">
        <button
          type="submit"
          class="primary"
          data-testid={props.testId}
          disabled={busy}
          aria-busy={busy}
        >
          {props.task.busy ? 'Saving…' : props.label}
        </button>
      </div>
      <ResultLine outcome={props.task.outcome} testId={props.resultTestId} />
    </>
  );
}
