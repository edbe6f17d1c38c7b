import {clientRouteFiles, isStaticPath, parseRoutesModule, withoutHydration} from '../staticRoutes';

// The three files as Docusaurus 3.10 writes them (.docusaurus/), cut down to four routes.
const ROUTES = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/chi-tieu/',
    component: ComponentCreator('/chi-tieu/', 'db9'),
    exact: true
  },
  {
    path: '/tin-tuc/',
    component: ComponentCreator('/tin-tuc/', 'a01'),
    exact: true
  },
  {
    path: '/tin-tuc/2025/02/24/ban-hanh/',
    component: ComponentCreator('/tin-tuc/2025/02/24/ban-hanh/', '77b'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    routes: [
      {
        path: '/ke-hoach/',
        component: ComponentCreator('/ke-hoach/', 'c3d'),
        exact: true
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const CHUNK_NAMES = JSON.stringify({
  '/chi-tieu/-db9': {__comp: 'page0001', __context: {plugin: 'plug0001'}},
  '/tin-tuc/-a01': {__comp: 'list0001', __context: {plugin: 'plug0002'}, items: [{content: 'post0001'}]},
  '/tin-tuc/2025/02/24/ban-hanh/-77b': {__comp: 'post0002', __context: {plugin: 'plug0002'}, content: 'post0001'},
  '/-e5f': {__comp: 'root0001'},
  '/ke-hoach/-c3d': {__comp: 'doc00001', content: 'docc0001'},
});

const entry = (name: string, module: string) =>
  `  "${name}": [() => import(/* webpackChunkName: "${name}" */ "${module}"), "${module}", require.resolveWeak("${module}")],`;
const REGISTRY = `export default {
${[
  entry('docc0001', '@site/docs/ke-hoach/index.md'),
  entry('doc00001', '@theme/DocItem'),
  entry('list0001', '@theme/BlogListPage'),
  entry('page0001', '@site/src/pages/chi-tieu.tsx'),
  entry('plug0001', '@generated/plugin-a.json'),
  entry('plug0002', '@generated/plugin-blog.json'),
  entry('post0001', '@site/blog/2025-02-24-ban-hanh/index.md'),
  entry('post0002', '@theme/BlogPostPage'),
  entry('root0001', '@theme/DocsRoot'),
].join('\n')}
};
`;

describe('isStaticPath', () => {
  it('takes the news and everything under it, with the base URL', () => {
    expect(isStaticPath('/tin-tuc/', '/')).toBe(true);
    expect(isStaticPath('/tin-tuc', '/')).toBe(true);
    expect(isStaticPath('/tin-tuc/the/so-lieu/', '/')).toBe(true);
    expect(isStaticPath('/ocop/tin-tuc/a/', '/ocop/')).toBe(true);
    expect(isStaticPath('/tin-tuc/a/', '/ocop/')).toBe(false);
    expect(isStaticPath('/tin-tucx/', '/')).toBe(false);
    expect(isStaticPath('/chi-tieu/', '/')).toBe(false);
  });
});

describe('parseRoutesModule', () => {
  it('reads the top-level routes with their chunk-name keys, nested routes inside their parent', () => {
    expect(parseRoutesModule(ROUTES).map((r) => [r.path, r.key])).toEqual([
      ['/chi-tieu/', '/chi-tieu/-db9'],
      ['/tin-tuc/', '/tin-tuc/-a01'],
      ['/tin-tuc/2025/02/24/ban-hanh/', '/tin-tuc/2025/02/24/ban-hanh/-77b'],
      ['/', '/-e5f'],
    ]);
  });

  it('fails loudly, in Vietnamese, when the format is not the one it knows', () => {
    expect(() => parseRoutesModule(ROUTES.replace("import React from 'react';\n", ''))).toThrow(/Không đọc được tệp \.docusaurus\/routes\.js do Docusaurus tạo ra \(phần đầu tệp\)/);
    expect(() => parseRoutesModule(ROUTES.replace("    path: '*',", "    path: '/404/',"))).toThrow(/tuyến '\*' ở cuối tệp/);
    expect(() => parseRoutesModule(ROUTES.replace("ComponentCreator('/tin-tuc/', 'a01')", "ComponentCreator('/tin-tuc/')"))).toThrow(/một tuyến đường ở vị trí/);
  });
});

describe('clientRouteFiles', () => {
  const client = clientRouteFiles({routes: ROUTES, routesChunkNames: CHUNK_NAMES, registry: REGISTRY}, '/');

  it('leaves the news routes out of the client table and keeps the others as they were', () => {
    expect(client.removed).toBe(2);
    expect(parseRoutesModule(client.routes).map((r) => r.path)).toEqual(['/chi-tieu/', '/']);
    expect(client.routes).toContain("        path: '/ke-hoach/',\n");
    expect(Object.keys(JSON.parse(client.routesChunkNames))).toEqual(['/chi-tieu/-db9', '/-e5f', '/ke-hoach/-c3d']);
  });

  it('keeps the registry entries that kept routes use, and the components of removed routes (their CSS)', () => {
    const names = [...client.registry.matchAll(/^ {2}"([^"]+)"/gm)].map((m) => m[1]);
    expect(names).toEqual(['docc0001', 'doc00001', 'list0001', 'page0001', 'plug0001', 'post0002', 'root0001']);
    expect(client.registry).not.toContain('@site/blog/');
  });

  it('keeps every route when no route is static (another base URL)', () => {
    const other = clientRouteFiles({routes: ROUTES, routesChunkNames: CHUNK_NAMES, registry: REGISTRY}, '/ocop/');
    expect(other.removed).toBe(0);
    expect(other.routes).toBe(ROUTES);
    expect(other.registry).toBe(REGISTRY);
  });

  it('fails loudly when a route has no chunk names or a registry line is not understood', () => {
    const chunkNames = JSON.parse(CHUNK_NAMES) as Record<string, unknown>;
    delete chunkNames['/chi-tieu/-db9'];
    expect(() => clientRouteFiles({routes: ROUTES, routesChunkNames: JSON.stringify(chunkNames), registry: REGISTRY}, '/')).toThrow(/routesChunkNames\.json do Docusaurus tạo ra \(khóa \/chi-tieu\/-db9\)/);
    expect(() => clientRouteFiles({routes: ROUTES, routesChunkNames: CHUNK_NAMES, registry: REGISTRY.replace('require.resolveWeak', 'require.resolve')}, '/')).toThrow(/registry\.js do Docusaurus tạo ra \(dòng 2\)/);
  });
});

describe('withoutHydration', () => {
  const page =
    '<!doctype html><html lang=vi dir=ltr class="blog-wrapper" data-has-hydrated=false><head>' +
    '<link rel=preload href=/assets/js/runtime~main.1.js as=script><link rel="preload" href="/assets/js/main.2.js" as="script">' +
    '<link rel=stylesheet href=/assets/css/styles.3.css><script>(function(){/*colour mode*/})()</script>' +
    '<script data-rh=true type=application/ld+json>{"@type":"Blog"}</script></head><body><p>Tin</p>' +
    '<script src=/assets/js/runtime~main.1.js defer></script><script src="/assets/js/main.2.js" defer></script></body></html>';

  it('drops the page scripts and their preloads, keeps inline scripts and styles, and marks the page', () => {
    expect(withoutHydration(page)).toBe(
      '<!doctype html><html data-static-page lang=vi dir=ltr class="blog-wrapper" data-has-hydrated=false><head>' +
        '<link rel=stylesheet href=/assets/css/styles.3.css><script>(function(){/*colour mode*/})()</script>' +
        '<script data-rh=true type=application/ld+json>{"@type":"Blog"}</script></head><body><p>Tin</p></body></html>',
    );
  });

  it('gives the same page when run twice', () => {
    expect(withoutHydration(withoutHydration(page))).toBe(withoutHydration(page));
  });

  it('refuses a document without <html>', () => {
    expect(() => withoutHydration('<p>x</p>')).toThrow(/không có thẻ <html>/);
  });
});
