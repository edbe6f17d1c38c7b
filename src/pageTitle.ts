/**
 * The text of a page's <title>. Search results and browser tabs cut long
 * titles from the end, so the page's own words come first and the site's
 * name ("… | OCOP Thanh Hóa 2025") is added only while the whole stays
 * within TITLE_MAX characters. Used by src/theme/ThemeProvider/TitleFormatter;
 * news posts' titles are limited to TITLE_MAX by the news checks
 * (src/news/checkFrontMatter.ts), so their <title> fits too.
 */

/** Longest <title>, in characters (html-validate's long-title rule, in the build tests). */
export const TITLE_MAX = 70;

export interface TitleParts {
  /** The page's own title; empty or absent on the home page. */
  title?: string;
  siteTitle: string;
  titleDelimiter: string;
}

export function pageTitle({title, siteTitle, titleDelimiter}: TitleParts, max: number = TITLE_MAX): string {
  const own = title?.trim() ?? '';
  if (own === '' || own === siteTitle) {
    return siteTitle;
  }
  const full = `${own} ${titleDelimiter} ${siteTitle}`;
  return full.length <= max ? full : own;
}
