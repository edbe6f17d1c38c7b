/**
 * "Tôi cần hỗ trợ về…": a producer's common needs, each mapped to the duties
 * of Part IV that answer it (by duty id; the text is rendered from the plan).
 * Editorial: the notes say where the plan assigns nothing specific.
 */
export interface Need {
  /** Anchor on /co-quan/ho-tro/. */
  id: string;
  title: string;
  /** Duty ids ("iv-6-1"), most direct first. */
  duties: string[];
  /** Editorial remarks (plain Vietnamese, no plan text), e.g. where Part IV is silent. */
  notes: string[];
  /** Other pages of the plan or the site worth reading for this need. */
  links: {label: string; to: string}[];
  /** Ids of context notes (src/plan/contextNotes.ts) that change how the duties read today. */
  contextNotes: string[];
}

export const NEEDS: readonly Need[] = [
  {
    id: 'an-toan-thuc-pham',
    title: 'An toàn thực phẩm, công bố chất lượng sản phẩm',
    duties: ['iv-6-1', 'iv-5-4', 'iv-3-3', 'iv-4-3'],
    notes: ['Sở Y tế hướng dẫn về an toàn thực phẩm và công bố chất lượng; Sở Khoa học và Công nghệ hướng dẫn hồ sơ công bố hợp chuẩn, hợp quy; Sở Công Thương và Sở Nông nghiệp và PTNT hướng dẫn công bố sản phẩm thuộc ngành mình quản lý.'],
    links: [],
    contextNotes: [],
  },
  {
    id: 'thao-duoc',
    title: 'Sản phẩm từ dược liệu (Kế hoạch gọi là “nhóm thảo dược”)',
    duties: ['iv-6-1', 'iv-6-3'],
    notes: [],
    links: [],
    contextNotes: [],
  },
  {
    id: 'du-lich',
    title: 'Sản phẩm du lịch (du lịch cộng đồng, du lịch sinh thái, điểm du lịch)',
    duties: ['iv-7-2', 'iv-7-1'],
    notes: [],
    links: [],
    contextNotes: [],
  },
  {
    id: 'nhan-hieu-so-huu-tri-tue',
    title: 'Nhãn hiệu, sở hữu trí tuệ',
    duties: ['iv-5-2', 'iv-5-3'],
    notes: [],
    links: [{label: 'Mục II.2.5 của Kế hoạch (khoa học, công nghệ, sở hữu trí tuệ)', to: '/ke-hoach/noi-dung/#ii-2-5'}],
    contextNotes: ['sap-xep-so'],
  },
  {
    id: 'bao-bi-nhan-hang',
    title: 'Bao bì, mẫu mã, nhãn hàng hóa',
    duties: ['iv-5-2', 'iv-3-2'],
    notes: ['Sở Khoa học và Công nghệ hướng dẫn xây dựng mẫu mã, bao bì; Sở Công Thương phối hợp kiểm tra và xử lý vi phạm quy định về nhãn hàng hóa.'],
    links: [],
    contextNotes: [],
  },
  {
    id: 'truy-xuat-nguon-goc',
    title: 'Truy xuất nguồn gốc',
    duties: ['iv-10-2', 'iv-5-1'],
    notes: [
      'Mục II.2.5 của Kế hoạch có nêu việc xây dựng hệ thống truy xuất nguồn gốc theo chuỗi giá trị OCOP, nhưng Phần IV không giao riêng việc này cho cơ quan nào. Dưới đây là các nhiệm vụ gần nhất: chuyển đổi số trong Chương trình và ứng dụng khoa học, công nghệ.',
    ],
    links: [{label: 'Mục II.2.5 của Kế hoạch', to: '/ke-hoach/noi-dung/#ii-2-5'}],
    contextNotes: [],
  },
  {
    id: 'thuong-mai-dien-tu',
    title: 'Bán hàng trực tuyến và livestream',
    duties: ['iv-10-2', 'iv-16-3'],
    notes: ['Mục II.2.3 nêu việc hỗ trợ chủ thể bán hàng trực tuyến và livestream trên các nền tảng số; Phần IV không giao riêng việc livestream cho cơ quan nào. Các nhiệm vụ gần nhất ở Phần IV:'],
    links: [{label: 'Mục II.2.3 của Kế hoạch (xúc tiến thương mại)', to: '/ke-hoach/noi-dung/#ii-2-3'}],
    contextNotes: ['sap-xep-so'],
  },
  {
    id: 'vay-von',
    title: 'Vay vốn, tín dụng',
    duties: ['iv-12-1'],
    notes: ['Phần III của Kế hoạch cũng kể vốn vay từ các tổ chức tín dụng, các quỹ đầu tư, quỹ phát triển trong các nguồn vốn khác.'],
    links: [{label: 'Phần III của Kế hoạch (mục 2: nguồn vốn khác)', to: '/ke-hoach/kinh-phi/#iii'}],
    contextNotes: [],
  },
  {
    id: 'dao-tao',
    title: 'Đào tạo, tập huấn, học nghề',
    duties: ['iv-8-1', 'iv-4-1', 'iv-1-1'],
    notes: ['Mục II.2.2 nêu việc tổ chức các lớp đào tạo, tập huấn cho cán bộ và chủ thể OCOP; Phần IV không giao riêng việc mở lớp cho cơ quan nào, còn Văn phòng Điều phối xây dựng NTM tỉnh chủ trì triển khai các nội dung của Kế hoạch.'],
    links: [
      {label: 'Mục II.2.2 của Kế hoạch', to: '/ke-hoach/noi-dung/#ii-2-2'},
      {label: 'Các bài học trên trang này', to: '/dao-tao/'},
    ],
    contextNotes: ['sap-xep-so'],
  },
  {
    id: 'ho-so-danh-gia',
    title: 'Hồ sơ đăng ký đánh giá, xếp hạng sản phẩm OCOP',
    duties: ['iv-1-3', 'iv-14-7', 'iv-3-3', 'iv-4-3', 'iv-5-4', 'iv-6-3', 'iv-7-2', 'iv-7-3', 'iv-9-2'],
    notes: ['Mỗi sở hướng dẫn hồ sơ của các sản phẩm thuộc lĩnh vực mình phụ trách.'],
    links: [{label: 'Chu trình OCOP và phân hạng sao', to: '/chu-trinh-ocop/'}],
    contextNotes: ['qd-1489', 'cap-huyen'],
  },
  {
    id: 'hoi-cho',
    title: 'Hội chợ, triển lãm, xúc tiến thương mại',
    duties: ['iv-3-1', 'iv-16-3'],
    notes: [],
    links: [{label: 'Mục II.2.3 của Kế hoạch (xúc tiến thương mại)', to: '/ke-hoach/noi-dung/#ii-2-3'}],
    contextNotes: [],
  },
];
