/**
 * The plan's own figures, stated once. Source: Kế hoạch 36/KH-UBND ngày
 * 24/02/2025, mục II.1 "Mục tiêu" and the "Tổng" row of the appendix table.
 * Validation checks that data/targets.csv adds up to these totals.
 */
export interface StarCounts {
  /** Tổng số sản phẩm. */
  tong: number;
  sao_5: number;
  sao_4: number;
  sao_3: number;
}

export const PLAN_TOTALS: StarCounts = {tong: 160, sao_5: 3, sao_4: 20, sao_3: 137};

export const PLAN = {
  number: '36/KH-UBND',
  date: '2025-02-24',
  dateText: '24/02/2025',
  issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa',
  signer: 'Lê Đức Giang',
  signerTitle: 'KT. Chủ tịch, Phó Chủ tịch',
  title:
    'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2025, tỉnh Thanh Hóa',
  /** Year the targets are for: only products recognised in this year count. */
  year: 2025,
  /** District-level units in the appendix table: 26 after Đông Sơn joined Thanh Hóa city (src/content/sources.ts, SOURCES.dongSonMerger; /nguon/). */
  unitCount: 26,
} as const;
