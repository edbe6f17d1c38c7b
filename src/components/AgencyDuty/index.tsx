/**
 * Pieces shared by the agency pages: a duty quoted from Part IV with its
 * role and task groups, the role tag (text plus a shape, never colour
 * alone), and the note that the classification is editorial.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import SourceList from '../SourceList';
import {SOURCES} from '../../content/sources';
import {GROUP_KEYWORDS, ROLE_LABELS} from '../../agencies/agencies';
import type {AgencySummary, CellRole, DutyView, GroupInfo} from '../../agencies/pages';
import styles from './styles.module.css';

const ROLE_SYMBOLS: Readonly<Record<CellRole, string>> = {'chu-tri': '▲', 'phoi-hop': '●', giao: '○'};

/** "Chủ trì" / "Phối hợp" / "Có nhiệm vụ", with a shape that does not rely on colour. */
export function RoleTag({role}: {role: CellRole}): ReactNode {
  return (
    <span className={`${styles.role} ${styles[role]}`}>
      <span aria-hidden="true">{ROLE_SYMBOLS[role]} </span>
      {ROLE_LABELS[role]}
    </span>
  );
}

/** The plan anchor of a body on the part IV page. */
export const planItemHref = (agency: AgencySummary): string => `/ke-hoach/to-chuc-thuc-hien/#${agency.anchor}`;

/** "Mục IV.3, ý 2" (or just "Mục IV.3" for a run-in item with one duty). */
export function citeDuty(agency: AgencySummary, duty: DutyView, single: boolean): string {
  return single ? `Mục IV.${agency.item}` : `Mục IV.${agency.item}, ý ${duty.index}`;
}

/**
 * One duty as the plan words it, in a blockquote, with its role and groups.
 * `anchor`: give the item the duty's id (on the body's own page).
 */
export function DutyQuote({
  agency,
  duty,
  groups,
  single,
  anchor = false,
  showAgency = false,
}: {
  agency: AgencySummary;
  duty: DutyView;
  groups: readonly GroupInfo[];
  /** The item has one duty only (cite it without "ý N"). */
  single: boolean;
  anchor?: boolean;
  showAgency?: boolean;
}): ReactNode {
  const brokenLinks = useBrokenLinks();
  if (anchor) brokenLinks.collectAnchor(duty.id);
  const dutyGroups = groups.filter((g) => duty.groups.includes(g.id));
  return (
    // Outside the body's own page (task-group and needs pages) the block repeats what is indexed
    // on the plan's and the body's pages: keep it out of search results.
    <div className={styles.duty} id={anchor ? duty.id : undefined} data-duty={duty.id} data-pagefind-ignore={anchor ? undefined : ''}>
      <p className={styles.cite}>
        {showAgency ? (
          <>
            <Link to={agency.path}>{agency.shortName}</Link>
            {' — '}
          </>
        ) : null}
        <Link to={planItemHref(agency)}>{citeDuty(agency, duty, single)}</Link>
        {duty.role ? (
          <>
            {' · '}
            <RoleTag role={duty.role} />
          </>
        ) : null}
      </p>
      <blockquote className={styles.quote} cite={planItemHref(agency)}>
        <p>{duty.text}</p>
      </blockquote>
      <p className={styles.groups}>
        {dutyGroups.length === 0 ? (
          'Nhóm nhiệm vụ: không thuộc nhóm nào (nhiệm vụ chung).'
        ) : (
          <>
            Nhóm nhiệm vụ:{' '}
            {dutyGroups.map((g, i) => (
              <span key={g.id}>
                {i > 0 ? '; ' : ''}
                <Link to={g.path}>
                  {g.citation}: {g.label}
                </Link>
              </span>
            ))}
            .
          </>
        )}
      </p>
    </div>
  );
}

/** How the editors classify duties: shown wherever the classification is used. */
export function ClassificationRules({groups}: {groups: readonly GroupInfo[]}): ReactNode {
  return (
    <>
      <p>
        <strong>Cách phân loại của ban biên tập, không phải của Kế hoạch.</strong> Kế hoạch giao nhiệm vụ theo từng cơ quan (Phần IV), còn
        các nhóm nhiệm vụ nằm ở Phần II và Phần III. Ban biên tập xếp mỗi ý của Phần IV vào nhóm mà lời văn của ý đó nêu rõ, theo cách thận
        trọng: một ý chỉ được xếp vào một nhóm khi có các từ dưới đây và ý đó giao đúng việc của nhóm; ý chỉ nói chung (như lồng ghép hoạt
        động của ngành) không xếp vào nhóm nào.
      </p>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <Link to={g.planHref}>{g.citation}</Link> ({g.label}): {GROUP_KEYWORDS[g.id].map((k) => `“${k}”`).join(', ')}.
          </li>
        ))}
      </ul>
      <p>
        Vai trò lấy đúng lời văn của Kế hoạch: <RoleTag role="chu-tri" /> khi ý đó ghi “chủ trì” (kể cả “chủ trì, phối hợp với…”);{' '}
        <RoleTag role="phoi-hop" /> khi chỉ ghi “phối hợp”; <RoleTag role="giao" /> khi Kế hoạch giao việc mà không ghi chủ trì hay phối
        hợp. Trong bảng, mỗi ô ghi vai trò cao nhất trong các ý thuộc nhóm đó.
      </p>
    </>
  );
}

/**
 * The "Nguồn" section that ends every agency page: the plan as source, then
 * `children`, the page's own sentence on where its text comes from.
 */
export function AgencySources({children}: {children: ReactNode}): ReactNode {
  return (
    <>
      <Heading as="h2" id="nguon">
        Nguồn
      </Heading>
      <SourceList sources={[SOURCES.plan]} />
      <p>{children}</p>
    </>
  );
}
