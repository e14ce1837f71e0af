/**
 * The athlete card is a pure function of its summary, so it is rendered here to a vnode tree
 * (no browser) and walked: sheet texts must arrive as text children, never as markup.
 */
import type { ComponentChild, VNode } from 'preact';
import type { AthleteSummary } from '../../src/core/model';
import { AthleteCard, type AttentionItemView } from '../../src/sidebar/AthleteCard';
import { athlete, lift, sidebarAthlete } from './fixtures';

interface Rendered {
  texts: string[];
  attributes: Record<string, unknown>[];
  elements: string[];
}

/** Expands function components by calling them (the card's parts are hook-free). */
function walk(node: ComponentChild, out: Rendered = { texts: [], attributes: [], elements: [] }) {
  if (node === null || node === undefined || typeof node === 'boolean') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.texts.push(String(node));
    return out;
  }
  if (Array.isArray(node)) {
    for (const child of node) walk(child, out);
    return out;
  }
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') {
    walk((vnode.type as (p: unknown) => ComponentChild)(vnode.props), out);
    return out;
  }
  if (typeof vnode.type === 'string') out.elements.push(vnode.type);
  const { children, ...rest } = vnode.props ?? {};
  out.attributes.push(rest);
  walk(children as ComponentChild, out);
  return out;
}

const hostile = '<img src=x onerror=alert(1)>';
const toSidebar = (a: AthleteSummary) => sidebarAthlete(a);
const card = (a = athlete({ name: hostile }), items: AttentionItemView[] = [], open = true) =>
  walk(<AthleteCard athlete={toSidebar(a)} index={0} items={items} open={open} />);

describe('AthleteCard rendering', () => {
  const a = athlete({
    name: hostile,
    lifts: [
      lift({
        exercise: '<b>Front squat</b>',
        ratio: 1.02,
        target: 1,
        targetReached: true,
        history: [
          { day: '2026-01-01', ratio: 0.9 },
          { day: '2026-02-01', ratio: 1.02 },
        ],
      }),
      lift({
        exercise: 'Back squat"><script>x()</script>',
        ratio: 1,
        target: 1.25,
        key: true,
        stale: true,
        sessionsSinceBest: 4,
        lastNewBest: '2026-02-10',
      }),
    ],
    audit: [
      {
        mistake: 2,
        title: 'Training like a powerlifter',
        evidence: '<i>9 of 12</i> sets',
        advice: 'Swap to a <u>trap bar</u>',
      },
    ],
  });
  const out = card(a);

  it('shows every sheet text literally, as text children', () => {
    for (const text of [
      hostile,
      '<b>Front squat</b>',
      '<i>9 of 12</i> sets',
      'Swap to a <u>trap bar</u>',
    ]) {
      expect(out.texts).toContain(text);
    }
    expect(out.texts).toContain('Back squat"><script>x()</script>');
  });

  it('never sets HTML from data, and creates no element the data names', () => {
    expect(out.attributes.some((p) => 'dangerouslySetInnerHTML' in p)).toBe(false);
    expect(out.elements).not.toContain('img');
    expect(out.elements).not.toContain('script');
    expect(out.elements).not.toContain('b');
  });

  it('labels the card with the athlete heading and marks reached, stale and findings', () => {
    const article = out.attributes.find((p) => p['data-testid'] === 'athlete-card');
    expect(article).toMatchObject({ 'data-athlete': hostile, 'aria-labelledby': 'athlete-0-name' });
    const testIds = out.attributes.map((p) => p['data-testid']);
    expect(testIds.filter((t) => t === 'key-lift')).toHaveLength(2);
    expect(testIds.filter((t) => t === 'reached-mark')).toHaveLength(1);
    expect(testIds.filter((t) => t === 'ratio-chart')).toHaveLength(1);
    expect(testIds).toContain('stale-list');
    expect(testIds.filter((t) => t === 'finding')).toHaveLength(1);
    expect(testIds).not.toContain('audit-clear');
    expect(out.texts.join('')).toContain('no new best in 4 sessions since 10 Feb 2026');
  });

  it('gives each progress bar its value and an accessible name', () => {
    const bars = out.attributes.filter((p) => p.role === 'progressbar');
    expect(bars.map((b) => b['aria-valuenow'])).toEqual([100, 80]);
    expect(bars[1]?.['aria-label']).toMatch(/80% of the 1\.25× target/);
  });

  it('says there is nothing to fix when the audit found nothing', () => {
    // The analysis says why the audit is empty (auditNote); the card shows that line as given.
    const clear = card(athlete({ name: 'Ana', auditNote: 'Nothing to fix in the last 28 days.' }));
    expect(clear.attributes.map((p) => p['data-testid'])).toContain('audit-clear');
    expect(clear.texts.join('')).toContain('Nothing to fix in the last 28 days.');
    expect(clear.texts.join('')).toContain('No key lift logged yet');
  });

  it('is one line when collapsed: the name and its most urgent item, no details rendered', () => {
    const item: AttentionItemView = {
      rank: 1,
      athlete: 'Ana',
      kind: 'stale',
      score: 60,
      problem: '<b>Goblet squat</b> stale: 5 sessions without a new best',
      action: 'Change one thing.',
      link: { athlete: 'Ana', section: 'lift', exercise: 'Goblet squat' },
      key: 'Ana|stale|Goblet squat',
    };
    const closed = card(athlete({ name: 'Ana', audit: a.audit }), [item], false);
    const ids = closed.attributes.map((p) => p['data-testid']);
    expect(ids).toContain('attention-count');
    expect(ids).not.toContain('findings');
    expect(ids).not.toContain('key-lift');
    expect(closed.texts).toContain('<b>Goblet squat</b> stale: 5 sessions without a new best');
    expect(closed.texts).toContain('1');
    const open = card(athlete({ name: 'Ana', audit: a.audit }), [item], true);
    const openIds = open.attributes.map((p) => p['data-testid']);
    expect(openIds).toContain('card-attention');
    expect(openIds).toContain('findings');
    expect(open.texts).toContain('Change one thing.');
  });

  it('lists a finding as mistake, what the log shows and what to do, with every step', () => {
    const out = card(
      athlete({
        name: 'Ana',
        audit: [
          {
            mistake: 5,
            title: 'Not connecting gym work to running',
            evidence: 'No jumps.',
            advice: 'Pair: Front squat → Squat jump and 2 more.',
            steps: ['Front squat → Squat jump', 'Step-up → Bounding', 'Split squat → Split jump'],
          },
        ],
      }),
    );
    expect(out.texts).toEqual(
      expect.arrayContaining([
        'What the log shows',
        'No jumps.',
        'What to do',
        'Step-up → Bounding',
        'Split squat → Split jump',
      ]),
    );
  });
});

describe('phase and block on the card', () => {
  it('shows the phase with its goal race, and the block after a long break', () => {
    const rendered = card(
      athlete({
        name: 'Ann',
        phase: {
          phase: 'taper',
          from: '2026-05-20',
          to: '2026-05-31',
          goalRace: { name: hostile, date: '2026-06-01', daysAway: 3 },
        },
        block: { number: 2, start: '2026-03-02', previousEnd: '2025-11-01', breakWeeks: 17 },
      }),
    );
    expect(rendered.texts).toContain(
      `Phase: taper since 2026-05-20 to 2026-05-31, ${hostile} in 3 days (2026-06-01)`,
    );
    expect(rendered.texts).toContain(
      'Block 2 since 2026-03-02, after a 17-week break (last session before it 2025-11-01); bests and stale runs count from then',
    );
  });

  it('shows neither without a season plan or a break', () => {
    const rendered = card(athlete({ name: 'Ann' }));
    expect(rendered.texts.some((t) => t.startsWith('Phase:') || t.startsWith('Block'))).toBe(false);
  });
});
