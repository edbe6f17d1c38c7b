/** The plan's targets: one row per unit (linked to its page) and a totals row. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SortableTable, {type SortableColumn, type SortableRow} from '../SortableTable';
import type {StarCounts} from '../../datasets/plan36';
import type {UnitSummary} from '../../plugins/ocop-data/pageData';
import {formatNumber} from '../../format';

const COLUMNS: SortableColumn[] = [
  {key: 'don_vi', label: 'Đơn vị', numeric: false},
  {key: 'tong', label: 'Tổng', numeric: true},
  {key: 'sao_5', label: '5 sao', numeric: true},
  {key: 'sao_4', label: '4 sao', numeric: true},
  {key: 'sao_3', label: '3 sao', numeric: true},
];

const KEYS = ['tong', 'sao_5', 'sao_4', 'sao_3'] as const;

export default function TargetTable({units, totals, caption}: {units: readonly UnitSummary[]; totals: StarCounts; caption: ReactNode}): ReactNode {
  const rows: SortableRow[] = units.map((u) => ({
    key: u.ma_don_vi,
    cells: [{display: <Link to={u.path}>{u.don_vi}</Link>, sortValue: u.sortName}, ...KEYS.map((k) => ({display: formatNumber(u.target[k]), sortValue: u.target[k]}))],
  }));
  return <SortableTable caption={caption} columns={COLUMNS} rows={rows} footer={['Toàn tỉnh', ...KEYS.map((k) => formatNumber(totals[k]))]} />;
}
