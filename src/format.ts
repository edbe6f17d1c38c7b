/** Number and date formatting in Vietnamese conventions (1.234; 24/02/2025). */
const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatPercent(ratio: number): string {
  return `${new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1}).format(ratio * 100)} %`;
}

/** "2025-02-24" → "24/02/2025". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
