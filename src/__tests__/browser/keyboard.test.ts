/**
 * A keyboard-only walk through the site: skip link, navbar, search, the star
 * calculator and a quiz, with a visible focus indicator at every stop.
 */
import type {Page} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();

/** The focused element's tag/text, and whether it shows a focus outline or ring. */
async function focused(page: Page): Promise<{tag: string; text: string; visible: boolean}> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return {tag: '', text: '', visible: false};
    const cs = getComputedStyle(el);
    const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    return {tag: el.tagName.toLowerCase(), text: (el.textContent || el.getAttribute('aria-label') || '').trim(), visible};
  });
}

describe('keyboard walk-through', () => {
  itInBrowser('skip link, then the navbar, with visible focus', async () => {
    const {page, context, problems} = await site.open('/ke-hoach/');
    try {
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip.text).toBe('Chuyển tới nội dung chính');
      expect(skip.visible).toBe(true);
      await page.keyboard.press('Enter');
      // Focus moves into the main content: the next Tab stop is inside it, not in the navbar.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

      // From the top again: Tab reaches the navbar links, each with a visible focus.
      await page.goto(site.origin + '/ke-hoach/');
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
      const stops: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f.visible).toBe(true);
        stops.push(f.text);
      }
      expect(stops).toEqual(expect.arrayContaining(['Kế hoạch', 'Chỉ tiêu', 'Cơ quan', 'Tìm kiếm']));
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('search: type a query and reach the first result by keyboard', async () => {
    const {page, context} = await site.open('/tim-kiem/');
    try {
      await page.waitForSelector('#o-tim-kiem');
      await page.focus('#o-tim-kiem');
      await page.keyboard.type('nga son');
      await page.waitForSelector('.pagefind-ui__result-link');
      let reached = false;
      for (let i = 0; i < 5 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link') ?? false);
      }
      expect(reached).toBe(true);
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/chi-tieu\//);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the star calculator: fill in and submit by keyboard', async () => {
    const {page, context} = await site.open('/chu-trinh-ocop/tu-danh-gia/');
    try {
      const first = page.locator('form input[inputmode="decimal"]').first();
      await first.focus();
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.type('36');
      await page.keyboard.press('Tab');
      await page.keyboard.type('22');
      await page.keyboard.press('Tab');
      await page.keyboard.type('32');
      await page.keyboard.press('Enter');
      // Focus moves to the result's heading, which states the answer.
      await page.waitForFunction(() => document.activeElement?.id === 'tdg-ket-qua-tieu-de');
      const result = (await page.locator('#tdg-ket-qua').textContent()) ?? '';
      expect(result).toContain('90');
      expect(result).toMatch(/5 sao/);
    } finally {
      await context.close();
    }
  });

  itInBrowser('a quiz: choose with arrow keys, check with Enter', async () => {
    const {page, context} = await site.open('/dao-tao/chu-the-ocop/ban-hang/');
    try {
      const radio = page.locator('form fieldset').first().getByRole('radio').first();
      await radio.focus();
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('form fieldset').first().getByRole('radio').nth(1).isChecked()).toBe(true);
      const check = page.getByRole('button', {name: 'Kiểm tra'}).first();
      await check.focus();
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('Enter');
      expect(((await page.locator('form [role="status"]').first().textContent()) ?? '').length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
