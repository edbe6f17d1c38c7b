/**
 * The page types whose first-visit weight the scale benchmark compares
 * (issue #17): one page of each, by path. The news post and the tag page
 * depend on the content, so the caller gives them.
 */
export interface PageType {
  label: string;
  path: string;
}

export function pageTypes(newestPost: string, tagPage: string): PageType[] {
  return [
    {label: 'trang chủ', path: '/'},
    {label: 'toàn văn Kế hoạch', path: '/ke-hoach/toan-van/'},
    {label: 'chỉ tiêu', path: '/chi-tieu/'},
    {label: 'một đơn vị', path: '/chi-tieu/nga-son/'},
    {label: 'một cơ quan', path: '/co-quan/so-cong-thuong/'},
    {label: 'bài học', path: '/dao-tao/chu-the-ocop/ocop-la-gi/'},
    {label: 'tự chấm điểm', path: '/chu-trinh-ocop/tu-danh-gia/'},
    {label: 'tìm kiếm', path: '/tim-kiem/'},
    {label: 'danh sách tin', path: '/tin-tuc/'},
    {label: 'bài tin', path: newestPost},
    {label: 'trang thẻ', path: tagPage},
  ];
}

/** Percent change from `base` to `value`, one decimal; null when `base` is 0 (a page without JavaScript). */
export const percentChange = (base: number, value: number): number | null => (base === 0 ? null : Math.round(((value - base) / base) * 1000) / 10);
