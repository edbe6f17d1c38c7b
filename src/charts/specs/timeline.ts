/** Chart 3 (/chi-tieu/): the province's cumulative OCOP products over time, as cited sources report them. */
import {byDate, DOUBTED_NOTE, latestTotal} from '../../datasets/ocopTotals';
import {PLAN, PLAN_TOTALS} from '../../datasets/plan36';
import {formatIsoDate, formatNumber, formatReportedCount} from '../../format';
import {NO_DATA_TEXT} from '../layoutProgressBars';
import {layoutTimeline} from '../layoutTimeline';
import {pictureLinks} from './common';
import {CHART_FILES, PAGE_CHART_SIZE, type ChartData, type ChartInput, type ChartSize} from './types';

const reported = (c: {value: number; lowerBound: boolean} | null) => (c === null ? '' : formatReportedCount(c));

export function timelineChart({totals: rows, links}: ChartInput, size: ChartSize = PAGE_CHART_SIZE): ChartData {
  const totals = byDate(rows);
  const latest = latestTotal(totals);
  const earliest = totals[0];
  const doubted = totals.filter((r) => r.doubted);
  return {
    kind: 'timeline',
    id: CHART_FILES.timeline,
    title: 'Tổng số sản phẩm OCOP của tỉnh Thanh Hóa qua các năm',
    description:
      earliest && latest
        ? `Biểu đồ đường: số sản phẩm OCOP (3 sao trở lên) lũy kế của tỉnh theo các nguồn báo chí, từ ${reported(earliest.tong)} (${formatIsoDate(earliest.ngay)}) đến ${reported(latest.tong)} (${formatIsoDate(latest.ngay)}). Một số mốc ngày là ước tính (xem ghi chú trong bảng). Đầu năm ${PLAN.year} các nguồn ghi số khác nhau (nhãn ghi khoảng số).${doubted.length > 0 ? ` Chấm viền đứt, không nối vào đường, là số liệu bị nghi vấn: ${doubted.map((r) => `${reported(r.tong)} (${formatIsoDate(r.ngay)})`).join(', ')}; xem ghi chú trong bảng.` : ''} Năm ${PLAN.year} được tô màu: Kế hoạch đặt mục tiêu thêm ${formatNumber(PLAN_TOTALS.tong)} sản phẩm trong năm; Kế hoạch không nêu số gốc nên biểu đồ không vẽ đường mục tiêu.`
        : 'Chưa có số liệu.',
    layout: layoutTimeline(
      totals.map((r) => ({id: `${r.ngay}-${r.line}`, date: r.ngay, value: r.tong.value, lowerBound: r.tong.lowerBound, doubted: r.doubted})),
      {
        width: size.width,
        height: size.height ?? 250,
        goalYear: PLAN.year,
        goalLabel: [`Năm ${PLAN.year} (vùng tô): Kế hoạch ${PLAN.number}`, `đặt mục tiêu thêm ${formatNumber(PLAN_TOTALS.tong)} sản phẩm`],
      },
    ),
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
    csvHref: links.file('ocop-totals.csv'),
    csvName: 'ocop-totals.csv',
    svgHref: links.svg(CHART_FILES.timeline),
    pictures: pictureLinks(links, CHART_FILES.timeline),
  };
}
