/** The plugin's lifecycle with a stub Docusaurus context: the build stops on bad data with the CLI's messages. */
import fs from 'node:fs';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {ChartSvg} from '../../../components/ChartSvg';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import ocopDataPlugin, {type OcopDataContent} from '../index';
import {DataValidationError, formatProblem} from '../../../datasets/problems';
import {AgencyDataError} from '../../../agencies/pages';

const ROOT = path.resolve(__dirname, '../../../..');
/** A fixture site (fake recognitions and totals), never the repository's published data/. */
const SITE = path.resolve(__dirname, '../__fixtures__/site');
/** The plan's official text: fixed, read from the repository. */
const PLAN_DIR = path.join(ROOT, 'docs', 'ke-hoach', '_van-ban');
const context = {siteDir: SITE, siteConfig: {baseUrl: '/ocop/', url: 'https://example.org'}} as unknown as LoadContext;
const plugin = (options: {dataDir?: string; planDir?: string} = {}) => ocopDataPlugin(context, {planDir: PLAN_DIR, ...options});

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, {recursive: true, force: true});
});

function dataCopy(edit?: (dir: string) => void): string {
  const dir = tempDir('ocop-plugin-');
  for (const f of fs.readdirSync(path.join(SITE, 'data'))) if (f.endsWith('.csv')) fs.copyFileSync(path.join(SITE, 'data', f), path.join(dir, f));
  edit?.(dir);
  return dir;
}

describe('ocop-data plugin', () => {
  it('loadContent rejects invalid data with every problem in Vietnamese', async () => {
    const dir = dataCopy((d) => {
      const file = path.join(d, 'targets.csv');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('nga-son,Huyện Nga Sơn,8,2,2,4', 'nga-son,Huyện Nga Sơn,8,2,"2,5",4'));
    });
    const error = await Promise.resolve(plugin({dataDir: dir}).loadContent!()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    const e = error as DataValidationError;
    expect(e.message.split('\n').slice(1)).toEqual(e.problems.map(formatProblem));
    expect(e.message).toContain('targets.csv:5: cột "sao_4": giá trị "2,5" không phải số nguyên.');
    expect(e.stack).not.toMatch(/\n\s+at /);
  });

  it('adds every route under baseUrl, each with its page data from createData', async () => {
    const p = plugin();
    const content = (await p.loadContent!()) as OcopDataContent;
    const routes: RouteConfig[] = [];
    const data = new Map<string, string>();
    const actions = {
      createData: async (name: string, json: string) => {
        data.set(name, json);
        return `/generated/${name}`;
      },
      addRoute: (r: RouteConfig) => routes.push(r),
    } as unknown as PluginContentLoadedActions;
    await p.contentLoaded!({content, actions});
    expect(routes.map((r) => r.path).slice(0, 3)).toEqual(['/ocop/', '/ocop/chi-tieu/', '/ocop/chi-tieu/thanh-hoa/']);
    // 29 data pages, then /co-quan/: index, needs, 6 task groups, 16 bodies.
    expect(routes).toHaveLength(29 + 24);
    expect(routes.filter((r) => r.path.startsWith('/ocop/co-quan/'))).toHaveLength(24);
    const agency = JSON.parse(data.get('co-quan-so-y-te.json')!) as {agency: {path: string}; duties: {id: string}[]};
    expect(agency.agency.path).toBe('/co-quan/so-y-te/');
    expect(agency.duties.map((d) => d.id)).toEqual(['iv-6-1', 'iv-6-2', 'iv-6-3', 'iv-6-4']);
    expect(routes.every((r) => r.exact === true && typeof r.modules?.page === 'string')).toBe(true);
    const targetsPage = JSON.parse(data.get('chi-tieu.json')!) as {charts: {csvHref: string}[]};
    expect(targetsPage.charts[0]!.csvHref).toBe('/ocop/du-lieu/targets.csv');
  });

  it('loadContent stops when Part IV no longer matches the agencies’ classification', async () => {
    const planDir = tempDir('ocop-plan-');
    for (const f of fs.readdirSync(PLAN_DIR)) if (f.endsWith('.md')) fs.copyFileSync(path.join(PLAN_DIR, f), path.join(planDir, f));
    const partIv = path.join(planDir, '_phan-iv.md');
    fs.writeFileSync(partIv, fs.readFileSync(partIv, 'utf8').replace('- Lồng ghép hoạt động của ngành với việc thực hiện Chương trình OCOP.\n', ''));
    const error = await Promise.resolve(plugin({planDir}).loadContent!()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgencyDataError);
    expect((error as Error).message).toContain('Mục IV.3 có 3 ý trong Kế hoạch, agencies.ts phân loại 4 ý.');
  });

  it('postBuild writes the downloads into the output folder', async () => {
    const p = plugin();
    const content = (await p.loadContent!()) as OcopDataContent;
    const outDir = tempDir('ocop-out-');
    // The built /chi-tieu/ page, as Docusaurus writes it before postBuild: the charts are cut from it.
    const charts = content.datasets.pages.targets.charts.map((chart) => renderToStaticMarkup(createElement(ChartSvg, {chart}))).join('');
    fs.mkdirSync(path.join(outDir, 'chi-tieu'));
    fs.writeFileSync(path.join(outDir, 'chi-tieu', 'index.html'), `<!doctype html><html lang="vi"><body><main>${charts}</main></body></html>`);
    await p.postBuild!({outDir, content} as unknown as Parameters<NonNullable<typeof p.postBuild>>[0]);
    expect(fs.readdirSync(path.join(outDir, 'du-lieu')).sort()).toEqual(['bieu-do', 'ocop-totals.csv', 'recognitions.csv', 'targets.csv', 'tile-grid.csv']);
    expect(fs.readdirSync(path.join(outDir, 'du-lieu', 'bieu-do'))).toHaveLength(content.datasets.pages.targets.charts.length);
    for (const chart of content.datasets.pages.targets.charts) {
      const file = fs.readFileSync(path.join(outDir, 'du-lieu', 'bieu-do', `${chart.id}.svg`), 'utf8');
      expect(file).toContain(`<title id="${chart.id}-title">${chart.title}</title>`);
    }
    for (const f of ['ocop-totals.csv', 'recognitions.csv', 'targets.csv', 'tile-grid.csv']) {
      // Excel on Windows needs the BOM to read UTF-8; the source files keep none.
      expect(fs.readFileSync(path.join(outDir, 'du-lieu', f))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(SITE, 'data', f))]));
    }
  });
});
