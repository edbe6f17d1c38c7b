/** Route /co-quan/ (added by the ocop-data plugin): the bodies of Part IV and the responsibility matrix. */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {AgencyIndexData} from '../../agencies/pages';
import styles from '../styles.module.css';
import AgenciesContent from './AgenciesContent';

export default function AgenciesPage({page}: {page: AgencyIndexData}): ReactNode {
  return (
    <Layout
      title="Trách nhiệm các cơ quan"
      description={`Phần IV của Kế hoạch 36/KH-UBND giao nhiệm vụ cho ${page.agencies.length} cơ quan, đơn vị: danh sách, bảng trách nhiệm chủ trì, phối hợp theo nhóm nhiệm vụ và tra cứu theo nhu cầu hỗ trợ của chủ thể OCOP.`}>
      <main className={`container margin-vert--lg ${styles.main}`}>
        <AgenciesContent page={page} />
      </main>
    </Layout>
  );
}
