/**
 * Static routes: pages that are served as plain HTML and never hydrate, so
 * that the client route table every page loads does not grow with them.
 *
 * Docusaurus puts every route, and a registry entry for each of its
 * modules, into the JavaScript that every page loads
 * (facebook/docusaurus#7256): each news post added ≈ 0.17 KB gzip to every
 * page. The news (everything under /tin-tuc/) is text, so its routes are
 * left out of the client's copy of the route table; the server's copy is
 * unchanged, so every news page is still rendered at build time, and the
 * broken-link check still sees it. A news page then ships no script of its
 * own (src/plugins/news/staticNews.ts strips them after the build), and a client
 * navigation to a route the client table does not know becomes a full page
 * load (src/clientModules/fullLoadForUnknownRoutes.ts).
 *
 * These functions rewrite the three files Docusaurus generates in
 * `.docusaurus/` (routes.js, routesChunkNames.json, registry.js). Their
 * format is Docusaurus's (lib/server/codegen/codegenRoutes.js in
 * @docusaurus/core 3.10): each function throws, naming what it expected,
 * when the format is not the one it knows, and a build test runs them on
 * the real generated files, so an upgrade that changes the format fails
 * loudly instead of shipping a broken table.
 */

/** Path prefixes (after the base URL, no leading slash) served as static HTML. */
export const STATIC_ROUTE_PREFIXES: readonly string[] = ['tin-tuc/'];

/** True when `pathname` (with the base URL) is a static route. */
export function isStaticPath(pathname: string, baseUrl: string): boolean {
  return STATIC_ROUTE_PREFIXES.some((prefix) => pathname === `${baseUrl}${prefix.replace(/\/$/, '')}` || pathname.startsWith(`${baseUrl}${prefix}`));
}

function formatError(file: string, what: string): Error {
  return new Error(
    `Không đọc được tệp ${file} do Docusaurus tạo ra (${what}). Định dạng của tệp này đã đổi, có lẽ vì nâng cấp Docusaurus: ` +
      'hãy cập nhật src/routing/staticRoutes.ts theo định dạng mới (xem lib/server/codegen/codegenRoutes.js của @docusaurus/core).',
  );
}

const ROUTES_HEAD = "import React from 'react';\nimport ComponentCreator from '@docusaurus/ComponentCreator';\n\nexport default [\n";
const ROUTES_TAIL = "  {\n    path: '*',\n    component: ComponentCreator('*'),\n  },\n];\n";

export interface RouteEntry {
  /** The route's path, e.g. "/tin-tuc/". */
  path: string;
  /** The key of its modules in routesChunkNames.json, "<path>-<hash>". */
  key: string;
  /** The entry's source text, with its trailing ",\n". */
  text: string;
}

/** The top-level entries of routes.js (nested routes stay inside their parent's text). */
export function parseRoutesModule(source: string): RouteEntry[] {
  const file = '.docusaurus/routes.js';
  if (!source.startsWith(ROUTES_HEAD)) throw formatError(file, 'phần đầu tệp');
  if (!source.endsWith(ROUTES_TAIL)) throw formatError(file, "tuyến '*' ở cuối tệp");
  const body = source.slice(ROUTES_HEAD.length, source.length - ROUTES_TAIL.length);
  const entries: RouteEntry[] = [];
  // Each top-level entry starts with "  {" and ends with "  }," at the same indentation.
  const pattern = /^ {2}\{\n {4}path: '((?:[^'\\]|\\.)*)',\n {4}component: ComponentCreator\('(?:[^'\\]|\\.)*', '([0-9a-f]+)'\),\n[\s\S]*?^ {2}\},\n/gm;
  let end = 0;
  for (const m of body.matchAll(pattern)) {
    if (m.index !== end) throw formatError(file, `một tuyến đường ở vị trí ${end}`);
    const routePath = m[1]!.replace(/\\'/g, "'");
    entries.push({path: routePath, key: `${routePath}-${m[2]}`, text: m[0]});
    end = m.index + m[0].length;
  }
  if (end !== body.length || entries.length === 0) throw formatError(file, `một tuyến đường ở vị trí ${end}`);
  return entries;
}

/** routes.js with the given top-level entries only. */
export function renderRoutesModule(entries: readonly RouteEntry[]): string {
  return ROUTES_HEAD + entries.map((e) => e.text).join('') + ROUTES_TAIL;
}

/** Chunk names of a route (routesChunkNames.json value), at any depth. */
export function chunkNamesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(chunkNamesOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(chunkNamesOf);
  return [];
}

export interface RegistryEntry {
  name: string;
  text: string;
}

const REGISTRY_HEAD = 'export default {\n';
const REGISTRY_TAIL = '};\n';

/** The entries of registry.js, one line each. */
export function parseRegistryModule(source: string): RegistryEntry[] {
  const file = '.docusaurus/registry.js';
  if (!source.startsWith(REGISTRY_HEAD) || !source.endsWith(REGISTRY_TAIL)) throw formatError(file, 'phần đầu hoặc cuối tệp');
  const lines = source.slice(REGISTRY_HEAD.length, source.length - REGISTRY_TAIL.length).split('\n').filter((l) => l !== '');
  return lines.map((line, i) => {
    const m = /^ {2}"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "\1" \*\/ "[^"]+"\), "[^"]+", require\.resolveWeak\("[^"]+"\)\],$/.exec(line);
    if (!m) throw formatError(file, `dòng ${i + 2}`);
    return {name: m[1]!, text: line};
  });
}

export interface ClientRouteFiles {
  routes: string;
  routesChunkNames: string;
  registry: string;
  /** How many top-level routes were left out of the client's table. */
  removed: number;
}

/**
 * The client's copy of the three generated files: without the static
 * routes, their chunk-name lists, and the registry entries that only they
 * use. The component of a removed route stays in the registry (a few
 * shared chunks), so that its CSS is still in the site's stylesheet.
 */
export function clientRouteFiles(files: {routes: string; routesChunkNames: string; registry: string}, baseUrl: string): ClientRouteFiles {
  const entries = parseRoutesModule(files.routes);
  const chunkNames: unknown = JSON.parse(files.routesChunkNames);
  if (chunkNames === null || typeof chunkNames !== 'object' || Array.isArray(chunkNames)) {
    throw formatError('.docusaurus/routesChunkNames.json', 'một đối tượng JSON');
  }
  const table = chunkNames as Record<string, unknown>;
  const kept = entries.filter((e) => !isStaticPath(e.path, baseUrl));
  const removed = entries.filter((e) => isStaticPath(e.path, baseUrl));
  for (const e of entries) if (!(e.key in table)) throw formatError('.docusaurus/routesChunkNames.json', `khóa ${e.key}`);
  const removedPaths = new Set(removed.map((e) => e.path));
  // Keys of nested routes belong to their top-level parent, which is kept or not as a whole.
  const keptTable = Object.fromEntries(
    Object.entries(table).filter(([key]) => !removedPaths.has(key.slice(0, key.lastIndexOf('-')))),
  );
  const used = new Set(chunkNamesOf(keptTable));
  for (const e of removed) {
    const comp = (table[e.key] as Record<string, unknown>).__comp;
    if (typeof comp === 'string') used.add(comp);
  }
  const registry = parseRegistryModule(files.registry).filter((r) => used.has(r.name));
  return {
    routes: renderRoutesModule(kept),
    routesChunkNames: JSON.stringify(keptTable, null, 2),
    registry: REGISTRY_HEAD + registry.map((r) => `${r.text}\n`).join('') + REGISTRY_TAIL,
    removed: removed.length,
  };
}

/**
 * A built page without the scripts that would hydrate it: `<script src>`
 * elements and `<link rel="preload"|"prefetch"|"modulepreload">` of
 * scripts, quoted or not (the built HTML is minified). Inline scripts (the
 * colour-mode script Docusaurus puts in every page, allowed by the CSP's
 * hash) stay. The `<html>` element gets `data-static-page`, which shows the
 * page's no-JavaScript parts (src/css/custom.css: .js-only, .no-js-only).
 * Throws when the page has no `<html>` element.
 */
export function withoutHydration(html: string): string {
  if (!/<html[\s>]/.test(html)) throw new Error('withoutHydration: trang không có thẻ <html>.');
  const marked = /<html[^>]*\sdata-static-page[\s=>]/.test(html) ? html : html.replace(/<html(?=[\s>])/, '<html data-static-page');
  return marked
    .replace(/<script\b[^>]*?\ssrc=[^>]*><\/script>/g, '')
    .replace(/<link\b(?=[^>]*\sas=["']?script\b)(?=[^>]*\srel=["']?(?:preload|prefetch|modulepreload)\b)[^>]*>/g, '');
}
