/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A chart as a picture to share (1200 × 675 for posts and link previews,
 * 1080 × 1080 for chat groups), made from the same chart definition as the
 * page (src/charts/specs/): the chart is laid out again for the space the
 * picture leaves it (its layout functions take the width), drawn by the
 * same SVG components with the same colours and labels, and framed by its
 * title, "Nguồn: …", "Số liệu tính đến: …" and the site's name.
 *
 * The plugin loads this module through tsx (Docusaurus's plugin loader does
 * not read JSX), see src/plugins/share-images/index.ts.
 *
 * Landscape: the words in a column on the left, the chart on the right at
 * full height (26 bars need the height). Square: title above, the chart,
 * then source, date and the site's name below.
 */
import {renderToStaticMarkup} from 'react-dom/server';
import {ChartSvg} from '../components/ChartSvg';
import type {ChartData, ChartDefinition, ChartInput} from '../charts/specs';
import {FONT_FAMILY, INK, MUTED_INK, PAPER} from '../charts/palette';
import {fitInBox, heightOf} from './blocks';
import type {Measure} from './font';
import {ACCENT, siteLineText, type SiteLine} from './site';
import type {PictureSize} from './sizes';
import {textBlockSvg, type TextBlock} from './svg';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The scale and size at which a chart fills a box best: as large as possible, never larger than the box. */
export interface FittedChart {
  chart: ChartData;
  scale: number;
  box: Box;
}

/** Largest scale tried: a chart's 12 px labels drawn at 26 px at most. */
export const MAX_SCALE = 2.2;
const MIN_SCALE = 0.5;
/** Narrowest layout width tried (the row labels take 100). */
const MIN_LAYOUT_WIDTH = 300;

export function fitChart(define: ChartDefinition, input: ChartInput, area: Box): FittedChart {
  for (let k = MAX_SCALE; k >= MIN_SCALE - 1e-9; k -= 0.02) {
    for (const share of [1, 0.9, 0.8, 0.7, 0.6, 0.5]) {
      const width = Math.floor((area.width * share) / k);
      if (width < MIN_LAYOUT_WIDTH) continue;
      const chart = define(input, {width, height: Math.floor(area.height / k)});
      const h = chart.layout.height * k;
      if (h <= area.height && chart.layout.width * k <= area.width) {
        const w = chart.layout.width * k;
        return {chart, scale: k, box: {x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h}};
      }
    }
  }
  throw new Error(`Biểu đồ không vừa khung ${area.width} × ${area.height} của ảnh chia sẻ.`);
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The chart's own SVG (the page's components), placed and scaled into a box. */
export function placedChartSvg({chart, box}: FittedChart): string {
  const markup = renderToStaticMarkup(<ChartSvg chart={chart} />);
  const inner = markup.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const {width, height, fontSize} = chart.layout;
  return `<svg x="${r2(box.x)}" y="${r2(box.y)}" width="${r2(box.width)}" height="${r2(box.height)}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY.replace(/"/g, "'")}" font-size="${fontSize}" fill="${INK}">${inner}</svg>`;
}

export interface PictureWords {
  title: string;
  source: string;
  asOf: string;
}

/** The words of a chart picture, as the page writes them beside the chart. */
export const pictureWords = (chart: ChartData): PictureWords => ({title: chart.title, source: `Nguồn: ${chart.source}`, asOf: `Số liệu tính đến: ${chart.asOf}`});

interface Frame {
  blocks: TextBlock[];
  chartArea: Box;
  rule: {x: number; y: number; width: number};
}

function landscapeFrame(words: PictureWords, site: SiteLine, size: PictureSize, measure: Measure): Frame {
  const pad = 48;
  const column = 400;
  const box = (top: number, height: number) => ({x: pad, top, width: column, height});
  const siteBlock = fitInBox({part: 'site', text: siteLineText(site), weight: 'bold', fill: INK, sizes: [20, 18, 16, 14], maxLines: 2}, box(0, 60), measure);
  const asOf = fitInBox({part: 'as-of', text: words.asOf, weight: 'regular', fill: MUTED_INK, sizes: [20, 18, 16], maxLines: 4}, box(0, 120), measure);
  const source = fitInBox({part: 'source', text: words.source, weight: 'regular', fill: MUTED_INK, sizes: [20, 18, 16], maxLines: 6}, box(0, 170), measure);
  // Stack source, date, rule and site name up from the bottom.
  const siteTop = size.height - pad - heightOf(siteBlock);
  const ruleY = siteTop - 14;
  const asOfTop = ruleY - 18 - heightOf(asOf);
  const sourceTop = asOfTop - 10 - heightOf(source);
  const title = fitInBox(
    {part: 'title', text: words.title, weight: 'bold', fill: INK, sizes: [40, 36, 32, 28, 24], maxLines: 6},
    box(pad, sourceTop - 28 - pad),
    measure,
  );
  return {
    blocks: [title, move(source, sourceTop), move(asOf, asOfTop), move(siteBlock, siteTop)],
    chartArea: {x: pad + column + 40, y: pad, width: size.width - (pad + column + 40) - pad, height: size.height - 2 * pad},
    rule: {x: pad, y: ruleY, width: column},
  };
}

function squareFrame(words: PictureWords, site: SiteLine, size: PictureSize, measure: Measure): Frame {
  const pad = 56;
  const width = size.width - 2 * pad;
  const box = (top: number, height: number) => ({x: pad, top, width, height});
  const title = fitInBox({part: 'title', text: words.title, weight: 'bold', fill: INK, sizes: [46, 42, 38, 34, 30], maxLines: 3}, box(pad, 190), measure);
  const source = fitInBox({part: 'source', text: words.source, weight: 'regular', fill: MUTED_INK, sizes: [24, 22, 20, 18], maxLines: 3}, box(0, 110), measure);
  const asOf = fitInBox({part: 'as-of', text: words.asOf, weight: 'regular', fill: MUTED_INK, sizes: [24, 22, 20, 18], maxLines: 2}, box(0, 80), measure);
  const siteBlock = fitInBox({part: 'site', text: siteLineText(site), weight: 'bold', fill: INK, sizes: [24, 22, 20], maxLines: 1}, box(0, 40), measure);
  const siteTop = size.height - pad - heightOf(siteBlock);
  const ruleY = siteTop - 16;
  const asOfTop = ruleY - 20 - heightOf(asOf);
  const sourceTop = asOfTop - 8 - heightOf(source);
  const chartTop = pad + heightOf(title) + 28;
  return {
    blocks: [title, move(source, sourceTop), move(asOf, asOfTop), move(siteBlock, siteTop)],
    chartArea: {x: pad, y: chartTop, width, height: sourceTop - 28 - chartTop},
    rule: {x: pad, y: ruleY, width},
  };
}

/** A block moved so that its top is at `top`. */
function move(b: TextBlock, top: number): TextBlock {
  return {...b, y: top + b.fontSize};
}

export interface ChartPicture {
  /** The picture as SVG, ready for rasterising with the site's fonts. */
  svg: string;
  /** The chart as laid out for the picture. */
  fitted: FittedChart;
}

/** One chart's picture at one size. */
export function chartPictureSvg(define: ChartDefinition, input: ChartInput, size: PictureSize, {measure, site}: {measure: Measure; site: SiteLine}): ChartPicture {
  const words = pictureWords(define(input));
  const frame = size.width > size.height ? landscapeFrame(words, site, size, measure) : squareFrame(words, site, size, measure);
  const fitted = fitChart(define, input, frame.chartArea);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="Be Vietnam Pro, sans-serif">`,
    `<rect width="${size.width}" height="${size.height}" fill="${PAPER}"/>`,
    `<rect x="0" y="0" width="${size.width}" height="8" fill="${ACCENT}"/>`,
    ...frame.blocks.map(textBlockSvg),
    `<rect x="${frame.rule.x}" y="${r2(frame.rule.y)}" width="${frame.rule.width}" height="3" fill="${ACCENT}"/>`,
    placedChartSvg(fitted),
    '</svg>',
  ].join('');
  return {svg, fitted};
}
