/**
 * A post says what was known on its date. Later facts go in a dated update
 * block, and the post keeps its date and address:
 *
 *   :::note[Cập nhật ngày 06/07/2025]
 *   … xem tin [Đánh giá sản phẩm OCOP còn hai cấp](../2025-07-06-…/index.md).
 *   :::
 *
 * This check needs every post at once (it compares dates), so it runs after
 * the per-post rules. It finds links from a post to a post dated later:
 * outside an update block they are a problem; inside one, the linked post
 * must not be later than the block's date, and the block's date must be a
 * real date not before the post's own.
 */
import path from 'node:path';
import {isoFromDayMonthYear} from '../text/dates';
import {maskCode} from './checkContent';
import type {Problem} from './types';

/** A post with its date, for comparing posts. */
export interface DatedPost {
  /** Path relative to the site folder, e.g. "blog/2025-07-06-hoi-cho/index.md". */
  file: string;
  /** "YYYY-MM-DD". */
  date: string;
  /** The post's address on the site (e.g. "/tin-tuc/2025/07/06/hoi-cho"), when known. */
  permalink?: string;
  body: string;
  /** 1-based line number, in the file, of the first line of `body`. */
  bodyStartLine: number;
}

const FIELD = 'nội dung';
/** The opening line of an update block: ":::note[Cập nhật ngày 06/07/2025]". */
export const UPDATE_OPEN = /^\s*:::[A-Za-z]*\s*\[\s*Cập nhật ngày\s+([^\]]*?)\s*\]\s*$/u;
const ANY_OPEN = /^\s*:::[A-Za-z]+/;
const CLOSE = /^\s*:::\s*$/;
const LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** "06/07/2025" → "2025-07-06", or undefined when it is not a real date in that form. */
export function isoFromUpdateDate(text: string): string | undefined {
  return isoFromDayMonthYear(text, {slashOnly: true});
}

/** "2025-07-06" → "06/07/2025". */
export const vietnameseDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The post's date "YYYY-MM-DD" from its parsed front matter (a Date or a string), or undefined. */
export function isoPostDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

const trimSlash = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);

/** The post a link in `from` leads to, if it leads to one of `posts`. */
export function linkedPost(from: DatedPost, target: string, posts: readonly DatedPost[]): DatedPost | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) return undefined;
  let clean = target.replace(/[?#].*$/, '');
  try {
    clean = decodeURI(clean);
  } catch {
    // keep as written
  }
  if (clean.startsWith('/')) {
    const wanted = trimSlash(clean);
    return posts.find((p) => p.permalink !== undefined && (trimSlash(p.permalink) === wanted || trimSlash(p.permalink).endsWith(wanted)));
  }
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from.file), clean));
  const base = trimSlash(resolved);
  const candidates = /\.mdx?$/.test(base) ? [base] : [`${base}/index.md`, `${base}/index.mdx`, `${base}.md`, `${base}.mdx`];
  return posts.find((p) => p !== from && candidates.includes(p.file));
}

/** Problems with links from each post to posts dated after it (see the top of this file). */
export function checkLaterLinks(posts: readonly DatedPost[]): Problem[] {
  const problems: Problem[] = [];
  for (const post of posts) {
    const add = (line: number, code: Problem['code'], message: string) => problems.push({file: post.file, field: FIELD, line, code, message});
    const own = vietnameseDate(post.date);
    /** Stack of open blocks: the update date ("YYYY-MM-DD" or null for an invalid one), or undefined for other blocks. */
    const open: (string | null | undefined)[] = [];
    maskCode(post.body).forEach((line, i) => {
      const n = post.bodyStartLine + i;
      const update = UPDATE_OPEN.exec(line);
      if (update) {
        const written = update[1] ?? '';
        const iso = isoFromUpdateDate(written);
        if (iso === undefined) {
          add(n, 'content.update-date', `Khối cập nhật ghi "Cập nhật ngày ${written}", không phải một ngày có thật viết theo dạng ngày/tháng/năm. Cách sửa: viết ví dụ :::note[Cập nhật ngày 06/07/2025] (hai chữ số ngày, hai chữ số tháng, bốn chữ số năm).`);
        } else if (iso < post.date) {
          add(n, 'content.update-date', `Khối "Cập nhật ngày ${written}" ghi ngày trước ngày đăng bài (${own}). Ngày cập nhật là ngày bạn viết thêm vào bài, nên không thể trước ngày đăng. Cách sửa: ghi ngày viết cập nhật; nếu nội dung đã có từ ngày đăng thì bỏ khối cập nhật.`);
        }
        open.push(iso ?? null);
        return;
      }
      if (ANY_OPEN.test(line)) {
        open.push(undefined);
        return;
      }
      if (CLOSE.test(line)) {
        open.pop();
        return;
      }
      const block = [...open].reverse().find((b) => b !== undefined);
      for (const m of line.matchAll(LINK)) {
        const target = linkedPost(post, m[1] ?? '', posts);
        if (!target || target.date <= post.date) continue;
        const theirs = vietnameseDate(target.date);
        if (block === undefined) {
          add(
            n,
            'content.later-post-link',
            `Bài đăng ngày ${own} dẫn tới bài ${target.file}, đăng sau đó (ngày ${theirs}). Một bài chỉ nói điều đã biết vào ngày đăng. Cách sửa: đưa câu có liên kết này vào một khối cập nhật có ghi ngày, giữa hai dòng :::note[Cập nhật ngày ${theirs}] và :::, ghi ngày bạn viết cập nhật (không trước ${theirs}). Bài giữ nguyên ngày đăng và địa chỉ.`,
          );
        } else if (block !== null && target.date > block) {
          add(
            n,
            'content.later-post-link',
            `Khối "Cập nhật ngày ${vietnameseDate(block)}" dẫn tới bài ${target.file}, đăng sau ngày của khối (ngày ${theirs}). Cách sửa: ghi ngày của khối là ngày bạn viết cập nhật (không trước ${theirs}), hoặc thêm một khối cập nhật mới cho điều này.`,
          );
        }
      }
    });
  }
  return problems;
}
