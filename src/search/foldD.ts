/**
 * Pagefind folds most Vietnamese diacritics at query time ("so cong thuong"
 * finds "Sở Công Thương"), but not đ → d: "danh gia" would miss "đánh giá".
 * At indexing time we therefore add, to each page's indexed copy only, its
 * words that contain đ/Đ written with d. Readers see the page unchanged.
 * (The mapping itself is src/text/vietnamese.ts, replaceD.)
 */
import {replaceD} from '../text/vietnamese';

const WORD = /[\p{L}\p{M}]+/gu;

/** The distinct words of `text` that contain đ or Đ, with đ → d and Đ → D, in order of appearance. */
export function dFoldedWords(text: string): string[] {
  const seen = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    if (!/[đĐ]/.test(word)) continue;
    seen.add(replaceD(word));
  }
  return [...seen];
}
