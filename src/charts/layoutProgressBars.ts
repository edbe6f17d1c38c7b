/**
 * Progress against target, one row per item, in the order given: a track
 * as long as the target and a bar as long as what was achieved, with the
 * figures written at the end ("3/8 · 37,5 %"), or "chưa có số liệu" when
 * nothing has been reported. Never draws 0 % for missing figures.
 */
import {max} from 'd3-array';
import {scaleLinear} from 'd3-scale';
import {formatNumber, formatPercent} from '../format';
import {estimateTextWidth, round2} from './geometry';
import type {TextMark, Tick} from './layoutStackedBars';
import {ACHIEVED, MUTED_INK, TRACK} from './palette';

export const NO_DATA_TEXT = 'chưa có số liệu';

export interface ProgressDatum {
  id: string;
  label: string;
  target: number;
  /** null: nothing reported yet. */
  achieved: number | null;
}

export interface ProgressBarsOptions {
  width: number;
  rowHeight?: number;
  barHeight?: number;
  labelWidth?: number;
  /** Space kept on the right for the figures; by default the widest figure text. */
  valueWidth?: number;
  fontSize?: number;
}

export interface ProgressRow {
  id: string;
  label: TextMark;
  track: {x: number; y: number; width: number; height: number};
  bar: {x: number; y: number; width: number; height: number} | null;
  value: TextMark;
}

export interface ProgressBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  colors: {track: string; trackStroke: string; bar: string};
  plot: {left: number; right: number; top: number; bottom: number};
  ticks: Tick[];
  rows: ProgressRow[];
}

/** "3/8 · 37,5 %", or "chưa có số liệu". */
export function describeProgress(achieved: number | null, target: number): string {
  if (achieved === null) return NO_DATA_TEXT;
  const ratio = target > 0 ? ` · ${formatPercent(achieved / target)}` : '';
  return `${formatNumber(achieved)}/${formatNumber(target)}${ratio}`;
}

export const EXCEEDED_TEXT = 'vượt chỉ tiêu';

/** "37,5 %", or "150 % (vượt chỉ tiêu)" when more than the target was achieved. */
export function describeRatio(ratio: number): string {
  return ratio > 1 ? `${formatPercent(ratio)} (${EXCEEDED_TEXT})` : formatPercent(ratio);
}

const AXIS_HEIGHT = 22;
const TOP = 4;

export function layoutProgressBars(
  data: readonly ProgressDatum[],
  {width, rowHeight = 22, barHeight = 14, labelWidth = 100, valueWidth, fontSize = 12}: ProgressBarsOptions,
): ProgressBarsLayout {
  const maxValue = max(data, (d) => Math.max(d.target, d.achieved ?? 0)) ?? 0;
  const rightSpace = valueWidth ?? (max(data, (d) => estimateTextWidth(describeProgress(d.achieved, d.target), fontSize)) ?? 0) + 6;
  const x = scaleLinear()
    .domain([0, Math.max(1, maxValue)])
    .range([labelWidth, width - rightSpace])
    .nice();
  const rows = data.map((d, i): ProgressRow => {
    const y = TOP + i * rowHeight + (rowHeight - barHeight) / 2;
    const textY = round2(y + barHeight / 2 + fontSize * 0.35);
    const trackEnd = x(d.target);
    const barEnd = d.achieved === null ? trackEnd : x(d.achieved);
    return {
      id: d.id,
      label: {x: labelWidth - 6, y: textY, text: d.label, anchor: 'end'},
      track: {x: labelWidth, y: round2(y), width: round2(trackEnd - labelWidth), height: barHeight},
      bar: d.achieved === null || d.achieved === 0 ? null : {x: labelWidth, y: round2(y + 3), width: round2(barEnd - labelWidth), height: barHeight - 6},
      value: {
        x: round2(Math.max(trackEnd, barEnd) + 4),
        y: textY,
        text: describeProgress(d.achieved, d.target),
        anchor: 'start',
        fill: d.achieved === null ? MUTED_INK : undefined,
      },
    };
  });
  const bottom = TOP + data.length * rowHeight;
  return {
    width,
    height: bottom + AXIS_HEIGHT,
    fontSize,
    colors: {track: TRACK.fill, trackStroke: TRACK.stroke, bar: ACHIEVED.fill},
    plot: {left: labelWidth, right: round2(x.range()[1]!), top: TOP, bottom},
    ticks: x.ticks(5).map((t) => ({x: round2(x(t)), label: formatNumber(t)})),
    rows,
  };
}
