/**
 * The corrections page (docs/dinh-chinh.md) is its own source: staff add an
 * entry by copying one. This module reads the entries and checks their form,
 * so that every entry tells a reader the same four things: date, page, what
 * was written before, what the site says now. Pure; the build calls it from
 * the Markdown front-matter hook (src/plugins/news/parseFrontMatter.ts) and stops on
 * a problem, with a Vietnamese message naming the file and line.
 *
 * An entry (under "## Các lần đính chính"):
 *
 *   ### 30/11/2026: Tên ngắn của lần sửa
 *
 *   - **Trang:** [Tên trang](/duong-dan/)
 *   - **Trước đây:** điều trang đã ghi.
 *   - **Nay:** điều trang ghi bây giờ.
 *   - **Nguồn:** [Tên nguồn](https://…) (ngày)      ← không bắt buộc
 */

export const CORRECTIONS_FILE = 'docs/dinh-chinh.md';
const SECTION = /^##\s+Các lần đính chính\b/u;
const ENTRY = /^###\s+(.*?)\s*(?:\{\/\*.*\*\/\})?\s*$/u;
const ENTRY_HEAD = /^(\d{1,2})\/(\d{1,2})\/(\d{4}):\s*(\S.*)$/u;
const FIELD = /^[-*]\s+\*\*([^*:]+):\*\*\s*(.*)$/u;
export const FIELDS = ['Trang', 'Trước đây', 'Nay', 'Nguồn'] as const;
const REQUIRED = ['Trang', 'Trước đây', 'Nay'] as const;
const LINK = /\[[^\]]+\]\((\/[^)\s]*|https?:\/\/[^)\s]+)\)/u;

export interface Correction {
  /** "YYYY-MM-DD". */
  date: string;
  title: string;
  /** 1-based line of the entry's heading in the file. */
  line: number;
  fields: Partial<Record<(typeof FIELDS)[number], string>>;
}

export interface CorrectionProblem {
  file: string;
  line: number;
  message: string;
}

const EXAMPLE = '### 30/11/2026: Tên ngắn của lần sửa, rồi ba dòng - **Trang:** [Tên trang](/duong-dan/), - **Trước đây:** …, - **Nay:** …';

function isoDate(d: string, m: string, y: string): string | undefined {
  const [dd, mm, yy] = [Number(d), Number(m), Number(y)];
  const date = new Date(Date.UTC(yy, mm - 1, dd));
  if (date.getUTCFullYear() !== yy || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The entries of the corrections page and the problems in their form. `today` ("YYYY-MM-DD") refuses future dates. */
export function parseCorrections(text: string, file: string = CORRECTIONS_FILE, today?: string): {entries: Correction[]; problems: CorrectionProblem[]} {
  const lines = text.normalize('NFC').split('\n');
  const entries: Correction[] = [];
  const problems: CorrectionProblem[] = [];
  const add = (line: number, message: string) => problems.push({file, line, message: `${file}, dòng ${line}: ${message}`});
  const start = lines.findIndex((l) => SECTION.test(l));
  if (start < 0) {
    add(1, 'Không thấy mục "## Các lần đính chính". Cách sửa: giữ nguyên dòng tiêu đề này; các lần đính chính viết bên dưới nó.');
    return {entries, problems};
  }
  let current: Correction | undefined;
  let valid = false;
  const finish = () => {
    if (!current) return;
    if (valid) {
      for (const f of REQUIRED) {
        if (current.fields[f] === undefined) add(current.line, `Lần đính chính "${current.title}" thiếu dòng - **${f}:** …. Mỗi lần đính chính cần đủ: Trang, Trước đây, Nay.`);
      }
      entries.push(current);
    }
    current = undefined;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const n = i + 1;
    if (/^##\s/.test(raw)) break;
    const heading = ENTRY.exec(raw);
    if (heading) {
      finish();
      const head = ENTRY_HEAD.exec(heading[1] ?? '');
      const date = head ? isoDate(head[1]!, head[2]!, head[3]!) : undefined;
      valid = date !== undefined;
      current = {date: date ?? '', title: head?.[4]?.trim() ?? (heading[1] ?? ''), line: n, fields: {}};
      if (!head) add(n, `Dòng tiêu đề của một lần đính chính phải bắt đầu bằng ngày sửa, dấu hai chấm, rồi tên ngắn. Cách sửa: viết ${EXAMPLE}.`);
      else if (!date) add(n, `Ngày "${head[1]}/${head[2]}/${head[3]}" không có thật. Cách sửa: viết ngày sửa theo dạng ngày/tháng/năm, ví dụ 30/11/2026.`);
      else if (today !== undefined && date > today) add(n, `Ngày sửa ${head[1]}/${head[2]}/${head[3]} ở sau ngày hôm nay. Cách sửa: ghi ngày đã sửa trên trang.`);
      continue;
    }
    if (raw.trim() === '') continue;
    if (!current) {
      add(n, `Dòng này nằm dưới "## Các lần đính chính" nhưng không thuộc lần đính chính nào. Cách sửa: mỗi lần đính chính bắt đầu bằng ${EXAMPLE}.`);
      continue;
    }
    const field = FIELD.exec(raw);
    if (!field) {
      add(n, `Trong một lần đính chính chỉ có các dòng - **Trang:**, - **Trước đây:**, - **Nay:** và (nếu có) - **Nguồn:**, mỗi dòng một đoạn. Cách sửa: gộp dòng này vào một trong các dòng đó.`);
      continue;
    }
    const name = field[1]!.trim() as (typeof FIELDS)[number];
    const value = field[2]!.trim();
    if (!(FIELDS as readonly string[]).includes(name)) {
      add(n, `"${name}" không phải một dòng của lần đính chính. Cách sửa: dùng một trong: ${FIELDS.join(', ')}.`);
      continue;
    }
    if (current.fields[name] !== undefined) add(n, `Dòng - **${name}:** viết hai lần trong lần đính chính "${current.title}". Cách sửa: gộp thành một dòng.`);
    if (value === '') add(n, `Dòng - **${name}:** còn trống. Cách sửa: viết nội dung ngay sau dấu hai chấm.`);
    else if ((name === 'Trang' || name === 'Nguồn') && !LINK.test(value)) {
      add(n, `Dòng - **${name}:** cần ít nhất một liên kết${name === 'Trang' ? ' tới trang đã sửa, dạng [Tên trang](/duong-dan/)' : ', dạng [Tên nguồn](https://dia-chi) (ngày)'}.`);
    }
    current.fields[name] = value;
  }
  finish();
  for (let k = 1; k < entries.length; k++) {
    if (entries[k]!.date > entries[k - 1]!.date) {
      add(entries[k]!.line, `Lần đính chính ngày ${entries[k]!.date.split('-').reverse().join('/')} nằm dưới một lần cũ hơn. Lần mới nhất viết ở trên cùng. Cách sửa: chuyển lần đính chính này lên trên.`);
    }
  }
  return {entries, problems};
}

/** The report printed before the build stops on a malformed corrections page. */
export function formatCorrectionProblems(problems: readonly CorrectionProblem[]): string {
  const rule = '='.repeat(72);
  return ['', rule, `LỖI TRANG ĐÍNH CHÍNH: không dựng được trang vì có ${problems.length} lỗi.`, rule, ...problems.map((p, i) => `${i + 1}. ${p.message}`), '', 'Cách viết một lần đính chính: trang "Hướng dẫn biên tập" (/huong-dan-bien-tap/), mục "Ghi một lần đính chính".', rule, ''].join('\n');
}

/** Error thrown to stop the build; the report was already printed. */
export class CorrectionsCheckError extends Error {
  constructor(count: number) {
    super(`Có ${count} lỗi trong trang Đính chính (xem danh sách ở trên).`);
    this.stack = this.message;
  }
}
