/**
 * The six OCOP product groups of Decisions 919/QĐ-TTg (01/08/2022) and
 * 148/QĐ-TTg (24/02/2023), as codes for the `nhom` column of
 * recognitions.csv. Sources (src/content/sources.ts, public page /nguon/):
 * SOURCES.productGroups (Thư viện Pháp luật, 03/08/2022) and
 * SOURCES.criteria148 (thuonghieucongluan.com.vn, 25/02/2023).
 */
export const PRODUCT_GROUP_CODES = [
  'thuc-pham',
  'do-uong',
  'duoc-lieu',
  'thu-cong-my-nghe',
  'sinh-vat-canh',
  'du-lich',
] as const;

export type ProductGroupCode = (typeof PRODUCT_GROUP_CODES)[number];

/** Vietnamese names of the groups. */
export const PRODUCT_GROUP_LABELS: Readonly<Record<ProductGroupCode, string>> = {
  'thuc-pham': 'Thực phẩm',
  'do-uong': 'Đồ uống',
  'duoc-lieu': 'Dược liệu và sản phẩm từ dược liệu',
  'thu-cong-my-nghe': 'Thủ công mỹ nghệ',
  'sinh-vat-canh': 'Sinh vật cảnh',
  'du-lich': 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
};
