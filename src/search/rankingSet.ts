/**
 * The ranking set of `npm run bench:search`: topic queries written the way
 * readers type them (with and without diacritics, a few words), each with
 * the page that should come first. A benchmark, not a test: new pages and
 * posts will rightly move rankings; keep the set true to the site when they
 * do (README, "Tìm kiếm").
 */
export interface RankingCase {
  query: string;
  /** Path of the page that should be the first result. */
  first: string;
}

export const RANKING_SET: readonly RankingCase[] = [
  {query: 'hội chợ', first: '/dao-tao/chu-the-ocop/ban-hang/'},
  {query: 'hoi cho trien lam', first: '/dao-tao/chu-the-ocop/ban-hang/'},
  {query: 'xuc tien thuong mai', first: '/co-quan/nhom/xuc-tien-thuong-mai/'},
  {query: 'bán hàng livestream', first: '/dao-tao/chu-the-ocop/ban-hang/'},
  {query: 'so cong thuong', first: '/co-quan/so-cong-thuong/'},
  {query: 'Sở Y tế', first: '/co-quan/so-y-te/'},
  {query: 'so nong nghiep', first: '/co-quan/so-nong-nghiep-va-ptnt/'},
  {query: 'ngan hang cho vay von', first: '/co-quan/ngan-hang-nha-nuoc/'},
  {query: 'van phong dieu phoi nong thon moi', first: '/co-quan/van-phong-dieu-phoi-ntm/'},
  {query: 'chỉ tiêu Nga Sơn', first: '/chi-tieu/nga-son/'},
  {query: 'sam son', first: '/chi-tieu/sam-son/'},
  {query: 'chi tieu cac huyen', first: '/chi-tieu/'},
  {query: 'danh gia phan hang sao', first: '/chu-trinh-ocop/phan-hang-sao/'},
  {query: 'tự đánh giá hạng sao', first: '/chu-trinh-ocop/tu-danh-gia/'},
  {query: 'ho so can chuan bi', first: '/chu-trinh-ocop/ho-so/'},
  {query: 'ocop la gi', first: '/dao-tao/chu-the-ocop/ocop-la-gi/'},
  {query: 'thuật ngữ ocop', first: '/chu-trinh-ocop/thuat-ngu/'},
  {query: 'chu trinh ocop 6 buoc', first: '/chu-trinh-ocop/cac-buoc/'},
  {query: 'kinh phi thuc hien', first: '/ke-hoach/kinh-phi/'},
  {query: 'mục đích yêu cầu', first: '/ke-hoach/muc-dich-yeu-cau/'},
  {query: 'toan van ke hoach 36', first: '/ke-hoach/toan-van/'},
  {query: 'phu luc san pham theo dia phuong', first: '/ke-hoach/phu-luc/'},
  {query: 'bao bi nhan mac', first: '/dao-tao/chu-the-ocop/bao-bi-nhan-truy-xuat/'},
  {query: 'truy xuất nguồn gốc', first: '/dao-tao/chu-the-ocop/bao-bi-nhan-truy-xuat/'},
  {query: 'dang ky nhan hieu', first: '/dao-tao/chu-the-ocop/thuong-hieu-so-huu-tri-tue/'},
  {query: 'an toan thuc pham', first: '/dao-tao/chu-the-ocop/tieu-chuan-chat-luong/'},
  {query: 'giữ hạng sao', first: '/dao-tao/chu-the-ocop/giu-hang-sao/'},
  {query: 'phuong an san xuat kinh doanh', first: '/dao-tao/chu-the-ocop/phuong-an-san-xuat-kinh-doanh/'},
  {query: 'y tuong san pham dang ky', first: '/dao-tao/chu-the-ocop/tu-y-tuong-den-dang-ky/'},
  {query: 'giam sat sau cong nhan', first: '/dao-tao/can-bo/giam-sat-sau-cong-nhan/'},
  {query: 'khong con cap huyen', first: '/tin-tuc/2025/07/01/khong-con-cap-huyen-tu-01-07-2025/'},
  {query: 'quyết định 1489', first: '/tin-tuc/2025/07/06/quyet-dinh-1489-danh-gia-ocop-hai-cap/'},
  {query: 'tai du lieu csv', first: '/du-lieu/'},
  {query: 'kha nang tiep can', first: '/tiep-can/'},
  {query: 'ho tro chu the', first: '/dao-tao/can-bo/ho-tro-y-tuong-phuong-an/'},
  {query: 'can vay von', first: '/co-quan/ho-tro/'},
  {query: 'mục tiêu năm 2025', first: '/ke-hoach/noi-dung/'},
  {query: 'nhiem vu va giai phap', first: '/ke-hoach/noi-dung/'},
  {query: 'ubnd cac huyen', first: '/co-quan/ubnd-cap-huyen/'},
  {query: 'so khoa hoc cong nghe', first: '/co-quan/so-khoa-hoc-va-cong-nghe/'},
  {query: 'tai lieu tap huan can bo', first: '/dao-tao/can-bo/'},
  {query: 'co quan nao to chuc tap huan', first: '/co-quan/nhom/dao-tao/'},
  {query: 'tinh diem sao', first: '/chu-trinh-ocop/tu-danh-gia/'},
  {query: 'cơ quan nào kiểm tra giám sát', first: '/co-quan/nhom/kiem-tra-danh-gia/'},
  // Moved from the browser test (topic rankings move with content; CI keeps only what holds for any content).
  {query: 'Sở Công Thương', first: '/co-quan/so-cong-thuong/'},
  {query: 'đánh giá xếp hạng', first: '/chu-trinh-ocop/phan-hang-sao/'},
  {query: 'danh gia xep hang', first: '/chu-trinh-ocop/phan-hang-sao/'},
  {query: 'Nga Sơn', first: '/chi-tieu/nga-son/'},
  {query: 'nga son', first: '/chi-tieu/nga-son/'},
  {query: 'thương mại điện tử', first: '/ke-hoach/noi-dung/'},
  {query: 'thuong mai dien tu', first: '/ke-hoach/noi-dung/'},
  {query: 'Lê Đức Giang', first: '/ke-hoach/'},
  {query: 'le duc giang', first: '/ke-hoach/'},
  {query: 'Hoằng Hóa', first: '/chi-tieu/hoang-hoa/'},
  {query: 'hoang hoa', first: '/chi-tieu/hoang-hoa/'},
];
