/**
 * Targets against new products recognised, by star, and % achieved.
 * A unit with no reported figures shows "chưa có số liệu", never 0 %.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SortableTable, {type SortableCell, type SortableColumn, type SortableRow} from '../SortableTable';
import type {StarCounts} from '../../datasets/plan36';
import type {UnitSummary} from '../../plugins/ocop-data/pageData';
import {describeRatio, NO_DATA_TEXT} from '../../charts/layoutProgressBars';
import {formatNumber, formatPercent} from '../../format';

const COLUMNS: SortableColumn[] = [
  {key: 'don_vi', label: 'Đơn vị', numeric: false},
  {key: 'chi_tieu', label: 'Chỉ tiêu', numeric: true},
  {key: 'dat', label: 'Đã công nhận (mới)', numeric: true},
  {key: 'sao_5', label: '5 sao: đạt/chỉ tiêu', numeric: true},
  {key: 'sao_4', label: '4 sao: đạt/chỉ tiêu', numeric: true},
  {key: 'sao_3', label: '3 sao: đạt/chỉ tiêu', numeric: true},
  {key: 'ty_le', label: 'Tỷ lệ đạt', numeric: true},
];

const STARS = ['sao_5', 'sao_4', 'sao_3'] as const;

function NoData(): ReactNode {
  return <span className="no-data">{NO_DATA_TEXT}</span>;
}

function NoDataShort(): ReactNode {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{NO_DATA_TEXT}</span>
    </>
  );
}

interface Figures {
  target: StarCounts;
  achieved: StarCounts | null;
  ratio: number | null;
}

function figureCells({target, achieved, ratio}: Figures): SortableCell[] {
  return [
    {display: formatNumber(target.tong), sortValue: target.tong},
    achieved === null ? {display: <NoData />, sortValue: null} : {display: formatNumber(achieved.tong), sortValue: achieved.tong},
    ...STARS.map((k): SortableCell =>
      achieved === null
        ? {display: <NoDataShort />, sortValue: null}
        : {display: `${formatNumber(achieved[k])}/${formatNumber(target[k])}`, sortValue: achieved[k]},
    ),
    ratio === null ? {display: achieved === null ? <NoData /> : 'không giao chỉ tiêu', sortValue: null} : {display: describeRatio(ratio), sortValue: ratio},
  ];
}

export default function ProgressTable({units, province, caption}: {units: readonly UnitSummary[]; province: Figures; caption: ReactNode}): ReactNode {
  const rows: SortableRow[] = units.map((u) => ({
    key: u.ma_don_vi,
    cells: [{display: <Link to={u.path}>{u.don_vi}</Link>, sortValue: u.sortName}, ...figureCells(u)],
  }));
  return <SortableTable caption={caption} columns={COLUMNS} rows={rows} footer={['Toàn tỉnh', ...figureCells(province).map((c) => c.display)]} />;
}
