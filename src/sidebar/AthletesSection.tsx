import { useState } from 'preact/hooks';
import type { AthleteSummary } from '../core/model';
import { AthleteCard } from './AthleteCard';
import { filterAthletes, SEARCH_FROM } from './athletes';
import { plural } from './format';

export function AthletesSection(props: { athletes: readonly AthleteSummary[] }) {
  const [query, setQuery] = useState('');
  const { athletes } = props;
  if (athletes.length === 0) {
    return <p class="muted">No athletes yet: the log has no rows the add-on can use.</p>;
  }
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
              ? plural(athletes.length, 'athlete')
              : `${shown.length} of ${plural(athletes.length, 'athlete')}`}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p class="muted">No athlete's name contains “{query.trim()}”.</p>
      ) : null}
      {shown.map((a) => (
        <AthleteCard key={a.name} athlete={a} index={athletes.indexOf(a)} />
      ))}
    </div>
  );
}
