/**
 * "Liên hệ cơ quan" on each body's page (issue #21, item 22): editorial, not
 * plan text. This site holds no address, phone number or website of its own
 * for any body, and writes none without a public source: every body's page
 * links the province's portal (whose address the project's sources cite),
 * and a body's own website only where a public source shows that address —
 * for a body merged in 2025, its successor's, with the date of the merger.
 * The verified fact sheet shows no body's own website yet, so
 * AGENCY_WEBSITES is empty; add an entry only with its source.
 */
import {SOURCES, type Source} from '../content/sources';

/** A public page cited for an address: the register's fields a reader sees. */
export type CitedPage = Pick<Source, 'href' | 'label'> & {date?: string};

export interface Website {
  /** Whose site it is, e.g. "Sở Nông nghiệp và Môi trường". */
  owner: string;
  /** The address, https://… */
  url: string;
  /** The public page that shows this address. */
  source: CitedPage;
  /** For a body merged in 2025: the site is its successor's, since this date (dd/mm/yyyy). */
  successorSince?: string;
}

export interface Portal {
  name: string;
  url: string;
  /** A page of the portal cited among the site's sources (shows the address is the province's). */
  source: CitedPage;
}

/** What the "Liên hệ cơ quan" section of one body's page shows. */
export interface AgencyContact {
  portal: Portal;
  websites: Website[];
  /** A sentence for bodies the portal does not reach as such (no longer exist, not one body). */
  note: string | null;
}

export const PROVINCE_PORTAL: Portal = {
  name: 'Cổng thông tin điện tử tỉnh Thanh Hóa',
  url: 'https://thanhhoa.gov.vn/',
  source: SOURCES.decision1114,
};

/** Bodies' own websites, by slug, each with the public source that shows it. */
export const AGENCY_WEBSITES: Readonly<Record<string, readonly Website[]>> = {};

/** Sentences for the bodies that are not one body reachable today, by slug. */
export const CONTACT_NOTES: Readonly<Record<string, string>> = {
  'ubnd-cap-huyen': 'Chính quyền cấp huyện dừng hoạt động từ 01/07/2025; từ đó chính quyền địa phương có hai cấp, tỉnh và xã, phường.',
  'to-chuc-kinh-te': 'Mục IV.16 nói về chính các chủ thể sản xuất, kinh doanh (hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và vừa, hộ kinh doanh), không phải một cơ quan.',
  'cac-so-nganh-khac': 'Mục IV.13 không nêu tên một cơ quan cụ thể.',
};

/** Problems with the websites table (empty when every entry is an https address with a sourced, dated page). */
export function checkWebsites(websites: Readonly<Record<string, readonly Website[]>>, slugs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [slug, list] of Object.entries(websites)) {
    if (!slugs.includes(slug)) problems.push(`AGENCY_WEBSITES: không có cơ quan "${slug}".`);
    for (const w of list) {
      if (!/^https:\/\/[^/\s]+\.[^/\s]+/.test(w.url)) problems.push(`${slug}: địa chỉ "${w.url}" phải bắt đầu bằng https://.`);
      if (!/^https?:\/\//.test(w.source.href)) problems.push(`${slug}: nguồn của "${w.url}" phải là một trang web.`);
      if (!w.source.date) problems.push(`${slug}: nguồn của "${w.url}" phải ghi ngày.`);
      if (w.successorSince !== undefined && !/^\d{2}\/\d{2}\/\d{4}$/.test(w.successorSince)) problems.push(`${slug}: ngày "${w.successorSince}" phải viết dd/mm/yyyy.`);
    }
  }
  return problems;
}

/** The contact section of the body `slug`. */
export function contactFor(
  slug: string,
  websites: Readonly<Record<string, readonly Website[]>> = AGENCY_WEBSITES,
  notes: Readonly<Record<string, string>> = CONTACT_NOTES,
): AgencyContact {
  return {
    portal: {...PROVINCE_PORTAL, source: {...PROVINCE_PORTAL.source}},
    websites: (websites[slug] ?? []).map((w) => ({...w, source: {...w.source}})),
    note: notes[slug] ?? null,
  };
}
