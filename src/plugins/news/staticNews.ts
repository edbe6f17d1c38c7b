/**
 * The news (src/routing/staticRoutes.ts: STATIC_ROUTE_PREFIXES) served as
 * static HTML that does not hydrate, so that every other page's JavaScript
 * stays the same size however many posts the news desk publishes.
 *
 * - configureWebpack (production client bundle only): the client imports a
 *   copy of `.docusaurus/routes.js`, `routesChunkNames.json` and
 *   `registry.js` without the news routes. The server bundle, which renders
 *   every page at build time, keeps the full table, so every news page is
 *   still built and its links checked. `npm start` keeps the full table.
 * - postBuild: the built news pages lose their `<script src>` and script
 *   preloads, and are marked `data-static-page` (withoutHydration); their
 *   photos are published as smaller copies, and their <img> tags get
 *   `srcset`, `width` and `height` (./photos.ts). A page that never
 *   hydrates is the one place where the build may rewrite an <img>: React
 *   would not compare it with its own copy.
 *
 * Docusaurus's MDX cross-compiler cache must be off (docusaurus.config.ts,
 * `future.faster`): with it, the server compiler waits for the client's
 * compilation of each MDX file, and the client no longer compiles the posts,
 * so the build would wait forever. The plugin refuses to run with it on.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {clientRouteFiles, isStaticPath, withoutHydration} from '../../routing/staticRoutes';
import {withFileLinks, withResponsivePhotos} from '../../news/photos';
import {copyLinkedFiles, planPhotos, sourceFinder, writePhotoCopies} from './photos';

const GENERATED = ['routes.js', 'routesChunkNames.json', 'registry.js'] as const;

/** Where the client's copies of the generated files go, inside `.docusaurus/`. */
export const CLIENT_ROUTES_DIR = 'client-routes';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

function crossCompilerCacheOn(context: LoadContext): boolean {
  const faster: unknown = context.siteConfig.future.faster;
  return typeof faster === 'object' && faster !== null && (faster as {mdxCrossCompilerCache?: unknown}).mdxCrossCompilerCache === true;
}

export function staticNewsHooks(context: LoadContext): Pick<Plugin, 'configureWebpack' | 'postBuild'> {
  const {generatedFilesDir, baseUrl} = context;
  const clientDir = path.join(generatedFilesDir, CLIENT_ROUTES_DIR);
  return {
    configureWebpack(config, isServer) {
      if (process.env.NODE_ENV !== 'production' || isServer) return {};
      if (crossCompilerCacheOn(context)) {
        throw new Error(
          'docusaurus.config.ts: future.faster.mdxCrossCompilerCache phải là false khi tin tức được phục vụ dưới dạng HTML tĩnh ' +
            '(src/plugins/news/staticNews.ts); nếu bật, bản dựng sẽ chờ mãi không xong.',
        );
      }
      const read = (file: string) => fs.readFileSync(path.join(generatedFilesDir, file), 'utf8');
      const client = clientRouteFiles({routes: read('routes.js'), routesChunkNames: read('routesChunkNames.json'), registry: read('registry.js')}, baseUrl);
      fs.mkdirSync(clientDir, {recursive: true});
      fs.writeFileSync(path.join(clientDir, 'routes.js'), client.routes);
      fs.writeFileSync(path.join(clientDir, 'routesChunkNames.json'), client.routesChunkNames);
      fs.writeFileSync(path.join(clientDir, 'registry.js'), client.registry);
      // Exact-match aliases, placed before Docusaurus's own "@generated" alias (the first alias that matches wins).
      const alias = Object.fromEntries(GENERATED.map((file) => [`@generated/${path.parse(file).name}$`, path.join(clientDir, file)]));
      config.resolve = {...config.resolve, alias: {...alias, ...(config.resolve?.alias as Record<string, string> | undefined)}};
      return {};
    },
    // The pages are rewritten synchronously, on purpose: Docusaurus starts
    // every plugin's postBuild at once, and share-images (their og:image
    // tags) and the blog plugin (the feeds) read these pages; everything up
    // to the first await has finished before the next plugin's starts.
    // Only the photos' pixels are written after it, under assets/images/,
    // which no postBuild reads.
    async postBuild({outDir, plugins}) {
      const pages = htmlFiles(outDir).flatMap((file) => {
        const rel = path.relative(outDir, file).split(path.sep).join('/');
        const pathname = `${baseUrl}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        return isStaticPath(pathname, baseUrl) ? [{file, html: withoutHydration(fs.readFileSync(file, 'utf8'))}] : [];
      });
      const blog = plugins.find((p) => p.name === 'docusaurus-plugin-content-blog')?.content as BlogContent | undefined;
      const postDirs = (blog?.blogPosts ?? []).map((post) => path.dirname(path.join(context.siteDir, post.metadata.source.replace(/^@site\//, ''))));
      const plans = planPhotos(outDir, pages, baseUrl, sourceFinder(postDirs));
      copyLinkedFiles(outDir, pages, baseUrl, sourceFinder(postDirs, 'files'));
      const copies = new Map([...plans].map(([file, plan]) => [file, plan.copies]));
      for (const page of pages) {
        fs.writeFileSync(page.file, withResponsivePhotos(withFileLinks(page.html, baseUrl), baseUrl, copies));
      }
      if (plans.size === 0) return;
      const started = Date.now();
      const reports = await writePhotoCopies(outDir, plans.values());
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
      const before = reports.reduce((sum, r) => sum + r.sourceBytes, 0);
      const published = reports.reduce((sum, r) => sum + (r.copyBytes[r.copyBytes.length - 1] ?? 0), 0);
      const count = reports.reduce((sum, r) => sum + r.copyBytes.length, 0);
      console.info(`Ảnh tin tức: ${reports.length} ảnh (${mb(before)}) thành ${count} bản thu nhỏ; bản lớn nhất của mỗi ảnh tổng cộng ${mb(published)}; trong ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    },
  };
}
