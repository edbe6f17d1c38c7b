/**
 * Where the plan names a body: every part of Plan 36 (the Markdown partials
 * under docs/ke-hoach/_van-ban/) is cut into sections at its item anchors,
 * and each section is searched for the body's name forms. Pure.
 */
import {citationForAnchor} from '../plan/anchors';

/** A plan partial as read by the plugin: file name and text. */
export interface PlanPartial {
  /** File name, e.g. "_phan-iv.md". */
  file: string;
  text: string;
}

export interface PlanPlace {
  /** Stable key, e.g. "iv-3", "mo-dau", "noi-nhan". */
  key: string;
  /** How a reader cites it, e.g. "Mục IV.3", "Phần mở đầu". */
  label: string;
  /** The part page (with the item anchor where there is one). */
  href: string;
  /** The same place in the full text on one page. */
  fullTextHref: string;
}

const FULL_TEXT = '/ke-hoach/toan-van/';

/** Part pages and how places without an item anchor are cited. */
const PARTS: Readonly<Record<string, {page: string; label: string; key: string} | null>> = {
  '_dau-van-ban.md': {page: FULL_TEXT, label: 'Phần đầu văn bản', key: 'dau-van-ban'},
  '_mo-dau.md': {page: FULL_TEXT, label: 'Phần mở đầu', key: 'mo-dau'},
  '_phan-i.md': {page: '/ke-hoach/muc-dich-yeu-cau/', label: 'Phần I', key: 'i'},
  '_phan-ii.md': {page: '/ke-hoach/noi-dung/', label: 'Phần II', key: 'ii'},
  '_phan-iii.md': {page: '/ke-hoach/kinh-phi/', label: 'Phần III', key: 'iii'},
  '_phan-iv.md': {page: '/ke-hoach/to-chuc-thuc-hien/', label: 'Phần IV', key: 'iv'},
  '_ket-thuc.md': {page: FULL_TEXT, label: 'Đoạn kết', key: 'ket-thuc'},
  '_phu-luc.md': {page: '/ke-hoach/phu-luc/', label: 'Phụ lục', key: 'phu-luc'},
};

/** Order of the parts in the plan. */
export const PLAN_PARTIAL_FILES = Object.keys(PARTS);

/** A heading anchor, or an <ItemAnchor> before a numbered paragraph (Part III). */
const ANCHOR = /\{\/\* #([a-z0-9-]+) \*\/\}|<ItemAnchor id="([a-z0-9-]+)" \/>/;
const RECIPIENTS = /\*\*Nơi nhận:\*\*/;

/** "iv-3" → "Mục IV.3"; "ii-2-4" → "Mục II.2.4"; "iv" → "Phần IV"; "phu-luc" → "Phụ lục". */
export function citeAnchor(anchor: string): string {
  const citation = citationForAnchor(anchor);
  if (citation === null) throw new Error(`Neo #${anchor} không phải một mục của Kế hoạch.`);
  if (anchor === 'phu-luc') return citation;
  return citation.includes('.') ? `Mục ${citation}` : `Phần ${citation}`;
}

interface Section {
  place: PlanPlace;
  text: string;
}

/** Cuts the partials into citeable sections, in plan order. */
export function splitPlanSections(partials: readonly PlanPartial[]): Section[] {
  const sections: Section[] = [];
  for (const {file, text} of partials) {
    const part = PARTS[file];
    if (!part) throw new Error(`Tệp ${file} không thuộc danh sách các phần của Kế hoạch.`);
    let place: PlanPlace = {key: part.key, label: part.label, href: part.page, fullTextHref: FULL_TEXT};
    let lines: string[] = [];
    const flush = () => {
      if (lines.length > 0) sections.push({place, text: lines.join('\n')});
      lines = [];
    };
    for (const line of text.split(/\r?\n/)) {
      const anchor = ANCHOR.exec(line);
      const id = anchor ? (anchor[1] ?? anchor[2]) : undefined;
      if (id) {
        flush();
        const target = id;
        place = {key: id, label: citeAnchor(id), href: `${part.page}#${target}`, fullTextHref: `${FULL_TEXT}#${target}`};
      } else if (file === '_ket-thuc.md' && RECIPIENTS.test(line)) {
        flush();
        place = {key: 'noi-nhan', label: 'Nơi nhận', href: FULL_TEXT, fullTextHref: FULL_TEXT};
      }
      lines.push(line);
    }
    flush();
  }
  return sections;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** The places of the plan that contain any of the name forms, in plan order, each once. */
export function findMentions(sections: readonly Section[], nameForms: readonly string[]): PlanPlace[] {
  const forms = nameForms.map(fold);
  const seen = new Set<string>();
  const places: PlanPlace[] = [];
  for (const {place, text} of sections) {
    if (seen.has(place.key)) continue;
    const haystack = fold(text);
    if (forms.some((f) => haystack.includes(f))) {
      seen.add(place.key);
      places.push(place);
    }
  }
  return places;
}
