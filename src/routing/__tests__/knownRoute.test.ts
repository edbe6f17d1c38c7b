import {isKnownRoute, type RouteLike} from '../knownRoute';

const ROUTES: RouteLike[] = [
  {path: '/chi-tieu/', exact: true},
  {path: '/chi-tieu/:unit/', exact: true},
  {
    path: '/',
    routes: [
      {path: '/ke-hoach/', exact: true},
      {path: '/ke-hoach/to-chuc-thuc-hien/', exact: true},
      {path: '*'},
    ],
  },
  {path: '*'},
];

describe('isKnownRoute', () => {
  it('finds pages at the top level and in nested tables', () => {
    expect(isKnownRoute(ROUTES, '/chi-tieu/')).toBe(true);
    expect(isKnownRoute(ROUTES, '/chi-tieu/nga-son/')).toBe(true);
    expect(isKnownRoute(ROUTES, '/ke-hoach/to-chuc-thuc-hien/')).toBe(true);
  });

  it('treats the catch-all as "no page", as react-router\'s <Switch> takes the first match', () => {
    expect(isKnownRoute(ROUTES, '/tin-tuc/')).toBe(false);
    expect(isKnownRoute(ROUTES, '/tin-tuc/2025/02/24/ban-hanh/')).toBe(false);
    expect(isKnownRoute([{path: '*'}, {path: '/a/', exact: true}], '/a/')).toBe(false);
  });
});
