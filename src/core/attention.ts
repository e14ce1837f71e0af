/**
 * Needs attention, first: one ranked list across the roster of what a coach should act on, built
 * from the analysis alone (pure; the sidebar, the dashboard and the CLI all show this list).
 *
 * Kinds of item, each one line (the athlete, what is wrong, what to do) with a link to its details:
 * - `stale`: a key lift stuck (the longest first);
 * - `target-reached`: a key lift's target met recently: time to shift to speed and power;
 * - `audit`: a program-audit finding (any rule's, weighted by `Finding.weight` or its mistake);
 * - `bodyweight`: no bodyweight known, so no ratios and no targets;
 * - `inactive`: no session in the last `inactiveDays` before the roster's latest session;
 * - `unreadable`: rows of the log that could not be read (the log's item, not an athlete's).
 *
 * An inactive athlete gets only the `inactive` item: their stale lifts and old program are not
 * current news. "Not progressing" (mistake 4) is the stale items said again, so it becomes an item
 * only for an athlete with no stale item of their own. An athlete with nothing to act on is one
 * quiet line.
 */
import { MISTAKE_WEIGHTS } from './audit/phases';
import { clip } from './audit/window';
import { pairingFor } from './catalogue';
import { isoDayNumber } from './dates';
import {
  type AthleteSummary,
  type Finding,
  type LiftSummary,
  type Problem,
  problemText,
} from './model';

export type AttentionKind =
  | 'stale'
  | 'target-reached'
  | 'audit'
  | 'bodyweight'
  | 'inactive'
  | 'unreadable';

/** Where an item's details are: an athlete's card section, or the log's unreadable rows. */
export interface AttentionLink {
  /** null for the log as a whole (unreadable rows). */
  readonly athlete: string | null;
  readonly section: 'lift' | 'audit' | 'bodyweight' | 'athlete' | 'problems';
  /** The lift, for `lift` links. */
  readonly exercise?: string;
  /** The mistake number, for `audit` links. */
  readonly mistake?: number;
  /** The first unreadable row, for `problems` links. */
  readonly line?: number;
}

export interface AttentionItem {
  /** 1-based place in the ranked list. */
  readonly rank: number;
  /** null for the log as a whole (unreadable rows). */
  readonly athlete: string | null;
  readonly kind: AttentionKind;
  /** Higher is more urgent (0–100); the list is ordered by it. */
  readonly score: number;
  /** What is wrong, in a few words ("Back squat stale: 5 sessions without a new best since 2026-10-02"). */
  readonly problem: string;
  /** What to do about it, one sentence. */
  readonly action: string;
  /** The one line every surface shows: "Athlete — problem. Action" (see attentionLine). */
  readonly text: string;
  readonly link: AttentionLink;
  /** Unique within the list and stable across refreshes, for DOM ids and keys ("Ann|stale|Back squat"). */
  readonly key: string;
}

export interface AthleteAttention {
  readonly athlete: string;
  /** The athlete's highest item score; 0 when there is nothing to act on. */
  readonly score: number;
  /** Their items, most urgent first (a subset of the roster list, same objects). */
  readonly items: readonly AttentionItem[];
  /** The one quiet line for an athlete with nothing to act on; "" when there are items. */
  readonly quiet: string;
}

export interface Attention {
  /** Every item across the roster, most urgent first. */
  readonly items: readonly AttentionItem[];
  /** Every athlete, ordered by attention (highest score first), then by name: the card order. */
  readonly athletes: readonly AthleteAttention[];
}

export interface AttentionOptions {
  /** ISO day to judge "recent" and "inactive" from; default: the roster's latest session. */
  readonly asOf?: string;
  /** No session in this many days before asOf = inactive (default 28, the audit window). */
  readonly inactiveDays?: number;
  /** A target met in this many days before asOf was "just reached" (default 14: two weeks of news). */
  readonly recentDays?: number;
  /** The log's data rows (read or not), for the unreadable share; default: rows + problems. */
  readonly rowCount?: number;
  /** How the coach gives a bodyweight in this file ("add a Bodyweight value on one of their rows"). */
  readonly bodyweightHow?: string;
}

export const DEFAULT_INACTIVE_DAYS = 28;
export const DEFAULT_RECENT_DAYS = 14;

/**
 * The ranking, in one place. Scores are 0–100; ties go by athlete name, then kind, then lift.
 * A finding's weight (0–1) maps to AUDIT_BASE + AUDIT_SPAN × weight.
 */
export const SCORES = {
  /** Stale key lift: base, plus one per session without progress (capped), plus for a target lift. */
  stale: 50,
  staleMaxExtra: 20,
  staleTargetLift: 5,
  targetReached: 45,
  bodyweight: 55,
  inactive: 40,
  /** Plus up to 15 more the longer they have been away (one per week). */
  inactiveMaxExtra: 15,
  /** Unreadable rows: base, plus up to 40 as their share of the log grows to 20 %. */
  unreadable: 30,
  unreadableMaxExtra: 40,
  auditBase: 20,
  auditSpan: 60,
} as const;

/**
 * Default urgency per mistake when a finding sets no weight: bodyweight-and-abs-only (no strength
 * work at all) first, then powerlifting habits (injury risk, chasing 1RMs past the target),
 * bodybuilding volume, not connecting to running; not progressing sits with the stale lifts.
 * Other rules' findings (phases) without a weight get DEFAULT_WEIGHT. The table lives with the
 * season checks' weights (audit/phases.ts), which build on it.
 */
export const DEFAULT_WEIGHT = 0.5;

const KIND_ORDER: readonly AttentionKind[] = [
  'unreadable',
  'inactive',
  'bodyweight',
  'stale',
  'target-reached',
  'audit',
];

/** The quiet line of an athlete with nothing to act on. */
export function quietLine(athlete: AthleteSummary): string {
  const last = athlete.lastSession ? `, last ${athlete.lastSession}` : '';
  return `${athlete.name}: nothing to act on (${athlete.sessions} session${athlete.sessions === 1 ? '' : 's'}${last}).`;
}

/** "Athlete — problem. Action"; the log's own items have no athlete part. */
export function attentionLine(athlete: string | null, problem: string, action: string): string {
  const what = /[.!?]$/.test(problem) ? problem : `${problem}.`;
  return `${athlete === null ? '' : `${athlete} — `}${what} ${action}`.trim();
}

/** The first sentence of a text (the audit's advice leads with the thing to do). */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return (m ? m[0] : text).trim();
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

export function findingWeight(finding: Finding): number {
  const w = finding.weight ?? MISTAKE_WEIGHTS[finding.mistake] ?? DEFAULT_WEIGHT;
  return Number.isFinite(w) ? clamp(w, 0, 1) : DEFAULT_WEIGHT;
}

type Draft = Omit<AttentionItem, 'rank' | 'text' | 'key'>;

function staleItem(athlete: string, lift: LiftSummary): Draft {
  const since = lift.lastNewBest ? ` since ${lift.lastNewBest}` : '';
  const n = lift.sessionsSinceBest;
  const sessions = `${n} session${n === 1 ? '' : 's'}`;
  const problem = lift.targetReached
    ? `${lift.exercise} stale: the same session ${sessions} running`
    : `${lift.exercise} stale: ${sessions} without a new best${since}`;
  const pairing = pairingFor(lift.exercise);
  const action = lift.targetReached
    ? `Strong enough: keep the load and change the work (faster reps${pairing ? `, ${pairing} after it` : ', jumps after it'}).`
    : 'Change one thing: a little more load or one more rep, a 3-s lowering, or a single-leg version.';
  return {
    athlete,
    kind: 'stale',
    score:
      SCORES.stale +
      Math.min(n, SCORES.staleMaxExtra) +
      (lift.target !== null ? SCORES.staleTargetLift : 0),
    problem,
    action,
    link: { athlete, section: 'lift', exercise: lift.exercise },
  };
}

function reachedItem(athlete: string, lift: LiftSummary): Draft {
  const ratio = lift.ratio === null ? '' : ` (${lift.ratio}× bodyweight, target ${lift.target}×)`;
  const pairing = pairingFor(lift.exercise);
  return {
    athlete,
    kind: 'target-reached',
    score: SCORES.targetReached,
    problem: `${lift.exercise} target reached on ${lift.reachedOn}${ratio}`,
    action: `Stop chasing its 1RM: keep the load, make it faster${pairing ? ` and pair it with ${pairing}` : ' and add jumps'}.`,
    link: { athlete, section: 'lift', exercise: lift.exercise },
  };
}

function auditItem(athlete: string, finding: Finding): Draft {
  return {
    athlete,
    kind: 'audit',
    score: Math.round(SCORES.auditBase + SCORES.auditSpan * findingWeight(finding)),
    problem: finding.title,
    action: firstSentence(finding.advice),
    link: { athlete, section: 'audit', mistake: finding.mistake },
  };
}

function bodyweightItem(athlete: string, how: string): Draft {
  return {
    athlete,
    kind: 'bodyweight',
    score: SCORES.bodyweight,
    problem: 'No bodyweight, so no ratios or targets',
    action: how,
    link: { athlete, section: 'bodyweight' },
  };
}

function inactiveItem(athlete: AthleteSummary, daysAway: number): Draft {
  return {
    athlete: athlete.name,
    kind: 'inactive',
    score: SCORES.inactive + Math.min(Math.floor(daysAway / 7), SCORES.inactiveMaxExtra),
    problem: `No session in ${daysAway} days (last ${athlete.lastSession})`,
    action: 'Check in: injured, racing, or training elsewhere? Their audit waits for new sessions.',
    link: { athlete: athlete.name, section: 'athlete' },
  };
}

function unreadableItem(problems: readonly Problem[], rowCount: number | undefined): Draft {
  const first = problems[0] as Problem;
  const n = problems.length;
  const share = rowCount && rowCount > 0 ? n / rowCount : 0;
  return {
    athlete: null,
    kind: 'unreadable',
    score: SCORES.unreadable + Math.round(SCORES.unreadableMaxExtra * clamp(share / 0.2, 0, 1)),
    problem: `${n} row${n === 1 ? '' : 's'} of the log could not be read (first: ${problemText(first)})`,
    action: 'Fix them in the log: they count for nothing until then.',
    link: { athlete: null, section: 'problems', line: first.line },
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareDrafts(a: Draft, b: Draft): number {
  return (
    b.score - a.score ||
    compareText(a.athlete ?? '', b.athlete ?? '') ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareText(a.link.exercise ?? '', b.link.exercise ?? '') ||
    (a.link.mistake ?? 0) - (b.link.mistake ?? 0)
  );
}

function keyOf(d: Draft): string {
  const detail = d.link.exercise ?? (d.link.mistake === undefined ? '' : String(d.link.mistake));
  return [d.athlete ?? '', d.kind, detail].join('|');
}

/** One athlete's drafts (unranked). */
function athleteDrafts(
  a: AthleteSummary,
  asOfDay: number | null,
  options: Required<Pick<AttentionOptions, 'inactiveDays' | 'recentDays' | 'bodyweightHow'>>,
): Draft[] {
  const last = isoDayNumber(a.lastSession);
  const away = asOfDay !== null && last !== null ? asOfDay - last : null;
  // Inactive by the analysis' own verdict (no session in the audit window), or by asOf here.
  if (away !== null && (away >= options.inactiveDays || (a.inactiveSince ?? null) !== null)) {
    return [inactiveItem(a, away)];
  }
  const drafts: Draft[] = [];
  if (a.bodyweight === null) drafts.push(bodyweightItem(a.name, options.bodyweightHow));
  const stale = a.lifts.filter((l) => l.key && l.stale);
  for (const lift of stale) drafts.push(staleItem(a.name, lift));
  for (const lift of a.lifts) {
    if (!lift.key || lift.stale || !lift.targetReached || lift.reachedOn === null) continue;
    const reached = isoDayNumber(lift.reachedOn);
    if (asOfDay === null || reached === null || asOfDay - reached < options.recentDays) {
      drafts.push(reachedItem(a.name, lift));
    }
  }
  for (const finding of a.audit) {
    if (finding.mistake === 4 && stale.length > 0) continue;
    drafts.push(auditItem(a.name, finding));
  }
  return drafts;
}

/**
 * The Needs attention list for a roster: every item ranked, and each athlete with their items (or
 * their quiet line), athletes ordered by attention then name.
 */
export function needsAttention(
  analysis: {
    readonly athletes: readonly AthleteSummary[];
    readonly problems: readonly Problem[];
    readonly rows?: readonly unknown[];
  },
  options: AttentionOptions = {},
): Attention {
  const latest = analysis.athletes.reduce<number | null>((max, a) => {
    const n = isoDayNumber(a.lastSession);
    return n !== null && (max === null || n > max) ? n : max;
  }, null);
  const asOfDay = options.asOf !== undefined ? isoDayNumber(options.asOf) : latest;
  const settings = {
    inactiveDays: options.inactiveDays ?? DEFAULT_INACTIVE_DAYS,
    recentDays: options.recentDays ?? DEFAULT_RECENT_DAYS,
    bodyweightHow:
      options.bodyweightHow ??
      'Add their bodyweight (a Bodyweight value on one of their rows) to see ratios and targets.',
  };
  const drafts = analysis.athletes.flatMap((a) => athleteDrafts(a, asOfDay, settings));
  if (analysis.problems.length > 0)
    drafts.push(
      unreadableItem(
        analysis.problems,
        options.rowCount ??
          (analysis.rows ? analysis.rows.length + analysis.problems.length : undefined),
      ),
    );
  drafts.sort(compareDrafts);
  const items: AttentionItem[] = drafts.map((d, i) => ({
    rank: i + 1,
    ...d,
    text: clip(attentionLine(d.athlete, d.problem, d.action), 300),
    key: keyOf(d),
  }));

  const itemsOf = new Map<string, AttentionItem[]>();
  for (const item of items) {
    if (item.athlete === null) continue;
    const list = itemsOf.get(item.athlete);
    if (list) list.push(item);
    else itemsOf.set(item.athlete, [item]);
  }
  const athletes: AthleteAttention[] = analysis.athletes
    .map((a) => {
      const own = itemsOf.get(a.name) ?? [];
      return {
        athlete: a.name,
        score: own[0]?.score ?? 0,
        items: own,
        quiet: own.length === 0 ? quietLine(a) : '',
      };
    })
    .sort((a, b) => b.score - a.score || compareText(a.athlete, b.athlete));
  return { items, athletes };
}
