/**
 * Horizontal stacked bars, one row per item, sorted by total (largest
 * first; ties keep the input order). Every segment wide enough carries its
 * value, every bar its total, so the chart reads without colour.
 */
import {descending, max, sum} from 'd3-array';
import {scaleLinear} from 'd3-scale';
import {formatNumber} from '../format';
import {estimateTextWidth, round2} from './geometry';
import type {Swatch} from './palette';

export interface StackSeries {
  key: string;
  label: string;
  swatch: Swatch;
}

export interface StackedBarDatum {
  id: string;
  label: string;
  /** One value per series, in series order. */
  values: readonly number[];
}

export interface StackedBarsOptions {
  width: number;
  /** Height of one row (bar plus gap). */
  rowHeight?: number;
  barHeight?: number;
  /** Space for the row labels on the left. */
  labelWidth?: number;
  fontSize?: number;
}

export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  fill?: string;
}

export interface StackedSegment {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  value: number;
  /** The value written inside the segment, when it fits. */
  label: TextMark | null;
}

export interface StackedRow {
  id: string;
  label: TextMark;
  total: TextMark;
  segments: StackedSegment[];
}

export interface LegendItem {
  x: number;
  y: number;
  size: number;
  fill: string;
  stroke?: string;
  shape?: 'square' | 'circle' | 'hollow-circle';
  /** SVG stroke-dasharray of the swatch's outline. */
  dash?: string;
  label: TextMark;
}

export interface Tick {
  x: number;
  label: string;
}

export interface StackedBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: {left: number; right: number; top: number; bottom: number};
  legend: LegendItem[];
  ticks: Tick[];
  rows: StackedRow[];
}

const LEGEND_HEIGHT = 24;
const AXIS_HEIGHT = 22;

export function layoutStackedBars(
  data: readonly StackedBarDatum[],
  series: readonly StackSeries[],
  {width, rowHeight = 22, barHeight = 16, labelWidth = 100, fontSize = 12}: StackedBarsOptions,
): StackedBarsLayout {
  const totals = new Map(data.map((d) => [d.id, sum(d.values)]));
  const sorted = [...data].sort((a, b) => descending(totals.get(a.id), totals.get(b.id)));
  const maxTotal = max(sorted, (d) => totals.get(d.id)) ?? 0;
  const totalSpace = estimateTextWidth(formatNumber(maxTotal), fontSize) + 8;
  const x = scaleLinear()
    .domain([0, Math.max(1, maxTotal)])
    .range([labelWidth, width - totalSpace])
    .nice();
  const top = LEGEND_HEIGHT;
  const bottom = top + sorted.length * rowHeight;
  const baseline = (yCenter: number) => round2(yCenter + fontSize * 0.35);

  const rows = sorted.map((d, i): StackedRow => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    const yCenter = y + barHeight / 2;
    let acc = 0;
    const segments = d.values.map((value, k): StackedSegment => {
      const s = series[k]!;
      const x0 = x(acc);
      acc += value;
      const w = x(acc) - x0;
      const fits = value > 0 && w >= estimateTextWidth(formatNumber(value), fontSize) + 4;
      return {
        key: s.key,
        x: round2(x0),
        y: round2(y),
        width: round2(w),
        height: barHeight,
        fill: s.swatch.fill,
        value,
        label: fits ? {x: round2(x0 + w / 2), y: baseline(yCenter), text: formatNumber(value), anchor: 'middle', fill: s.swatch.text} : null,
      };
    });
    return {
      id: d.id,
      label: {x: labelWidth - 6, y: baseline(yCenter), text: d.label, anchor: 'end'},
      total: {x: round2(x(acc) + 4), y: baseline(yCenter), text: formatNumber(acc), anchor: 'start'},
      segments: segments.filter((s) => s.value > 0),
    };
  });

  let legendX = labelWidth;
  const legend = series.map((s): LegendItem => {
    const item: LegendItem = {
      x: legendX,
      y: 5,
      size: 12,
      fill: s.swatch.fill,
      label: {x: legendX + 16, y: 15, text: s.label, anchor: 'start'},
    };
    legendX += 16 + estimateTextWidth(s.label, fontSize) + 12;
    return item;
  });

  return {
    width,
    height: bottom + AXIS_HEIGHT,
    fontSize,
    plot: {left: labelWidth, right: round2(x.range()[1]!), top, bottom},
    legend,
    ticks: x.ticks(5).map((t) => ({x: round2(x(t)), label: formatNumber(t)})),
    rows,
  };
}
