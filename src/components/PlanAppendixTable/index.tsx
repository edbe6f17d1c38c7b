/**
 * The plan's appendix table, rendered from data/targets.csv (the one copy of
 * these figures) with the plan's own column headers and its "Tổng" row.
 * Empty cells in the plan stay empty here; screen readers hear "0".
 */
import type {ReactNode} from 'react';
import {APPENDIX_COLUMNS as C} from '@site/src/plan/appendix';
import {formatNumber} from '@site/src/format';
import styles from './styles.module.css';

export interface AppendixRow {
  ma_don_vi: string;
  don_vi: string;
  tong: number;
  sao_5: number;
  sao_4: number;
  sao_3: number;
}

function Cell({n}: {n: number}): ReactNode {
  return <td className="num">{n === 0 ? <span className="visually-hidden">0</span> : formatNumber(n)}</td>;
}

export default function PlanAppendixTable({rows, totals}: {rows: readonly AppendixRow[]; totals: Omit<AppendixRow, 'ma_don_vi' | 'don_vi'>}): ReactNode {
  return (
    <div className={`table-scroll ${styles.wrap}`} tabIndex={0} role="region" aria-label="Bảng phụ lục: số sản phẩm OCOP năm 2025 theo địa phương">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{C.tt}</th>
            <th scope="col">{C.donVi}</th>
            <th scope="col" className="num">{C.tong}</th>
            <th scope="col" className="num">{C.sao5}</th>
            <th scope="col" className="num">{C.sao4}</th>
            <th scope="col" className="num">{C.sao3}</th>
          </tr>
        </thead>
        <tbody>
          <tr className={styles.total}>
            <td />
            <th scope="row">{C.totalRow}</th>
            <Cell n={totals.tong} />
            <Cell n={totals.sao_5} />
            <Cell n={totals.sao_4} />
            <Cell n={totals.sao_3} />
          </tr>
          {rows.map((r, i) => (
            <tr key={r.ma_don_vi}>
              <td className="num">{i + 1}</td>
              <th scope="row">{r.don_vi}</th>
              <Cell n={r.tong} />
              <Cell n={r.sao_5} />
              <Cell n={r.sao_4} />
              <Cell n={r.sao_3} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
