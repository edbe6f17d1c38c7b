/**
 * Checks the citations of Part IV ("mục IV.3", "IV.3, ý 2") in a built page:
 * each must be link text, and the link must lead to the cited item: the
 * duty's anchor on the body's page (/co-quan/<slug>/#iv-3-2), the body's
 * page (/co-quan/<slug>/) or the item on the plan's Part IV page
 * (/ke-hoach/to-chuc-thuc-hien/#iv-3). A link to a duty must name it
 * ("ý 2") exactly when the item has more than one duty. A quotation written
 * just before a duty link — “…” (mục IV.3, ý 2) — or a blockquote signed
 * with one must be words of that duty.
 *
 * Used by the build test (src/__tests__/site/part-iv-citations.test.ts)
 * and unit-tested on small pages (src/__tests__/partIvCitations.test.ts).
 */
import {load, type CheerioAPI} from 'cheerio';
// Type only: cheerio's node type, from its own dependency.
/** A DOM node of cheerio's parser (domhandler, which cheerio brings but this project does not declare). */
type AnyNode = Parameters<CheerioAPI['contains']>[0];
import {AGENCIES} from '../../agencies/agencies';
import {realItems} from '../../agencies/__tests__/helpers';

export interface CitedItem {
  number: number;
  slug: string;
  /** Duty texts in plan order ("ý 1" first). */
  duties: string[];
}

export interface CitationReport {
  /** How many "IV.<n>" citations the content holds. */
  citations: number;
  /** How many quotations (inline or blockquote) were checked against the duty they cite. */
  quotations: number;
  /** One message per problem; empty when every citation is right. */
  problems: string[];
}

/** The 16 items of Part IV with their body's slug and duties, from the plan text and src/agencies/agencies.ts. */
export function realCitedItems(): CitedItem[] {
  return realItems().map((item) => {
    const agency = AGENCIES.find((a) => a.item === item.number);
    if (!agency) throw new Error(`Mục IV.${item.number} không có trong AGENCIES.`);
    return {number: item.number, slug: agency.slug, duties: item.duties.map((d) => d.text)};
  });
}

/** "IV.3" not inside a longer number or word (e.g. not "XIV.3", "IV.3.1"). */
const CITATION = /(?<![\p{L}\d.])IV\.(\d+)(?![\d.]\d)/gu;
const DUTY_HREF = /^\/co-quan\/([a-z0-9-]+)\/#iv-(\d+)-(\d+)$/;
const BODY_HREF = /^\/co-quan\/([a-z0-9-]+)\/$/;
const PLAN_HREF = /^\/ke-hoach\/to-chuc-thuc-hien\/#iv-(\d+)$/;
/** A closing quotation mark and the opening of the citation's parenthesis, right before the link. */
const QUOTE_BEFORE = /“([^“”]+)”\s*\((?:Kế hoạch 36, )?$/;
const BLOCKS = 'p, li, td, th, legend, label, dd, dt, figcaption, h1, h2, h3, h4, h5, h6';

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Whether every "…"-separated part of the quotation appears in the duty, in order. */
export function quotes(duty: string, quotation: string): boolean {
  const haystack = clean(duty);
  let from = 0;
  for (const part of quotation.split('…').map(clean).filter(Boolean)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Text of `block` that comes before `stop` (a descendant), in document order. */
function textBefore($: CheerioAPI, block: AnyNode, stop: AnyNode): string {
  let out = '';
  let done = false;
  const walk = (node: AnyNode) => {
    for (const child of $(node).contents().toArray()) {
      if (done) return;
      if (child === stop) {
        done = true;
        return;
      }
      if (child.type === 'text') out += $(child).text();
      else walk(child);
    }
  };
  walk(block);
  return out;
}

/**
 * Checks every Part IV citation inside `selector` (the page's main content;
 * `article` on docs pages). Throws if the selector matches nothing.
 */
export function checkPartIvCitations(html: string, items: readonly CitedItem[], selector = 'article'): CitationReport {
  const $ = load(html);
  const root = $(selector);
  if (root.length === 0) throw new Error(`Trang không có ${selector}.`);
  const problems: string[] = [];
  let citations = 0;
  let quotations = 0;
  const textNodes = root
    .find('*')
    .addBack()
    .not('script, style, template')
    .contents()
    .toArray()
    .filter((n) => n.type === 'text');

  for (const node of textNodes) {
    const text = $(node).text();
    for (const m of text.matchAll(CITATION)) {
      citations++;
      const n = Number(m[1]);
      const where = `“${clean(text.slice(Math.max(0, m.index - 40), m.index + 20))}”`;
      const item = items.find((i) => i.number === n);
      if (!item) {
        problems.push(`IV.${n} không phải một mục của Phần IV: ${where}`);
        continue;
      }
      const link = $(node).parent().closest('a');
      if (link.length === 0) {
        problems.push(`IV.${n} chưa có liên kết: ${where}`);
        continue;
      }
      const href = link.attr('href') ?? '';
      const label = clean(link.text());
      const named = new RegExp(`IV\\.${n}, ý (\\d+)`).exec(label);
      const dutyLink = DUTY_HREF.exec(href);
      const body = BODY_HREF.exec(href);
      const plan = PLAN_HREF.exec(href);
      if (dutyLink) {
        const [, slug, itemNo, dutyNo] = dutyLink;
        const index = Number(dutyNo);
        if (slug !== item.slug || Number(itemNo) !== n) {
          problems.push(`IV.${n} dẫn tới ${href}, không phải /co-quan/${item.slug}/#iv-${n}-…: ${where}`);
          continue;
        }
        if (index < 1 || index > item.duties.length) {
          problems.push(`IV.${n} dẫn tới ý ${index}, mục này có ${item.duties.length} ý: ${where}`);
          continue;
        }
        if (item.duties.length > 1 && named?.[1] !== String(index)) {
          problems.push(`Liên kết “${label}” tới ${href} phải ghi “IV.${n}, ý ${index}”: ${where}`);
          continue;
        }
        if (item.duties.length === 1 && /, ý \d/.test(label)) {
          problems.push(`Mục IV.${n} chỉ có một ý, liên kết “${label}” không ghi “ý”: ${where}`);
          continue;
        }
        const dutyText = item.duties[index - 1]!;
        const block = link.closest(BLOCKS);
        const before = block.length > 0 ? textBefore($, block.get(0)!, link.get(0)!) : '';
        const quoted = QUOTE_BEFORE.exec(before);
        if (quoted) quotations++;
        if (quoted && !quotes(dutyText, quoted[1]!)) {
          problems.push(`Câu trích “${clean(quoted[1]!)}” không có trong mục IV.${n}, ý ${index}.`);
        }
        const blockquote = link.closest('blockquote');
        const signature = link.closest('p');
        if (blockquote.length > 0 && /^— /.test(clean(signature.text()))) {
          blockquote
            .children('p')
            .not(signature)
            .each((_i, p) => {
              const words = clean($(p).text());
              quotations++;
              if (!quotes(dutyText, words)) problems.push(`Đoạn trích “${words}” không có trong mục IV.${n}, ý ${index}.`);
            });
        }
      } else if (body) {
        if (body[1] !== item.slug) problems.push(`IV.${n} dẫn tới ${href}, không phải /co-quan/${item.slug}/: ${where}`);
        else if (named) problems.push(`Liên kết “${label}” nêu một ý nhưng dẫn tới cả trang ${href}: ${where}`);
      } else if (plan) {
        if (Number(plan[1]) !== n) problems.push(`IV.${n} dẫn tới ${href}: ${where}`);
        else if (named) problems.push(`Liên kết “${label}” nêu một ý nhưng dẫn tới cả mục ${href}: ${where}`);
      } else {
        problems.push(`IV.${n} dẫn tới ${href || '(không có href)'}, không phải trang của cơ quan hay mục IV.${n}: ${where}`);
      }
    }
  }
  return {citations, quotations, problems};
}
