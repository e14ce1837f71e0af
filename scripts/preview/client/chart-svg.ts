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
function yRange(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low >= 0 && low < high * 0.5) low = 0;
  if (high === low) {
    high += 1;
    low = Math.max(0, low - 1);
  }
  return [low, high];
}

export function chartSvg(chart: ChartJson): string {
  const { width, height } = chart;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const [low, high] = yRange(all);
  const count = chart.labels.length;
  const x = (i: number) => PAD.left + (count <= 1 ? plotW / 2 : (i * plotW) / (count - 1));
  const y = (v: number) => PAD.top + plotH - ((v - low) * plotH) / (high - low);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(chart.title || 'Chart')}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fff" stroke="#dadce0"/>`,
    `<text class="chart-title" x="${PAD.left}" y="22" font-size="14" fill="#202124">${escapeXml(chart.title)}</text>`,
  ];
  // Axes and gridlines at the bounds and the middle.
  for (const v of [low, (low + high) / 2, high]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${width - PAD.right}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="#e8eaed"/>`,
      `<text x="${PAD.left - 6}" y="${round(y(v) + 4)}" font-size="11" fill="#5f6368" text-anchor="end">${escapeXml(String(Math.round(v * 100) / 100))}</text>`,
    );
  }
  const first = chart.labels[0];
  const last = chart.labels[count - 1];
  const axisY = PAD.top + plotH + 16;
  if (first !== undefined)
    parts.push(
      `<text x="${PAD.left}" y="${axisY}" font-size="11" fill="#5f6368">${escapeXml(first)}</text>`,
    );
  if (last !== undefined && count > 1)
    parts.push(
      `<text x="${width - PAD.right}" y="${axisY}" font-size="11" fill="#5f6368" text-anchor="end">${escapeXml(last)}</text>`,
    );
  // A series is drawn through the days it has a value: blank days are days the lift was not trained.
  chart.series.forEach((series, i) => {
    const color = COLORS[i % COLORS.length] ?? '#4285f4';
    const points = series.values
      .map((v, j) => (v === null ? null : `${round(x(j))},${round(y(v))}`))
      .filter((p): p is string => p !== null);
    if (points.length > 0) {
      parts.push(
        `<polyline data-series="${escapeXml(series.name)}" points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`,
      );
    }
    const legendX = PAD.left + i * 160;
    parts.push(
      `<rect x="${legendX}" y="${height - 16}" width="10" height="10" fill="${color}"/>`,
      `<text class="chart-series" x="${legendX + 14}" y="${height - 7}" font-size="11" fill="#202124">${escapeXml(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
