/**
 * The 16 items of Plan 36, Part IV, as the site names them: item number,
 * the slug of the body's page under /co-quan/ and a short name. The one
 * list: agencies.ts classifies each item, and the plan's headings link to
 * the body's page from this small module alone (src/theme/Heading), so that
 * the classification is not shipped with every page.
 */
export interface Body {
  /** Item number in Part IV, 1–16. */
  item: number;
  slug: string;
  shortName: string;
}

export const BODIES: readonly Body[] = [
  {item: 1, slug: 'van-phong-dieu-phoi-ntm', shortName: 'Văn phòng Điều phối NTM tỉnh'},
  {item: 2, slug: 'so-tai-chinh', shortName: 'Sở Tài chính'},
  {item: 3, slug: 'so-cong-thuong', shortName: 'Sở Công Thương'},
  {item: 4, slug: 'so-nong-nghiep-va-ptnt', shortName: 'Sở Nông nghiệp và PTNT'},
  {item: 5, slug: 'so-khoa-hoc-va-cong-nghe', shortName: 'Sở Khoa học và Công nghệ'},
  {item: 6, slug: 'so-y-te', shortName: 'Sở Y tế'},
  {item: 7, slug: 'so-van-hoa-the-thao-va-du-lich', shortName: 'Sở Văn hóa, Thể thao và Du lịch'},
  {item: 8, slug: 'so-lao-dong-thuong-binh-va-xa-hoi', shortName: 'Sở Lao động, Thương binh và Xã hội'},
  {item: 9, slug: 'so-tai-nguyen-va-moi-truong', shortName: 'Sở Tài nguyên và Môi trường'},
  {item: 10, slug: 'so-thong-tin-va-truyen-thong', shortName: 'Sở Thông tin và Truyền thông'},
  {item: 11, slug: 'mat-tran-to-quoc-va-cac-to-chuc', shortName: 'Mặt trận Tổ quốc, đoàn thể và hiệp hội'},
  {item: 12, slug: 'ngan-hang-nha-nuoc', shortName: 'Ngân hàng Nhà nước chi nhánh tỉnh'},
  {item: 13, slug: 'cac-so-nganh-khac', shortName: 'Các sở, ban, ngành khác'},
  {item: 14, slug: 'ubnd-cap-huyen', shortName: 'UBND cấp huyện'},
  {item: 15, slug: 'dai-phat-thanh-truyen-hinh-bao-thanh-hoa', shortName: 'Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa'},
  {item: 16, slug: 'to-chuc-kinh-te', shortName: 'Các tổ chức kinh tế'},
];

/** The body of item N (1–16). */
export function bodyForItem(item: number): Body | undefined {
  return BODIES.find((b) => b.item === item);
}

/** Site path of a body's page. */
export const agencyPath = (slug: string): string => `/co-quan/${slug}/`;
