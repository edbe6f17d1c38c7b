/** The plugin's lifecycle with a stub Docusaurus context: the build stops on bad data with the CLI's messages. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import ocopDataPlugin, {type OcopDataContent} from '../index';
import {DataValidationError, formatProblem} from '../../../datasets/problems';
import {AgencyDataError} from '../../../agencies/pages';

const ROOT = path.resolve(__dirname, '../../../..');
const context = {siteDir: ROOT, siteConfig: {baseUrl: '/ocop/', url: 'https://example.org'}} as unknown as LoadContext;

function dataCopy(edit?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-plugin-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'data'))) if (f.endsWith('.csv')) fs.copyFileSync(path.join(ROOT, 'data', f), path.join(dir, f));
  edit?.(dir);
  return dir;
}

describe('ocop-data plugin', () => {
  it('loadContent rejects invalid data with every problem in Vietnamese', async () => {
    const dir = dataCopy((d) => {
      const file = path.join(d, 'targets.csv');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('nga-son,Huyện Nga Sơn,8,2,2,4', 'nga-son,Huyện Nga Sơn,8,2,"2,5",4'));
    });
    const plugin = ocopDataPlugin(context, {dataDir: dir});
    const error = await Promise.resolve(plugin.loadContent!()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    const e = error as DataValidationError;
    expect(e.message.split('\n').slice(1)).toEqual(e.problems.map(formatProblem));
    expect(e.message).toContain('targets.csv:5: cột "sao_4": giá trị "2,5" không phải số nguyên.');
    expect(e.stack).not.toMatch(/\n\s+at /);
  });

  it('adds every route under baseUrl, each with its page data from createData', async () => {
    const plugin = ocopDataPlugin(context);
    const content = (await plugin.loadContent!()) as OcopDataContent;
    const routes: RouteConfig[] = [];
    const data = new Map<string, string>();
    const actions = {
      createData: async (name: string, json: string) => {
        data.set(name, json);
        return `/generated/${name}`;
      },
      addRoute: (r: RouteConfig) => routes.push(r),
    } as unknown as PluginContentLoadedActions;
    await plugin.contentLoaded!({content, actions});
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
    const planDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-plan-'));
    const source = path.join(ROOT, 'docs', 'ke-hoach', '_van-ban');
    for (const f of fs.readdirSync(source)) if (f.endsWith('.md')) fs.copyFileSync(path.join(source, f), path.join(planDir, f));
    const partIv = path.join(planDir, '_phan-iv.md');
    fs.writeFileSync(partIv, fs.readFileSync(partIv, 'utf8').replace('- Lồng ghép hoạt động của ngành với việc thực hiện Chương trình OCOP.\n', ''));
    const error = await Promise.resolve(ocopDataPlugin(context, {planDir}).loadContent!()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgencyDataError);
    expect((error as Error).message).toContain('Mục IV.3 có 3 ý trong Kế hoạch, agencies.ts phân loại 4 ý.');
  });

  it('postBuild writes the downloads into the output folder', async () => {
    const plugin = ocopDataPlugin(context);
    const content = (await plugin.loadContent!()) as OcopDataContent;
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-out-'));
    await plugin.postBuild!({outDir, content} as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
    expect(fs.readdirSync(path.join(outDir, 'du-lieu')).sort()).toEqual(['bieu-do', 'ocop-totals.csv', 'recognitions.csv', 'targets.csv', 'tile-grid.csv']);
    expect(fs.readdirSync(path.join(outDir, 'du-lieu', 'bieu-do'))).toHaveLength(content.datasets.pages.targets.charts.length);
    for (const f of ['ocop-totals.csv', 'recognitions.csv', 'targets.csv', 'tile-grid.csv']) {
      // Excel on Windows needs the BOM to read UTF-8; the source files keep none.
      expect(fs.readFileSync(path.join(outDir, 'du-lieu', f))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(ROOT, 'data', f))]));
    }
  });
});
