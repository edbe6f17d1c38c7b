/**
 * Number and date formatting in Vietnamese conventions (1.234; 12,5 %;
 * 24/02/2025).
 *
 * Written out rather than with `Intl.NumberFormat('vi-VN')`, which gives the
 * same text (a unit test compares them) but makes the browser load its
 * locale data the first time a page formats a number: on a phone, one of the
 * longest steps of hydrating a page with a table (≈ 65 ms at Lighthouse's
 * 4× CPU slowdown).
 */

/**
 * `x` ≥ 0 rounded half up to `digits` decimals, as Intl does: on the digits
 * of its shortest decimal form ("30.15" → "30.2", where `toFixed` gives
 * "30.1"; "211.04999999999998" → "211.0").
 */
function roundToFixed(x: number, digits: number): string {
  const plain = x.toString();
  if (plain.includes('e')) return x.toFixed(digits); // below 1e-6 or from 1e21: not in this site's data
  const [int = '0', fraction = ''] = plain.split('.');
  const kept = (int + fraction.padEnd(digits, '0').slice(0, digits)).split('').map(Number);
  if ((fraction[digits] ?? '0') >= '5') {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) {
      kept[i] = 0;
      i -= 1;
    }
    if (i >= 0) kept[i] = (kept[i] ?? 0) + 1;
    else kept.unshift(1);
  }
  const all = kept.join('');
  return digits > 0 ? `${all.slice(0, all.length - digits)}.${all.slice(all.length - digits)}` : all;
}

/** `n` rounded to at most `maximumFractionDigits` decimals: dot between thousands, decimal comma. */
export function formatNumber(n: number, maximumFractionDigits = 3): string {
  const fixed = roundToFixed(Math.abs(n), maximumFractionDigits);
  const [int = '', fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${decimals ? `,${decimals}` : ''}`;
}

/** A ratio as a percentage with at most one decimal: 0.125 → "12,5 %". */
export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100, 1)} %`;
}

/** "2025-02-24" → "24/02/2025". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
