import {buildDataRoutes} from '../routes';
import {csvDownloadFiles, withUtf8Bom} from '../downloads';
import {buildAgencyRoutes} from '../agencyRoutes';
import {realPages} from '../../../agencies/__tests__/helpers';
import {dataFiles, fixturePages, publishedPages} from './fixturePages';

const pages = publishedPages();

describe('buildDataRoutes', () => {
  const routes = buildDataRoutes(pages);
  it('adds home, /chi-tieu/, one page per unit and /du-lieu/, with unique data files', () => {
    expect(routes.map((r) => r.path)).toEqual(['/', '/chi-tieu/', ...pages.units.map((u) => `/chi-tieu/${u.unit.ma_don_vi}/`), '/du-lieu/']);
    expect(routes).toHaveLength(29);
    expect(new Set(routes.map((r) => r.dataName)).size).toBe(routes.length);
  });
  it('uses route components outside src/pages', () => {
    for (const r of routes) expect(r.component).toMatch(/^@site\/src\/route-pages\/[A-Za-z]+\/index\.tsx$/);
  });
  it('passes page data, not the raw datasets', () => {
    const data = routes.find((r) => r.path === '/chi-tieu/nga-son/')!.data as {unit: {don_vi: string}};
    expect(data.unit.don_vi).toBe('Huyện Nga Sơn');
    expect(JSON.stringify(routes.find((r) => r.path === '/')!.data).length).toBeLessThan(1000);
  });
});

describe('csvDownloadFiles', () => {
  it('publishes each CSV after a UTF-8 BOM', () => {
    const files = dataFiles();
    const out = csvDownloadFiles(files);
    expect(out.map((f) => f.path)).toEqual(['du-lieu/targets.csv', 'du-lieu/recognitions.csv', 'du-lieu/ocop-totals.csv', 'du-lieu/tile-grid.csv']);
    expect(out[0]!.contents).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, ...(files['targets.csv'] as Uint8Array)]));
  });
  it('does not add a second BOM to a file saved with one', () => {
    const source = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0a]);
    expect(withUtf8Bom(source)).toEqual(source);
    expect(withUtf8Bom('a,b\n')).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0a]));
  });
});

describe('buildAgencyRoutes', () => {
  const routes = buildAgencyRoutes(realPages());
  it('adds /co-quan/, the needs page, 6 task-group pages and 16 body pages, with unique data files', () => {
    expect(routes.slice(0, 2).map((r) => r.path)).toEqual(['/co-quan/', '/co-quan/ho-tro/']);
    expect(routes.filter((r) => r.path.startsWith('/co-quan/nhom/'))).toHaveLength(6);
    expect(routes.filter((r) => r.component.endsWith('AgencyPage/index.tsx'))).toHaveLength(16);
    expect(routes).toHaveLength(24);
    expect(new Set(routes.map((r) => r.dataName)).size).toBe(routes.length);
    for (const r of routes) expect(r.component).toMatch(/^@site\/src\/route-pages\/[A-Za-z]+\/index\.tsx$/);
  });
});
