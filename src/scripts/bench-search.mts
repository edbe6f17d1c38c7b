/**
 * `npm run bench:search`: how well search puts the right page first, on the
 * ranking set of src/search/rankingSet.ts (topic queries typed as readers
 * type them, each with the page that should come first). Prints each
 * query's first three pages and the rank of the expected one, then the
 * top-1 and top-3 rates for the README. A benchmark, not a CI test: new
 * pages and news posts rightly change rankings.
 *
 * Runs Pagefind in Debian's Chromium on the built site (served on
 * 127.0.0.1), with the ranking options of the search page
 * (src/search/options.ts), so it ranks exactly as readers see.
 *
 *   npm run build && npm run bench:search
 *   npm run bench:search -- --ranking '{"termFrequency":0.5}'   # try other options
 *   npm run bench:search -- --quiet                             # rates only
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import handler from 'serve-handler';
import {chromium} from 'playwright-core';
import {SEARCH_RANKING, type PagefindRanking} from '../search/options';
import {RANKING_SET} from '../search/rankingSet';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const {values} = parseArgs({
  options: {
    ranking: {type: 'string'},
    build: {type: 'string', default: path.join(ROOT, 'build')},
    quiet: {type: 'boolean', default: false},
  },
});
const BUILD_DIR = path.resolve(values.build);
const ranking: PagefindRanking = values.ranking ? {...SEARCH_RANKING, ...(JSON.parse(values.ranking) as PagefindRanking)} : SEARCH_RANKING;

function sitemapPaths(): Set<string> {
  const xml = fs.readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
  return new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(BUILD_DIR, 'pagefind', 'pagefind.js'))) {
    throw new Error(`Chưa có bản dựng có chỉ mục tìm kiếm trong ${BUILD_DIR}: hãy chạy \`npm run build\` trước.`);
  }
  const pages = sitemapPaths();
  const missing = RANKING_SET.filter((c) => !pages.has(c.first));
  if (missing.length > 0) {
    throw new Error(`Bộ truy vấn (src/search/rankingSet.ts) trỏ tới trang không có trong bản dựng: ${missing.map((c) => `"${c.query}" → ${c.first}`).join('; ')}`);
  }
  const server = http.createServer((req, res) => void handler(req, res, {public: BUILD_DIR, trailingSlash: true}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/tim-kiem/`);
    const ranked = await page.evaluate(
      async ({queries, ranking}) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(url)) as {
          options(o: object): Promise<void>;
          search(q: string): Promise<{results: {data(): Promise<{url: string}>}[]}>;
        };
        await pagefind.options({ranking});
        const out: string[][] = [];
        for (const q of queries) {
          const {results} = await pagefind.search(q);
          const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
          out.push(data.map((d) => new URL(d.url, location.origin).pathname));
        }
        return out;
      },
      {queries: RANKING_SET.map((c) => c.query), ranking},
    );
    let top1 = 0;
    let top3 = 0;
    RANKING_SET.forEach((c, i) => {
      const results = ranked[i] ?? [];
      const rank = results.indexOf(c.first) + 1;
      if (rank === 1) top1 += 1;
      if (rank >= 1 && rank <= 3) top3 += 1;
      if (!values.quiet) {
        const mark = rank === 1 ? '✓' : rank >= 1 && rank <= 3 ? '~' : '✗';
        console.log(`${mark} "${c.query}" → ${c.first}: ${rank === 0 ? 'không có trong 20 kết quả đầu' : `hạng ${rank}`}`);
        if (rank !== 1) console.log(`    3 kết quả đầu: ${results.slice(0, 3).join(', ') || '(không có)'}`);
      }
    });
    const n = RANKING_SET.length;
    const pct = (k: number) => `${Math.round((100 * k) / n)} %`;
    console.log(`\n${n} truy vấn (${new Date().toISOString().slice(0, 10)}), tùy chọn xếp hạng ${JSON.stringify(ranking)}`);
    console.log(`Đúng trang ở vị trí 1 (top-1): ${top1}/${n} = ${pct(top1)}`);
    console.log(`Đúng trang trong 3 kết quả đầu (top-3): ${top3}/${n} = ${pct(top3)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
