/** Chart 1 (/chi-tieu/): each unit's 2025 target, stacked by star, from the highest target to the lowest. */
import {PLAN, PLAN_TOTALS} from '../../datasets/plan36';
import {formatNumber} from '../../format';
import {layoutStackedBars} from '../layoutStackedBars';
import {STAR_SWATCHES} from '../palette';
import {pictureLinks, PLAN_AS_OF, PLAN_SOURCE, STAR_HEADERS, starCells} from './common';
import {CHART_FILES, PAGE_CHART_SIZE, type ChartData, type ChartInput, type ChartSize, type ChartUnit} from './types';

export function unitsByTarget(input: ChartInput): ChartUnit[] {
  return targetsLayout(input).rows.map((r) => input.units.find((u) => u.ma_don_vi === r.id)!);
}

function targetsLayout({units}: ChartInput, size: ChartSize = PAGE_CHART_SIZE) {
  return layoutStackedBars(
    units.map((u) => ({id: u.ma_don_vi, label: u.shortName, values: [u.target.sao_5, u.target.sao_4, u.target.sao_3]})),
    [
      {key: 'sao_5', label: '5 sao', swatch: STAR_SWATCHES.sao_5},
      {key: 'sao_4', label: '4 sao', swatch: STAR_SWATCHES.sao_4},
      {key: 'sao_3', label: '3 sao', swatch: STAR_SWATCHES.sao_3},
    ],
    {width: size.width},
  );
}

export function targetsChart(input: ChartInput, size: ChartSize = PAGE_CHART_SIZE): ChartData {
  const {units, links} = input;
  const layout = targetsLayout(input, size);
  const byTarget = unitsByTarget(input);
  const top = byTarget[0]!;
  const bottom = byTarget[byTarget.length - 1]!;
  return {
    kind: 'stacked-bars',
    id: CHART_FILES.targets,
    title: `Chỉ tiêu sản phẩm OCOP mới năm ${PLAN.year} theo đơn vị, chia theo hạng sao`,
    description: `Biểu đồ thanh ngang, mỗi thanh là một trong ${units.length} đơn vị cấp huyện, xếp từ chỉ tiêu cao đến thấp; mỗi thanh chia thành 5 sao, 4 sao và 3 sao. Cao nhất là ${top.shortName} với ${formatNumber(top.target.tong)} sản phẩm, thấp nhất ${formatNumber(bottom.target.tong)} sản phẩm; toàn tỉnh ${formatNumber(PLAN_TOTALS.tong)} sản phẩm.`,
    layout,
    table: {
      caption: 'Số liệu của biểu đồ: chỉ tiêu theo đơn vị, xếp từ cao đến thấp',
      columns: [{label: 'Đơn vị', numeric: false}, ...STAR_HEADERS],
      rows: byTarget.map((u) => [u.don_vi, ...starCells(u.target)]),
    },
    source: PLAN_SOURCE,
    asOf: PLAN_AS_OF,
    csvHref: links.file('targets.csv'),
    csvName: 'targets.csv',
    svgHref: links.svg(CHART_FILES.targets),
    pictures: pictureLinks(links, CHART_FILES.targets),
  };
}
