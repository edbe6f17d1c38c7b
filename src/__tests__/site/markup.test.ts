/**
 * Build test: every page of the production build in build/ is valid HTML by
 * html-validate's correctness rules (configuration and the rules left out:
 * src/__tests__/support/htmlValidate.ts). News posts skip only the title
 * length, which the news front-matter check limits with a message to staff.
 */
import fs from 'node:fs';
import path from 'node:path';
import {NEWS_POST_CONFIG, describeMessage, validator} from '../support/htmlValidate';

const BUILD = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : path.resolve(__dirname, '../../../build');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

const pages = htmlFiles(BUILD).map((file) => path.relative(BUILD, file).split(path.sep).join('/'));
const site = validator();
const newsPost = validator(NEWS_POST_CONFIG);
/** Docusaurus marks the page of one news post on <html> (ThemeClassNames.page.blogPostPage). */
const isNewsPost = (html: string) => /<html[^>]*class="?[^">]*\bblog-post-page\b/.test(html);

describe('html-validate on the build', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.each(pages)('%s', async (page) => {
    const html = fs.readFileSync(path.join(BUILD, page), 'utf8');
    const report = await (isNewsPost(html) ? newsPost : site).validateString(html, page);
    expect(report.results.flatMap((r) => r.messages.map(describeMessage))).toEqual([]);
  });
});

describe('the configuration keeps the correctness rules', () => {
  const doc = (title: string, body: string) => `<!doctype html><html lang="vi"><head><title>${title}</title></head><body>${body}</body></html>`;
  const rules = async (html: string, v = site) => (await v.validateString(html)).results.flatMap((r) => r.messages.map((m) => m.ruleId));

  it('accepts minified HTML (unquoted attributes, omitted end tags)', async () => {
    expect(await rules('<!doctype html><html lang=vi><head><title>Trang</title></head><body><main><p class=a>Một<p>Hai<ul><li>a<li>b</ul><a href=/x/ download>x</a></main></body></html>')).toEqual([]);
  });

  it.each([
    ['a block inside <code>', doc('Trang', '<main><pre><code><div>x</div></code></pre></main>'), 'element-permitted-content'],
    ['a <figcaption> in the middle of a <figure>', doc('Trang', '<main><figure><img src="a.png" alt="a"><figcaption>c</figcaption><p>x</p></figure></main>'), 'element-permitted-order'],
    ['two unnamed <aside> landmarks', doc('Trang', '<aside>a</aside><main>m</main><aside>b</aside>'), 'unique-landmark'],
    ['a title longer than 70 characters', doc('x'.repeat(71), '<main>m</main>'), 'long-title'],
  ])('rejects %s', async (_what, html, rule) => {
    expect(await rules(html)).toContain(rule);
  });

  it('lets news posts through on title length only', async () => {
    expect(await rules(doc('x'.repeat(71), '<main>m</main>'), newsPost)).toEqual([]);
    expect(await rules(doc('x'.repeat(71), '<main><pre><code><div>x</div></code></pre></main>'), newsPost)).toEqual(['element-permitted-content']);
  });
});
