/** Route /du-lieu/ (added by the ocop-data plugin). */
import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {DataPageData} from '../../plugins/ocop-data/pageData';
import styles from '../styles.module.css';
import DataContent from './DataContent';

export default function DataPage({page}: {page: DataPageData}): ReactNode {
  return (
    <Layout
      title="Dữ liệu mở"
      description="Tải các tệp CSV về chỉ tiêu và tiến độ Chương trình OCOP năm 2025 tỉnh Thanh Hóa, kèm từ điển dữ liệu, giấy phép và cách trích dẫn.">
      <main className={`container margin-vert--lg ${styles.main}`}>
        <DataContent page={page} />
      </main>
    </Layout>
  );
}
