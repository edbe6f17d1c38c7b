/**
 * Tile-grid map: one square per unit at its (row, column) from
 * data/tile-grid.csv, coloured by value in a few classes, each square
 * labelled with the unit's short name and its value, and a legend.
 */
import {max, min} from 'd3-array';
import {scaleThreshold} from 'd3-scale';
import {formatNumber} from '../format';
import {round2, wrapLabel} from './geometry';
import type {LegendItem, TextMark} from './layoutStackedBars';
import type {Swatch} from './palette';

export interface TileDatum {
  id: string;
  label: string;
  row: number;
  col: number;
  value: number;
}

export interface TileGridOptions {
  width: number;
  /** Class breaks: a value v is in class i when thresholds[i-1] ≤ v < thresholds[i]. */
  thresholds: readonly number[];
  /** One swatch per class (thresholds.length + 1). */
  swatches: readonly Swatch[];
  gap?: number;
  fontSize?: number;
  /** Longest line of a wrapped label, in characters. */
  maxLabelChars?: number;
  /** Words before the legend, e.g. "Chỉ tiêu (sản phẩm):". */
  legendTitle: string;
}

export interface TileLayout {
  id: string;
  x: number;
  y: number;
  size: number;
  fill: string;
  lines: TextMark[];
  value: TextMark;
}

export interface TileGridLayout {
  width: number;
  height: number;
  fontSize: number;
  tiles: TileLayout[];
  legendTitle: TextMark;
  legend: LegendItem[];
}

const MARGIN = 2;
const LEGEND_HEIGHT = 46;

/** "2–3", "4–6", …: the range of each class, bounded by the data. */
export function classLabels(thresholds: readonly number[], lo: number, hi: number): string[] {
  const bounds = [lo, ...thresholds, hi + 1];
  return bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1]! - 1;
    return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
  });
}

export function layoutTileGrid(data: readonly TileDatum[], options: TileGridOptions): TileGridLayout {
  const {width, thresholds, swatches, gap = 3, fontSize = 11, maxLabelChars = 8, legendTitle} = options;
  const cols = (max(data, (d) => d.col) ?? 0) + 1;
  const rows = (max(data, (d) => d.row) ?? 0) + 1;
  const size = round2((width - 2 * MARGIN - (cols - 1) * gap) / cols);
  const colour = scaleThreshold<number, Swatch>().domain([...thresholds]).range([...swatches]);
  const lineHeight = fontSize + 1;
  const tiles = data.map((d): TileLayout => {
    const x = round2(MARGIN + d.col * (size + gap));
    const y = round2(MARGIN + d.row * (size + gap));
    const swatch = colour(d.value);
    // Three lines do not fit a square: allow one more character per line instead.
    const narrow = wrapLabel(d.label, maxLabelChars);
    const words = narrow.length > 2 ? wrapLabel(d.label, maxLabelChars + 1) : narrow;
    const blockTop = y + (size - (words.length * lineHeight + fontSize + 4)) / 2;
    return {
      id: d.id,
      x,
      y,
      size,
      fill: swatch.fill,
      lines: words.map((text, i) => ({x: round2(x + size / 2), y: round2(blockTop + (i + 1) * lineHeight - 2), text, anchor: 'middle', fill: swatch.text})),
      value: {x: round2(x + size / 2), y: round2(blockTop + words.length * lineHeight + fontSize + 2), text: formatNumber(d.value), anchor: 'middle', fill: swatch.text},
    };
  });
  const gridBottom = MARGIN + rows * size + (rows - 1) * gap;
  const labels = classLabels(thresholds, min(data, (d) => d.value) ?? 0, max(data, (d) => d.value) ?? 0);
  const legendTop = gridBottom + 12;
  const itemWidth = (width - 2 * MARGIN) / swatches.length;
  const legend = swatches.map((s, i): LegendItem => {
    const lx = round2(MARGIN + i * itemWidth);
    return {x: lx, y: legendTop + 16, size: 14, fill: s.fill, stroke: '#8d9196', label: {x: round2(lx + 19), y: round2(legendTop + 27), text: labels[i] ?? '', anchor: 'start'}};
  });
  return {
    width,
    height: round2(gridBottom + LEGEND_HEIGHT),
    fontSize,
    tiles,
    legendTitle: {x: MARGIN, y: round2(legendTop + 8), text: legendTitle, anchor: 'start'},
    legend,
  };
}
