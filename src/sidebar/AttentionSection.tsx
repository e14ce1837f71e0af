/** Needs attention: the roster's ranked list, each line leading to its details, then the quiet ones. */
import type { SidebarAttention } from '../addon/api-types';
import { type AttentionItemView, AttentionLine } from './AthleteCard';
import { plural } from './format';

/** Lines shown before "Show all": a screenful at 300 px. */
export const ATTENTION_SHOWN = 8;

export function AttentionSection(props: {
  attention: SidebarAttention;
  showAll: boolean;
  onShowAll: (all: boolean) => void;
  onOpen: (item: AttentionItemView) => void;
}) {
  const { items, quiet } = props.attention;
  const shown = props.showAll ? items : items.slice(0, ATTENTION_SHOWN);
  return (
    <div>
      {items.length === 0 ? (
        <p class="ok-line" data-testid="attention-clear">
          Nothing needs attention: no stale key lift, no audit finding, every bodyweight known.
        </p>
      ) : (
        <ol class="attention" data-testid="attention-list">
          {shown.map((item) => (
            <AttentionLine key={item.key} item={item} showAthlete onOpen={props.onOpen} />
          ))}
        </ol>
      )}
      {items.length > ATTENTION_SHOWN ? (
        <button
          type="button"
          class="link"
          data-testid="attention-more"
          aria-expanded={props.showAll}
          onClick={() => props.onShowAll(!props.showAll)}
        >
          {props.showAll ? 'Show the first few' : `Show all ${items.length}`}
        </button>
      ) : null}
      {quiet.length > 0 ? (
        <details class="quiet" data-testid="attention-quiet">
          <summary>{plural(quiet.length, 'athlete')} with nothing to act on</summary>
          <ul>
            {quiet.map((q) => (
              <li key={q.athlete} class="muted" data-testid="quiet-line">
                {q.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
