import {renderToStaticMarkup} from 'react-dom/server';
import {load} from 'cheerio';
import ChartFigure from '../ChartFigure';
import {ChartSvg} from '../ChartSvg';
import {chartSvgFiles} from '../../plugins/ocop-data/downloads';
import {dataFiles, fixturePages, noRecognitionPages, publishedPages} from '../../plugins/ocop-data/__tests__/fixturePages';
import {validateOcopTotals} from '../../datasets/ocopTotals';
import {formatNumber, formatPercent} from '../../format';

const published = publishedPages();
const withData = fixturePages();

describe.each(published.targets.charts.map((c) => [c.id, c] as const))('chart %s', (_id, chart) => {
  const svg = renderToStaticMarkup(<ChartSvg chart={chart} />);
  const $ = load(svg, {xmlMode: true});

  it('is an SVG image with a Vietnamese title and description', () => {
    const root = $('svg');
    expect(root.attr('role')).toBe('img');
    expect(root.attr('aria-labelledby')).toBe(`${chart.id}-title ${chart.id}-desc`);
    expect($(`title#${chart.id}-title`).text()).toBe(chart.title);
    expect($(`desc#${chart.id}-desc`).text()).toBe(chart.description);
    expect(root.attr('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('the downloadable file is the page\'s element, as a standalone XML file', () => {
    const page = renderToStaticMarkup(<ChartFigure chart={chart} />);
    const [file] = chartSvgFiles(`<!doctype html><html><body><main>${page}</main></body></html>`, [chart.id]);
    expect(file!.path).toBe(`du-lieu/bieu-do/${chart.id}.svg`);
    const text = String(file!.contents);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const fromPage = load(page);
    expect(text).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${fromPage.xml(fromPage('svg'))}\n`);
    const fromFile = load(text, {xml: true});
    expect(fromFile('svg').attr('viewBox')).toBe($('svg').attr('viewBox'));
    expect(fromFile('svg > title').text()).toBe(chart.title);
  });

  it('figure: caption, source, date, downloads and a table view', () => {
    const fig = load(renderToStaticMarkup(<ChartFigure chart={chart} />));
    expect(fig('figure svg[role="img"]')).toHaveLength(1);
    expect(fig('figcaption').text()).toBe(chart.description);
    expect(fig('dl').text()).toContain(chart.source);
    expect(fig('dl').text()).toContain(chart.asOf);
    expect(fig(`a[href="${chart.csvHref}"][download]`)).toHaveLength(1);
    expect(fig(`a[href="${chart.svgHref}"][download]`)).toHaveLength(1);
    expect(fig('details table tbody tr')).toHaveLength(chart.table.rows.length);
  });
});

describe('numbers in the charts equal the data', () => {
  const byId = (id: string) => published.targets.charts.find((c) => c.id === id)!;
  it('stacked bars: each unit total and segment', () => {
    const chart = byId('chi-tieu-theo-don-vi');
    const $ = load(renderToStaticMarkup(<ChartSvg chart={chart} />), {xmlMode: true});
    const texts = $('text').map((_i, el) => $(el).text()).get();
    for (const u of published.targets.units) {
      const i = texts.indexOf(u.shortName);
      expect(i).toBeGreaterThanOrEqual(0);
      const segments = [u.target.sao_5, u.target.sao_4, u.target.sao_3].filter((v) => v > 0).map(String);
      // Label, segment values (all fit at these sizes), then the total.
      expect(texts.slice(i + 1, i + 2 + segments.length)).toEqual([...segments, String(u.target.tong)]);
    }
  });
  it('no progress chart before any decision is recorded (it would only repeat the targets)', () => {
    expect(noRecognitionPages().targets.charts.map((c) => c.id)).not.toContain('tien-do-theo-don-vi');
    expect(withData.targets.charts.map((c) => c.id)).toContain('tien-do-theo-don-vi');
  });
  it('published progress bars: "chưa có số liệu" exactly for the units without rows, figures for the others', () => {
    const chart = published.targets.charts.find((c) => c.id === 'tien-do-theo-don-vi');
    expect(chart === undefined).toBe(published.targets.province.achieved === null);
    if (chart === undefined) return;
    const $ = load(renderToStaticMarkup(<ChartSvg chart={chart} />), {xmlMode: true});
    const texts = $('text').map((_i, el) => $(el).text()).get();
    const withoutData = published.targets.units.filter((u) => u.achieved === null);
    expect(texts.filter((t) => t === 'chưa có số liệu')).toHaveLength(withoutData.length);
    for (const u of published.targets.units.filter((x) => x.achieved !== null)) {
      expect(texts).toContain(`${u.achieved!.tong}/${u.target.tong} · ${formatPercent(u.ratio!)}`);
    }
  });
  it('progress bars with the fixture: achieved/target and %', () => {
    const chart = withData.targets.charts.find((c) => c.id === 'tien-do-theo-don-vi')!;
    const $ = load(renderToStaticMarkup(<ChartSvg chart={chart} />), {xmlMode: true});
    const texts = $('text').map((_i, el) => $(el).text()).get();
    expect(texts).toEqual(expect.arrayContaining(['2/8 · 25 %', '1/9 · 11,1 %', '3/2 · 150 %']));
    expect(texts.filter((t) => t === 'chưa có số liệu')).toHaveLength(23);
  });
  it('timeline: every figure of ocop-totals.csv is in the table view, in date order', () => {
    const chart = byId('so-san-pham-ocop-theo-thoi-gian');
    const totals = validateOcopTotals(dataFiles()['ocop-totals.csv']!).rows;
    const sorted = [...totals].sort((a, b) => (a.ngay < b.ngay ? -1 : a.ngay > b.ngay ? 1 : a.line - b.line));
    expect(chart.table.rows.map((r) => r[1])).toEqual(sorted.map((r) => `${r.tong.lowerBound ? 'hơn ' : ''}${formatNumber(r.tong.value)}`));
  });
  it('timeline with the fixture: the figures, the open circle of a lower bound and the plan marker', () => {
    const chart = withData.targets.charts.find((c) => c.id === 'so-san-pham-ocop-theo-thoi-gian')!;
    expect(chart.table.rows.map((r) => r[1])).toEqual(['69', '120', '158', '436', '517', '606', '573', 'hơn 600', '661']);
    const $ = load(renderToStaticMarkup(<ChartSvg chart={chart} />), {xmlMode: true});
    expect($('circle[fill="#ffffff"]').length).toBeGreaterThanOrEqual(1);
    expect($('text').text()).toContain('đặt mục tiêu thêm 160 sản phẩm');
  });
  it('tile grid: one labelled square per unit', () => {
    const chart = byId('ban-do-o-vuong-chi-tieu');
    if (chart.kind !== 'tile-grid') throw new Error('kind');
    expect(chart.layout.tiles).toHaveLength(26);
    const nga = chart.layout.tiles.find((t) => t.id === 'nga-son')!;
    expect([...nga.lines.map((l) => l.text), nga.value.text]).toEqual(['Nga Sơn', '8']);
  });
});

describe('text from a CSV is data, never markup', () => {
  // The fixture's products and their producers, one of each with markup in its name.
  const products = withData.units.flatMap((u) => u.products);
  const names = [...new Set(products.flatMap((p) => [p.san_pham, p.chu_the]))];

  it('the fixture has products to look for, with markup among their names', () => {
    expect(withData.targets.charts.length).toBeGreaterThanOrEqual(4);
    expect(products.length).toBeGreaterThanOrEqual(7);
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('<script>'), expect.stringContaining('onerror')]));
  });

  it.each(withData.targets.charts.map((c) => [c.id, c] as const))(
    '%s: no product or producer name in the SVG or its figure, and no markup from the data',
    (_id, chart) => {
      const svg = renderToStaticMarkup(<ChartSvg chart={chart} />);
      const figure = renderToStaticMarkup(<ChartFigure chart={chart} />);
      for (const markup of [svg, figure]) {
        const $ = load(markup, {xmlMode: true});
        const text = $.root().text();
        expect(names.filter((n) => text.includes(n))).toEqual([]);
        expect($('script, img, [onerror]')).toHaveLength(0);
        expect(markup).not.toMatch(/<script|onerror=/);
      }
    },
  );
});

describe('chartSvgFiles', () => {
  it('says which chart is missing from the built page', () => {
    expect(() => chartSvgFiles('<html><body></body></html>', ['khong-co'])).toThrow('Không tìm thấy biểu đồ "khong-co" trong trang chi-tieu/index.html của bản dựng.');
  });
});
