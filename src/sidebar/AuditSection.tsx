/**
 * The program audit, athlete by athlete: each athlete with findings gets a heading and a list
 * (mistake, what the log shows, what to do); the rest get one line each. The sidebar's Audit
 * program button and the menu's Audit program both open this view.
 */
import type { SidebarAthlete } from '../addon/api-types';
import { AuditList } from './AthleteCard';
import { plural } from './format';

export function AuditSection(props: {
  athletes: readonly SidebarAthlete[];
  onOpenAthlete: (name: string) => void;
}) {
  const withFindings = props.athletes.filter((a) => a.audit.length > 0);
  const clear = props.athletes.filter((a) => a.audit.length === 0);
  if (props.athletes.length === 0) return <p class="muted">No athletes to audit yet.</p>;
  return (
    <div data-testid="audit-view">
      <p class="muted" data-testid="audit-summary">
        {withFindings.length === 0
          ? `None of the five gym mistakes shows for ${plural(props.athletes.length, 'athlete')}.`
          : `${plural(withFindings.length, 'athlete')} of ${props.athletes.length} show one of the five gym mistakes.`}
      </p>
      {withFindings.map((a) => (
        <section
          key={a.name}
          class="audit-athlete"
          data-testid="audit-athlete"
          data-athlete={a.name}
        >
          <h3>
            <button
              type="button"
              class="link"
              title="Open this athlete's card"
              onClick={() => props.onOpenAthlete(a.name)}
            >
              {a.name}
            </button>
          </h3>
          <AuditList athlete={a} />
        </section>
      ))}
      {clear.length > 0 ? (
        <ul class="audit-clear-list" data-testid="audit-clear-list">
          {clear.map((a) => (
            <li key={a.name} class="muted">
              <strong>{a.name}</strong>: {a.auditNote}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
