/**
 * Parses Part IV of Plan 36 (docs/ke-hoach/_van-ban/_phan-iv.md), the one
 * source of every agency duty. Pure: the plugin reads the file and passes
 * its text here; pages render the result, so the duty text exists once.
 *
 * Shape of the source: `### N. <name>[:] {/* #iv-N *\/}` then either "- "
 * bullets (one duty each) or one run-in paragraph (one duty).
 */

/** One duty: a bullet of item N, or the paragraph of a run-in item. */
export interface PlanDuty {
  /** Stable id: "iv-<item>-<bullet>", e.g. "iv-3-2" (item 3, bullet 2). */
  id: string;
  /** 1-based position within the item. */
  index: number;
  /** The plan's words, unchanged (whitespace collapsed). */
  text: string;
}

export interface PlanItem {
  /** Item number, 1–16. */
  number: number;
  /** The item's anchor in the plan pages, e.g. "iv-3". */
  anchor: string;
  /** Heading text as the plan writes it, without the number and the final colon. */
  heading: string;
  /** The body's name: the heading without a leading "Đề nghị" (item 11). */
  name: string;
  /** True when the plan "requests" (đề nghị) rather than assigns: bodies outside the People's Committee. */
  requested: boolean;
  /** True when the duties are one run-in paragraph instead of bullets. */
  runIn: boolean;
  duties: PlanDuty[];
}

export class PartIvFormatError extends Error {
  constructor(line: number, message: string) {
    super(`_phan-iv.md, dòng ${line}: ${message}`);
    this.name = 'PartIvFormatError';
  }
}

const ITEM_HEADING = /^### (\d+)\. (.+?)\s*\{\/\* #(iv-\d+) \*\/\}\s*$/;
const PART_HEADING = /^## IV\. /;
const BULLET = /^- (.+)$/;
/** Characters that would mean Markdown or MDX syntax inside a duty (rendered as plain text here). */
const MARKUP = /[*_<>{}[\]`]/;

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function parsePartIv(markdown: string): PlanItem[] {
  const items: PlanItem[] = [];
  let current: (PlanItem & {paragraphs: string[]}) | null = null;
  const lines = markdown.split(/\r?\n/);

  const finish = () => {
    if (!current) return;
    const {paragraphs, ...item} = current;
    if (item.duties.length > 0 && paragraphs.length > 0) {
      throw new PartIvFormatError(0, `mục ${item.number} có cả gạch đầu dòng và đoạn văn liền.`);
    }
    if (paragraphs.length > 0) {
      item.runIn = true;
      item.duties = paragraphs.map((text, i) => ({id: `${item.anchor}-${i + 1}`, index: i + 1, text}));
    }
    if (item.duties.length === 0) throw new PartIvFormatError(0, `mục ${item.number} không có nhiệm vụ nào.`);
    items.push(item);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '' || PART_HEADING.test(line)) return;
    const heading = ITEM_HEADING.exec(line);
    if (heading) {
      finish();
      const number = Number(heading[1]);
      const anchor = heading[3]!;
      if (anchor !== `iv-${number}`) throw new PartIvFormatError(lineNo, `mục ${number} có neo #${anchor}, phải là #iv-${number}.`);
      if (number !== items.length + 1) throw new PartIvFormatError(lineNo, `mục ${number} đứng sau mục ${items.length}.`);
      const text = collapse(heading[2]!).replace(/:$/, '').trim();
      const requested = /^Đề nghị /.test(text);
      current = {number, anchor, heading: text, name: requested ? text.replace(/^Đề nghị /, '') : text, requested, runIn: false, duties: [], paragraphs: []};
      return;
    }
    if (!current) throw new PartIvFormatError(lineNo, 'có nội dung trước mục 1.');
    const item: PlanItem & {paragraphs: string[]} = current;
    const bullet = BULLET.exec(line);
    const text = collapse(bullet ? bullet[1]! : line);
    if (MARKUP.test(text)) throw new PartIvFormatError(lineNo, 'nhiệm vụ có ký tự định dạng Markdown; trang cơ quan hiển thị văn bản thuần.');
    if (bullet) {
      const index = item.duties.length + 1;
      item.duties.push({id: `${item.anchor}-${index}`, index, text});
    } else {
      item.paragraphs.push(text);
    }
  });
  finish();
  return items;
}
