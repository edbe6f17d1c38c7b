/**
 * Browser test harness: serves the production build in build/ on 127.0.0.1
 * and drives Debian's Chromium with playwright-core.
 *
 * Usage in a test file:
 *
 *   import {useSite} from './support/site';
 *   const site = useSite();               // starts server + browser for this file
 *   it('…', async () => {
 *     const {page, problems} = await site.open('/chi-tieu/');
 *     expect(problems()).toEqual([]);      // console errors, page errors, failed requests
 *     expect(await site.axe(page)).toEqual([]);
 *   });
 *
 * When no Chromium is found the suite is skipped with a loud message, except
 * under CI=true where it fails: a green CI must mean the browser tests ran.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';

export {BUILD_DIR, CHROMIUM_ARGS, PAGE_READY, findChromium, serveBuild, type Headers, type ServedSite} from './chromium';
import {BUILD_DIR, CHROMIUM_ARGS, PAGE_READY, findChromium, serveBuild, type Headers, type ServedSite} from './chromium';

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  viewport?: {width: number; height: number};
  /** Keep localStorage etc. between pages by reusing this context. */
  context?: BrowserContext;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors and failed or 4xx/5xx requests seen so far. */
  problems(): string[];
}

export interface SiteHandle {
  readonly origin: string;
  readonly browser: Browser;
  open(pathname: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Runs axe-core (WCAG 2.0–2.2 A/AA, target size included, and best practices, or only `tags`); returns violations as readable strings. */
  axe(page: Page, tags?: string[]): Promise<string[]>;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function watchProblems(page: Page, origin: string): () => string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) {
      problems.push(`third-party request: ${req.url()}`);
    }
  });
  return () => [...problems];
}

/** axe-core's tags for WCAG 2.0–2.2 A/AA and best practices. `wcag22aa` brings `target-size` (2.5.8, 24 × 24 px). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core with `tags` (default AXE_TAGS); `target-size` always runs, even though axe leaves it off by default. */
export async function runAxe(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<{violations: {id: string; help: string; nodes: {target: string[]}[]}[]}>}}).axe;
    const result = await axe.run(document, {
      runOnly: {type: 'tag', values},
      rules: {'target-size': {enabled: true}},
    });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  }, tags);
  return violations;
}

/**
 * Starts the static server and Chromium once for the calling test file and
 * closes them afterwards. Call at the top level of a test file.
 */
export function useSite(headers: Headers = []): SiteHandle {
  jest.setTimeout(60_000);
  const executablePath = findChromium();
  let served: ServedSite | undefined;
  let browser: Browser | undefined;

  if (!executablePath) {
    const message =
      'Không tìm thấy Chromium: bỏ qua các kiểm thử trên trình duyệt. Cài bằng `apt-get install -y chromium` (Debian) hoặc đặt biến CHROMIUM_PATH.';
    if (process.env.CI === 'true') {
      beforeAll(() => {
        throw new Error(`${message} Trong CI, kiểm thử trình duyệt là bắt buộc.`);
      });
    } else {
      // Loud, so that a skipped browser suite is never mistaken for a pass.
      console.warn(`\n${'!'.repeat(70)}\n${message}\n${'!'.repeat(70)}\n`);
    }
  } else {
    beforeAll(async () => {
      served = await serveBuild(headers);
      browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });
  }

  const handle: SiteHandle = {
    get origin() {
      if (!served) throw new Error('site not started');
      return served.origin;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async open(pathname, options = {}) {
      const context =
        options.context ??
        (await handle.browser.newContext({
          javaScriptEnabled: options.javaScriptEnabled ?? true,
          viewport: options.viewport ?? {width: 1280, height: 900},
          locale: 'vi-VN',
        }));
      const page = await context.newPage();
      const problems = watchProblems(page, handle.origin);
      await page.goto(handle.origin + pathname, {waitUntil: 'load'});
      if (options.javaScriptEnabled !== false) {
        // Tests see the page after React has hydrated it, as a reader would.
        await page.waitForSelector(PAGE_READY, {state: 'attached'});
      }
      return {page, context, problems};
    },
    axe: runAxe,
  };

  return handle;
}

/** Layout shifts measured on a page: their total and the elements that moved. */
export interface Shifts {
  total: number;
  moved: string[];
}

/**
 * Layout shifts the page has had so far (Layout Instability API, as
 * Lighthouse's CLS counts them: shifts right after user input excluded),
 * with the elements that moved.
 */
export async function layoutShifts(page: Page): Promise<Shifts> {
  return page.evaluate(
    () =>
      new Promise<Shifts>((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: {node: Node | null}[];
        }
        const describe = (node: Node | null): string => {
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          const cls = typeof node.className === 'string' ? node.className.split(/\s+/).filter(Boolean).slice(0, 2) : [];
          return `${node.tagName.toLowerCase()}${cls.map((c) => `.${c}`).join('')}`;
        };
        new PerformanceObserver((list, observer) => {
          const shifts = (list.getEntries() as Shift[]).filter((e) => !e.hadRecentInput);
          observer.disconnect();
          resolve({
            total: shifts.reduce((sum, e) => sum + e.value, 0),
            moved: [...new Set(shifts.flatMap((e) => e.sources.map((s) => describe(s.node))))],
          });
        }).observe({type: 'layout-shift', buffered: true});
        // With no shift at all the observer never fires.
        setTimeout(() => resolve({total: 0, moved: []}), 100);
      }),
  );
}

/** Threshold of the layout-shift checks (Lighthouse's CLS rounds to three decimals: below it shows 0.000). */
const SHIFT_LIMIT = 0.001;

/**
 * What a layout-shift check reports: nothing when the page stays still,
 * else the measurements and the elements that moved.
 *
 * A shift seen once is measured again on a fresh load of the same page
 * (`reopen`, which must bring the page to the same point as the first
 * load before its shifts are read), and only a shift on both loads is
 * reported. Reason: busy machines. On a 500-post copy of the site (the
 * whole browser suite on 2 cores), about one load in 760 moved a footer
 * column (0.0012) on a news page that runs no script, and the same pages
 * stayed still when opened again (40 loads each). With two busy loops
 * hogging the CPU, one news page twice in 400 loads drew the navbar's
 * search link 44 px wide, then 124 px one frame after its first paint (the page's CSS gives
 * 44 px only below 997 px; the test screen is 1 280 px). The price: a page
 * that moves on a fraction p of its loads now fails on p² of the runs, not
 * p. The first measurement is logged, so a shift that keeps coming back
 * stays visible in the test output.
 */
export async function repeatedLayoutShifts(page: Page, reopen: () => Promise<OpenedPage>): Promise<string[]> {
  const first = await layoutShifts(page);
  if (first.total < SHIFT_LIMIT) return [];
  const report = (s: Shifts) => `trang xê dịch khi tải: dịch chuyển bố cục ${s.total.toFixed(4)} (ngưỡng ${SHIFT_LIMIT}), phần tử bị đẩy đi: ${s.moved.join(', ')}`;
  console.warn(`${page.url()}: ${report(first)} — ở lần tải đầu; đo lại trên một lần tải mới.`);
  const again = await reopen();
  try {
    const second = await layoutShifts(again.page);
    return second.total < SHIFT_LIMIT ? [] : [`${report(second)} (lần tải đầu: ${report(first)})`];
  } finally {
    await again.context.close();
  }
}

/**
 * `open`, then `prepare` on the opened page; the page's context is closed
 * when `prepare` fails, so that a failing check leaves no page open.
 */
export async function openAndPrepare(open: () => Promise<OpenedPage>, prepare: (page: Page) => Promise<unknown>): Promise<OpenedPage> {
  const opened = await open();
  try {
    await prepare(opened.page);
    return opened;
  } catch (error) {
    await opened.context.close();
    throw error;
  }
}

/** `it` when a browser is available (or under CI, where its absence fails), else `it.skip`. */
export const itInBrowser: jest.It = findChromium() || process.env.CI === 'true' ? it : it.skip;

/** All page URLs of the built site, from its sitemap (generated routes included). */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
