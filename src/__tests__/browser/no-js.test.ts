/**
 * With JavaScript switched off, every kind of page still reads in full: the
 * plan text, tables, charts, agency duties, lesson answers and news posts.
 */
import {itInBrowser, useSite} from './support/site';

const site = useSite();

const PAGES: [string, string, (text: string) => void][] = [
  ['/ke-hoach/toan-van/', 'the plan text', (t) => {
    expect(t).toContain('Phấn đấu năm 2025, toàn tỉnh có thêm 160 sản phẩm OCOP');
    expect(t).toContain('Lê Đức Giang');
  }],
  ['/ke-hoach/phu-luc/', 'the appendix table', (t) => expect(t).toContain('Huyện Hoằng Hóa')],
  ['/chi-tieu/', 'the target table and charts', (t) => expect(t).toContain('Huyện Nga Sơn')],
  ['/chi-tieu/nga-son/', 'a unit page', (t) => expect(t).toContain('Huyện Nga Sơn: chỉ tiêu OCOP năm 2025')],
  ['/co-quan/so-y-te/', 'an agency page', (t) => expect(t).toContain('an toàn thực phẩm')],
  ['/dao-tao/chu-the-ocop/ban-hang/', 'a lesson with its answers', (t) => expect(t).toContain('Xem đáp án')],
  ['/tin-tuc/2025/02/24/ban-hanh-ke-hoach-36/', 'a news post', (t) => expect(t).toContain('36/KH-UBND')],
];

describe('without JavaScript', () => {
  itInBrowser.each(PAGES)('%s shows %s', async (route, _what, check) => {
    const {page, context} = await site.open(route, {javaScriptEnabled: false});
    try {
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      check(text);
      if (route.startsWith('/chi-tieu/') && route === '/chi-tieu/') {
        expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator('main table').count()).toBeGreaterThanOrEqual(1);
      }
      if (route.startsWith('/dao-tao/')) {
        // The answers sit in <details>: open one, read its explanation.
        const details = page.locator('main details').first();
        await details.locator('summary').click();
        expect(((await details.innerText()) ?? '').length).toBeGreaterThan(20);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    } finally {
      await context.close();
    }
  });
});
