/**
 * Builds the props of each data page from the validated datasets: figures
 * and the charts (defined in src/charts/specs/, laid out here in Node, so
 * that no d3 code reaches the browser). Route components import these
 * types with `import type`: one contract between plugin and pages.
 */
import {PLAN, PLAN_TOTALS, type StarCounts} from '../../datasets/plan36';
import type {Datasets, DataFileName} from '../../datasets/validateDatasets';
import {DATA_FILE_COLUMNS} from '../../datasets/validateDatasets';
import {buildProgress, type UnitProgress} from '../../datasets/progress';
import {PRODUCT_GROUP_LABELS} from '../../datasets/productGroups';
import {RECOGNITION_KIND_LABELS, type RecognitionRow} from '../../datasets/recognitions';
import {planStatus, type PlanStatus} from '../../plan/status';
import type {ResultReportSearch} from '../../content/resultReport';
import type {ColumnSpec} from '../../datasets/table';
import {stripUnitPrefix} from '../../datasets/targets';
import {formatIsoDate} from '../../format';
import {isPlaceholderUrl} from '../../deploy/config';
import {buildCharts, type ChartData, type ChartInput} from '../../charts/specs';

export type {ChartData, TableView} from '../../charts/specs';
export {CHART_FILES, CHART_WIDTH} from '../../charts/specs';

export interface UnitSummary {
  ma_don_vi: string;
  don_vi: string;
  shortName: string;
  /** Name without "Huyện", "TP", "TX", for sorting by name. */
  sortName: string;
  /** Site path of the unit page (without baseUrl, for <Link to>). */
  path: string;
  target: StarCounts;
  achieved: StarCounts | null;
  ratio: number | null;
  reRecognised: number;
}

export interface ProvinceSummary {
  target: StarCounts;
  achieved: StarCounts | null;
  ratio: number | null;
  reRecognised: number;
  /** Latest decision date (ISO) in recognitions.csv, or null. */
  asOf: string | null;
}

export interface PlanInfo {
  number: string;
  dateText: string;
  title: string;
  year: number;
  totals: StarCounts;
}

export interface TargetsPageData {
  plan: PlanInfo;
  units: UnitSummary[];
  province: ProvinceSummary;
  charts: ChartData[];
  status: PlanStatus;
}

export interface ProductView {
  ngay: string;
  so_quyet_dinh: string;
  san_pham: string;
  chu_the: string;
  /** Commune or ward as the decision writes it ('' when not recorded). */
  dia_ban: string;
  nhom: string;
  sao: number;
  loai: string;
  counts: boolean;
  nguon: string;
}

export interface UnitPageData {
  plan: PlanInfo;
  unit: UnitSummary;
  products: ProductView[];
  province: ProvinceSummary;
  previous: {path: string; name: string} | null;
  next: {path: string; name: string} | null;
}

export interface DataFileView {
  name: DataFileName;
  href: string;
  title: string;
  description: string;
  rowCount: number;
  columns: ColumnSpec[];
}

export interface DataPageData {
  files: DataFileView[];
  /** Each chart's SVG and its share pictures (PNG), as on /chi-tieu/. */
  charts: {title: string; href: string; pictures: ChartData['pictures']}[];
  siteUrl: string;
  /** SITE_URL was not set (local build): the citation says its address is a placeholder. */
  siteUrlIsPlaceholder: boolean;
  /** Staff's guide to updating the data (data/README.md, published as a doc page). */
  updateGuidePath: string;
}

export interface HomePageData {
  plan: PlanInfo;
  province: ProvinceSummary;
  status: PlanStatus;
}

export interface DataPages {
  targets: TargetsPageData;
  units: UnitPageData[];
  data: DataPageData;
  home: HomePageData;
  /** The dated status line (home, /ke-hoach/, /chi-tieu/). */
  status: PlanStatus;
  /** What the charts were made from: the share pictures lay them out again at their sizes (src/share/). */
  chartInput: ChartInput;
}

export interface PageDataOptions {
  /** Site baseUrl ending in "/", for download links (plain <a>, not <Link>). */
  baseUrl: string;
  /** Absolute site address, for the suggested citation. */
  siteUrl: string;
  /** ISO date of the build (Vietnam time), for the status line. */
  builtOn: string;
  /** Whether an official report on the plan's year has been found (src/content/resultReport.ts). */
  report: ResultReportSearch;
}

export const FILE_TITLES: Readonly<Record<DataFileName, {title: string; description: string}>> = {
  'targets.csv': {title: 'Chỉ tiêu theo đơn vị', description: `Phụ lục Kế hoạch ${PLAN.number}: số sản phẩm OCOP mới năm ${PLAN.year} giao cho từng đơn vị cấp huyện, chia theo hạng sao.`},
  'recognitions.csv': {title: 'Sản phẩm được công nhận năm 2025', description: 'Mỗi dòng là một sản phẩm được công nhận trong năm 2025, lấy từ quyết định công nhận có dẫn nguồn. Chỉ sản phẩm mới được tính vào mục tiêu.'},
  'ocop-totals.csv': {title: 'Tổng số sản phẩm OCOP của tỉnh qua thời gian', description: 'Số sản phẩm OCOP lũy kế của tỉnh theo các nguồn báo chí, có ghi chú khi ngày là ước tính hoặc các nguồn mâu thuẫn.'},
  'tile-grid.csv': {title: 'Vị trí ô trên bản đồ ô vuông', description: 'Hàng và cột của mỗi đơn vị trên bản đồ ô vuông, đặt gần đúng theo địa lý.'},
};

/** Where data/README.md is published (docs/du-lieu/huong-dan-cap-nhat.mdx renders it). */
export {DATA_UPDATE_GUIDE_PATH} from '../../site/paths';
import {DATA_UPDATE_GUIDE_PATH} from '../../site/paths';

const unitPath = (ma: string) => `/chi-tieu/${ma}/`;

function summarise(u: UnitProgress): UnitSummary {
  return {ma_don_vi: u.ma_don_vi, don_vi: u.don_vi, shortName: u.shortName, sortName: stripUnitPrefix(u.don_vi), path: unitPath(u.ma_don_vi), target: u.target, achieved: u.achieved, ratio: u.ratio, reRecognised: u.reRecognised};
}

function viewProduct(r: RecognitionRow): ProductView {
  return {
    ngay: formatIsoDate(r.ngay),
    so_quyet_dinh: r.so_quyet_dinh,
    san_pham: r.san_pham,
    chu_the: r.chu_the,
    dia_ban: r.dia_ban,
    nhom: PRODUCT_GROUP_LABELS[r.nhom],
    sao: r.sao,
    loai: RECOGNITION_KIND_LABELS[r.loai],
    counts: r.loai === 'moi',
    nguon: r.nguon,
  };
}

export function buildDataPages(datasets: Datasets, {baseUrl, siteUrl, builtOn, report}: PageDataOptions): DataPages {
  const status = planStatus({builtOn, planYear: PLAN.year, totals: datasets.ocopTotals, report});
  const progress = buildProgress(datasets.targets, datasets.recognitions);
  const plan: PlanInfo = {number: PLAN.number, dateText: PLAN.dateText, title: PLAN.title, year: PLAN.year, totals: PLAN_TOTALS};
  const province: ProvinceSummary = {...progress.province, asOf: progress.asOf};
  const units = progress.units.map(summarise);
  const fileHref = (name: string) => `${baseUrl}du-lieu/${name}`;
  const chartInput: ChartInput = {
    units,
    provinceAchieved: province.achieved,
    progressAsOf: progress.asOf,
    totals: datasets.ocopTotals,
    tileGrid: datasets.tileGrid,
    links: {file: fileHref, svg: (id) => `${baseUrl}du-lieu/bieu-do/${id}.svg`, picture: (name) => `${baseUrl}du-lieu/bieu-do/${name}`},
  };
  const charts = buildCharts(chartInput);
  const unitPages = progress.units.map((u, i): UnitPageData => {
    const prev = progress.units[i - 1];
    const next = progress.units[i + 1];
    return {
      plan,
      unit: summarise(u),
      products: u.products.map(viewProduct),
      province,
      previous: prev ? {path: unitPath(prev.ma_don_vi), name: prev.don_vi} : null,
      next: next ? {path: unitPath(next.ma_don_vi), name: next.don_vi} : null,
    };
  });
  const rowCounts: Record<DataFileName, number> = {
    'targets.csv': datasets.targets.length,
    'recognitions.csv': datasets.recognitions.length,
    'ocop-totals.csv': datasets.ocopTotals.length,
    'tile-grid.csv': datasets.tileGrid.length,
  };
  const files = (Object.keys(FILE_TITLES) as DataFileName[]).map((name): DataFileView => ({
    name,
    href: fileHref(name),
    ...FILE_TITLES[name],
    rowCount: rowCounts[name],
    columns: [...DATA_FILE_COLUMNS[name]],
  }));
  return {
    targets: {plan, units, province, charts, status},
    units: unitPages,
    data: {files, charts: charts.map((c) => ({title: c.title, href: c.svgHref, pictures: c.pictures})), siteUrl, siteUrlIsPlaceholder: isPlaceholderUrl(siteUrl), updateGuidePath: DATA_UPDATE_GUIDE_PATH},
    home: {plan, province, status},
    status,
    chartInput,
  };
}
