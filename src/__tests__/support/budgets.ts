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
  'Above the default (14.9 KB): Docusaurus puts all CSS in one stylesheet, shared by every page and cached after the first; the site\'s own components (tables, charts, quiz, calculator, agency pages, print styles) add 3.5 KB gzip. Only by dropping them or splitting CSS per route (not how Docusaurus bundles) could it reach the default.';

/**
 * Why the JavaScript of the longer pages is above the default template.
 * Measured with the bundle analyser (`docusaurus build --bundle-analyzer`),
 * KB gzip: every page carries Prism (prism-react-renderer, 25 KB), which the
 * classic theme loads everywhere, as in the default template. The site's
 * shared frame is ~10 KB heavier than the default's: Vietnamese theme
 * translations (1.9), the route table of ~110 pages instead of ~30 (3.1),
 * the navbar/footer configuration (0.6) and, on docs pages, the docs
 * sidebars with every doc's title and description (4.1, default 0.9).
 * Each page then
 * adds its own text, compiled into JavaScript for hydration (Docusaurus's
 * architecture) and its interactive parts.
 *
 * Without Prism (src/plugins/plain-code, code blocks in plain colours; not
 * enabled in docusaurus.config.ts when these budgets were set) every page
 * is below the default: toàn văn 171.1, phần II 166.5, bài học 171.9,
 * tin 164.0, chỉ tiêu 153.3 KB.
 */
const JS_FRAME = 'Above the default: Prism 25 KB on every page (as in the default) plus a ~10 KB heavier shared frame (Vietnamese translations, ~110 routes, docs sidebars)';

export const CSS_BUDGET = 18.5;

/**
 * Budgets have a little headroom over the measured figures (HTML about
 * 0.8 KB, JavaScript about 1.5 KB: a news post adds ~0.1 KB to the route
 * table on every page), never above the default where the page is at or
 * below it. Measured 2026-11-28 (system date) on the build of branch `budgets`.
 */
export const PAGE_BUDGETS: readonly PageBudget[] = [
  {
    path: '/',
    label: 'trang chủ',
    reference: 'home',
    measured: {html: 4.0, css: 18.4, js: 166.4},
    budget: {html: 5.0, css: CSS_BUDGET, js: 167.4},
    aboveDefault: {css: CSS_ABOVE_DEFAULT},
  },
  {
    path: '/ke-hoach/toan-van/',
    label: 'toàn văn Kế hoạch',
    reference: 'longDocs',
    measured: {html: 13.7, css: 18.4, js: 196.2},
    budget: {html: 14.5, css: CSS_BUDGET, js: 197.5},
    aboveDefault: {
      html: 'The page is the plan\'s full text (13.7 KB gzip of HTML), 0.6 KB more than the default\'s longest docs page.',
      css: CSS_ABOVE_DEFAULT,
      js: `${JS_FRAME}; the plan\'s full text compiled for hydration, 10.3 KB.`,
    },
  },
  {
    path: '/ke-hoach/noi-dung/',
    label: 'một phần của Kế hoạch',
    reference: 'longDocs',
    measured: {html: 8.2, css: 18.4, js: 191.6},
    budget: {html: 9.0, css: CSS_BUDGET, js: 193.0},
    aboveDefault: {css: CSS_ABOVE_DEFAULT, js: `${JS_FRAME}; part II of the plan and the context notes, 5.8 KB.`},
  },
  {
    path: '/chi-tieu/',
    label: 'chỉ tiêu và tiến độ',
    reference: 'longDocs',
    measured: {html: 13.1, css: 18.4, js: 178.3},
    budget: {html: 13.9, css: CSS_BUDGET, js: 179.8},
    aboveDefault: {
      html: 'At the default (13.1 KB); the headroom is for recognised products, which will add rows to the tables.',
      css: CSS_ABOVE_DEFAULT,
      js: 'At the default (178.3 KB); the page\'s data and chart layouts for hydration are 8.1 KB of it. Headroom for recognised products.',
    },
  },
  {
    path: '/chi-tieu/nga-son/',
    label: 'trang một đơn vị',
    reference: 'docs',
    measured: {html: 4.3, css: 18.4, js: 167.7},
    budget: {html: 5.0, css: CSS_BUDGET, js: 169.2},
    aboveDefault: {css: CSS_ABOVE_DEFAULT},
  },
  {
    path: '/co-quan/so-cong-thuong/',
    label: 'trang một cơ quan',
    reference: 'docs',
    measured: {html: 4.9, css: 18.4, js: 171.2},
    budget: {html: 5.0, css: CSS_BUDGET, js: 172.0},
    aboveDefault: {css: CSS_ABOVE_DEFAULT},
  },
  {
    path: '/dao-tao/chu-the-ocop/ocop-la-gi/',
    label: 'bài học',
    reference: 'longDocs',
    measured: {html: 11.1, css: 18.4, js: 197.0},
    budget: {html: 11.9, css: CSS_BUDGET, js: 198.5},
    aboveDefault: {css: CSS_ABOVE_DEFAULT, js: `${JS_FRAME}; the lesson text 6.0 KB, quiz, progress and lesson navigation 5.1 KB.`},
  },
  {
    path: '/tin-tuc/2025/02/24/ban-hanh-ke-hoach-36/',
    label: 'bài tin',
    reference: 'blogList',
    measured: {html: 5.9, css: 18.4, js: 189.1},
    budget: {html: 6.7, css: CSS_BUDGET, js: 190.6},
    aboveDefault: {css: CSS_ABOVE_DEFAULT, js: `${JS_FRAME.replace(', docs sidebars', '')}; the post's text 2.8 KB.`},
  },
  {
    path: '/du-lieu/',
    label: 'dữ liệu mở',
    reference: 'longDocs',
    measured: {html: 6.7, css: 18.4, js: 169.7},
    budget: {html: 7.5, css: CSS_BUDGET, js: 171.2},
    aboveDefault: {css: CSS_ABOVE_DEFAULT},
  },
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
