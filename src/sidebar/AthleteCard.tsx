/**
 * One athlete's card: collapsed to one line (name, what needs attention) and opened for the
 * details. Hook-free on purpose: a pure function of its props (the list owns open/closed), so
 * tests render it to a vnode tree and check that every sheet text is shown as text.
 */
import type { SidebarAthlete, SidebarAttention, SidebarLift } from '../addon/api-types';
import { dayFromNumber } from '../core/dates';
import type { Finding } from '../core/model';
import { athleteCardView, type KeyLiftView, REACHED_TEXT } from './athletes';
import { CHART_BOX, chartGeometry } from './chart';
import { formatDay, formatMultiple } from './format';

export type AttentionItemView = SidebarAttention['items'][number];

export function KeyLift(props: { lift: KeyLiftView; summary: SidebarLift }) {
  const { lift } = props;
  return (
    <div class="lift" data-testid="key-lift" data-exercise={lift.exercise}>
      <div class="lift-line">
        <span class="lift-name">{lift.exercise}</span>
        <span>
          {lift.ratioText} / {lift.targetText}
        </span>
      </div>
      <div
        class={lift.reached ? 'bar reached' : 'bar'}
        role="progressbar"
        aria-label={lift.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={lift.percent}
        data-testid="lift-progress"
      >
        <span style={{ width: `${lift.percent}%` }} />
      </div>
      {lift.reached ? (
        <div class="reached-mark" data-testid="reached-mark">
          {REACHED_TEXT}
        </div>
      ) : null}
      {props.summary.chart.length >= 2 ? <RatioChart lift={props.summary} /> : null}
    </div>
  );
}

export function RatioChart(props: { lift: SidebarLift }) {
  const { lift } = props;
  const history = lift.chart.map(([n, ratio]) => ({ day: dayFromNumber(n).day, ratio }));
  const g = chartGeometry(history, lift.target);
  const first = g.points[0];
  const last = g.points[g.points.length - 1];
  if (!first || !last) return null;
  const label =
    `${lift.exercise}, ratio over time: ${formatMultiple(first.ratio)} on ${formatDay(first.day)} ` +
    `to ${formatMultiple(last.ratio)} on ${formatDay(last.day)}` +
    (lift.target === null ? '' : `; target ${formatMultiple(lift.target)}`);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
      role="img"
      aria-label={label}
      data-testid="ratio-chart"
    >
      {g.targetY === null ? null : (
        <line class="target" x1={0} x2={CHART_BOX.width} y1={g.targetY} y2={g.targetY} />
      )}
      <path class="line" d={g.path} />
      <circle class="dot" cx={last.x} cy={last.y} r={2.5} />
    </svg>
  );
}

/** A finding as a short list: the mistake, what the log shows, what to do (and every step). */
export function FindingItem(props: { finding: Finding }) {
  const f = props.finding;
  return (
    <li data-testid="finding" data-mistake={f.mistake}>
      <div class="title">
        {f.mistake > 5 ? 'Check' : 'Mistake'} {f.mistake}: {f.title}
      </div>
      <dl>
        <dt>What the log shows</dt>
        <dd data-testid="finding-evidence">{f.evidence}</dd>
        <dt>What to do</dt>
        <dd data-testid="finding-advice">{f.advice}</dd>
      </dl>
      {f.steps && f.steps.length > 0 ? (
        <ul class="steps" data-testid="finding-steps">
          {f.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The athlete's program audit: the findings as a list, or the one line saying why there are none. */
export function AuditList(props: { athlete: Pick<SidebarAthlete, 'audit' | 'auditNote'> }) {
  const { athlete } = props;
  return athlete.audit.length === 0 ? (
    <p class="ok-line" data-testid="audit-clear">
      {athlete.auditNote}
    </p>
  ) : (
    <ul class="findings" data-testid="findings">
      {athlete.audit.map((f) => (
        <FindingItem key={`${f.mistake}-${f.title}`} finding={f} />
      ))}
    </ul>
  );
}

/** One attention item: what is wrong (a button to its details when given one), then what to do. */
export function AttentionLine(props: {
  item: AttentionItemView;
  showAthlete: boolean;
  onOpen?: (item: AttentionItemView) => void;
}) {
  const { item, onOpen } = props;
  const what = (
    <>
      {props.showAthlete && item.athlete !== null ? (
        <strong class="who">{item.athlete}</strong>
      ) : null}
      <span class="what">{item.problem}</span>
    </>
  );
  return (
    <li
      class={`attention-item kind-${item.kind}`}
      data-testid="attention-item"
      data-kind={item.kind}
    >
      {onOpen ? (
        <button
          type="button"
          class="link attention-open"
          data-testid="attention-open"
          onClick={() => onOpen(item)}
        >
          {what}
        </button>
      ) : (
        <div>{what}</div>
      )}
      <div class="muted todo" title={item.action}>
        {item.action}
      </div>
    </li>
  );
}

export interface AthleteCardProps {
  readonly athlete: SidebarAthlete;
  readonly index: number;
  /** The athlete's attention items, most urgent first. */
  readonly items: readonly AttentionItemView[];
  readonly open: boolean;
  readonly onToggle?: (name: string, open: boolean) => void;
}

export function AthleteCard(props: AthleteCardProps) {
  const { athlete, index, items, open } = props;
  const headingId = `athlete-${index}-name`;
  const first = items[0];
  return (
    <details
      class={`card${items.length > 0 ? ' needs' : ''}`}
      data-testid="athlete-card"
      data-athlete={athlete.name}
      aria-labelledby={headingId}
      open={open}
      onToggle={(e) => props.onToggle?.(athlete.name, (e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="card-head" data-testid="athlete-toggle">
        <h3 id={headingId}>{athlete.name}</h3>
        {items.length > 0 ? (
          <span class="pill warn" data-testid="attention-count" title="Things to act on">
            {items.length}
          </span>
        ) : (
          <span class="pill" data-testid="attention-none" title="Nothing to act on">
            ✓
          </span>
        )}
        <span class="card-line muted" data-testid="card-line">
          {first ? first.problem : 'Nothing to act on'}
        </span>
      </summary>
      {open ? <CardBody {...props} /> : null}
    </details>
  );
}

function CardBody(props: AthleteCardProps) {
  const { athlete, items } = props;
  const view = athleteCardView(athlete);
  return (
    <div class="card-body">
      <p class="muted">{view.subtitle}</p>
      {athlete.tabs.length > 0 ? (
        <p class="muted" data-testid="athlete-tabs">
          {athlete.tabs.length === 1 ? 'Log tab' : 'Log tabs'}:{' '}
          {athlete.tabs.map((t) => `“${t}”`).join(', ')}
        </p>
      ) : null}
      {view.phase ? (
        <p class="muted" data-testid="athlete-phase">
          {view.phase}
        </p>
      ) : null}
      {view.block ? (
        <p class="muted" data-testid="athlete-block">
          {view.block}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul class="attention card-attention" data-testid="card-attention">
          {items.map((item) => (
            <AttentionLine key={item.key} item={item} showAthlete={false} />
          ))}
        </ul>
      ) : null}
      {view.allReached ? (
        <p class="pill" data-testid="all-reached" title="Every key lift has reached its target">
          Strong enough
        </p>
      ) : null}
      <h4 data-link="lift">Key lifts</h4>
      {view.keyLifts.length === 0 && view.otherKeyLifts.length === 0 ? (
        <p class="muted">No key lift logged yet (a squat, hinge or lunge with load).</p>
      ) : null}
      {view.keyLifts.map((lift, i) => (
        <KeyLift
          key={lift.exercise}
          lift={lift}
          summary={view.keyLiftSummaries[i] as SidebarLift}
        />
      ))}
      {view.otherKeyLifts.length > 0 ? (
        <ul class="other-key" data-testid="other-key-lifts">
          {view.otherKeyLifts.map((l) => (
            <li
              key={l.exercise}
              class={l.stale ? 'is-stale' : undefined}
              data-exercise={l.exercise}
            >
              <strong>{l.exercise}</strong> {l.text}
            </li>
          ))}
        </ul>
      ) : null}
      {view.stale.length > 0 ? (
        <ul class="stale" data-testid="stale-list">
          {view.stale.map((s) => (
            <li key={s.exercise}>
              <strong>{s.exercise}</strong>: {s.text}
            </li>
          ))}
        </ul>
      ) : null}
      {view.otherStale ? (
        <p class="muted" data-testid="other-stale">
          {view.otherStale}
        </p>
      ) : null}
      <h4 data-link="audit">Program audit</h4>
      <AuditList athlete={athlete} />
    </div>
  );
}
