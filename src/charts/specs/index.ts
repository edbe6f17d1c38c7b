/**
 * The charts of /chi-tieu/, one definition per module: to change a chart's
 * title, caption, table or colour classes, edit its module here.
 */
import {progressChart} from './progress';
import {targetsChart} from './targetsByUnit';
import {tileMapChart} from './tileMap';
import {timelineChart} from './timeline';
import type {ChartData, ChartInput} from './types';

export * from './types';

/**
 * The charts in page order. Before any recognition is recorded the progress
 * chart would only repeat the targets with "chưa có số liệu" on every row:
 * /chi-tieu/ says it once instead, and the chart (page, SVG file) appears
 * with the first decision.
 */
export function buildCharts(input: ChartInput): ChartData[] {
  return input.provinceAchieved === null
    ? [targetsChart(input), timelineChart(input), tileMapChart(input)]
    : [targetsChart(input), progressChart(input), timelineChart(input), tileMapChart(input)];
}
