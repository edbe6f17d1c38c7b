/**
 * What the search index holds of each built page (used by
 * src/scripts/build-search-index.mts; Pagefind reads the returned HTML, the
 * published page is never changed):
 *
 * - pages for staff (STAFF_PAGES) and pages marked `data-pagefind-ignore="all"`
 *   on <main> (the search page, the news archive) are left out: public
 *   results never show them;
 * - news lists (the news page, tag and author pages) keep their header only:
 *   the posts they preview are indexed as posts, and the previews would
 *   otherwise compete with them for every word;
 * - the plan's full text weighs less than its part pages, which hold the
 *   same text: a topic then leads to the part page first;
 * - table cells, list items and other blocks are separated by a space, so
 *   that "Kế hoạch" and "Địa chỉ" in two cells are not one word;
 * - words with đ are added written with d, in the body (foldD.ts) and in a
 *   `title_d` field that ranks like the title, so that "danh gia" finds
 *   "Đánh giá" as a title; so are the parts of words joined by punctuation,
 *   as readers type them (joinedParts.ts), so that "1489 qd ttg" finds
 *   "1489/QĐ-TTg".
 */
import {load, type CheerioAPI} from 'cheerio';
import {dFoldedWords} from './foldD';
import {joinedParts} from './joinedParts';
import {TITLE_D_META} from './options';

/**
 * Pages for communications staff (editing the site), kept out of public
 * search: the editorial guides and the web editor (/admin/, written by
 * src/plugins/editor/). Paths without the base URL. The indexer stops if one of them is not
 * in the build, so that a renamed staff page never slips back into results.
 */
export const STAFF_PAGES: readonly string[] = ['/huong-dan-bien-tap/', '/du-lieu/huong-dan-cap-nhat/', '/admin/'];


/** Navigation chrome inside <main> that must not be indexed. */
export const EXCLUDE_SELECTORS = [
  '.theme-doc-toc-mobile',
  '.theme-doc-toc-desktop',
  '.theme-doc-breadcrumbs',
  '.pagination-nav',
  '.theme-doc-footer',
  'nav',
  '.no-print',
  '.hash-link',
  '[data-pagefind-ignore]',
];

export const ROOT_SELECTOR = 'main';

/** <html> classes of Docusaurus's news list pages, whose post previews are not indexed. */
const POST_LIST_PAGES = ['blog-list-page', 'blog-tags-post-list-page', 'blog-authors-posts-page'];
/** <html> classes of pages that only list other pages' names. */
const NAME_LIST_PAGES = ['blog-tags-list-page', 'blog-authors-list-page'];
/** Elements after which the text of the next one starts a new word. */
const BLOCKS = 'p, li, dt, dd, th, td, caption, figcaption, h1, h2, h3, h4, h5, h6, div, blockquote, pre, br';
/** Weight of the plan's full text, whose parts are also pages of their own. */
const FULL_TEXT_WEIGHT = 0.5;
const FULL_TEXT_DOC_ID = 'docs-doc-id-ke-hoach/toan-van';

export type IndexDecision = {index: false; reason: string} | {index: true; html: string};

/** Path of a page without the base URL ("/" + route). */
export function routeOf(pathname: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/?$/, '/');
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

function htmlClasses($: CheerioAPI): string[] {
  return ($('html').attr('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Words of `text` added to the indexed copy as readers type them: đ-words with d, parts of joined words. */
function typedWords(text: string): string[] {
  return [...new Set([...dFoldedWords(text), ...joinedParts(text)])];
}

/** The HTML Pagefind should index for the page at `route`, or why it is left out. */
export function prepareForIndex(html: string, route: string): IndexDecision {
  if (STAFF_PAGES.includes(route)) return {index: false, reason: 'trang cho cán bộ biên tập'};
  const $ = load(html);
  const main = $(ROOT_SELECTOR).first();
  if (main.length === 0) return {index: false, reason: 'không có <main>'};
  if (main.attr('data-pagefind-ignore') === 'all') return {index: false, reason: 'data-pagefind-ignore="all"'};
  const classes = htmlClasses($);
  if (classes.some((c) => NAME_LIST_PAGES.includes(c))) return {index: false, reason: 'danh sách tên thẻ hoặc tác giả'};
  if (classes.some((c) => POST_LIST_PAGES.includes(c))) main.find('article').attr('data-pagefind-ignore', 'all');
  if (classes.includes(FULL_TEXT_DOC_ID)) main.attr('data-pagefind-weight', String(FULL_TEXT_WEIGHT));

  main.find(BLOCKS).after(' ');

  const content = main.clone();
  content.find(EXCLUDE_SELECTORS.join(',')).remove();
  const words = typedWords(content.text());
  if (words.length > 0) main.append(`<p data-pagefind-weight="0.5">${words.join(' ')}</p>`);
  const title = main.find('h1').first().text();
  const titleWords = typedWords(title);
  if (titleWords.length > 0) main.append(`<span data-pagefind-meta="${TITLE_D_META}:${titleWords.join(' ')}"></span>`);
  return {index: true, html: $.html()};
}
