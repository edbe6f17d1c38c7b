/**
 * `npm run search:index`: builds the Pagefind index of build/ after the
 * Docusaurus build. Only page content (<main>, without navigation chrome) is
 * indexed, as src/search/indexPolicy.ts prepares it: staff pages left out,
 * news lists by their header only, đ-words also written with d (so that
 * "danh gia" finds "đánh giá"), and so on.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as pagefind from 'pagefind';
import {EXCLUDE_SELECTORS, ROOT_SELECTOR, STAFF_PAGES, prepareForIndex, routeOf} from '../search/indexPolicy';

const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join(BUILD, 'pagefind')));
}

async function main(): Promise<void> {
  const baseUrl = process.env.BASE_URL ?? '/';
  const {index, errors} = await pagefind.createIndex({rootSelector: ROOT_SELECTOR, excludeSelectors: EXCLUDE_SELECTORS, forceLanguage: 'vi'});
  if (!index) throw new Error(errors.join('\n'));
  let pages = 0;
  const left: string[] = [];
  const routes = new Set<string>();
  for (const file of await htmlFiles(BUILD)) {
    const rel = path.relative(BUILD, file).split(path.sep).join('/');
    if (rel === '404.html') continue;
    const url = `${baseUrl.replace(/\/?$/, '/')}${rel.replace(/index\.html$/, '')}`;
    const route = routeOf(url, baseUrl);
    routes.add(route);
    const decision = prepareForIndex(await fs.readFile(file, 'utf8'), route);
    if (!decision.index) {
      left.push(`${route} (${decision.reason})`);
      continue;
    }
    const res = await index.addHTMLFile({url, content: decision.html});
    if (res.errors.length > 0) throw new Error(`${rel}: ${res.errors.join('; ')}`);
    pages += 1;
  }
  const missing = STAFF_PAGES.filter((p) => !routes.has(p));
  if (missing.length > 0) {
    throw new Error(`STAFF_PAGES (src/search/indexPolicy.ts) nêu trang không có trong bản dựng: ${missing.join(', ')}. Nếu trang đã đổi địa chỉ, hãy sửa danh sách để trang đó vẫn nằm ngoài kết quả tìm kiếm.`);
  }
  const written = await index.writeFiles({outputPath: path.join(BUILD, 'pagefind')});
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  console.log(`Chỉ mục tìm kiếm: ${pages} trang → build/pagefind/; không lập chỉ mục: ${left.join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(`Không tạo được chỉ mục tìm kiếm: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
