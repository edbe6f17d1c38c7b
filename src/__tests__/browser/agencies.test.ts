/**
 * /co-quan/ in Chromium: readable on a 360 px phone (a stacked list instead
 * of the wide table, no sideways page scroll), and the task-group filter and
 * the needs links work without JavaScript.
 */
import {AGENCIES} from '../../agencies/agencies';
import {itInBrowser, useSite} from './support/site';

const site = useSite();
const PHONE = {width: 360, height: 740};

async function pageScrollsSideways(page: import('playwright-core').Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe('/co-quan/ on a phone', () => {
  itInBrowser('shows the stacked list, not the table, and never scrolls sideways', async () => {
    const {page, context, problems} = await site.open('/co-quan/', {viewport: PHONE});
    try {
      expect(await pageScrollsSideways(page)).toBe(false);
      expect(await page.locator('table[data-matrix]').isVisible()).toBe(false);
      expect(await page.getByRole('list', {name: 'Bảng trách nhiệm, dạng danh sách'}).isVisible()).toBe(true);
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser.each(['/co-quan/ho-tro/', '/co-quan/nhom/kiem-tra-danh-gia/', ...AGENCIES.map((a) => `/co-quan/${a.slug}/`)])(
    '%s does not scroll sideways at 360 px',
    async (route) => {
      const {page, context} = await site.open(route, {viewport: PHONE});
      try {
        expect(await pageScrollsSideways(page)).toBe(false);
      } finally {
        await context.close();
      }
    },
  );

  itInBrowser('on a desktop the table is shown and the stacked list hidden', async () => {
    const {page, context} = await site.open('/co-quan/');
    try {
      expect(await page.locator('table[data-matrix]').isVisible()).toBe(true);
      expect(await page.getByRole('list', {name: 'Bảng trách nhiệm, dạng danh sách'}).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  itInBrowser('a task group, then a body’s duty: two clicks from /co-quan/', async () => {
    const {page, context} = await site.open('/co-quan/', {javaScriptEnabled: false, viewport: PHONE});
    try {
      await page.getByRole('link', {name: 'Mục II.2.3: Xúc tiến thương mại'}).first().click();
      await page.waitForURL('**/co-quan/nhom/xuc-tien-thuong-mai/');
      expect(await page.locator('h1').textContent()).toBe('Xúc tiến thương mại: cơ quan nào làm gì');
      const quote = page.locator('[data-duty="iv-3-1"] blockquote');
      expect(await quote.textContent()).toContain('xúc tiến thương mại');
      await page.locator('[data-duty="iv-3-1"]').getByRole('link', {name: 'Mục IV.3, ý 1'}).click();
      await page.waitForURL('**/ke-hoach/to-chuc-thuc-hien/#iv-3');
    } finally {
      await context.close();
    }
  });

  itInBrowser('a need goes straight to the body and its duty', async () => {
    const {page, context} = await site.open('/co-quan/', {javaScriptEnabled: false, viewport: PHONE});
    try {
      await page.getByRole('link', {name: 'An toàn thực phẩm, công bố chất lượng sản phẩm'}).click();
      await page.waitForURL('**/co-quan/ho-tro/#an-toan-thuc-pham');
      const first = page.locator('section[data-need="an-toan-thuc-pham"] [data-duty]').first();
      expect(await first.getAttribute('data-duty')).toBe('iv-6-1');
      await first.getByRole('link', {name: 'Sở Y tế'}).click();
      await page.waitForURL('**/co-quan/so-y-te/');
      expect(await page.locator('#iv-6-1 blockquote').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the plan’s Part IV links each item to its body’s page', async () => {
    const {page, context} = await site.open('/ke-hoach/to-chuc-thuc-hien/', {javaScriptEnabled: false});
    try {
      expect(await page.getByRole('link', {name: /^Xem trang cơ quan: /}).count()).toBe(16);
    } finally {
      await context.close();
    }
  });
});
