/**
 * The news checks' two Docusaurus hooks, with the site folder that Docusaurus
 * loaded: the blog's `processBlogPosts` (every rule, on every post) and the
 * site-wide `markdown.parseFrontMatter` (the rules whose mistakes Docusaurus
 * would otherwise report first, in English; and the corrections page).
 *
 * Both are plain functions of docusaurus.config.ts and get no context from
 * Docusaurus, so `newsHooks()` makes the pair together with the options of
 * the news plugin (./index.ts), listed in the same config. Docusaurus
 * initialises every plugin before it reads any content; the plugin then
 * hands the pair `context.siteDir`. A copy of the site built from another
 * folder (the staff-day scenario) is therefore checked in that folder.
 *
 *   const news = newsHooks();
 *   markdown: {parseFrontMatter: news.parseFrontMatter},
 *   blog: {processBlogPosts: news.processBlogPosts},
 *   plugins: [['./src/plugins/news/index.ts', news.pluginOptions]],
 */
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import type {ParseFrontMatter} from '@docusaurus/types';

/** What the news plugin passes to the hooks. */
export interface NewsSite {
  /** The site folder, from Docusaurus (context.siteDir). */
  siteDir: string;
}

// A type, not an interface: Docusaurus's plugin options need an index signature.
export type NewsPluginOptions = {
  /** Called once by the plugin, when Docusaurus initialises it. */
  attach: (site: NewsSite) => void;
};

export interface NewsHooks {
  parseFrontMatter: ParseFrontMatter;
  processBlogPosts: (params: {blogPosts: BlogPost[]}) => Promise<void | BlogPost[]>;
  /** Options for ./index.ts in the config's `plugins`. */
  pluginOptions: NewsPluginOptions;
}

export function newsHooks(): NewsHooks {
  let site: NewsSite | undefined;
  const siteDir = (): string => {
    if (site === undefined) {
      throw new Error('Lỗi cấu hình trang (việc của người phát triển): phần kiểm tra bài tin chưa biết thư mục trang. Cách sửa: trong docusaurus.config.ts, giữ plugin ./src/plugins/news/index.ts với newsHooks().pluginOptions trong danh sách plugins.');
    }
    return site.siteDir;
  };
  return {
    // Loaded on first use: the config stays light.
    parseFrontMatter: async (params) => (await import('./parseFrontMatter')).createParseFrontMatter({siteDir: siteDir()})(params),
    processBlogPosts: async (params) => (await import('./processBlogPosts')).createProcessBlogPosts({siteDir: siteDir()})(params),
    pluginOptions: {
      attach: (s) => {
        site = s;
      },
    },
  };
}
