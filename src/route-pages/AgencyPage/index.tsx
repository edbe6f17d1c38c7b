/** Route /co-quan/<slug>/ (added by the ocop-data plugin, one per body of Part IV). */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {AgencyPageData} from '../../agencies/pages';
import styles from '../styles.module.css';
import AgencyContent from './AgencyContent';

export default function AgencyPage({page}: {page: AgencyPageData}): ReactNode {
  const {agency} = page;
  return (
    <Layout
      // Short: a <title> over 70 characters is cut in search results (src/pageTitle.ts).
      title={`${agency.shortName}: nhiệm vụ OCOP 2025`}
      description={`Nhiệm vụ của ${agency.name} trong Kế hoạch 36/KH-UBND về Chương trình OCOP năm 2025 tỉnh Thanh Hóa (mục IV.${agency.item}), trích nguyên văn, kèm vai trò chủ trì, phối hợp và nhóm nhiệm vụ.`}>
      <main className={`container margin-vert--lg ${styles.main}`}>
        <AgencyContent page={page} />
      </main>
    </Layout>
  );
}
