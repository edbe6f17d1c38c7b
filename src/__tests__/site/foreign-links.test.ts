/**
 * Build test: a link to a page in another language says so next to it,
 * e.g. "(tiếng Anh)" (issue #21, item 21), so that readers know before they
 * follow it. The language is read from the address (src/linkLanguage.ts);
 * the mark must be in the same list item, paragraph or table cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {linkLanguage} from '../../linkLanguage';

const BUILD = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : path.resolve(__dirname, '../../../build');

/**
 * Links in lessons (docs/dao-tao/) that another change marks; remove each
 * entry when its page says the language. Pages not listed must pass.
 */
const PENDING: readonly {page: string; href: string}[] = [];

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

const pages = htmlFiles(BUILD).map((file) => path.relative(BUILD, file).split(path.sep).join('/'));

describe('links to pages in another language', () => {
  it('are found (the site cites English-language sources)', () => {
    const html = pages.map((p) => fs.readFileSync(path.join(BUILD, p), 'utf8')).join('');
    expect(html).toMatch(/href="?https:\/\/en\./);
  });

  it.each(pages)('%s: each says its language', (page) => {
    const $ = load(fs.readFileSync(path.join(BUILD, page), 'utf8'));
    const unmarked: string[] = [];
    $('a[href]').each((_i, a) => {
      const href = $(a).attr('href') ?? '';
      const language = linkLanguage(href);
      if (!language || PENDING.some((p) => p.page === page && href.startsWith(p.href))) {
        return;
      }
      const block = $(a).closest('li, p, td, th, dd, figcaption');
      const text = (block.length > 0 ? block : $(a)).text().replace(/\s+/g, ' ');
      if (!text.includes(language)) {
        unmarked.push(`${$(a).text().trim()} <${href}>: thiếu "(${language})"`);
      }
    });
    expect(unmarked).toEqual([]);
  });
});
