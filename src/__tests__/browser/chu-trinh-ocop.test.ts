/**
 * The "Chu trình OCOP" section in Chromium: every page loads cleanly and
 * passes axe with and without JavaScript, fits 360 px, prints without the
 * site chrome; the self-assessment calculator works by keyboard, brings its
 * result into view with focus on a heading that states it, clears a result
 * that no longer matches the inputs, and reports errors accessibly.
 */
import type {BrowserContext, Page} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();

const PAGES = [
  '/chu-trinh-ocop/',
  '/chu-trinh-ocop/cac-buoc/',
  '/chu-trinh-ocop/phan-hang-sao/',
  '/chu-trinh-ocop/tu-danh-gia/',
  '/chu-trinh-ocop/ho-so/',
  '/chu-trinh-ocop/thuat-ngu/',
];

const CALCULATOR = '/chu-trinh-ocop/tu-danh-gia/';

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Types the three parts by keyboard only: Tab from the first field, Enter to submit. */
async function enterScores(page: Page, a: string, b: string, c: string): Promise<void> {
  await page.locator('#tdg-A').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(a);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(b);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(c);
  await page.keyboard.press('Enter');
}

/** The result as shown ('' when there is none). */
async function resultText(page: Page): Promise<string> {
  return (await page.locator('#tdg-ket-qua').innerText()).replace(/\s+/g, ' ').trim();
}

const PHONE = {width: 390, height: 844};

/** Whether the element is wholly on screen, below the sticky navbar. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const navbar = document.querySelector('.navbar');
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    const top = navbar ? navbar.getBoundingClientRect().bottom : 0;
    return rect.top >= top - 1 && rect.bottom <= window.innerHeight + 1;
  }, selector);
}

/**
 * The page as a reader without JavaScript gets it: the site's scripts are
 * blocked, but Playwright can still run axe-core in the page (which it
 * cannot in a context with JavaScript disabled).
 */
async function openWithoutSiteScripts(
  route: string,
  viewport = {width: 360, height: 740},
): Promise<{page: Page; context: BrowserContext}> {
  const context = await site.browser.newContext({viewport, locale: 'vi-VN'});
  await context.route(/\.js(\?.*)?$/, (r) => r.abort());
  const page = await context.newPage();
  await page.goto(site.origin + route, {waitUntil: 'load'});
  return {page, context};
}

describe('Chu trình OCOP pages', () => {
  // Loading cleanly and axe on every page: routes.test.ts, for every route.
  itInBrowser.each(PAGES)('%s has its sources', async (route) => {
    const {page, context} = await site.open(route);
    try {
      await expect(page.locator('h2#nguon').count()).resolves.toBe(1);
      expect(await page.locator('#nguon ~ ul a').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  itInBrowser.each(PAGES)('%s reads without JavaScript and fits 360 px', async (route) => {
    const {page, context} = await openWithoutSiteScripts(route);
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.hasHydrated)).not.toBe('true');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the six steps are headings whose text carries the number', async () => {
    const {page, context} = await site.open('/chu-trinh-ocop/cac-buoc/');
    try {
      const headings = await page.locator('h2[id^="buoc-"]').allTextContents();
      expect(headings.map((h) => h.replace(/\u200b/g, '').trim().slice(0, 7))).toEqual([
        'Bước 1.',
        'Bước 2.',
        'Bước 3.',
        'Bước 4.',
        'Bước 5.',
        'Bước 6.',
      ]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('glossary terms are anchors that other pages link to', async () => {
    const {page, context} = await site.open('/chu-trinh-ocop/thuat-ngu/');
    try {
      for (const id of ['chu-the-ocop', 'htx', 'to-hop-tac', 'vpdp', 'ntm', 'mtqg', 'truy-xuat-nguon-goc']) {
        expect(await page.locator(`h2#${id}`).count()).toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});

describe('self-assessment calculator', () => {
  itInBrowser('without JavaScript: the band table and a note, no dead form', async () => {
    const {page, context} = await site.open(CALCULATOR, {javaScriptEnabled: false});
    try {
      // The note is in <noscript> (Playwright's getByText skips those, a reader does not).
      await expect(page.locator('noscript p', {hasText: 'Công cụ tính điểm cần JavaScript'}).isVisible()).resolves.toBe(true);
      // The form is in the HTML (so that it appears without moving anything) but hidden, so unreachable.
      expect(await page.locator('form').count()).toBe(1);
      expect(await page.locator('form').isVisible()).toBe(false);
      const rows = page.locator('table caption', {hasText: 'Hạng sao theo tổng điểm'}).locator('xpath=..').locator('tbody tr');
      expect(await rows.count()).toBe(5);
      expect(await page.getByText('chưa được xác nhận').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  itInBrowser('labelled inputs with a decimal keyboard, in tab order A, B, C, submit', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      for (const [key, max] of [
        ['A', 40],
        ['B', 25],
        ['C', 35],
      ] as const) {
        const input = page.getByRole('textbox', {name: new RegExp(`^Phần ${key} .*tối đa ${max} điểm`)});
        expect(await input.count()).toBe(1);
        expect(await input.getAttribute('inputmode')).toBe('decimal');
      }
      await page.locator('#tdg-A').focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
      }
      expect(order).toEqual(['tdg-B', 'tdg-C', 'Tính điểm']);
    } finally {
      await context.close();
    }
  });

  itInBrowser('computes by keyboard and gives the result', async () => {
    const {page, context, problems} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '30', '17,5', '15');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      const result = await resultText(page);
      expect(result).toContain('62,5 / 100 điểm');
      expect(result).toContain('3 sao');
      expect(result).toContain('Còn thiếu 7,5 điểm để đạt 4 sao (từ 70 điểm).');
      expect(result).toContain('UBND cấp huyện đánh giá, công nhận.');
      expect(result).toContain('UBND cấp tỉnh đánh giá, công nhận.');
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('on a phone, "Tính điểm" brings the result into view and moves focus to its heading, which states it', async () => {
    const {page, context, problems} = await site.open(CALCULATOR, {viewport: PHONE});
    try {
      await page.locator('#tdg-A').fill('30');
      await page.locator('#tdg-B').fill('17,5');
      await page.locator('#tdg-C').fill('15');
      await page.getByRole('button', {name: 'Tính điểm'}).click();
      const heading = page.locator('#tdg-ket-qua-tieu-de');
      await heading.waitFor();
      // Focus on the heading makes screen readers say it; its text is the answer.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tdg-ket-qua-tieu-de');
      expect(await heading.evaluate((el) => el.tagName)).toBe('H3');
      expect(await heading.getAttribute('tabindex')).toBe('-1');
      expect(await page.getByRole('heading', {name: 'Kết quả tham khảo: 62,5 điểm, 3 sao'}).count()).toBe(1);
      // Scrolled into view (and out from under the sticky navbar), smooth scrolling included.
      await page.waitForFunction(() => {
        const el = document.getElementById('tdg-ket-qua-tieu-de');
        const navbar = document.querySelector('.navbar');
        if (!el) return false;
        const rect = el.getBoundingClientRect();
        return rect.top >= (navbar?.getBoundingClientRect().bottom ?? 0) - 1 && rect.bottom <= window.innerHeight;
      });
      expect(await onScreen(page, '#tdg-ket-qua-tieu-de')).toBe(true);
      // Computing again (same numbers) takes focus again.
      await page.locator('#tdg-A').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'tdg-ket-qua-tieu-de');
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('changing an input clears the result, which no longer matches, and says so', async () => {
    const {page, context} = await site.open(CALCULATOR, {viewport: PHONE});
    try {
      await enterScores(page, '30', '17,5', '15');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      const status = page.locator('#tdg-trang-thai');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.textContent()).toBe('');
      await page.locator('#tdg-B').fill('20');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor({state: 'detached'});
      expect(await resultText(page)).toBe('');
      expect(await status.textContent()).toBe(
        'Bạn đã sửa điểm nên kết quả cũ đã được xóa. Bấm “Tính điểm” để tính lại.',
      );
      expect(await status.isVisible()).toBe(true);
      expect(await site.axe(page)).toEqual([]);
      // Computing again gives the new result and removes the notice.
      await page.getByRole('button', {name: 'Tính điểm'}).click();
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      expect(await resultText(page)).toContain('65 / 100 điểm');
      expect(await status.textContent()).toBe('');
      // "Nhập lại" clears everything without a notice.
      await page.getByRole('button', {name: 'Nhập lại'}).click();
      expect(await resultText(page)).toBe('');
      expect(await status.textContent()).toBe('');
    } finally {
      await context.close();
    }
  });

  itInBrowser('says how a number typed with a dot was read: "1.000" as one thousand, "32.5" as 32,5', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '1.000', '20', '20');
      const summary = page.locator('[aria-labelledby="tdg-loi-tieu-de"]');
      await summary.waitFor();
      expect(await summary.locator('a').allTextContents()).toEqual([
        'Điểm Phần A phải từ 0 đến 40. “1.000” được hiểu là 1000 (dấu chấm ngăn cách hàng nghìn), như cách viết số ở Việt Nam; số thập phân viết với dấu phẩy, ví dụ 30,5.',
      ]);
      await enterScores(page, '32.5', '20', '20');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      const result = await resultText(page);
      expect(result).toContain('72,5 / 100 điểm');
      expect(result).toContain('Phần A: “32.5” được hiểu là 32,5 (dấu chấm là dấu thập phân).');
    } finally {
      await context.close();
    }
  });

  itInBrowser('below 3 sao, says that recognition starts at 3 sao and how far it is', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '10', '0', '0');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      const result = await resultText(page);
      expect(result).toContain('sản phẩm OCOP được công nhận từ 3 sao (từ 50 điểm) trở lên.');
      expect(result).toContain('Để được công nhận là sản phẩm OCOP Còn thiếu 40 điểm để đạt 3 sao (từ 50 điểm)');
      expect(result).toContain('Còn thiếu 20 điểm để đạt 2 sao (từ 30 điểm); 2 sao vẫn chưa được công nhận');
    } finally {
      await context.close();
    }
  });

  itInBrowser('on a phone the form starts with its inputs, and the "only the council decides" warning appears once', async () => {
    const {page, context} = await site.open(CALCULATOR, {viewport: PHONE});
    try {
      // The calculator adds at most one short line above its first field.
      const gap = await page.evaluate(() => {
        const form = document.querySelector('.js-only form');
        const label = document.querySelector('label[for="tdg-A"]');
        return label && form ? label.getBoundingClientRect().top - form.getBoundingClientRect().top : Infinity;
      });
      expect(gap).toBeLessThanOrEqual(80);
      const warnings = () =>
        page.locator('article').evaluate((el) => (el as HTMLElement).innerText.split('Chỉ Hội đồng đánh giá').length - 1);
      expect(await warnings()).toBe(1);
      await enterScores(page, '30', '20', '20');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      expect(await warnings()).toBe(1);
    } finally {
      await context.close();
    }
  });

  itInBrowser.each([
    ['0', '0', '0', '1 sao', 'Còn thiếu 30 điểm để đạt 2 sao'],
    ['29', '0', '0', '1 sao', 'Còn thiếu 1 điểm để đạt 2 sao'],
    ['30', '0', '0', '2 sao', 'Còn thiếu 20 điểm để đạt 3 sao'],
    ['20', '15', '14,5', '2 sao', 'Còn thiếu 0,5 điểm để đạt 3 sao'],
    ['20', '15', '15', '3 sao', 'Còn thiếu 20 điểm để đạt 4 sao'],
    ['30', '20', '19', '3 sao', 'Còn thiếu 1 điểm để đạt 4 sao'],
    ['30', '20', '20', '4 sao', 'Còn thiếu 20 điểm để đạt 5 sao'],
    ['39', '25', '25', '4 sao', 'Còn thiếu 1 điểm để đạt 5 sao'],
    ['40', '25', '25', '5 sao', 'Đây là hạng cao nhất.'],
    ['40', '25', '35', '5 sao', 'Đây là hạng cao nhất.'],
  ])('A %s + B %s + C %s → %s', async (a, b, c, stars, next) => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, a, b, c);
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      const result = await resultText(page);
      expect(result).toMatch(new RegExp(`Hạng sao dự kiến [★☆]{5} ${stars} `));
      expect(result).toContain(next);
    } finally {
      await context.close();
    }
  });

  itInBrowser('errors: summary takes focus, links to the fields, fields are marked', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '', 'abc', '36');
      const summary = page.locator('[aria-labelledby="tdg-loi-tieu-de"]');
      await summary.waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('tdg-loi-tieu-de');
      expect(await summary.locator('a').allTextContents()).toEqual([
        'Nhập số điểm dự kiến của Phần A, từ 0 đến 40.',
        'Điểm Phần B phải là một số, ví dụ 30 hoặc 30,5.',
        'Điểm Phần C phải từ 0 đến 35.',
      ]);
      for (const key of ['A', 'B', 'C']) {
        const input = page.locator(`#tdg-${key}`);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        expect(await input.getAttribute('aria-describedby')).toBe(`tdg-${key}-goi-y tdg-${key}-loi`);
      }
      // No result while there are errors.
      expect(await resultText(page)).toBe('');
      expect(await site.axe(page)).toEqual([]);
      // Following a link in the summary by keyboard puts the cursor in the field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tdg-B');
      // Fixing the input and resubmitting clears the errors and shows the result.
      await enterScores(page, '40', '25', '35');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      expect(await summary.count()).toBe(0);
      expect(await resultText(page)).toContain('100 / 100 điểm');
    } finally {
      await context.close();
    }
  });

  itInBrowser('each part is bounded by its own maximum', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '40,01', '25,5', '35');
      await page.locator('[aria-labelledby="tdg-loi-tieu-de"]').waitFor();
      expect(await page.locator('[aria-labelledby="tdg-loi-tieu-de"] a').allTextContents()).toEqual([
        'Điểm Phần A phải từ 0 đến 40.',
        'Điểm Phần B phải từ 0 đến 25.',
      ]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('works at 360 px', async () => {
    const {page, context} = await site.open(CALCULATOR, {viewport: {width: 360, height: 740}});
    try {
      await enterScores(page, '32,5', '20', '20');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      expect(await resultText(page)).toContain('72,5 / 100 điểm');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await site.axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  itInBrowser.each(PAGES)('%s prints without navigation', async (route) => {
    const {page, context} = await site.open(route);
    try {
      await page.emulateMedia({media: 'print'});
      for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.pagination-nav']) {
        const visible = await page.locator(selector).evaluateAll((els) =>
          els.some((el) => getComputedStyle(el).display !== 'none'),
        );
        expect(visible).toBe(false);
      }
      const pdf = await page.pdf({format: 'A4'});
      expect(pdf.length).toBeGreaterThan(1000);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the dossier checklist prints a box before every item', async () => {
    const {page, context} = await site.open('/chu-trinh-ocop/ho-so/');
    try {
      await page.emulateMedia({media: 'print'});
      const boxes = await page.locator('[class*="checklist"] > ul > li').evaluateAll((items) =>
        items.map((li) => {
          const before = getComputedStyle(li, '::before');
          return before.borderTopStyle === 'solid' && before.width !== '0px';
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(5 + 11 + 2);
      expect(boxes.every(Boolean)).toBe(true);
      await expect(page.getByText('Danh sách chi tiết theo hướng dẫn cũ').count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the calculator prints its result but not its buttons', async () => {
    const {page, context} = await site.open(CALCULATOR);
    try {
      await enterScores(page, '30', '20', '20');
      await page.locator('#tdg-ket-qua-tieu-de').waitFor();
      await page.emulateMedia({media: 'print'});
      expect(await page.getByRole('button', {name: 'Tính điểm'}).isVisible()).toBe(false);
      expect(await page.locator('#tdg-ket-qua-tieu-de').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
