/** Route /chi-tieu/ (added by the ocop-data plugin). */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {TargetsPageData} from '../../plugins/ocop-data/pageData';
import styles from '../styles.module.css';
import TargetsContent from './TargetsContent';

export default function TargetsPage({page}: {page: TargetsPageData}): ReactNode {
  return (
    <Layout
      title="Chỉ tiêu và tiến độ"
      description={`Chỉ tiêu ${page.plan.totals.tong} sản phẩm OCOP mới năm ${page.plan.year} của ${page.units.length} đơn vị cấp huyện tỉnh Thanh Hóa theo Kế hoạch ${page.plan.number}, tiến độ công nhận và biểu đồ.`}>
      <main className={`container margin-vert--lg ${styles.main}`}>
        <TargetsContent page={page} />
      </main>
    </Layout>
  );
}
