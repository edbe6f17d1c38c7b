/**
 * The sentences of the calculator's result, built from a Rating. Pure, so
 * that each can be tested with exact values; StarCalculator only renders
 * them. Thresholds come from BANDS in rateOcop.ts, never retyped here.
 */
import {formatNumber} from '@site/src/format';
import {dotNote} from './readNumber';
import {LOWEST_RECOGNISED, type Rating} from './rateOcop';

/** The result heading, which takes focus after "Tính điểm": it carries the answer. */
export function resultHeadline(rating: Rating): string {
  return `Kết quả tham khảo: ${formatNumber(rating.total)} điểm, ${rating.stars} sao`;
}

/** Whether this rank is recognised as an OCOP product, and from which rank recognition starts. */
export function recognitionStatus(rating: Rating): string {
  const from = `${LOWEST_RECOGNISED.stars} sao`;
  return rating.recognised
    ? `Đạt mức được công nhận là sản phẩm OCOP (từ ${from} trở lên).`
    : `Chưa được công nhận là sản phẩm OCOP: sản phẩm OCOP được công nhận từ ${from} (từ ${LOWEST_RECOGNISED.min} điểm) trở lên.`;
}

/** Below 3★: the distance to the lowest recognised rank; null when already recognised. */
export function recognitionGap(rating: Rating): string | null {
  const gap = rating.recognition;
  if (!gap) return null;
  return `Còn thiếu ${formatNumber(gap.missing)} điểm để đạt ${gap.stars} sao (từ ${gap.min} điểm), hạng thấp nhất được công nhận là sản phẩm OCOP.`;
}

/**
 * The distance to the next rank; null when that rank is the lowest
 * recognised one (recognitionGap already says it).
 */
export function nextBandText(rating: Rating): string | null {
  const {next, recognition} = rating;
  if (!next) return 'Đây là hạng cao nhất.';
  if (recognition && next.stars === recognition.stars) return null;
  const text = `Còn thiếu ${formatNumber(next.missing)} điểm để đạt ${next.stars} sao (từ ${next.min} điểm)`;
  return next.stars < LOWEST_RECOGNISED.stars
    ? `${text}; ${next.stars} sao vẫn chưa được công nhận là sản phẩm OCOP.`
    : `${text}.`;
}

/** One sentence per part typed with a dot, saying how it was read ("Phần A: “32.5” được hiểu là 32,5 …"). */
export function dotReadings(rating: Rating): string[] {
  return rating.dots.map((d) => `Phần ${d.part}: ${dotNote(d.raw, d.dot, d.hundredths)}`);
}
