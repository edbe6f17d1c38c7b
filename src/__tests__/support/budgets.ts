/**
 * Page-weight budgets: what a first visit (empty cache) to each page type
 * may download, in KB (1 KB = 1024 bytes) after gzip level 9, by resource
 * type. Checked by src/__tests__/browser/budgets.test.ts; measured by
 * src/__tests__/browser/support/weight.ts (Docusaurus's prefetches of other
 * routes are not counted).
 *
 * Reference: the default template, `create-docusaurus` 3.10.2 classic,
 * TypeScript, `future.v4`, built and measured the same way (Chromium,
 * 2026-11-28). Every budget below is at or below the matching figure of the
 * default template, except where `aboveDefault` says why it is not.
 */

export interface Weight {
  /** HTML document, KB gzip. */
  html: number;
  /** Stylesheets, KB gzip. */
  css: number;
  /** JavaScript, KB gzip. */
  js: number;
}

/** The default template's first visits (KB gzip). */
export const DEFAULT_TEMPLATE = {
  home: {html: 17.7, css: 14.9, js: 167.4},
  /** /docs/intro/ */
  docs: {html: 5.0, css: 14.9, js: 172.0},
  /** /blog/ */
  blogList: {html: 7.0, css: 14.9, js: 176.4},
  /** /docs/tutorial-basics/markdown-features/, a long docs page */
  longDocs: {html: 13.1, css: 14.9, js: 178.3},
} as const satisfies Record<string, Weight>;

export type Reference = keyof typeof DEFAULT_TEMPLATE;

export interface PageBudget {
  path: string;
  /** Page type, in the failure message. */
  label: string;
  /** The default-template page it is compared with. */
  reference: Reference;
  budget: Weight;
  /** Measured on this site when the budget was set (KB gzip). */
  measured: Weight;
  /** Why a budget is above the reference, per resource type. */
  aboveDefault?: Partial<Record<keyof Weight, string>>;
}

const CSS_ABOVE_DEFAULT =
  'Above the default (14.9 KB): Docusaurus puts all CSS in one stylesheet, shared by every page and cached after the first; the site\'s own components (tables, charts, quiz, calculator, agency pages, compact news list, print styles, room kept for parts that come alive with JavaScript so that nothing moves) add 3.9 KB gzip. Only by dropping them or splitting CSS per route (not how Docusaurus bundles) could it reach the default.';

/**
 * JavaScript: Docusaurus's classic theme loads Prism (prism-react-renderer,
 * 25 KB gzip) on every page; the site drops it with src/plugins/plain-code
 * (code blocks in plain colours), which brings every page type at or below
 * the default template although the site's shared frame is ~10 KB heavier
 * (Vietnamese translations 1.9, a route table of ~110 pages instead of ~30
 * 3.1, navbar/footer 0.6, docs sidebars with every doc's title and
 * description 4.1) and each page adds its own text, compiled into JavaScript
 * for hydration (Docusaurus's architecture), and its interactive parts.
 */
export const CSS_BUDGET = 18.9;

/** Headroom over the measured figures, KB: HTML 0.8, JavaScript 1.5 — never above the default template's JavaScript. */
const budget = (measured: Weight, reference: Reference): Weight => ({
  html: Math.round((measured.html + 0.8) * 10) / 10,
  css: CSS_BUDGET,
  js: Math.min(Math.round((measured.js + 1.5) * 10) / 10, DEFAULT_TEMPLATE[reference].js),
});

const page = (path: string, label: string, reference: Reference, measured: Weight, aboveDefault: PageBudget['aboveDefault'] = {}): PageBudget => ({
  path,
  label,
  reference,
  measured,
  budget: budget(measured, reference),
  aboveDefault: {css: CSS_ABOVE_DEFAULT, ...aboveDefault},
});

/** Measured 2026-11-28 (system date) on main, with plain-code enabled. */
export const PAGE_BUDGETS: readonly PageBudget[] = [
  page('/', 'trang chủ', 'home', {html: 4.0, css: 18.8, js: 142.2}),
  page('/ke-hoach/toan-van/', 'toàn văn Kế hoạch', 'longDocs', {html: 13.6, css: 18.8, js: 174.1}, {
    html: "The page is the plan's full text (13.6 KB gzip of HTML), 0.5 KB more than the default's longest docs page; HTML + CSS + JS (206.5 KB) is 0.2 KB above that page's 206.3 KB.",
  }),
  page('/ke-hoach/noi-dung/', 'một phần của Kế hoạch', 'longDocs', {html: 8.2, css: 18.8, js: 169.2}),
  page('/chi-tieu/', 'chỉ tiêu và tiến độ', 'longDocs', {html: 13.1, css: 18.8, js: 154.1}, {
    html: 'At the default (13.1 KB); the headroom is for recognised products, which will add rows to the tables.',
  }),
  page('/chi-tieu/nga-son/', 'trang một đơn vị', 'docs', {html: 4.3, css: 18.8, js: 143.5}),
  page('/co-quan/so-cong-thuong/', 'trang một cơ quan', 'docs', {html: 5.2, css: 18.8, js: 147.4}, {
    html: "The body's duties quoted from the plan and its context notes: 0.2 KB over the default's short docs page; HTML + CSS + JS (171.0 KB) is 21 KB below it.",
  }),
  page('/dao-tao/chu-the-ocop/ocop-la-gi/', 'bài học', 'longDocs', {html: 11.1, css: 18.8, js: 174.9}),
  page('/tin-tuc/2025/02/24/ban-hanh-ke-hoach-36/', 'bài tin', 'blogList', {html: 5.9, css: 18.8, js: 164.9}),
  page('/du-lieu/', 'dữ liệu mở', 'longDocs', {html: 6.7, css: 18.8, js: 145.4}),
];

/**
 * Pagefind search, KB gzip (Pagefind's index and WebAssembly files are
 * already compressed). Typing "nga son" on /tim-kiem/ fetched 166.4 KB in
 * 14 files when set: the UI script and styles (32.9), pagefind.js and its
 * worker (25.2) and WebAssembly (54.1), which any first search needs, then
 * metadata (1.2), two index chunks (48.4) and five result fragments (4.6).
 * The whole index folder is 538 KB gzip, most of which (other UI variants,
 * other words' chunks and fragments) a reader never fetches.
 */
export const SEARCH_BUDGET = {query: 172} as const;
