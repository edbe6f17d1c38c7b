/**
 * Build test for /nguon/ ("Nguồn tham khảo"): the page lists every entry of
 * the register (src/content/sources.ts) with its address, label, site, date
 * and what it supports, and the footer of every page and /du-lieu/ lead to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {SOURCE_GROUPS, SOURCES, sourceSite, type Source} from '../../content/sources';
import {BUILD_DIR as BUILD} from '../support/siteDirs';

const page = (route: string) => load(fs.readFileSync(path.join(BUILD, route, 'index.html'), 'utf8'));
const clean = (s: string) => s.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();

describe('/nguon/', () => {
  const $ = page('nguon');

  it('is titled "Nguồn tham khảo", one heading per group', () => {
    expect(clean($('main h1').text())).toBe('Nguồn tham khảo');
    expect($('main h2').map((_i, el) => clean($(el).text())).get()).toEqual(SOURCE_GROUPS.map((g) => g.title));
  });

  it.each(Object.entries(SOURCES) as [string, Source][])('lists %s with its address, label, site, date and use', (_key, s) => {
    const link = $('main li > a').filter((_i, a) => $(a).attr('href') === s.href);
    expect(link).toHaveLength(1);
    expect(clean(link.text())).toBe(s.label);
    const item = clean(link.closest('li').text());
    expect(item).toContain(`Trang: ${sourceSite(s.href)}.`);
    expect(item).toContain(`Ngày: ${s.date}.`);
    expect(item).toContain(`Dùng cho: ${s.supports}`);
  });

  it('lists nothing but the register', () => {
    expect($('main li > a[href^="http"]')).toHaveLength(Object.keys(SOURCES).length);
  });
});

describe('links to /nguon/', () => {
  it.each(['/', '/ke-hoach/', '/chi-tieu/'])('the footer of %s', (route) => {
    expect(page(route)('footer a[href="/nguon/"]').text()).toBe('Nguồn tham khảo');
  });
  it('/du-lieu/, in its "Nguồn" section', () => {
    expect(page('du-lieu')('main a[href="/nguon/"]')).toHaveLength(1);
  });
});
