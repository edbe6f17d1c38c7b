/**
 * Reads a number typed into a score field, in hundredths, and says how a dot
 * in it was understood. Pure, no React.
 *
 * Vietnamese writes the decimal separator as a comma (32,5) and separates
 * thousands with a dot (1.000). Phones and habits from other software also
 * bring a dot as the decimal point (32.5). The rule, applied in this order:
 *
 *  1. Spaces around the number are ignored; a leading "+" or "-" is kept
 *     (ASCII only: "−5" is not a number). Spaces inside are not allowed.
 *  2. A comma is always the decimal separator ("32,5" → 32,5).
 *  3. A dot followed by groups of exactly three digits, after a first
 *     group of one to three digits that does not start with 0, is the
 *     thousands separator, as Vietnamese writes it: "1.000" → 1000,
 *     "12.500" → 12500, "1.000,5" → 1000,5. (In a score field such a
 *     number is always far above the maximum; saying so is the point.)
 *  4. Otherwise a single dot with no comma is the decimal point:
 *     "1.5" → 1,5, "95.5" → 95,5, ".5" → 0,5, "0.500" → 0,500.
 *  5. Anything else ("1,000.5", "1.2.3", "32,", "5.") is not a number.
 *
 * At most two decimals are accepted (a limit of the calculator, not a rule
 * of the programme), whichever separator was used.
 */

/** How a dot in the text was understood; null when there was no dot. */
export type DotReading = 'decimal' | 'thousands' | null;

export type ReadNumberError = 'empty' | 'not-a-number' | 'too-many-decimals';

export type NumberReading =
  | {ok: true; hundredths: number; dot: DotReading}
  | {ok: false; kind: ReadNumberError; dot: DotReading};

const THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DIGITS = /^\d*$/;

/** Trailing decimals (after the comma or the decimal point) and the whole part, both as digit strings. */
function split(body: string): {whole: string; fraction: string | null; dot: DotReading} | null {
  const commas = body.split(',');
  if (commas.length > 2) return null;
  const [before = '', after] = commas;
  if (after !== undefined) {
    // "1.000,5": dots before a decimal comma can only be thousands separators.
    if (before.includes('.')) {
      return THOUSANDS.test(before) ? {whole: before.replace(/\./g, ''), fraction: after, dot: 'thousands'} : null;
    }
    return {whole: before, fraction: after, dot: null};
  }
  if (!before.includes('.')) return {whole: before, fraction: null, dot: null};
  if (THOUSANDS.test(before)) return {whole: before.replace(/\./g, ''), fraction: null, dot: 'thousands'};
  const dots = before.split('.');
  if (dots.length > 2) return null;
  return {whole: dots[0] ?? '', fraction: dots[1] ?? '', dot: 'decimal'};
}

export function readNumber(raw: string): NumberReading {
  const text = raw.trim();
  if (text === '') return {ok: false, kind: 'empty', dot: null};
  const sign = text[0] === '-' || text[0] === '+' ? text[0] : '';
  const parts = split(text.slice(sign.length));
  if (!parts) return {ok: false, kind: 'not-a-number', dot: null};
  const {whole, fraction, dot} = parts;
  if (!DIGITS.test(whole) || (fraction !== null && !DIGITS.test(fraction))) {
    return {ok: false, kind: 'not-a-number', dot: null};
  }
  // A separator needs digits after it ("32," and "5." are unfinished) and a number needs a digit.
  if (fraction === '' || (whole === '' && fraction === null)) return {ok: false, kind: 'not-a-number', dot: null};
  if (fraction !== null && fraction.length > 2) return {ok: false, kind: 'too-many-decimals', dot};
  const magnitude = Number(whole || '0') * 100 + Number((fraction ?? '').padEnd(2, '0'));
  const hundredths = sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
  return {ok: true, hundredths, dot};
}

/** Hundredths as digits with a decimal comma and no thousands separator: 100050 → "1000,5". */
export function plainHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}

/**
 * How a dot in what was typed was understood, as a sentence ('' without a
 * dot). `hundredths` is the value read, when there is one.
 */
export function dotNote(raw: string, dot: DotReading, hundredths?: number): string {
  const typed = `“${raw.trim()}”`;
  if (dot === 'decimal') {
    return hundredths === undefined
      ? `Dấu chấm trong ${typed} được hiểu là dấu thập phân.`
      : `${typed} được hiểu là ${plainHundredths(hundredths)} (dấu chấm là dấu thập phân).`;
  }
  if (dot === 'thousands') {
    const read =
      hundredths === undefined
        ? `Dấu chấm trong ${typed} được hiểu là dấu ngăn cách hàng nghìn`
        : `${typed} được hiểu là ${plainHundredths(hundredths)} (dấu chấm ngăn cách hàng nghìn)`;
    return `${read}, như cách viết số ở Việt Nam; số thập phân viết với dấu phẩy, ví dụ 30,5.`;
  }
  return '';
}
