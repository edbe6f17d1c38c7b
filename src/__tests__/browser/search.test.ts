/**
 * Search, as a reader uses it: type into the real Pagefind UI on the built
 * site and expect the right page among the first three results, whether the
 * query is typed with or without Vietnamese diacritics (đ typed as d too).
 */
import type {Page} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input'));
  await input.first().fill(query);
  await page.waitForSelector('.pagefind-ui__result, .pagefind-ui__message', {state: 'attached'});
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__message')?.textContent?.startsWith('Đang tìm'));
  await page.waitForTimeout(300);
  return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

const EVALUATION_PAGES = [
  '/chu-trinh-ocop/phan-hang-sao/',
  '/chu-trinh-ocop/tu-danh-gia/',
  '/dao-tao/chu-the-ocop/ho-so-danh-gia/',
  '/dao-tao/can-bo/kiem-tra-ho-so-danh-gia/',
  '/tin-tuc/the/danh-gia-xep-hang/',
];
/** The plan's task 2.3 is on its part II page and on the full text. */
const TASK_2_3 = ['/ke-hoach/noi-dung/', '/ke-hoach/toan-van/'];
const PLAN_PAGES = ['/ke-hoach/', '/ke-hoach/toan-van/', '/ke-hoach/ve-ban-chep/'];

/** [query, pages of which at least one must be among the first three results]. */
const CASES: [string, string[]][] = [
  ['Sở Công Thương', ['/co-quan/so-cong-thuong/']],
  ['so cong thuong', ['/co-quan/so-cong-thuong/']],
  ['đánh giá xếp hạng', EVALUATION_PAGES],
  ['danh gia xep hang', EVALUATION_PAGES],
  ['Nga Sơn', ['/chi-tieu/nga-son/']],
  ['nga son', ['/chi-tieu/nga-son/']],
  ['thương mại điện tử', TASK_2_3],
  ['thuong mai dien tu', TASK_2_3],
  ['Lê Đức Giang', PLAN_PAGES],
  ['le duc giang', PLAN_PAGES],
  ['Hoằng Hóa', ['/chi-tieu/hoang-hoa/']],
  ['hoang hoa', ['/chi-tieu/hoang-hoa/']],
];

describe('search', () => {
  itInBrowser('opens from the navbar and loads Pagefind only then', async () => {
    const {page, context, problems} = await site.open('/');
    try {
      const scripts = await page.$$eval('script[src]', (s) => s.map((x) => (x as HTMLScriptElement).src));
      expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
      await page.getByRole('link', {name: 'Tìm kiếm'}).first().click();
      await page.waitForURL('**/tim-kiem/');
      await page.waitForSelector('.pagefind-ui__search-input');
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser.each(CASES)('"%s" finds one of %j in the top three', async (query, expected) => {
    const {page, context, problems} = await site.open('/tim-kiem/');
    try {
      await page.waitForSelector('.pagefind-ui__search-input');
      const results = await search(page, query);
      const top3Pages = [...new Set(results.map((r) => r.split('#')[0] ?? r))].slice(0, 3);
      expect(top3Pages.filter((p) => expected.includes(p))).not.toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('shows title, section and a highlighted excerpt', async () => {
    const {page, context} = await site.open('/tim-kiem/?q=th%C6%B0%C6%A1ng%20m%E1%BA%A1i%20%C4%91i%E1%BB%87n%20t%E1%BB%AD');
    try {
      await page.waitForSelector('.pagefind-ui__result');
      const first = page.locator('.pagefind-ui__result').first();
      expect((await first.locator('.pagefind-ui__result-title').first().textContent())?.length).toBeGreaterThan(3);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
