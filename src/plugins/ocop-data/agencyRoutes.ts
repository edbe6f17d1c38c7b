/**
 * Routes of /co-quan/: the index with the responsibility matrix, one page
 * per body, one per task group and the needs page. Pure, so tests can check it.
 */
import type {AgencyPages} from '../../agencies/pages';
import type {RouteSpec} from './routes';

const COMPONENTS = {
  index: '@site/src/route-pages/AgenciesPage/index.tsx',
  agency: '@site/src/route-pages/AgencyPage/index.tsx',
  group: '@site/src/route-pages/AgencyGroupPage/index.tsx',
  needs: '@site/src/route-pages/AgencyNeedsPage/index.tsx',
} as const;

export function buildAgencyRoutes(pages: AgencyPages): RouteSpec[] {
  return [
    {path: '/co-quan/', component: COMPONENTS.index, dataName: 'co-quan.json', data: pages.index},
    {path: '/co-quan/ho-tro/', component: COMPONENTS.needs, dataName: 'co-quan-ho-tro.json', data: pages.needs},
    ...pages.groups.map((g) => ({path: g.group.path, component: COMPONENTS.group, dataName: `co-quan-nhom-${g.group.slug}.json`, data: g})),
    ...pages.agencies.map((a) => ({path: a.agency.path, component: COMPONENTS.agency, dataName: `co-quan-${a.agency.slug}.json`, data: a})),
  ];
}
