/**
 * Editorial context notes: later events that change how parts of Plan 36
 * read today. Each note is written once here and shown beside the parts of
 * the plan it concerns (never inside the official text). Each source is an
 * entry of the register (src/content/sources.ts, public page /nguon/);
 * unconfirmed points say so.
 */
import {SOURCES, type Source} from '../content/sources';

export interface ContextNote {
  id: string;
  title: string;
  paragraphs: string[];
  sources: readonly Source[];
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
    sources: [SOURCES.districtsEnd, SOURCES.resolution1686],
    concerns: ['ii-1', 'iii-1', 'iv-14', 'phu-luc'],
  },
  {
    id: 'qd-1489',
    title: 'Quyết định 1489/QĐ-TTg (06/07/2025): đánh giá sản phẩm OCOP còn hai cấp',
    paragraphs: [
      'Kế hoạch giao UBND cấp huyện “tổ chức đánh giá, phân hạng sản phẩm tại địa phương theo quy định” (mục IV.14, ý 7); theo Quyết định 148/QĐ-TTg năm 2023, quy định lúc đó, cấp huyện công nhận sản phẩm 3 sao, cấp tỉnh 4 sao và Trung ương 5 sao.',
      'Quyết định 1489/QĐ-TTg ngày 06/07/2025 sửa đổi Quyết định 148/QĐ-TTg cho phù hợp với chính quyền hai cấp: việc đánh giá sản phẩm 3 sao chuyển từ cấp huyện lên cấp tỉnh; còn hai cấp đánh giá là cấp tỉnh (3 sao và 4 sao) và Trung ương (5 sao); UBND xã, phường kiểm tra một số nội dung hồ sơ và đề xuất sản phẩm.',
    ],
    sources: [SOURCES.decision1489, SOURCES.evaluationInfographic],
    concerns: ['ii-2-4', 'iv-1', 'iv-14', 'phu-luc'],
  },
  {
    id: 'sap-xep-so',
    title: 'Sắp xếp các sở năm 2025: Văn phòng Điều phối NTM về Sở Nông nghiệp và Môi trường',
    paragraphs: [
      'Ngày 25/02/2025, một ngày sau khi Kế hoạch ban hành, Ban Thường vụ Tỉnh ủy xem xét phương án sắp xếp các sở: Sở Nông nghiệp và Môi trường được thành lập trên cơ sở hợp nhất Sở Nông nghiệp và PTNT với Sở Tài nguyên và Môi trường, đồng thời tiếp nhận Văn phòng Điều phối xây dựng NTM tỉnh — đơn vị chủ trì Kế hoạch này; Sở Tài chính hợp nhất với Sở Kế hoạch và Đầu tư.',
      'Theo mô hình chung của cả nước, Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ, Sở Lao động, Thương binh và Xã hội hợp nhất vào Sở Nội vụ. Với Thanh Hóa, việc hai sở mới nhận các nhiệm vụ này và ngày các sở mới bắt đầu hoạt động chưa được xác nhận.',
    ],
    sources: [SOURCES.departmentsMerger, SOURCES.departmentNames],
    concerns: ['iv-1', 'iv-2', 'iv-4', 'iv-5', 'iv-8', 'iv-9', 'iv-10'],
  },
];

/** The notes that concern any of the given plan anchors, in the order above. */
export function notesConcerning(anchors: readonly string[]): ContextNote[] {
  return CONTEXT_NOTES.filter((n) => n.concerns.some((a) => anchors.includes(a)));
}
