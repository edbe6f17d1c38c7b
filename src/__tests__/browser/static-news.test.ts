/**
 * The news served as static HTML (src/routing/staticRoutes.ts), in Chromium:
 * a news page runs no script and still has a working phone menu; a link
 * into the news from a page that runs the application loads the news page
 * from the server, and Back returns.
 */
import {publishedPosts} from '../support/sourcePosts';
import {SITE_DIR} from '../support/siteDirs';
import {PAGE_READY, itInBrowser, useSite} from './support/site';

const site = useSite();
const PHONE = {width: 360, height: 740};
const post = publishedPosts(SITE_DIR)[0];

describe('news pages as static HTML', () => {
  itInBrowser('a link into the news from a hydrated page loads the news page itself; Back returns', async () => {
    const {page, context, problems} = await site.open('/');
    try {
      const homeHeading = await page.locator('main h1').first().textContent();
      await page.evaluate(() => {
        (window as unknown as {stillSamePage: boolean}).stillSamePage = true;
      });
      await page.locator('.navbar__items a.navbar__link[href="/tin-tuc/"]').click();
      await page.waitForURL(`${site.origin}/tin-tuc/`);
      await page.waitForSelector(PAGE_READY, {state: 'attached'});
      expect(await page.evaluate(() => (window as unknown as {stillSamePage?: boolean}).stillSamePage)).toBeUndefined();
      expect(await page.locator('main h1').first().textContent()).toBe('Tin tức');
      expect(await page.locator('html[data-static-page]').count()).toBe(1);

      await page.goBack();
      await page.waitForURL(`${site.origin}/`);
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      expect(await page.locator('main h1').first().textContent()).toBe(homeHeading);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('a news post runs no script; on a phone its ☰ opens the site’s sections, by keyboard too', async () => {
    expect(post).toBeDefined();
    const context = await site.browser.newContext({viewport: PHONE, locale: 'vi-VN'});
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(site.origin + post!.path, {waitUntil: 'load'});
      await page.waitForLoadState('networkidle');
      expect(scripts).toEqual([]);
      expect(await page.locator('main h1').first().textContent()).toBe(post!.title);

      // Docusaurus's ☰ and colour toggle need a script: not shown; the static ☰ is.
      expect(await page.locator('button.navbar__toggle').isVisible()).toBe(false);
      expect(await page.locator('.navbar [class*="colorModeToggle"]').first().isVisible()).toBe(false);
      const toggle = page.locator('summary.navbar__toggle');
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-label')).toBe('Mở hoặc đóng trình đơn');
      const box = await toggle.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);

      await toggle.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('navigation', {name: 'Các mục của trang'});
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Kế hoạch', 'Chỉ tiêu', 'Tin tức']));
      expect(await site.axe(page)).toEqual([]);

      await menu.getByRole('link', {name: 'Chỉ tiêu'}).click();
      await page.waitForURL(`${site.origin}/chi-tieu/`);
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
    } finally {
      await context.close();
    }
  });
});
