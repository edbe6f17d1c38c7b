/**
 * Build test for the data pages: the production build in build/ (run
 * `npm run build` first) shows the numbers of data/, server-renders every
 * chart as an accessible SVG, and publishes the CSV and SVG downloads.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {validateDatasets} from '../../datasets/validateDatasets';
import {DATA_FILES} from '../../datasets/validateDatasets';

const ROOT = path.resolve(__dirname, '../../..');
const BUILD = path.join(ROOT, 'build');
const page = (route: string) => load(fs.readFileSync(path.join(BUILD, route, 'index.html'), 'utf8'));
const texts = ($: ReturnType<typeof load>, sel: string) =>
  $(sel)
    .map((_i, el) => $(el).text().trim())
    .get();

const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(ROOT, 'data', f)))]));
const result = validateDatasets(files);
if (!result.ok) throw new Error('data/ is invalid: run npm run check:data');
const {targets, recognitions} = result.datasets;

describe('/chi-tieu/', () => {
  const $ = page('chi-tieu');

  it('the target table shows every unit with the numbers of targets.csv, and the totals', () => {
    const table = $('main table').first();
    const rows = table.find('tbody tr');
    expect(rows).toHaveLength(targets.length);
    targets.forEach((t, i) => {
      const cells = rows.eq(i).find('th, td');
      expect(cells.map((_j, el) => $(el).text().trim()).get()).toEqual([
        t.don_vi,
        String(t.tong),
        String(t.sao_5),
        String(t.sao_4),
        String(t.sao_3),
      ]);
    });
    expect(table.find('tfoot th, tfoot td').map((_j, el) => $(el).text().trim()).get()).toEqual(['Toàn tỉnh', '160', '3', '20', '137']);
  });

  // Progress follows recognitions.csv: before the first recorded decision, one
  // sentence and no progress table or chart; after it, the table and chart.
  const recorded = recognitions.length > 0;
  const chartCount = recorded ? 4 : 3;

  it('progress: the table once a decision is recorded, otherwise one "no decision" sentence', () => {
    const progress = $('main table').filter((_i, el) => $(el).find('caption').text().startsWith('Tiến độ theo đơn vị'));
    expect(progress).toHaveLength(recorded ? 1 : 0);
    if (recorded) expect(progress.find('tbody tr')).toHaveLength(targets.length);
    expect($('main').text().split('Chưa có quyết định công nhận nào được ghi').length - 1).toBe(recorded ? 0 : 1);
  });

  it('has server-rendered SVG charts with role="img", a title and a description', () => {
    const svgs = $('main figure svg');
    expect(svgs).toHaveLength(chartCount);
    svgs.each((_i, el) => {
      const svg = $(el);
      expect(svg.attr('role')).toBe('img');
      const [titleId, descId] = (svg.attr('aria-labelledby') ?? '').split(' ');
      expect(svg.find(`title#${titleId}`).text().length).toBeGreaterThan(10);
      expect(svg.find(`desc#${descId}`).text().length).toBeGreaterThan(20);
    });
  });

  it('the stacked bar chart writes each unit total', () => {
    const chart = $('svg[data-chart="chi-tieu-theo-don-vi"]');
    const labels = texts($, 'svg[data-chart="chi-tieu-theo-don-vi"] text');
    expect(chart).toHaveLength(1);
    for (const t of targets) {
      const name = t.don_vi.replace(/^Huyện /, '');
      const i = labels.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(labels).toContain(String(t.tong));
    }
  });

  it('each chart links its CSV and SVG downloads, which exist in the build', () => {
    const links = $('main figure a[download]')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(links).toHaveLength(2 * chartCount);
    for (const href of links) expect(fs.existsSync(path.join(BUILD, href))).toBe(true);
  });
});

describe('downloads in build/du-lieu/', () => {
  // CSV files: published with a UTF-8 BOM, see deploy.test.ts.
  it('chart SVG files are standalone, valid XML with a title', () => {
    const dir = path.join(BUILD, 'du-lieu', 'bieu-do');
    const svgs = fs.readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(svgs).toHaveLength(recognitions.length > 0 ? 4 : 3);
    for (const f of svgs) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const $ = load(text, {xml: true});
      expect($('svg > title').text().length).toBeGreaterThan(10);
    }
  });
});

describe('unit pages', () => {
  it.each(targets.map((t) => [t.ma_don_vi, t] as const))('/chi-tieu/%s/ shows its targets and the note on 01/07/2025', (ma, t) => {
    const $ = page(`chi-tieu/${ma}`);
    expect($('h1').text()).toBe(`${t.don_vi}: chỉ tiêu OCOP năm 2025`);
    const table = $('main table').first();
    expect(table.find('tbody tr').map((_j, el) => $(el).find('td').first().text()).get()).toEqual([String(t.sao_5), String(t.sao_4), String(t.sao_3)]);
    expect(table.find('tfoot td').first().text()).toBe(String(t.tong));
    expect($('main').text()).toContain('01/07/2025');
  });
});

describe('/du-lieu/ and home', () => {
  it('/du-lieu/ links each CSV at its stable URL, with the dictionary, licence and citation', () => {
    const $ = page('du-lieu');
    for (const f of DATA_FILES) expect($(`main a[href="/du-lieu/${f}"]`)).toHaveLength(1);
    expect($('main dl[aria-labelledby^="tu-dien-"]').length).toBe(DATA_FILES.length);
    expect($('#giay-phep').length).toBe(1);
    expect($('#trich-dan').length).toBe(1);
  });
  it('home shows the headline target and the progress from the same data', () => {
    const text = page('').root().find('main').text().replace(/\s+/g, ' ');
    expect(text).toContain('160 sản phẩm OCOP');
    expect(text).toContain('Tiến độ: chưa có số liệu');
  });
  it('pages with charts load no chart code: no d3 in the JavaScript bundles', () => {
    const js = fs.readdirSync(path.join(BUILD, 'assets', 'js')).map((f) => fs.readFileSync(path.join(BUILD, 'assets', 'js', f), 'utf8'));
    // Strings that survive minification: d3-color's named colours (pulled in
    // by d3-scale) and d3-time-format's ISO specifier (pulled in by scaleUtc).
    expect(js.filter((src) => /aliceblue|%Y-%m-%dT%H:%M:%S/.test(src))).toEqual([]);
  });
});
