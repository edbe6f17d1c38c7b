/**
 * Build test for /co-quan/: the production build in build/ (run `npm run
 * build` first) has a page per body of Part IV, each duty's text appears on
 * its page and on the plan's Part IV page, and the matrix shows the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {AGENCIES} from '../../agencies/agencies';
import {AGENCY_WEBSITES, PROVINCE_PORTAL} from '../../agencies/contact';
import {realItems, realPages} from '../../agencies/__tests__/helpers';

const BUILD = path.resolve(__dirname, '../../../build');
const page = (route: string) => load(fs.readFileSync(path.join(BUILD, route, 'index.html'), 'utf8'));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

const items = realItems();
const pages = realPages();

describe('Part IV of the plan', () => {
  const $ = page('ke-hoach/to-chuc-thuc-hien');
  const official = clean($('[data-official-text]').text());

  it.each(items.flatMap((i) => i.duties.map((d) => [d.id, d.text] as const)))('%s appears word for word in the official text', (_id, text) => {
    expect(official).toContain(text);
  });

  it('each item links to its body’s page, outside the heading', () => {
    for (const a of AGENCIES) {
      const heading = $(`h3#iv-${a.item}`);
      expect(heading).toHaveLength(1);
      expect(heading.find('a[href^="/co-quan/"]')).toHaveLength(0);
      const link = heading.next('p').find(`a[href="/co-quan/${a.slug}/"]`);
      expect(clean(link.text())).toBe(`Xem trang cơ quan: ${a.shortName}`);
    }
  });
});

describe('body pages', () => {
  it('there are 16', () => {
    expect(AGENCIES).toHaveLength(16);
    for (const a of AGENCIES) expect(fs.existsSync(path.join(BUILD, 'co-quan', a.slug, 'index.html'))).toBe(true);
  });

  it.each(pages.agencies.map((p) => [p.agency.path, p] as const))('%s quotes each of its duties and links the plan item', (route, p) => {
    const $ = page(route);
    expect(clean($('h1').text())).toBe(p.agency.name);
    for (const d of p.duties) expect(clean($(`#${d.id} blockquote`).text())).toBe(d.text);
    expect($(`main a[href="/ke-hoach/to-chuc-thuc-hien/#${p.agency.anchor}"]`).length).toBeGreaterThan(0);
    expect($('meta[name="description"]').attr('content')).toContain(`mục IV.${p.agency.item}`);
  });
});

describe('“Liên hệ cơ quan” on each body page', () => {
  it.each(AGENCIES.map((a) => [a.slug] as const))('%s links the province portal, and only addresses with a source', (slug) => {
    const $ = page(`co-quan/${slug}`);
    const section = $('main section[aria-labelledby="lien-he"]');
    expect(section).toHaveLength(1);
    expect(clean(section.find('h2').text().replace(/\u200b/g, ''))).toBe('Liên hệ cơ quan');
    expect(clean(section.text())).toContain('Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch.');
    expect(section.find(`a[href="${PROVINCE_PORTAL.url}"]`)).toHaveLength(1);
    // Every address in the section is the portal, its source, or one of the body's websites or their sources.
    const allowed = [PROVINCE_PORTAL.url, PROVINCE_PORTAL.source.href, ...(AGENCY_WEBSITES[slug] ?? []).flatMap((w) => [w.url, w.source.href])];
    const hrefs = section.find('a:not(.hash-link)').map((_i, a) => $(a).attr('href')).get();
    expect(hrefs.filter((h) => !allowed.includes(h))).toEqual([]);
    expect(hrefs).toContain(PROVINCE_PORTAL.source.href);
    // The same words on every body page: kept out of the search index.
    expect(section.attr('data-pagefind-ignore')).toBe('all');
  });
});

describe('/co-quan/', () => {
  const $ = page('co-quan');
  it('links every body page', () => {
    for (const a of AGENCIES) expect($(`main a[href="/co-quan/${a.slug}/"]`).length).toBeGreaterThan(0);
  });
  it('matrix cells equal the duty data', () => {
    const rows = $('table[data-matrix] tbody tr');
    expect(rows).toHaveLength(16);
    pages.index.matrix.forEach((row, i) => {
      const cells = rows.eq(i).find('td');
      row.cells.forEach((cell, j) => {
        expect(cells.eq(j).attr('data-role')).toBe(cell.role ?? '');
        expect(cells.eq(j).find('a').map((_k, a) => $(a).attr('href')).get()).toEqual(cell.duties.map((id) => `${row.agency.path}#${id}`));
      });
    });
  });
  it('links each task-group page and the needs page, which exist', () => {
    for (const g of pages.groups) {
      expect($(`main a[href="${g.group.path}"]`).length).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(BUILD, g.group.path, 'index.html'))).toBe(true);
    }
    expect(fs.existsSync(path.join(BUILD, 'co-quan', 'ho-tro', 'index.html'))).toBe(true);
  });
});

describe('/co-quan/ho-tro/', () => {
  const $ = page('co-quan/ho-tro');
  it('quotes the cited duties word for word', () => {
    for (const need of pages.needs.needs) {
      const quotes = $(`section[data-need="${need.id}"] [data-duty] blockquote`).map((_i, el) => clean($(el).text())).get();
      expect(quotes).toEqual(need.entries.map((e) => e.duty.text));
    }
  });
});
