/**
 * Photos of the news posts: which files the build accepts, and the smaller
 * copies it publishes in their place.
 *
 * Staff add photos as they come off a phone or camera (several MB, 4000
 * pixels wide and more). The build (src/plugins/news/photos.ts) publishes
 * each JPEG or PNG of a news page as recompressed copies PHOTO_WIDTHS wide
 * (never wider than the original), the largest under the file name
 * Docusaurus gave the original, so that every other reference to it (the
 * feeds, og:image, the structured data) gets a light file too; the news
 * pages' <img> tags get `srcset`, `sizes`, `width` and `height`.
 * WebP files are published as they are (the format is already compressed,
 * and an animated WebP would lose its animation).
 *
 * Everything here is pure: the sizes, names and attributes are decided from
 * the pictures' pixel sizes; the plugin reads and writes the files.
 */

/** Largest photo file the build takes, in bytes: well above any phone or camera JPEG, far below what would stall a build. */
export const PHOTO_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Largest photo the build takes, in pixels (width × height): room for
 * full-resolution phone and camera photos, while a crafted "pixel bomb" (a
 * tiny file that decodes to gigabytes) is refused before it is decoded.
 */
export const PHOTO_MAX_PIXELS = 40_000_000;

/** Widths of the published copies, in pixels: phone (1×, 2×) and desktop column (1×, 2×). */
export const PHOTO_WIDTHS = [480, 960, 1440] as const;

/**
 * How wide a photo is shown, for the browser's choice among the copies
 * (`sizes`): the full width of a phone's screen, and at most the post
 * column of BlogLayout (col--7 of Infima's 1320-pixel container, ≈ 740
 * pixels) from Infima's desktop breakpoint (997 pixels) on.
 */
export const PHOTO_SIZES = '(min-width: 997px) 740px, 100vw';

/** JPEG quality of the copies, with sharp's mozjpeg settings (trellis quantisation, progressive scans): a usual setting for photos on the web. */
export const JPEG_QUALITY = 78;

/** Extensions of phone photos no browser but Safari shows, and this build cannot read. */
export const HEIF_EXTENSIONS = ['.heic', '.heif'] as const;

/** What a file is, by its first bytes. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heif' | 'avif' | 'gif' | 'tiff' | 'bmp' | 'unknown';

/** Bytes sniffImageFormat needs from the start of a file. */
export const SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));

/**
 * The format of a file from its first bytes (its "magic number"), whatever
 * its name says: a photo renamed from .HEIC to .jpg is still HEIC.
 * HEIF files (HEIC, AVIF) are ISO boxes: "ftyp", then a major brand and the
 * compatible brands; AVIF is told apart by its brands.
 */
export function sniffImageFormat(head: Uint8Array): ImageFormat {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return 'png';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
    const end = Math.min(head.length, Math.max(16, boxSize));
    const brands: string[] = [ascii(head, 8, 12)];
    for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(head, i, i + 4));
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'].includes(b))) return 'heif';
    return 'unknown';
  }
  if (head.length >= 4 && ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (head.length >= 4 && (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*')) return 'tiff';
  if (head.length >= 2 && ascii(head, 0, 2) === 'BM') return 'bmp';
  return 'unknown';
}

/** The format a file name promises ('.JPG' → 'jpeg'), for the extensions the site accepts. */
export function formatOfName(name: string): 'jpeg' | 'png' | 'webp' | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (ext === 'png') return 'png';
  if (ext === 'webp') return 'webp';
  return undefined;
}

/** True for the files the build recompresses (JPEG, PNG); WebP is published as it is. */
export function isResizedPhoto(name: string): boolean {
  const format = formatOfName(name);
  return format === 'jpeg' || format === 'png';
}

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The size a photo is shown at: phones store portrait photos as landscape
 * pixels plus an EXIF orientation (5 to 8: turned a quarter), which the
 * copies apply.
 */
export function orientedSize(size: PixelSize, orientation?: number): PixelSize {
  return orientation !== undefined && orientation >= 5 && orientation <= 8 ? {width: size.height, height: size.width} : {width: size.width, height: size.height};
}

/** Widths of the copies of a photo `width` pixels wide: those of PHOTO_WIDTHS below it, and the largest no wider than it. */
export function photoWidths(width: number): number[] {
  const largest = Math.min(width, PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]!);
  return [...PHOTO_WIDTHS.filter((w) => w < largest), largest];
}

/** The size of the copy `width` pixels wide, same proportions (height rounded, at least 1). */
export function scaledSize(size: PixelSize, width: number): PixelSize {
  return width === size.width ? {...size} : {width, height: Math.max(1, Math.round((size.height * width) / size.width))};
}

/** The size of the published file of a photo shown at `size` (its largest copy). */
export function publishedSize(size: PixelSize): PixelSize {
  const widths = photoWidths(size.width);
  return scaledSize(size, widths[widths.length - 1]!);
}

/** One published copy of a photo: file name in the same folder, and pixels. */
export interface PhotoCopy extends PixelSize {
  file: string;
}

/**
 * The copies of photo `file` (a name such as "anh-1a2b3c4d.jpg", as
 * Docusaurus emits it, content hash included), shown at `size`: the
 * smaller ones named "<name>-<width>w.<ext>", the largest under the
 * original name, which it replaces. Names follow from the original's
 * (hashed) name, so the same photo always gives the same names.
 */
export function photoCopies(file: string, size: PixelSize): PhotoCopy[] {
  const dot = file.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  const widths = photoWidths(size.width);
  return widths.map((w, i) => ({file: i === widths.length - 1 ? file : `${stem}-${w}w${ext}`, ...scaledSize(size, w)}));
}

/** The address path of the emitted images, after the base URL. */
export const IMAGES_DIR = 'assets/images/';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "assets/images/anh-1a2b.jpg" when `url` (a path or a full address) is an emitted image of the site at `baseUrl`. */
export function emittedImage(url: string, baseUrl: string): string | undefined {
  const m = new RegExp(`^(?:https?://[^/]+)?${escapeRegExp(baseUrl)}(${escapeRegExp(IMAGES_DIR)}[^/?#]+)$`).exec(url.trim());
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1];
  }
}

/** Where Docusaurus emits the other files a page links to, e.g. a decision's PDF (file-loader, folder "files"). */
export const FILES_DIR = 'assets/files/';

/** An href or src attribute, double-, single- or unquoted. */
const LINK_ATTRIBUTE = /\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The files under assets/files/ that a page links to or loads ("assets/files/qd-1a2b.pdf"),
 * each once: the documents a post links to with [text](./van-ban.pdf).
 */
export function linkedFiles(html: string, baseUrl: string): string[] {
  const found = new Set<string>();
  const pattern = new RegExp(`^(?:https?://[^/]+)?${escapeRegExp(baseUrl)}(${escapeRegExp(FILES_DIR)}[^/?#]+)/?(?:[?#].*)?$`);
  for (const m of html.matchAll(LINK_ATTRIBUTE)) {
    const url = unescapeAttribute(m[1] ?? m[2] ?? m[3] ?? '');
    const file = pattern.exec(url.trim())?.[1];
    if (file === undefined) continue;
    try {
      found.add(decodeURIComponent(file));
    } catch {
      found.add(file);
    }
  }
  return [...found];
}

/**
 * The page with its links to documents under assets/files/ as the file's own
 * address: Docusaurus 3.10's <Link> applies `trailingSlash: true` to them too
 * ("…/qd-1a2b.pdf/", a 404 on any static host). Only for pages that never
 * hydrate (the news), which React would not render again.
 */
export function withFileLinks(html: string, baseUrl: string): string {
  const link = new RegExp(`(\\s(?:href|src)=["']?(?:https?://[^/"'\\s>]+)?${escapeRegExp(baseUrl)}${escapeRegExp(FILES_DIR)}[^/?#"'\\s>]+)/(?=[?#"'\\s>])`, 'gi');
  return html.replace(link, '$1');
}

/** An <img> start tag (quoted attribute values may hold ">"). */
const IMG_TAG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
/** One attribute as written: name, and a double-, single- or unquoted value. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** <meta> tags whose content names the page's picture. */
const PICTURE_META = new Set(['og:image', 'twitter:image']);

interface Attribute {
  name: string;
  value: string | undefined;
  raw: string;
}

function attributesOf(text: string): Attribute[] {
  return [...text.matchAll(ATTRIBUTE)].map((m) => ({name: m[1]!.toLowerCase(), value: m[2] ?? m[3] ?? m[4], raw: m[0]}));
}

const unescapeAttribute = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The emitted images a built page shows or names as its picture: <img src>
 * and the og:image / twitter:image meta tags, as "assets/images/…" paths,
 * each once, in order of appearance.
 */
export function pagePhotos(html: string, baseUrl: string): string[] {
  const found = new Set<string>();
  for (const tag of html.matchAll(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>|<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi)) {
    const attrs = attributesOf(tag[0].replace(/^<(img|meta)/i, ''));
    const get = (name: string) => attrs.find((a) => a.name === name)?.value;
    const isImg = /^<img/i.test(tag[0]);
    const url = isImg ? get('src') : PICTURE_META.has(get('property') ?? get('name') ?? '') ? get('content') : undefined;
    const file = url === undefined ? undefined : emittedImage(unescapeAttribute(url), baseUrl);
    if (file !== undefined) found.add(file);
  }
  return [...found];
}

/**
 * The page with each <img> whose source is a resized photo (a key of
 * `copies`, "assets/images/…") given its copies: `src` the largest, `srcset`
 * and `sizes` (when there are several), `width` and `height` of the
 * published file (so the page does not jump while the photo loads), and,
 * but for the page's first photo (likely in view at once), `loading="lazy"`
 * and `decoding="async"`. Other attributes (alt, title, class) stay as written.
 */
export function withResponsivePhotos(html: string, baseUrl: string, copies: ReadonlyMap<string, readonly PhotoCopy[]>): string {
  let first = true;
  return html.replace(IMG_TAG, (tag, inner: string) => {
    const attrs = attributesOf(inner);
    const src = attrs.find((a) => a.name === 'src')?.value;
    const file = src === undefined ? undefined : emittedImage(unescapeAttribute(src), baseUrl);
    const list = file === undefined ? undefined : copies.get(file);
    if (file === undefined || list === undefined || list.length === 0) return tag;
    const dir = `${baseUrl}${file.slice(0, file.lastIndexOf('/') + 1)}`;
    const largest = list[list.length - 1]!;
    const set: [string, string][] = [['src', `${dir}${largest.file}`]];
    if (list.length > 1) {
      set.push(['srcset', list.map((c) => `${dir}${c.file} ${c.width}w`).join(', ')], ['sizes', PHOTO_SIZES]);
    }
    set.push(['width', String(largest.width)], ['height', String(largest.height)]);
    if (!first) set.push(['loading', 'lazy'], ['decoding', 'async']);
    first = false;
    const replaced = new Set(['src', 'srcset', 'sizes', 'width', 'height', 'loading', 'decoding']);
    const kept = attrs.filter((a) => !replaced.has(a.name) && a.name !== '/').map((a) => a.raw);
    // "<img … />" (XHTML style): a slash after a space or a quote, not the end of an unquoted value.
    const selfClosing = /(^|\s|["'])\/\s*$/.test(inner);
    return `<img ${[...set.map(([k, v]) => `${k}="${escapeAttribute(v)}"`), ...kept].join(' ')}${selfClosing ? ' /' : ''}>`;
  });
}
