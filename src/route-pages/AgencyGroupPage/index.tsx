/** Route /co-quan/nhom/<group>/ (added by the ocop-data plugin): the matrix filtered to one task group. */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {GroupPageData} from '../../agencies/pages';
import styles from '../styles.module.css';
import GroupContent from './GroupContent';

export default function AgencyGroupPage({page}: {page: GroupPageData}): ReactNode {
  const {group} = page;
  return (
    <Layout
      title={`${group.label}: cơ quan nào làm gì`}
      description={`Các cơ quan, đơn vị có nhiệm vụ thuộc nhóm “${group.label}” (${group.citation}) trong Kế hoạch 36/KH-UBND về Chương trình OCOP năm 2025 tỉnh Thanh Hóa, trích nguyên văn.`}>
      <main className={`container margin-vert--lg ${styles.main}`}>
        <GroupContent page={page} />
      </main>
    </Layout>
  );
}
