/**
 * Geometry of the small ratio-over-time chart on an athlete card: pure numbers and SVG path text,
 * so it is tested without a browser. x is by calendar day (gaps in training show as gaps), y is the
 * ratio; the target is a dashed line when there is one.
 */
import type { RatioPoint } from '../core/model';
import { dayNumber } from './format';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly pad: number;
}

export const CHART_BOX: ChartBox = { width: 260, height: 44, pad: 5 };

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly day: string;
  readonly ratio: number;
}

export interface ChartGeometry {
  readonly points: readonly ChartPoint[];
  /** "M x y L x y …" through the points; "" when there are none. */
  readonly path: string;
  /** y of the target line, or null when there is no target. */
  readonly targetY: number | null;
  readonly min: number;
  readonly max: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(
  history: readonly RatioPoint[],
  target: number | null,
  box: ChartBox = CHART_BOX,
): ChartGeometry {
  const usable = history
    .map((p) => ({ day: p.day, ratio: p.ratio, n: dayNumber(p.day) }))
    .filter((p) => Number.isFinite(p.ratio));
  if (usable.length === 0) return { points: [], path: '', targetY: null, min: 0, max: 0 };

  const values = usable.map((p) => p.ratio);
  if (target !== null && Number.isFinite(target)) values.push(target);
  let min = Math.min(...values);
  let max = Math.max(...values);
  // A flat line sits in the middle rather than on an edge; a little headroom keeps dots visible.
  const span = max - min || Math.max(Math.abs(max) * 0.2, 0.1);
  min -= span * 0.1;
  max += span * 0.1;

  const days = usable.map((p, i) => p.n ?? i);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  const xOf = (d: number, i: number) =>
    last === first
      ? usable.length === 1
        ? box.width / 2
        : box.pad + (innerW * i) / (usable.length - 1)
      : box.pad + (innerW * (d - first)) / (last - first);
  const yOf = (r: number) => box.pad + innerH * (1 - (r - min) / (max - min));

  const points = usable.map((p, i) => ({
    x: round1(xOf(days[i] as number, i)),
    y: round1(yOf(p.ratio)),
    day: p.day,
    ratio: p.ratio,
  }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const targetY = target !== null && Number.isFinite(target) ? round1(yOf(target)) : null;
  return { points, path, targetY, min, max };
}
