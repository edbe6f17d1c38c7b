/**
 * Build test: the site's own words use one name per product group (see
 * src/content/groupNames.ts). The plan's text is skipped: the official-text
 * frame, quoted duties (blockquote) and “…” quotations. Run `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {findRetiredGroupNames} from '../../content/groupNames';

const BUILD = path.resolve(__dirname, '../../../build');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' || entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const pages = htmlFiles(BUILD).map((file) => {
  const $ = load(fs.readFileSync(file, 'utf8'));
  $('[data-official-text], blockquote, script, style, noscript').remove();
  // Block boundaries become spaces, so words of two cells never run together.
  $('p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, figcaption, caption, summary').append(' ');
  return [`/${path.relative(BUILD, file).split(path.sep).join('/')}`, $('body').text()] as const;
});

describe('product group names in the site’s own words', () => {
  it('reads the whole build', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50);
  });

  it('no page uses a retired group name outside quotations of the plan', () => {
    const problems = pages.flatMap(([route, text]) => findRetiredGroupNames(text).map((h) => `${route}: “${h.found}” (…${h.context}…) — viết ${h.use}`));
    expect(problems).toEqual([]);
  });
});
