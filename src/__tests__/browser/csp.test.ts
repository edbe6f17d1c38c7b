/**
 * The site works when served with the security headers the build writes to
 * build/_headers (the README tells hosts to send them): no CSP violation,
 * and the interactive parts — search, the calculator, a quiz — still work.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseHeadersFile, serveHeaders} from '../../security/headers';
import {BUILD_DIR, itInBrowser, useSite} from './support/site';

const headersFile = path.join(BUILD_DIR, '_headers');
const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
const headers = rules.find((r) => r.path === '/*')?.headers ?? [];
// The _headers patterns (`/*`, `/assets/*`) as serve-handler globs.
const site = useSite(serveHeaders(rules));

describe('served with the security headers', () => {
  it('the build wrote a CSP', () => {
    expect(headers.map((h) => h.key)).toContain('Content-Security-Policy');
  });

  itInBrowser('content-hashed assets are cached for a year, pages are not', async () => {
    const {page, context} = await site.open('/');
    try {
      const script = await page.locator('script[src*="/assets/js/"]').first().getAttribute('src');
      expect(script).toMatch(/\/assets\/js\/.+\.[0-9a-f]{8}\.js$/);
      const asset = await page.request.get(site.origin + script);
      expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers()['content-security-policy']).toContain("default-src 'self'");
      const html = await page.request.get(`${site.origin}/`);
      expect(html.headers()['cache-control'] ?? '').not.toContain('immutable');
    } finally {
      await context.close();
    }
  });

  itInBrowser.each(['/', '/ke-hoach/toan-van/', '/chi-tieu/', '/co-quan/', '/tin-tuc/'])('%s loads with no violation', async (route) => {
    const {page, context, problems} = await site.open(route);
    try {
      const response = await page.request.get(site.origin + route);
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('search works under the CSP', async () => {
    const {page, context, problems} = await site.open('/tim-kiem/?q=nga%20son');
    try {
      await page.waitForSelector('.pagefind-ui__result-link');
      expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('the star calculator works under the CSP', async () => {
    const {page, context, problems} = await site.open('/chu-trinh-ocop/tu-danh-gia/');
    try {
      const inputs = page.locator('form input[inputmode="decimal"]');
      await inputs.nth(0).fill('30');
      await inputs.nth(1).fill('20');
      await inputs.nth(2).fill('25');
      await inputs.nth(2).press('Enter');
      await expect(page.locator('h3[tabindex="-1"]').first().textContent()).resolves.toContain('75');
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
