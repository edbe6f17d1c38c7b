/**
 * Column headers of the plan's appendix table. The scanned copy garbles
 * this row; the labels are reconstructed (see /ke-hoach/ve-ban-chep/).
 */
export const APPENDIX_COLUMNS = {
  tt: 'TT',
  donVi: 'Địa phương',
  tong: 'Số sản phẩm OCOP năm 2025',
  sao5: 'OCOP 5 sao (Do Trung ương công nhận)',
  sao4: 'OCOP 4 sao (Do cấp tỉnh công nhận)',
  sao3: 'OCOP 3 sao (Do cấp huyện công nhận)',
  totalRow: 'Tổng',
} as const;
