/**
 * The news list in Chromium, on a desktop and a phone: a compact list whose
 * titles are set near the body size, not at the size of a page heading.
 */
import {itInBrowser, useSite} from './support/site';

const site = useSite();

describe.each([
  ['desktop', {width: 1280, height: 900}],
  ['phone', {width: 390, height: 844}],
])('news list on a %s', (_name, viewport) => {
  itInBrowser('shows compact titles, dates and tags', async () => {
    const {page, context, problems} = await site.open('/tin-tuc/', {viewport});
    try {
      const sizes = await page.evaluate(() => {
        const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
        const titles = [...document.querySelectorAll('main article h2')];
        return {
          body: px(document.querySelector('main article .markdown p')),
          h1: px(document.querySelector('main h1')),
          titles: titles.map((t) => px(t)),
          underlined: titles.map((t) => getComputedStyle(t.querySelector('a')!).textDecorationLine),
          dated: [...document.querySelectorAll('main article')].map((a) => a.querySelector('time') !== null),
        };
      });
      expect(sizes.titles.length).toBeGreaterThan(0);
      for (const size of sizes.titles) {
        expect(size).toBeLessThanOrEqual(sizes.body * 1.5);
        expect(size).toBeLessThan(sizes.h1);
      }
      expect(new Set(sizes.underlined)).toEqual(new Set(['none']));
      expect(sizes.dated.every(Boolean)).toBe(true);
      expect(problems()).toEqual([]);
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
