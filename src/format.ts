/**
 * Number and date formatting in Vietnamese conventions (1.234; 12,5 %;
 * 24/02/2025).
 *
 * Written out rather than with `Intl.NumberFormat('vi-VN')`, which makes the
 * browser load its locale data the first time a page formats a number: on a
 * phone, one of the longest steps of hydrating a page with a table (≈ 65 ms
 * at Lighthouse's 4× CPU slowdown). The text is the same as Intl's (a unit
 * test compares them), except that a negative number that rounds to zero is
 * written "0" (Intl: "-0").
 */

/** `x` ≥ 0, finite, as plain decimal digits: 1.5e+21 → "1500000000000000000000", 1.5e-7 → "0.00000015". */
function plainDecimal(x: number): string {
  const [mantissa = '0', exponent] = x.toString().split('e');
  if (exponent === undefined) return mantissa;
  const shift = Number(exponent);
  const [int = '0', fraction = ''] = mantissa.split('.');
  if (shift < 0) return `0.${'0'.repeat(-shift - 1)}${int}${fraction}`;
  const digits = int + fraction.padEnd(shift, '0');
  return fraction.length > shift ? `${digits.slice(0, int.length + shift)}.${fraction.slice(shift)}` : digits;
}

/**
 * `x` ≥ 0, finite, rounded half up to `digits` decimals, as Intl does: on the
 * digits of its shortest decimal form ("30.15" → "30.2", where `toFixed`
 * gives "30.1"; "211.04999999999998" → "211.0").
 */
function roundToFixed(x: number, digits: number): string {
  const [int = '0', fraction = ''] = plainDecimal(x).split('.');
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
export function formatDecimal(n: number, maximumFractionDigits: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n < 0 ? '-∞' : '∞';
  const fixed = roundToFixed(Math.abs(n), maximumFractionDigits);
  const [int = '', fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${decimals ? `,${decimals}` : ''}`;
}

/** A number as Intl writes it by default (up to three decimals): 1234567 → "1.234.567". Safe to pass to `.map`. */
export function formatNumber(n: number): string {
  return formatDecimal(n, 3);
}

/** A ratio as a percentage with at most one decimal: 0.125 → "12,5 %". */
export function formatPercent(ratio: number): string {
  return `${formatDecimal(ratio * 100, 1)} %`;
}

/** "2025-02-24" → "24/02/2025". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A figure as a source reported it: "661", or "hơn 600" when the source only says "more than 600". */
export function formatReportedCount(c: {value: number; lowerBound: boolean}): string {
  return `${c.lowerBound ? 'hơn ' : ''}${formatNumber(c.value)}`;
}
