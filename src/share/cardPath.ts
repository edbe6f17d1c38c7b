/**
 * Where a page's social card is: computed from the page's path alone; the
 * share-images plugin draws the card there and names it in the page's head.
 * "/" → "anh-chia-se/trang-chu.png"; "/chi-tieu/nga-son/" →
 * "anh-chia-se/chi-tieu/nga-son.png"; "/404.html" → "anh-chia-se/404.png".
 */

export const CARD_DIR = 'anh-chia-se';

/** The card's path inside the build folder (no baseUrl, no leading "/"). */
export function cardFile(pathname: string, baseUrl: string): string {
  const own = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, '');
  const slug = decodeURIComponentSafe(own)
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `${CARD_DIR}/${slug === '' ? 'trang-chu' : slug}.png`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
