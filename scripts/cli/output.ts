/**
 * What the analyze command prints: the core's analysis projected down to the documented JSON
 * shape, or readable per-athlete tables with the audit, a status summary and the problems.
 */
import { type Attention, needsAttention } from '../../src/core/attention';
import {
  type Analysis,
  type AthleteSummary,
  type BlockSummary,
  type CurrentPhase,
  type LiftSummary,
  type PreviousBest,
  type Problem,
  problemText,
} from '../../src/core/model';
import { blockLine, phaseLine } from '../../src/core/season';
import { formatMultiple } from '../../src/core/status';

export interface LiftJson {
  readonly exercise: string;
  /** Movement pattern (catalogue or classified from the name's words); null when not understood. */
  readonly pattern: string | null;
  /** The name is a catalogue exercise; false when classified from its words or not understood. */
  readonly recognised: boolean;
  readonly bestE1rm: number | null;
  readonly ratio: number | null;
  readonly target: number | null;
  readonly targetReached: boolean;
  readonly stale: boolean;
  readonly lastNewBest: string | null;
  readonly sessionsSinceBest: number;
  /** A ratio beyond what people lift: a likely unit mix-up, in words; null otherwise. */
  readonly unitDoubt: string | null;
  readonly slipping: boolean;
  readonly previousBest: PreviousBest | null;
}

export interface FindingJson {
  readonly mistake: number;
  readonly title: string;
  readonly evidence: string;
  readonly advice: string;
  readonly weight: number;
}

export interface AthleteJson {
  readonly name: string;
  readonly bodyweight: number | null;
  readonly unit: string;
  readonly phase: CurrentPhase | null;
  readonly block: BlockSummary;
  readonly inactiveSince: string | null;
  readonly lifts: readonly LiftJson[];
  readonly audit: readonly FindingJson[];
}

export interface AttentionJson {
  readonly rank: number;
  /** null for the file as a whole (unreadable rows). */
  readonly athlete: string | null;
  readonly kind: string;
  readonly text: string;
}

/** What the file was read as, and the unit of its weights with how that was decided. */
export interface FileJson {
  readonly format: { readonly app: string; readonly label: string; readonly layout: string };
  readonly unit: { readonly unit: string; readonly decidedBy: string; readonly how: string };
}

export interface AnalyzeJson {
  readonly format?: FileJson['format'];
  readonly unit?: FileJson['unit'];
  /** Needs attention, most urgent first (athletes with nothing to act on have no item). */
  readonly attention: readonly AttentionJson[];
  readonly athletes: readonly AthleteJson[];
  readonly rows: readonly { readonly line: number; readonly status: string }[];
  readonly problems: readonly Problem[];
  /** Exercise names neither recognised nor classified, with their set counts. */
  readonly unrecognised: readonly { readonly name: string; readonly sets: number }[];
}

/** The CLI's words for a missing bodyweight (the attention item's "what to do"). */
export const CLI_BODYWEIGHT_HOW =
  'Add a Bodyweight value on one of their rows, or pass --bodyweight for a one-athlete file.';

export const attentionOf = (analysis: Analysis): Attention =>
  needsAttention(analysis, { bodyweightHow: CLI_BODYWEIGHT_HOW });

/** The documented shape, keys in the documented order; nothing else of the core's objects. */
export function toJson(analysis: Analysis, file?: FileJson): AnalyzeJson {
  return {
    ...(file
      ? {
          format: { app: file.format.app, label: file.format.label, layout: file.format.layout },
          unit: { unit: file.unit.unit, decidedBy: file.unit.decidedBy, how: file.unit.how },
        }
      : {}),
    attention: attentionOf(analysis).items.map((i) => ({
      rank: i.rank,
      athlete: i.athlete,
      kind: i.kind,
      text: i.text,
    })),
    athletes: analysis.athletes.map((a) => ({
      name: a.name,
      bodyweight: a.bodyweight,
      unit: a.unit,
      phase: a.phase,
      block: a.block,
      inactiveSince: a.inactiveSince,
      lifts: a.lifts.map((l) => ({
        exercise: l.exercise,
        pattern: l.pattern ?? null,
        recognised: l.recognised ?? false,
        bestE1rm: l.bestE1rm,
        ratio: l.ratio,
        target: l.target,
        targetReached: l.targetReached,
        stale: l.stale,
        lastNewBest: l.lastNewBest,
        sessionsSinceBest: l.sessionsSinceBest,
        unitDoubt: l.unitDoubt ?? null,
        slipping: l.slipping,
        previousBest: l.previousBest,
      })),
      audit: a.audit.map((f) => ({
        mistake: f.mistake,
        title: f.title,
        evidence: f.evidence,
        advice: f.advice,
        weight: f.weight ?? 1,
      })),
    })),
    rows: analysis.rows.map((r) => ({ line: r.line, status: r.status })),
    problems: analysis.problems.map((p) => ({ line: p.line, message: p.message })),
    unrecognised: analysis.unrecognised.map((u) => ({ name: u.name, sets: u.sets })),
  };
}

export const BODYWEIGHT_HINT = 'pass --bodyweight 72 to see ratios and targets';
export const PROBLEMS_SHOWN = 20;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Columns padded to their widest cell; the last column is not padded. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
}

function progress(lift: LiftSummary, unit: string): string {
  const since = lift.lastNewBest ?? '—';
  const before = lift.previousBest
    ? `; before the break ${lift.previousBest.bestE1rm ?? '—'} ${unit} (${lift.previousBest.day})`
    : '';
  if (lift.sessions === 0) return `not done since the break${before}`;
  if (lift.stale)
    return `stale since ${since} (${plural(lift.sessionsSinceBest, 'session')})${before}`;
  if (lift.slipping) return `slipping below the block's best${before}`;
  if (lift.sessionsSinceBest === 0) return `new best ${since}${before}`;
  return `${plural(lift.sessionsSinceBest, 'session')} since best (${since})${before}`;
}

/** The movement as the coach reads it: "hinge", "squat*" when classified from the name's words. */
export function movement(lift: LiftSummary): string {
  if (!lift.pattern) return '?';
  return lift.recognised ? lift.pattern : `${lift.pattern}*`;
}

function liftRow(lift: LiftSummary, unit: string): string[] {
  return [
    lift.exercise,
    movement(lift),
    lift.bestE1rm === null ? '—' : `${lift.bestE1rm} ${unit}`,
    lift.ratio === null ? '—' : formatMultiple(lift.ratio),
    lift.target === null ? '—' : formatMultiple(lift.target),
    lift.unitDoubt
      ? '⚠ unit?'
      : lift.target === null
        ? ''
        : lift.targetReached
          ? '✓'
          : lift.ratio === null
            ? '?'
            : 'not yet',
    progress(lift, unit),
  ];
}

function athleteBlock(athlete: AthleteSummary): string[] {
  const weight =
    athlete.bodyweight === null
      ? 'bodyweight unknown'
      : `bodyweight ${athlete.bodyweight} ${athlete.unit}`;
  const out = [
    `${athlete.name} — ${weight}, ${plural(athlete.sessions, 'training day')}, last ${athlete.lastSession}`,
  ];
  for (const line of [phaseLine(athlete.phase), blockLine(athlete.block)]) {
    if (line !== '') out.push(`  ${line}`);
  }
  if (athlete.lifts.length > 0) {
    const head = ['Exercise', 'Movement', 'Best e1RM', 'Ratio', 'Target', 'Reached', 'Progress'];
    out.push(
      ...table([head, ...athlete.lifts.map((l) => liftRow(l, athlete.unit))]).map((l) => `  ${l}`),
    );
    if (athlete.lifts.some((l) => l.pattern && !l.recognised)) {
      out.push("  * classified from the name's words (not a catalogue exercise).");
    }
  }
  for (const lift of athlete.lifts) {
    if (lift.unitDoubt) out.push(`  ⚠ ${lift.exercise}: ${lift.unitDoubt}.`);
  }
  if (athlete.bodyweight === null) {
    out.push('  Without a bodyweight, ratios and targets are unknown.');
    out.push(`  Hint: ${BODYWEIGHT_HINT}.`);
  }
  out.push('  Audit:');
  if (athlete.audit.length === 0) out.push(`    ${athlete.auditNote}`);
  for (const f of athlete.audit) {
    out.push(`    ${f.mistake > 5 ? 'Check' : 'Mistake'} ${f.mistake}: ${f.title}`);
    out.push(`      Evidence: ${f.evidence}`);
    out.push(`      Advice: ${f.advice}`);
    // Every swap, pairing or next step in full (the advice sentence may shorten its list).
    for (const step of f.steps ?? []) out.push(`        – ${step}`);
  }
  return out;
}

/** The ranked list, then one line naming everyone with nothing to act on. */
function attentionBlock(attention: Attention): string[] {
  const out = [
    attention.items.length === 0
      ? 'Needs attention: nothing.'
      : `Needs attention (${attention.items.length}):`,
  ];
  const width = String(attention.items.length).length;
  for (const item of attention.items) {
    out.push(`  ${String(item.rank).padStart(width)}. ${item.text}`);
  }
  const quiet = attention.athletes.filter((a) => a.items.length === 0).map((a) => a.athlete);
  if (quiet.length > 0) out.push(`  Nothing to act on: ${quiet.join(', ')}.`);
  return out;
}

const STATUS_KINDS = ['Stale', 'Slipping', 'Target reached', 'New best'] as const;

/** How many rows carry each status (the first word of the status text decides). */
export function statusCounts(rows: Analysis['rows']): Record<string, number> {
  const counts: Record<string, number> = {
    Stale: 0,
    Slipping: 0,
    'Target reached': 0,
    'New best': 0,
    'No status': 0,
  };
  for (let i = 0; i < rows.length; i++) {
    const status = (rows[i] as Analysis['rows'][number]).status;
    let kind: string = 'No status';
    for (let k = 0; k < STATUS_KINDS.length; k++) {
      if (status.startsWith(STATUS_KINDS[k] as string)) {
        kind = STATUS_KINDS[k] as string;
        break;
      }
    }
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** The names not understood, so the coach can rename them: their sets count in no audit rule. */
export function unrecognisedLine(names: Analysis['unrecognised']): string {
  if (names.length === 0) return 'Exercises: every name understood.';
  const shown = names.slice(0, PROBLEMS_SHOWN).map((u) => `${u.name} (${plural(u.sets, 'set')})`);
  const more = names.length > PROBLEMS_SHOWN ? ` and ${names.length - PROBLEMS_SHOWN} more` : '';
  return `Exercises not understood (their sets count in no audit rule): ${shown.join(', ')}${more}.`;
}

export interface ReadableContext {
  /** What to say first about how the file was read. */
  readonly notes: readonly string[];
  /** The format detected and the unit decision, said before anything else. */
  readonly file?: FileJson;
}

/** "Unit: lb (decided by the numbers: …)", or a warning when nothing decided it. */
export function unitLine(unit: FileJson['unit']): string {
  if (unit.decidedBy === 'undecided') {
    return `Unit: NOT DECIDED — ${unit.how}.`;
  }
  const by: Record<string, string> = {
    header: 'stated in the header',
    'unit column': 'stated per row',
    cells: 'stated in the cells',
    numbers: 'inferred from the numbers',
    coach: 'given with --unit',
  };
  return `Unit: ${unit.unit} (${by[unit.decidedBy] ?? unit.decidedBy}: ${unit.how}).`;
}

export function readable(analysis: Analysis, context: ReadableContext): string {
  const out: string[] = [];
  if (context.file) {
    const f = context.file.format;
    out.push(`Read as: ${f.label} — ${f.layout}.`, unitLine(context.file.unit));
  }
  out.push(...context.notes);
  if (out.length > 0) out.push('');
  if (analysis.athletes.length === 0) out.push('No athlete has a usable row in this file.', '');
  const attention = attentionOf(analysis);
  if (analysis.athletes.length > 0) out.push(...attentionBlock(attention), '');
  // Athletes in attention order (most urgent first), as the sidebar's cards.
  const byName = new Map(analysis.athletes.map((a) => [a.name, a]));
  for (const { athlete } of attention.athletes) {
    const summary = byName.get(athlete);
    if (summary) out.push(...athleteBlock(summary), '');
  }
  const counts = statusCounts(analysis.rows);
  out.push(
    `Rows: ${plural(analysis.rows.length, 'row')} read — ${Object.entries(counts)
      .map(([kind, n]) => `${kind.toLowerCase()} ${n}`)
      .join(', ')}.`,
  );
  out.push(unrecognisedLine(analysis.unrecognised));
  const problems = analysis.problems;
  if (problems.length === 0) out.push('Problems: none, every row was read.');
  else {
    out.push(`Problems: ${plural(problems.length, 'row')} could not be read:`);
    for (const p of problems.slice(0, PROBLEMS_SHOWN)) out.push(`  ${problemText(p)}`);
    if (problems.length > PROBLEMS_SHOWN) {
      out.push(`  … and ${problems.length - PROBLEMS_SHOWN} more (--json lists them all).`);
    }
  }
  return `${out.join('\n')}\n`;
}
