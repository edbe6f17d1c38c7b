/**
 * Whether an official report on the plan's year has been found: the status
 * line (src/plan/status.ts) says so on the home page, /ke-hoach/ and
 * /chi-tieu/. When one is published, put it in `found` (address, title as
 * the publisher gives it, date) and set `lastSearched` to the day you looked.
 * From /work/shared/facts.md §2.1 ("Still not found: … any report on whether
 * Plan 36's target was met"), added 2026-11-30.
 */
export interface ResultReportSearch {
  /** The official report, or null while none has been found. */
  found: {href: string; label: string; date: string} | null;
  /** ISO date of the latest search for it. */
  lastSearched: string;
}

export const RESULT_REPORT: ResultReportSearch = {
  found: null,
  lastSearched: '2026-11-30',
};
