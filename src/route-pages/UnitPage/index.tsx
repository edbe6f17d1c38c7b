/** Route /chi-tieu/<ma_don_vi>/ (added by the ocop-data plugin, one per unit). */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import {formatNumber} from '../../format';
import type {UnitPageData} from '../../plugins/ocop-data/pageData';
import styles from '../styles.module.css';
import UnitContent from './UnitContent';

export default function UnitPage({page}: {page: UnitPageData}): ReactNode {
  const {unit, plan} = page;
  const t = unit.target;
  return (
    <Layout
      title={`${unit.don_vi}: chỉ tiêu OCOP năm ${plan.year}`}
      description={`Chỉ tiêu OCOP năm ${plan.year} của ${unit.don_vi} theo Kế hoạch ${plan.number}: thêm ${formatNumber(t.tong)} sản phẩm (${formatNumber(t.sao_5)} sản phẩm 5 sao, ${formatNumber(t.sao_4)} sản phẩm 4 sao, ${formatNumber(t.sao_3)} sản phẩm 3 sao), tiến độ và sản phẩm được công nhận.`}>
      <main className={`container margin-vert--lg ${styles.main}`}>
        <UnitContent page={page} />
      </main>
    </Layout>
  );
}
