/**
 * The site's one local plugin, and the only code that reads data files.
 *
 * loadContent: read data/ → validate (the build stops with every problem,
 * in Vietnamese, when a file is wrong) → model and chart layouts.
 * contentLoaded: one route per page, its props passed through createData.
 * postBuild: publish the CSV files and the chart SVGs (cut from the built
 * /chi-tieu/ page) under /du-lieu/, and
 * write build/_headers (security headers with this build's CSP, and the
 * editor's own policy for /admin/).
 *
 * `agencies`: Part IV of the plan (docs/ke-hoach/_van-ban/_phan-iv.md) is
 * parsed into the agency pages under /co-quan/, so that every duty's text
 * comes from the plan's one copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {DataValidationError} from '../../datasets/problems';
import type {DatasetFiles} from '../../datasets/validateDatasets';
import {CHART_PAGE, chartSvgFiles, csvDownloadFiles, writeOutputFiles} from './downloads';
import {loadDatasets} from './loadDatasets';
import {resolveDataDir, resolvePlanDir, type OcopDataOptions} from './options';
import {buildDataPages, type DataPages} from './pageData';
import {buildDataRoutes, type RouteSpec} from './routes';
import type {AgencyPages} from '../../agencies/pages';
import {buildAgencyRoutes} from './agencyRoutes';
import {loadAgencies} from './loadAgencies';
import {buildPlanAppendix, PLAN_APPENDIX_DATA} from './planAppendix';
import {writeSecurityHeaders} from './securityHeaders';
import {adminHeaderRule} from '../editor';
import {vietnamDate} from '../../news/today';
import {RESULT_REPORT} from '../../content/resultReport';

/** Module name for createData; imported as `@generated/ocop-data/default/plan-status.json`. */
export const PLAN_STATUS_DATA = 'plan-status.json';

export interface OcopDataContent {
  datasets: {files: DatasetFiles; pages: DataPages};
  agencies: AgencyPages;
}

export default function ocopDataPlugin(context: LoadContext, options: OcopDataOptions = {}): Plugin<OcopDataContent> {
  const dataDir = resolveDataDir(context.siteDir, options);
  const planDir = resolvePlanDir(context.siteDir, options);
  const {baseUrl, url} = context.siteConfig;
  return {
    name: 'ocop-data',
    getPathsToWatch: () => [path.join(dataDir, '*.csv'), path.join(planDir, '_*.md')],
    async loadContent() {
      const {files, result} = await loadDatasets(dataDir);
      if (!result.ok) throw new DataValidationError(result.problems);
      return {
        datasets: {files, pages: buildDataPages(result.datasets, {baseUrl, siteUrl: normalizeUrl([url, baseUrl]), builtOn: vietnamDate(), report: RESULT_REPORT})},
        agencies: await loadAgencies(planDir),
      };
    },
    async contentLoaded({content, actions}) {
      const routes: RouteSpec[] = [...buildDataRoutes(content.datasets.pages), ...buildAgencyRoutes(content.agencies)];
      // The plan's appendix (an MDX partial under docs/ke-hoach/) imports this
      // module: the same targets.csv rows, without putting data in global data.
      await actions.createData(PLAN_APPENDIX_DATA, JSON.stringify(buildPlanAppendix(content.datasets.pages)));
      // The status line on /ke-hoach/ (MDX) imports this; home and /chi-tieu/ get the same object in their page data.
      await actions.createData(PLAN_STATUS_DATA, JSON.stringify(content.datasets.pages.status));
      for (const route of routes) {
        const dataPath = await actions.createData(route.dataName, JSON.stringify(route.data));
        actions.addRoute({path: normalizeUrl([baseUrl, route.path]), component: route.component, exact: true, modules: {page: dataPath}});
      }
    },
    async postBuild({outDir, content}) {
      const chartPage = await fs.readFile(path.join(outDir, ...CHART_PAGE.split('/')), 'utf8');
      const charts = chartSvgFiles(chartPage, content.datasets.pages.targets.charts.map((c) => c.id));
      await writeOutputFiles(outDir, [...csvDownloadFiles(content.datasets.files), ...charts]);
      await writeSecurityHeaders(outDir, baseUrl, adminHeaderRule(process.env));
    },
  };
}
