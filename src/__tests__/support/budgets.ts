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
  /** What the budget grows with as staff add content. */
  grows: Grows;
}

const CSS_ABOVE_DEFAULT =
  'Above the default (14.9 KB): Docusaurus puts all CSS in one stylesheet, shared by every page and cached after the first; the site\'s own components (tables, charts, quiz, calculator, agency pages, compact news list, print styles, room kept for parts that come alive with JavaScript so that nothing moves, a phone menu for pages without scripts) add 4.5 KB gzip. Only by dropping them or splitting CSS per route (not how Docusaurus bundles) could it reach the default.';

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
// 19.2 KB measured 30/11/2026 after the usability pass (#21: scroll shadows on wide
// tables, the phone header's search control, 44 px menu controls, calculator states)
// and the valid-markup pass (compact news list, named doc sidebar, code lines);
// 19.4 KB after #17 (the phone menu that works without scripts, for the news pages).
export const CSS_BUDGET = 19.5;

/**
 * Content that staff add must never fail a budget, while a heavier component
 * still does. Docusaurus puts every route into the JavaScript of every page
 * (facebook/docusaurus#7256), so each page's JavaScript budget grows by
 * PER_ROUTE_JS for every page the build has beyond ROUTES_WHEN_SET; a unit
 * page's HTML and JavaScript grow with its own product rows; a news post's
 * with its own text (see `postAllowance`).
 */
export const ROUTES_WHEN_SET = 104;
/** KB gzip of JavaScript that one more route adds to every page (0.17 KB measured per news post; rounded up). */
export const PER_ROUTE_JS = 0.2;
/** KB gzip one listed product adds to its unit page's HTML, and again to its JavaScript (the page data). */
export const PER_PRODUCT_ROW = 0.25;
/** KB gzip one more row of ocop-totals.csv adds to /chi-tieu/'s HTML, and again to its JavaScript (date, figures, note, source). */
export const PER_TOTALS_ROW = 0.4;
/** KB gzip the progress chart and table add to /chi-tieu/'s HTML, and again to its JavaScript, from the first recorded decision (measured 1.6 and 1.2 on the fixtures). */
export const PROGRESS_PARTS = 2.0;
/**
 * A news post's own text is in its HTML once and in its JavaScript once
 * (compiled MDX, for hydration): each may grow by this multiple of the
 * post's Markdown body, gzip, over the body of the post measured when set.
 */
export const POST_TEXT_FACTOR = 1.5;

/** Headroom over the measured figures, KB: HTML 0.8, JavaScript 1.5 — never above the default template's JavaScript. */
const budget = (measured: Weight, reference: Reference): Weight => ({
  html: Math.round((measured.html + 0.8) * 10) / 10,
  css: CSS_BUDGET,
  js: Math.min(Math.round((measured.js + 1.5) * 10) / 10, DEFAULT_TEMPLATE[reference].js),
});

/** What a page type's budget grows with. */
export type Grows =
  | {kind: 'routes'}
  | {kind: 'unit-products'; unit: string}
  | {kind: 'post'; bodyGzipWhenSet: number}
  /** /chi-tieu/: a row of the totals table per ocop-totals.csv row, and the progress chart and table once a decision is recorded. */
  | {kind: 'targets-page'; totalsRowsWhenSet: number; recognitionsWhenSet: boolean};

const page = (
  path: string,
  label: string,
  reference: Reference,
  measured: Weight,
  aboveDefault: PageBudget['aboveDefault'] = {},
  grows: Grows = {kind: 'routes'},
): PageBudget => ({
  path,
  label,
  reference,
  measured,
  budget: budget(measured, reference),
  aboveDefault: {css: CSS_ABOVE_DEFAULT, ...aboveDefault},
  grows,
});

/**
 * Measured 2026-11-30 (system date) on main with 104 pages, plain-code
 * enabled, after the valid-markup pass (#19.21/#21), the usability pass
 * (#21: the agency pages' contact section, +2.5 KB of their JavaScript) and
 * the structure step (#18: the plan headings import a 16-entry map instead
 * of the agency classification, −0.6 to −1.8 KB on every page).
 */
export const PAGE_BUDGETS: readonly PageBudget[] = [
  page('/', 'trang chủ', 'home', {html: 4.6, css: 19.2, js: 143.4}),
  page('/ke-hoach/toan-van/', 'toàn văn Kế hoạch', 'longDocs', {html: 14.2, css: 19.2, js: 173.5}, {
    html: "The page is the plan's full text (14.2 KB gzip of HTML), 1.1 KB more than the default's longest docs page, because it holds the whole plan.",
  }),
  page('/ke-hoach/noi-dung/', 'một phần của Kế hoạch', 'longDocs', {html: 8.6, css: 19.2, js: 170.3}),
  page('/chi-tieu/', 'chỉ tiêu và tiến độ', 'longDocs', {html: 13.0, css: 19.2, js: 156.9}, {
    html: 'At the default (13.1 KB) with 11 totals rows and no recorded decision; grows with each totals row and with the progress chart and table from the first decision.',
  }, {kind: 'targets-page', totalsRowsWhenSet: 11, recognitionsWhenSet: false}),
  page('/chi-tieu/nga-son/', 'trang một đơn vị', 'docs', {html: 4.5, css: 19.2, js: 145.7}, {}, {kind: 'unit-products', unit: 'nga-son'}),
  page('/co-quan/so-cong-thuong/', 'trang một cơ quan', 'docs', {html: 5.8, css: 19.2, js: 151.4}, {
    html: "The body's duties quoted from the plan, its context notes and the contact section: 0.8 KB over the default's short docs page; HTML + CSS + JS (176.4 KB) is 16 KB below it.",
  }),
  // Checklist ticks kept with the progress and the quiz's second try (#21); 1.0 KB below the default template's long docs page.
  page('/dao-tao/chu-the-ocop/ocop-la-gi/', 'bài học', 'longDocs', {html: 12.0, css: 19.2, js: 175.5}),
  // The news is static HTML without scripts (#17, src/routing/staticRoutes.ts), measured 30/11/2026.
  page('/tin-tuc/', 'danh sách tin', 'blogList', {html: 5.6, css: 19.4, js: 0}),
  // The newest published post is measured; its budget follows the length of its text.
  page('/tin-tuc/2025/02/24/ban-hanh-ke-hoach-36/', 'bài tin', 'blogList', {html: 6.5, css: 19.4, js: 0}, {}, {kind: 'post', bodyGzipWhenSet: 1.45}),
  page('/du-lieu/', 'dữ liệu mở', 'longDocs', {html: 7.7, css: 19.2, js: 148.4}),
];

/** What the content of a build adds to every budget (counts read from the build and its sources). */
export interface ContentCounts {
  /** Pages (index.html files) in the build that are in the client's route table (not the news: src/routing/staticRoutes.ts). */
  routes: number;
  /** Product rows listed on a unit's page, by unit code. */
  productRows: (unit: string) => number;
  /** Rows of data/ocop-totals.csv. */
  totalsRows: number;
  /** Rows of data/recognitions.csv. */
  recognitions: number;
  /** The post measured in place of `path` for a 'post' budget, and its Markdown body's gzip size in KB. */
  post?: {path: string; bodyGzip: number};
}

/** A page budget for this build's content: the fixed budget plus what the content adds. */
export function budgetFor(b: PageBudget, counts: ContentCounts): {path: string; budget: Weight; allowance: string} {
  const routes = Math.max(0, counts.routes - ROUTES_WHEN_SET) * PER_ROUTE_JS;
  let extra = 0;
  let path = b.path;
  let why = `${counts.routes} trang (${ROUTES_WHEN_SET} khi đặt ngân sách): JS +${routes.toFixed(1)} KB`;
  if (b.grows.kind === 'unit-products') {
    extra = counts.productRows(b.grows.unit) * PER_PRODUCT_ROW;
    why += `; ${counts.productRows(b.grows.unit)} sản phẩm: HTML và JS +${extra.toFixed(1)} KB`;
  } else if (b.grows.kind === 'targets-page') {
    const rows = Math.max(0, counts.totalsRows - b.grows.totalsRowsWhenSet);
    const progress = counts.recognitions > 0 && !b.grows.recognitionsWhenSet ? PROGRESS_PARTS : 0;
    extra = rows * PER_TOTALS_ROW + progress;
    why += `; ${counts.totalsRows} dòng tổng số (${b.grows.totalsRowsWhenSet} khi đặt)${progress > 0 ? ', có biểu đồ tiến độ' : ''}: HTML và JS +${extra.toFixed(1)} KB`;
  } else if (b.grows.kind === 'post' && counts.post !== undefined) {
    path = counts.post.path;
    extra = Math.max(0, counts.post.bodyGzip - b.grows.bodyGzipWhenSet) * POST_TEXT_FACTOR;
    why += `; bài ${path}, nội dung ${counts.post.bodyGzip.toFixed(1)} KB gzip: HTML và JS +${extra.toFixed(1)} KB`;
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {path, budget: {html: round(b.budget.html + extra), css: b.budget.css, js: round(b.budget.js + routes + extra)}, allowance: why};
}

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
