/**
 * A sheet's embedded charts as the preview draws them: each chart's recorded anchor and options, and
 * its data read the way Sheets reads a chart range (first column the x axis, first row the series
 * names, each further column a series). Drawing is the page's job (client/chart-svg.ts).
 */
import { columnLetters } from '../emulator/a1';
import type { Emulator } from '../emulator/emulator';

/** Sheets' default size for a new embedded chart, in pixels. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;

export interface ChartSeries {
  readonly name: string;
  /** One per x label; null where the cell is blank or not a number. */
  readonly values: (number | null)[];
  /** From the chart's `series` option (Google Charts): colour, dots, line width, dashes. */
  readonly color: string | null;
  readonly pointSize: number;
  readonly lineWidth: number;
  readonly dash: readonly number[] | null;
}

export interface ChartJson {
  readonly id: number;
  /** "LINE"; other types are drawn as lines too, with the type named in the title. */
  readonly type: string;
  readonly title: string;
  /** 1-based anchor cell and pixel offsets, as setPosition recorded them. */
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  /** The x axis labels, as the cells display them. */
  readonly labels: string[];
  readonly series: ChartSeries[];
  /** The y axis ticks the chart asks for (`vAxis.ticks`), or null for the preview's own. */
  readonly ticks: number[] | null;
}

const numberOption = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function seriesStyle(
  options: Record<string, unknown>,
  index: number,
): Omit<ChartSeries, 'name' | 'values'> {
  const own = record(record(options.series)[index]);
  const size = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
  const dash = Array.isArray(own.lineDashStyle)
    ? own.lineDashStyle.filter((n): n is number => typeof n === 'number')
    : null;
  return {
    color: typeof own.color === 'string' ? own.color : null,
    pointSize: size(own.pointSize, 0),
    lineWidth: size(own.lineWidth, 2),
    dash: dash && dash.length > 0 ? dash : null,
  };
}

export function sheetCharts(emulator: Emulator, sheetName: string): ChartJson[] {
  const sheet = emulator.workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return [];
  return sheet.charts.map((chart): ChartJson => {
    const labels: string[] = [];
    const series: ChartSeries[] = [];
    // Several ranges are read as Sheets joins them: each range's columns after its first are series.
    // A range may be on another sheet (the dashboard's chart data sheet).
    chart.ranges.forEach((range, index) => {
      const dataSheet =
        emulator.workbook.sheets.find((s) => s.id === range.sheetId)?.name ?? sheetName;
      const lastColumn = range.column + range.numColumns - 1;
      const shown = emulator.render(dataSheet, {
        firstRow: range.row,
        numRows: range.numRows,
        numColumns: lastColumn,
      });
      const cells = shown.rows.map((line) => line.slice(range.column - 1, lastColumn));
      const body = cells.slice(1);
      const quoted = `'${dataSheet.replace(/'/g, "''")}'`;
      if (index === 0) for (const line of body) labels.push(line[0]?.display ?? '');
      for (let c = 1; c < range.numColumns; c++) {
        series.push({
          ...seriesStyle(chart.options as Record<string, unknown>, series.length),
          name: cells[0]?.[c]?.display ?? `Series ${series.length + 1}`,
          values: body.map((_, r) => {
            const v = emulator.get(
              `${quoted}!${columnLetters(range.column + c)}${range.row + 1 + r}`,
            );
            return typeof v === 'number' && Number.isFinite(v) ? v : null;
          }),
        });
      }
    });
    const title = typeof chart.options.title === 'string' ? chart.options.title : '';
    const asked = record(chart.options.vAxis).ticks;
    const ticks = Array.isArray(asked)
      ? asked.filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
      : [];
    return {
      id: chart.id,
      type: chart.chartType,
      title,
      row: chart.position.row,
      column: chart.position.column,
      offsetX: chart.position.offsetX,
      offsetY: chart.position.offsetY,
      width: numberOption(chart.options.width, CHART_WIDTH),
      height: numberOption(chart.options.height, CHART_HEIGHT),
      labels,
      series,
      ticks: ticks.length > 1 ? ticks : null,
    };
  });
}
