/**
 * Code blocks without syntax colouring, to keep JavaScript small.
 *
 * Docusaurus's classic theme loads prism-react-renderer on every page (a
 * client module registers Prism languages), 25 KB gzip of the ~165 KB each
 * first visit downloads, for the few code blocks of the editors' guide and
 * one lesson. This plugin points the bundler at ./highlight.ts instead: the
 * same API, every line plain text in the theme's plain colours.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function plainCodePlugin(): Plugin {
  return {
    name: 'plain-code',
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': path.resolve(__dirname, 'highlight.ts')}}};
    },
  };
}
