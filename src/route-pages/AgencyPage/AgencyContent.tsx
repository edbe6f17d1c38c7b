/** Body of /co-quan/<slug>/: one body's duties quoted from Part IV, where the plan names it, context notes and links. */
import {inSentence} from '../../text/vietnamese';
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import EditorialNote from '../../components/EditorialNote';
import {AgencySources, DutyQuote, planItemHref} from '../../components/AgencyDuty';
import {notesConcerning} from '../../plan/contextNotes';
import type {AgencyContact} from '../../agencies/contact';
import type {AgencyPageData} from '../../agencies/pages';
import {linkLanguage} from '../../linkLanguage';
import Breadcrumbs from '../Breadcrumbs';
import styles from '../styles.module.css';

export default function AgencyContent({page}: {page: AgencyPageData}): ReactNode {
  const {agency, duties, groups, mentions, needs, related, previous, next, contact} = page;
  const single = duties.length === 1;
  const notes = notesConcerning([agency.anchor]);
  const lead = duties.filter((d) => d.role === 'chu-tri').length;
  const coordinate = duties.filter((d) => d.role === 'phoi-hop').length;
  return (
    <>
      <Breadcrumbs parent={{to: '/co-quan/', label: 'Trách nhiệm các cơ quan'}} current={agency.shortName} />
      <h1>{agency.name}</h1>
      <p className={styles.lead}>
        {agency.kindLabel}.{' '}
        {agency.requested ? 'Kế hoạch đề nghị' : 'Kế hoạch giao'} {single ? 'một nhiệm vụ' : `${duties.length} nhiệm vụ`} tại{' '}
        <Link to={planItemHref(agency)}>mục IV.{agency.item}</Link>
        {lead + coordinate > 0 ? (
          <>
            {' '}
            ({[lead > 0 ? `${lead} ý ghi “chủ trì”` : '', coordinate > 0 ? `${coordinate} ý ghi “phối hợp”` : ''].filter(Boolean).join(', ')})
          </>
        ) : null}
        .
      </p>
      {agency.requested ? (
        <p>
          Với Mặt trận Tổ quốc, các đoàn thể và hiệp hội, Kế hoạch của UBND tỉnh dùng từ “đề nghị” thay cho giao nhiệm vụ (các tổ chức này
          không trực thuộc UBND tỉnh).
        </p>
      ) : null}

      <Heading as="h2" id="nhiem-vu">
        Nhiệm vụ theo Kế hoạch
      </Heading>
      <p>
        Nguyên văn {single ? 'đoạn' : 'các ý'} của <Link to={planItemHref(agency)}>mục IV.{agency.item}</Link>, Kế hoạch 36/KH-UBND ngày
        24/02/2025. Vai trò và nhóm nhiệm vụ ghi dưới mỗi ý là <Link to="/co-quan/#cach-phan-loai">cách phân loại của ban biên tập</Link>,
        không phải của Kế hoạch.
      </p>
      {duties.map((d) => (
        <DutyQuote key={d.id} agency={agency} duty={d} groups={groups} single={single} anchor />
      ))}

      <Heading as="h2" id="duoc-nhac-den">
        Kế hoạch nhắc đến ở đâu
      </Heading>
      <p>Những phần của Kế hoạch có tên {inSentence(agency.shortName)}:</p>
      <ul>
        {mentions.map((m) => (
          <li key={m.key}>
            <Link to={m.href}>{m.label}</Link>
            {m.href !== m.fullTextHref ? (
              <>
                {' '}
                (<Link to={m.fullTextHref}>trong toàn văn</Link>)
              </>
            ) : (
              ' (trong toàn văn)'
            )}
          </li>
        ))}
      </ul>

      {notes.length > 0 ? (
        <section aria-labelledby="ghi-chu-boi-canh">
          <Heading as="h2" id="ghi-chu-boi-canh">
            Thay đổi sau khi Kế hoạch ban hành
          </Heading>
          {notes.map((note) => (
            <EditorialNote key={note.id} note={note} />
          ))}
        </section>
      ) : null}

      {needs.length > 0 ? (
        <>
          <Heading as="h2" id="ho-tro">
            Chủ thể OCOP có thể hỏi về
          </Heading>
          <ul>
            {needs.map((n) => (
              <li key={n.id}>
                <Link to={`/co-quan/ho-tro/#${n.id}`}>{n.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <ContactSection name={inSentence(agency.shortName)} contact={contact} />

      <Heading as="h2" id="lien-quan">
        Chu trình OCOP và bài học liên quan
      </Heading>
      {related.length > 0 ? (
        <>
          <p>Các trang của hướng dẫn chu trình OCOP và tài liệu đào tạo có nói đến nhiệm vụ của {inSentence(agency.shortName)} (mục IV.{agency.item}):</p>
          <ul>
            {related.map((r) => (
              <li key={r.to}>
                <Link to={r.to}>{r.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Xem toàn bộ: <Link to="/chu-trinh-ocop/">Chu trình OCOP và phân hạng sao</Link>; <Link to="/dao-tao/">Tài liệu đào tạo</Link>.
      </p>

      <nav aria-label="Cơ quan khác" className={styles.pager}>
        {previous ? <Link to={previous.path}>← {previous.name}</Link> : <span />}
        {next ? <Link to={next.path}>{next.name} →</Link> : <span />}
      </nav>

      <AgencySources>
        Văn bản mục IV.{agency.item} trên trang này: <Link to={planItemHref(agency)}>IV. Tổ chức thực hiện</Link> (bản chép lại,{' '}
        <Link to="/ke-hoach/ve-ban-chep/">về bản chép lại</Link>).{notes.length > 0 ? ' Nguồn của các ghi chú bối cảnh ghi ở cuối mỗi ghi chú.' : ''}
      </AgencySources>
    </>
  );
}

/** " (tiếng Anh)" after a link to a page in another language (src/linkLanguage.ts), else nothing. */
function languageMark(href: string): string {
  const language = linkLanguage(href);
  return language ? ` (${language})` : '';
}

/**
 * "Liên hệ cơ quan": editorial; only the province's portal and sourced
 * websites (src/agencies/contact.ts). Not indexed for search: the same words
 * on all 16 pages ("Cổng thông tin điện tử…") would only push other pages
 * down for queries such as "thương mại điện tử".
 */
function ContactSection({name, contact}: {name: string; contact: AgencyContact}): ReactNode {
  const {portal, websites, note} = contact;
  return (
    <section aria-labelledby="lien-he" className={styles.note} data-contact data-pagefind-ignore="all">
      <Heading as="h2" id="lien-he">
        Liên hệ cơ quan
      </Heading>
      <p>
        <strong>Ghi chú của ban biên tập — không thuộc văn bản Kế hoạch.</strong> Trang này không ghi địa chỉ, số điện thoại hay thư điện tử
        của {name}, và không ghi địa chỉ nào không có nguồn công khai.{note ? ` ${note}` : ''}
      </p>
      <p>
        Trang thông tin chính thức của tỉnh:{' '}
        <a href={portal.url} rel="noopener noreferrer" data-portal>
          {portal.name} ({new URL(portal.url).hostname})
        </a>
        {languageMark(portal.url)}.
      </p>
      {websites.length > 0 ? (
        <ul>
          {websites.map((w) => (
            <li key={w.url} data-website>
              <a href={w.url} rel="noopener noreferrer">
                Trang web của {w.owner}
              </a>
              {languageMark(w.url)}
              {w.successorSince ? `, cơ quan tiếp nhận nhiệm vụ của ${name} từ ${w.successorSince}` : ''}. Nguồn:{' '}
              <a href={w.source.href} rel="noopener noreferrer">
                {w.source.label}
              </a>
              {languageMark(w.source.href)}
              {w.source.date ? ` (${w.source.date})` : ''}.
            </li>
          ))}
        </ul>
      ) : null}
      <p className={styles.sourceLine}>
        Nguồn của địa chỉ cổng:{' '}
        <a href={portal.source.href} rel="noopener noreferrer">
          {portal.source.label}
        </a>
        {languageMark(portal.source.href)}
        {portal.source.date ? ` (${portal.source.date})` : ''}.
      </p>
    </section>
  );
}
