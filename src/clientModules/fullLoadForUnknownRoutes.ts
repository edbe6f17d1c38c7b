/**
 * A link to a route the client's route table does not know is followed by
 * the browser itself, as a plain link: a full page load.
 *
 * The news pages are static HTML, left out of the route table that the
 * other pages load (src/routing/staticRoutes.ts). Docusaurus's `<Link>`
 * would otherwise handle a click on a link to a news page in the page
 * (history.pushState) and render its "page not found" screen. A click
 * listener that runs before React's (capture phase, on window) keeps such
 * clicks away from the router, so the browser loads the page and the
 * history stays that of ordinary links. A navigation made by code, not by
 * a click, to such a route reloads the page at its new address
 * (onRouteUpdate). A path that exists nowhere still ends on the server's
 * 404 page.
 */
import type {ClientModule} from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import routes from '@generated/routes';
import {isKnownRoute} from '../routing/knownRoute';

function unknownLinkTarget(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return false;
  if (anchor.target !== '' && anchor.target !== '_self') return false;
  const url = new URL(anchor.href);
  return url.origin === window.location.origin && !isKnownRoute(routes, url.pathname);
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener(
    'click',
    (event) => {
      if (unknownLinkTarget(event)) event.stopPropagation();
    },
    {capture: true},
  );
}

const clientModule: ClientModule = {
  onRouteUpdate({location, previousLocation}) {
    if (previousLocation === null || location.pathname === previousLocation.pathname) return;
    if (!isKnownRoute(routes, location.pathname)) window.location.reload();
  },
};

export default clientModule;
