/**
 * One athlete's card. Hook-free on purpose: it is a pure function of the summary, so tests can
 * render it to a vnode tree and check that every sheet text is shown as text.
 */
import type { AthleteSummary, Finding, LiftSummary } from '../core/model';
import { athleteCardView, type KeyLiftView, REACHED_TEXT } from './athletes';
import { CHART_BOX, chartGeometry } from './chart';
import { formatDay, formatMultiple } from './format';

export function KeyLift(props: { lift: KeyLiftView; summary: LiftSummary }) {
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
      {props.summary.history.length >= 2 ? <RatioChart lift={props.summary} /> : null}
    </div>
  );
}

export function RatioChart(props: { lift: LiftSummary }) {
  const { lift } = props;
  const g = chartGeometry(lift.history, lift.target);
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

function FindingItem(props: { finding: Finding }) {
  const f = props.finding;
  return (
    <li data-testid="finding">
      <div class="title">
        {f.mistake > 5 ? 'Check' : 'Mistake'} {f.mistake}: {f.title}
      </div>
      <div>{f.evidence}</div>
      <div class="muted">{f.advice}</div>
    </li>
  );
}

export function AthleteCard(props: { athlete: AthleteSummary; index: number }) {
  const { athlete, index } = props;
  const view = athleteCardView(athlete);
  const headingId = `athlete-${index}-name`;
  return (
    <article
      class="card"
      data-testid="athlete-card"
      data-athlete={athlete.name}
      aria-labelledby={headingId}
    >
      <div class="card-head">
        <h3 id={headingId}>{athlete.name}</h3>
        {view.allReached ? (
          <span
            class="pill"
            data-testid="all-reached"
            title="Every key lift has reached its target"
          >
            Strong enough
          </span>
        ) : null}
      </div>
      <p class="muted">{view.subtitle}</p>
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

      {view.keyLifts.length === 0 ? (
        <p class="muted">No key lift with a target logged yet.</p>
      ) : (
        view.keyLifts.map((lift, i) => (
          <KeyLift
            key={lift.exercise}
            lift={lift}
            summary={view.keyLiftSummaries[i] as LiftSummary}
          />
        ))
      )}

      {view.stale.length > 0 ? (
        <>
          <h4>Stale</h4>
          <ul class="stale" data-testid="stale-list">
            {view.stale.map((s) => (
              <li key={s.exercise}>
                <strong>{s.exercise}</strong>: {s.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h4>Program audit</h4>
      {athlete.audit.length === 0 ? (
        <p class="ok-line" data-testid="audit-clear">
          {athlete.auditNote}
        </p>
      ) : (
        <ul class="findings" data-testid="findings">
          {athlete.audit.map((f) => (
            <FindingItem key={`${f.mistake}-${f.title}`} finding={f} />
          ))}
        </ul>
      )}
    </article>
  );
}
