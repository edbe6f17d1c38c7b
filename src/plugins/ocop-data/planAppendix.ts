/**
 * Data for the plan's appendix table (docs/ke-hoach/_van-ban/_phu-luc.md):
 * the rows of data/targets.csv in the plan's order and the plan's totals.
 */
import type {StarCounts} from '../../datasets/plan36';
import type {DataPages} from './pageData';

/** Module name for createData; imported as `@generated/ocop-data/default/plan-appendix.json`. */
export const PLAN_APPENDIX_DATA = 'plan-appendix.json';

export interface PlanAppendixData {
  rows: (StarCounts & {ma_don_vi: string; don_vi: string})[];
  totals: StarCounts;
}

export function buildPlanAppendix(pages: DataPages): PlanAppendixData {
  return {
    rows: pages.targets.units.map((u) => ({ma_don_vi: u.ma_don_vi, don_vi: u.don_vi, ...u.target})),
    totals: pages.targets.plan.totals,
  };
}
