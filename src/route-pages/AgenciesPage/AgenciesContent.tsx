/** Body of /co-quan/: needs, task-group filter, the list of bodies and the responsibility matrix. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import SourceList from '../../components/SourceList';
import {ClassificationRules, RoleTag} from '../../components/AgencyDuty';
import {SOURCES} from '../../content/sources';
import type {AgencyIndexData, AgencySummary, MatrixCell} from '../../agencies/pages';
import shared from '../styles.module.css';
import styles from './styles.module.css';

/** Links to the duties of one cell: "ý 1, ý 3" (or "mục IV.N" for a single-duty item). */
function DutyLinks({agency, duties, single}: {agency: AgencySummary; duties: readonly string[]; single: boolean}): ReactNode {
  return (
    <span className={styles.dutyLinks}>
      {duties.map((id, i) => {
        const label = single ? `mục IV.${agency.item}` : `ý ${id.split('-').pop()}`;
        return (
          <span key={id}>
            {i > 0 ? ', ' : ''}
            <Link to={`${agency.path}#${id}`} aria-label={`${agency.shortName}, ${label}`}>
              {label}
            </Link>
          </span>
        );
      })}
    </span>
  );
}

function Cell({agency, cell, single}: {agency: AgencySummary; cell: MatrixCell; single: boolean}): ReactNode {
  if (cell.role === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className={styles.visuallyHidden}>Không có nhiệm vụ</span>
      </>
    );
  }
  return (
    <>
      <RoleTag role={cell.role} /> <DutyLinks agency={agency} duties={cell.duties} single={single} />
    </>
  );
}

export default function AgenciesContent({page}: {page: AgencyIndexData}): ReactNode {
  const {agencies, kinds, groups, matrix, needs} = page;
  const single = (a: AgencySummary) => a.dutyCount === 1;
  return (
    <>
      <h1>Trách nhiệm các cơ quan</h1>
      <p className={shared.lead}>
        Phần IV của Kế hoạch 36/KH-UBND giao nhiệm vụ cho {agencies.length} cơ quan, đơn vị. Mỗi trang cơ quan trích nguyên văn nhiệm vụ
        từ <Link to="/ke-hoach/to-chuc-thuc-hien/">văn bản Kế hoạch</Link>.
      </p>

      <nav aria-labelledby="toi-can-ho-tro" className={styles.box}>
        <Heading as="h2" id="toi-can-ho-tro">
          Tôi cần hỗ trợ về…
        </Heading>
        <ul className={styles.linkGrid}>
          {needs.map((n) => (
            <li key={n.id}>
              <Link to={`/co-quan/ho-tro/#${n.id}`}>{n.title}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <nav aria-labelledby="theo-nhom" className={styles.box}>
        <Heading as="h2" id="theo-nhom">
          Xem theo nhóm nhiệm vụ
        </Heading>
        <ul className={styles.linkGrid}>
          {groups.map((g) => (
            <li key={g.id}>
              <Link to={g.path}>
                {g.citation}: {g.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Heading as="h2" id="danh-sach">
        Các cơ quan, đơn vị
      </Heading>
      {kinds.map((k) => (
        <section key={k.kind} aria-labelledby={`loai-${k.kind}`}>
          <Heading as="h3" id={`loai-${k.kind}`}>
            {k.label}
          </Heading>
          <ul>
            {agencies
              .filter((a) => a.kind === k.kind)
              .map((a) => (
                <li key={a.slug}>
                  <Link to={a.path}>{a.shortName}</Link> (mục IV.{a.item}){a.members.length > 0 ? `: ${a.members.join('; ')}` : null}
                </li>
              ))}
          </ul>
        </section>
      ))}

      <Heading as="h2" id="bang-trach-nhiem">
        Bảng trách nhiệm theo nhóm nhiệm vụ
      </Heading>
      <p>
        Mỗi ô cho biết cơ quan <RoleTag role="chu-tri" />, <RoleTag role="phoi-hop" /> hay <RoleTag role="giao" /> trong nhóm nhiệm vụ đó,
        và dẫn đến từng ý của Kế hoạch. Ô có dấu “–” là cơ quan không có ý nào thuộc nhóm. Bấm tên nhóm để xem riêng nhóm đó. Xem{' '}
        <Link to="/co-quan/#cach-phan-loai">cách phân loại</Link>.
      </p>

      <div className={styles.matrixWide}>
        <table className={styles.matrix} data-matrix="">
          <caption>Cơ quan, đơn vị theo nhóm nhiệm vụ của Kế hoạch 36/KH-UBND (phân loại của ban biên tập)</caption>
          <thead>
            <tr>
              <th scope="col">Cơ quan, đơn vị</th>
              {groups.map((g) => (
                <th scope="col" key={g.id} data-group={g.id}>
                  <Link to={g.path}>
                    {g.id === 'III' ? 'III' : `II.${g.id}`}. {g.label}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.agency.slug} data-agency={row.agency.slug}>
                <th scope="row">
                  <Link to={row.agency.path}>{row.agency.shortName}</Link>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.group} data-group={cell.group} data-role={cell.role ?? ''} data-duties={cell.duties.join(' ')}>
                    <Cell agency={row.agency} cell={cell} single={single(row.agency)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className={styles.matrixStacked} aria-label="Bảng trách nhiệm, dạng danh sách">
        {matrix.map((row) => (
          <li key={row.agency.slug} className={styles.stackedBody}>
            <p className={styles.stackedName}>
              <Link to={row.agency.path}>{row.agency.shortName}</Link>
            </p>
            <ul>
              {row.cells
                .filter((c) => c.role !== null)
                .map((c) => {
                  const g = groups.find((x) => x.id === c.group)!;
                  return (
                    <li key={c.group}>
                      <Link to={g.path}>{g.label}</Link>: <Cell agency={row.agency} cell={c} single={single(row.agency)} />
                    </li>
                  );
                })}
              {row.generalDuties.length > 0 ? (
                <li>
                  Nhiệm vụ chung: <DutyLinks agency={row.agency} duties={row.generalDuties} single={single(row.agency)} />
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ul>

      <Heading as="h2" id="cach-phan-loai">
        Cách phân loại
      </Heading>
      <ClassificationRules groups={groups} />

      <Heading as="h2" id="nguon">
        Nguồn
      </Heading>
      <SourceList sources={[SOURCES.plan]} />
      <p>
        Văn bản Phần IV trên trang này: <Link to="/ke-hoach/to-chuc-thuc-hien/">IV. Tổ chức thực hiện</Link> (bản chép lại,{' '}
        <Link to="/ke-hoach/ve-ban-chep/">về bản chép lại</Link>).
      </p>
    </>
  );
}
