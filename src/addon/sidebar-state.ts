/**
 * What of an analysis the sidebar gets (pure): the roster in attention order, the ranked Needs
 * attention list, and lifts trimmed to what the cards show, so the state stays small at any log
 * size (at most 300 KB at 100,000 rows; test/addon/sidebar-state.test.ts pins it).
 *
 * - Charts (a 260-px sparkline per lift with a target) get at most SIDEBAR_CHART_POINTS evenly
 *   spaced sessions, first and last kept; other lifts draw no chart and carry no history.
 * - A card shows the key lifts in full and only names the other stale lifts; the other lifts are
 *   counted, not sent (the dashboard and the log's Status column have them all).
 */
import { type AttentionOptions, needsAttention } from '../core/attention';
import { isoDayNumber } from '../core/dates';
import type { Analysis, AthleteSummary, LiftSummary } from '../core/model';
import type {
  BodyweightSetting,
  Settings,
  SidebarAthlete,
  SidebarAttention,
  SidebarLift,
} from './api-types';
import { evenly } from './plan-dashboard';

/** How the coach gives a missing bodyweight, in this file's own terms (the attention item's action). */
export function bodyweightHow(setting: BodyweightSetting): string {
  if (setting.kind === 'roster') {
    return `Add a row for them to the "${setting.sheet}" sheet (athlete, date, bodyweight) to see ratios and targets.`;
  }
  return 'Write their bodyweight in the Bodyweight column on one of their rows to see ratios and targets.';
}

/** The Needs attention options from settings: the sidebar and the dashboard rank alike. */
export function attentionOptions(
  settings: Pick<Settings, 'bodyweight' | 'audit'>,
): AttentionOptions {
  return {
    bodyweightHow: bodyweightHow(settings.bodyweight),
    inactiveDays: settings.audit.windowDays,
  };
}

/** Points per sparkline: about one per 11 px of a 260-px chart. */
export const SIDEBAR_CHART_POINTS = 24;

function sidebarLift({ history, ...lift }: LiftSummary): SidebarLift {
  if (lift.target === null) return { ...lift, chart: [] };
  const chart = evenly(history, SIDEBAR_CHART_POINTS).flatMap((p) => {
    const day = isoDayNumber(p.day);
    return day === null ? [] : [[day, p.ratio] as const];
  });
  return { ...lift, chart };
}

function sidebarAthlete(athlete: AthleteSummary, tabs: readonly string[]): SidebarAthlete {
  const key = athlete.lifts.filter((l) => l.key);
  const others = athlete.lifts.filter((l) => !l.key);
  return {
    ...athlete,
    tabs,
    lifts: key.map(sidebarLift),
    otherStale: others.filter((l) => l.stale).map((l) => l.exercise),
    otherLifts: others.length,
  };
}

/** The roster in attention order (then name) with the ranked list beside it. */
export function sidebarRoster(
  analysis: Pick<Analysis, 'athletes' | 'problems'> & Partial<Pick<Analysis, 'rows'>>,
  options: AttentionOptions = {},
  /** The log tabs each athlete's rows are on (logs.ts athleteTabs); none when not known. */
  tabsOf: ReadonlyMap<string, readonly string[]> = new Map(),
): { athletes: SidebarAthlete[]; attention: SidebarAttention } {
  const attention = needsAttention(analysis, options);
  const byName = new Map(analysis.athletes.map((a) => [a.name, a]));
  const athletes = attention.athletes.flatMap((a) => {
    const summary = byName.get(a.athlete);
    return summary ? [sidebarAthlete(summary, tabsOf.get(summary.name) ?? [])] : [];
  });
  // The one line each item is shown as is built in the sidebar from problem and action (the same
  // words as `text`), so `text` is not sent twice.
  const items = attention.items.map(({ text: _text, ...item }) => item);
  const quiet = attention.athletes
    .filter((a) => a.items.length === 0)
    .map((a) => ({ athlete: a.athlete, text: a.quiet }));
  return { athletes, attention: { items, quiet } };
}
