/**
 * The data pages in Chromium: /chi-tieu/ (tables, sorting, charts, 360 px,
 * no JavaScript), a unit page and /du-lieu/ (downloads at stable URLs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {BUILD_DIR, itInBrowser, useSite} from './support/site';

const site = useSite();
const ROOT = path.resolve(__dirname, '../../..');
const PHONE = {width: 360, height: 740};

const firstColumn = (page: Page) => page.locator('main table').first().locator('tbody tr th').allTextContents();
/** Charts in the built /chi-tieu/ page: what the page must show with or without JavaScript. */
const staticCharts = () => (fs.readFileSync(path.join(BUILD_DIR, 'chi-tieu', 'index.html'), 'utf8').match(/<svg[^>]*data-chart=/g) ?? []).length;
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('/chi-tieu/', () => {
  itInBrowser('reads at 360 px: no sideways scrolling, every SVG chart of the page fits, axe clean', async () => {
    const {page, context, problems} = await site.open('/chi-tieu/', {viewport: PHONE});
    try {
      expect(await noSidewaysScroll(page)).toBe(true);
      const charts = page.locator('main figure svg[role="img"]');
      // Three charts, and the progress chart once a decision is recorded (it follows data/recognitions.csv).
      expect(await charts.count()).toBe(staticCharts());
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        expect(box!.width).toBeLessThanOrEqual(PHONE.width);
        expect(box!.width).toBeGreaterThan(300);
      }
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('sorts the target table by any column, with the keyboard too, keeping the totals row last', async () => {
    const {page, context, problems} = await site.open('/chi-tieu/');
    try {
      const table = page.locator('main table').first();
      expect((await firstColumn(page)).slice(0, 2)).toEqual(['TP Thanh Hóa', 'TP Sầm Sơn']);
      await table.getByRole('button', {name: /^Tổng/}).click();
      expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
      expect((await firstColumn(page))[0]).toBe('Huyện Quảng Xương');
      const stars5 = table.getByRole('button', {name: /^5 sao/});
      await stars5.focus();
      await page.keyboard.press('Enter');
      expect((await firstColumn(page))[0]).toBe('Huyện Nga Sơn');
      await page.keyboard.press('Enter');
      expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      expect(await table.locator('tbody tr').count()).toBe(26);
      expect((await table.locator('tfoot tr').textContent())?.replace(/\s+/g, '')).toBe('Toàntỉnh160320137');
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('without JavaScript: complete tables, the charts, and no sort buttons', async () => {
    const {page, context} = await site.open('/chi-tieu/', {javaScriptEnabled: false, viewport: PHONE});
    try {
      expect(await page.locator('main table').first().locator('tbody tr').count()).toBe(26);
      expect(await page.locator('main figure svg[role="img"]').count()).toBe(staticCharts());
      expect(await page.locator('main th button').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('unit page', () => {
  itInBrowser('/chi-tieu/nga-son/: targets, the note on 01/07/2025, reads at 360 px, axe clean', async () => {
    const {page, context, problems} = await site.open('/chi-tieu/nga-son/', {viewport: PHONE});
    try {
      expect(await page.locator('h1').textContent()).toBe('Huyện Nga Sơn: chỉ tiêu OCOP năm 2025');
      // Target 8 (the plan's appendix); the achieved cell follows data/recognitions.csv.
      expect((await page.locator('main table').first().locator('tfoot').textContent())?.replace(/\s+/g, '')).toMatch(/^Tổng8/);
      expect(await page.locator('main').textContent()).toContain('01/07/2025');
      expect(await noSidewaysScroll(page)).toBe(true);
      expect(await site.axe(page)).toEqual([]);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('/du-lieu/', () => {
  itInBrowser('every CSV downloads unchanged from its stable URL; chart SVGs download too', async () => {
    const {page, context, problems} = await site.open('/du-lieu/', {viewport: PHONE});
    try {
      expect(await noSidewaysScroll(page)).toBe(true);
      expect(await site.axe(page)).toEqual([]);
      for (const file of ['targets.csv', 'recognitions.csv', 'ocop-totals.csv', 'tile-grid.csv']) {
        const href = await page.locator(`main a[href="/du-lieu/${file}"]`).getAttribute('href');
        const res = await page.request.get(site.origin + href!);
        expect(res.status()).toBe(200);
        // The source file with a UTF-8 byte-order mark for Excel.
        expect(Buffer.from(await res.body())).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(ROOT, 'data', file))]));
      }
      const chartLinks = await page.locator('main a[href^="/du-lieu/bieu-do/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(chartLinks.filter((href) => href.endsWith('.svg'))).toHaveLength(staticCharts());
      // Each chart's share pictures, beside its SVG.
      expect(chartLinks.filter((href) => href.endsWith('.png')).length).toBeGreaterThanOrEqual(staticCharts());
      for (const href of chartLinks) {
        const res = await page.request.get(site.origin + href);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain(href.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
      }
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
