/** Body of /co-quan/nhom/<group>/: the bodies with duties in one task group, each duty quoted. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {AgencySources, DutyQuote} from '../../components/AgencyDuty';
import type {GroupPageData} from '../../agencies/pages';
import Breadcrumbs from '../Breadcrumbs';
import styles from '../styles.module.css';

export default function GroupContent({page}: {page: GroupPageData}): ReactNode {
  const {group, groups, entries} = page;
  return (
    <>
      <Breadcrumbs parent={{to: '/co-quan/', label: 'Trách nhiệm các cơ quan'}} current={group.label} />
      <h1>
        {group.label}: cơ quan nào làm gì
      </h1>
      <p className={styles.lead}>
        {entries.length} cơ quan, đơn vị có nhiệm vụ thuộc nhóm này. Nội dung của nhóm nằm ở <Link to={group.planHref}>{group.citation}</Link>{' '}
        của Kế hoạch; các nhiệm vụ dưới đây trích nguyên văn từ Phần IV.
      </p>
      <p>
        Việc xếp nhiệm vụ vào nhóm là <Link to="/co-quan/#cach-phan-loai">cách phân loại của ban biên tập</Link>, không phải của Kế hoạch.
      </p>

      <nav aria-label="Nhóm nhiệm vụ">
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              {g.id === group.id ? (
                <strong aria-current="page">
                  {g.citation}: {g.label}
                </strong>
              ) : (
                <Link to={g.path}>
                  {g.citation}: {g.label}
                </Link>
              )}
            </li>
          ))}
          <li>
            <Link to="/co-quan/#bang-trach-nhiem">Tất cả các nhóm (bảng trách nhiệm)</Link>
          </li>
        </ul>
      </nav>

      {entries.map(({agency, duties}) => (
        <section key={agency.slug} aria-labelledby={`co-quan-${agency.slug}`} data-agency={agency.slug}>
          <Heading as="h2" id={`co-quan-${agency.slug}`}>
            {agency.shortName}
          </Heading>
          {duties.map((d) => (
            <DutyQuote key={d.id} agency={agency} duty={d} groups={groups} single={agency.dutyCount === 1} />
          ))}
          <p>
            <Link to={agency.path}>Mọi nhiệm vụ của {agency.shortName}</Link>
          </p>
        </section>
      ))}

      <AgencySources>
        Văn bản trên trang này: <Link to="/ke-hoach/to-chuc-thuc-hien/">IV. Tổ chức thực hiện</Link> và{' '}
        <Link to={group.planHref}>{group.citation}</Link> (bản chép lại).
      </AgencySources>
    </>
  );
}
