/**
 * `<PlanRef>`: how docs cite a duty of Plan 36, Part IV. A remark plugin
 * of the docs: at build time each element is checked against the plan's
 * one copy (docs/ke-hoach/_van-ban/_phan-iv.md, read here) and replaced by
 * ordinary Markdown — the same text and link an editor would type — so
 * pages ship no component and no plan text for it.
 *
 *   (<PlanRef item="iv-9-1" />)                 → ([mục IV.9, ý 1](/co-quan/…/#iv-9-1))
 *   <PlanRef item="iv-16-2" quote="Huy động … OCOP" />
 *                                               → “Huy động … OCOP” (Kế hoạch 36, [mục IV.16, ý 2](…))
 *   lead="" drops "Kế hoạch 36, "; short drops "mục"; item="iv-3-3 iv-4-3" cites several duties;
 *   on a line of its own, `<PlanRef item="iv-14-7" quote />` is a blockquote of the whole duty, signed.
 *
 * In the folders listed in `checked`, every other citation of Part IV
 * (Markdown links, plain "IV.<n>" text, Markdown inside components' string
 * props such as Quiz explanations) is checked by the same rules
 * (src/plan/citations.ts). Any problem stops the build with a Vietnamese
 * message naming the file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parsePartIv} from '../../agencies/parsePartIv';
import {PART_IV_FILE} from '../ocop-data/loadAgencies';
import {resolvePlanDir} from '../ocop-data/options';
import {citationProblems, citationsInLink, citedItems, markdownCitations, QUOTE_BEFORE, renderPlanRef, unlinkedCitations, type CitedItem, type PlanRefPart, type PlanRefProps} from '../../plan/citations';

/** The parts of an MDX syntax tree (mdast with MDX) that this plugin reads or writes. */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: MdAttribute[];
  position?: {start: {line: number}};
}

interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | {type: string; value: string};
}

export interface RemarkPlanRefOptions {
  /** The site folder: messages name files relative to it. */
  siteDir: string;
  /** Part IV of the plan. Default: docs/ke-hoach/_van-ban/_phan-iv.md in siteDir. */
  planFile?: string;
  /** Folders (relative to siteDir) where every citation of Part IV is checked, not only <PlanRef>. */
  checked: readonly string[];
  /** The plan's items, instead of reading planFile (tests). */
  items?: readonly CitedItem[];
}

export class PlanRefError extends Error {
  constructor(file: string, problems: readonly {line: number | undefined; message: string}[]) {
    const lines = problems.map((p) => `  ${file}${p.line === undefined ? '' : `, dòng ${p.line}`}: ${p.message}`);
    super(`Trích dẫn Kế hoạch 36 (Phần IV) chưa đúng trong ${file} (${problems.length} lỗi):\n${lines.join('\n')}\nMã các ý ở trang /co-quan/<cơ quan>/ (ví dụ #iv-16-2 là mục IV.16, ý 2); cách viết <PlanRef>: README.md (bảng "Nội dung và dữ liệu nằm ở đâu") và src/plan/citations.ts (PlanRefProps).`);
    this.name = 'PlanRefError';
  }
}

const text = (value: string): MdNode => ({type: 'text', value});
const toMdast = (parts: readonly PlanRefPart[]): MdNode[] =>
  parts.map((p) => ('href' in p ? {type: 'link', url: p.href, children: [text(p.label)]} : text(p.text)));

/** Plain text of a node (what a reader sees). */
function plain(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plain).join('');
}

/** The props of a <PlanRef> element, or a problem. */
function planRefProps(node: MdNode): PlanRefProps | string {
  const props: Partial<Record<string, string | true>> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) return 'PlanRef chỉ nhận các thuộc tính item, quote, lead, short viết trực tiếp.';
    if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') return `Thuộc tính ${a.name} của PlanRef phải là chữ trong ngoặc kép, ví dụ ${a.name}="…".`;
    props[a.name] = a.value ?? true;
  }
  const unknown = Object.keys(props).filter((k) => !['item', 'quote', 'lead', 'short'].includes(k));
  if (unknown.length > 0) return `PlanRef không có thuộc tính ${unknown.join(', ')} (chỉ có item, quote, lead, short).`;
  const {item, quote, lead, short} = props;
  if (typeof item !== 'string') return 'PlanRef cần item="iv-<mục>-<ý>", ví dụ item="iv-16-2".';
  if (lead === true) return 'lead cần một giá trị, ví dụ lead="" (không ghi "Kế hoạch 36, ").';
  if (typeof short === 'string') return 'short không nhận giá trị: viết short, không viết short="…".';
  return {item, ...(quote === undefined ? {} : {quote}), ...(lead === undefined ? {} : {lead}), ...(short ? {short: true} : {})};
}

/** The syntax-tree transform (exported for the tests). */
export type PlanRefTransform = (tree: MdNode, file: {path?: string}) => void;

/**
 * The remark plugin, its options bound: `remarkPlugins: [planRefRemarkPlugin({siteDir})]`
 * in the docs' options (options given as [plugin, options] would be copied
 * into every page's JavaScript with the rest of the site's config).
 */
export function planRefRemarkPlugin(options: RemarkPlanRefOptions): () => PlanRefTransform {
  return () => planRefTransform(options);
}

export function planRefTransform(options: RemarkPlanRefOptions): PlanRefTransform {
  let items: readonly CitedItem[] | undefined = options.items;
  const planFile = options.planFile ?? path.join(resolvePlanDir(options.siteDir), PART_IV_FILE);
  const planItems = (): readonly CitedItem[] => (items ??= citedItems(parsePartIv(fs.readFileSync(planFile, 'utf8'))));
  const checkedDirs = options.checked.map((dir) => path.resolve(options.siteDir, dir) + path.sep);

  return (tree, file) => {
    const absolute = file.path ?? '';
    const checkAll = checkedDirs.some((dir) => absolute.startsWith(dir));
    const problems: {line: number | undefined; message: string}[] = [];
    const add = (line: number | undefined, messages: readonly string[]) => problems.push(...messages.map((message) => ({line, message})));

    const visit = (node: MdNode): void => {
      const children = node.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        const line = child.position?.start.line;
        const isJsx = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
        if (isJsx && child.name === 'PlanRef') {
          const props = planRefProps(child);
          const result = typeof props === 'string' ? {ok: false as const, problems: [props]} : renderPlanRef(props, planItems(), child.type === 'mdxJsxFlowElement');
          if (!result.ok) {
            add(line, result.problems);
            continue;
          }
          const {rendering} = result;
          const replacement: MdNode[] = rendering.block
            ? [{type: 'blockquote', children: [{type: 'paragraph', children: [text(rendering.words)]}, {type: 'paragraph', children: toMdast(rendering.signature)}]}]
            : toMdast(rendering.parts);
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
          continue;
        }
        if (checkAll) {
          if (isJsx) {
            for (const a of child.attributes ?? []) {
              const source = typeof a.value === 'string' ? a.value : a.value?.value;
              if (source) for (const c of markdownCitations(source)) add((line ?? 1) + c.line - 1, citationProblems(c, planItems()));
            }
          } else if (child.type === 'link' && child.url) {
            const quoted = QUOTE_BEFORE.exec(children.slice(0, i).map(plain).join(''));
            for (const c of citationsInLink({href: child.url, label: plain(child)}, quoted ? [quoted[1]!] : undefined)) add(line, citationProblems(c, planItems()));
            continue;
          } else if (child.type === 'text') {
            for (const c of unlinkedCitations(child.value ?? '')) add(line, citationProblems(c, planItems()));
          }
        }
        visit(child);
      }
    };
    visit(tree);
    if (problems.length > 0) throw new PlanRefError(path.relative(options.siteDir, absolute).split(path.sep).join('/'), problems);
  };
}
