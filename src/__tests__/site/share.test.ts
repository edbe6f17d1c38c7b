/**
 * Build test for the share pictures (issue #20): every chart of /chi-tieu/
 * has its PNG pictures, of the stated size, not blank, carrying the page's
 * title, source and date; every page's og:image is an absolute address of
 * a card in the build with the stated size; unit cards show the unit's
 * target from data/targets.csv (read through the project's parser).
 * Derived from the build and data/ only: holds for any valid content.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {DATA_FILES, validateDatasets} from '../../datasets/validateDatasets';
import {readPngInfo} from '../../share/png';
import {BUILD_DIR as BUILD, SITE_DIR as ROOT} from '../support/siteDirs';
import {inkShare} from '../support/pngPixels';
import {formatNumber} from '../../format';
import {imageSize} from 'image-size';
import {emittedImage} from '../../news/photos';

const read = (file: string) => new Uint8Array(fs.readFileSync(file));
/** A news post's own picture (front matter `image`), emitted under assets/images/, not a drawn card. */
const ownPicture = (url: string) => emittedImage(url, '/') !== undefined;

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    // admin/: the staff's editor (src/plugins/editor/), noindex, not a page to share.
    if (e.isDirectory()) return e.name === 'assets' || e.name === 'pagefind' || e.name === 'admin' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

const chiTieu = load(fs.readFileSync(path.join(BUILD, 'chi-tieu', 'index.html'), 'utf8'));
/** The build's site address (with baseUrl), from the page's canonical link. */
const canonical = chiTieu('link[rel="canonical"]').attr('href')!;
const siteRoot = canonical.replace(/chi-tieu\/$/, '');
const fileOf = (url: string) => {
  expect(url.startsWith(siteRoot)).toBe(true);
  return path.join(BUILD, ...decodeURI(url.slice(siteRoot.length)).split('/'));
};
const hrefFile = (href: string) => path.join(BUILD, ...decodeURI(href.replace(new RegExp(`^${new URL(siteRoot).pathname}`), '')).split('/'));

describe('chart pictures on /chi-tieu/', () => {
  const figures = chiTieu('figure[id^="hinh-"]').toArray();

  it('every chart has its pictures', () => {
    expect(figures.length).toBe(chiTieu('svg[data-chart]').length);
    expect(figures.length).toBeGreaterThan(0);
  });

  describe.each(figures.map((f) => [chiTieu(f).find('svg[data-chart]').attr('data-chart')!, f] as const))('%s', (id, figure) => {
    const $f = chiTieu(figure);
    const title = $f.find(`svg title`).first().text();
    const meta = $f.find('dl dt').toArray().map((dt) => [chiTieu(dt).text(), chiTieu(dt).next('dd').text()] as const);
    const source = meta.find(([k]) => k === 'Nguồn:')![1];
    const asOf = meta.find(([k]) => k === 'Số liệu tính đến:')![1];
    const links = $f.find('a[href$=".png"]').toArray().map((a) => ({href: chiTieu(a).attr('href')!, text: chiTieu(a).text(), download: chiTieu(a).attr('download')}));

    it('links a landscape and a square PNG, the link text stating the size', () => {
      expect(links.map((l) => l.text)).toEqual(['ảnh (PNG) 1200 × 675', 'ảnh vuông (PNG) 1080 × 1080']);
      for (const l of links) {
        expect(l.download).toBeDefined();
        expect(l.href.endsWith(`/du-lieu/bieu-do/${id}-${l.text.match(/(\d+) × (\d+)/)!.slice(1).join('x')}.png`)).toBe(true);
      }
    });

    it.each([0, 1])('picture %i: a PNG of the stated size, not blank, with the page\'s title, source and date', (i) => {
      const link = links[i]!;
      const [w, h] = link.text.match(/(\d+) × (\d+)/)!.slice(1).map(Number);
      const png = read(hrefFile(link.href));
      const info = readPngInfo(png);
      expect([info.width, info.height]).toEqual([w, h]);
      expect(inkShare(png)).toBeGreaterThan(0.05);
      expect(info.texts.Title).toBe(title);
      const drawn = info.texts.Description!.split('\n');
      expect(drawn.slice(0, 3)).toEqual([title, `Nguồn: ${source}`, `Số liệu tính đến: ${asOf}`]);
      expect(drawn[3]).toMatch(/^OCOP Thanh Hóa 2025 · /);
    });
  });
});

describe('social cards', () => {
  const pages = htmlFiles(BUILD).map((file) => ({file: path.relative(BUILD, file), $: load(fs.readFileSync(file, 'utf8'))}));

  it.each(pages.map((p) => [p.file, p.$] as const))('%s: og:image is an absolute address of a picture in the build, with its size and a Vietnamese alt', (_file, $) => {
    const image = $('meta[property="og:image"]').attr('content')!;
    expect(image).toMatch(/^https?:\/\//);
    // A news post may name its own picture (front matter `image`, published as its largest copy, src/news/photos.ts); every other page has its card.
    const own = ownPicture(image);
    const info = own ? imageSize(read(fileOf(image))) : readPngInfo(read(fileOf(image)));
    expect($('meta[property="og:image:width"]').attr('content')).toBe(String(info.width));
    expect($('meta[property="og:image:height"]').attr('content')).toBe(String(info.height));
    expect($('meta[property="og:image:alt"]').attr('content')).toMatch(own ? /\S/ : /trang/);
    expect($('meta[name="twitter:image"]').attr('content')).toBe(image);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  it('a news post\'s card gives its title and date', () => {
    const posts = pages.filter((p) => /^tin-tuc\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(p.file.split(path.sep).join('/')));
    expect(posts.length).toBeGreaterThan(0);
    for (const {file, $} of posts.filter((p) => !ownPicture(p.$('meta[property="og:image"]').attr('content')!))) {
      const [y, m, d] = file.split(path.sep).slice(1, 4);
      const drawn = readPngInfo(read(fileOf($('meta[property="og:image"]').attr('content')!))).texts.Description!.split('\n');
      expect(drawn.slice(0, 2)).toEqual([`Tin tức · ${d}/${m}/${y}`, $('article header h1').first().text().trim()]);
    }
  });

  it('each page has its own card', () => {
    const images = pages.map((p) => p.$('meta[property="og:image"]').attr('content'));
    expect(new Set(images).size).toBe(images.length);
  });

  it('two unit pages with different targets have different cards, with the targets of targets.csv', () => {
    const files = Object.fromEntries(DATA_FILES.map((f) => [f, read(path.join(ROOT, 'data', f))]));
    const result = validateDatasets(files);
    if (!result.ok) throw new Error('data/ is invalid');
    const {targets} = result.datasets;
    const a = targets[0]!;
    const b = targets.find((t) => t.tong !== a.tong || t.sao_5 !== a.sao_5)!;
    const card = (ma: string) => {
      const $ = load(fs.readFileSync(path.join(BUILD, 'chi-tieu', ma, 'index.html'), 'utf8'));
      return read(fileOf($('meta[property="og:image"]').attr('content')!));
    };
    const [pa, pb] = [card(a.ma_don_vi), card(b.ma_don_vi)];
    expect(Buffer.from(pa).equals(Buffer.from(pb))).toBe(false);
    for (const [t, png] of [[a, pa], [b, pb]] as const) {
      const drawn = readPngInfo(png).texts.Description!.split('\n');
      expect(drawn).toContain(`${t.don_vi} — chỉ tiêu 2025`);
      expect(drawn).toContain(`${formatNumber(t.tong)} sản phẩm OCOP`);
      expect(drawn).toContain(`${formatNumber(t.sao_5)} × 5 sao, ${formatNumber(t.sao_4)} × 4 sao, ${formatNumber(t.sao_3)} × 3 sao`);
      expect(inkShare(png)).toBeGreaterThan(0.05);
    }
  });
});
