/**
 * The dated status line shown where the plan and its targets are presented
 * (home, /ke-hoach/, /chi-tieu/): has the plan's year ended, the latest
 * province total the site stands by (never a doubted figure) with its date
 * and source, and whether an official report on the year's target has been
 * found. Generated from data/ocop-totals.csv, the register in
 * src/content/resultReport.ts and the build date; nothing in it is typed by
 * hand on a page. Pure.
 */
import {latestTotal, type OcopTotalRow} from '../datasets/ocopTotals';
import type {ResultReportSearch} from '../content/resultReport';
import {formatReportedCount} from '../format';

export interface PlanStatus {
  /** ISO date of the build (Vietnam time). */
  builtOn: string;
  planYear: number;
  yearEnded: boolean;
  latest: {date: string; total: string; href: string} | null;
  report: ResultReportSearch;
}

export function planStatus({builtOn, planYear, totals, report}: {builtOn: string; planYear: number; totals: readonly OcopTotalRow[]; report: ResultReportSearch}): PlanStatus {
  const latest = latestTotal(totals);
  return {
    builtOn,
    planYear,
    yearEnded: Number(builtOn.slice(0, 4)) > planYear,
    latest: latest && {date: latest.ngay, total: formatReportedCount(latest.tong), href: latest.nguon},
    report,
  };
}
