/**
 * A page's social card (Open Graph / Twitter image, 1200 × 630): what the
 * page is (kicker: section, date, lesson number), its title, and for pages
 * about a target the figure, then the site's name and address in a band at
 * the bottom. Pure: words in, SVG out; the share-images plugin says which
 * words each page gets (src/share/cardContent.ts) and rasterises the SVG.
 */
import {INK, MUTED_INK, PAPER} from '../charts/palette';
import {fitInBox, heightOf} from './blocks';
import {ACCENT, type SiteLine} from './site';
import type {Measure} from './font';
import {CARD_SIZE} from './sizes';
import {textBlockSvg, type TextBlock} from './svg';

export interface CardContent {
  /** What kind of page, e.g. "Tin tức · 30/11/2025", "Đào tạo · Chủ thể OCOP · Bài 2/9". */
  kicker: string;
  title: string;
  /** A figure written large (e.g. "8 sản phẩm OCOP") with its detail ("2 × 5 sao, …"). */
  figure?: {headline: string; detail?: string};
}

const PAD = 72;
const BAND = 100;

export function cardSvg(content: CardContent, {measure, site}: {measure: Measure; site: SiteLine}): string {
  const {width, height} = CARD_SIZE;
  const inner = width - 2 * PAD;
  const box = (top: number, h: number) => ({x: PAD, top, width: inner, height: h});
  const bottom = height - BAND - 44;
  const kicker = fitInBox({part: 'kicker', text: content.kicker, weight: 'regular', fill: MUTED_INK, sizes: [30, 27, 24, 21], maxLines: 1}, box(PAD - 8, 40), measure);
  const blocks: TextBlock[] = [kicker];
  let figureTop = bottom;
  if (content.figure) {
    const detail = content.figure.detail
      ? fitInBox({part: 'figure-detail', text: content.figure.detail, weight: 'regular', fill: INK, sizes: [34, 30, 27, 24], maxLines: 2}, box(0, 90), measure)
      : null;
    const headline = fitInBox({part: 'figure', text: content.figure.headline, weight: 'bold', fill: ACCENT, sizes: [68, 60, 52, 44], maxLines: 1}, box(0, 90), measure);
    const detailTop = detail ? bottom - heightOf(detail) : bottom;
    figureTop = detailTop - (detail ? 10 : 0) - heightOf(headline);
    blocks.push({...headline, y: figureTop + headline.fontSize});
    if (detail) blocks.push({...detail, y: detailTop + detail.fontSize});
  }
  const titleTop = kicker.y + kicker.fontSize * 0.3 + 26;
  const title = fitInBox(
    {part: 'title', text: content.title, weight: 'bold', fill: INK, sizes: [62, 56, 50, 44, 38, 34], maxLines: content.figure ? 2 : 4},
    box(titleTop, figureTop - 24 - titleTop),
    measure,
  );
  blocks.splice(1, 0, title);
  const name = fitInBox({part: 'site', text: site.name, weight: 'bold', fill: PAPER, sizes: [34, 30], maxLines: 1}, {x: PAD, top: height - BAND + 26, width: inner * 0.5, height: 50}, measure);
  const host = fitInBox({part: 'host', text: site.host, weight: 'regular', fill: PAPER, sizes: [26, 22, 18, 16], maxLines: 1}, {x: width - PAD, top: height - BAND + 32, width: inner * 0.5 - 24, height: 50}, measure);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Be Vietnam Pro, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    `<rect x="0" y="0" width="16" height="${height - BAND}" fill="${ACCENT}"/>`,
    `<rect x="0" y="${height - BAND}" width="${width}" height="${BAND}" fill="${ACCENT}"/>`,
    ...blocks.map(textBlockSvg),
    textBlockSvg(name),
    textBlockSvg({...host, anchor: 'end'}),
    '</svg>',
  ].join('');
}
