/**
 * The language of a linked page, when its address names one other than
 * Vietnamese: a language sub-domain (en.baochinhphu.vn) or a first path
 * segment (www.vietnam.vn/sv/…, the translated copies of Vietnamese
 * articles). Readers are told before they follow such a link, as
 * "(tiếng Anh)"; a build test (src/__tests__/site/foreign-links.test.ts)
 * checks every link of the site against this.
 */

/** Languages met in the sources so far, by their code; add others as needed. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'tiếng Anh',
  fr: 'tiếng Pháp',
  de: 'tiếng Đức',
  es: 'tiếng Tây Ban Nha',
  ru: 'tiếng Nga',
  zh: 'tiếng Trung',
  ja: 'tiếng Nhật',
  ko: 'tiếng Hàn',
  sv: 'tiếng Thụy Điển',
  pl: 'tiếng Ba Lan',
};

/** "tiếng Anh" for https://en.baochinhphu.vn/…; undefined for a Vietnamese or unmarked address. */
export function linkLanguage(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) {
    return undefined;
  }
  const sub = url.hostname.split('.')[0] ?? '';
  const segment = url.pathname.split('/')[1] ?? '';
  return LANGUAGE_NAMES[sub] ?? LANGUAGE_NAMES[segment.toLowerCase()];
}
