/**
 * The exercise names the analysis could neither find in the catalogue nor classify from their
 * words, with their set counts: their sets count in no audit rule, so the coach sees them and can
 * rename them. Self-contained: one prop in, no hooks, no server calls.
 */
import type { UnrecognisedName } from '../core/model';
import { plural } from './format';

/** How many names the sidebar lists; the rest are counted. */
export const NAMES_SHOWN = 12;

export interface UnrecognisedView {
  readonly summary: string;
  readonly names: readonly { readonly name: string; readonly sets: string }[];
  readonly more: number;
}

/** What the section shows, or null when every name was understood. */
export function unrecognisedView(names: readonly UnrecognisedName[]): UnrecognisedView | null {
  if (names.length === 0) return null;
  const sets = names.reduce((n, u) => n + u.sets, 0);
  return {
    summary: `${plural(names.length, 'exercise name')} not understood (${plural(sets, 'set')})`,
    names: names.slice(0, NAMES_SHOWN).map((u) => ({ name: u.name, sets: plural(u.sets, 'set') })),
    more: Math.max(0, names.length - NAMES_SHOWN),
  };
}

export function UnrecognisedNames(props: { names: readonly UnrecognisedName[] }) {
  const view = unrecognisedView(props.names);
  if (view === null) return null;
  return (
    <details class="note" data-testid="unrecognised-names">
      <summary>{view.summary}</summary>
      <p class="muted">
        Their sets count in no audit rule. Rename them in the log (for example "Goblet squat", "Trap
        bar deadlift", "Box jump") so they are understood.
      </p>
      <ul class="problems">
        {view.names.map((u) => (
          <li key={u.name}>
            {u.name}: {u.sets}
          </li>
        ))}
      </ul>
      {view.more > 0 ? <p class="muted">…and {view.more} more.</p> : null}
    </details>
  );
}
