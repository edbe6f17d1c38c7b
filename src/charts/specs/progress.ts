/** Chart 2 (/chi-tieu/): new products recognised against each unit's target, in the order of chart 1. */
import {PLAN, PLAN_TOTALS} from '../../datasets/plan36';
import {formatIsoDate, formatNumber, formatPercent} from '../../format';
import {describeProgress, layoutProgressBars, NO_DATA_TEXT} from '../layoutProgressBars';
import {pictureLinks} from './common';
import {unitsByTarget} from './targetsByUnit';
import {CHART_FILES, PAGE_CHART_SIZE, type ChartData, type ChartInput, type ChartSize} from './types';

export function progressChart(input: ChartInput, size: ChartSize = PAGE_CHART_SIZE): ChartData {
  const {provinceAchieved, progressAsOf, links} = input;
  const byTarget = unitsByTarget(input);
  return {
    kind: 'progress-bars',
    id: CHART_FILES.progress,
    title: `Tiến độ: sản phẩm OCOP mới được công nhận so với chỉ tiêu năm ${PLAN.year}`,
    description:
      provinceAchieved === null
        ? `Mỗi hàng là một đơn vị: khung xám dài bằng chỉ tiêu. Chưa có số liệu công nhận sản phẩm nào trong năm ${PLAN.year}, nên chưa có thanh tiến độ.`
        : `Mỗi hàng là một đơn vị: khung xám dài bằng chỉ tiêu, thanh xanh dài bằng số sản phẩm mới đã được công nhận. Toàn tỉnh đạt ${describeProgress(provinceAchieved.tong, PLAN_TOTALS.tong)}.`,
    layout: layoutProgressBars(
      byTarget.map((u) => ({id: u.ma_don_vi, label: u.shortName, target: u.target.tong, achieved: u.achieved?.tong ?? null})),
      {width: size.width},
    ),
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
    asOf: progressAsOf === null ? `${NO_DATA_TEXT}: chưa có quyết định công nhận nào được ghi` : `${formatIsoDate(progressAsOf)} (quyết định mới nhất được ghi)`,
    csvHref: links.file('recognitions.csv'),
    csvName: 'recognitions.csv',
    svgHref: links.svg(CHART_FILES.progress),
    pictures: pictureLinks(links, CHART_FILES.progress),
  };
}
