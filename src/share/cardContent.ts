/**
 * Which words each page's card carries, from the same models as the page:
 * a unit page its target (targets.csv through the data model), /chi-tieu/
 * and the home page the province's target, a lesson its track and number
 * (src/training/tracks.ts), a news post its title and date, an agency page
 * its name (Part IV of the plan); any other page its own title.
 */
import type {StarCounts} from '../datasets/plan36';
import {formatIsoDate, formatNumber} from '../format';
import {TRACKS} from '../training/tracks';
import type {CardContent} from './card';

export interface CardSources {
  plan: {number: string; dateText: string; year: number; totals: StarCounts};
  /** Number of district-level units with a target. */
  unitCount: number;
  province: {achieved: StarCounts | null; asOf: string | null};
  units: readonly {path: string; don_vi: string; target: StarCounts}[];
  agencies: readonly {path: string; name: string; kindLabel: string}[];
  /** News posts: path without baseUrl, title, ISO date. */
  posts: readonly {path: string; title: string; date: string}[];
  siteName: string;
}

/** "2 × 5 sao, 2 × 4 sao, 4 × 3 sao". */
export const starBreakdown = (c: StarCounts): string => `${formatNumber(c.sao_5)} × 5 sao, ${formatNumber(c.sao_4)} × 4 sao, ${formatNumber(c.sao_3)} × 3 sao`;

const SECTIONS: Readonly<Record<string, string>> = {
  'ke-hoach': 'Kế hoạch',
  'chi-tieu': 'Chỉ tiêu và tiến độ',
  'co-quan': 'Cơ quan thực hiện',
  'chu-trinh-ocop': 'Chu trình OCOP',
  'dao-tao': 'Đào tạo',
  'tin-tuc': 'Tin tức',
  'du-lieu': 'Dữ liệu mở',
};

/** The page's own title, without the site's name that <title> may add ("… | OCOP Thanh Hóa 2025"). */
export function ownTitle(documentTitle: string, siteName: string): string {
  const suffix = ` | ${siteName}`;
  const t = documentTitle.trim();
  return t.endsWith(suffix) ? t.slice(0, -suffix.length) : t;
}

/**
 * The card of the page at `route` (its path without baseUrl, ending in "/"),
 * whose <title> is `documentTitle`.
 */
export function cardContent(route: string, documentTitle: string, s: CardSources): CardContent {
  const planName = `Kế hoạch ${s.plan.number} ngày ${s.plan.dateText}`;
  const province = (): CardContent['figure'] => {
    const achieved = s.province.achieved;
    const progress = achieved === null || s.province.asOf === null ? '' : ` · đã công nhận ${formatNumber(achieved.tong)} sản phẩm mới (đến ${formatIsoDate(s.province.asOf)})`;
    return {headline: `${formatNumber(s.plan.totals.tong)} sản phẩm OCOP mới`, detail: `${starBreakdown(s.plan.totals)}${progress}`};
  };
  if (route === '/') return {kicker: planName, title: `Chương trình OCOP năm ${s.plan.year} của tỉnh Thanh Hóa: mục tiêu, chỉ tiêu ${s.unitCount} đơn vị cấp huyện`, figure: province()};
  if (route === '/chi-tieu/') return {kicker: `Chỉ tiêu và tiến độ · ${planName}`, title: `Chỉ tiêu OCOP năm ${s.plan.year} của tỉnh Thanh Hóa và ${s.unitCount} đơn vị cấp huyện`, figure: province()};
  const unit = s.units.find((u) => u.path === route);
  if (unit) {
    return {
      kicker: `Chỉ tiêu từng đơn vị · ${planName}`,
      title: `${unit.don_vi} — chỉ tiêu ${s.plan.year}`,
      figure: {headline: `${formatNumber(unit.target.tong)} sản phẩm OCOP`, detail: starBreakdown(unit.target)},
    };
  }
  for (const track of TRACKS) {
    const lesson = track.lessons.find((l) => l.path === route);
    if (lesson) return {kicker: `Đào tạo · ${track.title} · Bài ${lesson.number}/${track.lessons.length}`, title: lesson.title};
  }
  const post = s.posts.find((p) => p.path === route);
  if (post) return {kicker: `Tin tức · ${formatIsoDate(post.date)}`, title: post.title};
  const agency = s.agencies.find((a) => a.path === route);
  if (agency) return {kicker: `${agency.kindLabel} · thực hiện ${planName}`, title: agency.name};
  const section = SECTIONS[route.split('/')[1] ?? ''];
  return {kicker: section === undefined ? `Trang thông tin về ${planName}` : `${section} · ${s.siteName}`, title: ownTitle(documentTitle, s.siteName) || s.siteName};
}
