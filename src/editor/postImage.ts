/**
 * A news post's picture lives in the post's folder, next to index.md, and is
 * referred to as "./anh.jpg" (Docusaurus resolves it from the Markdown file;
 * the news checks require it: image.file-name). Decap stores it there
 * (media_folder '') but writes the bare file name.
 */

/** "anh.jpg" → "./anh.jpg"; a path that already has a folder, or an address, stays as it is. */
export function relativeImagePath(value: string): string {
  const v = value.trim();
  if (v === '' || v.startsWith('./') || v.startsWith('../') || v.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return value;
  return `./${v}`;
}
