/**
 * The new-post template and the folder name of a new post. Pure: the
 * command-line script (src/scripts/new-post.ts) does the file work.
 */
import {isRealIsoDate} from '../text/dates';
import {TRUNCATE_MARKER} from './checkContent';
import {MARKDOWN_LINE} from './checkFrontMatter';
import {slugify} from '../text/vietnamese';
import type {Vocabulary} from './types';

/** Folder name "YYYY-MM-DD-<slug>", or an error message in Vietnamese. */
export function postFolderName(title: string, date: string): {folder: string} | {error: string} {
  if (title.trim() === '') {
    return {error: 'Chưa có tiêu đề bài viết. Hãy ghi tiêu đề trong ngoặc kép sau dấu --, ví dụ: npm run new-post -- "Hội chợ OCOP Thanh Hóa 2025".'};
  }
  if (!isRealIsoDate(date)) {
    return {error: `Ngày "${date}" không đúng. Ghi ngày theo thứ tự năm-tháng-ngày, ví dụ --date 2025-07-06.`};
  }
  const slug = slugify(title);
  if (slug === '') {
    return {error: `Tiêu đề "${title}" không có chữ cái hay chữ số nào để đặt tên thư mục. Hãy dùng tiêu đề có chữ.`};
  }
  return {folder: `${date}-${slug}`};
}

/** Preview address of a post on the local server (npm start). */
export function previewUrl(folder: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(folder);
  return m ? `http://localhost:3000/tin-tuc/${m[1]}/${m[2]}/${m[3]}/${m[4]}/` : 'http://localhost:3000/tin-tuc/';
}

/** The text of a new post, as a draft with [[ ]] placeholders the build refuses until replaced. */
export function renderPostTemplate(title: string, date: string, vocab: Vocabulary): string {
  const firstAuthor = vocab.authors[0]?.key ?? 'ban-bien-tap';
  const tagLines = vocab.tags.map((t) => `#   ${t.key} = ${t.label}`);
  return [
    '---',
    `title: ${JSON.stringify(title.normalize('NFC').trim())}`,
    'description: "[[Tóm tắt bài trong 1–2 câu, tối đa 160 ký tự: việc gì, ở đâu, khi nào]]"',
    `date: ${date}`,
    '# Bài tin viết bằng Markdown thông thường: giữ nguyên dòng dưới đây.',
    MARKDOWN_LINE,
    `authors: [${firstAuthor}]`,
    '# Thẻ (chủ đề): chọn 1 đến 3 mã trong danh sách dưới đây, ví dụ tags: [xuc-tien-thuong-mai, so-lieu]',
    ...tagLines,
    'tags: []',
    '# Bài mới là bản nháp: xem trước được (npm start) nhưng chưa lên trang web.',
    '# Khi bài đã sẵn sàng để đăng, xóa dòng draft: true bên dưới.',
    'draft: true',
    '# Ảnh đại diện (không bắt buộc): chép ảnh vào thư mục này, bỏ dấu # ở đầu hai dòng dưới và sửa lại.',
    '# image: ./anh-dai-dien.jpg',
    '# image_alt: "Mô tả ngắn điều ảnh cho thấy"',
    '---',
    '',
    '[[Đoạn mở đầu, 1–3 câu: điều quan trọng nhất của tin (việc gì, ai, ở đâu, khi nào). Đoạn này hiện ở trang danh sách tin.]]',
    '',
    TRUNCATE_MARKER,
    '',
    '[[Nội dung chính. Câu ngắn, mỗi đoạn một ý. Mỗi con số phải có nguồn ở mục Nguồn bên dưới. Chia mục bằng dòng bắt đầu bằng ## nếu bài dài.]]',
    '',
    '## Nguồn {#nguon}',
    '',
    '- [[Mỗi nguồn một dòng, dạng: [Tên bài báo hoặc văn bản](https://dia-chi-trang) (tên báo, ngày đăng)]]',
    '',
  ].join('\n');
}
