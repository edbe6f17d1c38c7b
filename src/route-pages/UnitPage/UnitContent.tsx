/** Body of /chi-tieu/<ma_don_vi>/: one unit's targets, progress and recognised products. */
import {inSentence} from '../../text/vietnamese';
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import SourceList from '../../components/SourceList';
import {describeRatio, NO_DATA_TEXT} from '../../charts/layoutProgressBars';
import {SOURCES} from '../../content/sources';
import {formatNumber, formatPercent} from '../../format';
import type {UnitPageData} from '../../plugins/ocop-data/pageData';
import Breadcrumbs from '../Breadcrumbs';
import styles from '../styles.module.css';

const STARS = [
  ['sao_5', '5 sao'],
  ['sao_4', '4 sao'],
  ['sao_3', '3 sao'],
] as const;

export default function UnitContent({page}: {page: UnitPageData}): ReactNode {
  const {unit, products, plan, previous, next} = page;
  const {target, achieved} = unit;
  return (
    <>
      <Breadcrumbs parent={{to: '/chi-tieu/', label: 'Chỉ tiêu và tiến độ'}} current={unit.don_vi} />
      <h1>{unit.don_vi}: chỉ tiêu OCOP năm {plan.year}</h1>
      <p className={styles.lead}>
        Theo Kế hoạch {plan.number}, năm {plan.year} {inSentence(unit.don_vi)} phấn đấu có thêm <strong>{formatNumber(target.tong)} sản phẩm OCOP</strong>.
      </p>

      <div className={styles.note}>
        <p>
          <strong>Lưu ý:</strong> từ ngày 01/07/2025, chính quyền cấp huyện không còn hoạt động; {unit.don_vi} không còn là một đơn vị hành chính.
          Địa bàn này nay thuộc các xã, phường mới của tỉnh (toàn tỉnh có 166 xã, phường). Trang này giữ chỉ tiêu như Kế hoạch ban hành ngày{' '}
          {plan.dateText}. Nguồn:{' '}
          <a href={SOURCES.districtsEnd.href}>Báo điện tử Chính phủ, {SOURCES.districtsEnd.date}</a> (tiếng Anh);{' '}
          <a href={SOURCES.communes166.href}>ai24hexpress.com (dẫn VnExpress), {SOURCES.communes166.date}</a>.
        </p>
      </div>

      <Heading as="h2" id="chi-tieu">Chỉ tiêu và tiến độ</Heading>
      <div className="table-scroll">
        <table>
          <caption>
            Chỉ tiêu năm {plan.year} và sản phẩm mới đã công nhận, {unit.don_vi}
          </caption>
          <thead>
            <tr>
              <th scope="col">Hạng</th>
              <th scope="col" className="num">
                Chỉ tiêu
              </th>
              <th scope="col" className="num">
                Đã công nhận (mới)
              </th>
            </tr>
          </thead>
          <tbody>
            {STARS.map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="num">{formatNumber(target[key])}</td>
                <td className="num">{achieved === null ? NO_DATA_TEXT : formatNumber(achieved[key])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Tổng</th>
              <td className="num">
                <strong>{formatNumber(target.tong)}</strong>
              </td>
              <td className="num">
                <strong>{achieved === null ? NO_DATA_TEXT : formatNumber(achieved.tong)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        Tỷ lệ đạt:{' '}
        <strong>
          {unit.ratio === null ? (achieved === null ? NO_DATA_TEXT : 'không giao chỉ tiêu') : describeRatio(unit.ratio)}
        </strong>
        .
      </p>

      <Heading as="h2" id="san-pham">Sản phẩm được công nhận năm {plan.year}</Heading>
      {products.length === 0 ? (
        <p>Chưa có số liệu: trang này chưa ghi sản phẩm nào của {unit.don_vi} được công nhận trong năm {plan.year}.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>Sản phẩm của {unit.don_vi} được công nhận năm {plan.year}, theo ngày quyết định</caption>
            <thead>
              <tr>
                <th scope="col">Sản phẩm</th>
                <th scope="col">Chủ thể (xã, phường theo quyết định)</th>
                <th scope="col">Nhóm</th>
                <th scope="col" className="num">
                  Hạng sao
                </th>
                <th scope="col">Loại</th>
                <th scope="col">Quyết định</th>
                <th scope="col">Nguồn</th>
              </tr>
            </thead>
            <tbody>
              {products.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.san_pham}</th>
                  <td>
                    {p.chu_the}
                    {p.dia_ban !== '' && <span className={styles.place}>{p.dia_ban}</span>}
                  </td>
                  <td>{p.nhom}</td>
                  <td className="num">{formatNumber(p.sao)}</td>
                  <td>
                    {p.loai}
                    {!p.counts && ' (không tính vào mục tiêu)'}
                  </td>
                  <td>
                    {p.so_quyet_dinh}, {p.ngay}
                  </td>
                  <td>{/^https?:\/\//.test(p.nguon) ? <a href={p.nguon}>{new URL(p.nguon).hostname}</a> : p.nguon}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Đơn vị khác" className={styles.pager}>
        {previous ? <Link to={previous.path}>← {previous.name}</Link> : <span />}
        {next ? <Link to={next.path}>{next.name} →</Link> : <span />}
      </nav>

      <Heading as="h2" id="nguon">Nguồn</Heading>
      <SourceList sources={[SOURCES.plan, SOURCES.twoTierDecision, SOURCES.districtsEnd, SOURCES.communes166]} />
    </>
  );
}
