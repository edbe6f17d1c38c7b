/**
 * `npm run search:index`: builds the Pagefind index of build/ after the
 * Docusaurus build. Only page content (<main>, without navigation chrome) is
 * indexed; each page's indexed copy also carries its đ-words written with d
 * (see src/search/foldD.ts), so that "danh gia" finds "đánh giá".
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {load} from 'cheerio';
import * as pagefind from 'pagefind';
import {dFoldedWords} from '../search/foldD';

const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build');
const ROOT_SELECTOR = 'main';
/** Navigation chrome inside <main> that must not be indexed. */
export const EXCLUDE_SELECTORS = [
  '.theme-doc-toc-mobile',
  '.theme-doc-toc-desktop',
  '.theme-doc-breadcrumbs',
  '.pagination-nav',
  '.theme-doc-footer',
  'nav',
  '.no-print',
  '.hash-link',
  '[data-pagefind-ignore]',
];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join(BUILD, 'pagefind')));
}

function withFoldedWords(html: string): string {
  const $ = load(html);
  const main = $(ROOT_SELECTOR).first();
  if (main.length === 0) return html;
  const content = main.clone();
  content.find(EXCLUDE_SELECTORS.join(',')).remove();
  const words = dFoldedWords(content.text());
  if (words.length > 0) main.append(`<p data-pagefind-weight="0.5">${words.join(' ')}</p>`);
  return $.html();
}

async function main(): Promise<void> {
  const baseUrl = process.env.BASE_URL ?? '/';
  const {index, errors} = await pagefind.createIndex({rootSelector: ROOT_SELECTOR, excludeSelectors: EXCLUDE_SELECTORS, forceLanguage: 'vi'});
  if (!index) throw new Error(errors.join('\n'));
  let pages = 0;
  for (const file of await htmlFiles(BUILD)) {
    const rel = path.relative(BUILD, file).split(path.sep).join('/');
    if (rel === '404.html') continue;
    const url = `${baseUrl.replace(/\/?$/, '/')}${rel.replace(/index\.html$/, '')}`;
    const res = await index.addHTMLFile({url, content: withFoldedWords(await fs.readFile(file, 'utf8'))});
    if (res.errors.length > 0) throw new Error(`${rel}: ${res.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({outputPath: path.join(BUILD, 'pagefind')});
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  console.log(`Chỉ mục tìm kiếm: ${pages} trang → build/pagefind/`);
}

main().catch((err: unknown) => {
  console.error(`Không tạo được chỉ mục tìm kiếm: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
