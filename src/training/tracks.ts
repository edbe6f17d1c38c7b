/**
 * The two training tracks and their lessons, listed once. Track pages,
 * progress, "cần học trước" links and the lesson files all follow this
 * list; a unit test checks that every lesson here has its file
 * `docs/dao-tao/<track>/<NN>-<slug>.mdx` (NN = position, from 01) and
 * that the file's title and `lessonId` agree with it.
 */

export type TrackId = 'chu-the-ocop' | 'can-bo';

/** One lesson as listed in its track. */
export interface Lesson {
  /** Stable id used in stored progress: `<track>/<slug>`. */
  readonly id: string;
  readonly trackId: TrackId;
  /** ASCII slug; also the route segment and the file name after `NN-`. */
  readonly slug: string;
  /** Lesson title, identical to the `title` in the file's front matter. */
  readonly title: string;
  /** Route with trailing slash, e.g. `/dao-tao/can-bo/tuyen-truyen/`. */
  readonly path: string;
  /** 1-based position in the track. */
  readonly number: number;
}

/** One training track. */
export interface Track {
  readonly id: TrackId;
  readonly title: string;
  /** Who the track is for, one sentence. */
  readonly audience: string;
  /** Route of the track page, with trailing slash. */
  readonly path: string;
  readonly lessons: readonly Lesson[];
}

interface TrackDefinition {
  id: TrackId;
  title: string;
  audience: string;
  lessons: ReadonlyArray<readonly [slug: string, title: string]>;
}

const DEFINITIONS: readonly TrackDefinition[] = [
  {
    id: 'chu-the-ocop',
    title: 'Chủ thể OCOP',
    audience:
      'Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ sản xuất, kinh doanh có hoặc muốn có sản phẩm OCOP.',
    lessons: [
      ['ocop-la-gi', 'OCOP là gì và mang lại gì cho chủ thể'],
      ['tu-y-tuong-den-dang-ky', 'Từ ý tưởng sản phẩm đến đăng ký tham gia'],
      ['phuong-an-san-xuat-kinh-doanh', 'Xây dựng phương án sản xuất kinh doanh'],
      ['tieu-chuan-chat-luong', 'Tiêu chuẩn, công bố chất lượng và an toàn thực phẩm'],
      ['bao-bi-nhan-truy-xuat', 'Bao bì, nhãn hàng hóa, mã vạch và truy xuất nguồn gốc'],
      ['thuong-hieu-so-huu-tri-tue', 'Thương hiệu, sở hữu trí tuệ và câu chuyện sản phẩm'],
      ['ho-so-danh-gia', 'Chuẩn bị hồ sơ đánh giá, phân hạng'],
      ['ban-hang', 'Bán hàng: hội chợ, sàn thương mại điện tử và livestream'],
      ['giu-hang-sao', 'Giữ hạng sao sau khi được công nhận'],
    ],
  },
  {
    id: 'can-bo',
    title: 'Cán bộ quản lý cấp huyện, xã',
    audience:
      'Cán bộ theo dõi Chương trình OCOP ở xã, phường và cán bộ cấp huyện trước đây, nay làm việc ở tỉnh hoặc xã.',
    lessons: [
      ['to-chuc-chu-trinh', 'Tổ chức chu trình OCOP thường niên tại địa phương'],
      ['tuyen-truyen', 'Tuyên truyền về Chương trình OCOP'],
      ['ho-tro-y-tuong-phuong-an', 'Hỗ trợ chủ thể từ ý tưởng đến phương án'],
      ['kiem-tra-ho-so-danh-gia', 'Kiểm tra hồ sơ và tổ chức đánh giá, phân hạng'],
      ['giam-sat-sau-cong-nhan', 'Giám sát chất lượng sản phẩm sau công nhận'],
      ['bao-cao-tien-do', 'Báo cáo tiến độ và cập nhật dữ liệu'],
    ],
  },
];

function buildTrack(def: TrackDefinition): Track {
  const path = `/dao-tao/${def.id}/`;
  return {
    id: def.id,
    title: def.title,
    audience: def.audience,
    path,
    lessons: def.lessons.map(([slug, title], index) => ({
      id: `${def.id}/${slug}`,
      trackId: def.id,
      slug,
      title,
      path: `${path}${slug}/`,
      number: index + 1,
    })),
  };
}

/** Both tracks, in the order they are shown. */
export const TRACKS: readonly Track[] = DEFINITIONS.map(buildTrack);

/** The track with this id, or undefined. */
export function findTrack(id: string): Track | undefined {
  return TRACKS.find((track) => track.id === id);
}

/** The lesson with this id (`<track>/<slug>`), or undefined. */
export function findLesson(id: string): Lesson | undefined {
  for (const track of TRACKS) {
    const lesson = track.lessons.find((l) => l.id === id);
    if (lesson) return lesson;
  }
  return undefined;
}

/** Ids of every lesson in every track. */
export function listLessonIds(): ReadonlySet<string> {
  return new Set(TRACKS.flatMap((track) => track.lessons.map((l) => l.id)));
}

/** File name of a lesson inside `docs/dao-tao/<track>/`: `01-slug.mdx`. */
export function lessonFileName(lesson: Lesson): string {
  return `${String(lesson.number).padStart(2, '0')}-${lesson.slug}.mdx`;
}

/**
 * The lesson a docs file holds, from its path relative to the site folder
 * (`docs/dao-tao/<track>/<NN>-<slug>.mdx`), or undefined. Lesson files carry
 * no title of their own: the front-matter hook (src/plugins/news/parseFrontMatter.ts)
 * gives each the title listed here, which Docusaurus also shows as the page's heading.
 */
export function lessonForFile(relativePath: string): Lesson | undefined {
  const m = /^docs\/dao-tao\/([a-z-]+)\/(\d{2})-([a-z0-9-]+)\.mdx$/.exec(relativePath.split('\\').join('/'));
  if (!m) return undefined;
  const lesson = findLesson(`${m[1]}/${m[3]}`);
  return lesson && lessonFileName(lesson) === `${m[2]}-${m[3]}.mdx` ? lesson : undefined;
}
