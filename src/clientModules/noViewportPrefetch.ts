/**
 * No viewport prefetching.
 *
 * Docusaurus's <Link> calls `window.docusaurus.prefetch()` for every internal
 * link that scrolls into view, and each call adds a `<link rel="prefetch">`
 * for every JavaScript chunk of the target page — on the plan's full text,
 * 240 elements for 17 files, whose insertion alone is the page's longest
 * main-thread work on a phone (≈ 200 ms at Lighthouse's 4× CPU slowdown), and
 * whose downloads spend the reader's mobile data on pages they may never open.
 *
 * This module keeps Docusaurus's `preload()` (a link that is hovered or touched
 * still loads its page ahead of the click) and makes `prefetch()`
 * do nothing. `preload()` of a route the client's table does not know (the
 * news, static HTML loaded from the server: src/routing/staticRoutes.ts)
 * does nothing either: it would fetch the "page not found" screen's code. It runs before Docusaurus's client entry assigns
 * `window.docusaurus`, so it wraps the object as it is assigned.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import routes from '@generated/routes';
import {isKnownRoute} from '../routing/knownRoute';

type ClientApi = Window['docusaurus'];

if (ExecutionEnvironment.canUseDOM) {
  // Already set when this module runs again (hot reload while editing).
  let api: ClientApi | undefined = window.docusaurus;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => api,
    set: (value: ClientApi) => {
      api = Object.freeze({
        ...value,
        prefetch: () => false as const,
        preload: (routePath: string) => (isKnownRoute(routes, new URL(routePath, window.location.href).pathname) ? value.preload(routePath) : (false as const)),
      });
    },
  });
}
