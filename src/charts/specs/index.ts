/**
 * The charts of /chi-tieu/, one definition per module: to change a chart's
 * title, caption, table or colour classes, edit its module here.
 */
import {progressChart} from './progress';
import {targetsChart} from './targetsByUnit';
import {tileMapChart} from './tileMap';
import {timelineChart} from './timeline';
import type {ChartData, ChartDefinition, ChartInput} from './types';

export * from './types';

/**
 * The chart definitions in page order. Before any recognition is recorded the progress
 * chart would only repeat the targets with "chưa có số liệu" on every row:
 * /chi-tieu/ says it once instead, and the chart (page, SVG file) appears
 * with the first decision.
 */
export function chartDefinitions(input: ChartInput): ChartDefinition[] {
  return input.provinceAchieved === null ? [targetsChart, timelineChart, tileMapChart] : [targetsChart, progressChart, timelineChart, tileMapChart];
}

/** The charts as the page shows them (laid out at the page's width). */
export function buildCharts(input: ChartInput): ChartData[] {
  return chartDefinitions(input).map((define) => define(input));
}
