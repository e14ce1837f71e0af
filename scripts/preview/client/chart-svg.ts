/**
 * One embedded chart as a small inline SVG line chart: title, y axis from 0 (or the data's low) to
 * its high, first and last x labels, and a legend of series names. Every text is escaped: titles
 * and series names come from the coach's cells. Plain on purpose: the preview only has to show the
 * chart is there and has the right shape, not match Sheets' styling.
 */
import type { ChartJson } from '../charts';

const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
const PAD = { left: 44, right: 16, top: 36, bottom: 46 };

export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** Tidy y-axis bounds: 0 when the data is all positive and near it, else the data's own range. */
function yRange(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (low >= 0 && low < high * 0.5) low = 0;
  if (high === low) {
    high += 1;
    low = Math.max(0, low - 1);
  }
  return [low, high];
}

/** Legend entries laid out in rows across the top, as Sheets does with `legend.position: top`. */
function legendRows(names: readonly string[], width: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = PAD.left;
  let row = 0;
  for (const name of names) {
    const w = 22 + name.length * 6.2;
    if (x > PAD.left && x + w > width - PAD.right) {
      x = PAD.left;
      row++;
    }
    out.push({ x, row });
    x += w + 12;
  }
  return out;
}

export function chartSvg(chart: ChartJson): string {
  const { width, height } = chart;
  const legend = legendRows(
    chart.series.map((s) => s.name),
    width,
  );
  const legendLines = legend.length === 0 ? 0 : (legend[legend.length - 1]?.row ?? 0) + 1;
  // The legend's rows sit under the title, the plot under them.
  const LEGEND_TOP = 44;
  const top = PAD.top + 8 + legendLines * 16;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - top - PAD.bottom;
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = chart.ticks;
  const [low, high] =
    ticks !== null ? [ticks[0] as number, ticks[ticks.length - 1] as number] : yRange(all);
  const count = chart.labels.length;
  const x = (i: number) => PAD.left + (count <= 1 ? plotW / 2 : (i * plotW) / (count - 1));
  const y = (v: number) => top + plotH - ((v - low) * plotH) / (high - low);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(chart.title || 'Chart')}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fff" stroke="#dadce0"/>`,
    `<text class="chart-title" x="${PAD.left}" y="22" font-size="14" fill="#202124">${escapeXml(chart.title)}</text>`,
  ];
  // Gridlines at the chart's own ticks, or at the bounds and the middle.
  for (const v of ticks ?? [low, (low + high) / 2, high]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${width - PAD.right}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="#e8eaed"/>`,
      `<text class="chart-tick" x="${PAD.left - 6}" y="${round(y(v) + 4)}" font-size="11" fill="#5f6368" text-anchor="end">${escapeXml(String(Math.round(v * 100) / 100))}</text>`,
    );
  }
  const first = chart.labels[0];
  const last = chart.labels[count - 1];
  const axisY = top + plotH + 16;
  if (first !== undefined)
    parts.push(
      `<text x="${PAD.left}" y="${axisY}" font-size="11" fill="#5f6368">${escapeXml(first)}</text>`,
    );
  if (last !== undefined && count > 1)
    parts.push(
      `<text x="${width - PAD.right}" y="${axisY}" font-size="11" fill="#5f6368" text-anchor="end">${escapeXml(last)}</text>`,
    );
  // A series is drawn through the days it has a value: blank days are days the lift was not trained.
  // Its style follows the chart's options: dots (pointSize), a line (lineWidth), dashes.
  chart.series.forEach((series, i) => {
    const color = series.color ?? COLORS[i % COLORS.length] ?? '#4285f4';
    const name = escapeXml(series.name);
    const coords = series.values
      .map((v, j) => (v === null ? null : ([x(j), y(v)] as const)))
      .filter((p): p is readonly [number, number] => p !== null);
    const dash = series.dash ? ` stroke-dasharray="${series.dash.join(' ')}"` : '';
    if (coords.length > 0 && series.lineWidth > 0) {
      const points = coords.map(([px, py]) => `${round(px)},${round(py)}`).join(' ');
      parts.push(
        `<polyline data-series="${name}" points="${points}" fill="none" stroke="${color}" stroke-width="${series.lineWidth}"${dash}/>`,
      );
    }
    if (series.pointSize > 0) {
      for (const [px, py] of coords) {
        parts.push(
          `<circle data-series="${name}" cx="${round(px)}" cy="${round(py)}" r="${series.pointSize / 2}" fill="${color}"/>`,
        );
      }
    }
    const at = legend[i] ?? { x: PAD.left, row: 0 };
    const ly = LEGEND_TOP + at.row * 16;
    const mark =
      series.lineWidth > 0
        ? `<line x1="${at.x}" x2="${at.x + 16}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/>`
        : `<circle cx="${at.x + 8}" cy="${ly - 4}" r="4" fill="${color}"/>`;
    parts.push(
      mark,
      `<text class="chart-series" x="${at.x + 22}" y="${ly}" font-size="11" fill="#202124">${name}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
