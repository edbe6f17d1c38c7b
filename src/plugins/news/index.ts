/**
 * The news plugin: gives the news checks the site folder that Docusaurus
 * loaded (see ./hooks.ts), and serves the news as static HTML that is not
 * in the client's route table (./staticNews.ts). With ./processBlogPosts.ts, ./parseFrontMatter.ts
 * and ./vocabulary.ts it is the only news code that reads files; the rules
 * are pure, in src/news/.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {NewsPluginOptions} from './hooks';
import {staticNewsHooks} from './staticNews';

export default function newsPlugin(context: LoadContext, options: NewsPluginOptions): Plugin {
  options.attach({siteDir: context.siteDir});
  return {name: 'ocop-news', ...staticNewsHooks(context)};
}
