/**
 * Dates as staff write them. Files and front matter use ISO dates
 * (YYYY-MM-DD); staff often type the Vietnamese order (24/02/2025), which
 * the checks recognise in order to suggest the ISO form. Used by the data
 * checks (src/datasets/cells.ts) and the news checks (src/news/).
 */

/** The shape of an ISO date, "YYYY-MM-DD" (whether the day exists is isRealIsoDate's question). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for "YYYY-MM-DD" naming a day that exists in the calendar ("2025-02-29" does not). */
export function isRealIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return d <= days;
}

/** A date written day, month, year: its ISO form and whether that day exists. */
export interface DayMonthYear {
  /** "24/02/2025" → "2025-02-24" (also for a day that does not exist, "31/02/2025" → "2025-02-31"). */
  iso: string;
  /** True when `iso` is a real calendar day. */
  real: boolean;
}

/**
 * Reads "24/02/2025", "6/7/2025", "24.02.2025" or "24-02-2025" (surrounding
 * spaces ignored); undefined for any other form. `slashOnly` accepts "/"
 * alone, for places where the site itself writes dates that way.
 */
export function readDayMonthYear(text: string, {slashOnly = false}: {slashOnly?: boolean} = {}): DayMonthYear | undefined {
  const m = (slashOnly ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/ : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/).exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return {iso, real: isRealIsoDate(iso)};
}

/** "24/02/2025" → "2025-02-24" when the text is a real day written day/month/year; else undefined. */
export function isoFromDayMonthYear(text: string, options: {slashOnly?: boolean} = {}): string | undefined {
  const date = readDayMonthYear(text, options);
  return date?.real ? date.iso : undefined;
}
