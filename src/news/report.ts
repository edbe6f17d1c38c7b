/** Printing problems for communications staff, in Vietnamese, most important first. */
import type {Problem} from './types';

export const GUIDE_HINT =
  'Giải thích từng lỗi và cách sửa: trang "Hướng dẫn biên tập" (/huong-dan-bien-tap/), mục "Thông báo lỗi khi dựng trang".';

function where(p: Problem): string {
  const line = p.line === undefined ? '' : `, dòng ${p.line}`;
  const field = /^[A-Za-z_]+$/.test(p.field) ? `trường ${p.field}` : p.field;
  return `${p.file}${line} (${field})`;
}

/**
 * The report printed before the build stops (mode "error") or while
 * previewing (mode "warning"). Problems are grouped by file, in file order.
 */
export function formatProblems(problems: readonly Problem[], mode: 'error' | 'warning' = 'error'): string {
  const files = [...new Set(problems.map((p) => p.file))];
  const heading =
    mode === 'error'
      ? `LỖI BÀI VIẾT: không dựng được trang vì có ${problems.length} lỗi trong ${files.length} tệp.`
      : `CẢNH BÁO BÀI VIẾT: có ${problems.length} lỗi trong ${files.length} tệp. Xem trước vẫn được, nhưng bài sẽ không xuất bản được (lệnh npm run build sẽ dừng) cho tới khi sửa xong.`;
  const rule = '='.repeat(72);
  const out: string[] = ['', rule, heading, rule];
  let i = 0;
  for (const file of files) {
    for (const p of problems.filter((q) => q.file === file)) {
      i += 1;
      out.push('', `${i}. ${where(p)}  [mã lỗi: ${p.code}]`, `   ${p.message}`);
    }
  }
  out.push('', GUIDE_HINT, rule, '');
  return out.join('\n');
}

/** Error thrown to stop the build; its text is short because the report was already printed. */
export class NewsCheckError extends Error {
  constructor(count: number) {
    super(`Có ${count} lỗi trong bài viết (xem danh sách ở trên).`);
    // No stack trace: staff should read the report above, not Node internals.
    this.stack = this.message;
  }
}
