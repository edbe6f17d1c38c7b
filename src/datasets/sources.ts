/**
 * Cited sources used on the data pages, from /work/shared/facts.md (links
 * and dates as the fact sheet gives them). One list, rendered in each
 * page's "Nguồn" section.
 */
export interface Source {
  href: string;
  /** Site and subject, in Vietnamese. */
  label: string;
  /** Date as the fact sheet gives it. */
  date: string;
}

export const SOURCES = {
  plan: {
    href: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-36-KH-UBND-2025-thuc-hien-Chuong-trinh-moi-xa-mot-san-pham-OCOP-Thanh-Hoa-644491.html',
    label: 'nhansu.vn: Kế hoạch 36/KH-UBND năm 2025 thực hiện Chương trình OCOP tỉnh Thanh Hóa (thông tin văn bản)',
    date: 'không ghi ngày',
  },
  planTarget: {
    href: 'https://www.vietnam.vn/en/thanh-hoa-huong-toi-muc-tieu-1-000-san-pham-ocop',
    label: 'vietnam.vn: Thanh Hóa hướng tới mục tiêu 1.000 sản phẩm OCOP (mục tiêu 160 sản phẩm mới năm 2025, trong đó 3 sản phẩm 5 sao; bản tiếng Anh)',
    date: 'không ghi ngày',
  },
  districtsEnd: {
    href: 'https://en.baochinhphu.vn/print/historic-milestone-in-modern-viet-nam-111250701123506887.htm',
    label: 'Báo điện tử Chính phủ (tiếng Anh): chính quyền địa phương hai cấp hoạt động từ 01/07/2025',
    date: '01/07/2025',
  },
  twoTierDecision: {
    href: 'https://thongtin.vietnam.vn/en/so-luong-don-vi-hanh-chinh-cap-tinh-sau-sap-nhap',
    label: 'thongtin.vietnam.vn: số đơn vị hành chính cấp tỉnh sau sắp xếp; cấp huyện dừng hoạt động từ 01/07/2025 (bản tiếng Anh)',
    date: '13/04/2025',
  },
  communes166: {
    href: 'https://ai24hexpress.com/2025/06/28/thanh-hoa-thay-doi-o-xa-phuong-sau-sap-xep-hanh-chinh',
    label: 'ai24hexpress.com (dẫn VnExpress): Thanh Hóa có 166 đơn vị cấp xã (147 xã, 19 phường) sau sắp xếp',
    date: '28/06/2025',
  },
  decision1489: {
    href: 'https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html',
    label: 'vietnam24h.com.vn: quy trình đánh giá, phân hạng sản phẩm OCOP theo 2 cấp (Quyết định 1489/QĐ-TTg ngày 06/07/2025)',
    date: 'không ghi ngày',
  },
  validity36Months: {
    href: 'https://doanhnghiepvadoisong.com.vn/print-3767.html',
    label: 'doanhnghiepvadoisong.com.vn: giấy chứng nhận sản phẩm OCOP có hiệu lực 36 tháng; công nhận lại',
    date: 'khoảng 24/10/2023',
  },
  productGroups: {
    href: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/41844/06-nhom-san-pham-theo-chuong-trinh-moi-xa-mot-san-pham',
    label: 'Thư viện Pháp luật: 06 nhóm sản phẩm theo Chương trình mỗi xã một sản phẩm',
    date: '03/08/2022',
  },
} as const satisfies Record<string, Source>;
