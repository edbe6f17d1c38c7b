/**
 * /nguon/ ("Nguồn tham khảo"): the register of outside sources the site
 * cites (src/content/sources.ts), grouped, each with its publisher's site,
 * its date as given, what it supports on this site and its address. The
 * page is made from the register alone: add a source there, not here.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {SOURCE_GROUPS, sourceSite, sourcesInGroup} from '@site/src/content/sources';
import styles from '@site/src/route-pages/styles.module.css';

export default function SourcesPage(): ReactNode {
  return (
    <Layout
      title="Nguồn tham khảo"
      description="Các văn bản và bài viết công khai mà trang thông tin OCOP Thanh Hóa 2025 dẫn làm nguồn: ngày của từng nguồn và điều trang nêu dựa trên nguồn đó.">
      <main className={`container margin-vert--lg ${styles.main}`}>
        <h1>Nguồn tham khảo</h1>
        <p className={styles.lead}>
          Các trang công khai mà trang này dẫn làm nguồn cho những điều nêu ngoài văn bản Kế hoạch: mỗi nguồn kèm trang đăng, ngày như nguồn ghi và điều
          trang này nêu dựa trên nguồn đó. Ngày có dấu "≈" là ngày ước tính; "không ghi ngày" là nguồn không ghi ngày đăng.
        </p>
        <p>
          Nguồn của từng con số tổng số sản phẩm OCOP của tỉnh ghi ngay bên số liệu ở trang <Link to="/chi-tieu/">Chỉ tiêu và tiến độ</Link> và trong
          tệp <code>ocop-totals.csv</code> ở trang <Link to="/du-lieu/">Dữ liệu mở</Link>; bài tin và bài học ghi nguồn ở cuối mỗi bài. Địa chỉ của một số
          nguồn có thể đã thay đổi sau ngày trang dẫn.
        </p>
        {SOURCE_GROUPS.map((group) => (
          <section key={group.key} aria-labelledby={`nguon-${group.key}`}>
            <Heading as="h2" id={`nguon-${group.key}`}>
              {group.title}
            </Heading>
            <ul>
              {sourcesInGroup(group.key).map((s) => (
                <li key={s.href}>
                  <a href={s.href}>{s.label}</a>. Trang: {sourceSite(s.href)}. Ngày: {s.date}. Dùng cho: {s.supports}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
