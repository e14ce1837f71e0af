/**
 * Charts in the preview: the emulator's recorded charts read as Sheets reads a chart range, and
 * drawn as a plain SVG line chart with every text escaped.
 */
import { createEmulator } from '../../scripts/emulator/emulator';
import { type ChartJson, sheetCharts } from '../../scripts/preview/charts';
import { chartSvg } from '../../scripts/preview/client/chart-svg';
import { sheetGrid } from '../../scripts/preview/grid';

function workbookWithChart() {
  const emu = createEmulator({ timeZone: 'Europe/London', now: new Date('2026-11-20T12:00:00Z') });
  emu.load();
  const sheet = emu.spreadsheet.insertSheet('Board');
  sheet.getRange('A1:C4').setValues([
    ['Day', 'Front squat', '<b>Trap</b> & bar'],
    ['2026-08-17', 0.72, ''],
    ['2026-08-20', '', 1.13],
    ['2026-08-24', 0.74, 1.15],
  ]);
  const chart = sheet
    .newChart()
    .setChartType('LINE' as unknown as GoogleAppsScript.Charts.ChartType)
    .addRange(sheet.getRange('A1:C4'))
    .setPosition(6, 2, 10, 5)
    .setOption('title', 'Maya <script>: ratio')
    .build();
  sheet.insertChart(chart);
  return emu;
}

describe('reading a chart range', () => {
  test('first column the x labels as displayed, first row the series names, blanks null', () => {
    const emu = workbookWithChart();
    const [chart, ...more] = sheetCharts(emu, 'Board');
    expect(more).toHaveLength(0);
    expect(chart).toMatchObject({
      type: 'LINE',
      title: 'Maya <script>: ratio',
      row: 6,
      column: 2,
      offsetX: 10,
      offsetY: 5,
      width: 600,
      height: 371,
      labels: ['2026-08-17', '2026-08-20', '2026-08-24'],
      series: [
        { name: 'Front squat', values: [0.72, null, 0.74] },
        { name: '<b>Trap</b> & bar', values: [null, 1.13, 1.15] },
      ],
    });
  });

  test('the grid carries the charts; a sheet without charts has none', () => {
    const emu = workbookWithChart();
    expect(sheetGrid(emu, 'Board').charts).toHaveLength(1);
    expect(sheetCharts(emu, 'Board')[0]?.series).toHaveLength(2);
    const first = emu.workbook.sheets[0]!.name;
    expect(sheetGrid(emu, first).charts).toEqual([]);
    expect(sheetCharts(emu, 'No such sheet')).toEqual([]);
  });

  test('a range on another sheet is read from that sheet, with each series its options', () => {
    const emu = workbookWithChart();
    const board = emu.spreadsheet.getSheetByName('Board') as GoogleAppsScript.Spreadsheet.Sheet;
    const data = emu.spreadsheet.insertSheet('Data');
    data.getRange('A1:C3').setValues([
      ['Day', 'Sessions', 'Target'],
      ['2026-08-17', 0.9, 1],
      ['2026-08-20', 0.95, 1],
    ]);
    board.insertChart(
      board
        .newChart()
        .setChartType('LINE' as unknown as GoogleAppsScript.Charts.ChartType)
        .addRange(data.getRange('A1:C3'))
        .setPosition(1, 1, 0, 0)
        .setOption('series', {
          0: { color: '#0072B2', pointSize: 6, lineWidth: 0 },
          1: { color: '#0072B2', lineDashStyle: [6, 4] },
        })
        .setOption('vAxis', { ticks: [0.75, 1, 1.25] })
        .build(),
    );
    const chart = sheetCharts(emu, 'Board')[1];
    expect(chart?.labels).toEqual(['2026-08-17', '2026-08-20']);
    expect(chart?.ticks).toEqual([0.75, 1, 1.25]);
    expect(chart?.series).toEqual([
      {
        name: 'Sessions',
        values: [0.9, 0.95],
        color: '#0072B2',
        pointSize: 6,
        lineWidth: 0,
        dash: null,
      },
      {
        name: 'Target',
        values: [1, 1],
        color: '#0072B2',
        pointSize: 0,
        lineWidth: 2,
        dash: [6, 4],
      },
    ]);
    const svg = chartSvg(chart as ChartJson);
    // Dots for the sessions (no line), a dashed line for the target, gridlines at the ticks.
    expect(svg.match(/<circle data-series="Sessions"/g)).toHaveLength(2);
    expect(svg).not.toContain('<polyline data-series="Sessions"');
    expect(svg).toMatch(/<polyline data-series="Target"[^>]*stroke-dasharray="6 4"/);
    expect(
      (svg.match(/class="chart-tick"[^>]*>([^<]*)</g) ?? []).map((t) =>
        t.split('>')[1]?.replace('<', ''),
      ),
    ).toEqual(['0.75', '1', '1.25']);
  });
});

const plain = { color: null, pointSize: 0, lineWidth: 2, dash: null };

describe('drawing a chart', () => {
  const chart: ChartJson = {
    id: 1,
    type: 'LINE',
    title: 'Maya <script>alert(1)</script> & co',
    row: 1,
    column: 1,
    offsetX: 0,
    offsetY: 0,
    width: 600,
    height: 371,
    labels: ['2026-08-17', '2026-08-20', '2026-08-24'],
    series: [
      { name: 'Front "squat"', values: [0.72, null, 0.74], ...plain },
      { name: 'Empty', values: [null, null, null], ...plain },
    ],
    ticks: null,
  };

  test('one polyline per series with values, through its points only', () => {
    const svg = chartSvg(chart);
    const lines = svg.match(/<polyline [^>]*>/g) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]!.match(/points="([^"]*)"/)?.[1]?.split(' ')).toHaveLength(2);
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('width="600" height="371"');
  });

  test('title, series names and labels are text, escaped', () => {
    const svg = chartSvg(chart);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Maya &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).toContain('Front &quot;squat&quot;');
    expect(svg).toContain('>Empty</text>');
    expect(svg).toContain('>2026-08-17</text>');
    expect(svg).toContain('>2026-08-24</text>');
  });

  test('a higher value sits higher on the chart', () => {
    const svg = chartSvg({
      ...chart,
      series: [{ name: 'Up', values: [1, 2, 3], ...plain }],
    });
    const ys = (svg.match(/points="([^"]*)"/)?.[1] ?? '')
      .split(' ')
      .map((p) => Number(p.split(',')[1]));
    expect(ys).toHaveLength(3);
    expect(ys[0]!).toBeGreaterThan(ys[1]!);
    expect(ys[1]!).toBeGreaterThan(ys[2]!);
  });
});
