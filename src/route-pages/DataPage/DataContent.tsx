/** Body of /du-lieu/: the CSV files, their dictionary, chart files, licence and citation. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import SourceList from '../../components/SourceList';
import ChartFileLinks from '../../components/ChartFigure/ChartFileLinks';
import {PLAN} from '../../datasets/plan36';
import {SOURCES} from '../../content/sources';
import {formatNumber} from '../../format';
import type {DataPageData} from '../../plugins/ocop-data/pageData';
import styles from '../styles.module.css';

export const DATA_LICENCE = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  href: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
};

export default function DataContent({page}: {page: DataPageData}): ReactNode {
  const {files, charts, siteUrl, siteUrlIsPlaceholder, updateGuidePath} = page;
  return (
    <>
      <h1>Dữ liệu mở</h1>
      <p className={styles.lead}>
        Mọi con số trên trang <Link to="/chi-tieu/">Chỉ tiêu và tiến độ</Link> đều lấy từ các tệp CSV dưới đây. Bạn có thể tải về, dùng lại và trích
        dẫn. Địa chỉ của mỗi tệp giữ cố định.
      </p>

      <Heading as="h2" id="cac-tep">Các tệp dữ liệu</Heading>
      <p>
        Tệp CSV mã UTF-8 (có dấu BOM ở đầu tệp), phân cách bằng dấu phẩy, dòng đầu là tên cột. Số viết không có dấu ngăn cách hàng nghìn; ngày viết
        theo dạng năm-tháng-ngày (YYYY-MM-DD).
      </p>
      <div className={styles.note} id="mo-bang-excel">
        <p>
          <strong>Mở bằng Excel:</strong> bấm đúp vào tệp đã tải về. Dấu BOM ở đầu tệp giúp Excel nhận ra mã UTF-8 nên chữ tiếng Việt hiện đúng.
        </p>
        <p>
          Nếu mọi cột dồn vào cột A (máy tính đặt dấu phân cách danh sách là dấu chấm phẩy), hãy mở một bảng tính trống, chọn thẻ{' '}
          <em>Dữ liệu (Data)</em> → <em>Từ Văn bản/CSV (From Text/CSV)</em>, chọn tệp, đặt <em>Nguồn tệp (File Origin)</em> là{' '}
          <em>65001: Unicode (UTF-8)</em> và <em>Dấu tách (Delimiter)</em> là <em>Dấu phẩy (Comma)</em>, rồi bấm <em>Tải (Load)</em>. LibreOffice
          Calc và Google Sheets mở thẳng được tệp.
        </p>
      </div>
      {files.map((f) => (
        <section key={f.name} aria-labelledby={`tep-${f.name.replace('.csv', '')}`}>
          <Heading as="h3" id={`tep-${f.name.replace('.csv', '')}`}>
            {f.title} ({f.name})
          </Heading>
          <p>{f.description}</p>
          <p>
            <a href={f.href} download>
              Tải {f.name}
            </a>{' '}
            (CSV, {formatNumber(f.rowCount)} dòng dữ liệu)
          </p>
          <p id={`tu-dien-${f.name.replace('.csv', '')}`}>
            <strong>Từ điển dữ liệu của {f.name}</strong> (tiêu đề: <code>{f.columns.map((c) => c.name).join(',')}</code>):
          </p>
          <dl className={styles.dictionary} aria-labelledby={`tu-dien-${f.name.replace('.csv', '')}`}>
            {f.columns.map((c) => (
              <div key={c.name}>
                <dt>
                  <code>{c.name}</code> ({c.required ? 'bắt buộc' : 'có thể để trống'})
                </dt>
                <dd>
                  {c.description}
                  <br />
                  Kiểu: {c.type}.{c.allowed ? ` Giá trị hợp lệ: ${c.allowed}.` : ''} Ví dụ: <code>{c.example}</code>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <Heading as="h2" id="bieu-do">Biểu đồ (SVG, PNG)</Heading>
      <p>
        Các biểu đồ trên trang Chỉ tiêu và tiến độ, dạng tệp SVG để in hoặc đưa vào tài liệu, và dạng ảnh PNG để chia sẻ (mỗi ảnh tự ghi tiêu đề, nguồn, ngày
        của số liệu và tên trang):
      </p>
      <ul>
        {charts.map((c) => (
          <li key={c.href}>
            {c.title}:{' '}
            <ChartFileLinks svgHref={c.href} pictures={c.pictures} />
          </li>
        ))}
      </ul>

      <Heading as="h2" id="giay-phep">Giấy phép</Heading>
      <p>
        Các tệp dữ liệu và biểu đồ trên trang này được phát hành theo giấy phép <a href={DATA_LICENCE.href}>{DATA_LICENCE.name}</a>: bạn được sao chép,
        chỉnh sửa và dùng lại, kể cả cho mục đích thương mại, miễn là ghi rõ nguồn. Số liệu gốc thuộc các văn bản và bài viết được dẫn trong từng tệp.
      </p>

      <Heading as="h2" id="trich-dan">Cách trích dẫn</Heading>
      <p>Gợi ý trích dẫn:</p>
      <p className={styles.citation}>
        Trang thông tin OCOP Thanh Hóa 2025. <em>Chỉ tiêu và tiến độ Chương trình OCOP năm 2025, tỉnh Thanh Hóa</em> [dữ liệu CSV]. Theo Kế hoạch số {PLAN.number} ngày{' '}
        {PLAN.dateText} của {PLAN.issuer}. {siteUrl}du-lieu/ (truy cập ngày …).
      </p>
      {siteUrlIsPlaceholder && (
        <p className={styles.note} id="dia-chi-tam">
          <strong>Địa chỉ tạm:</strong> bản dựng này chưa được đặt địa chỉ công khai (biến <code>SITE_URL</code>), nên địa chỉ trong gợi ý trích dẫn
          là địa chỉ tạm trên máy dựng, người khác không mở được. Hãy thay bằng địa chỉ nơi bạn đọc trang này.
        </p>
      )}

      <Heading as="h2" id="cap-nhat">Cập nhật số liệu</Heading>
      <p>
        Cán bộ truyền thông cập nhật số liệu bằng cách sửa các tệp CSV trong thư mục <code>data/</code> của mã nguồn trang (mở bằng bảng tính, lưu
        lại dạng CSV UTF-8), rồi chạy lệnh <code>npm run check:data</code> để kiểm tra. Trang chỉ được xây dựng khi dữ liệu hợp lệ. Mỗi sản phẩm ghi
        vào <code>recognitions.csv</code> phải lấy từ một quyết định công nhận có nguồn kiểm chứng. Từng bước, quy tắc của mỗi cột và các thông báo
        lỗi: <Link to={updateGuidePath}>Hướng dẫn cập nhật số liệu</Link>.
      </p>
      <p>
        Khi một con số hay thông tin đã đăng được sửa, lần sửa được ghi ở trang <Link to="/dinh-chinh/">Đính chính</Link>: ngày sửa, trang, điều ghi
        trước đây và điều trang ghi nay.
      </p>

      <Heading as="h2" id="nguon">Nguồn</Heading>
      <SourceList sources={[SOURCES.plan, SOURCES.productGroups, SOURCES.validity36Months]} />
      <p>
        Mọi nguồn bên ngoài mà trang này dẫn, kèm ngày và điều trang nêu dựa trên từng nguồn: <Link to="/nguon/">Nguồn tham khảo</Link>.
      </p>
    </>
  );
}
