/**
 * The Open Graph / Twitter image tags of a built page, written into its
 * HTML after the build (src/plugins/share-images/), so that no page's
 * JavaScript carries any of it: a card's address, size and alt text are
 * known only once the page and its card exist. Pure string work on the
 * built (minified) HTML.
 */
import type {CardContent} from './card';

/** The content of `<meta property=…>` (or `name=…`) in a page's head, quoted or not; null when absent. */
export function metaContent(head: string, key: string): string | null {
  const attribute = new RegExp(`(?:property|name)=(?:"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"|${key}(?=[\\s/>]))`);
  for (const m of head.matchAll(/<meta\s[^>]*>/g)) {
    if (!attribute.test(m[0])) continue;
    const c = /content=(?:"([^"]*)"|([^\s"'>]+))/.exec(m[0]);
    return c ? (c[1] ?? c[2] ?? '') : null;
  }
  return null;
}

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ImageTags {
  /** Absolute address, or undefined when the page already names its own image. */
  url?: string;
  type?: string;
  width?: number | null;
  height?: number | null;
  alt: string;
}

/** `<meta>` tags for an image, leaving out those the head already has. */
export function imageTags(image: ImageTags, head: string): string {
  const tags: [string, string, string | number | null | undefined][] = [
    ['property', 'og:image', image.url],
    ['property', 'og:image:type', image.type],
    ['property', 'og:image:width', image.width],
    ['property', 'og:image:height', image.height],
    ['property', 'og:image:alt', image.alt],
    ['name', 'twitter:image', image.url],
    ['name', 'twitter:image:alt', image.alt],
  ];
  return tags
    .filter(([, key, value]) => value !== undefined && value !== null && value !== '' && metaContent(head, key) === null)
    .map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeAttribute(String(value))}">`)
    .join('');
}

/** The page with `tags` added at the end of its head. */
export function withHeadTags(html: string, tags: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('Trang đã dựng không có </head>.');
  return html.slice(0, end) + tags + html.slice(end);
}

/** A card's alt text: what the card says, in reading order (without the site's name and address, which every card has). */
export function cardAlt(content: CardContent): string {
  const words = [content.kicker, content.title, content.figure?.headline, content.figure?.detail].filter((w): w is string => w !== undefined && w !== '');
  return `Thẻ giới thiệu trang: ${words.join(' · ')}`;
}
