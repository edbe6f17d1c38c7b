/**
 * The routes of the data pages: path (without baseUrl), route component and
 * the props it receives through createData. Pure, so tests can check it.
 */
import type {DataPages} from './pageData';

export interface RouteSpec {
  /** Site path without baseUrl, with a trailing slash. */
  path: string;
  /** Route component, as a @site path. */
  component: string;
  /** File name for createData (unique within the plugin). */
  dataName: string;
  /** The component's `page` prop. */
  data: unknown;
}

const COMPONENTS = {
  home: '@site/src/route-pages/HomePage/index.tsx',
  targets: '@site/src/route-pages/TargetsPage/index.tsx',
  unit: '@site/src/route-pages/UnitPage/index.tsx',
  data: '@site/src/route-pages/DataPage/index.tsx',
} as const;

export function buildDataRoutes(pages: DataPages): RouteSpec[] {
  return [
    {path: '/', component: COMPONENTS.home, dataName: 'trang-chu.json', data: pages.home},
    {path: '/chi-tieu/', component: COMPONENTS.targets, dataName: 'chi-tieu.json', data: pages.targets},
    ...pages.units.map((u) => ({path: u.unit.path, component: COMPONENTS.unit, dataName: `chi-tieu-${u.unit.ma_don_vi}.json`, data: u})),
    {path: '/du-lieu/', component: COMPONENTS.data, dataName: 'du-lieu.json', data: pages.data},
  ];
}
