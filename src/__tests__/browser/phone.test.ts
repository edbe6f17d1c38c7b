/**
 * On a phone: the menu (☰), the copy-link buttons of the plan's full text,
 * and what a page downloads and builds after it has loaded — the work that
 * used to keep a cheap phone busy after the page appeared (see
 * src/clientModules/noViewportPrefetch.ts, src/theme/Navbar/MobileSidebar,
 * src/theme/DocSidebar).
 */
import {ENGLISH_THEME_STRINGS} from '../support/routes';
import type {Locator} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();
const PHONE = {width: 360, height: 800};

describe('on a phone', () => {
  itInBrowser('the menu opens on ☰ straight onto the section’s pages, in Vietnamese, and leads to them', async () => {
    const {page, context, problems} = await site.open('/ke-hoach/toan-van/', {viewport: PHONE});
    try {
      // Built on first open, not while the page loads.
      expect(await page.locator('.navbar-sidebar').count()).toBe(0);
      // The desktop sidebar stays in the page but is neither seen nor reachable.
      await expect(page.locator('.theme-doc-sidebar-container').isVisible()).resolves.toBe(false);
      // Any slide between the main menu and the section's pages, as it starts.
      await page.evaluate(() => {
        const w = window as unknown as {menuSlides: number};
        w.menuSlides = 0;
        document.addEventListener('transitionrun', (e) => {
          if ((e.target as Element).classList.contains('navbar-sidebar__items')) w.menuSlides += 1;
        });
      });
      const menuSlides = () => page.evaluate(() => (window as unknown as {menuSlides: number}).menuSlides);
      const menu = page.locator('.navbar-sidebar');
      const open = async () => {
        await page.getByRole('button', {name: 'Mở hoặc đóng trình đơn'}).click();
        await menu.waitFor({state: 'visible'});
        await page.waitForTimeout(400);
      };

      await open();
      // The section's own pages, the current one marked, without sliding there from the main menu.
      const current = menu.locator('.theme-doc-sidebar-menu a[aria-current="page"]');
      await expect(current.textContent()).resolves.toBe('Toàn văn (in, PDF)');
      await expect(current.isVisible()).resolves.toBe(true);
      expect(await menuSlides()).toBe(0);
      const text = (await menu.innerText()).replace(/\s+/g, ' ');
      expect(ENGLISH_THEME_STRINGS.filter((s) => text.includes(s))).toEqual([]);
      expect(await site.axe(page)).toEqual([]);

      // Back to the main menu, then another section.
      await menu.getByRole('button', {name: '← Trở lại trình đơn chính'}).click();
      await menu.getByRole('link', {name: 'Đào tạo', exact: true}).click();
      await page.waitForURL(/\/dao-tao\/$/);
      await page.locator('h1', {hasText: 'Tài liệu đào tạo'}).waitFor();
      await menu.waitFor({state: 'hidden'});

      // Opens again straight onto that section's pages, and closes with its close button.
      const slidesBefore = await menuSlides();
      await open();
      await expect(menu.locator('.theme-doc-sidebar-menu a[aria-current="page"]').first().isVisible()).resolves.toBe(true);
      expect(await menuSlides()).toBe(slidesBefore);
      await menu.getByRole('button', {name: 'Đóng trình đơn'}).click();
      await menu.waitFor({state: 'hidden'});
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the header shows ☰ and search at 44 × 44 px or more; the menu’s close button too, and its title whole', async () => {
    const {page, context, problems} = await site.open('/chi-tieu/', {viewport: PHONE});
    try {
      const atLeast44 = async (name: string, locator: Locator) => {
        const box = await locator.boundingBox();
        return box && box.width >= 44 && box.height >= 44 ? `${name} ok` : `${name}: ${box ? `${box.width} × ${box.height}` : 'not shown'}`;
      };
      const header = page.locator('.navbar__inner');
      const toggle = header.getByRole('button', {name: 'Mở hoặc đóng trình đơn'});
      const search = header.getByRole('link', {name: 'Tìm kiếm'});
      await expect(search.isVisible()).resolves.toBe(true);
      expect([await atLeast44('☰', toggle), await atLeast44('search', search)]).toEqual(['☰ ok', 'search ok']);

      await toggle.click();
      const menu = page.locator('.navbar-sidebar');
      await menu.waitFor({state: 'visible'});
      await page.waitForTimeout(400);
      expect(await atLeast44('✕', menu.getByRole('button', {name: 'Đóng trình đơn'}))).toBe('✕ ok');
      // The site's name in the menu is whole: not cut, not under the buttons beside it.
      const title = await menu.locator('.navbar-sidebar__brand .navbar__title').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const buttons = [...el.closest('.navbar-sidebar__brand')!.querySelectorAll('button')].map((b) => b.getBoundingClientRect().left);
        return {text: el.textContent, cut: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight, overlaps: buttons.some((left) => left < r.right)};
      });
      expect(title).toEqual({text: 'OCOP Thanh Hóa 2025', cut: false, overlaps: false});
      expect(await site.axe(page)).toEqual([]);
      await menu.getByRole('button', {name: 'Đóng trình đơn'}).click();
      await menu.waitFor({state: 'hidden'});

      // The search control leads to the search box.
      await search.click();
      await page.waitForURL(/\/tim-kiem\/$/);
      await page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input')).first().waitFor();
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('a link in view downloads nothing until it is hovered or touched; then its page is fetched and opens', async () => {
    const {page, context, problems} = await site.open('/ke-hoach/toan-van/', {viewport: PHONE});
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      // Scroll the whole plan past the reader's eyes.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += PHONE.height) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(20);
      }
      await page.waitForTimeout(500);
      expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
      expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);

      // Hovering (or touching) a link loads its page's code before the click.
      const link = page.locator('main a[href="/co-quan/so-cong-thuong/"]').first();
      await link.scrollIntoViewIfNeeded();
      const pageCode = page.waitForRequest((r) => r.url().endsWith('.js'));
      await link.hover();
      await pageCode;
      await link.click();
      await page.waitForURL(/\/co-quan\/so-cong-thuong\/$/);
      await page.locator('h1', {hasText: 'Sở Công Thương'}).waitFor();
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the plan’s “copy link” button copies the item’s address', async () => {
    const {page, context, problems} = await site.open('/ke-hoach/toan-van/', {viewport: PHONE});
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
      const button = page.getByRole('button', {name: 'Sao chép liên kết đến mục II.2', exact: true});
      await button.click();
      await page.locator('#ii-2 + p [role="status"]', {hasText: 'Đã sao chép liên kết.'}).waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${site.origin}/ke-hoach/toan-van/#ii-2`);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
