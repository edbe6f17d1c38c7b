/**
 * Wide tables on a phone: a table that scrolls sideways shows a shadow on
 * the side where more of it is hidden (src/css/custom.css), and none on a
 * side already at its end. Checked on the pixels: the edge of the table is
 * compared with and without the scroll-shadow backgrounds.
 */
import type {Locator, Page} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();
const PHONE = {width: 360, height: 800};
const WIDE = '.table-scroll, .markdown table';

async function edge(page: Page, box: Locator, side: 'left' | 'right'): Promise<Buffer> {
  const b = (await box.boundingBox())!;
  const x = side === 'left' ? b.x + 1 : b.x + b.width - 13;
  return page.screenshot({clip: {x, y: b.y + 1, width: 12, height: Math.min(b.height - 2, 400)}});
}

/** The edge as shown, and as it would be without the shadows. */
async function shadowed(page: Page, box: Locator, side: 'left' | 'right'): Promise<boolean> {
  const shown = await edge(page, box, side);
  const off = await page.addStyleTag({content: `${WIDE} { background: none !important; }`});
  const plain = await edge(page, box, side);
  await off.evaluate((el) => (el as Element).remove());
  return !shown.equals(plain);
}

describe('tables that scroll sideways on a phone', () => {
  itInBrowser.each(['/du-lieu/huong-dan-cap-nhat/', '/ke-hoach/phu-luc/'])('%s: a shadow marks the hidden side', async (route) => {
    const {page, problems} = await site.open(route, {viewport: PHONE});
    try {
      const index = await page.evaluate((sel) => [...document.querySelectorAll(sel)].findIndex((el) => el.scrollWidth > el.clientWidth + 1), WIDE);
      expect(index).toBeGreaterThanOrEqual(0);
      const box = page.locator(WIDE).nth(index);
      await box.scrollIntoViewIfNeeded();
      expect(await shadowed(page, box, 'right')).toBe(true);
      expect(await shadowed(page, box, 'left')).toBe(false);
      await box.evaluate((el) => el.scrollTo({left: el.scrollWidth}));
      expect(await shadowed(page, box, 'right')).toBe(false);
      expect(await shadowed(page, box, 'left')).toBe(true);
      expect(problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
