/**
 * Home page (route / added by the ocop-data plugin, so that progress comes
 * from data/recognitions.csv through createData): the plan's headline
 * target and progress, then one entry point for each of the site's three
 * audiences (the public, trainees, communications staff).
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {formatIsoDate, formatNumber, formatPercent} from '@site/src/format';
import type {HomePageData} from '@site/src/plugins/ocop-data/pageData';
import {DATA_UPDATE_GUIDE_PATH} from '@site/src/site/paths';
import {PLAN} from '@site/src/datasets/plan36';
import {PlanStatusView} from '@site/src/components/PlanStatus/View';
import styles from './styles.module.css';

interface Audience {
  title: string;
  text: string;
  links: {to: string; label: string}[];
}

const AUDIENCES: Audience[] = [
  {
    title: 'Người dân, doanh nghiệp',
    text: 'Kế hoạch nói gì, huyện tôi được giao bao nhiêu sản phẩm, đến nay đạt bao nhiêu, cơ quan nào hỗ trợ chủ thể sản xuất.',
    links: [
      {to: '/ke-hoach/', label: 'Đọc Kế hoạch 36/KH-UBND'},
      {to: '/chi-tieu/', label: 'Chỉ tiêu và tiến độ theo đơn vị'},
      {to: '/co-quan/', label: 'Cơ quan nào làm gì'},
    ],
  },
  {
    title: 'Học viên, cán bộ và chủ thể OCOP',
    text: 'Tài liệu học từng bước cho cán bộ cấp huyện, xã và chủ thể sản xuất: chu trình OCOP, đánh giá và phân hạng sao, hồ sơ.',
    links: [
      {to: '/dao-tao/', label: 'Tài liệu đào tạo'},
      {to: '/chu-trinh-ocop/', label: 'Chu trình OCOP và cách chấm sao'},
    ],
  },
  {
    title: 'Cán bộ truyền thông',
    text: 'Đăng tin, cập nhật số liệu tiến độ trong các tệp CSV và kiểm tra trước khi xuất bản.',
    links: [
      {to: '/huong-dan-bien-tap/', label: 'Hướng dẫn biên tập: viết và đăng tin'},
      {to: DATA_UPDATE_GUIDE_PATH, label: 'Hướng dẫn cập nhật số liệu'},
      {to: '/tin-tuc/', label: 'Tin tức'},
      {to: '/du-lieu/', label: 'Dữ liệu mở và từ điển dữ liệu'},
    ],
  },
];

function Progress({data}: {data: HomePageData}): ReactNode {
  const {achieved, ratio, asOf} = data.province;
  return (
    <p className={styles.progress}>
      <strong>Tiến độ:</strong>{' '}
      {achieved === null ? (
        <>chưa có số liệu về sản phẩm được công nhận trong năm {data.plan.year}.</>
      ) : (
        <>
          đã công nhận {formatNumber(achieved.tong)}/{formatNumber(data.plan.totals.tong)} sản phẩm mới
          {ratio !== null && ` (${formatPercent(ratio)})`}
          {asOf !== null && `, tính đến ${formatIsoDate(asOf)}`}.
        </>
      )}{' '}
      <Link to="/chi-tieu/#tien-do">Xem tiến độ theo đơn vị</Link>
    </p>
  );
}

export default function Home({page}: {page: HomePageData}): ReactNode {
  const t = page.plan.totals;
  return (
    <Layout
      title="Trang chủ"
      description={`${PLAN.title}: phấn đấu có thêm ${t.tong} sản phẩm OCOP trong năm 2025.`}>
      <main id="noi-dung" className={styles.main}>
        <section className={styles.hero} aria-labelledby="tieu-de-trang">
          <div className="container">
            <Heading as="h1" id="tieu-de-trang" className={styles.title}>
              Chương trình OCOP tỉnh Thanh Hóa năm 2025
            </Heading>
            <p className={styles.lead}>
              Thông tin công khai về Kế hoạch số {PLAN.number} ngày {PLAN.dateText} của{' '}
              {PLAN.issuer} thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2025.
            </p>
            <div className={styles.target}>
              <p className={styles.targetLead}>Mục tiêu năm 2025: toàn tỉnh có thêm</p>
              <p className={styles.targetNumber}>
                <strong>{formatNumber(t.tong)}</strong> sản phẩm OCOP
              </p>
              <ul className={styles.stars} aria-label="Trong đó">
                <li>
                  <strong>{formatNumber(t.sao_5)}</strong> sản phẩm 5 sao
                </li>
                <li>
                  <strong>{formatNumber(t.sao_4)}</strong> sản phẩm 4 sao
                </li>
                <li>
                  <strong>{formatNumber(t.sao_3)}</strong> sản phẩm 3 sao
                </li>
              </ul>
              <Progress data={page} />
              <p className={styles.source}>
                Nguồn: <Link to="/ke-hoach/">Kế hoạch {PLAN.number}, mục II.1</Link>
              </p>
            </div>
          </div>
        </section>
        <div className="container">
          <PlanStatusView status={page.status} />
        </div>
        <section className="container" aria-labelledby="danh-cho-ai">
          <Heading as="h2" id="danh-cho-ai" className={styles.sectionTitle}>
            Bạn cần gì?
          </Heading>
          <div className={styles.audiences}>
            {AUDIENCES.map((a) => (
              <div key={a.title} className={styles.card}>
                <Heading as="h3">{a.title}</Heading>
                <p>{a.text}</p>
                <ul>
                  {a.links.map((l) => (
                    <li key={l.to}>
                      <Link to={l.to}>{l.label}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      </main>
    </Layout>
  );
}
