/**
 * The progress model: for each unit, its targets against the new products
 * recognised in 2025, by star. "No rows for a unit" means no figures yet
 * (achieved = null), which pages show as "chưa có số liệu", never 0 %.
 */
import type {StarCounts} from './plan36';
import type {RecognitionRow} from './recognitions';
import {shortUnitName, type TargetRow} from './targets';

export interface UnitProgress {
  ma_don_vi: string;
  don_vi: string;
  /** Label for charts: "Nga Sơn", "TP Thanh Hóa". */
  shortName: string;
  target: StarCounts;
  /** New products recognised, by star; null when the unit has no rows yet. */
  achieved: StarCounts | null;
  /** achieved.tong / target.tong; null without figures or without a target. */
  ratio: number | null;
  /** Products re-recognised (listed, not counted). */
  reRecognised: number;
  /** The unit's rows of recognitions.csv, oldest first. */
  products: RecognitionRow[];
}

export interface ProgressModel {
  units: UnitProgress[];
  province: {target: StarCounts; achieved: StarCounts | null; ratio: number | null; reRecognised: number};
  /** Latest decision date in recognitions.csv, or null when it has no rows. */
  asOf: string | null;
  recognitionCount: number;
}

const zero = (): StarCounts => ({tong: 0, sao_5: 0, sao_4: 0, sao_3: 0});

function addStar(c: StarCounts, sao: 3 | 4 | 5): void {
  c.tong += 1;
  if (sao === 5) c.sao_5 += 1;
  else if (sao === 4) c.sao_4 += 1;
  else c.sao_3 += 1;
}

function ratioOf(achieved: StarCounts | null, target: StarCounts): number | null {
  return achieved === null || target.tong === 0 ? null : achieved.tong / target.tong;
}

/** Oldest first, then file order; files are usually kept in date order already, so check before sorting. */
function sortByDate(rows: RecognitionRow[]): RecognitionRow[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i += 1) if (rows[i - 1]!.ngay > rows[i]!.ngay) sorted = false;
  return sorted ? rows : [...rows].sort((a, b) => (a.ngay < b.ngay ? -1 : a.ngay > b.ngay ? 1 : a.line - b.line));
}

/** Aggregates recognitions by unit in one pass; units keep the plan's order. */
export function buildProgress(targets: readonly TargetRow[], recognitions: readonly RecognitionRow[]): ProgressModel {
  const byUnit = new Map<string, {achieved: StarCounts; reRecognised: number; products: RecognitionRow[]}>();
  const provinceAchieved = zero();
  let provinceRe = 0;
  let asOf: string | null = null;
  for (const r of recognitions) {
    let entry = byUnit.get(r.ma_don_vi);
    if (entry === undefined) {
      entry = {achieved: zero(), reRecognised: 0, products: []};
      byUnit.set(r.ma_don_vi, entry);
    }
    entry.products.push(r);
    if (r.loai === 'moi') {
      addStar(entry.achieved, r.sao);
      addStar(provinceAchieved, r.sao);
    } else {
      entry.reRecognised += 1;
      provinceRe += 1;
    }
    if (asOf === null || r.ngay > asOf) asOf = r.ngay;
  }
  const provinceTarget = zero();
  const units = targets.map((t): UnitProgress => {
    const target = {tong: t.tong, sao_5: t.sao_5, sao_4: t.sao_4, sao_3: t.sao_3};
    for (const k of ['tong', 'sao_5', 'sao_4', 'sao_3'] as const) provinceTarget[k] += target[k];
    const entry = byUnit.get(t.ma_don_vi);
    const achieved = entry ? entry.achieved : null;
    const products = entry ? sortByDate(entry.products) : [];
    return {
      ma_don_vi: t.ma_don_vi,
      don_vi: t.don_vi,
      shortName: shortUnitName(t.don_vi),
      target,
      achieved,
      ratio: ratioOf(achieved, target),
      reRecognised: entry?.reRecognised ?? 0,
      products,
    };
  });
  const provinceAch = recognitions.length > 0 ? provinceAchieved : null;
  return {
    units,
    province: {target: provinceTarget, achieved: provinceAch, ratio: ratioOf(provinceAch, provinceTarget), reRecognised: provinceRe},
    asOf,
    recognitionCount: recognitions.length,
  };
}
