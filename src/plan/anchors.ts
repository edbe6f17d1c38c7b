/**
 * Anchor scheme of the plan's numbered items: the item number in lower case,
 * dots and spaces as hyphens. "Mục II.2.3" → #ii-2-3, "mục IV.14" → #iv-14,
 * "Phần III" → #iii, the appendix → #phu-luc.
 */
const ROMAN = /^(i|ii|iii|iv)$/;

/** "ii-2-3" → "II.2.3"; "phu-luc" → "Phụ lục"; null when the id is not a plan item. */
export function citationForAnchor(id: string): string | null {
  if (id === 'phu-luc') return 'Phụ lục';
  const parts = id.split('-');
  const [head, ...rest] = parts;
  if (!head || !ROMAN.test(head) || rest.some((p) => !/^\d+$/.test(p))) return null;
  return [head.toUpperCase(), ...rest].join('.');
}

/** "II.2.3" → "ii-2-3". */
export function anchorForCitation(citation: string): string {
  return citation.trim().toLowerCase().replace(/[.\s]+/g, '-');
}
