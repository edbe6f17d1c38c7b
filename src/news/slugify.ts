/**
 * ASCII URL slug from a Vietnamese title, for news post folders:
 * "Hội chợ OCOP Thanh Hóa 2025" → "hoi-cho-ocop-thanh-hoa-2025".
 *
 * Diacritics are removed by Unicode decomposition (NFD) and dropping the
 * combining marks; "đ"/"Đ" have no decomposition, so they are mapped to "d"
 * by hand. Every other run of non-alphanumeric characters (spaces,
 * punctuation, symbols, letters of other scripts) becomes a single hyphen.
 */

/** Default cap on a slug's length, in characters. */
export const SLUG_MAX_LENGTH = 60;

/** Removes Vietnamese diacritics: "Đánh giá" → "Danh gia". Keeps case. */
export function removeDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Lower-case ASCII slug of at most `maxLength` characters. A slug that is too
 * long is cut at the last hyphen that fits, so no word is cut in half (unless
 * the first word alone is longer than the cap). Returns "" when the title has
 * no letters or digits at all.
 */
export function slugify(title: string, maxLength: number = SLUG_MAX_LENGTH): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
  const slug = removeDiacritics(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) {
    return slug;
  }
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const capped = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  return capped.replace(/-+$/, '');
}
