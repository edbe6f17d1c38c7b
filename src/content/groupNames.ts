/**
 * One name per OCOP product group in the site's own words. The 2021–2025
 * programme (Decision 919/QĐ-TTg) names the third group "Dược liệu và sản
 * phẩm từ dược liệu"; the 2018–2020 programme said "Thảo dược", and Plan 36
 * still writes "nhóm thảo dược" (IV.6). Quotations of the plan keep the
 * plan's words, so text inside “…” is skipped, and so is the plan's own
 * text (the caller leaves out the official-text frame and the quoted
 * duties). Pure; the build test runs it on every built page.
 */

export interface RetiredName {
  /** The old word, matched case-insensitively as a whole word. */
  pattern: RegExp;
  /** What the site writes instead. */
  use: string;
}

export const RETIRED_GROUP_NAMES: readonly RetiredName[] = [
  {pattern: /(?<!\p{L})thảo dược(?!\p{L})/giu, use: 'dược liệu (nhóm “Dược liệu và sản phẩm từ dược liệu”)'},
];

export interface RetiredNameHit {
  /** The word as written. */
  found: string;
  use: string;
  /** A few words around it, to find the sentence. */
  context: string;
}

/** The text with every “…” quotation blanked out (same length, so positions still hold). */
export function withoutQuotations(text: string): string {
  return text.normalize('NFC').replace(/“[^“”]*”/g, (q) => ' '.repeat(q.length));
}

/** Retired group names in `text` outside quotations, in order. */
export function findRetiredGroupNames(text: string, names: readonly RetiredName[] = RETIRED_GROUP_NAMES): RetiredNameHit[] {
  const nfc = text.normalize('NFC');
  const open = withoutQuotations(nfc);
  const hits: {at: number; hit: RetiredNameHit}[] = [];
  for (const name of names) {
    for (const m of open.matchAll(new RegExp(name.pattern.source, name.pattern.flags.includes('g') ? name.pattern.flags : `${name.pattern.flags}g`))) {
      const at = m.index;
      const context = nfc.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\s+/g, ' ').trim();
      hits.push({at, hit: {found: m[0], use: name.use, context}});
    }
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.hit);
}
