/**
 * The share pictures' pure parts on fixtures: the font covers Vietnamese,
 * chart pictures draw the chart's own title, source and date, cards the
 * words given, each text within the picture; PNG size and text chunks.
 */
import {Resvg} from '@resvg/resvg-js';
import {readShareFonts, type ShareFonts} from '../../plugins/share-images/fonts';
import {fixturePages} from '../../plugins/ocop-data/__tests__/fixturePages';
import {chartDefinitions} from '../../charts/specs';
import {cardSvg} from '../card';
import {cardContent, ownTitle, starBreakdown, type CardSources} from '../cardContent';
import {cardFile} from '../cardPath';
import {chartPictureSvg, MAX_SCALE} from '../chartPicture';
import {missingCharacters} from '../font';
import {readPngInfo, withPngText} from '../png';
import {CARD_SIZE, CHART_PICTURES} from '../sizes';
import {drawnTexts} from '../svg';
import type {SiteLine} from '../site';

let fonts: ShareFonts;
beforeAll(async () => {
  fonts = await readShareFonts();
});

const site: SiteLine = {name: 'OCOP Thanh Hóa 2025', host: 'ocop.example.gov.vn'};
const VIETNAMESE =
  'Thanh Hóa: Đánh giá, phân hạng sản phẩm OCOP — ' +
  'aàáảãạ ăằắẳẵặ âầấẩẫậ đ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ ' +
  'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ Đ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ ' +
  '0123456789 × · … “” – % / : ; ( )';

describe('font', () => {
  it('has a glyph for every character of Vietnamese, in both weights', () => {
    expect(missingCharacters(fonts.metrics.regular, VIETNAMESE)).toEqual([]);
    expect(missingCharacters(fonts.metrics.bold, VIETNAMESE)).toEqual([]);
  });

  it('reports characters it has no glyph for (the check is not vacuous)', () => {
    expect(missingCharacters(fonts.metrics.regular, 'Hóa 漢 ☃')).toEqual(['漢', '☃']);
  });

  it('resvg draws the test string with the font, not with empty boxes', () => {
    // .notdef boxes are all alike: the same string in boxes would draw the same
    // pixels for "Hóa" and "Hoa"; real glyphs differ.
    const draw = (text: string) =>
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="5" y="40" font-size="30" font-family="Be Vietnam Pro">${text}</text></svg>`, {
        font: {fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro'},
      })
        .render()
        .pixels.toString('base64');
    expect(draw('Hóa Đánh')).not.toBe(draw('Hoa Danh'));
    expect(draw('ộ')).not.toBe(draw('ô'));
  });
});

const pages = fixturePages();
const input = pages.chartInput;

describe.each(CHART_PICTURES.map((s) => [`${s.width}×${s.height}`, s] as const))('chart pictures %s', (_name, size) => {
  it.each(chartDefinitions(input).map((d) => [d(input).id, d] as const))('%s draws the chart\'s title, source and date, and the site', (_id, define) => {
    const chart = define(input);
    const {svg, fitted} = chartPictureSvg(define, input, size, {measure: fonts.measure, site});
    expect(drawnTexts(svg)).toEqual([
      {part: 'title', text: chart.title},
      {part: 'source', text: `Nguồn: ${chart.source}`},
      {part: 'as-of', text: `Số liệu tính đến: ${chart.asOf}`},
      {part: 'site', text: 'OCOP Thanh Hóa 2025 · ocop.example.gov.vn'},
    ]);
    // The same chart, laid out again: same words and table, another width.
    expect(fitted.chart.title).toBe(chart.title);
    expect(fitted.chart.table).toEqual(chart.table);
    expect(fitted.scale).toBeLessThanOrEqual(MAX_SCALE);
    expect(fitted.box.x).toBeGreaterThanOrEqual(0);
    expect(fitted.box.y).toBeGreaterThanOrEqual(0);
    expect(fitted.box.x + fitted.box.width).toBeLessThanOrEqual(size.width);
    expect(fitted.box.y + fitted.box.height).toBeLessThanOrEqual(size.height);
    expect(svg).toContain(`width="${size.width}" height="${size.height}"`);
  });
});

describe('chart pictures keep the page\'s chart as it is', () => {
  it('the page\'s layout is unchanged: the definitions lay out at the page width by default', () => {
    expect(chartDefinitions(input).map((d) => d(input))).toEqual(pages.targets.charts);
  });
});

const sources: CardSources = {
  plan: {number: '36/KH-UBND', dateText: '24/02/2025', year: 2025, totals: {tong: 160, sao_5: 3, sao_4: 20, sao_3: 137}},
  unitCount: 26,
  province: {achieved: {tong: 12, sao_5: 0, sao_4: 2, sao_3: 10}, asOf: '2025-06-30'},
  units: [
    {path: '/chi-tieu/nga-son/', don_vi: 'Huyện Nga Sơn', target: {tong: 8, sao_5: 2, sao_4: 2, sao_3: 4}},
    {path: '/chi-tieu/muong-lat/', don_vi: 'Huyện Mường Lát', target: {tong: 2, sao_5: 0, sao_4: 0, sao_3: 2}},
  ],
  agencies: [{path: '/co-quan/so-cong-thuong/', name: 'Sở Công Thương', kindLabel: 'Sở, ngành'}],
  posts: [{path: '/tin-tuc/2025/11/30/bai/', title: 'Hơn 660 sản phẩm OCOP', date: '2025-11-30'}],
  siteName: 'OCOP Thanh Hóa 2025',
};

describe('card content', () => {
  it('a unit page: its target with the stars', () => {
    expect(cardContent('/chi-tieu/nga-son/', 'x', sources)).toEqual({
      kicker: 'Chỉ tiêu từng đơn vị · Kế hoạch 36/KH-UBND ngày 24/02/2025',
      title: 'Huyện Nga Sơn — chỉ tiêu 2025',
      figure: {headline: '8 sản phẩm OCOP', detail: '2 × 5 sao, 2 × 4 sao, 4 × 3 sao'},
    });
    expect(starBreakdown(sources.units[1]!.target)).toBe('0 × 5 sao, 0 × 4 sao, 2 × 3 sao');
  });

  it('/chi-tieu/: the province\'s target and what has been recognised, with its date', () => {
    expect(cardContent('/chi-tieu/', 'x', sources).figure).toEqual({
      headline: '160 sản phẩm OCOP mới',
      detail: '3 × 5 sao, 20 × 4 sao, 137 × 3 sao · đã công nhận 12 sản phẩm mới (đến 30/06/2025)',
    });
  });

  it('a lesson, a post, an agency and any other page', () => {
    expect(cardContent('/dao-tao/chu-the-ocop/ocop-la-gi/', 'x', sources)).toEqual({kicker: 'Đào tạo · Chủ thể OCOP · Bài 1/9', title: 'OCOP là gì và mang lại gì cho chủ thể'});
    expect(cardContent('/tin-tuc/2025/11/30/bai/', 'x', sources)).toEqual({kicker: 'Tin tức · 30/11/2025', title: 'Hơn 660 sản phẩm OCOP'});
    expect(cardContent('/co-quan/so-cong-thuong/', 'x', sources)).toEqual({kicker: 'Sở, ngành · thực hiện Kế hoạch 36/KH-UBND ngày 24/02/2025', title: 'Sở Công Thương'});
    expect(cardContent('/ke-hoach/muc-tieu/', 'Mục tiêu | OCOP Thanh Hóa 2025', sources)).toEqual({kicker: 'Kế hoạch · OCOP Thanh Hóa 2025', title: 'Mục tiêu'});
    expect(ownTitle('Một tiêu đề rất dài không kèm tên trang', 'OCOP Thanh Hóa 2025')).toBe('Một tiêu đề rất dài không kèm tên trang');
  });

  it('card paths come from the page path alone', () => {
    expect(cardFile('/', '/')).toBe('anh-chia-se/trang-chu.png');
    expect(cardFile('/chi-tieu/nga-son/', '/')).toBe('anh-chia-se/chi-tieu/nga-son.png');
    expect(cardFile('/ocop-2025/chi-tieu/', '/ocop-2025/')).toBe('anh-chia-se/chi-tieu.png');
    expect(cardFile('/404.html', '/')).toBe('anh-chia-se/404.png');
  });
});

describe('card SVG', () => {
  it('draws the kicker, title, figure and site, each line within the card', () => {
    const content = cardContent('/chi-tieu/nga-son/', 'x', sources);
    const svg = cardSvg(content, {measure: fonts.measure, site});
    expect(drawnTexts(svg)).toEqual([
      {part: 'kicker', text: content.kicker},
      {part: 'title', text: content.title},
      {part: 'figure', text: '8 sản phẩm OCOP'},
      {part: 'figure-detail', text: '2 × 5 sao, 2 × 4 sao, 4 × 3 sao'},
      {part: 'site', text: 'OCOP Thanh Hóa 2025'},
      {part: 'host', text: 'ocop.example.gov.vn'},
    ]);
  });

  it('a very long title is wrapped and shortened, never wider than the card', () => {
    const title = 'Đánh giá, phân hạng sản phẩm OCOP '.repeat(12).trim();
    const svg = cardSvg({kicker: 'Tin tức · 30/11/2025', title}, {measure: fonts.measure, site});
    const lines = [...svg.matchAll(/<text data-part="title" font-size="([\d.]+)" font-weight="700"[^>]*>(.*?)<\/text>/g)];
    expect(lines).toHaveLength(1);
    const size = Number(lines[0]![1]);
    const tspans = [...lines[0]![2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]!);
    expect(tspans.length).toBeLessThanOrEqual(4);
    expect(tspans[tspans.length - 1]!.endsWith('…')).toBe(true);
    for (const t of tspans) expect(fonts.measure(t, size, 'bold')).toBeLessThanOrEqual(CARD_SIZE.width - 2 * 72);
  });
});

describe('PNG', () => {
  it('text chunks are added after the header and read back; the size comes from IHDR', () => {
    const png = new Uint8Array(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#7a1013"/></svg>').render().asPng());
    const withText = withPngText(png, {Title: 'Chỉ tiêu OCOP năm 2025', Description: 'Nguồn: Kế hoạch\nSố liệu tính đến: 24/02/2025'});
    expect(readPngInfo(withText)).toEqual({width: 30, height: 20, bitDepth: 8, colorType: 6, texts: {Title: 'Chỉ tiêu OCOP năm 2025', Description: 'Nguồn: Kế hoạch\nSố liệu tính đến: 24/02/2025'}});
    // Still a PNG resvg (and so any decoder checking CRCs) reads.
    const again = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="30" height="20"><image width="30" height="20" href="data:image/png;base64,${Buffer.from(withText).toString('base64')}"/></svg>`).render();
    expect(again.pixels.subarray(0, 4)).toEqual(Buffer.from([0x7a, 0x10, 0x13, 0xff]));
  });
});
