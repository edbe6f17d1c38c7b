/**
 * Share pictures, made at build time (postBuild), after the pages:
 *
 * - each chart of /chi-tieu/ as a PNG picture at every size of
 *   CHART_PICTURES (du-lieu/bieu-do/<id>-<w>x<h>.png), from the same chart
 *   definition and data as the page (the ocop-data plugin's content);
 * - each page's social card (anh-chia-se/<path>.png, src/share/cardPath.ts),
 *   and its Open Graph / Twitter tags (address, size, alt text: the card's
 *   words) written into the built page's head (src/share/headTags.ts), so
 *   that no page's JavaScript carries any of it. A page that names its own
 *   picture (a news post's `image`) gets no card; its picture's size and
 *   alt text (`image_alt`) are added to its head instead.
 *
 * The words come from the models (src/share/cardContent.ts), the layout
 * from pure functions (src/share/), the pixels from resvg with the site's
 * TrueType font (fonts.ts), cached by content hash (rasterise.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {chartDefinitions} from '../../charts/specs';
import {cardSvg} from '../../share/card';
import {cardContent, type CardSources} from '../../share/cardContent';
import {cardFile} from '../../share/cardPath';
import {require as tsxRequire} from 'tsx/cjs/api';
import {siteLineText, type SiteLine} from '../../share/site';
import {CHART_PICTURES, chartPictureName} from '../../share/sizes';
import {drawnTexts} from '../../share/svg';
import type {OcopDataContent} from '../ocop-data';
import {readShareFonts} from './fonts';
import {ownImagesOfPosts} from './ownImages';
import {cardAlt, imageTags, metaContent, withHeadTags} from '../../share/headTags';
import {CARD_SIZE} from '../../share/sizes';
import {inPool, rasteriser} from './rasterise';

// The chart pictures draw the charts with the page's React components (JSX),
// which Docusaurus's plugin loader (jiti) cannot read: tsx can.
type ChartPictureModule = typeof import('../../share/chartPicture');
const loadChartPicture = (): ChartPictureModule => tsxRequire('../../share/chartPicture.tsx', __filename) as ChartPictureModule;

export const CACHE_DIR = path.join('node_modules', '.cache', 'ocop-share-images');

/** "http://localhost:3000/", "https://example.org/ocop-2025/" → the address as written on the pictures. */
export function hostOf(siteUrl: string, baseUrl: string): string {
  return normalizeUrl([siteUrl, baseUrl]).replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The built HTML file of a route path. */
function htmlFile(outDir: string, route: string, baseUrl: string): string {
  const own = route.slice(baseUrl.length);
  return own.endsWith('.html') ? path.join(outDir, own) : path.join(outDir, own, 'index.html');
}

/** Blog permalinks have no trailing slash; the site's pages (trailingSlash: true) do. */
export const withSlash = (p: string): string => (p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`);

const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export default function shareImagesPlugin(context: LoadContext): Plugin {
  const {baseUrl, url, title: siteName} = context.siteConfig;
  const cacheDir = path.join(context.siteDir, CACHE_DIR);
  return {
    name: 'share-images',
    async postBuild({outDir, plugins, routesPaths}) {
      const started = Date.now();
      const ocop = plugins.find((p) => p.name === 'ocop-data')?.content as OcopDataContent | undefined;
      const blog = plugins.find((p) => p.name === 'docusaurus-plugin-content-blog')?.content as BlogContent | undefined;
      if (!ocop || !blog) throw new Error('share-images: thiếu nội dung của plugin ocop-data hoặc blog.');
      const fonts = await readShareFonts();
      const draw = rasteriser(fonts, cacheDir);
      const site: SiteLine = {name: siteName, host: hostOf(url, baseUrl)};
      const write = async (file: string, png: Uint8Array) => {
        const target = path.join(outDir, ...file.split('/'));
        await fs.mkdir(path.dirname(target), {recursive: true});
        await fs.writeFile(target, png);
      };

      // Chart pictures.
      const {chartInput} = ocop.datasets.pages;
      const {chartPictureSvg} = loadChartPicture();
      const pictures = chartDefinitions(chartInput).flatMap((define) => CHART_PICTURES.map((size) => ({define, size})));
      let chartCount = 0;
      await inPool(pictures, 2, async ({define, size}) => {
        const {svg, fitted} = chartPictureSvg(define, chartInput, size, {measure: fonts.measure, site});
        const parts = drawnTexts(svg);
        const png = await draw.png(svg, {Title: fitted.chart.title, Description: parts.map((p) => p.text).join('\n')});
        await write(`du-lieu/bieu-do/${chartPictureName(fitted.chart.id, size)}`, png);
        chartCount += 1;
      });

      // Cards: every built page whose og:image is its card.
      const {pages} = ocop.datasets;
      const sources: CardSources = {
        plan: pages.targets.plan,
        unitCount: pages.units.length,
        province: {achieved: pages.targets.province.achieved, asOf: pages.targets.province.asOf},
        units: pages.units.map((u) => ({path: u.unit.path, don_vi: u.unit.don_vi, target: u.unit.target})),
        agencies: ocop.agencies.agencies.map((a) => ({path: a.agency.path, name: a.agency.name, kindLabel: a.agency.kindLabel})),
        posts: blog.blogPosts.map((p) => ({path: withSlash(`/${p.metadata.permalink.slice(baseUrl.length)}`), title: p.metadata.title, date: new Date(p.metadata.date).toISOString().slice(0, 10)})),
        siteName,
      };
      const cardBase = normalizeUrl([url, baseUrl]);
      const ownImages = await ownImagesOfPosts(blog.blogPosts, context.siteDir);
      let cardCount = 0;
      await inPool(routesPaths, 2, async (route) => {
        let html: string;
        try {
          html = await fs.readFile(htmlFile(outDir, route, baseUrl), 'utf8');
        } catch {
          return; // a route without its own page (e.g. a redirect)
        }
        const head = html.slice(0, html.indexOf('</head>'));
        const own = `/${route.slice(baseUrl.length)}`;
        if (metaContent(head, 'og:image') !== null) {
          // The page names its own picture (a post's `image`): describe it, draw no card.
          const picture = ownImages[withSlash(route)];
          if (picture) await fs.writeFile(htmlFile(outDir, route, baseUrl), withHeadTags(html, imageTags(picture, head)));
          return;
        }
        const file = cardFile(route, baseUrl);
        const title = unescapeHtml(/<title[^>]*>([^<]*)<\/title>/.exec(head)?.[1] ?? siteName);
        const content = cardContent(withSlash(own), title, sources);
        const svg = cardSvg(content, {measure: fonts.measure, site});
        const drawn = drawnTexts(svg).map((p) => p.text);
        const png = await draw.png(svg, {Title: content.title, Description: drawn.join('\n')});
        await write(file, png);
        const tags = imageTags({url: `${cardBase}${file}`, type: 'image/png', ...CARD_SIZE, alt: cardAlt(content)}, head);
        await fs.writeFile(htmlFile(outDir, route, baseUrl), withHeadTags(html, tags));
        cardCount += 1;
      });
      const {drawn, cached} = draw.stats();
      console.info(
        `Ảnh chia sẻ: ${chartCount} ảnh biểu đồ, ${cardCount} thẻ trang (${drawn} ảnh vẽ mới, ${cached} lấy từ bộ nhớ đệm) trong ${((Date.now() - started) / 1000).toFixed(1)} s; ${siteLineText(site)}.`,
      );
    },
  };
}
