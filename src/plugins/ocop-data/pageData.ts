/**
 * Builds the props of each data page from the validated datasets: figures,
 * chart layouts (computed here, in Node, so that no d3 code reaches the
 * browser) and the table view of each chart. Route components import these
 * types with `import type`: one contract between plugin and pages.
 */
import {PLAN, PLAN_TOTALS, type StarCounts} from '../../datasets/plan36';
import type {Datasets, DataFileName} from '../../datasets/validateDatasets';
import {DATA_FILE_COLUMNS} from '../../datasets/validateDatasets';
import {buildProgress, type UnitProgress} from '../../datasets/progress';
import {PRODUCT_GROUP_LABELS} from '../../datasets/productGroups';
import {RECOGNITION_KIND_LABELS, type RecognitionRow} from '../../datasets/recognitions';
import {byDate, DOUBTED_NOTE, latestTotal} from '../../datasets/ocopTotals';
import {planStatus, type PlanStatus} from '../../plan/status';
import type {ResultReportSearch} from '../../content/resultReport';
import type {ColumnSpec} from '../../datasets/table';
import {stripUnitPrefix} from '../../datasets/targets';
import {layoutStackedBars, type StackedBarsLayout} from '../../charts/layoutStackedBars';
import {describeProgress, layoutProgressBars, NO_DATA_TEXT, type ProgressBarsLayout} from '../../charts/layoutProgressBars';
import {layoutTimeline, type TimelineLayout} from '../../charts/layoutTimeline';
import {layoutTileGrid, type TileGridLayout} from '../../charts/layoutTileGrid';
import {SEQUENTIAL_SWATCHES, STAR_SWATCHES} from '../../charts/palette';
import {formatIsoDate, formatNumber, formatPercent} from '../../format';
import {isPlaceholderUrl} from '../../deploy/config';

/** Width of every chart's viewBox: drawn for a 360 px phone, scaled up on wider screens. */
export const CHART_WIDTH = 340;

export interface TableView {
  caption: string;
  columns: {label: string; numeric: boolean}[];
  /** Cells as displayed (numbers already in Vietnamese format). */
  rows: string[][];
}

export type ChartKind = 'stacked-bars' | 'progress-bars' | 'timeline' | 'tile-grid';

interface ChartBase {
  /** Stable name: the id in the page and the .svg file name. */
  id: string;
  title: string;
  /** One or two sentences for <desc> and the figure caption. */
  description: string;
  table: TableView;
  source: string;
  asOf: string;
  csvHref: string;
  csvName: string;
  svgHref: string;
}

export type ChartData =
  | (ChartBase & {kind: 'stacked-bars'; layout: StackedBarsLayout})
  | (ChartBase & {kind: 'progress-bars'; layout: ProgressBarsLayout})
  | (ChartBase & {kind: 'timeline'; layout: TimelineLayout})
  | (ChartBase & {kind: 'tile-grid'; layout: TileGridLayout});

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
  charts: {title: string; href: string}[];
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

export const CHART_FILES = {
  targets: 'chi-tieu-theo-don-vi',
  progress: 'tien-do-theo-don-vi',
  timeline: 'so-san-pham-ocop-theo-thoi-gian',
  tileGrid: 'ban-do-o-vuong-chi-tieu',
} as const;

/** Where data/README.md is published (docs/du-lieu/huong-dan-cap-nhat.mdx renders it). */
export {DATA_UPDATE_GUIDE_PATH} from '../../site/paths';
import {DATA_UPDATE_GUIDE_PATH} from '../../site/paths';

const unitPath = (ma: string) => `/chi-tieu/${ma}/`;
const starCells = (c: StarCounts) => [c.tong, c.sao_5, c.sao_4, c.sao_3].map(formatNumber);

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
  const svgHref = (id: string) => `${baseUrl}du-lieu/bieu-do/${id}.svg`;
  const planSource = `Kế hoạch ${PLAN.number} ngày ${PLAN.dateText}, phụ lục`;
  const planAsOf = `${PLAN.dateText} (ngày ban hành Kế hoạch)`;
  const progressAsOf = progress.asOf === null ? `${NO_DATA_TEXT}: chưa có quyết định công nhận nào được ghi` : `${formatIsoDate(progress.asOf)} (quyết định mới nhất được ghi)`;
  const starHeaders = [
    {label: 'Tổng', numeric: true},
    {label: '5 sao', numeric: true},
    {label: '4 sao', numeric: true},
    {label: '3 sao', numeric: true},
  ];

  // 1. Targets by unit, stacked by star.
  const stacked = layoutStackedBars(
    units.map((u) => ({id: u.ma_don_vi, label: u.shortName, values: [u.target.sao_5, u.target.sao_4, u.target.sao_3]})),
    [
      {key: 'sao_5', label: '5 sao', swatch: STAR_SWATCHES.sao_5},
      {key: 'sao_4', label: '4 sao', swatch: STAR_SWATCHES.sao_4},
      {key: 'sao_3', label: '3 sao', swatch: STAR_SWATCHES.sao_3},
    ],
    {width: CHART_WIDTH},
  );
  const byTarget = stacked.rows.map((r) => units.find((u) => u.ma_don_vi === r.id)!);
  const top = byTarget[0]!;
  const bottom = byTarget[byTarget.length - 1]!;
  const targetsChart: ChartData = {
    kind: 'stacked-bars',
    id: CHART_FILES.targets,
    title: `Chỉ tiêu sản phẩm OCOP mới năm ${PLAN.year} theo đơn vị, chia theo hạng sao`,
    description: `Biểu đồ thanh ngang, mỗi thanh là một trong ${units.length} đơn vị cấp huyện, xếp từ chỉ tiêu cao đến thấp; mỗi thanh chia thành 5 sao, 4 sao và 3 sao. Cao nhất là ${top.shortName} với ${formatNumber(top.target.tong)} sản phẩm, thấp nhất ${formatNumber(bottom.target.tong)} sản phẩm; toàn tỉnh ${formatNumber(PLAN_TOTALS.tong)} sản phẩm.`,
    layout: stacked,
    table: {
      caption: 'Số liệu của biểu đồ: chỉ tiêu theo đơn vị, xếp từ cao đến thấp',
      columns: [{label: 'Đơn vị', numeric: false}, ...starHeaders],
      rows: byTarget.map((u) => [u.don_vi, ...starCells(u.target)]),
    },
    source: planSource,
    asOf: planAsOf,
    csvHref: fileHref('targets.csv'),
    csvName: 'targets.csv',
    svgHref: svgHref(CHART_FILES.targets),
  };

  // 2. Progress against target, in the same order as chart 1.
  const progressLayout = layoutProgressBars(
    byTarget.map((u) => ({id: u.ma_don_vi, label: u.shortName, target: u.target.tong, achieved: u.achieved?.tong ?? null})),
    {width: CHART_WIDTH},
  );
  const progressChart: ChartData = {
    kind: 'progress-bars',
    id: CHART_FILES.progress,
    title: `Tiến độ: sản phẩm OCOP mới được công nhận so với chỉ tiêu năm ${PLAN.year}`,
    description:
      province.achieved === null
        ? `Mỗi hàng là một đơn vị: khung xám dài bằng chỉ tiêu. Chưa có số liệu công nhận sản phẩm nào trong năm ${PLAN.year}, nên chưa có thanh tiến độ.`
        : `Mỗi hàng là một đơn vị: khung xám dài bằng chỉ tiêu, thanh xanh dài bằng số sản phẩm mới đã được công nhận. Toàn tỉnh đạt ${describeProgress(province.achieved.tong, PLAN_TOTALS.tong)}.`,
    layout: progressLayout,
    table: {
      caption: 'Số liệu của biểu đồ: sản phẩm mới đã công nhận so với chỉ tiêu',
      columns: [
        {label: 'Đơn vị', numeric: false},
        {label: 'Chỉ tiêu', numeric: true},
        {label: 'Đã công nhận (mới)', numeric: true},
        {label: 'Tỷ lệ đạt', numeric: true},
      ],
      rows: byTarget.map((u) => [
        u.don_vi,
        formatNumber(u.target.tong),
        u.achieved === null ? NO_DATA_TEXT : formatNumber(u.achieved.tong),
        u.ratio === null ? NO_DATA_TEXT : formatPercent(u.ratio),
      ]),
    },
    source: 'Các quyết định công nhận sản phẩm OCOP ghi trong recognitions.csv (mỗi dòng có nguồn); chỉ tiêu theo phụ lục Kế hoạch',
    asOf: progressAsOf,
    csvHref: fileHref('recognitions.csv'),
    csvName: 'recognitions.csv',
    svgHref: svgHref(CHART_FILES.progress),
  };

  // 3. Cumulative OCOP products over time.
  const totals = byDate(datasets.ocopTotals);
  const timeline = layoutTimeline(
    totals.map((r) => ({id: `${r.ngay}-${r.line}`, date: r.ngay, value: r.tong.value, lowerBound: r.tong.lowerBound, doubted: r.doubted})),
    {
      width: CHART_WIDTH,
      height: 250,
      goalYear: PLAN.year,
      goalLabel: [`Năm ${PLAN.year} (vùng tô): Kế hoạch ${PLAN.number}`, `đặt mục tiêu thêm ${formatNumber(PLAN_TOTALS.tong)} sản phẩm`],
    },
  );
  const reported = (c: {value: number; lowerBound: boolean} | null) => (c === null ? '' : `${c.lowerBound ? 'hơn ' : ''}${formatNumber(c.value)}`);
  const latest = latestTotal(totals);
  const earliest = totals[0];
  const doubted = totals.filter((r) => r.doubted);
  const timelineChart: ChartData = {
    kind: 'timeline',
    id: CHART_FILES.timeline,
    title: 'Tổng số sản phẩm OCOP của tỉnh Thanh Hóa qua các năm',
    description:
      earliest && latest
        ? `Biểu đồ đường: số sản phẩm OCOP (3 sao trở lên) lũy kế của tỉnh theo các nguồn báo chí, từ ${reported(earliest.tong)} (${formatIsoDate(earliest.ngay)}) đến ${reported(latest.tong)} (${formatIsoDate(latest.ngay)}). Một số mốc ngày là ước tính (xem ghi chú trong bảng). Đầu năm ${PLAN.year} các nguồn ghi số khác nhau (nhãn ghi khoảng số).${doubted.length > 0 ? ` Chấm viền đứt, không nối vào đường, là số liệu bị nghi vấn: ${doubted.map((r) => `${reported(r.tong)} (${formatIsoDate(r.ngay)})`).join(', ')}; xem ghi chú trong bảng.` : ''} Năm ${PLAN.year} được tô màu: Kế hoạch đặt mục tiêu thêm ${formatNumber(PLAN_TOTALS.tong)} sản phẩm trong năm; Kế hoạch không nêu số gốc nên biểu đồ không vẽ đường mục tiêu.`
        : 'Chưa có số liệu.',
    layout: timeline,
    table: {
      caption: 'Số liệu của biểu đồ: số sản phẩm OCOP lũy kế theo từng nguồn',
      columns: [
        {label: 'Ngày', numeric: false},
        {label: 'Tổng', numeric: true},
        {label: '5 sao', numeric: true},
        {label: '4 sao', numeric: true},
        {label: '3 sao', numeric: true},
        {label: 'Ghi chú', numeric: false},
        {label: 'Nguồn', numeric: false},
      ],
      rows: totals.map((r) => [formatIsoDate(r.ngay), reported(r.tong), reported(r.sao_5), reported(r.sao_4), reported(r.sao_3), r.doubted ? `${DOUBTED_NOTE} ${r.ghi_chu}` : r.ghi_chu, r.nguon]),
    },
    source: 'Các bài báo ghi trong ocop-totals.csv (cột nguon)',
    asOf: latest ? `${formatIsoDate(latest.ngay)} (mốc mới nhất${doubted.length > 0 ? ' không bị nghi vấn' : ''}; xem ghi chú về ngày ước tính)` : NO_DATA_TEXT,
    csvHref: fileHref('ocop-totals.csv'),
    csvName: 'ocop-totals.csv',
    svgHref: svgHref(CHART_FILES.timeline),
  };

  // 4. Tile-grid map coloured by target.
  const positions = new Map(datasets.tileGrid.map((p) => [p.ma_don_vi, p]));
  const tileLayout = layoutTileGrid(
    units.flatMap((u) => {
      const p = positions.get(u.ma_don_vi);
      return p ? [{id: u.ma_don_vi, label: u.shortName, row: p.hang, col: p.cot, value: u.target.tong}] : [];
    }),
    {width: CHART_WIDTH, thresholds: [4, 7, 10], swatches: SEQUENTIAL_SWATCHES, maxLabelChars: 7, legendTitle: 'Chỉ tiêu (số sản phẩm), màu càng đậm càng nhiều:'},
  );
  const tileChart: ChartData = {
    kind: 'tile-grid',
    id: CHART_FILES.tileGrid,
    title: `Bản đồ ô vuông: chỉ tiêu năm ${PLAN.year} của ${units.length} đơn vị cấp huyện`,
    description: `Mỗi ô vuông là một đơn vị, đặt gần đúng theo vị trí địa lý: miền núi phía tây ở bên trái, ven biển ở bên phải, phía bắc ở trên. Mỗi ô ghi tên và chỉ tiêu của đơn vị; màu càng đậm, chỉ tiêu càng cao.`,
    layout: tileLayout,
    table: {
      caption: 'Số liệu của bản đồ: vị trí ô và chỉ tiêu',
      columns: [
        {label: 'Đơn vị', numeric: false},
        {label: 'Hàng', numeric: true},
        {label: 'Cột', numeric: true},
        {label: 'Chỉ tiêu', numeric: true},
      ],
      rows: units.map((u) => {
        const p = positions.get(u.ma_don_vi);
        return [u.don_vi, p ? formatNumber(p.hang + 1) : '', p ? formatNumber(p.cot + 1) : '', formatNumber(u.target.tong)];
      }),
    },
    source: `${planSource}; vị trí ô: tile-grid.csv`,
    asOf: planAsOf,
    csvHref: fileHref('tile-grid.csv'),
    csvName: 'tile-grid.csv',
    svgHref: svgHref(CHART_FILES.tileGrid),
  };

  // Before any recognition is recorded the progress chart would only repeat
  // the targets with "chưa có số liệu" on every row: /chi-tieu/ says it once
  // instead, and the chart (page, SVG file) appears with the first decision.
  const charts = province.achieved === null ? [targetsChart, timelineChart, tileChart] : [targetsChart, progressChart, timelineChart, tileChart];
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
    data: {files, charts: charts.map((c) => ({title: c.title, href: c.svgHref})), siteUrl, siteUrlIsPlaceholder: isPlaceholderUrl(siteUrl), updateGuidePath: DATA_UPDATE_GUIDE_PATH},
    home: {plan, province, status},
    status,
  };
}
