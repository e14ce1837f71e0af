/**
 * Every athlete as a collapsed card (name, and what needs attention first), in attention order
 * then by name; a card opens for its details. The list of open cards is the App's, so a line of
 * Needs attention can open one.
 */
import { useState } from 'preact/hooks';
import type { SidebarAthlete, SidebarAttention } from '../addon/api-types';
import { AthleteCard, type AttentionItemView } from './AthleteCard';
import { filterAthletes, SEARCH_FROM } from './athletes';
import { plural } from './format';

export function itemsByAthlete(
  attention: SidebarAttention,
): ReadonlyMap<string, AttentionItemView[]> {
  const map = new Map<string, AttentionItemView[]>();
  for (const item of attention.items) {
    if (item.athlete === null) continue;
    const list = map.get(item.athlete);
    if (list) list.push(item);
    else map.set(item.athlete, [item]);
  }
  return map;
}

export function AthletesSection(props: {
  athletes: readonly SidebarAthlete[];
  attention: SidebarAttention;
  open: ReadonlySet<string>;
  onToggle: (name: string, open: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const { athletes } = props;
  if (athletes.length === 0) {
    return <p class="muted">No athletes yet: the log has no rows the add-on can use.</p>;
  }
  const items = itemsByAthlete(props.attention);
  const searchable = athletes.length >= SEARCH_FROM;
  const shown = searchable ? filterAthletes(athletes, query) : [...athletes];
  return (
    <div>
      {searchable ? (
        <div class="search">
          <label for="athlete-search">Search athletes by name</label>
          <input
            id="athlete-search"
            type="search"
            data-testid="athlete-search"
            value={query}
            placeholder={`${athletes.length} athletes`}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <p class="muted" role="status" data-testid="athlete-count">
            {query.trim() === ''
              ? `${plural(athletes.length, 'athlete')}, most in need of attention first`
              : `${shown.length} of ${plural(athletes.length, 'athlete')}`}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p class="muted">No athlete's name contains “{query.trim()}”.</p>
      ) : null}
      {shown.map((a) => (
        <AthleteCard
          key={a.name}
          athlete={a}
          index={athletes.indexOf(a)}
          items={items.get(a.name) ?? []}
          open={props.open.has(a.name)}
          onToggle={props.onToggle}
        />
      ))}
    </div>
  );
}
