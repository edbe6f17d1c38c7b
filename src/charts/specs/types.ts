/**
 * What a chart is, as pages and downloads use it: its layout (from the pure
 * layout functions in src/charts/), its words (title, description for
 * <desc> and the caption), the same numbers as a table, where they come from
 * and the download links. Each chart's definition is one module in this
 * folder; the ocop-data plugin calls them with the validated data.
 */
import type {StarCounts} from '../../datasets/plan36';
import type {OcopTotalRow} from '../../datasets/ocopTotals';
import type {TilePosition} from '../../datasets/tileGrid';
import type {UnitProgress} from '../../datasets/progress';
import type {StackedBarsLayout} from '../layoutStackedBars';
import type {ProgressBarsLayout} from '../layoutProgressBars';
import type {TimelineLayout} from '../layoutTimeline';
import type {TileGridLayout} from '../layoutTileGrid';

/** Width of every chart's viewBox: drawn for a 360 px phone, scaled up on wider screens. */
export const CHART_WIDTH = 340;

/**
 * The size a chart is laid out for: the page's charts take CHART_WIDTH and
 * grow as tall as their rows; the share pictures (src/share/) lay each
 * chart out again for the space their picture leaves it, and may give a
 * height for charts whose height is free (the timeline).
 */
export interface ChartSize {
  width: number;
  height?: number;
}

export const PAGE_CHART_SIZE: ChartSize = {width: CHART_WIDTH};

/** Stable name of each chart: the id in the page and the .svg file name under /du-lieu/bieu-do/. */
export const CHART_FILES = {
  targets: 'chi-tieu-theo-don-vi',
  progress: 'tien-do-theo-don-vi',
  timeline: 'so-san-pham-ocop-theo-thoi-gian',
  tileGrid: 'ban-do-o-vuong-chi-tieu',
} as const;

export interface TableView {
  caption: string;
  columns: {label: string; numeric: boolean}[];
  /** Cells as displayed (numbers already in Vietnamese format). */
  rows: string[][];
}

export type ChartKind = 'stacked-bars' | 'progress-bars' | 'timeline' | 'tile-grid';

export interface ChartBase {
  /** Stable name: the id in the page and the .svg file name. */
  id: string;
  title: string;
  /** One or two sentences for <desc> and the figure caption. */
  description: string;
  table: TableView;
  source: string;
  asOf: string;
  csvHref: string;
  csvName: string;
  svgHref: string;
  /** The chart's share pictures (PNG), one per picture size. */
  pictures: ChartPictureLink[];
}

export interface ChartPictureLink {
  href: string;
  label: string;
  width: number;
  height: number;
}

export type ChartData =
  | (ChartBase & {kind: 'stacked-bars'; layout: StackedBarsLayout})
  | (ChartBase & {kind: 'progress-bars'; layout: ProgressBarsLayout})
  | (ChartBase & {kind: 'timeline'; layout: TimelineLayout})
  | (ChartBase & {kind: 'tile-grid'; layout: TileGridLayout});

/** A unit as the charts need it (the plan's 26 district-level units, in the plan's order). */
export type ChartUnit = Pick<UnitProgress, 'ma_don_vi' | 'don_vi' | 'shortName' | 'target' | 'achieved' | 'ratio'>;

/** Everything the chart definitions read: validated data, nothing else. */
export interface ChartInput {
  units: readonly ChartUnit[];
  /** New products recognised in the province, or null before the first recorded decision. */
  provinceAchieved: StarCounts | null;
  /** Latest recorded decision date (ISO), or null. */
  progressAsOf: string | null;
  totals: readonly OcopTotalRow[];
  tileGrid: readonly TilePosition[];
  /** Download addresses (with the site's baseUrl). */
  links: {file: (name: string) => string; svg: (id: string) => string; picture: (fileName: string) => string};
}

/** One chart's definition: the chart laid out for a size (the page's by default). */
export type ChartDefinition = (input: ChartInput, size?: ChartSize) => ChartData;
