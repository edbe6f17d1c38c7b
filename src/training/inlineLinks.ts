/**
 * Lesson props written in MDX as JavaScript strings (quiz questions and
 * explanations, learning goals, checklist items) cannot hold JSX. They may
 * hold Markdown-style links to pages of this site instead, e.g.
 * "[mục IV.6, ý 1](/co-quan/so-y-te/#iv-6-1)". This cuts such a string into
 * text and link pieces; <InlineLinks> renders them. Pure.
 */

export type InlinePiece = {readonly text: string} | {readonly text: string; readonly to: string};

/** `[text](/path)`: link text without brackets, a site path (starting with "/") without spaces or parentheses. */
const LINK = /\[([^[\]]+)\]\((\/[^()\s]*)\)/g;

/**
 * The string as text and link pieces, in order. Throws on anything that
 * looks like a link but is not one of ours (an external URL, a stray "](")
 * so that a typo shows up in the build instead of on the page.
 */
export function splitInlineLinks(source: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (text === '') return;
    if (text.includes('](')) throw new Error(`Liên kết viết sai trong “${source}”: chỉ dùng [chữ](/đường-dẫn-trong-trang).`);
    pieces.push({text});
  };
  for (const m of source.matchAll(LINK)) {
    pushText(source.slice(last, m.index));
    pieces.push({text: m[1]!, to: m[2]!});
    last = m.index + m[0].length;
  }
  pushText(source.slice(last));
  return pieces;
}
