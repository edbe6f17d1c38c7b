/**
 * Every page of the built site, opened in Chromium: no console error, no
 * failed request, no request to another origin, zero axe-core violations
 * (WCAG 2.2 rules included, target size also at 360 px), nothing that moves
 * when the page hydrates (layout shift), and no sideways scroll at 360 px.
 */
import {SECTION_ROUTES} from '../support/routes';
import {itInBrowser, openAndPrepare, repeatedLayoutShifts, sitemapPaths, useSite} from './support/site';

const site = useSite();

const ROUTES = [...new Set<string>([...SECTION_ROUTES, ...sitemapPaths()])].sort();

describe('every route', () => {
  itInBrowser.each(ROUTES)('%s loads cleanly, passes axe and fits a 360 px screen', async (route) => {
    const {page, context, problems} = await site.open(route);
    try {
      expect(await page.locator('h1').count()).toBe(1);
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
      // Parts that come alive with JavaScript are in the server HTML already: hydration moves nothing.
      // A fresh load is measured at the same point as this one: after axe has run.
      expect(await repeatedLayoutShifts(page, () => openAndPrepare(() => site.open(route), (p) => site.axe(p)))).toEqual([]);
      // Wide tables scroll inside their own box; the page itself never scrolls sideways.
      await page.setViewportSize({width: 360, height: 800});
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // WCAG 2.2 rules (target size of every control) on the phone layout too.
      expect(await site.axe(page, ['wcag22aa'])).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('an unknown address shows the Vietnamese 404 page', async () => {
    const {page, context} = await site.open('/khong-co-trang-nay/');
    try {
      await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
