/** Body of /co-quan/ho-tro/: each need with the bodies the plan assigns and their duties quoted. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {AgencySources, DutyQuote} from '../../components/AgencyDuty';
import {CONTEXT_NOTES} from '../../plan/contextNotes';
import type {NeedsPageData} from '../../agencies/pages';
import {groupInfos} from '../../agencies/pages';
import Breadcrumbs from '../Breadcrumbs';
import styles from '../styles.module.css';

const GROUPS = groupInfos();

export default function NeedsContent({page}: {page: NeedsPageData}): ReactNode {
  const {needs} = page;
  return (
    <>
      <Breadcrumbs parent={{to: '/co-quan/', label: 'Trách nhiệm các cơ quan'}} current="Tôi cần hỗ trợ về…" />
      <h1>Tôi cần hỗ trợ về…</h1>
      <p className={styles.lead}>
        Chọn việc bạn cần. Dưới mỗi việc là cơ quan được Kế hoạch 36/KH-UBND giao và nguyên văn nhiệm vụ đó. Trang này không ghi địa chỉ,
        số điện thoại hay thủ tục: hãy hỏi trực tiếp cơ quan.
      </p>
      <p>
        Việc chọn nhiệm vụ cho từng nhu cầu là của ban biên tập; lời văn nhiệm vụ là của Kế hoạch (<Link to="/ke-hoach/to-chuc-thuc-hien/">Phần
        IV</Link>). Kế hoạch ban hành ngày 24/02/2025; một số cơ quan đã được sắp xếp lại trong năm 2025 (xem ghi chú dưới từng mục).
      </p>
      <nav aria-labelledby="muc-luc">
        <Heading as="h2" id="muc-luc">
          Các nhu cầu
        </Heading>
        <ul>
          {needs.map((n) => (
            <li key={n.id}>
              <Link to={`#${n.id}`}>{n.title}</Link>
            </li>
          ))}
        </ul>
      </nav>

      {needs.map((n) => {
        const notes = CONTEXT_NOTES.filter((c) => n.contextNotes.includes(c.id));
        return (
          <section key={n.id} aria-labelledby={n.id} data-need={n.id}>
            <Heading as="h2" id={n.id}>
              {n.title}
            </Heading>
            {n.notes.map((t) => (
              <p key={t}>{t}</p>
            ))}
            {n.entries.map(({agency, duty}) => (
              <DutyQuote key={duty.id} agency={agency} duty={duty} groups={GROUPS} single={agency.dutyCount === 1} showAgency />
            ))}
            {n.links.length > 0 || notes.length > 0 ? (
              <ul>
                {n.links.map((l) => (
                  <li key={l.to}>
                    Xem thêm: <Link to={l.to}>{l.label}</Link>
                  </li>
                ))}
                {notes.map((c) => (
                  <li key={c.id}>
                    Thay đổi sau khi Kế hoạch ban hành: <Link to={`/ke-hoach/#ghi-chu-${c.id}`}>{c.title}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}

      <AgencySources>
        Văn bản trên trang này: <Link to="/ke-hoach/to-chuc-thuc-hien/">IV. Tổ chức thực hiện</Link> (bản chép lại). Nguồn của các ghi chú
        về thay đổi năm 2025 ghi trong từng ghi chú trên <Link to="/ke-hoach/#thay-doi">trang tổng quan Kế hoạch</Link>.
      </AgencySources>
    </>
  );
}
