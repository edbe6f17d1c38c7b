/**
 * Build test: the production build in build/ (run `npm run build` first) has
 * every section route, each answering in Vietnamese.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {ENGLISH_THEME_STRINGS, SECTION_ROUTES} from '../support/routes';

const BUILD = path.resolve(__dirname, '../../../build');

function readPage(route: string): string {
  const file = route === '/404' ? path.join(BUILD, '404.html') : path.join(BUILD, route, 'index.html');
  return fs.readFileSync(file, 'utf8');
}

/** Text a reader can see or hear: body text plus attributes read aloud. */
function readerText(html: string): string {
  const $ = load(html);
  $('script, style, noscript').remove();
  const attrs = $('[aria-label], [title], [alt], [placeholder]')
    .map((_i, el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => $(el).attr(a) ?? '').join(' '))
    .get()
    .join(' ');
  return `${$('title').text()} ${$('body').text()} ${attrs}`;
}

describe.each([...SECTION_ROUTES, '/404'])('page %s', (route) => {
  const html = readPage(route);
  const $ = load(html);

  it('declares Vietnamese', () => {
    expect($('html').attr('lang')).toBe('vi');
  });

  it('has a Vietnamese title and one main heading', () => {
    expect($('title').text()).toMatch(/OCOP Thanh Hóa 2025/);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim().length).toBeGreaterThan(3);
  });

  it('has a Vietnamese meta description', () => {
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it('shows no English theme strings', () => {
    const text = readerText(html);
    const found = ENGLISH_THEME_STRINGS.filter((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text));
    expect(found).toEqual([]);
  });

  it('has the skip link and the navbar in Vietnamese', () => {
    expect(html).toContain('Chuyển tới nội dung chính');
    expect($('nav.navbar a').text()).toContain('Kế hoạch');
  });
});

describe('footer', () => {
  const $ = load(readPage('/'));
  const footer = $('footer');
  it('names the issuing authority and the plan and links the accessibility statement and data licence', () => {
    expect(footer.text()).toContain('Ủy ban nhân dân tỉnh Thanh Hóa');
    expect(footer.text()).toContain('36/KH-UBND');
    expect(footer.find('a[href="/tiep-can/"]')).toHaveLength(1);
    expect(footer.find('a[href^="/du-lieu/"]').length).toBeGreaterThan(0);
  });
  it('invents no contact details', () => {
    expect(footer.text()).not.toMatch(/@|\bđiện thoại\b|\bĐT:|\+84|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/i);
  });
});

describe('home page', () => {
  const $ = load(readPage('/'));
  it('states the headline target from the plan', () => {
    const text = $('main').text().replace(/\s+/g, ' ');
    expect(text).toContain('160 sản phẩm OCOP');
    expect(text).toContain('3 sản phẩm 5 sao');
    expect(text).toContain('20 sản phẩm 4 sao');
    expect(text).toContain('137 sản phẩm 3 sao');
  });
  it('has an entry point for each audience', () => {
    const headings = $('main h2, main h3').map((_i, el) => $(el).text()).get();
    expect(headings).toEqual(expect.arrayContaining(['Người dân, doanh nghiệp', 'Học viên, cán bộ và chủ thể OCOP', 'Cán bộ truyền thông']));
  });
});

describe('every page in the sitemap, for search engines and sharing', () => {
  const sitemap = fs.readFileSync(path.join(BUILD, 'sitemap.xml'), 'utf8');
  const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('lists the section routes', () => {
    expect(routes).toEqual(expect.arrayContaining([...SECTION_ROUTES]));
  });

  it.each(routes)('%s has a canonical URL, a Vietnamese description and Open Graph tags', (route) => {
    const $ = load(readPage(route));
    expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect($('meta[property="og:title"]').attr('content')?.length).toBeGreaterThan(3);
    expect($('meta[property="og:description"]').attr('content')).toBe(description);
    // Its card, or, for a news post, its own picture (front matter `image`).
    expect($('meta[property="og:image"]').attr('content')).toMatch(route.startsWith('/tin-tuc/') ? /\/(anh-chia-se\/.+\.png|assets\/images\/[^/]+)$/ : /\/anh-chia-se\/.+\.png$/);
    expect($('meta[property="og:locale"]').attr('content')).toBe('vi_VN');
  });
});

describe('"last updated" line of the doc pages', () => {
  it('gives the date as dd/mm/yyyy, the same day as its machine-readable date', () => {
    const $ = load(readPage('/ke-hoach/toan-van/'));
    const time = $('.theme-last-updated time');
    expect($('.theme-last-updated').text()).toMatch(/^Cập nhật lần cuối vào \d{2}\/\d{2}\/\d{4}$/);
    const [y, m, d] = (time.attr('datetime') ?? '').slice(0, 10).split('-');
    expect(time.text()).toBe(`${d}/${m}/${y}`);
  });
});
