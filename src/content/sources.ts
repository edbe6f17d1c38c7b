/**
 * The register of outside sources: every public page the site's own pages
 * and code cite for a fact (the plan's record, the OCOP rules, the 2025
 * administrative changes), each once, with its date as the source gives it
 * and what it supports here. This file is the one list: the data pages'
 * "Nguồn" sections (src/components/SourceList), the editorial notes
 * (src/plan/contextNotes.ts) and the public page /nguon/ ("Nguồn tham
 * khảo", src/pages/nguon.tsx) are made from it, and code comments cite an
 * entry by its key or "/nguon/" rather than any file outside the project.
 *
 * To add a source: give it a key here, in the group it belongs to, with
 * `label` (site and subject, in Vietnamese; say "(tiếng Anh)" etc. when the
 * address is in another language, see src/linkLanguage.ts), `date` as the
 * page shows it ("không ghi ngày" when it shows none; "≈" marks an inferred
 * date) and `supports` (what the site states on its strength). The unit
 * test src/content/__tests__/sources.test.ts checks every entry, and a
 * build test checks that /nguon/ lists them all.
 *
 * News posts and lessons cite their sources in their own text; the sources
 * of each province total are in data/ocop-totals.csv (column `nguon`).
 */

/** The groups of /nguon/, in page order. */
export const SOURCE_GROUPS = [
  {key: 'ke-hoach', title: 'Kế hoạch 36/KH-UBND'},
  {key: 'chuong-trinh', title: 'Chương trình OCOP, đánh giá và phân hạng sản phẩm'},
  {key: 'hanh-chinh', title: 'Sắp xếp đơn vị hành chính và các sở năm 2024–2025'},
] as const;

export type SourceGroup = (typeof SOURCE_GROUPS)[number]['key'];

export interface Source {
  /** The public address (http or https). */
  href: string;
  /** Site and subject, in Vietnamese, as shown in "Nguồn" lists. */
  label: string;
  /** Date as the source shows it; "không ghi ngày" when it shows none; "≈" marks an inferred date. */
  date: string;
  /** What the site states on the strength of this source, in Vietnamese. */
  supports: string;
  group: SourceGroup;
}

export const SOURCES = {
  // Kế hoạch 36/KH-UBND
  plan: {
    href: 'https://nhansu.vn/van-ban-phap-luat/Ke-hoach-36-KH-UBND-2025-thuc-hien-Chuong-trinh-moi-xa-mot-san-pham-OCOP-Thanh-Hoa-644491.html',
    label: 'nhansu.vn: Kế hoạch 36/KH-UBND năm 2025 thực hiện Chương trình OCOP tỉnh Thanh Hóa (thông tin văn bản)',
    date: 'không ghi ngày',
    supports: 'Số hiệu, ngày ban hành (24/02/2025), ngày có hiệu lực, tên và người ký của Kế hoạch.',
    group: 'ke-hoach',
  },
  planTarget: {
    href: 'https://www.vietnam.vn/en/thanh-hoa-huong-toi-muc-tieu-1-000-san-pham-ocop',
    label: 'vietnam.vn: Thanh Hóa hướng tới mục tiêu 1.000 sản phẩm OCOP (mục tiêu 160 sản phẩm mới năm 2025, trong đó 3 sản phẩm 5 sao; bản tiếng Anh)',
    date: 'không ghi ngày',
    supports:
      'Mục tiêu 160 sản phẩm mới năm 2025, trong đó 3 sản phẩm 5 sao; chỉ tiêu của Nga Sơn (2 sản phẩm 5 sao, 2 sản phẩm 4 sao, 4 sản phẩm 3 sao) và Hoằng Hóa; sản phẩm OCOP có ở cả 26 đơn vị cấp huyện.',
    group: 'ke-hoach',
  },
  // Chương trình OCOP, đánh giá và phân hạng
  productGroups: {
    href: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/41844/06-nhom-san-pham-theo-chuong-trinh-moi-xa-mot-san-pham',
    label: 'Thư viện Pháp luật: 06 nhóm sản phẩm theo Chương trình mỗi xã một sản phẩm',
    date: '03/08/2022',
    supports: 'Sáu nhóm sản phẩm OCOP theo Quyết định 919/QĐ-TTg và tên tiếng Việt của từng nhóm (cột nhom của recognitions.csv).',
    group: 'chuong-trinh',
  },
  criteria148: {
    href: 'https://hangthat.thuonghieucongluan.com.vn/ban-hanh-bo-tieu-chi-va-quy-trinh-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-a93435.html',
    label: 'thuonghieucongluan.com.vn: Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    date: '25/02/2023',
    supports:
      'Quyết định 148/QĐ-TTg ngày 24/02/2023: ba phần của bộ tiêu chí (A 40 điểm, B 25 điểm, C 35 điểm, tổng 100 điểm) và sáu nhóm sản phẩm như Quyết định 919/QĐ-TTg.',
    group: 'chuong-trinh',
  },
  starBands: {
    href: 'https://baohoabinh.com.vn/17/10172/Thu-tuong-Chinh-phu--Quyet-dinh-ban-hanh-Bo-tieu-chi-danh-gia-phan-hang-san-pham-Chuong-trinh-moi-xa-mot-san-pham-.aspx',
    label: 'Báo Hòa Bình: Quyết định ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (bộ tiêu chí năm 2019)',
    date: '05/09/2019',
    supports: 'Các hạng sao theo điểm: dưới 30 điểm 1 sao, 30–49 điểm 2 sao, 50–69 điểm 3 sao, 70–89 điểm 4 sao, 90–100 điểm 5 sao.',
    group: 'chuong-trinh',
  },
  starBandsDaNang: {
    href: 'https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574',
    label: 'danang.gov.vn: trang sản phẩm OCOP của thành phố Đà Nẵng',
    date: 'không ghi ngày',
    supports: 'Sản phẩm đạt từ 50 đến 100 điểm được xếp hạng từ 3 đến 5 sao.',
    group: 'chuong-trinh',
  },
  evaluationInfographic: {
    href: 'https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi',
    label: 'baomoi.net.vn: Infographic trình tự đánh giá, phân hạng sản phẩm OCOP',
    date: '2025',
    supports:
      'Trình tự đánh giá theo hai cấp sau Quyết định 1489/QĐ-TTg; sản phẩm đạt từ 90 điểm được đề nghị cấp Trung ương đánh giá, công nhận 5 sao.',
    group: 'chuong-trinh',
  },
  decision1489: {
    href: 'https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html',
    label: 'vietnam24h.com.vn: quy trình đánh giá, phân hạng sản phẩm OCOP theo 2 cấp (Quyết định 1489/QĐ-TTg ngày 06/07/2025)',
    date: 'không ghi ngày, viết sau 07/2025',
    supports:
      'Theo Quyết định 148/QĐ-TTg, cấp huyện công nhận 3 sao, cấp tỉnh 4 sao, Trung ương 5 sao; từ Quyết định 1489/QĐ-TTg (06/07/2025) còn hai cấp: cấp tỉnh (3 và 4 sao) và Trung ương (5 sao), UBND xã, phường kiểm tra hồ sơ và đề xuất sản phẩm.',
    group: 'chuong-trinh',
  },
  validity36Months: {
    href: 'https://doanhnghiepvadoisong.com.vn/print-3767.html',
    label: 'doanhnghiepvadoisong.com.vn: giấy chứng nhận sản phẩm OCOP có hiệu lực 36 tháng; công nhận lại',
    date: 'khoảng 24/10/2023',
    supports: 'Giấy chứng nhận sản phẩm OCOP 3–5 sao có hiệu lực 36 tháng; hết hạn thì chủ thể nộp hồ sơ để được công nhận lại.',
    group: 'chuong-trinh',
  },
  decision1114: {
    href: 'https://thanhhoa.gov.vn/portal/pages/print.aspx?p=14682',
    label: 'Cổng thông tin điện tử tỉnh Thanh Hóa, bản in bài về Quyết định 1114/QĐ-UBND',
    date: 'khoảng tháng 4/2021',
    supports: 'Quyết định 1114/QĐ-UBND ngày 06/04/2021 công nhận 7 sản phẩm OCOP (3 sản phẩm 4 sao, 4 sản phẩm 3 sao); địa chỉ thanhhoa.gov.vn là cổng thông tin điện tử của tỉnh.',
    group: 'chuong-trinh',
  },
  // Sắp xếp đơn vị hành chính và các sở
  dongSonMerger: {
    href: 'https://znews.vn/nhap-huyen-dong-son-vao-thanh-pho-thanh-hoa-post1488782.html',
    label: 'Znews: Nhập huyện Đông Sơn vào thành phố Thanh Hóa',
    date: '≈31/07/2024',
    supports: 'Sau khi nhập huyện Đông Sơn vào thành phố Thanh Hóa, tỉnh còn 26 đơn vị cấp huyện: các đơn vị trong bảng phụ lục của Kế hoạch.',
    group: 'hanh-chinh',
  },
  departmentsMerger: {
    href: 'https://news.laodong.vn/thoi-su/sau-sap-xep-thanh-hoa-du-kien-giam-5-giam-doc-so-1468623.ldo',
    label: 'Lao Động (tiếng Anh): Thanh Hóa dự kiến giảm 5 giám đốc sở sau sắp xếp',
    date: '25/02/2025',
    supports:
      'Ngày 25/02/2025, Ban Thường vụ Tỉnh ủy xem xét phương án sắp xếp các sở: Sở Nông nghiệp và Môi trường (tiếp nhận Văn phòng Điều phối xây dựng nông thôn mới), Sở Tài chính, Sở Xây dựng sau hợp nhất.',
    group: 'hanh-chinh',
  },
  departmentNames: {
    href: 'https://vrviet.vn/en/nhieu-so-se-duoc-giu-nguyen-ten-sau-hop-nhat-lap-moi-so-dan-toc-va-ton-giao',
    label: 'vrviet.vn: Nhiều sở được giữ nguyên tên sau hợp nhất (tiếng Anh)',
    date: '≈02/2025',
    supports:
      'Mô hình chung của cả nước: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ, Sở Lao động, Thương binh và Xã hội hợp nhất vào Sở Nội vụ.',
    group: 'hanh-chinh',
  },
  twoTierDecision: {
    href: 'https://thongtin.vietnam.vn/en/so-luong-don-vi-hanh-chinh-cap-tinh-sau-sap-nhap',
    label: 'thongtin.vietnam.vn: số đơn vị hành chính cấp tỉnh sau sắp xếp; cấp huyện dừng hoạt động từ 01/07/2025 (bản tiếng Anh)',
    date: '13/04/2025',
    supports: 'Chủ trương chính quyền địa phương hai cấp (tỉnh và xã): đơn vị hành chính cấp huyện dừng hoạt động từ 01/07/2025.',
    group: 'hanh-chinh',
  },
  resolution1686: {
    href: 'https://www.vietnam.vn/pl/nghi-quyet-so-1686-cua-uy-ban-thuong-vu-quoc-hoi-ve-sap-xep-cac-dvhc-cap-xa-cua-tinh-thanh-hoa-nam-2025',
    label: 'Nghị quyết 1686/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025 (bản đăng lại của Báo Thanh Hóa, dịch sang tiếng Ba Lan)',
    date: '17/06/2025',
    supports: 'Các xã, phường mới của tỉnh Thanh Hóa từ năm 2025.',
    group: 'hanh-chinh',
  },
  communes166: {
    href: 'https://ai24hexpress.com/2025/06/28/thanh-hoa-thay-doi-o-xa-phuong-sau-sap-xep-hanh-chinh',
    label: 'ai24hexpress.com (dẫn VnExpress): Thanh Hóa có 166 đơn vị cấp xã (147 xã, 19 phường) sau sắp xếp',
    date: '28/06/2025',
    supports: 'Thanh Hóa không sáp nhập với tỉnh khác và có 166 đơn vị hành chính cấp xã (147 xã, 19 phường).',
    group: 'hanh-chinh',
  },
  districtsEnd: {
    href: 'https://en.baochinhphu.vn/print/historic-milestone-in-modern-viet-nam-111250701123506887.htm',
    label: 'Báo điện tử Chính phủ (tiếng Anh): chính quyền địa phương hai cấp hoạt động từ 01/07/2025',
    date: '01/07/2025',
    supports: 'Chính quyền địa phương hai cấp bắt đầu hoạt động ngày 01/07/2025; chính quyền cấp huyện không còn.',
    group: 'hanh-chinh',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** The publisher's site, from the address: "https://www.vietnam.vn/en/…" → "vietnam.vn". */
export function sourceSite(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}

/** The register's entries of one group, in the order above. */
export function sourcesInGroup(group: SourceGroup): Source[] {
  return Object.values(SOURCES).filter((s) => s.group === group);
}
