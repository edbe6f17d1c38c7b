/**
 * Body of /chi-tieu/: targets, progress, charts and how to read them.
 * Kept free of theme imports so that tests can render it directly.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ChartFigure from '../../components/ChartFigure';
import ProgressTable from '../../components/ProgressTable';
import SourceList from '../../components/SourceList';
import TargetTable from '../../components/TargetTable';
import {SOURCES} from '../../content/sources';
import {formatIsoDate, formatNumber, formatPercent} from '../../format';
import {describeRatio} from '../../charts/layoutProgressBars';
import type {TargetsPageData} from '../../plugins/ocop-data/pageData';
import {PlanStatusView} from '../../components/PlanStatus/View';
import styles from '../styles.module.css';

export default function TargetsContent({page}: {page: TargetsPageData}): ReactNode {
  const {plan, units, province, charts} = page;
  const t = plan.totals;
  return (
    <>
      <h1>Chỉ tiêu và tiến độ</h1>
      <p className={styles.lead}>
        Năm {plan.year}, tỉnh Thanh Hóa phấn đấu có thêm {formatNumber(t.tong)} sản phẩm OCOP: {formatNumber(t.sao_5)} sản phẩm 5 sao,{' '}
        {formatNumber(t.sao_4)} sản phẩm 4 sao và {formatNumber(t.sao_3)} sản phẩm 3 sao. Kế hoạch {plan.number} ngày {plan.dateText} giao chỉ tiêu cho{' '}
        {formatNumber(units.length)} đơn vị cấp huyện.
      </p>
      <PlanStatusView status={page.status} />

      <div className={styles.summary}>
        <div className={styles.summaryBox}>
          <p>Mục tiêu năm {plan.year}</p>
          <p className={styles.bigNumber}>{formatNumber(t.tong)}</p>
          <p>sản phẩm OCOP mới</p>
        </div>
        <div className={styles.summaryBox}>
          <p>Đã công nhận (sản phẩm mới)</p>
          {province.achieved === null ? (
            <p>
              <strong>Chưa có quyết định nào được ghi</strong> (<a href="#tien-do">xem Tiến độ</a>)
            </p>
          ) : (
            <>
              <p className={styles.bigNumber}>
                {formatNumber(province.achieved.tong)}/{formatNumber(t.tong)}
              </p>
              <p>
                {province.ratio === null ? '' : `đạt ${describeRatio(province.ratio)}`}
                {province.asOf && `, tính đến ${formatIsoDate(province.asOf)}`}
              </p>
            </>
          )}
        </div>
      </div>

      <nav aria-label="Trên trang này" className={styles.onThisPage}>
        <p>Trên trang này:</p>
        <ul>
          <li><a href="#chi-tieu-theo-don-vi">Chỉ tiêu theo đơn vị</a></li>
          <li><a href="#tien-do">Tiến độ</a></li>
          <li><a href="#bieu-do">Biểu đồ</a></li>
          <li><a href="#cach-doc-so-lieu">Cách đọc số liệu</a></li>
          <li><a href="#nguon">Nguồn</a></li>
        </ul>
      </nav>

      <div className={styles.note}>
        <p>
          <strong>Lưu ý:</strong> từ ngày 01/07/2025, chính quyền cấp huyện không còn hoạt động; tỉnh Thanh Hóa có 166 đơn vị cấp xã (147 xã, 19
          phường). Chỉ tiêu trên trang này vẫn theo {formatNumber(units.length)} đơn vị cấp huyện như Kế hoạch ban hành ngày {plan.dateText}.
        </p>
      </div>

      <Heading as="h2" id="chi-tieu-theo-don-vi">Chỉ tiêu theo đơn vị</Heading>
      <TargetTable units={units} totals={t} caption={`Chỉ tiêu sản phẩm OCOP mới năm ${plan.year} theo đơn vị (số sản phẩm)`} />
      <p className={styles.sourceLine}>
        Nguồn: phụ lục <Link to="/ke-hoach/">Kế hoạch {plan.number}</Link>. Chọn tên đơn vị để xem chi tiết.
      </p>

      <Heading as="h2" id="tien-do">Tiến độ</Heading>
      <p>
        Chỉ tính sản phẩm <strong>mới</strong> được công nhận trong năm {plan.year}. Sản phẩm được công nhận lại khi giấy chứng nhận hết hạn 36 tháng
        được liệt kê ở trang của từng đơn vị nhưng không được tính vào mục tiêu.
      </p>
      {/* Said once while there is nothing to count, rather than "chưa có số liệu" in every cell of a table and chart. */}
      {province.achieved === null ? (
        <p className={styles.noDecision}>
          <strong>Chưa có quyết định công nhận nào được ghi.</strong> Trang này chưa ghi quyết định công nhận sản phẩm OCOP nào của năm {plan.year}, nên
          chưa có bảng và biểu đồ tiến độ theo đơn vị; chỉ tiêu của từng đơn vị ở bảng trên. Khi có quyết định kèm nguồn kiểm chứng, số liệu sẽ được
          cập nhật.
        </p>
      ) : (
        <>
          <p>Số liệu tính đến ngày {formatIsoDate(province.asOf ?? '')} (ngày của quyết định mới nhất được ghi).</p>
          <ProgressTable units={units} province={province} caption={`Tiến độ theo đơn vị: sản phẩm mới đã công nhận so với chỉ tiêu năm ${plan.year}`} />
        </>
      )}

      <Heading as="h2" id="bieu-do">Biểu đồ</Heading>
      {charts.map((chart) => (
        <section key={chart.id} aria-labelledby={`tieu-de-${chart.id}`}>
          <Heading as="h3" id={`tieu-de-${chart.id}`}>{chart.title}</Heading>
          <ChartFigure chart={chart} />
        </section>
      ))}

      <Heading as="h2" id="cach-doc-so-lieu">Cách đọc số liệu</Heading>
      <ul>
        <li>
          Chỉ tiêu lấy từ phụ lục Kế hoạch {plan.number}. Cộng các đơn vị được đúng {formatNumber(t.tong)} sản phẩm ({formatNumber(t.sao_5)} sản phẩm 5
          sao, {formatNumber(t.sao_4)} sản phẩm 4 sao, {formatNumber(t.sao_3)} sản phẩm 3 sao), bằng mục tiêu ở mục II.1 của Kế hoạch.
        </li>
        <li>
          Khi Kế hoạch được ban hành, sản phẩm 5 sao do Trung ương công nhận, 4 sao do cấp tỉnh, 3 sao do cấp huyện (Quyết định 148/QĐ-TTg).
          Quyết định 1489/QĐ-TTg ngày 06/07/2025 chuyển việc đánh giá sản phẩm 3 sao từ cấp huyện lên cấp tỉnh.
        </li>
        <li>
          Biểu đồ tổng số sản phẩm OCOP của tỉnh dùng số liệu do báo chí đưa tin, không phải báo cáo tổng kết chính thức. Đầu năm 2025 các nguồn
          ghi số khác nhau; trang giữ tất cả, mỗi số có ghi chú trong bảng số liệu của biểu đồ. Một số liệu trên báo không ghi ngày nên không
          được đưa vào.
        </li>
        <li>
          Kế hoạch đặt mục tiêu <em>thêm</em> {formatNumber(t.tong)} sản phẩm trong năm {plan.year} nhưng không nêu số sản phẩm đã có trước đó. Vì vậy
          biểu đồ chỉ tô màu năm {plan.year} và ghi mục tiêu, không vẽ một đường mục tiêu tự tính.
        </li>
      </ul>
      <p>
        Tất cả số liệu trên trang này đều có thể <Link to="/du-lieu/">tải về ở trang Dữ liệu mở</Link>.
      </p>

      <Heading as="h2" id="nguon">Nguồn</Heading>
      <SourceList sources={[SOURCES.plan, SOURCES.planTarget, SOURCES.twoTierDecision, SOURCES.districtsEnd, SOURCES.communes166, SOURCES.decision1489, SOURCES.validity36Months]} />
    </>
  );
}
