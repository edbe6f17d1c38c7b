import fs from 'node:fs';
import path from 'node:path';
import {CORRECTIONS_FILE, formatCorrectionProblems, parseCorrections} from '../corrections';

const HEAD = '---\ntitle: Đính chính\n---\n\n# Đính chính\n\nGiới thiệu.\n\n## Các lần đính chính {/* #danh-sach */}\n';
/** Line of the first entry heading in a file made of HEAD + entries. */
const FIRST = HEAD.split('\n').length + 1;

function entry(date: string, title: string, extra: string[] = []): string {
  return [`### ${date}: ${title}`, '', '- **Trang:** [Hồ sơ](/chu-trinh-ocop/ho-so/)', '- **Trước đây:** sai.', '- **Nay:** đúng.', ...extra, ''].join('\n');
}

describe('parseCorrections', () => {
  it('reads the entries: date, title, line and fields', () => {
    const text = `${HEAD}\n${entry('30/11/2026', 'Sửa A', ['- **Nguồn:** [Báo](https://example.vn/a) (01/01/2026)'])}\n${entry('1/3/2026', 'Sửa B')}`;
    const {entries, problems} = parseCorrections(text, 'docs/dinh-chinh.md', '2026-11-30');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.date, e.title, e.line])).toEqual([
      ['2026-11-30', 'Sửa A', FIRST],
      ['2026-03-01', 'Sửa B', FIRST + 7],
    ]);
    expect(entries[0]!.fields).toEqual({Trang: '[Hồ sơ](/chu-trinh-ocop/ho-so/)', 'Trước đây': 'sai.', Nay: 'đúng.', Nguồn: '[Báo](https://example.vn/a) (01/01/2026)'});
  });

  it('names file and line, in Vietnamese, for each kind of mistake', () => {
    const bad = (body: string) => parseCorrections(`${HEAD}\n${body}`, 'docs/dinh-chinh.md', '2026-11-30').problems.map((p) => [p.line - FIRST, p.message]);
    expect(bad('### Sửa A\n- **Trang:** [x](/x/)\n')).toEqual([[0, expect.stringMatching(/^docs\/dinh-chinh\.md, dòng \d+: Dòng tiêu đề của một lần đính chính phải bắt đầu bằng ngày sửa/)]]);
    expect(bad(entry('31/02/2026', 'A'))).toEqual([[0, expect.stringContaining('Ngày "31/02/2026" không có thật')]]);
    expect(bad(entry('01/12/2026', 'A'))).toEqual([[0, expect.stringContaining('ở sau ngày hôm nay')]]);
    expect(bad('### 30/11/2026: A\n- **Trang:** [x](/x/)\n- **Nay:** y\n')).toEqual([[0, expect.stringContaining('thiếu dòng - **Trước đây:**')]]);
    expect(bad('### 30/11/2026: A\n- **Trang:** trang hồ sơ\n- **Trước đây:** x\n- **Nay:** y\n')).toEqual([[1, expect.stringContaining('cần ít nhất một liên kết tới trang đã sửa')]]);
    expect(bad('### 30/11/2026: A\n- **Trang:** [x](/x/)\n- **Trước đây:**\n- **Nay:** y\n')).toEqual([[2, expect.stringContaining('còn trống')]]);
    expect(bad('### 30/11/2026: A\n- **Trang:** [x](/x/)\n- **Truoc day:** x\n- **Trước đây:** x\n- **Nay:** y\n')).toEqual([[2, expect.stringContaining('"Truoc day" không phải một dòng')]]);
    expect(bad('### 30/11/2026: A\n- **Trang:** [x](/x/)\n- **Trước đây:** x\nthêm một dòng\n- **Nay:** y\n')).toEqual([[3, expect.stringContaining('chỉ có các dòng')]]);
    expect(bad('Một dòng lạc.\n')).toEqual([[0, expect.stringContaining('không thuộc lần đính chính nào')]]);
    expect(bad(`${entry('01/03/2026', 'Cũ')}\n${entry('30/11/2026', 'Mới')}`)).toEqual([[6, expect.stringContaining('Lần mới nhất viết ở trên cùng')]]);
  });

  it('stops at the next "##" section and requires the list section', () => {
    expect(parseCorrections(`${HEAD}\n${entry('30/11/2026', 'A')}\n## Khác\n\nbất kỳ\n`).problems).toEqual([]);
    expect(parseCorrections('# Đính chính\n').problems.map((p) => p.message)).toEqual([expect.stringContaining('Không thấy mục "## Các lần đính chính"')]);
  });

  it('formats a report that lists each problem', () => {
    const {problems} = parseCorrections(`${HEAD}\n### Sai\n`);
    expect(formatCorrectionProblems(problems)).toContain('LỖI TRANG ĐÍNH CHÍNH: không dựng được trang vì có 1 lỗi.');
  });
});

describe(CORRECTIONS_FILE, () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../..', CORRECTIONS_FILE), 'utf8');
  it('is well formed and lists at least one correction', () => {
    const {entries, problems} = parseCorrections(text);
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(1);
  });
});
