/**
 * How the site cites Part IV of Plan 36, and the one set of rules that
 * checks every citation, wherever it is written:
 *
 * - `<PlanRef item="iv-16-2" />` in docs (expanded at build time by
 *   src/plugins/plan-ref/, which reports problems with file and line);
 * - ordinary Markdown links in news posts and in the Markdown strings of
 *   components' props (Quiz explanations), read by `markdownCitations`;
 * - the built HTML (src/__tests__/support/partIvCitations.ts).
 *
 * A citation is "IV.<n>" (not inside a longer number). It must be link text,
 * and the link must lead to the cited item: a duty's anchor on the body's
 * page (/co-quan/<slug>/#iv-3-2), the body's page (/co-quan/<slug>/) or the
 * item on the plan's Part IV page (/ke-hoach/to-chuc-thuc-hien/#iv-3). A
 * link to a duty names it ("ý 2") exactly when the item has more than one
 * duty. Words quoted for a duty (“…”, with "…" inside for omissions) must be
 * the plan's words of that duty, in order.
 *
 * Pure: the plan's text is parsed elsewhere (src/agencies/parsePartIv.ts)
 * and passed in as `CitedItem`s.
 */
import {bodyForItem} from '../agencies/bodies';
import type {PlanItem} from '../agencies/parsePartIv';

/** An item of Part IV as citations need it. */
export interface CitedItem {
  number: number;
  /** Slug of the body's page under /co-quan/. */
  slug: string;
  /** Duty texts in plan order ("ý 1" first). */
  duties: readonly string[];
}

/** One "IV.<n>" found in content, with what surrounds it. */
export interface Citation {
  /** n of "IV.<n>". */
  item: number;
  /** The link whose text holds the citation, if any. */
  link?: {href: string; label: string};
  /** Words quoted for the cited duty: just before the link, or the paragraphs of a blockquote it signs. */
  quotations?: readonly string[];
}

/** The Part IV items with their body's slug (src/agencies/bodies.ts). */
export function citedItems(items: readonly PlanItem[]): CitedItem[] {
  return items.map((item) => {
    const body = bodyForItem(item.number);
    if (!body) throw new Error(`Mục IV.${item.number} không có trong danh sách cơ quan (src/agencies/bodies.ts).`);
    return {number: item.number, slug: body.slug, duties: item.duties.map((d) => d.text)};
  });
}

/** "IV.3" not inside a longer number or word (e.g. not "XIV.3", "IV.3.1"). */
export const CITATION = /(?<![\p{L}\d.])IV\.(\d+)(?![\d.]\d)/gu;
const DUTY_HREF = /^\/co-quan\/([a-z0-9-]+)\/#iv-(\d+)-(\d+)$/;
const BODY_HREF = /^\/co-quan\/([a-z0-9-]+)\/$/;
const PLAN_HREF = /^\/ke-hoach\/to-chuc-thuc-hien\/#iv-(\d+)$/;
/** A quotation closed just before a citation's parenthesis: “…” (Kế hoạch 36, <link>. */
export const QUOTE_BEFORE = /“([^“”]+)”\s*\((?:Kế hoạch 36, )?$/;

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

/** Site path of a duty: "/co-quan/to-chuc-kinh-te/#iv-16-2". */
export const dutyHref = (item: CitedItem, index: number): string => `/co-quan/${item.slug}/#iv-${item.number}-${index}`;

/** How a duty is named in link text: "IV.16, ý 2", or "IV.12" when the item has one duty. */
export const dutyName = (item: CitedItem, index: number): string =>
  item.duties.length > 1 ? `IV.${item.number}, ý ${index}` : `IV.${item.number}`;

/** The problems of one citation (empty when it is right). */
export function citationProblems(citation: Citation, items: readonly CitedItem[]): string[] {
  const n = citation.item;
  const item = items.find((i) => i.number === n);
  if (!item) return [`IV.${n} không phải một mục của Phần IV (Phần IV có ${items.length} mục).`];
  const {link} = citation;
  if (!link) return [`IV.${n} chưa có liên kết: hãy dẫn tới ý được nhắc, ví dụ [mục ${dutyName(item, 1)}](${dutyHref(item, 1)}).`];
  const {href, label} = link;
  const named = new RegExp(`IV\\.${n}, ý (\\d+)`).exec(label);
  const dutyLink = DUTY_HREF.exec(href);
  const body = BODY_HREF.exec(href);
  const plan = PLAN_HREF.exec(href);
  if (dutyLink) {
    const [, slug, itemNo, dutyNo] = dutyLink;
    const index = Number(dutyNo);
    if (slug !== item.slug || Number(itemNo) !== n) return [`IV.${n} dẫn tới ${href}, không phải /co-quan/${item.slug}/#iv-${n}-….`];
    if (index < 1 || index > item.duties.length) return [`IV.${n} dẫn tới ý ${index}, mục này có ${item.duties.length} ý.`];
    if (item.duties.length > 1 && named?.[1] !== String(index)) return [`Liên kết “${label}” tới ${href} phải ghi “IV.${n}, ý ${index}”.`];
    if (item.duties.length === 1 && /, ý \d/.test(label)) return [`Mục IV.${n} chỉ có một ý, liên kết “${label}” không ghi “ý”.`];
    const duty = item.duties[index - 1]!;
    return (citation.quotations ?? [])
      .filter((words) => !quotes(duty, words))
      .map((words) => `Câu trích “${clean(words)}” không có trong mục ${dutyName(item, index)}: phải chép đúng lời Kế hoạch, dùng “…” cho phần lược bớt.`);
  }
  if (body) {
    if (body[1] !== item.slug) return [`IV.${n} dẫn tới ${href}, không phải /co-quan/${item.slug}/.`];
    if (named) return [`Liên kết “${label}” nêu một ý nhưng dẫn tới cả trang ${href}.`];
    return [];
  }
  if (plan) {
    if (Number(plan[1]) !== n) return [`IV.${n} dẫn tới ${href}.`];
    if (named) return [`Liên kết “${label}” nêu một ý nhưng dẫn tới cả mục ${href}.`];
    return [];
  }
  return [`IV.${n} dẫn tới ${href || '(không có địa chỉ)'}, không phải trang của cơ quan hay mục IV.${n}.`];
}

/** The citations in a link's text ("mục IV.3, ý 2" holds one; "IV.3 và IV.4" two). */
export function citationsInLink(link: {href: string; label: string}, quotations?: readonly string[]): Citation[] {
  return [...link.label.matchAll(CITATION)].map((m) => ({item: Number(m[1]), link, ...(quotations ? {quotations} : {})}));
}

/** The citations in text outside any link (each one a problem: it has no link). */
export const unlinkedCitations = (text: string): Citation[] => [...text.matchAll(CITATION)].map((m) => ({item: Number(m[1])}));

/** A citation found in Markdown, with its 1-based line. */
export interface MarkdownCitation extends Citation {
  line: number;
}

/** A Markdown link: [label](href). */
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/**
 * The Part IV citations of Markdown text (a news post's body, or the
 * Markdown inside a component's string prop): link text, or plain text that
 * should have been a link. A quotation “…” right before a link's "(" — or
 * "(Kế hoạch 36, " — on the same line belongs to that link. Lines inside
 * fenced code are skipped; `firstLine` is the line number of the text's
 * first line.
 */
export function markdownCitations(markdown: string, firstLine = 1): MarkdownCitation[] {
  const found: MarkdownCitation[] = [];
  let fence = false;
  markdown.split('\n').forEach((raw, i) => {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(raw)) fence = !fence;
    if (fence) return;
    // Images' descriptions and inline code are not citations.
    const line = raw.replace(/!\[[^\]]*\]\([^)]*\)|`[^`]*`/g, (m) => ' '.repeat(m.length));
    const at = firstLine + i;
    let rest = '';
    let from = 0;
    for (const m of line.matchAll(MARKDOWN_LINK)) {
      const before = line.slice(from, m.index);
      rest += ` ${before}`;
      from = m.index + m[0].length;
      const quoted = QUOTE_BEFORE.exec(line.slice(0, m.index));
      const cites = citationsInLink({label: m[1]!, href: m[2]!}, quoted ? [quoted[1]!] : undefined);
      found.push(...cites.map((c) => ({...c, line: at})));
    }
    rest += ` ${line.slice(from)}`;
    found.push(...unlinkedCitations(rest).map((c) => ({...c, line: at})));
  });
  return found.sort((a, b) => a.line - b.line);
}

/** What `<PlanRef>` renders: text and links, in order. */
export type PlanRefPart = {text: string} | {href: string; label: string};

export interface PlanRefProps {
  /** One duty id ("iv-16-2") or several separated by spaces. */
  item: string;
  /** Words of the duty ("…" for omissions), or true for the whole duty. */
  quote?: string | true;
  /** Text before the links inside the quotation's parentheses. Default "Kế hoạch 36, ". */
  lead?: string;
  /** Link text without "mục" ("IV.16, ý 2"), as in tables and lists of items. */
  short?: boolean;
}

/** What `<PlanRef>` renders inline (`block: false`) or as a blockquote of its words, signed (`block: true`). */
export type PlanRefRendering = {block: false; parts: PlanRefPart[]} | {block: true; words: string; signature: PlanRefPart[]};

/** The plan's page, linked from a blockquote's signature. */
const PLAN_LINK: PlanRefPart = {href: '/ke-hoach/', label: 'Kế hoạch 36/KH-UBND'};

/**
 * What `<PlanRef>` renders, or the problems of its props (Vietnamese, for
 * the editor). `block` is true for an element on a line of its own: with
 * words to quote, it renders a blockquote signed with the plan and the duty.
 */
export function renderPlanRef(props: PlanRefProps, items: readonly CitedItem[], block: boolean): {ok: true; rendering: PlanRefRendering} | {ok: false; problems: string[]} {
  const problems: string[] = [];
  const ids = props.item.trim().split(/\s+/).filter(Boolean);
  if (ids.length === 0) problems.push('PlanRef cần thuộc tính item, ví dụ item="iv-16-2" (mục IV.16, ý 2).');
  const duties = ids.flatMap((id) => {
    const m = /^iv-(\d+)-(\d+)$/.exec(id);
    const item = m ? items.find((i) => i.number === Number(m[1])) : undefined;
    const index = m ? Number(m[2]) : 0;
    if (!m) problems.push(`item="${id}" không đúng dạng iv-<mục>-<ý>, ví dụ iv-16-2 (mục IV.16, ý 2).`);
    else if (!item) problems.push(`item="${id}": Phần IV không có mục ${m[1]} (có ${items.length} mục).`);
    else if (index < 1 || index > item.duties.length) problems.push(`item="${id}": mục IV.${item.number} có ${item.duties.length} ý, không có ý ${index}.`);
    else return [{item, index}];
    return [];
  });
  const {quote} = props;
  if (quote === true && ids.length !== 1) problems.push('quote không kèm lời trích chỉ dùng với một ý: ghi lời trích, quote="…".');
  if (typeof quote === 'string' && clean(quote.replace(/…/g, '')) === '') problems.push('quote="" trống: ghi lời trích, hoặc bỏ quote.');
  if (block && quote === undefined) problems.push('PlanRef đứng riêng một dòng là một đoạn trích: thêm quote, hoặc đặt PlanRef trong câu.');
  if (problems.length > 0) return {ok: false, problems};

  const links: PlanRefPart[] = duties.map(({item, index}) => ({href: dutyHref(item, index), label: `${props.short ? '' : 'mục '}${dutyName(item, index)}`}));
  const words = quote === true ? duties[0]!.item.duties[duties[0]!.index - 1]! : quote;
  if (words !== undefined) {
    for (const {item, index} of duties) {
      problems.push(...citationProblems({item: item.number, link: {href: dutyHref(item, index), label: dutyName(item, index)}, quotations: [words]}, items));
    }
    if (problems.length > 0) return {ok: false, problems};
  }
  const joined = links.flatMap((link, i) => (i === 0 ? [link] : [{text: '; '}, link]));
  if (words === undefined) return {ok: true, rendering: {block: false, parts: joined}};
  if (block) return {ok: true, rendering: {block: true, words, signature: [{text: '— '}, PLAN_LINK, {text: ', '}, ...joined]}};
  return {ok: true, rendering: {block: false, parts: [{text: `“${words}” (${props.lead ?? 'Kế hoạch 36, '}`}, ...joined, {text: ')'}]}};
}
