/**
 * Editorial context notes: later events that change how parts of Plan 36
 * read today. Each note is written once here and shown beside the parts of
 * the plan it concerns (never inside the official text). Facts and links
 * come from the project's verified fact sheet; unconfirmed points say so.
 */
export interface Source {
  label: string;
  url: string;
  /** As the source shows it; "≈" marks an inferred date. */
  date?: string;
}

export interface ContextNote {
  id: string;
  title: string;
  paragraphs: string[];
  sources: Source[];
  /** Anchors of the plan items this note concerns (e.g. "iv-14"). */
  concerns: string[];
}

export const CONTEXT_NOTES: ContextNote[] = [
  {
    id: 'cap-huyen',
    title: 'Từ 01/07/2025, chính quyền cấp huyện không còn',
    paragraphs: [
      'Kế hoạch ban hành ngày 24/02/2025, khi tỉnh còn 26 đơn vị cấp huyện, nên chỉ tiêu ở phụ lục và nhiệm vụ của UBND các huyện, thị xã, thành phố (mục IV.14) được giao theo cấp huyện.',
      'Theo chủ trương tổ chức chính quyền địa phương hai cấp (tỉnh và xã), các đơn vị hành chính cấp huyện dừng hoạt động từ 01/07/2025. Thanh Hóa không sáp nhập với tỉnh khác và nay có 166 đơn vị hành chính cấp xã (147 xã, 19 phường). Số liệu sau thời điểm này được báo cáo theo xã, phường.',
    ],
    sources: [
      {label: 'Báo điện tử Chính phủ: chính quyền địa phương hai cấp bắt đầu hoạt động từ 01/07/2025 (tiếng Anh)', url: 'https://en.baochinhphu.vn/print/historic-milestone-in-modern-viet-nam-111250701123506887.htm', date: '01/07/2025'},
      {label: 'Nghị quyết 1686/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025 (bản đăng lại của Báo Thanh Hóa, dịch sang tiếng Ba Lan)', url: 'https://www.vietnam.vn/pl/nghi-quyet-so-1686-cua-uy-ban-thuong-vu-quoc-hoi-ve-sap-xep-cac-dvhc-cap-xa-cua-tinh-thanh-hoa-nam-2025', date: '17/06/2025'},
    ],
    concerns: ['ii-1', 'iii-1', 'iv-14', 'phu-luc'],
  },
  {
    id: 'qd-1489',
    title: 'Quyết định 1489/QĐ-TTg (06/07/2025): đánh giá sản phẩm OCOP còn hai cấp',
    paragraphs: [
      'Kế hoạch giao cấp huyện đánh giá, phân hạng sản phẩm 3 sao, cấp tỉnh 4 sao và Trung ương 5 sao, theo Quyết định 148/QĐ-TTg năm 2023.',
      'Quyết định 1489/QĐ-TTg ngày 06/07/2025 sửa đổi Quyết định 148/QĐ-TTg cho phù hợp với chính quyền hai cấp: việc đánh giá sản phẩm 3 sao chuyển từ cấp huyện lên cấp tỉnh; còn hai cấp đánh giá là cấp tỉnh (3 sao và 4 sao) và Trung ương (5 sao); UBND xã, phường kiểm tra một số nội dung hồ sơ và đề xuất sản phẩm.',
    ],
    sources: [
      {label: 'vietnam24h.com.vn: Quy trình đánh giá, phân hạng sản phẩm OCOP theo 02 cấp', url: 'https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html', date: 'không ghi ngày, viết sau 07/2025'},
      {label: 'baomoi.net.vn: Infographic trình tự đánh giá, phân hạng sản phẩm OCOP', url: 'https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi', date: '2025'},
    ],
    concerns: ['ii-2-4', 'iv-1', 'iv-14', 'phu-luc'],
  },
  {
    id: 'sap-xep-so',
    title: 'Sắp xếp các sở năm 2025: Văn phòng Điều phối NTM về Sở Nông nghiệp và Môi trường',
    paragraphs: [
      'Ngày 25/02/2025, một ngày sau khi Kế hoạch ban hành, Ban Thường vụ Tỉnh ủy xem xét phương án sắp xếp các sở: Sở Nông nghiệp và Môi trường được thành lập trên cơ sở hợp nhất Sở Nông nghiệp và PTNT với Sở Tài nguyên và Môi trường, đồng thời tiếp nhận Văn phòng Điều phối xây dựng NTM tỉnh — đơn vị chủ trì Kế hoạch này; Sở Tài chính hợp nhất với Sở Kế hoạch và Đầu tư.',
      'Theo mô hình chung của cả nước, Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ, Sở Lao động, Thương binh và Xã hội hợp nhất vào Sở Nội vụ. Với Thanh Hóa, việc hai sở mới nhận các nhiệm vụ này và ngày các sở mới bắt đầu hoạt động chưa được xác nhận.',
    ],
    sources: [
      {label: 'Lao Động (tiếng Anh): Thanh Hóa dự kiến giảm 5 giám đốc sở sau sắp xếp', url: 'https://news.laodong.vn/thoi-su/sau-sap-xep-thanh-hoa-du-kien-giam-5-giam-doc-so-1468623.ldo', date: '25/02/2025'},
      {label: 'vrviet.vn: Nhiều sở được giữ nguyên tên sau hợp nhất', url: 'https://vrviet.vn/en/nhieu-so-se-duoc-giu-nguyen-ten-sau-hop-nhat-lap-moi-so-dan-toc-va-ton-giao', date: '≈02/2025'},
    ],
    concerns: ['iv-1', 'iv-2', 'iv-4', 'iv-5', 'iv-8', 'iv-9', 'iv-10'],
  },
];

/** The notes that concern any of the given plan anchors, in the order above. */
export function notesConcerning(anchors: readonly string[]): ContextNote[] {
  return CONTEXT_NOTES.filter((n) => n.concerns.some((a) => anchors.includes(a)));
}
