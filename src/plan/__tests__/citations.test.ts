/** The citation rules of src/plan/citations.ts and the <PlanRef> transform, on a small made-up Part IV. */
import {citationProblems, markdownCitations, quotes, renderPlanRef, type CitedItem} from '../citations';
import {planRefTransform, type MdNode} from '../../plugins/plan-ref/remarkPlanRef';

const ITEMS: CitedItem[] = [
  {number: 1, slug: 'co-quan-a', duties: ['Tiếp nhận hồ sơ sản phẩm đăng ký.', 'Tuyên truyền về Chương trình.']},
  {number: 2, slug: 'co-quan-b', duties: ['Hỗ trợ tiếp cận vốn tín dụng.']},
];

describe('quotes', () => {
  it('finds the parts of a quotation with omissions, in order', () => {
    expect(quotes('a b c d', 'a b … d')).toBe(true);
    expect(quotes('a b c d', 'd … a')).toBe(false);
    expect(quotes('a  b\nc', 'a b c')).toBe(true);
  });
});

describe('citationProblems', () => {
  const duty = (href: string, label: string, quotations?: string[]) => citationProblems({item: Number(/IV\.(\d+)/.exec(label)![1]), link: {href, label}, ...(quotations ? {quotations} : {})}, ITEMS);
  it('accepts a duty, body page or plan item link that matches its text', () => {
    expect(duty('/co-quan/co-quan-a/#iv-1-2', 'mục IV.1, ý 2')).toEqual([]);
    expect(duty('/co-quan/co-quan-b/#iv-2-1', 'mục IV.2')).toEqual([]);
    expect(duty('/co-quan/co-quan-a/', 'mục IV.1')).toEqual([]);
    expect(duty('/ke-hoach/to-chuc-thuc-hien/#iv-2', 'IV.2')).toEqual([]);
    expect(duty('/co-quan/co-quan-a/#iv-1-1', 'mục IV.1, ý 1', ['Tiếp nhận … đăng ký.'])).toEqual([]);
  });
  it('says what is wrong', () => {
    expect(citationProblems({item: 3}, ITEMS)).toEqual(['IV.3 không phải một mục của Phần IV (Phần IV có 2 mục).']);
    expect(citationProblems({item: 1}, ITEMS)).toEqual(['IV.1 chưa có liên kết: hãy dẫn tới ý được nhắc, ví dụ [mục IV.1, ý 1](/co-quan/co-quan-a/#iv-1-1).']);
    expect(duty('/co-quan/co-quan-b/#iv-2-1', 'mục IV.1, ý 1')).toEqual(['IV.1 dẫn tới /co-quan/co-quan-b/#iv-2-1, không phải /co-quan/co-quan-a/#iv-1-….']);
    expect(duty('/co-quan/co-quan-a/#iv-1-3', 'mục IV.1, ý 3')).toEqual(['IV.1 dẫn tới ý 3, mục này có 2 ý.']);
    expect(duty('/co-quan/co-quan-a/#iv-1-2', 'mục IV.1')).toEqual(['Liên kết “mục IV.1” tới /co-quan/co-quan-a/#iv-1-2 phải ghi “IV.1, ý 2”.']);
    expect(duty('/co-quan/co-quan-b/#iv-2-1', 'mục IV.2, ý 1')).toEqual(['Mục IV.2 chỉ có một ý, liên kết “mục IV.2, ý 1” không ghi “ý”.']);
    expect(duty('/co-quan/co-quan-a/', 'mục IV.1, ý 1')).toEqual(['Liên kết “mục IV.1, ý 1” nêu một ý nhưng dẫn tới cả trang /co-quan/co-quan-a/.']);
    expect(duty('/ke-hoach/to-chuc-thuc-hien/#iv-2', 'mục IV.1')).toEqual(['IV.1 dẫn tới /ke-hoach/to-chuc-thuc-hien/#iv-2.']);
    expect(duty('/ke-hoach/', 'mục IV.1')).toEqual(['IV.1 dẫn tới /ke-hoach/, không phải trang của cơ quan hay mục IV.1.']);
    expect(duty('/co-quan/co-quan-a/#iv-1-1', 'mục IV.1, ý 1', ['Tiếp nhận hồ sơ tài chính'])).toEqual([
      'Câu trích “Tiếp nhận hồ sơ tài chính” không có trong mục IV.1, ý 1: phải chép đúng lời Kế hoạch, dùng “…” cho phần lược bớt.',
    ]);
  });
});

describe('markdownCitations', () => {
  it('finds linked and unlinked citations, with the quotation before a link, line by line', () => {
    const md = 'Mở đầu (mục IV.1).\n“Tuyên truyền” (Kế hoạch 36, [mục IV.1, ý 2](/co-quan/co-quan-a/#iv-1-2)).\n```\nIV.2\n```\nMục II.2.4, XIV.3, `IV.2` và ![IV.2](./a.png) không tính.';
    expect(markdownCitations(md, 10)).toEqual([
      {item: 1, line: 10},
      {item: 1, link: {href: '/co-quan/co-quan-a/#iv-1-2', label: 'mục IV.1, ý 2'}, quotations: ['Tuyên truyền'], line: 11},
    ]);
  });
});

describe('renderPlanRef', () => {
  it('renders the link, a quotation with its citation, several duties, or a signed blockquote', () => {
    expect(renderPlanRef({item: 'iv-1-2'}, ITEMS, false)).toEqual({ok: true, rendering: {block: false, parts: [{href: '/co-quan/co-quan-a/#iv-1-2', label: 'mục IV.1, ý 2'}]}});
    expect(renderPlanRef({item: 'iv-2-1', short: true}, ITEMS, false)).toEqual({ok: true, rendering: {block: false, parts: [{href: '/co-quan/co-quan-b/#iv-2-1', label: 'IV.2'}]}});
    expect(renderPlanRef({item: 'iv-1-1', quote: 'Tiếp nhận hồ sơ'}, ITEMS, false)).toEqual({
      ok: true,
      rendering: {block: false, parts: [{text: '“Tiếp nhận hồ sơ” (Kế hoạch 36, '}, {href: '/co-quan/co-quan-a/#iv-1-1', label: 'mục IV.1, ý 1'}, {text: ')'}]},
    });
    expect(renderPlanRef({item: 'iv-1-2 iv-2-1', quote: 'Tuyên truyền', lead: ''}, ITEMS, false)).toEqual({ok: false, problems: [expect.stringMatching(/^Câu trích “Tuyên truyền” không có trong mục IV\.2:/)]});
    expect(renderPlanRef({item: 'iv-1-1 iv-1-2', quote: 'hồ sơ … đăng ký', lead: ''}, ITEMS, false)).toEqual({ok: false, problems: [expect.stringMatching(/mục IV\.1, ý 2:/)]});
    expect(renderPlanRef({item: 'iv-2-1', quote: true}, ITEMS, true)).toEqual({
      ok: true,
      rendering: {
        block: true,
        words: 'Hỗ trợ tiếp cận vốn tín dụng.',
        signature: [{text: '— '}, {href: '/ke-hoach/', label: 'Kế hoạch 36/KH-UBND'}, {text: ', '}, {href: '/co-quan/co-quan-b/#iv-2-1', label: 'mục IV.2'}],
      },
    });
  });
  it('refuses an unknown item or duty, and props that do not fit', () => {
    expect(renderPlanRef({item: 'iv-3-1'}, ITEMS, false)).toEqual({ok: false, problems: ['item="iv-3-1": Phần IV không có mục 3 (có 2 mục).']});
    expect(renderPlanRef({item: 'iv-1-3'}, ITEMS, false)).toEqual({ok: false, problems: ['item="iv-1-3": mục IV.1 có 2 ý, không có ý 3.']});
    expect(renderPlanRef({item: 'IV.1'}, ITEMS, false)).toEqual({ok: false, problems: ['item="IV.1" không đúng dạng iv-<mục>-<ý>, ví dụ iv-16-2 (mục IV.16, ý 2).']});
    expect(renderPlanRef({item: 'iv-1-1'}, ITEMS, true).ok).toBe(false);
    expect(renderPlanRef({item: 'iv-1-1 iv-1-2', quote: true}, ITEMS, false).ok).toBe(false);
  });
});

describe('the <PlanRef> transform', () => {
  const transform = planRefTransform({siteDir: '/site', planFile: '/nowhere', checked: ['docs/dao-tao']});
  const jsx = (type: string, attributes: Record<string, string | null>): MdNode => ({
    type,
    name: 'PlanRef',
    attributes: Object.entries(attributes).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
    position: {start: {line: 7}},
  });
  it('needs the plan only when a page cites it', () => {
    const tree: MdNode = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'IV.1'}]}]};
    expect(() => transform(tree, {path: '/site/docs/khac.md'})).not.toThrow();
    expect(() => transform({type: 'root', children: [jsx('mdxJsxTextElement', {item: 'iv-1-1'})]}, {path: '/site/docs/khac.md'})).toThrow(/ENOENT/);
  });
  it('replaces the element with Markdown and reports problems with file and line', () => {
    const withPlan = planRefTransform({siteDir: '/site', checked: ['docs/dao-tao'], items: ITEMS});
    const tree: MdNode = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Xem ('}, jsx('mdxJsxTextElement', {item: 'iv-2-1'}), {type: 'text', value: ').'}]}]};
    withPlan(tree, {path: '/site/docs/dao-tao/bai.mdx'});
    expect(tree.children![0]!.children).toEqual([
      {type: 'text', value: 'Xem ('},
      {type: 'link', url: '/co-quan/co-quan-b/#iv-2-1', children: [{type: 'text', value: 'mục IV.2'}]},
      {type: 'text', value: ').'},
    ]);
    const bad: MdNode = {type: 'root', children: [jsx('mdxJsxFlowElement', {item: 'iv-1-1', quote: 'Sai lời'}), {type: 'paragraph', children: [{type: 'text', value: 'mục IV.2', position: {start: {line: 9}}}]}]};
    expect(() => withPlan(bad, {path: '/site/docs/dao-tao/bai.mdx'})).toThrow(
      'Trích dẫn Kế hoạch 36 (Phần IV) chưa đúng trong docs/dao-tao/bai.mdx (2 lỗi):\n' +
        '  docs/dao-tao/bai.mdx, dòng 7: Câu trích “Sai lời” không có trong mục IV.1, ý 1: phải chép đúng lời Kế hoạch, dùng “…” cho phần lược bớt.\n' +
        '  docs/dao-tao/bai.mdx, dòng 9: IV.2 chưa có liên kết: hãy dẫn tới ý được nhắc, ví dụ [mục IV.2](/co-quan/co-quan-b/#iv-2-1).\n',
    );
  });
  it('checks the Markdown inside other components’ props, in the checked folders only', () => {
    const withPlan = planRefTransform({siteDir: '/site', checked: ['docs/dao-tao'], items: ITEMS});
    const quiz = (): MdNode => ({
      type: 'mdxJsxFlowElement',
      name: 'Quiz',
      attributes: [{type: 'mdxJsxAttribute', name: 'questions', value: {type: 'mdxJsxAttributeValueExpression', value: '[{\n  explanation: "[Mục IV.1, ý 3](/co-quan/co-quan-a/#iv-1-3) giao…",\n}]'}}],
      position: {start: {line: 20}},
    });
    expect(() => withPlan({type: 'root', children: [quiz()]}, {path: '/site/docs/dao-tao/bai.mdx'})).toThrow('docs/dao-tao/bai.mdx, dòng 21: IV.1 dẫn tới ý 3, mục này có 2 ý.');
    expect(() => withPlan({type: 'root', children: [quiz()]}, {path: '/site/docs/khac.mdx'})).not.toThrow();
  });
});
