/** Route /co-quan/ho-tro/ (added by the ocop-data plugin): "Tôi cần hỗ trợ về…". */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {NeedsPageData} from '../../agencies/pages';
import styles from '../styles.module.css';
import NeedsContent from './NeedsContent';

export default function AgencyNeedsPage({page}: {page: NeedsPageData}): ReactNode {
  return (
    <Layout
      title="Tôi cần hỗ trợ về…"
      description="Chủ thể OCOP cần hỗ trợ về an toàn thực phẩm, nhãn hiệu, bao bì, thương mại điện tử, vay vốn, đào tạo, hồ sơ đánh giá hay hội chợ: cơ quan nào được Kế hoạch 36/KH-UBND giao việc đó, trích nguyên văn.">
      <main className={`container margin-vert--lg ${styles.main}`}>
        <NeedsContent page={page} />
      </main>
    </Layout>
  );
}
