/**
 * Whether a route table (Docusaurus's `@generated/routes`, react-router 5
 * route configs) has a page for a path, with react-router's `<Switch>`
 * rules: the first route whose pattern matches is taken, its child routes
 * are searched the same way, and the catch-all `*` means "no page".
 */
import {matchPath} from '@docusaurus/router';

export interface RouteLike {
  path?: string | string[];
  exact?: boolean;
  strict?: boolean;
  routes?: readonly RouteLike[];
}

export function isKnownRoute(routes: readonly RouteLike[], pathname: string): boolean {
  for (const route of routes) {
    if (route.path === '*') return false;
    if (!matchPath(pathname, {path: route.path, exact: route.exact, strict: route.strict})) continue;
    return route.routes ? isKnownRoute(route.routes, pathname) : true;
  }
  return false;
}
