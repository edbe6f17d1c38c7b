/** Chart 4 (/chi-tieu/): a tile-grid map of the units, coloured by target. */
import {PLAN} from '../../datasets/plan36';
import {formatNumber} from '../../format';
import {layoutTileGrid} from '../layoutTileGrid';
import {SEQUENTIAL_SWATCHES} from '../palette';
import {pictureLinks, PLAN_AS_OF, PLAN_SOURCE} from './common';
import {CHART_FILES, PAGE_CHART_SIZE, type ChartData, type ChartInput, type ChartSize} from './types';

/** Class breaks of the targets (products): 1–4, 5–7, 8–10, 11 or more. */
export const TILE_THRESHOLDS = [4, 7, 10] as const;

export function tileMapChart({units, tileGrid, links}: ChartInput, size: ChartSize = PAGE_CHART_SIZE): ChartData {
  const positions = new Map(tileGrid.map((p) => [p.ma_don_vi, p]));
  return {
    kind: 'tile-grid',
    id: CHART_FILES.tileGrid,
    title: `Bản đồ ô vuông: chỉ tiêu năm ${PLAN.year} của ${units.length} đơn vị cấp huyện`,
    description: `Mỗi ô vuông là một đơn vị, đặt gần đúng theo vị trí địa lý: miền núi phía tây ở bên trái, ven biển ở bên phải, phía bắc ở trên. Mỗi ô ghi tên và chỉ tiêu của đơn vị; màu càng đậm, chỉ tiêu càng cao.`,
    layout: layoutTileGrid(
      units.flatMap((u) => {
        const p = positions.get(u.ma_don_vi);
        return p ? [{id: u.ma_don_vi, label: u.shortName, row: p.hang, col: p.cot, value: u.target.tong}] : [];
      }),
      {width: size.width, thresholds: [...TILE_THRESHOLDS], swatches: SEQUENTIAL_SWATCHES, maxLabelChars: 7, legendTitle: 'Chỉ tiêu (số sản phẩm), màu càng đậm càng nhiều:'},
    ),
    table: {
      caption: 'Số liệu của bản đồ: vị trí ô và chỉ tiêu',
      columns: [
        {label: 'Đơn vị', numeric: false},
        {label: 'Hàng (đếm từ 1)', numeric: true},
        {label: 'Cột (đếm từ 1)', numeric: true},
        {label: 'Chỉ tiêu', numeric: true},
      ],
      rows: units.map((u) => {
        const p = positions.get(u.ma_don_vi);
        return [u.don_vi, p ? formatNumber(p.hang + 1) : '', p ? formatNumber(p.cot + 1) : '', formatNumber(u.target.tong)];
      }),
    },
    source: `${PLAN_SOURCE}; vị trí ô: tile-grid.csv`,
    asOf: PLAN_AS_OF,
    csvHref: links.file('tile-grid.csv'),
    csvName: 'tile-grid.csv',
    svgHref: links.svg(CHART_FILES.tileGrid),
    pictures: pictureLinks(links, CHART_FILES.tileGrid),
  };
}
