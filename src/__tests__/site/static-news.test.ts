/**
 * Build test: the news is served as static HTML that does not hydrate, and
 * is left out of the route table that every other page's JavaScript holds
 * (src/routing/staticRoutes.ts, src/plugins/news/staticNews.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {BUILD_DIR, SITE_DIR} from '../support/siteDirs';
import {publishedPosts} from '../support/sourcePosts';
import {isStaticPath, parseRoutesModule} from '../../routing/staticRoutes';
import {CLIENT_ROUTES_DIR} from '../../plugins/news/staticNews';
import {ADMIN_DIR} from '../../editor/adminPage';

/** The site's pages: every index.html but the web editor's (admin/, written after the build, no Docusaurus page). */
function pages(dir: string, base = '/'): {pathname: string; html: string}[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    if (e.isDirectory()) return base === '/' && e.name === ADMIN_DIR ? [] : pages(path.join(dir, e.name), `${base}${e.name}/`);
    return e.name === 'index.html' ? [{pathname: base, html: fs.readFileSync(path.join(dir, e.name), 'utf8')}] : [];
  });
}

const all = pages(BUILD_DIR);
const news = all.filter((p) => isStaticPath(p.pathname, '/'));
const others = all.filter((p) => !isStaticPath(p.pathname, '/'));
const scriptSrcs = (html: string) => [...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!);

describe('the news as static HTML', () => {
  it('has news pages and other pages', () => {
    expect(news.length).toBeGreaterThan(publishedPosts(SITE_DIR).length);
    expect(others.length).toBeGreaterThan(0);
  });

  it('every news page is marked data-static-page and loads no script', () => {
    const wrong = news.filter((p) => !/^<!doctype html><html data-static-page[\s>]/i.test(p.html) || scriptSrcs(p.html).length > 0 || /\sas=["']?script/.test(p.html));
    expect(wrong.map((p) => p.pathname)).toEqual([]);
  });

  it('every other page keeps its scripts and is not marked', () => {
    const wrong = others.filter((p) => p.html.includes('data-static-page') || scriptSrcs(p.html).length === 0);
    expect(wrong.map((p) => p.pathname)).toEqual([]);
  });

  it('the scripts of the other pages name no news post; they do name the other routes', () => {
    const files = [...new Set(others.flatMap((p) => scriptSrcs(p.html)))].map((src) => fs.readFileSync(path.join(BUILD_DIR, src), 'utf8'));
    const js = files.join('\n');
    const posts = publishedPosts(SITE_DIR);
    expect(posts.filter((p) => js.includes(`"${p.path}"`) || js.includes(`'${p.path}'`)).map((p) => p.path)).toEqual([]);
    expect(js).toMatch(/["']\/chi-tieu\/["']/);
  });

  it('the client route table Docusaurus generated was read and has no news route', () => {
    const routes = parseRoutesModule(fs.readFileSync(path.join(SITE_DIR, '.docusaurus', CLIENT_ROUTES_DIR, 'routes.js'), 'utf8'));
    expect(routes.filter((r) => isStaticPath(r.path, '/')).map((r) => r.path)).toEqual([]);
    expect(routes.map((r) => r.path)).toContain('/chi-tieu/');
  });
});
