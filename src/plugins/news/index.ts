/**
 * The news plugin: gives the news checks the site folder that Docusaurus
 * loaded (see ./hooks.ts). With ./processBlogPosts.ts, ./parseFrontMatter.ts
 * and ./vocabulary.ts it is the only news code that reads files; the rules
 * are pure, in src/news/.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {NewsPluginOptions} from './hooks';

export default function newsPlugin(context: LoadContext, options: NewsPluginOptions): Plugin {
  options.attach({siteDir: context.siteDir});
  return {name: 'ocop-news'};
}
