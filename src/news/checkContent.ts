/**
 * Rules for the text of a news post (the Markdown after the front matter).
 * Posts are plain Markdown (`mdx: {format: md}` in their front matter, required
 * by checkFrontMatter.ts), not MDX: "<", "{" and "}" are ordinary characters.
 * What Markdown would pass on to the page unchecked is raw HTML, so one rule
 * refuses it (the excerpt marker <!-- truncate --> excepted); the rest are the
 * site's editorial rules (excerpt marker, "## Nguồn" section, image alt text)
 * and the MDX forms left from before, which Markdown would show as text.
 */
import {PLACEHOLDER, imageChecks} from './checkFrontMatter';
import {isNfc} from '../text/vietnamese';
import type {CheckEnvironment, PostSource, Problem, ProblemCode} from './types';

/** The excerpt marker: text above it is shown in the news list. */
export const TRUNCATE_MARKER = '<!-- truncate -->';
const TRUNCATE = /<!--\s*truncate\s*-->/;
/** The MDX form of the marker, used before posts were plain Markdown. */
const MDX_TRUNCATE = /\{\/\*\s*truncate\s*\*\/\}/;
const FIELD = 'nội dung';

/** The "## Nguồn" heading every post ends with (tested on NFC text). */
export const SOURCES_HEADING = /^##\s+Nguồn\b.*$/m;

/**
 * Blanks out code (fenced blocks and `inline code`), where "<" is shown as
 * written, keeping one entry per line so line numbers stay right.
 */
export function maskCode(body: string): string[] {
  const lines = body.split('\n');
  let fence: string | undefined;
  return lines.map((line) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (open && open[1]?.[0] === fence[0] && (open[1]?.length ?? 0) >= fence.length && line.trim() === open[1]) {
        fence = undefined;
      }
      return '';
    }
    if (open) {
      fence = open[1];
      return '';
    }
    return line.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
  });
}

/**
 * Raw HTML as CommonMark reads it: a comment or declaration ("<!", "<?"), a
 * complete tag on one line ("<br>", "<img src=…>", "</div>"), or a line that
 * starts with a tag name (an HTML block). Autolinks such as
 * <https://example.org> are Markdown and do not match, nor does an escaped
 * "<" (a backslash before it).
 */
const HTML = /<(?:[!?][^>]*>?|\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>)|^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?=\s|$)/;

/** The Vietnamese problem for raw HTML found in `line`, with a fix suited to the tag. */
function htmlMessage(found: string): string {
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(found)?.[1]?.toLowerCase();
  const intro = 'Bài tin viết bằng Markdown, không chèn mã HTML';
  if (found.startsWith('<!--')) {
    return `${intro}: ghi chú <!-- … --> không dùng được (chỉ dấu ngắt tóm tắt ${TRUNCATE_MARKER} được phép). Cách sửa: xóa ghi chú; điều cần nhắn người biên tập khác thì ghi ngoài bài.`;
  }
  if (tag === 'img') {
    return `${intro} (ở đây là thẻ <img>). Cách sửa: chèn ảnh bằng ![Mô tả ảnh](./ten-anh.jpg) và để tệp ảnh cùng thư mục với bài.`;
  }
  if (tag === 'br') {
    return `${intro} (ở đây là thẻ <br>). Cách sửa: để một dòng trống giữa hai đoạn văn.`;
  }
  if (tag === 'a') {
    return `${intro} (ở đây là thẻ <a>). Cách sửa: viết liên kết dạng [chữ hiện ra](https://dia-chi-trang).`;
  }
  return `${intro} (ở đây là "${found.trim()}"). Cách sửa: xóa thẻ này và viết bằng Markdown (## cho mục, **chữ đậm**, - cho danh sách, [chữ hiện ra](địa chỉ) cho liên kết); nếu muốn dấu < hiện ra như chữ thường, viết \\< (thêm dấu \\ trước dấu <).`;
}

/** Checks the text of one post. */
export function checkContent(post: PostSource, env: CheckEnvironment = {}): Problem[] {
  const {file, body, bodyStartLine} = post;
  const problems: Problem[] = [];
  const add = (line: number | undefined, code: ProblemCode, message: string) =>
    problems.push({file, field: FIELD, ...(line === undefined ? {} : {line}), code, message});
  const original = body.split('\n');
  const lines = maskCode(body);
  const lineNo = (i: number) => bodyStartLine + i;
  let nonNfc: number[] = [];

  lines.forEach((line, i) => {
    const n = lineNo(i);

    if (!isNfc(original[i] ?? '')) {
      nonNfc.push(n);
    }
    if (/^#\s/.test(line)) {
      add(n, 'content.h1', 'Dòng bắt đầu bằng một dấu # là tiêu đề cấp 1, nhưng mỗi trang chỉ có một tiêu đề cấp 1 là tiêu đề bài (title). Cách sửa: dùng ## cho các mục lớn trong bài và ### cho mục nhỏ.');
    }
    if (PLACEHOLDER.test(line)) {
      add(n, 'content.placeholder', 'Còn chữ mẫu trong [[ ]] chưa thay. Cách sửa: thay cả đoạn [[ … ]] bằng nội dung thật, hoặc xóa nếu không cần.');
    }

    // Images: ![mô tả](./anh.jpg)
    for (const m of line.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
      const alt = m[1] ?? '';
      const target = (m[2] ?? '').trim();
      const src = /^(\S+)\s+"[^"]*"$/.exec(target)?.[1] ?? target;
      if (alt.trim() === '') {
        add(n, 'content.image-alt', `Ảnh "${src}" thiếu mô tả (chữ trong ngoặc vuông) cho người khiếm thị và khi ảnh không tải được. Cách sửa: viết ![Mô tả ngắn điều ảnh cho thấy](${src}).`);
      }
      problems.push(...imageChecks(file, FIELD, src, env, n));
    }

    // The MDX forms used before posts were plain Markdown: Markdown shows them as text.
    const mdx = line.replace(/\\[{}]/g, '  ');
    const heading = /^#{1,6}\s.*?\{\/\*\s*#([A-Za-z0-9_-]+)\s*\*\/\}\s*$/.exec(mdx);
    if (MDX_TRUNCATE.test(mdx)) {
      add(n, 'content.truncate-mdx', `Dấu ngắt tóm tắt viết kiểu cũ {/* truncate */} sẽ hiện nguyên văn trong bài, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: thay cả dòng bằng ${TRUNCATE_MARKER}.`);
    } else if (heading) {
      add(n, 'content.heading-id-mdx', `Mã mục viết kiểu cũ {/* #${heading[1]} */} sẽ hiện nguyên văn trong tên mục, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: viết {#${heading[1]}} ở cuối dòng tiêu đề mục.`);
    } else if (/\{\/\*/.test(mdx)) {
      add(n, 'content.mdx-comment', 'Ghi chú ẩn kiểu {/* … */} sẽ hiện nguyên văn trong bài, vì bài tin nay là Markdown thông thường (dòng mdx: {format: md}). Cách sửa: xóa ghi chú; điều cần nhắn người biên tập khác thì ghi ngoài bài.');
    }

    // Raw HTML (the excerpt marker excepted; "\<" is an escaped "<").
    const html = HTML.exec(line.replace(/\\</g, '  ').replace(new RegExp(TRUNCATE.source, 'g'), (m) => ' '.repeat(m.length)));
    if (html) {
      add(n, 'content.html', htmlMessage(html[0]));
    }
  });

  if (nonNfc.length > 0) {
    const first = nonNfc[0];
    const more = nonNfc.length > 1 ? ` (và ${nonNfc.length - 1} dòng khác)` : '';
    add(first, 'content.nfc', `Có chữ tiếng Việt gõ theo kiểu "dấu rời" (Unicode tổ hợp)${more}, có thể hiển thị lỗi và khó tìm kiếm. Cách sửa: gõ lại đoạn đó bằng bộ gõ tiếng Việt đặt bảng mã "Unicode dựng sẵn" (Unikey, EVKey), không dán từ tệp PDF.`);
    nonNfc = [];
  }

  // Excerpt marker (the old MDX form is reported above, line by line).
  const masked = lines.join('\n');
  const marker = TRUNCATE.exec(masked);
  if (!marker) {
    if (!MDX_TRUNCATE.test(masked)) {
      add(undefined, 'content.truncate-missing', `Thiếu dấu ngắt tóm tắt ${TRUNCATE_MARKER}. Đoạn phía trên dấu này hiện ở trang danh sách tin. Cách sửa: viết ${TRUNCATE_MARKER} trên một dòng riêng, ngay sau đoạn mở đầu.`);
    }
  } else if (masked.slice(0, marker.index).trim() === '') {
    add(lineNo(masked.slice(0, marker.index).split('\n').length - 1), 'content.intro-missing', `Không có đoạn mở đầu phía trên dấu ${TRUNCATE_MARKER}, nên trang danh sách tin chỉ hiện tiêu đề. Cách sửa: viết 1–2 câu nêu điều quan trọng nhất của bài phía trên dấu này.`);
  }

  // "## Nguồn" with at least one link.
  const sources = SOURCES_HEADING.exec(masked.normalize('NFC'));
  if (!sources) {
    add(undefined, 'content.sources-missing', 'Thiếu mục "## Nguồn" ở cuối bài. Mọi thông tin, số liệu trong bài phải có nguồn. Cách sửa: thêm mục ## Nguồn {#nguon} ở cuối bài, liệt kê văn bản hoặc bài báo đã dùng, mỗi nguồn một dòng dạng - [Tên bài hoặc văn bản](https://dia-chi) (tên báo, ngày đăng).');
  } else {
    const after = masked.normalize('NFC').slice(sources.index + sources[0].length);
    const section = after.split(/^##\s/m)[0] ?? '';
    if (!/\]\((https?:\/\/|\/)[^)]*\)/.test(section)) {
      add(lineNo(masked.normalize('NFC').slice(0, sources.index).split('\n').length - 1), 'content.sources-empty', 'Mục "## Nguồn" chưa có liên kết nào. Cách sửa: liệt kê nguồn dạng - [Tên bài hoặc văn bản](https://dia-chi) (tên báo, ngày đăng); với Kế hoạch 36, dẫn tới trang [Kế hoạch 36/KH-UBND](/ke-hoach/).');
    }
  }

  return problems;
}
