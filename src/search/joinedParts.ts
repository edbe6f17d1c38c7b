/**
 * Pagefind indexes a word joined by punctuation, such as a document number
 * "1489/QĐ-TTg", as the whole word and its parts; but it also splits the
 * parts where the case changes, so "TTg" becomes "t" + "tg", and "ttg" — what
 * a reader types — is not in the index: "quyet dinh 1489 qd ttg" found
 * nothing. At indexing time we therefore add, to each page's indexed copy
 * only, the parts of such words as readers type them: lower case, đ as d
 * ("1489", "qd", "ttg"). Readers see the page unchanged.
 */

/** A run of letters (with their marks) or digits. */
const PART = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The distinct parts (two characters or more) of the words of `text` that
 * join parts by punctuation, lower case, with đ → d, in order of appearance.
 */
export function joinedParts(text: string): string[] {
  const seen = new Set<string>();
  for (const word of text.normalize('NFC').split(/\s+/)) {
    const parts = word.match(PART) ?? [];
    if (parts.length < 2) continue;
    for (const part of parts) {
      if ([...part].length < 2) continue;
      seen.add(part.toLowerCase().replace(/đ/g, 'd'));
    }
  }
  return [...seen];
}
