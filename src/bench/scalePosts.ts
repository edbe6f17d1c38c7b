/**
 * Generated news posts for the page-weight benchmark (npm run bench:scale)
 * and the scaled budget test: N posts written from the same template as
 * `npm run new-post` (src/news/newPost.ts), with every placeholder filled,
 * so each passes the news checks (front matter, tags, authors, "Nguồn").
 * The posts are obviously test posts ("Bài thử số …") and never leave the
 * temporary copy the benchmark builds. Pure: the caller writes the files.
 *
 * Their words matter to search, which ranks by how rare a word is across
 * pages: every real post names OCOP, several times (6 to 13 in each post of
 * 12/2026), so each generated post names it too. Without it, 500
 * posts that never say "OCOP" made it a rare word, and the lesson "OCOP là
 * gì…" outranked the topic page "Chủ đề: Chủ thể OCOP" for its own title.
 */
import {postFolderName, renderPostTemplate} from '../news/newPost';
import type {Vocabulary} from '../news/types';

export interface GeneratedPost {
  /** Folder under blog/, "YYYY-MM-DD-<slug>". */
  folder: string;
  /** The text of index.md. */
  text: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO date `days` before `lastDate` (YYYY-MM-DD, UTC arithmetic). */
export function daysBefore(lastDate: string, days: number): string {
  return new Date(Date.parse(`${lastDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `count` posts, one a day going back from `lastDate` (a published post's
 * date is never in the future), cycling through the declared tags.
 */
export function generatePosts(count: number, vocab: Vocabulary, lastDate: string): GeneratedPost[] {
  if (vocab.tags.length === 0) throw new Error('blog/tags.yml không có thẻ nào.');
  return Array.from({length: count}, (_unused, i) => {
    const n = i + 1;
    // Four digits: no title is the start of another ("số 36" / "số 366"), so each is found first by its own title.
    const title = `Bài thử số ${String(n).padStart(4, '0')} của phép đo dung lượng trang`;
    const date = daysBefore(lastDate, i);
    const named = postFolderName(title, date);
    if ('error' in named) throw new Error(named.error);
    const tag = vocab.tags[i % vocab.tags.length]!.key;
    const text = renderPostTemplate(title, date, vocab)
      .replace(/^description: .*$/m, `description: "Bài thử số ${n}, tạo tự động để đo dung lượng trang khi có nhiều bài tin."`)
      .replace(/^tags: \[\]$/m, `tags: [${tag}]`)
      .replace(/^draft: true\n/m, '')
      .replace(/\[\[Đoạn mở đầu[^\]]*\]\]/, `Đoạn mở đầu của bài thử số ${n}.`)
      .replace(/\[\[Nội dung chính[^\]]*\]\]/, `Nội dung của bài thử số ${n} về chương trình OCOP: vài câu để trang có độ dài của một bài tin ngắn. Xem [Kế hoạch 36](/ke-hoach/) và [chỉ tiêu các đơn vị](/chi-tieu/).`)
      .replace(/- \[\[Mỗi nguồn[^\n]*\]\]/, '- [Kế hoạch số 36/KH-UBND](/ke-hoach/) (UBND tỉnh Thanh Hóa, 24/02/2025)');
    if (text.includes('[[')) throw new Error(`Mẫu bài đã đổi: còn chỗ trống trong bài thử số ${n}.`);
    return {folder: named.folder, text};
  });
}
