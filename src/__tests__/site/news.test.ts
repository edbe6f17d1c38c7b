/**
 * Build test (project "build"): runs after `npm run build` on build/.
 * Checks the news section: feeds with Vietnamese titles and their
 * Vietnamese browser view (XSLT), one page per published post, tag,
 * archive and author pages, and the editorial guide. Drafts are absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import yaml from 'js-yaml';
import {BUILD_DIR as BUILD, SITE_DIR as ROOT} from '../support/siteDirs';
import {publishedPosts, sourcePosts} from '../support/sourcePosts';
import {pageTitle} from '../../pageTitle';
const NEWS = path.join(BUILD, 'tin-tuc');
const FEED_LIMIT = 20;

const all = sourcePosts(ROOT);
const published = publishedPosts(ROOT);
const inFeed = published.slice(0, FEED_LIMIT);
const drafts = all.filter((p) => p.draft);

const read = (rel: string) => fs.readFileSync(path.join(NEWS, rel), 'utf8');
/** Text of every <tag>…</tag> (CDATA unwrapped), in order. */
const texts = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').trim(),
  );

describe('news build', () => {
  it('has published posts to check', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  describe('RSS feed /tin-tuc/rss.xml', () => {
    const xml = read('rss.xml');
    it('has the Vietnamese title, description and language', () => {
      expect(texts(xml, 'title')[0]).toBe('Tin tức OCOP Thanh Hóa 2025');
      expect(texts(xml, 'description')[0]).toBe('Tin tức về việc thực hiện Chương trình OCOP năm 2025 tại tỉnh Thanh Hóa');
      expect(texts(xml, 'language')).toEqual(['vi']);
    });
    it('contains the newest posts, newest first, with their links', () => {
      expect(texts(xml, 'title').slice(1)).toEqual(inFeed.map((p) => p.title));
      const links = texts(xml, 'link').slice(1);
      expect(links.map((l) => new URL(l).pathname)).toEqual(inFeed.map((p) => p.path));
      expect(texts(xml, 'description').slice(1)).toEqual(inFeed.map((p) => p.description));
    });
    it('is styled by the Vietnamese XSLT view', () => {
      expect(xml).toContain('<?xml-stylesheet type="text/xsl" href="rss.xsl"?>');
      const xsl = read('rss.xsl');
      expect(xsl).toContain('<html lang="vi">');
      expect(xsl).toContain('Đây là nguồn tin RSS.');
      expect(xsl).not.toMatch(/This is an RSS feed|Recent Posts|Published on/);
      expect(fs.existsSync(path.join(NEWS, 'rss.css'))).toBe(true);
    });
  });

  describe('Atom feed /tin-tuc/atom.xml', () => {
    const xml = read('atom.xml');
    it('has the Vietnamese title and the posts', () => {
      const titles = texts(xml, 'title');
      expect(titles[0]).toBe('Tin tức OCOP Thanh Hóa 2025');
      expect(titles.slice(1)).toEqual(inFeed.map((p) => p.title));
      expect(texts(xml, 'subtitle')).toEqual(['Tin tức về việc thực hiện Chương trình OCOP năm 2025 tại tỉnh Thanh Hóa']);
    });
    it('is styled by the Vietnamese XSLT view', () => {
      expect(xml).toContain('<?xml-stylesheet type="text/xsl" href="atom.xsl"?>');
      const xsl = read('atom.xsl');
      expect(xsl).toContain('<html lang="vi">');
      expect(xsl).toContain('Đây là nguồn tin Atom.');
      expect(fs.existsSync(path.join(NEWS, 'atom.css'))).toBe(true);
    });
  });

  describe('JSON feed /tin-tuc/feed.json', () => {
    const feed = JSON.parse(read('feed.json')) as {title: string; items: {title: string; url: string; summary: string}[]};
    it('has the Vietnamese title and the posts', () => {
      expect(feed.title).toBe('Tin tức OCOP Thanh Hóa 2025');
      expect(feed.items.map((i) => i.title)).toEqual(inFeed.map((p) => p.title));
      expect(feed.items.map((i) => new URL(i.url).pathname)).toEqual(inFeed.map((p) => p.path));
    });
  });

  it('leaves drafts out of the site and the feeds', () => {
    const feeds = read('rss.xml') + read('atom.xml') + read('feed.json');
    for (const d of drafts) {
      expect(fs.existsSync(path.join(BUILD, d.path, 'index.html'))).toBe(false);
      expect(feeds).not.toContain(d.path);
    }
  });

  it.each(published.map((p) => [p.path, p] as const))('has a Vietnamese page for %s', (_path, p) => {
    const html = fs.readFileSync(path.join(BUILD, p.path, 'index.html'), 'utf8');
    // The build minifies HTML, so attribute quotes are optional.
    expect(html).toMatch(/<html[^>]* lang="?vi"?[\s>]/);
    expect(html).toMatch(new RegExp(`name="?description"? content="${p.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(html).toContain(`${pageTitle({title: p.title, siteTitle: 'OCOP Thanh Hóa 2025', titleDelimiter: '|'})}</title>`);
    expect((html.match(/<h1[\s>]/g) ?? []).length).toBe(1);
  });

  it.each(published.map((p) => [p.path, p] as const))('renders %s as plain Markdown: heading ids from {#id}, no marker or MDX comment shown as text', (_path, p) => {
    const $ = load(fs.readFileSync(path.join(BUILD, p.path, 'index.html'), 'utf8'));
    const ids = [...p.body.matchAll(/^#{2,6} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect($('article h2[id], article h3[id]').map((_i, h) => $(h).attr('id')).get()).toEqual(ids);
    const text = $('article').text();
    expect(text).not.toMatch(/\{\/\*|\*\/\}|<!--|truncate|\{#/);
  });

  it.each(published.map((p) => [p.path, p] as const))('names the author of %s once', (_path, p) => {
    const $ = load(fs.readFileSync(path.join(BUILD, p.path, 'index.html'), 'utf8'));
    const authors = $('article .avatar__intro');
    expect(authors.length).toBeGreaterThan(0);
    authors.each((_i, el) => {
      const name = $(el).find('.avatar__name').text().trim();
      expect(name.length).toBeGreaterThan(0);
      // blog/authors.yml: a "title" that repeats the name shows it twice in a row.
      expect($(el).text().split(name).length - 1).toBe(1);
    });
  });

  describe('news list /tin-tuc/', () => {
    const $ = load(read('index.html'));
    const firstPage = published.slice(0, 10);
    it('lists each post of the first page with its title as a link, date, tags and excerpt', () => {
      const items = $('main article');
      expect(items).toHaveLength(firstPage.length);
      firstPage.forEach((p, i) => {
        const item = items.eq(i);
        expect(item.find('h2 a').attr('href')).toBe(p.path);
        expect(item.find('h2').text()).toBe(p.title);
        expect(item.find('time').attr('datetime')).toMatch(new RegExp(`^${p.date}`));
        expect(item.find('a[rel="tag"]').map((_j, a) => $(a).attr('href')).get()).toEqual(p.tags.map((t) => `/tin-tuc/the/${t}/`));
        expect(item.find('.markdown').text().trim().length).toBeGreaterThan(20);
      });
    });
    it('leaves the author block and the "read more" link to the post itself', () => {
      expect($('main .avatar')).toHaveLength(0);
      expect($('main').text()).not.toContain('Đọc tiếp');
    });
  });

  it('has tag, archive and author pages', () => {
    const tags = new Set(published.flatMap((p) => p.tags));
    const declared = yaml.load(fs.readFileSync(path.join(ROOT, 'blog', 'tags.yml'), 'utf8')) as Record<string, {label: string; permalink?: string}>;
    for (const rel of ['index.html', 'the/index.html', 'luu-tru/index.html', 'tac-gia/index.html', 'tac-gia/ban-bien-tap/index.html']) {
      expect(fs.existsSync(path.join(NEWS, rel))).toBe(true);
    }
    for (const tag of tags) {
      const html = fs.readFileSync(path.join(NEWS, 'the', (declared[tag]?.permalink ?? tag).replace(/^\//, ''), 'index.html'), 'utf8');
      // Every post with the tag is listed on its page (a tag page lists up to 10 posts, newest first).
      const tagged = published.filter((p) => p.tags.includes(tag)).slice(0, 10);
      for (const p of tagged) expect(html).toMatch(new RegExp(`href="?${p.path}"?[\\s>]`));
    }
  });

  it('publishes the editorial guide', () => {
    const html = fs.readFileSync(path.join(BUILD, 'huong-dan-bien-tap', 'index.html'), 'utf8');
    expect(html).toContain('Hướng dẫn biên tập tin tức');
    expect(html).toMatch(/id="?thong-bao-loi"?[\s>]/);
  });
});

describe('feed styles', () => {
  it('rss.css and atom.css stay identical below their first comment line', () => {
    const body = (name: string) => fs.readFileSync(path.join(ROOT, 'blog', name), 'utf8').split('\n').slice(1).join('\n');
    expect(body('atom.css')).toBe(body('rss.css'));
  });
});
