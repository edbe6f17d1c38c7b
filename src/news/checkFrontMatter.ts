/**
 * Rules for the front matter of a news post (the lines between the two "---"
 * at the top of blog/YYYY-MM-DD-<slug>/index.md). Pure: every rule returns
 * Vietnamese messages that name the field and say how to fix it; the caller
 * adds the file name when printing (see report.ts).
 */
import {TITLE_MAX} from '../pageTitle';
import {postFolder, rawField} from './postFile';
import {isRealIsoDate, isoFromDayMonthYear} from '../text/dates';
import {charCount, closest, isNfc, slugify, type Candidate} from '../text/vietnamese';
import {HEIF_EXTENSIONS, PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS, formatOfName, type ImageFormat} from './photos';
import type {AssetInfo, CheckEnvironment, PostSource, Problem, ProblemCode, Vocabulary} from './types';

/** Longest description, in characters: what search engines and social cards show. */
export const DESCRIPTION_MAX = 160;

/**
 * Longest title, in characters: search results and browser tabs cut longer
 * ones (the page's <title> is the post's title, with the site's name only
 * when the whole fits; src/pageTitle.ts).
 */
export {TITLE_MAX};

/** Front-matter fields a post may use. Anything else is most likely a typo. */
export const ALLOWED_FIELDS = [
  'title',
  'description',
  'date',
  'mdx',
  'authors',
  'tags',
  'image',
  'image_alt',
  'draft',
  'unlisted',
  'keywords',
  'hide_table_of_contents',
] as const;

/**
 * The front-matter line that makes Docusaurus read a post as plain Markdown
 * (its per-file `mdx.format`), not MDX; every post has it.
 */
export const MARKDOWN_LINE = 'mdx: {format: md}';

/** Text the new-post template leaves for staff to replace: [[ … ]]. */
export const PLACEHOLDER = /\[\[[\s\S]*?\]\]/;

/** Image types every browser shows. (HEIC photos from phones are not among them.) */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/**
 * Photos of any size are accepted up to a ceiling (src/news/photos.ts:
 * PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS); the build publishes smaller copies.
 */
export {PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS};

/** How to turn a HEIC photo into a JPEG, for the messages (no app's menus beyond the iPhone's own setting). */
const HEIC_FIX =
  'Cách sửa: chuyển ảnh sang JPG rồi dùng tệp .jpg mới: trên máy tính, mở ảnh bằng phần mềm xem ảnh và chọn "Lưu thành" (Save as) hoặc "Xuất" (Export), định dạng JPG; hoặc gửi ảnh từ điện thoại sang máy tính dưới dạng JPG. Để các ảnh chụp sau này trên iPhone là JPG: Cài đặt → Camera → Định dạng → "Tương thích nhất". Xem mục "Thêm ảnh" trong hướng dẫn biên tập.';

const FORMAT_NAMES: Record<ImageFormat, string> = {
  jpeg: 'JPG',
  png: 'PNG',
  webp: 'WebP',
  heif: 'HEIC/HEIF',
  avif: 'AVIF',
  gif: 'GIF',
  tiff: 'TIFF',
  bmp: 'BMP',
  unknown: '',
};
const FORMAT_EXTENSIONS: Partial<Record<ImageFormat, string>> = {jpeg: '.jpg', png: '.png', webp: '.webp'};

/** "12,5": one decimal with the Vietnamese decimal comma. */
const decimal = (n: number) => n.toFixed(1).replace('.', ',');

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function tagList(vocab: Vocabulary): string {
  return vocab.tags.map((t) => `${t.key} (${t.label})`).join(', ');
}

function authorList(vocab: Vocabulary): string {
  return vocab.authors.map((a) => `${a.key} (${a.name})`).join(', ');
}

/** "Did you mean …?" for field names, tags and authors: at most 2 edits away. */
function suggest(value: string, candidates: readonly (string | Candidate)[]): string | undefined {
  return closest(value, candidates, {maxDistance: 2});
}

/** The post's date as "YYYY-MM-DD", from the raw text when available, else from the parsed value. */
function postDate(value: unknown, raw: string | undefined): {iso?: string; written: string} {
  if (raw !== undefined && raw !== '') {
    const day = raw.slice(0, 10);
    return isRealIsoDate(day) && (raw.length === 10 || /^[T ]/.test(raw.slice(10))) ? {iso: day, written: raw} : {written: raw};
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? {written: String(value)} : {iso: value.toISOString().slice(0, 10), written: value.toISOString().slice(0, 10)};
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    return isRealIsoDate(day) ? {iso: day, written: value} : {written: value};
  }
  return {written: String(value)};
}

/**
 * What is wrong with an existing image file that has an accepted extension:
 * its content is not what its name says (a HEIC photo renamed .jpg is still
 * HEIC, and would be misread or refused later), it cannot be read, or it is
 * past the ceiling. Facts the caller did not give (format, pixels) are not checked.
 */
function assetProblems(src: string, info: AssetInfo): {code: ProblemCode; message: string}[] {
  const named = formatOfName(src);
  const ext = (/\.[^./]+$/.exec(src)?.[0] ?? '').toLowerCase();
  if (info.format !== undefined && named !== undefined && info.format !== named) {
    if (info.format === 'heif') {
      return [{code: 'image.heic', message: `Tệp "${src}" có đuôi ${ext} nhưng thực chất là ảnh HEIC (định dạng ảnh mặc định của iPhone; đổi đuôi tên tệp không đổi được định dạng ảnh): máy dựng trang không đọc được. ${HEIC_FIX}`}];
    }
    const right = FORMAT_EXTENSIONS[info.format];
    if (right !== undefined) {
      return [{code: 'image.content', message: `Tệp "${src}" có đuôi ${ext} nhưng thực chất là ảnh ${FORMAT_NAMES[info.format]}. Cách sửa: đổi đuôi tên tệp thành ${right} và sửa đường dẫn trong bài cho khớp (ví dụ ./${(src.split('/').pop() ?? src).replace(/\.[^.]+$/, '')}${right}).`}];
    }
    const what = info.format === 'unknown' ? 'không đọc được như một ảnh (tệp có thể bị hỏng, chép chưa xong, hoặc không phải ảnh)' : `là ảnh ${FORMAT_NAMES[info.format]}, loại máy dựng trang không nhận`;
    return [{code: 'image.content', message: `Tệp "${src}" có đuôi ${ext} nhưng nội dung ${what}. Cách sửa: mở ảnh bằng phần mềm xem ảnh, chọn "Lưu thành" (Save as) hoặc "Xuất" (Export), định dạng JPG (ảnh chụp) hoặc PNG (biểu đồ, ảnh chụp màn hình), rồi dùng tệp mới; nếu ảnh không mở được, chép lại ảnh từ máy chụp.`}];
  }
  if (info.format !== undefined && info.width === undefined) {
    return [{code: 'image.content', message: `Không đọc được kích thước ảnh "${src}": tệp có thể bị hỏng hoặc chép chưa xong. Cách sửa: chép lại ảnh từ điện thoại hoặc máy ảnh; nếu vẫn lỗi, mở ảnh và lưu lại thành JPG.`}];
  }
  if (info.bytes !== undefined && info.bytes > PHOTO_MAX_BYTES) {
    return [{code: 'image.too-large', message: `Ảnh "${src}" nặng ${decimal(info.bytes / 1024 / 1024)} MB, quá giới hạn ${PHOTO_MAX_BYTES / 1024 / 1024} MB mà máy dựng trang nhận (ảnh chụp bằng điện thoại hay máy ảnh thường nhẹ hơn nhiều). Cách sửa: mở ảnh và lưu lại thành JPG chất lượng khoảng 85%, hoặc thu nhỏ còn chiều rộng khoảng 4000 điểm ảnh. Không cần thu nhỏ thêm: trang web tự tạo bản nhỏ gọn cho người đọc.`}];
  }
  if (info.width !== undefined && info.height !== undefined && info.width * info.height > PHOTO_MAX_PIXELS) {
    return [{code: 'image.too-large', message: `Ảnh "${src}" có ${info.width} × ${info.height} điểm ảnh (${decimal((info.width * info.height) / 1e6)} triệu), quá giới hạn ${PHOTO_MAX_PIXELS / 1e6} triệu điểm ảnh mà máy dựng trang nhận. Cách sửa: thu nhỏ ảnh còn chiều rộng khoảng 4000 điểm ảnh rồi lưu lại thành JPG. Không cần thu nhỏ thêm: trang web tự tạo bản nhỏ gọn cho người đọc.`}];
  }
  return [];
}

export function imageChecks(
  file: string,
  field: string,
  src: string,
  env: CheckEnvironment,
  line: number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = line === undefined ? {} : {line};
  if (/^(https?:)?\/\//.test(src) || src.startsWith('data:')) {
    return problems;
  }
  const base = src.split('/').pop() ?? src;
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot).toLowerCase() : '';
  if (/[^A-Za-z0-9._\-/]/.test(src.replace(/^\.\//, ''))) {
    const suggestion = `${slugify(dot >= 0 ? base.slice(0, dot) : base) || 'anh'}${ext}`;
    problems.push({
      file,
      field,
      ...at,
      code: 'image.file-name',
      message: `Tên tệp ảnh "${src}" có dấu cách, chữ có dấu hoặc ký tự đặc biệt nên trang web không tìm thấy ảnh. Cách sửa: đổi tên tệp thành "${suggestion}" (chữ thường không dấu, nối bằng dấu gạch ngang) rồi sửa đường dẫn thành "./${suggestion}".`,
    });
    return problems;
  }
  if ((HEIF_EXTENSIONS as readonly string[]).includes(ext)) {
    problems.push({
      file,
      field,
      ...at,
      code: 'image.heic',
      message: `Ảnh "${src}" là ảnh HEIC (định dạng ảnh mặc định của iPhone): máy dựng trang không đọc được và nhiều trình duyệt không hiển thị được. ${HEIC_FIX}`,
    });
  } else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    problems.push({
      file,
      field,
      ...at,
      code: 'image.type',
      message: `Ảnh "${src}" không phải loại ảnh mọi trình duyệt đều hiển thị được. Chỉ dùng ảnh ${IMAGE_EXTENSIONS.join(', ')}. Cách sửa: mở ảnh bằng phần mềm xem ảnh và lưu lại dưới dạng JPG (ảnh chụp) hoặc PNG (biểu đồ, ảnh chụp màn hình).`,
    });
  }
  if (env.asset) {
    const info = env.asset(src);
    if (!info.exists) {
      problems.push({
        file,
        field,
        ...at,
        code: 'image.missing',
        message: `Không tìm thấy tệp ảnh "${src}". Cách sửa: chép ảnh vào cùng thư mục với bài viết (thư mục chứa tệp index.md) và kiểm tra tên tệp viết đúng từng chữ, kể cả chữ hoa, chữ thường và phần đuôi (.jpg, .png).`,
      });
    } else if (problems.length === 0) {
      problems.push(...assetProblems(src, info).map((p) => ({file, field, ...at, ...p})));
    }
  }
  return problems;
}

/** Line of a top-level field in the file (front matter starts on line 2). */
function fieldLine(raw: string | undefined, field: string): number | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const i = raw.split('\n').findIndex((l) => new RegExp(`^${field}\\s*:`).test(l));
  return i < 0 ? undefined : i + 2;
}

/**
 * Checks the front matter of one post. Rules: known fields only; title (≤ 70 characters);
 * description (≤ 160 characters); date (YYYY-MM-DD, same as the folder, not
 * in the future); at least one declared tag; at least one declared author;
 * image_alt whenever image is set; draft is true/false; no template text left;
 * Vietnamese text in NFC; folder named YYYY-MM-DD-<slug>/index.md; and
 * `mdx: {format: md}` (Docusaurus's switch for one file), so that the post is
 * read as plain Markdown, not MDX.
 */
export function checkFrontMatter(post: PostSource, vocab: Vocabulary, env: CheckEnvironment = {}): Problem[] {
  const {file, frontMatter: fm, rawFrontMatter: raw} = post;
  const problems: Problem[] = [];
  const add = (field: string, code: ProblemCode, message: string) => {
    const line = fieldLine(raw, field);
    problems.push({file, field, ...(line === undefined ? {} : {line}), code, message});
  };

  // Folder: blog/YYYY-MM-DD-<slug>/index.md
  const folder = postFolder(file);
  if (!folder.isIndex || folder.date === undefined || !isRealIsoDate(folder.date) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(folder.slug ?? '')) {
    const day = postDate(fm.date, undefined).iso ?? 'nam-thang-ngay';
    const suggested = `${day}-${slugify(typeof fm.title === 'string' ? fm.title : folder.name) || 'tieu-de'}`;
    problems.push({
      file,
      field: 'thư mục',
      code: 'folder.name',
      message: `Bài viết phải nằm trong thư mục riêng, tên dạng năm-tháng-ngày-tieu-de-khong-dau, và tệp bài viết tên là index.md (ví dụ blog/${suggested}/index.md). Tên thư mục tạo nên địa chỉ của bài trên trang web. Cách sửa: tạo bài bằng lệnh npm run new-post -- "Tiêu đề bài viết", rồi chép nội dung sang tệp mới và xóa tệp cũ.`,
    });
  }

  // Unknown fields (typos such as "tag", "descripton", or "slug").
  for (const key of Object.keys(fm)) {
    if ((ALLOWED_FIELDS as readonly string[]).includes(key)) {
      continue;
    }
    const guess = suggest(key, ALLOWED_FIELDS);
    const hint =
      key === 'format'
        ? ` Cách dựng bài ghi bằng một dòng: mdx: {format: md}. Cách sửa: thay dòng này bằng ${MARKDOWN_LINE}.`
        : key === 'slug'
        ? ' Địa chỉ của bài được lấy từ tên thư mục, không đặt bằng trường slug. Cách sửa: xóa dòng này.'
        : key === 'author' || key.startsWith('author_')
          ? ' Tác giả ghi bằng trường authors với mã đã khai báo, ví dụ authors: [ban-bien-tap]. Cách sửa: xóa dòng này và dùng authors.'
          : guess
            ? ` Có phải bạn định viết "${guess}"? Cách sửa: sửa tên trường thành ${guess}.`
            : ` Các trường dùng được: ${ALLOWED_FIELDS.join(', ')}. Cách sửa: xóa dòng này hoặc sửa tên trường.`;
    add(key, 'field.unknown', `Trường "${key}" không dùng được trong bài viết.${hint}`);
  }

  // title
  if (isBlank(fm.title)) {
    add('title', 'title.missing', 'Thiếu tiêu đề bài viết (title). Cách sửa: thêm dòng title: "Tiêu đề bài viết" vào phần thông tin đầu bài, giữa hai dòng ---.');
  } else if (typeof fm.title !== 'string') {
    add('title', 'title.type', `Tiêu đề (title) phải là một dòng chữ, nhưng đang là ${JSON.stringify(fm.title)}. Cách sửa: đặt tiêu đề trong ngoặc kép, ví dụ title: "${String(fm.title)}".`);
  } else {
    const n = charCount(fm.title);
    if (n > TITLE_MAX) {
      add('title', 'title.too-long', `Tiêu đề (title) dài ${n} ký tự, quá giới hạn ${TITLE_MAX} ký tự (kết quả tìm kiếm và thẻ trình duyệt sẽ cắt mất phần cuối). Cách sửa: rút gọn ít nhất ${n - TITLE_MAX} ký tự; đặt những chữ nói rõ nhất nội dung tin lên đầu.`);
    }
    if (PLACEHOLDER.test(fm.title)) {
      add('title', 'title.placeholder', 'Tiêu đề (title) còn chữ mẫu trong [[ ]]. Cách sửa: thay bằng tiêu đề thật của bài.');
    }
    if (!isNfc(fm.title)) {
      add('title', 'title.nfc', 'Tiêu đề (title) có chữ tiếng Việt gõ theo kiểu "dấu rời" (Unicode tổ hợp), có thể hiển thị lỗi và khó tìm kiếm. Cách sửa: gõ lại tiêu đề bằng bộ gõ tiếng Việt đặt bảng mã "Unicode dựng sẵn" (Unikey, EVKey), không dán từ tệp PDF.');
    }
  }

  // description
  if (isBlank(fm.description)) {
    add('description', 'description.missing', `Thiếu mô tả (description). Mô tả là 1–2 câu tóm tắt bài, hiện trên kết quả tìm kiếm và khi chia sẻ lên mạng xã hội; tối đa ${DESCRIPTION_MAX} ký tự. Cách sửa: thêm dòng description: "Câu tóm tắt bài viết." vào phần thông tin đầu bài.`);
  } else if (typeof fm.description !== 'string') {
    add('description', 'description.type', `Mô tả (description) phải là một dòng chữ. Cách sửa: đặt mô tả trong ngoặc kép, ví dụ description: "${String(fm.description)}".`);
  } else {
    const n = charCount(fm.description);
    if (n > DESCRIPTION_MAX) {
      add('description', 'description.too-long', `Mô tả (description) dài ${n} ký tự, quá giới hạn ${DESCRIPTION_MAX} ký tự (công cụ tìm kiếm sẽ cắt bớt). Cách sửa: rút gọn ít nhất ${n - DESCRIPTION_MAX} ký tự; giữ ý chính: việc gì, ở đâu, khi nào.`);
    }
    if (PLACEHOLDER.test(fm.description)) {
      add('description', 'description.placeholder', 'Mô tả (description) còn chữ mẫu trong [[ ]]. Cách sửa: thay bằng 1–2 câu tóm tắt bài.');
    }
    if (!isNfc(fm.description)) {
      add('description', 'description.nfc', 'Mô tả (description) có chữ tiếng Việt gõ theo kiểu "dấu rời" (Unicode tổ hợp). Cách sửa: gõ lại bằng bộ gõ tiếng Việt đặt bảng mã "Unicode dựng sẵn", không dán từ tệp PDF.');
    }
  }

  // date
  const rawDate = raw === undefined ? undefined : rawField(raw, 'date');
  if (isBlank(fm.date) && (rawDate === undefined || rawDate === '')) {
    add('date', 'date.missing', `Thiếu ngày đăng (date). Cách sửa: thêm dòng date: ${folder.date ?? '2025-07-06'} (viết theo thứ tự năm-tháng-ngày), trùng với ngày ở đầu tên thư mục.`);
  } else {
    const {iso, written} = postDate(fm.date, rawDate);
    if (iso === undefined) {
      const suggestion = isoFromDayMonthYear(written);
      add('date', 'date.format', `Ngày đăng (date) "${written}" không đúng dạng hoặc không có thật. Ngày phải viết theo thứ tự năm-tháng-ngày, ví dụ 2025-02-24 cho ngày 24/02/2025.${suggestion ? ` Cách sửa: viết date: ${suggestion}.` : ' Cách sửa: kiểm tra lại ngày, tháng và viết lại theo dạng trên.'}`);
    } else {
      if (folder.date !== undefined && isRealIsoDate(folder.date) && iso !== folder.date) {
        add('date', 'date.folder-mismatch', `Ngày đăng (date: ${iso}) khác ngày ở đầu tên thư mục (${folder.date}). Hai ngày phải trùng nhau. Cách sửa: sửa date thành ${folder.date}, hoặc đổi tên thư mục cho đúng ngày đăng.`);
      }
      if (env.today !== undefined && iso > env.today) {
        add('date', 'date.future', `Ngày đăng (date: ${iso}) ở sau ngày hôm nay (${env.today}). Bài viết ghi ngày đăng, không ghi ngày sắp diễn ra sự kiện. Cách sửa: kiểm tra lại năm, tháng; ghi ngày đăng bài (hôm nay hoặc ngày sự kiện đã diễn ra).`);
      }
    }
  }

  // tags
  const tags = fm.tags;
  if (tags === undefined || tags === null || (Array.isArray(tags) && tags.length === 0)) {
    add('tags', 'tags.missing', `Chưa gắn thẻ nào (tags). Mỗi bài cần ít nhất một thẻ để người đọc tìm theo chủ đề. Cách sửa: viết ví dụ tags: [xuc-tien-thuong-mai]. Các thẻ dùng được: ${tagList(vocab)}.`);
  } else if (!Array.isArray(tags)) {
    add('tags', 'tags.type', `Thẻ (tags) phải là danh sách trong ngoặc vuông, các mã cách nhau bằng dấu phẩy. Cách sửa: viết tags: [${typeof tags === 'string' ? (suggest(tags, vocab.tags) ?? tags) : 'chinh-sach'}]. Các thẻ dùng được: ${tagList(vocab)}.`);
  } else {
    for (const tag of tags as unknown[]) {
      if (typeof tag !== 'string') {
        add('tags', 'tags.inline', `Thẻ (tags) chỉ ghi mã thẻ đã khai báo, không khai báo thẻ mới trong bài. Cách sửa: dùng một trong các mã: ${tagList(vocab)}. Cần thẻ mới thì đề nghị Ban biên tập thêm vào tệp blog/tags.yml.`);
      } else if (!vocab.tags.some((t) => t.key === tag)) {
        const guess = suggest(tag, vocab.tags);
        add('tags', 'tags.unknown', `Thẻ "${tag}" không có trong danh sách thẻ (tệp blog/tags.yml).${guess ? ` Có phải bạn định viết "${guess}"?` : ''} Cách sửa: dùng một trong các mã: ${tagList(vocab)}. Cần thẻ mới thì đề nghị Ban biên tập thêm vào tệp blog/tags.yml.`);
      }
    }
  }

  // authors
  const authors = fm.authors;
  const authorItems: unknown[] | undefined = authors === undefined || authors === null ? undefined : Array.isArray(authors) ? authors : [authors];
  if (authorItems === undefined || authorItems.length === 0) {
    add('authors', 'authors.missing', `Chưa ghi tác giả (authors). Cách sửa: viết authors: [ban-bien-tap]. Các mã tác giả dùng được: ${authorList(vocab)}.`);
  } else {
    for (const author of authorItems) {
      if (typeof author !== 'string') {
        add('authors', 'authors.inline', `Tác giả (authors) chỉ ghi mã đã khai báo trong tệp blog/authors.yml; không ghi tên người hay thông tin tác giả trực tiếp trong bài. Cách sửa: viết authors: [ban-bien-tap]. Các mã dùng được: ${authorList(vocab)}.`);
      } else if (!vocab.authors.some((a) => a.key === author)) {
        const guess = suggest(author, vocab.authors.map((a) => ({key: a.key, label: a.name})));
        add('authors', 'authors.unknown', `Tác giả "${author}" không có trong tệp blog/authors.yml.${guess ? ` Có phải bạn định viết "${guess}"?` : ''} Cách sửa: dùng một trong các mã: ${authorList(vocab)}.`);
      }
    }
  }

  // image + image_alt
  if (!isBlank(fm.image)) {
    if (typeof fm.image !== 'string') {
      add('image', 'image.type', 'Ảnh đại diện (image) phải là đường dẫn tới tệp ảnh, ví dụ image: ./anh-dai-dien.jpg.');
    } else {
      problems.push(...imageChecks(file, 'image', fm.image, env, fieldLine(raw, 'image')));
    }
    if (isBlank(fm.image_alt) || typeof fm.image_alt !== 'string') {
      add(fm.image_alt === undefined ? 'image' : 'image_alt', 'image.alt-missing', 'Có ảnh đại diện (image) nhưng thiếu mô tả ảnh (image_alt) cho người khiếm thị và khi ảnh không tải được. Cách sửa: thêm dòng image_alt: "Mô tả ngắn điều ảnh cho thấy", ví dụ "Gian hàng sản phẩm OCOP tại hội chợ".');
    } else if (PLACEHOLDER.test(fm.image_alt)) {
      add('image_alt', 'image.alt-placeholder', 'Mô tả ảnh (image_alt) còn chữ mẫu trong [[ ]]. Cách sửa: viết điều ảnh cho thấy.');
    }
  }

  // mdx: {format: md}: the post is plain Markdown, where "<", "{" and "}" are
  // ordinary characters (as MDX, the site's default, they stop the build).
  // A top-level "format" is reported above as an unknown field, with this fix.
  const mdx = fm.mdx;
  const format = typeof mdx === 'object' && mdx !== null && !Array.isArray(mdx) ? (mdx as Record<string, unknown>).format : undefined;
  if (format !== 'md' && fm.format === undefined) {
    if (isBlank(mdx)) {
      // Missing: the line of "mdx:" if written empty, else the closing "---", where the line goes.
      const line = fieldLine(raw, 'mdx') ?? (raw === undefined ? undefined : raw.split('\n').length + 2);
      problems.push({
        file,
        field: 'mdx',
        ...(line === undefined ? {} : {line}),
        code: 'format.md',
        message: `Thiếu dòng ${MARKDOWN_LINE}. Dòng này cho trang web biết bài tin viết bằng Markdown thông thường. Cách sửa: thêm dòng ${MARKDOWN_LINE} vào phần thông tin đầu bài, ngay trên dòng --- thứ hai.`,
      });
    } else {
      add('mdx', 'format.md', `Trường mdx của bài tin phải ghi đúng ${MARKDOWN_LINE} (bài viết bằng Markdown thông thường), đang là ${JSON.stringify(mdx)}. Cách sửa: sửa dòng này thành ${MARKDOWN_LINE}.`);
    }
  }

  // draft / unlisted
  for (const [key, code] of [['draft', 'draft.type'], ['unlisted', 'unlisted.type']] as const) {
    if (fm[key] !== undefined && typeof fm[key] !== 'boolean') {
      add(key, code, `Trường ${key} chỉ nhận true (có) hoặc false (không), đang là ${JSON.stringify(fm[key])}. Cách sửa: viết ${key}: true để ${key === 'draft' ? 'giữ bài ở dạng nháp' : 'ẩn bài khỏi danh sách'}, hoặc xóa dòng này.`);
    }
  }

  return problems;
}
