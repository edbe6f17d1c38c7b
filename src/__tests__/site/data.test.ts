/**
 * Build test for the data pages: the production build in build/ (run
 * `npm run build` first) shows the numbers of data/, server-renders every
 * chart as an accessible SVG, and publishes the CSV and SVG downloads.
 * Every expectation is derived from the files in data/, so the test holds
 * for any valid content (the staff-day scenario runs it on an edited copy).
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {validateDatasets} from '../../datasets/validateDatasets';
import {DATA_FILES} from '../../datasets/validateDatasets';

import {BUILD_DIR as BUILD, SITE_DIR as ROOT} from '../support/siteDirs';
import {describeProgress} from '../../charts/layoutProgressBars';
import {formatNumber} from '../../format';
const page = (route: string) => load(fs.readFileSync(path.join(BUILD, route, 'index.html'), 'utf8'));
const texts = ($: ReturnType<typeof load>, sel: string) =>
  $(sel)
    .map((_i, el) => $(el).text().trim())
    .get();

const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(ROOT, 'data', f)))]));
const result = validateDatasets(files);
if (!result.ok) throw new Error('data/ is invalid: run npm run check:data');
const {targets, recognitions} = result.datasets;
const newOf = (ma: string) => recognitions.filter((r) => r.ma_don_vi === ma && r.loai === 'moi');
const hasData = (ma: string) => recognitions.some((r) => r.ma_don_vi === ma);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

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
    expect(table.find('tfoot th, tfoot td').map((_j, el) => $(el).text().trim()).get()).toEqual([
      'Toàn tỉnh',
      ...[sum(targets.map((t) => t.tong)), sum(targets.map((t) => t.sao_5)), sum(targets.map((t) => t.sao_4)), sum(targets.map((t) => t.sao_3))].map(formatNumber),
    ]);
  });

  // Progress follows recognitions.csv: before the first recorded decision, one
  // sentence and no progress table or chart; after it, the table and chart.
  const recorded = recognitions.length > 0;
  const chartCount = recorded ? 4 : 3;
  const progressTable = () => $('main table').filter((_i, el) => $(el).find('caption').text().startsWith('Tiến độ theo đơn vị'));

  it('progress: the table once a decision is recorded, otherwise one "no decision" sentence', () => {
    expect(progressTable()).toHaveLength(recorded ? 1 : 0);
    expect($('main').text().split('Chưa có quyết định công nhận nào được ghi').length - 1).toBe(recorded ? 0 : 1);
  });

  (recorded ? it : it.skip)('progress table: "chưa có số liệu" exactly for the units without rows; counts of new products; totals = sum of the rows', () => {
    const rows = progressTable().find('tbody tr');
    expect(rows).toHaveLength(targets.length);
    targets.forEach((t, i) => {
      const cells = rows.eq(i).find('th, td').map((_j, el) => $(el).text().trim()).get();
      expect(cells[0]).toBe(t.don_vi);
      expect(cells[2]).toBe(hasData(t.ma_don_vi) ? formatNumber(newOf(t.ma_don_vi).length) : 'chưa có số liệu');
      // Missing figures are never shown as 0 %.
      if (!hasData(t.ma_don_vi)) expect(cells.join(' ')).not.toContain('%');
    });
    const footer = progressTable().find('tfoot th, tfoot td').map((_j, el) => $(el).text().trim()).get();
    expect(footer[2]).toBe(formatNumber(recognitions.filter((r) => r.loai === 'moi').length));
  });

  (recorded ? it : it.skip)("the progress chart writes each unit's figures as the data gives them", () => {
    const chart = $('svg[data-chart="tien-do-theo-don-vi"]');
    const labels = chart.find('text').map((_i, el) => $(el).text()).get();
    for (const t of targets) {
      const achieved = hasData(t.ma_don_vi) ? newOf(t.ma_don_vi).length : null;
      expect(labels).toContain(describeProgress(achieved, t.tong));
    }
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

  it('each chart links its CSV, SVG and two PNG downloads, which exist in the build', () => {
    const links = $('main figure a[download]')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(links).toHaveLength(4 * chartCount);
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
  it('each chart SVG file is the chart on /chi-tieu/, element for element', () => {
    const $ = page('chi-tieu');
    const dir = path.join(BUILD, 'du-lieu', 'bieu-do');
    const onPage = $('main svg[data-chart]');
    expect(onPage).toHaveLength(fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).length);
    onPage.each((_i, el) => {
      const id = $(el).attr('data-chart')!;
      const file = load(fs.readFileSync(path.join(dir, `${id}.svg`), 'utf8'), {xml: true});
      const fromFile = file('svg');
      // Same elements, same attributes, same text, in the same order.
      const shape = (root: ReturnType<typeof file>, api: typeof file | typeof $) =>
        root
          .find('*')
          .addBack()
          .map((_j, n) => {
            const attribs = Object.entries((n as unknown as {attribs: Record<string, string>}).attribs).filter(([k]) => k !== 'xmlns').sort();
            return `${(n as unknown as {name: string}).name} ${JSON.stringify(attribs)} ${api(n).children().length === 0 ? api(n).text() : ''}`;
          })
          .get();
      expect(shape(fromFile, file)).toEqual(shape($(el) as unknown as ReturnType<typeof file>, $));
    });
  });
});

describe('unit pages', () => {
  it.each(targets.map((t) => [t.ma_don_vi, t] as const))('/chi-tieu/%s/ shows its targets, its products and the note on 01/07/2025', (ma, t) => {
    const $ = page(`chi-tieu/${ma}`);
    expect($('h1').text()).toBe(`${t.don_vi}: chỉ tiêu OCOP năm 2025`);
    const table = $('main table').first();
    expect(table.find('tbody tr').map((_j, el) => $(el).find('td').first().text()).get()).toEqual([String(t.sao_5), String(t.sao_4), String(t.sao_3)]);
    expect(table.find('tfoot td').first().text()).toBe(String(t.tong));
    const achievedCell = table.find('tfoot td').eq(1).text();
    expect(achievedCell).toBe(hasData(ma) ? formatNumber(newOf(ma).length) : 'chưa có số liệu');
    expect($('main').text()).toContain('01/07/2025');
    // Every row of the unit is listed (re-recognitions too, marked as not counted).
    const rows = recognitions.filter((r) => r.ma_don_vi === ma);
    const listed = $('main table').eq(1).find('tbody tr');
    expect(listed).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      const row = listed.eq(i).text();
      expect(listed.eq(i).find('th').text()).toBe(r.san_pham);
      expect(row).toContain(r.chu_the);
      if (r.dia_ban !== '') expect(row).toContain(r.dia_ban);
      expect(row.includes('không tính vào mục tiêu')).toBe(r.loai !== 'moi');
    });
    if (newOf(ma).length > t.tong && t.tong > 0) expect($('main').text()).toContain('vượt chỉ tiêu');
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
    const total = sum(targets.map((t) => t.tong));
    expect(text).toContain(`${formatNumber(total)} sản phẩm OCOP`);
    const counted = recognitions.filter((r) => r.loai === 'moi').length;
    if (recognitions.length === 0) expect(text).toContain('Tiến độ: chưa có số liệu');
    else expect(text).toContain(`Tiến độ: đã công nhận ${formatNumber(counted)}/${formatNumber(total)} sản phẩm mới`);
  });
  it('pages with charts load no chart code: no d3 in the JavaScript bundles', () => {
    const js = fs.readdirSync(path.join(BUILD, 'assets', 'js')).map((f) => fs.readFileSync(path.join(BUILD, 'assets', 'js', f), 'utf8'));
    // Strings that survive minification: d3-color's named colours (pulled in
    // by d3-scale) and d3-time-format's ISO specifier (pulled in by scaleUtc).
    expect(js.filter((src) => /aliceblue|%Y-%m-%dT%H:%M:%S/.test(src))).toEqual([]);
    // Nor the CSV reader (papaparse), which a value import from src/plugins/ would bring in.
    expect(js.filter((src) => src.includes('IS_PAPA_WORKER')).length).toBe(0);
  });
});

describe('the status line and doubted figures (data/ocop-totals.csv)', () => {
  const {ocopTotals} = result.datasets;
  const trusted = [...ocopTotals].filter((r) => !r.doubted).sort((a, b) => a.ngay.localeCompare(b.ngay) || a.line - b.line);
  const latest = trusted.at(-1);
  const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

  it.each(['', 'ke-hoach', 'chi-tieu'])('/%s/ says where things stand, with the latest figure that is not doubted', (route) => {
    const status = page(route)('main aside[aria-label="Tình hình thực hiện Kế hoạch"]');
    expect(status).toHaveLength(1);
    const text = status.text().replace(/\s+/g, ' ');
    expect(text).toMatch(/^Tình hình đến ngày \d{2}\/\d{2}\/\d{4} \(ngày cập nhật trang\):/);
    expect(text).toMatch(/đã kết thúc\.|đang được thực hiện/);
    if (latest) {
      expect(text).toContain(`${latest.tong.lowerBound ? 'hơn ' : ''}${formatNumber(latest.tong.value)} sản phẩm, tính đến ${ddmmyyyy(latest.ngay)}`);
      expect(status.find('a').first().attr('href')).toBe(latest.nguon);
    }
    expect(text).toContain('không thuộc văn bản Kế hoạch');
  });

  it('a doubted figure is listed with its note under the timeline, never as the latest', () => {
    const $ = page('chi-tieu');
    const table = $('main table').filter((_i, el) => $(el).find('caption').text().startsWith('Số liệu của biểu đồ: số sản phẩm OCOP lũy kế'));
    expect(table).toHaveLength(1);
    const rows = table.find('tbody tr');
    expect(rows).toHaveLength(ocopTotals.length);
    for (const r of ocopTotals.filter((x) => x.doubted)) {
      const row = rows.filter((_i, el) => $(el).find('th, td').first().text().trim() === ddmmyyyy(r.ngay) && $(el).find(`a[href="${r.nguon}"]`).length === 1);
      expect(row).toHaveLength(1);
      expect(row.text()).toContain('Số liệu bị nghi vấn, không dùng làm số mới nhất.');
    }
    if (latest) expect($('main').text()).toContain(`${ddmmyyyy(latest.ngay)} (mốc mới nhất`);
  });
});
