import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {load} from 'cheerio';
import TargetsContent from '../TargetsPage/TargetsContent';
import UnitContent from '../UnitPage/UnitContent';
import DataContent from '../DataPage/DataContent';
import {fixturePages, noRecognitionPages, publishedPages} from '../../plugins/ocop-data/__tests__/fixturePages';

// @theme/Heading only exists inside a Docusaurus build.
jest.mock(
  '@theme/Heading',
  () => ({
    __esModule: true,
    default: ({as: Tag, children, ...rest}: {as: 'h2' | 'h3'; children: ReactNode}) => <Tag {...rest}>{children}</Tag>,
  }),
  {virtual: true},
);

const published = publishedPages();
const withData = fixturePages();
const noDecision = noRecognitionPages();
const NO_DECISION = 'Chưa có quyết định công nhận nào được ghi';
const progressTable = ($: ReturnType<typeof load>) => $('table').filter((_i, el) => $(el).find('caption').text().startsWith('Tiến độ theo đơn vị'));
const count = (text: string, part: string) => text.split(part).length - 1;
const cellTexts = ($: ReturnType<typeof load>, row: ReturnType<ReturnType<typeof load>>) =>
  row
    .find('th, td')
    .map((_i, el) => $(el).text().trim())
    .get();

describe('/chi-tieu/ (published data)', () => {
  const $ = load(renderToStaticMarkup(<TargetsContent page={published.targets} />));

  it('has one h1 and the section anchors other pages link to', () => {
    expect($('h1')).toHaveLength(1);
    for (const id of ['chi-tieu-theo-don-vi', 'tien-do', 'bieu-do', 'nguon']) expect($(`h2#${id}`)).toHaveLength(1);
  });

  it('target table: 26 units in plan order with their numbers, then the totals', () => {
    const table = $('table').first();
    const rows = table.find('tbody tr');
    expect(rows).toHaveLength(26);
    published.targets.units.forEach((u, i) => {
      expect(cellTexts($, rows.eq(i))).toEqual([u.don_vi, ...[u.target.tong, u.target.sao_5, u.target.sao_4, u.target.sao_3].map(String)]);
      expect(rows.eq(i).find(`a[href="/chi-tieu/${u.ma_don_vi}/"]`)).toHaveLength(1);
    });
    expect(cellTexts($, table.find('tfoot tr'))).toEqual(['Toàn tỉnh', '160', '3', '20', '137']);
    expect(table.find('td.num')).toHaveLength(26 * 4 + 4);
  });

  it('progress follows data/recognitions.csv: a table once a decision is recorded, otherwise one sentence', () => {
    const recorded = published.targets.province.achieved !== null;
    expect(progressTable($)).toHaveLength(recorded ? 1 : 0);
    expect(count($.text(), NO_DECISION)).toBe(recorded ? 0 : 1);
    if (!recorded) return;
    const rows = progressTable($).find('tbody tr');
    expect(rows).toHaveLength(published.targets.units.length);
    published.targets.units.forEach((u, i) => {
      const cells = cellTexts($, rows.eq(i));
      expect(cells.slice(0, 2)).toEqual([u.don_vi, String(u.target.tong)]);
      expect(cells[2]).toBe(u.achieved === null ? 'chưa có số liệu' : String(u.achieved.tong));
    });
    const achieved = published.targets.units.reduce((sum, u) => sum + (u.achieved?.tong ?? 0), 0);
    expect(cellTexts($, progressTable($).find('tfoot tr')).slice(0, 3)).toEqual([
      'Toàn tỉnh',
      String(published.targets.units.reduce((sum, u) => sum + u.target.tong, 0)),
      String(achieved),
    ]);
  });

  it('server-rendered charts, each with a title heading and a figure', () => {
    expect($('figure svg[role="img"]')).toHaveLength(published.targets.charts.length);
    expect($('section h3').map((_i, el) => $(el).text()).get()).toEqual(published.targets.charts.map((c) => c.title));
  });

  it('sort buttons appear only with JavaScript: the static table has none', () => {
    expect($('th button')).toHaveLength(0);
  });
});

describe('/chi-tieu/ before any decision is recorded (recognitions.csv with its header only)', () => {
  const $ = load(renderToStaticMarkup(<TargetsContent page={noDecision.targets} />));
  it('says once that no decision is recorded, instead of "chưa có số liệu" in every cell', () => {
    expect(count($.text(), NO_DECISION)).toBe(1);
    expect($.text().toLowerCase()).not.toContain('chưa có số liệu');
    expect(progressTable($)).toHaveLength(0);
    expect($('svg[data-chart="tien-do-theo-don-vi"]')).toHaveLength(0);
    expect($('figure svg[role="img"]')).toHaveLength(noDecision.targets.charts.length);
  });
  it('summary first: the target and the state of progress before the tables, with links to the sections', () => {
    const firstTable = $.html().indexOf('<table');
    expect($.html().indexOf('Mục tiêu năm')).toBeLessThan(firstTable);
    expect($.html().indexOf('Chưa có quyết định nào được ghi')).toBeLessThan(firstTable);
    const links = $('nav[aria-label="Trên trang này"] a').map((_i, el) => $(el).attr('href')).get();
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect($(href)).toHaveLength(1);
  });
});

describe('/chi-tieu/ with the fake recognitions fixture', () => {
  const $ = load(renderToStaticMarkup(<TargetsContent page={withData.targets} />));
  it('shows the progress table and chart with figures, and no "no decision" sentence', () => {
    expect(progressTable($)).toHaveLength(1);
    expect($('svg[data-chart="tien-do-theo-don-vi"]')).toHaveLength(1);
    expect($.text()).not.toContain(NO_DECISION);
  });
  it('progress table: achieved/target by star and % for units with figures', () => {
    const rows = $('table').eq(1).find('tbody tr');
    const row = (name: string) => cellTexts($, rows.filter((_i, el) => $(el).find('th').text() === name));
    expect(row('Huyện Nga Sơn')).toEqual(['Huyện Nga Sơn', '8', '2', '0/2', '1/2', '1/4', '25 %']);
    expect(row('Huyện Mường Lát')).toEqual(['Huyện Mường Lát', '2', '3', '0/0', '0/0', '3/2', '150 % (vượt chỉ tiêu)']);
    expect(row('TP Sầm Sơn')[2]).toBe('chưa có số liệu');
    expect(cellTexts($, $('table').eq(1).find('tfoot tr'))).toEqual(['Toàn tỉnh', '160', '6', '1/3', '1/20', '4/137', '3,8 %']);
  });
  it('headline progress with the date', () => {
    expect($.text()).toContain('6/160');
    expect($.text()).toContain('tính đến 20/06/2025');
  });
  it('the status line after the lead: year over, latest total with its source, no report found', () => {
    const status = $('aside[aria-label="Tình hình thực hiện Kế hoạch"]');
    expect(status).toHaveLength(1);
    expect(status.prev().is('p')).toBe(true);
    expect(status.find('p').first().text()).toBe(
      'Tình hình đến ngày 30/11/2026 (ngày cập nhật trang): Năm 2025, năm thực hiện Kế hoạch, đã kết thúc. ' +
        'Tổng số sản phẩm OCOP của tỉnh theo số liệu công bố mới nhất mà trang này ghi được: 661 sản phẩm, tính đến 31/10/2025 (nguồn). ' +
        'Đây là số lũy kế, gồm cả sản phẩm có từ trước năm 2025, không phải số sản phẩm mới của năm. ' +
        'Chưa tìm thấy báo cáo chính thức nào về kết quả thực hiện chỉ tiêu năm 2025 (lần tìm gần nhất: 15/11/2026).',
    );
    expect(status.find('a').attr('href')).toMatch(/^https:\/\/tieudung\.thuonghieusanpham\.vn\//);
  });
});

describe('unit page', () => {
  it('every unit: its targets by star, and "chưa có số liệu" exactly when it has no new product', () => {
    for (const page of published.units) {
      const $ = load(renderToStaticMarkup(<UnitContent page={page} />));
      const u = page.unit;
      expect($('h1').text()).toBe(`${u.don_vi}: chỉ tiêu OCOP năm 2025`);
      const rows = $('table').first().find('tbody tr');
      expect(rows.map((_i, el) => cellTexts($, $(el)).slice(0, 2).join('|')).get()).toEqual([
        `5 sao|${u.target.sao_5}`,
        `4 sao|${u.target.sao_4}`,
        `3 sao|${u.target.sao_3}`,
      ]);
      expect(cellTexts($, $('table').first().find('tfoot tr'))).toEqual(['Tổng', String(u.target.tong), u.achieved === null ? 'chưa có số liệu' : String(u.achieved.tong)]);
    }
  });
  it('a unit without recognitions (fixture): "chưa có số liệu" and the cited note on the end of district-level government', () => {
    const page = withData.units.find((u) => u.unit.ma_don_vi === 'sam-son')!;
    const $ = load(renderToStaticMarkup(<UnitContent page={page} />));
    expect($('h1').text()).toBe('TP Sầm Sơn: chỉ tiêu OCOP năm 2025');
    const rows = $('table').first().find('tbody tr');
    expect(rows.map((_i, el) => cellTexts($, $(el)).join('|')).get()).toEqual(['5 sao|0|chưa có số liệu', '4 sao|1|chưa có số liệu', '3 sao|1|chưa có số liệu']);
    expect(cellTexts($, $('table').first().find('tfoot tr'))).toEqual(['Tổng', '2', 'chưa có số liệu']);
    expect($.text()).toContain('01/07/2025');
    expect($('a[href^="https://en.baochinhphu.vn/"]').length).toBeGreaterThan(0);
  });
  it('lists recognised products with CSV text escaped (fixture)', () => {
    const page = withData.units.find((u) => u.unit.ma_don_vi === 'hoang-hoa')!;
    const html = renderToStaticMarkup(<UnitContent page={page} />);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; (dữ liệu giả)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('marks re-recognised products as not counted', () => {
    const page = withData.units.find((u) => u.unit.ma_don_vi === 'nga-son')!;
    const $ = load(renderToStaticMarkup(<UnitContent page={page} />));
    expect($('table').eq(1).find('tbody tr')).toHaveLength(3);
    expect($.text()).toContain('Công nhận lại (không tính vào mục tiêu)');
  });
});

describe('/du-lieu/', () => {
  const $ = load(renderToStaticMarkup(<DataContent page={published.data} />));
  it('links every CSV at a stable URL, with its dictionary', () => {
    for (const f of ['targets.csv', 'recognitions.csv', 'ocop-totals.csv', 'tile-grid.csv']) {
      expect($(`a[href="/du-lieu/${f}"][download]`)).toHaveLength(1);
    }
    expect($('dl[aria-labelledby]').map((_i, el) => $(`#${$(el).attr('aria-labelledby')}`).find('strong').text()).get()).toEqual([
      'Từ điển dữ liệu của targets.csv',
      'Từ điển dữ liệu của recognitions.csv',
      'Từ điển dữ liệu của ocop-totals.csv',
      'Từ điển dữ liệu của tile-grid.csv',
    ]);
    expect($('dl').first().find('dt code').map((_i, el) => $(el).text()).get()).toEqual(['ma_don_vi', 'don_vi', 'tong', 'sao_5', 'sao_4', 'sao_3']);
  });
  it('links the chart SVGs and their share pictures, states the licence and a citation', () => {
    expect($('a[href$=".svg"][href^="/du-lieu/bieu-do/"][download]')).toHaveLength(published.data.charts.length);
    const pictures = published.data.charts.flatMap((c) => c.pictures);
    expect(pictures.length).toBeGreaterThanOrEqual(published.data.charts.length);
    expect($('a[href$=".png"][href^="/du-lieu/bieu-do/"][download]').map((_i, a) => [[$(a).attr('href'), $(a).text()]]).get()).toEqual(pictures.map((p) => [p.href, p.label]));
    expect($('#giay-phep').next().text()).toContain('CC BY 4.0');
    expect($.text()).toContain('https://example.org/du-lieu/');
    expect($('#dia-chi-tam')).toHaveLength(0);
  });
  it('in a build without SITE_URL the citation says its address is a placeholder', () => {
    const local = load(renderToStaticMarkup(<DataContent page={noRecognitionPages('http://localhost:3000/').data} />));
    expect(local.text()).toContain('http://localhost:3000/du-lieu/');
    expect(local('#dia-chi-tam').text()).toContain('địa chỉ tạm');
  });
  it('says how to open the CSV files in Excel, and links the update guide page', () => {
    expect($('#mo-bang-excel').text()).toContain('Excel');
    expect($('#mo-bang-excel').text()).toContain('UTF-8');
    expect($('#cap-nhat ~ p a[href="/du-lieu/huong-dan-cap-nhat/"]')).toHaveLength(1);
  });
});
