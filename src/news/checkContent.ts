/**
 * Rules for the text of a news post (the Markdown after the front matter).
 * Posts are compiled as MDX (Docusaurus with `future.v4`), where "<", "{" and
 * HTML comments have special meanings; these rules catch the mistakes that
 * would otherwise stop the build with an English MDX error, plus the site's
 * own editorial rules (excerpt marker, "## Nguồn" section, image alt text).
 */
import {PLACEHOLDER, imageChecks} from './checkFrontMatter';
import {isNfc} from '../text/vietnamese';
import type {CheckEnvironment, PostSource, Problem, ProblemCode} from './types';

/** The excerpt marker: text above it is shown in the news list. */
export const TRUNCATE_MARKER = '{/* truncate */}';
const TRUNCATE = /\{\/\*\s*truncate\s*\*\/\}/;
const FIELD = 'nội dung';

/**
 * Blanks out code (fenced blocks and `inline code`), where "<" and "{" are
 * harmless, keeping one entry per line so line numbers stay right.
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

/** Checks the text of one post. */
export function checkContent(post: PostSource, env: CheckEnvironment = {}): Problem[] {
  const {file, body, bodyStartLine} = post;
  const problems: Problem[] = [];
  const add = (line: number | undefined, code: ProblemCode, message: string) =>
    problems.push({file, field: FIELD, ...(line === undefined ? {} : {line}), code, message});
  const lines = maskCode(body);
  const lineNo = (i: number) => bodyStartLine + i;
  let nonNfc: number[] = [];
  let inComment = false;

  lines.forEach((original, i) => {
    const n = lineNo(i);
    let line = original;

    // Multi-line MDX comments {/* … */} are allowed; skip their inside.
    if (inComment) {
      const end = line.indexOf('*/}');
      if (end < 0) {
        return;
      }
      line = ' '.repeat(end + 3) + line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => ' '.repeat(m.length));
    const openComment = line.indexOf('{/*');
    if (openComment >= 0) {
      inComment = true;
      line = line.slice(0, openComment);
    }

    if (!isNfc(original)) {
      nonNfc.push(n);
    }
    if (/^#\s/.test(line)) {
      add(n, 'content.h1', 'Dòng bắt đầu bằng một dấu # là tiêu đề cấp 1, nhưng mỗi trang chỉ có một tiêu đề cấp 1 là tiêu đề bài (title). Cách sửa: dùng ## cho các mục lớn trong bài và ### cho mục nhỏ.');
    }
    if (/^(import|export)\s/.test(line)) {
      add(n, 'content.esm', 'Dòng bắt đầu bằng chữ "import" hoặc "export" (chữ thường) bị hiểu là mã lệnh và làm hỏng bản dựng. Cách sửa: viết hoa chữ đầu dòng hoặc viết lại câu.');
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

    // "<" starts an HTML/JSX tag in MDX.
    const angle = line.replace(/\\</g, '  ');
    if (/<!--/.test(angle)) {
      if (/<!--\s*truncate\s*-->/.test(angle)) {
        add(n, 'content.truncate-html', `Dấu ngắt tóm tắt <!-- truncate --> không dùng được với cách dựng trang hiện nay (MDX). Cách sửa: thay bằng ${TRUNCATE_MARKER}.`);
      } else {
        add(n, 'content.html-comment', 'Ghi chú kiểu <!-- … --> không dùng được và làm hỏng bản dựng. Cách sửa: viết ghi chú ẩn trong {/* … */}, hoặc xóa ghi chú.');
      }
    } else {
      for (const m of angle.matchAll(/<(\S+)/g)) {
        const after = m[1] ?? '';
        if (/^(https?:|www\.|mailto:)/i.test(after)) {
          add(n, 'content.autolink', 'Địa chỉ web đặt trong dấu < > không dùng được. Cách sửa: viết liên kết dạng [Tên trang](https://dia-chi-trang).');
        } else if (/^img\b/i.test(after)) {
          add(n, 'content.html-img', 'Không chèn ảnh bằng thẻ <img>. Cách sửa: dùng ![Mô tả ảnh](./ten-anh.jpg) và để tệp ảnh cùng thư mục với bài.');
        } else if (/^br\b/i.test(after)) {
          add(n, 'content.html-br', 'Thẻ <br> không dùng được. Cách sửa: để một dòng trống giữa hai đoạn văn.');
        } else {
          add(n, 'content.angle', 'Dấu < viết liền với chữ hoặc số (ví dụ "<5 sao") bị hiểu là thẻ HTML và làm hỏng bản dựng. Cách sửa: viết bằng chữ ("dưới 5 sao"), hoặc thêm một dấu cách sau dấu <, hoặc viết \\<.');
        }
        break;
      }
    }

    // "{" starts a JavaScript expression in MDX. Allowed: MDX comments
    // (including heading ids {/* #id */}, removed above) and escaped \{ \}.
    const braces = line.replace(/\\[{}]/g, '  ');
    const oldId = /^#{1,6}\s.*\{#([A-Za-z0-9_-]+)\}\s*$/.exec(braces);
    if (oldId) {
      add(n, 'content.heading-id', `Mã mục viết kiểu {#${oldId[1]}} không dùng được với cách dựng trang hiện nay (MDX) và làm hỏng bản dựng. Cách sửa: viết {/* #${oldId[1]} */} ở cuối dòng tiêu đề mục.`);
    } else if (/[{}]/.test(braces)) {
      add(n, 'content.brace', 'Dấu ngoặc nhọn { } có nghĩa đặc biệt (mã lệnh) và làm hỏng bản dựng hoặc làm mất chữ. Cách sửa: dùng ngoặc đơn ( ), hoặc viết \\{ và \\} nếu thật sự cần dấu ngoặc nhọn.');
    }
  });

  if (nonNfc.length > 0) {
    const first = nonNfc[0];
    const more = nonNfc.length > 1 ? ` (và ${nonNfc.length - 1} dòng khác)` : '';
    add(first, 'content.nfc', `Có chữ tiếng Việt gõ theo kiểu "dấu rời" (Unicode tổ hợp)${more}, có thể hiển thị lỗi và khó tìm kiếm. Cách sửa: gõ lại đoạn đó bằng bộ gõ tiếng Việt đặt bảng mã "Unicode dựng sẵn" (Unikey, EVKey), không dán từ tệp PDF.`);
    nonNfc = [];
  }

  // Excerpt marker.
  const masked = lines.join('\n');
  const marker = TRUNCATE.exec(masked);
  if (!marker) {
    if (!/<!--\s*truncate\s*-->/.test(masked)) {
      add(undefined, 'content.truncate-missing', `Thiếu dấu ngắt tóm tắt ${TRUNCATE_MARKER}. Đoạn phía trên dấu này hiện ở trang danh sách tin. Cách sửa: viết ${TRUNCATE_MARKER} trên một dòng riêng, ngay sau đoạn mở đầu.`);
    }
  } else if (masked.slice(0, marker.index).trim() === '') {
    add(lineNo(masked.slice(0, marker.index).split('\n').length - 1), 'content.intro-missing', `Không có đoạn mở đầu phía trên dấu ${TRUNCATE_MARKER}, nên trang danh sách tin chỉ hiện tiêu đề. Cách sửa: viết 1–2 câu nêu điều quan trọng nhất của bài phía trên dấu này.`);
  }

  // "## Nguồn" with at least one link.
  const sources = /^##\s+Nguồn\b.*$/m.exec(masked.normalize('NFC'));
  if (!sources) {
    add(undefined, 'content.sources-missing', 'Thiếu mục "## Nguồn" ở cuối bài. Mọi thông tin, số liệu trong bài phải có nguồn. Cách sửa: thêm mục ## Nguồn {/* #nguon */} ở cuối bài, liệt kê văn bản hoặc bài báo đã dùng, mỗi nguồn một dòng dạng - [Tên bài hoặc văn bản](https://dia-chi) (tên báo, ngày đăng).');
  } else {
    const after = masked.normalize('NFC').slice(sources.index + sources[0].length);
    const section = after.split(/^##\s/m)[0] ?? '';
    if (!/\]\((https?:\/\/|\/)[^)]*\)/.test(section)) {
      add(lineNo(masked.normalize('NFC').slice(0, sources.index).split('\n').length - 1), 'content.sources-empty', 'Mục "## Nguồn" chưa có liên kết nào. Cách sửa: liệt kê nguồn dạng - [Tên bài hoặc văn bản](https://dia-chi) (tên báo, ngày đăng); với Kế hoạch 36, dẫn tới trang [Kế hoạch 36/KH-UBND](/ke-hoach/).');
    }
  }

  return problems;
}
