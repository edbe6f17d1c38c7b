/**
 * The editorial classification of the 16 bodies of Plan 36, Part IV: what is
 * NOT plan text. The plan's own words (names, duties) are parsed from
 * docs/ke-hoach/_van-ban/_phan-iv.md; this module adds, per item number (the
 * slug and short name come from bodies.ts), a kind, the name forms to search
 * the plan for, and per duty (in bullet order) the task groups. A duty's role
 * is not written here: it is read from the plan's words (roleFromText:
 * 'chu-tri' when the duty says "chủ trì", else 'phoi-hop' when it says "phối
 * hợp", else none).
 *
 * Rules, checked by src/agencies/__tests__/agencies.test.ts against the plan:
 * - `duties` has one entry per bullet (or one for a run-in paragraph);
 * - a task group only where the duty's words name that group's work
 *   (GROUP_KEYWORDS); general duties ("lồng ghép hoạt động của ngành") get none.
 */

import {bodyForItem, type Body} from './bodies';
import {findLesson} from '../training/tracks';

/** Task groups of Plan 36: II.2.1–II.2.5 and Part III (funding). */
export type TaskGroup = '2.1' | '2.2' | '2.3' | '2.4' | '2.5' | 'III';

export type Role = 'chu-tri' | 'phoi-hop' | null;

export type AgencyKind = 'co-quan-nha-nuoc' | 'chi-nhanh-trung-uong' | 'mat-tran-doan-the' | 'chinh-quyen-dia-phuong' | 'bao-chi' | 'to-chuc-kinh-te';

/** Per duty (bullet), the task groups it belongs to. Its role is not stored: it is read from the plan's words (roleFromText). */
export interface DutyClassification {
  groups: TaskGroup[];
}

/** A link to a page of the site (OCOP cycle step, training lesson). */
export interface RelatedLink {
  label: string;
  /** Site path, e.g. "/chu-trinh-ocop/buoc-5/". */
  to: string;
}

export interface AgencyClassification {
  /** Item number in Part IV, 1–16. */
  item: number;
  slug: string;
  shortName: string;
  kind: AgencyKind;
  /** Ways the plan names this body, searched (case-insensitively) in every part of the plan. */
  nameForms: string[];
  /**
   * For an item that groups several bodies under a short name: each body as
   * the plan's heading names it, listed on /co-quan/ so that a reader looking
   * for one of them finds its name there (checked against the heading).
   */
  members?: string[];
  duties: DutyClassification[];
  /** OCOP cycle steps and training lessons that concern this body (filled in as those pages land). */
  related: RelatedLink[];
}

export const TASK_GROUPS: readonly {id: TaskGroup; slug: string; label: string; anchor: string; path: string}[] = [
  {id: '2.1', slug: 'tuyen-truyen', label: 'Tuyên truyền', anchor: 'ii-2-1', path: '/ke-hoach/noi-dung/'},
  {id: '2.2', slug: 'dao-tao', label: 'Đào tạo, tập huấn', anchor: 'ii-2-2', path: '/ke-hoach/noi-dung/'},
  {id: '2.3', slug: 'xuc-tien-thuong-mai', label: 'Xúc tiến thương mại', anchor: 'ii-2-3', path: '/ke-hoach/noi-dung/'},
  {id: '2.4', slug: 'kiem-tra-danh-gia', label: 'Kiểm tra, giám sát, đánh giá, xếp hạng', anchor: 'ii-2-4', path: '/ke-hoach/noi-dung/'},
  {id: '2.5', slug: 'khoa-hoc-cong-nghe', label: 'Khoa học, công nghệ, chuyển đổi số', anchor: 'ii-2-5', path: '/ke-hoach/noi-dung/'},
  {id: 'III', slug: 'kinh-phi', label: 'Kinh phí', anchor: 'iii', path: '/ke-hoach/kinh-phi/'},
];

/**
 * Words of a duty that allow a task group (a necessary condition, not a
 * sufficient one: a duty that only mentions a word in passing is not placed).
 */
export const GROUP_KEYWORDS: Readonly<Record<TaskGroup, readonly string[]>> = {
  '2.1': ['tuyên truyền', 'thông tin'],
  '2.2': ['đào tạo', 'tập huấn'],
  '2.3': ['xúc tiến thương mại', 'hội chợ', 'quảng bá các sản phẩm', 'quảng bá sản phẩm', 'tiêu thụ', 'thương mại điện tử'],
  '2.4': ['kiểm tra', 'giám sát', 'đánh giá', 'an toàn thực phẩm'],
  '2.5': ['khoa học', 'công nghệ', 'sở hữu trí tuệ', 'chuyển đổi số'],
  III: ['kinh phí', 'dự toán', 'nguồn lực', 'vốn'],
};

export const KIND_LABELS: Readonly<Record<AgencyKind, string>> = {
  'co-quan-nha-nuoc': 'Cơ quan nhà nước cấp tỉnh',
  // The State Bank branch is the provincial branch of a central body, not a body of the province.
  'chi-nhanh-trung-uong': 'Chi nhánh của cơ quan trung ương tại tỉnh',
  'mat-tran-doan-the': 'Mặt trận, đoàn thể và hiệp hội',
  'chinh-quyen-dia-phuong': 'Chính quyền địa phương',
  'bao-chi': 'Cơ quan báo chí',
  'to-chuc-kinh-te': 'Tổ chức kinh tế (chủ thể sản xuất, kinh doanh)',
};

export const ROLE_LABELS: Readonly<Record<'chu-tri' | 'phoi-hop' | 'giao', string>> = {
  'chu-tri': 'Chủ trì',
  'phoi-hop': 'Phối hợp',
  giao: 'Có nhiệm vụ',
};

const d = (...groups: TaskGroup[]): DutyClassification => ({groups});

/** Steps of the annual OCOP cycle (/chu-trinh-ocop/cac-buoc/), by number. */
const STEP_TITLES = ['Tuyên truyền, hướng dẫn', 'Nhận đăng ký ý tưởng sản phẩm', 'Nhận phương án, dự án sản xuất kinh doanh', 'Triển khai phương án, dự án sản xuất kinh doanh', 'Đánh giá và phân hạng sản phẩm', 'Xúc tiến thương mại'] as const;
const step = (n: 1 | 2 | 3 | 4 | 5 | 6): RelatedLink => ({label: `Chu trình OCOP, bước ${n}: ${STEP_TITLES[n - 1]}`, to: `/chu-trinh-ocop/cac-buoc/#buoc-${n}`});

/** A training lesson as a related link: its title and path from the one list of lessons (training/tracks.ts). */
function lesson(id: string): RelatedLink {
  const found = findLesson(id);
  if (!found) throw new Error(`agencies.ts: không có bài học "${id}" trong src/training/tracks.ts.`);
  return {label: `${found.trackId === 'can-bo' ? 'Bài học cho cán bộ' : 'Bài học cho chủ thể'}: ${found.title}`, to: found.path};
}

/** Pages of the cycle guide and training lessons that cite this body's item of Part IV. */
const PAGE = {
  hoSo: {label: 'Chu trình OCOP: hồ sơ cần chuẩn bị', to: '/chu-trinh-ocop/ho-so/'},
  phanHang: {label: 'Chu trình OCOP: đánh giá và phân hạng sao', to: '/chu-trinh-ocop/phan-hang-sao/'},
  toChucChuTrinh: lesson('can-bo/to-chuc-chu-trinh'),
  tuyenTruyen: lesson('can-bo/tuyen-truyen'),
  hoTroYTuong: lesson('can-bo/ho-tro-y-tuong-phuong-an'),
  kiemTraHoSo: lesson('can-bo/kiem-tra-ho-so-danh-gia'),
  giamSat: lesson('can-bo/giam-sat-sau-cong-nhan'),
  ocopLaGi: lesson('chu-the-ocop/ocop-la-gi'),
  yTuong: lesson('chu-the-ocop/tu-y-tuong-den-dang-ky'),
  phuongAn: lesson('chu-the-ocop/phuong-an-san-xuat-kinh-doanh'),
  chatLuong: lesson('chu-the-ocop/tieu-chuan-chat-luong'),
  baoBi: lesson('chu-the-ocop/bao-bi-nhan-truy-xuat'),
  thuongHieu: lesson('chu-the-ocop/thuong-hieu-so-huu-tri-tue'),
  hoSoDanhGia: lesson('chu-the-ocop/ho-so-danh-gia'),
  banHang: lesson('chu-the-ocop/ban-hang'),
  giuHangSao: lesson('chu-the-ocop/giu-hang-sao'),
} as const satisfies Record<string, RelatedLink>;

/** Item N's number, slug and short name, from the one list (bodies.ts). */
function body(item: number): Body {
  const found = bodyForItem(item);
  if (!found) throw new Error(`bodies.ts: không có mục IV.${item}.`);
  return found;
}

export const AGENCIES: readonly AgencyClassification[] = [
  {
    ...body(1),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Văn phòng Điều phối xây dựng NTM tỉnh', 'Văn phòng Điều phối NTM tỉnh'],
    duties: [d('2.4'), d('III'), d('2.4'), d('2.4'), d('2.1')],
    related: [step(1), step(3), step(5), PAGE.hoSo, PAGE.toChucChuTrinh, PAGE.tuyenTruyen, PAGE.kiemTraHoSo, PAGE.giamSat, PAGE.hoSoDanhGia],
  },
  {
    ...body(2),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Tài chính'],
    duties: [d('III')],
    related: [],
  },
  {
    ...body(3),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Công Thương'],
    duties: [d('2.3'), d('2.4'), d('2.4'), d()],
    related: [step(4), step(5), step(6), PAGE.chatLuong, PAGE.baoBi, PAGE.banHang, PAGE.giuHangSao, PAGE.giamSat],
  },
  {
    ...body(4),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Nông nghiệp và PTNT'],
    // Bullet 1 is about agricultural development policy ("đào tạo nghề" only in its
    // brackets): not II.2.2, whose OCOP training the plan gives to no body.
    duties: [d(), d('2.5'), d('2.4'), d(), d()],
    related: [step(4), step(5), PAGE.phuongAn],
  },
  {
    ...body(5),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Khoa học và Công nghệ'],
    duties: [d('2.5'), d('2.5'), d('2.5'), d('2.4'), d()],
    related: [step(4), step(5), PAGE.baoBi, PAGE.thuongHieu, PAGE.chatLuong, PAGE.phuongAn],
  },
  {
    ...body(6),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Y tế'],
    duties: [d('2.4'), d(), d('2.4'), d()],
    related: [step(4), step(5), PAGE.chatLuong, PAGE.ocopLaGi, PAGE.banHang],
  },
  {
    ...body(7),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Văn hóa, Thể thao và Du lịch'],
    duties: [d('2.3'), d('2.4'), d('2.4'), d()],
    related: [step(4), step(5), step(6), PAGE.phanHang, PAGE.hoSoDanhGia, PAGE.banHang],
  },
  {
    ...body(8),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Lao động, Thương binh và Xã hội'],
    duties: [d('2.2'), d()],
    related: [step(4), PAGE.hoTroYTuong],
  },
  {
    ...body(9),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Tài nguyên và Môi trường'],
    duties: [d(), d('2.4')],
    related: [step(4), step(5), PAGE.phuongAn, PAGE.chatLuong],
  },
  {
    ...body(10),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['Sở Thông tin và Truyền thông'],
    duties: [d('2.1'), d('2.3', '2.5')],
    related: [step(1), step(6), PAGE.tuyenTruyen, PAGE.banHang],
  },
  {
    ...body(11),
    kind: 'mat-tran-doan-the',
    nameForms: [
      'Ủy ban MTTQ tỉnh',
      'tổ chức đoàn thể chính trị - xã hội',
      'tổ chức chính trị - xã hội',
      'Liên đoàn Thương mại và Công nghiệp Việt Nam',
      'Hiệp hội Doanh nghiệp tỉnh',
    ],
    members: [
      'Ủy ban MTTQ tỉnh',
      'các tổ chức đoàn thể chính trị - xã hội',
      'Liên đoàn Thương mại và Công nghiệp Việt Nam Chi nhánh Thanh Hóa – Ninh Bình',
      'Hiệp hội Doanh nghiệp tỉnh',
    ],
    duties: [d('2.1')],
    related: [step(1), PAGE.tuyenTruyen, PAGE.phuongAn],
  },
  {
    ...body(12),
    kind: 'chi-nhanh-trung-uong',
    nameForms: ['Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa'],
    duties: [d('III')],
    related: [step(4), PAGE.ocopLaGi, PAGE.phuongAn, PAGE.hoTroYTuong],
  },
  {
    ...body(13),
    kind: 'co-quan-nha-nuoc',
    nameForms: ['sở, ban, ngành', 'sở, ban ngành', 'ban, sở, ngành'],
    duties: [d()],
    related: [],
  },
  {
    ...body(14),
    kind: 'chinh-quyen-dia-phuong',
    nameForms: ['UBND các huyện, thị xã, thành phố', 'UBND cấp huyện', 'các huyện, thị xã, thành phố'],
    duties: [d('III'), d(), d('2.1'), d(), d(), d(), d('2.4'), d('2.4', 'III')],
    related: [step(1), step(2), step(3), step(5), PAGE.phanHang, PAGE.toChucChuTrinh, PAGE.tuyenTruyen, PAGE.kiemTraHoSo, PAGE.giamSat, PAGE.giuHangSao],
  },
  {
    ...body(15),
    kind: 'bao-chi',
    nameForms: ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Thanh Hóa'],
    duties: [d('2.1', '2.3')],
    related: [step(1), step(6), PAGE.tuyenTruyen],
  },
  {
    ...body(16),
    kind: 'to-chuc-kinh-te',
    nameForms: ['tổ chức kinh tế', 'hợp tác xã', 'tổ hợp tác', 'chủ thể sản xuất'],
    duties: [d(), d('III'), d('2.3'), d('2.4'), d()],
    related: [step(2), step(4), step(6), PAGE.yTuong, PAGE.phuongAn, PAGE.chatLuong, PAGE.banHang],
  },
];

/** The classification of item N (1–16). */
export function agencyForItem(item: number): AgencyClassification | undefined {
  return AGENCIES.find((a) => a.item === item);
}

export {agencyPath} from './bodies';

/** Site path of a task group's page. */
export const groupPath = (slug: string): string => `/co-quan/nhom/${slug}/`;

/** The role the plan's words give a duty (see the rules at the top). */
export function roleFromText(text: string): Role {
  if (/chủ trì/i.test(text)) return 'chu-tri';
  if (/phối hợp/i.test(text)) return 'phoi-hop';
  return null;
}
