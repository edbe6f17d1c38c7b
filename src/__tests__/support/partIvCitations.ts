/**
 * Reads the citations of Part IV ("mục IV.3", "IV.3, ý 2") out of a built
 * page and checks each with the site's one set of citation rules
 * (src/plan/citations.ts, also used at build time by <PlanRef> and the news
 * checks): the link around it, the words quoted just before it — “…” (mục
 * IV.3, ý 2) — and the paragraphs of a blockquote it signs.
 *
 * Used by the build test (src/__tests__/site/part-iv-citations.test.ts)
 * and unit-tested on small pages (src/__tests__/partIvCitations.test.ts).
 */
import {load, type CheerioAPI} from 'cheerio';
import {citationProblems, citedItems, CITATION, QUOTE_BEFORE, type Citation, type CitedItem} from '../../plan/citations';
import {realItems} from '../../agencies/__tests__/helpers';

// Type only: cheerio's node type, from its own dependency.
/** A DOM node of cheerio's parser (domhandler, which cheerio brings but this project does not declare). */
type AnyNode = Parameters<CheerioAPI['contains']>[0];

export type {CitedItem};

export interface CitationReport {
  /** How many "IV.<n>" citations the content holds. */
  citations: number;
  /** How many quotations (inline or blockquote) were checked against the duty they cite. */
  quotations: number;
  /** One message per problem; empty when every citation is right. */
  problems: string[];
}

/** The 16 items of Part IV with their body's slug and duties, from the plan text. */
export const realCitedItems = (): CitedItem[] => citedItems(realItems());

const BLOCKS = 'p, li, td, th, legend, label, dd, dt, figcaption, h1, h2, h3, h4, h5, h6';

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

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
 * `article` on docs pages and news posts). Throws if the selector matches nothing.
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
      const where = `“${clean(text.slice(Math.max(0, m.index - 40), m.index + 20))}”`;
      const citation: Citation = {item: Number(m[1])};
      const a = $(node).parent().closest('a');
      if (a.length > 0) {
        citation.link = {href: a.attr('href') ?? '', label: clean(a.text())};
        const block = a.closest(BLOCKS);
        const quoted = QUOTE_BEFORE.exec(block.length > 0 ? textBefore($, block.get(0)!, a.get(0)!) : '');
        const words = quoted ? [quoted[1]!] : [];
        const blockquote = a.closest('blockquote');
        const signature = a.closest('p');
        if (blockquote.length > 0 && /^— /.test(clean(signature.text()))) {
          blockquote
            .children('p')
            .not(signature)
            .each((_i, p) => {
              words.push(clean($(p).text()));
            });
        }
        quotations += words.length;
        citation.quotations = words;
      }
      problems.push(...citationProblems(citation, items).map((problem) => `${problem} ${where}`));
    }
  }
  return {citations, quotations, problems};
}
