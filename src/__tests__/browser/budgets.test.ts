/**
 * Page-weight budgets: a first visit to each page type (empty cache) must
 * not download more HTML, CSS or JavaScript (gzip) than its budget in
 * src/__tests__/support/budgets.ts, and a search must not fetch more of the
 * Pagefind index than SEARCH_BUDGET.
 */
import fs from 'node:fs';
import path from 'node:path';
import {PAGE_BUDGETS, SEARCH_BUDGET, DEFAULT_TEMPLATE, budgetFor, type ContentCounts, type Weight} from '../support/budgets';
import {publishedPosts} from '../support/sourcePosts';
import {SITE_DIR} from '../support/siteDirs';
import {validateDatasets, DATA_FILES} from '../../datasets/validateDatasets';
import {isStaticPath} from '../../routing/staticRoutes';
import {BUILD_DIR, itInBrowser, useSite} from './support/site';
import {gzipSize, kb, measureFirstVisit, type PageWeight} from './support/weight';

const site = useSite();

const KIND_LABELS: Readonly<Record<keyof Weight, string>> = {html: 'HTML', css: 'CSS', js: 'JavaScript'};

/** What this build's content adds to the budgets: read from the build and the site's own files. */
function contentCounts(): ContentCounts {
  // Pages in the client's route table: the news, static HTML, is not (src/routing/staticRoutes.ts),
  // nor the editor's admin/ (written after the build, in no route table).
  const htmlPages = (dir: string, base = '/'): number =>
    fs
      .readdirSync(dir, {withFileTypes: true})
      .reduce((n, e) => n + (e.isDirectory() ? (base === '/' && e.name === 'admin' ? 0 : htmlPages(path.join(dir, e.name), `${base}${e.name}/`)) : e.name === 'index.html' && !isStaticPath(base, '/') ? 1 : 0), 0);
  const files = Object.fromEntries(DATA_FILES.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(SITE_DIR, 'data', f)))]));
  const data = validateDatasets(files);
  if (!data.ok) throw new Error('data/ không hợp lệ: chạy npm run check:data');
  const newest = publishedPosts(SITE_DIR)[0];
  return {
    routes: htmlPages(BUILD_DIR),
    productRows: (unit) => data.datasets.recognitions.filter((r) => r.ma_don_vi === unit).length,
    totalsRows: data.datasets.ocopTotals.length,
    recognitions: data.datasets.recognitions.length,
    post: newest && {path: newest.path, bodyGzip: gzipSize(Buffer.from(newest.body)) / 1024},
  };
}
const counts = contentCounts();

function overBudget(weight: PageWeight, budget: (typeof PAGE_BUDGETS)[number]): string[] {
  const reference = DEFAULT_TEMPLATE[budget.reference];
  const {budget: allowed, allowance} = budgetFor(budget, counts);
  return (Object.keys(KIND_LABELS) as (keyof Weight)[])
    .filter((kind) => weight[kind] > allowed[kind] * 1024)
    .map((kind) => {
      const largest = weight.downloads
        .filter((d) => d.kind === kind)
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 4)
        .map((d) => `${d.url} ${kb(d.gzip)} KB`)
        .join(', ');
      return (
        `${budgetFor(budget, counts).path} (${budget.label}): ${KIND_LABELS[kind]} ${kb(weight[kind])} KB gzip, budget ${allowed[kind]} KB ` +
        `(default Docusaurus template, ${budget.reference}: ${reference[kind]} KB; measured when set: ${budget.measured[kind]} KB; content: ${allowance}). ` +
        `Largest: ${largest}`
      );
    });
}

describe('page weight of a first visit', () => {
  itInBrowser.each(PAGE_BUDGETS.map((b) => [b.label, b] as const))('%s is within its budget', async (_label, budget) => {
    const weight = await measureFirstVisit(site.browser, site.origin, budgetFor(budget, counts).path);
    expect(weight.downloads.filter((d) => d.kind === 'html')).toHaveLength(1);
    expect(overBudget(weight, budget)).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('search weight', () => {
  itInBrowser('a query fetches a small part of the Pagefind index', async () => {
    const indexDir = path.join(BUILD_DIR, 'pagefind');
    const indexGzip = filesUnder(indexDir).reduce((sum, f) => sum + gzipSize(fs.readFileSync(f)), 0);

    const context = await site.browser.newContext({viewport: {width: 1280, height: 900}, locale: 'vi-VN'});
    try {
      const page = await context.newPage();
      const fetched = new Map<string, number>();
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/pagefind/')) return;
        pending.push(
          response
            .body()
            .then((body) => void fetched.set(url.pathname, gzipSize(body)))
            .catch(() => undefined),
        );
      });
      await page.goto(`${site.origin}/tim-kiem/`, {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      await page.locator('.pagefind-ui__search-input').fill('nga son');
      await page.waitForSelector('.pagefind-ui__result-link');
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const queryGzip = [...fetched.values()].reduce((a, b) => a + b, 0);
      const code = [...fetched].filter(([p]) => /\.(js|css)$|wasm/.test(p)).reduce((a, [, b]) => a + b, 0);
      const report =
        `index ${kb(indexGzip)} KB gzip in ${filesUnder(indexDir).length} files; query "nga son" fetched ${kb(queryGzip)} KB gzip in ${fetched.size} files ` +
        `(code and WebAssembly ${kb(code)} KB, index data ${kb(queryGzip - code)} KB): ${[...fetched].map(([p, b]) => `${p.replace('/pagefind/', '')} ${kb(b)}`).join(', ')}`;
      // Printed for the README's figures.
      console.log(`Pagefind: ${report}`);
      expect({query: queryGzip <= SEARCH_BUDGET.query * 1024, report}).toEqual({query: true, report});
    } finally {
      await context.close();
    }
  });
});
