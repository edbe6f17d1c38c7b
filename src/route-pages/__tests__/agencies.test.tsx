/** The agency pages rendered from the real plan: quotes are the plan's text, the matrix is the data. */
import {inSentence} from '../../text/vietnamese';
import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {load} from 'cheerio';
import AgenciesContent from '../AgenciesPage/AgenciesContent';
import AgencyContent from '../AgencyPage/AgencyContent';
import GroupContent from '../AgencyGroupPage/GroupContent';
import NeedsContent from '../AgencyNeedsPage/NeedsContent';
import {realItems, realPages} from '../../agencies/__tests__/helpers';
import {contactFor, type Website} from '../../agencies/contact';

// @theme/Heading and useBrokenLinks only exist inside a Docusaurus build.
jest.mock(
  '@theme/Heading',
  () => ({
    __esModule: true,
    default: ({as: Tag, children, ...rest}: {as: 'h2' | 'h3'; children: ReactNode}) => <Tag {...rest}>{children}</Tag>,
  }),
  {virtual: true},
);
const collected: string[] = [];
jest.mock('@docusaurus/useBrokenLinks', () => ({__esModule: true, default: () => ({collectAnchor: (id: string) => collected.push(id), collectLink: () => undefined})}), {
  virtual: true,
});

const pages = realPages();
const dutyText = new Map(realItems().flatMap((i) => i.duties.map((d) => [d.id, d.text])));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('/co-quan/', () => {
  const $ = load(renderToStaticMarkup(<AgenciesContent page={pages.index} />));

  it('one h1, every body linked, every need and task group linked', () => {
    expect($('h1')).toHaveLength(1);
    for (const a of pages.index.agencies) expect($(`#danh-sach ~ section a[href="${a.path}"]`).length).toBe(1);
    for (const n of pages.index.needs) expect($(`a[href="/co-quan/ho-tro/#${n.id}"]`)).toHaveLength(1);
    for (const g of pages.index.groups) expect($(`nav a[href="${g.path}"]`)).toHaveLength(1);
  });

  it('the list names each member of a grouped item, so a reader looking for one finds it', () => {
    for (const a of pages.index.agencies) {
      const li = $(`#danh-sach ~ section a[href="${a.path}"]`).closest('li');
      for (const m of a.members) expect([a.slug, clean(li.text()).includes(m)]).toEqual([a.slug, true]);
    }
    // Item 11 groups four bodies under one short name; two of them are not in that name.
    const item11 = clean($(`#danh-sach ~ section a[href="${pages.index.agencies.find((a) => a.item === 11)!.path}"]`).closest('li').text());
    expect(item11).toContain('Hiệp hội Doanh nghiệp tỉnh');
    expect(item11).toContain('Liên đoàn Thương mại và Công nghiệp Việt Nam Chi nhánh Thanh Hóa – Ninh Bình');
  });

  it('matrix cells equal the duty data, and tell the role in words', () => {
    const rows = $('table[data-matrix] tbody tr');
    expect(rows).toHaveLength(16);
    pages.index.matrix.forEach((row, i) => {
      const tr = rows.eq(i);
      expect(tr.attr('data-agency')).toBe(row.agency.slug);
      const cells = tr.find('td');
      expect(cells).toHaveLength(6);
      row.cells.forEach((cell, j) => {
        const td = cells.eq(j);
        expect(td.attr('data-group')).toBe(cell.group);
        expect(td.attr('data-duties')).toBe(cell.duties.join(' '));
        expect(td.find('a').map((_k, a) => $(a).attr('href')).get()).toEqual(cell.duties.map((id) => `${row.agency.path}#${id}`));
        const text = clean(td.text());
        if (cell.role === 'chu-tri') expect(text).toMatch(/^▲ Chủ trì/);
        else if (cell.role === 'phoi-hop') expect(text).toMatch(/^● Phối hợp/);
        else if (cell.role === 'giao') expect(text).toMatch(/^○ Có nhiệm vụ/);
        else expect(text).toBe('–Không có nhiệm vụ');
      });
    });
  });

  it('the stacked list for phones holds the same cells', () => {
    const bodies = $('ul[aria-label="Bảng trách nhiệm, dạng danh sách"] > li');
    expect(bodies).toHaveLength(16);
    pages.index.matrix.forEach((row, i) => {
      const hrefs = bodies.eq(i).find('ul a[href*="#iv-"]').map((_k, a) => $(a).attr('href')).get();
      const expected = [...row.cells.flatMap((c) => c.duties), ...row.generalDuties].map((id) => `${row.agency.path}#${id}`);
      expect(hrefs).toEqual(expected);
    });
  });

  it('says the classification is the editors’, not the plan’s', () => {
    expect($('#cach-phan-loai').next().text()).toContain('Cách phân loại của ban biên tập, không phải của Kế hoạch.');
  });
});

describe('/co-quan/<slug>/', () => {
  it.each(pages.agencies.map((p) => [p.agency.slug, p] as const))('%s quotes each duty word for word, with its anchor', (_slug, page) => {
    collected.length = 0;
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    expect($('h1').text()).toBe(page.agency.name);
    const quotes = $('[data-duty]');
    expect(quotes.map((_i, el) => $(el).attr('id')).get()).toEqual(page.duties.map((d) => d.id));
    quotes.each((i, el) => expect($(el).find('blockquote').text()).toBe(dutyText.get(page.duties[i]!.id)));
    expect(collected).toEqual(page.duties.map((d) => d.id));
    expect($(`a[href="/ke-hoach/to-chuc-thuc-hien/#${page.agency.anchor}"]`).length).toBeGreaterThan(0);
    expect($('a[href="/chu-trinh-ocop/"]')).toHaveLength(1);
    expect($('a[href="/dao-tao/"]')).toHaveLength(1);
  });

  it('a body reorganised in 2025 shows the dated editorial note, saying what is unconfirmed', () => {
    const page = pages.agencies.find((p) => p.agency.slug === 'so-thong-tin-va-truyen-thong')!;
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    const note = $('aside.editorial-note');
    expect(note).toHaveLength(1);
    expect(note.text()).toContain('Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch');
    expect(note.text()).toContain('chưa được xác nhận');
    expect(note.text()).toContain('25/02/2025');
  });

  it('the district People’s Committees get the notes on 01/07/2025 and Decision 1489', () => {
    const page = pages.agencies.find((p) => p.agency.slug === 'ubnd-cap-huyen')!;
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    expect($('aside.editorial-note h3').map((_i, el) => $(el).attr('id')).get()).toEqual(['ghi-chu-cap-huyen', 'ghi-chu-qd-1489']);
  });

  it.each(pages.agencies.map((p) => [p.agency.slug, p] as const))('%s: “Liên hệ cơ quan”, editorial, links the province portal and no other address', (_slug, page) => {
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    const section = $('section[aria-labelledby="lien-he"]');
    expect(section).toHaveLength(1);
    expect(section.find('h2#lien-he').text()).toBe('Liên hệ cơ quan');
    const text = clean(section.text());
    expect(text).toContain('Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch.');
    expect(text).toContain(`Trang này không ghi địa chỉ, số điện thoại hay thư điện tử của ${inSentence(page.agency.shortName)}`);
    const portal = section.find('a[data-portal]');
    expect(portal.attr('href')).toBe('https://thanhhoa.gov.vn/');
    expect(portal.text()).toBe('Cổng thông tin điện tử tỉnh Thanh Hóa (thanhhoa.gov.vn)');
    // Only the portal, its source and the body's sourced websites (with theirs).
    const hrefs = section.find('a').map((_i, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual([
      'https://thanhhoa.gov.vn/',
      ...page.contact.websites.flatMap((w) => [w.url, w.source.href]),
      'https://thanhhoa.gov.vn/portal/pages/print.aspx?p=14682',
    ]);
    expect(section.find('a[href^="tel:"], a[href^="mailto:"]')).toHaveLength(0);
  });

  it('“Liên hệ cơ quan”, exact text on a fixture: a merged body’s successor site, dated, with its source', () => {
    const website: Website = {
      owner: 'Sở Ví dụ và Môi trường',
      url: 'https://vi-du.example.gov.vn/',
      source: {label: 'Báo Ví dụ: Sở Ví dụ và Môi trường ra mắt', href: 'https://en.bao.example.vn/ra-mat', date: '03/03/2025'},
      successorSince: '01/03/2025',
    };
    const base = pages.agencies.find((p) => p.agency.slug === 'so-nong-nghiep-va-ptnt')!;
    const page = {...base, contact: contactFor(base.agency.slug, {[base.agency.slug]: [website]}, {[base.agency.slug]: 'Câu ghi chú.'})};
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    const section = $('section[aria-labelledby="lien-he"]');
    expect(section.find('p').map((_i, p) => clean($(p).text())).get()).toEqual([
      'Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch. Trang này không ghi địa chỉ, số điện thoại hay thư điện tử của Sở Nông nghiệp và PTNT, và không ghi địa chỉ nào không có nguồn công khai. Câu ghi chú.',
      'Trang thông tin chính thức của tỉnh: Cổng thông tin điện tử tỉnh Thanh Hóa (thanhhoa.gov.vn).',
      'Nguồn của địa chỉ cổng: Cổng thông tin điện tử tỉnh Thanh Hóa, bản in bài về Quyết định 1114/QĐ-UBND (khoảng tháng 4/2021).',
    ]);
    const item = section.find('li[data-website]');
    expect(clean(item.text())).toBe(
      'Trang web của Sở Ví dụ và Môi trường, cơ quan tiếp nhận nhiệm vụ của Sở Nông nghiệp và PTNT từ 01/03/2025. Nguồn: Báo Ví dụ: Sở Ví dụ và Môi trường ra mắt (tiếng Anh) (03/03/2025).',
    );
    expect(item.find('a').map((_i, a) => $(a).attr('href')).get()).toEqual(['https://vi-du.example.gov.vn/', 'https://en.bao.example.vn/ra-mat']);
  });

  it('“Liên hệ cơ quan” of the district People’s Committees says they ended on 01/07/2025', () => {
    const page = pages.agencies.find((p) => p.agency.slug === 'ubnd-cap-huyen')!;
    const $ = load(renderToStaticMarkup(<AgencyContent page={page} />));
    expect(clean($('section[aria-labelledby="lien-he"] p').first().text())).toContain(
      'Chính quyền cấp huyện dừng hoạt động từ 01/07/2025; từ đó chính quyền địa phương có hai cấp, tỉnh và xã, phường.',
    );
  });

  it('item 11: the plan requests rather than assigns', () => {
    const page = pages.agencies.find((p) => p.agency.item === 11)!;
    const text = clean(load(renderToStaticMarkup(<AgencyContent page={page} />))('body').text());
    expect(text).toContain('Kế hoạch đề nghị một nhiệm vụ tại mục IV.11');
  });
});

describe('/co-quan/nhom/<group>/', () => {
  it.each(pages.groups.map((g) => [g.group.slug, g] as const))('%s quotes the duties of the group', (_slug, page) => {
    const $ = load(renderToStaticMarkup(<GroupContent page={page} />));
    expect($('h1')).toHaveLength(1);
    const ids = $('[data-duty]').map((_i, el) => $(el).attr('data-duty')).get();
    expect(ids).toEqual(page.entries.flatMap((e) => e.duties.map((d) => d.id)));
    $('[data-duty]').each((_i, el) => expect($(el).find('blockquote').text()).toBe(dutyText.get($(el).attr('data-duty')!)));
    expect($('[aria-current="page"]').text()).toContain(page.group.label);
  });
});

describe('/co-quan/ho-tro/', () => {
  const $ = load(renderToStaticMarkup(<NeedsContent page={pages.needs} />));
  it('each need has its anchor and quotes the cited duties word for word, linked to the body’s duty', () => {
    for (const need of pages.needs.needs) {
      const section = $(`section[data-need="${need.id}"]`);
      expect(section.find(`h2#${need.id}`)).toHaveLength(1);
      const quotes = section.find('[data-duty]');
      expect(quotes.map((_i, el) => $(el).attr('data-duty')).get()).toEqual(need.entries.map((e) => e.duty.id));
      quotes.each((i, el) => {
        const {agency, duty} = need.entries[i]!;
        expect($(el).find('blockquote').text()).toBe(dutyText.get(duty.id));
        expect($(el).find(`a[href="${agency.path}"]`)).toHaveLength(1);
      });
    }
  });
  it('food safety points to the Department of Health first', () => {
    const first = $('section[data-need="an-toan-thuc-pham"] [data-duty]').first();
    expect(first.attr('data-duty')).toBe('iv-6-1');
    expect(first.find('a').first().text()).toBe('Sở Y tế');
  });
});
