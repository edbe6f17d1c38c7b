/**
 * The words of the status line (src/plan/status.ts), for the component that
 * shows it. Apart from the model: pages import this without the CSV reader.
 * Pure.
 */
import type {PlanStatus} from './status';
import {formatIsoDate} from '../format';
import {linkLanguage} from '../linkLanguage';

/** The line's parts, in reading order. */
export interface PlanStatusText {
  lead: string;
  year: string;
  /** The total sentence, split around the linked source. */
  total: {before: string; linkText: string; language: string | undefined; after: string} | {text: string};
  report: {text: string; link?: {href: string; text: string}} | null;
}

export function planStatusText(s: PlanStatus): PlanStatusText {
  return {
    lead: `Tình hình đến ngày ${formatIsoDate(s.builtOn)} (ngày cập nhật trang):`,
    year: s.yearEnded
      ? `Năm ${s.planYear}, năm thực hiện Kế hoạch, đã kết thúc.`
      : `Kế hoạch đang được thực hiện trong năm ${s.planYear}.`,
    total: s.latest
      ? {
          before: `Tổng số sản phẩm OCOP của tỉnh theo số liệu công bố mới nhất mà trang này ghi được: ${s.latest.total} sản phẩm, tính đến ${formatIsoDate(s.latest.date)} (`,
          linkText: 'nguồn',
          language: linkLanguage(s.latest.href),
          after: `). Đây là số lũy kế, gồm cả sản phẩm có từ trước năm ${s.planYear}, không phải số sản phẩm mới của năm.`,
        }
      : {text: 'Trang này chưa ghi được tổng số sản phẩm OCOP nào của tỉnh.'},
    report: !s.yearEnded
      ? null
      : s.report.found
        ? {
            text: `Báo cáo chính thức về kết quả thực hiện chỉ tiêu năm ${s.planYear}:`,
            link: {href: s.report.found.href, text: `${s.report.found.label} (${s.report.found.date}${languageNote(s.report.found.href)})`},
          }
        : {text: `Chưa tìm thấy báo cáo chính thức nào về kết quả thực hiện chỉ tiêu năm ${s.planYear} (lần tìm gần nhất: ${formatIsoDate(s.report.lastSearched)}).`},
  };
}

const languageNote = (href: string): string => {
  const language = linkLanguage(href);
  return language === undefined ? '' : `; ${language}`;
};
