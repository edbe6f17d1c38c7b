/**
 * The province's cumulative OCOP products over time: one dot per reported
 * figure (hollow when the source only says "more than N"), joined in date
 * order, with the plan's year shaded and annotated. Figures reported within
 * a few days of each other share one label giving their range, so
 * conflicting sources stay visible instead of overprinting.
 */
import {extent, max, min} from 'd3-array';
import {scaleLinear, scaleUtc} from 'd3-scale';
import {line} from 'd3-shape';
import {formatNumber} from '../format';
import {estimateTextWidth, round2} from './geometry';
import type {LegendItem, TextMark} from './layoutStackedBars';
import {GOAL_BAND, INK, PAPER} from './palette';

export interface TimelinePoint {
  id: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  value: number;
  lowerBound: boolean;
  /** A figure the data marks as doubted: drawn dashed, left out of the line. */
  doubted?: boolean;
}

export interface TimelineOptions {
  width: number;
  height: number;
  /** Year to shade as the plan's year. */
  goalYear: number;
  /** Annotation lines written above the shaded year. */
  goalLabel: readonly string[];
  fontSize?: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: {left: number; right: number; top: number; bottom: number};
  path: string;
  points: {id: string; cx: number; cy: number; r: number; fill: string; stroke: string; dash?: string}[];
  labels: TextMark[];
  xTicks: {x: number; label: string}[];
  yTicks: {y: number; label: string}[];
  goal: {x: number; width: number; y: number; height: number; fill: string; labels: TextMark[]};
  legend: LegendItem[];
}

const MARGIN = {left: 36, right: 10, top: 44, bottom: 46};
/** Stroke dash of a doubted figure's dot, on the chart and in its legend. */
export const DOUBTED_DASH = '2 1.5';
/** Points closer than this (px) share one label. */
const CLUSTER_PX = 12;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function layoutTimeline(data: readonly TimelinePoint[], {width, height, goalYear, goalLabel, fontSize = 12}: TimelineOptions): TimelineLayout {
  const sorted = [...data].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const [first] = extent(sorted, (d) => utc(d.date));
  const startYear = Math.min(first?.getUTCFullYear() ?? goalYear, goalYear);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(startYear, 0, 1)), new Date(Date.UTC(goalYear + 1, 0, 1))])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(sorted, (d) => d.value) ?? 0)])
    .range([height - MARGIN.bottom, MARGIN.top])
    .nice(4);

  const points = sorted.map((d) => ({
    id: d.id,
    cx: round2(x(utc(d.date))),
    cy: round2(y(d.value)),
    r: 3.5,
    fill: d.lowerBound || d.doubted === true ? PAPER : INK,
    stroke: INK,
    ...(d.doubted === true ? {dash: DOUBTED_DASH} : {}),
  }));
  const path =
    line<{cx: number; cy: number}>()
      .x((p) => p.cx)
      .y((p) => p.cy)
      .digits(2)(points.filter((_p, i) => sorted[i]!.doubted !== true)) ?? '';

  // Group points that sit on top of each other, then label each group.
  const clusters: {items: TimelinePoint[]; xs: number[]; ys: number[]}[] = [];
  sorted.forEach((d, i) => {
    const p = points[i]!;
    const last = clusters[clusters.length - 1];
    if (last !== undefined && p.cx - last.xs[last.xs.length - 1]! < CLUSTER_PX) {
      last.items.push(d);
      last.xs.push(p.cx);
      last.ys.push(p.cy);
    } else {
      clusters.push({items: [d], xs: [p.cx], ys: [p.cy]});
    }
  });
  const labels: TextMark[] = [];
  let previous: {left: number; right: number; y: number} | null = null;
  for (const c of clusters) {
    const lo = min(c.items, (d) => d.value)!;
    const hi = max(c.items, (d) => d.value)!;
    const only = c.items.length === 1 ? c.items[0]! : null;
    const text = only ? `${only.lowerBound ? '>' : ''}${formatNumber(only.value)}` : lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
    const w = estimateTextWidth(text, fontSize);
    const cx = (c.xs[0]! + c.xs[c.xs.length - 1]!) / 2;
    const labelX = Math.min(Math.max(cx, MARGIN.left + w / 2), width - MARGIN.right - w / 2);
    let labelY = Math.min(...c.ys) - 8;
    const box = {left: labelX - w / 2, right: labelX + w / 2, y: labelY};
    if (previous !== null && box.left < previous.right + 2 && Math.abs(box.y - previous.y) < fontSize + 2) {
      labelY = Math.max(...c.ys) + fontSize + 6;
      box.y = labelY;
    }
    labels.push({x: round2(labelX), y: round2(labelY), text, anchor: 'middle'});
    previous = box;
  }

  const goalX = x(new Date(Date.UTC(goalYear, 0, 1)));
  const goalEnd = x(new Date(Date.UTC(goalYear + 1, 0, 1)));
  const goalLabels = goalLabel.map(
    (text, i): TextMark => ({x: round2(goalEnd), y: round2(MARGIN.top - 8 - (goalLabel.length - 1 - i) * (fontSize + 2)), text, anchor: 'end'}),
  );

  const xTicks: {x: number; label: string}[] = [];
  for (let year = startYear; year <= goalYear; year += 1) {
    xTicks.push({x: round2(x(new Date(Date.UTC(year, 0, 1)))), label: String(year)});
  }
  // Legend entries flow left to right and wrap onto a new line below the
  // chart when the width runs out; the chart grows by one line per wrap.
  const entries: {text: string; fill: string; shape: 'circle' | 'hollow-circle'; dash?: string}[] = [{text: 'số liệu công bố', fill: INK, shape: 'circle'}];
  if (sorted.some((d) => d.lowerBound)) entries.push({text: 'nguồn ghi “hơn …”', fill: PAPER, shape: 'hollow-circle'});
  if (sorted.some((d) => d.doubted === true)) entries.push({text: 'số liệu bị nghi vấn (không nối)', fill: PAPER, shape: 'hollow-circle', dash: DOUBTED_DASH});
  const lineHeight = fontSize + 4;
  const legend: LegendItem[] = [];
  let lx = MARGIN.left;
  let legendY = height - 14;
  for (const e of entries) {
    const w = 10 + estimateTextWidth(e.text, fontSize);
    if (lx > MARGIN.left && lx + w > width - MARGIN.right) {
      lx = MARGIN.left;
      legendY += lineHeight;
    }
    legend.push({x: round2(lx), y: legendY - 4, size: 7, fill: e.fill, stroke: INK, shape: e.shape, ...(e.dash ? {dash: e.dash} : {}), label: {x: round2(lx + 10), y: legendY, text: e.text, anchor: 'start'}});
    lx += w + 16;
  }
  const totalHeight = legendY + 14;
  return {
    width,
    height: totalHeight,
    fontSize,
    plot: {left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom},
    path,
    points,
    labels,
    xTicks,
    yTicks: y.ticks(4).map((t) => ({y: round2(y(t)), label: formatNumber(t)})),
    goal: {x: round2(goalX), width: round2(goalEnd - goalX), y: MARGIN.top, height: height - MARGIN.bottom - MARGIN.top, fill: GOAL_BAND, labels: goalLabels},
    legend,
  };
}
