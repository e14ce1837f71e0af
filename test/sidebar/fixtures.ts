/** Small athlete summaries for the sidebar's view-model tests. */
import type { SidebarAthlete } from '../../src/addon/api-types';
import { sidebarRoster } from '../../src/addon/sidebar-state';
import type { AthleteSummary, LiftSummary } from '../../src/core/model';

export function lift(over: Partial<LiftSummary> & Pick<LiftSummary, 'exercise'>): LiftSummary {
  return {
    bestE1rm: 80,
    ratio: 1,
    target: null,
    targetReached: false,
    stale: false,
    lastNewBest: '2026-03-01',
    sessionsSinceBest: 0,
    sessions: 5,
    lastSession: '2026-03-20',
    history: [],
    previousBest: null,
    slipping: false,
    key: over.target !== undefined && over.target !== null,
    reachedOn: null,
    ...over,
  };
}

export function athlete(
  over: Partial<AthleteSummary> & Pick<AthleteSummary, 'name'>,
): AthleteSummary {
  return {
    bodyweight: 70,
    unit: 'kg',
    sessions: 10,
    lastSession: '2026-03-20',
    lifts: [],
    audit: [],
    auditNote: '',
    phase: null,
    block: { number: 1, start: '2026-01-05', previousEnd: null, breakWeeks: null },
    inactiveSince: null,
    ...over,
  };
}

/** The athlete as the sidebar receives them (through the server's own trimming). */
export function sidebarAthlete(
  over: Partial<AthleteSummary> & Pick<AthleteSummary, 'name'>,
): SidebarAthlete {
  const [shaped] = sidebarRoster({ athletes: [athlete(over)], problems: [] }).athletes;
  if (!shaped) throw new Error('no athlete');
  return shaped;
}
