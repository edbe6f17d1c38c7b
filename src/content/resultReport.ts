/**
 * Whether an official report on the plan's year has been found: the status
 * line (src/plan/status.ts) says so on the home page, /ke-hoach/ and
 * /chi-tieu/. When one is published, put it in `found` (address, title as
 * the publisher gives it, date) and set `lastSearched` to the day you looked;
 * add the report to the register of sources too (src/content/sources.ts,
 * page /nguon/). As of 2026-11-30 no public report on whether Plan 36's
 * target was met had been found.
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
