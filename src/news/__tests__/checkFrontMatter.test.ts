import {DESCRIPTION_MAX, PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS, TITLE_MAX, checkFrontMatter} from '../checkFrontMatter';
import {isRealIsoDate as validIsoDate} from '../../text/dates';
import type {AssetInfo} from '../types';
import {FILE, VOCAB, post} from './fixtures';

const codes = (p: Parameters<typeof checkFrontMatter>[0], env = {}) => checkFrontMatter(p, VOCAB, env).map((x) => x.code);

function only(code: string, p: Parameters<typeof checkFrontMatter>[0], env = {}) {
  const problems = checkFrontMatter(p, VOCAB, env);
  expect(problems.map((x) => x.code)).toEqual([code]);
  const [problem] = problems;
  expect(problem?.file).toBe(FILE);
  expect(problem?.message).toMatch(/Cách sửa/);
  return problem!;
}

describe('checkFrontMatter', () => {
  it('accepts a complete post', () => {
    expect(checkFrontMatter(post(), VOCAB, {today: '2025-07-06'})).toEqual([]);
  });

  describe('title', () => {
    it('is required', () => {
      const fm = {...post().frontMatter};
      delete fm.title;
      const p = only('title.missing', post({frontMatter: fm}));
      expect(p.field).toBe('title');
      expect(p.message).toContain('Thiếu tiêu đề');
      expect(codes(post({fm: {title: '   '}}))).toEqual(['title.missing']);
    });
    it('must be text', () => {
      expect(only('title.type', post({fm: {title: 2025}})).message).toContain('title: "2025"');
    });
    it('must not keep template text', () => {
      only('title.placeholder', post({fm: {title: '[[Tiêu đề]]'}}));
    });
    it('must be NFC', () => {
      only('title.nfc', post({fm: {title: 'Hội chợ'.normalize('NFD')}}));
    });
    it(`allows exactly ${TITLE_MAX} characters, counting Vietnamese letters as one`, () => {
      expect(codes(post({fm: {title: 'ệ'.repeat(TITLE_MAX)}}))).toEqual([]);
    });
    it('refuses a longer title and says by how much', () => {
      const p = only('title.too-long', post({fm: {title: 'ệ'.repeat(TITLE_MAX + 5)}}));
      expect(p.field).toBe('title');
      expect(p.message).toContain(`dài ${TITLE_MAX + 5} ký tự`);
      expect(p.message).toContain('rút gọn ít nhất 5 ký tự');
    });
  });

  describe('description', () => {
    it('is required', () => {
      const p = only('description.missing', post({fm: {description: ''}}));
      expect(p.message).toContain(`tối đa ${DESCRIPTION_MAX} ký tự`);
    });
    it('must be text', () => {
      only('description.type', post({fm: {description: ['a', 'b']}}));
    });
    it('allows exactly 160 characters, counting Vietnamese letters as one', () => {
      const d160 = 'ộ'.normalize('NFD').repeat(1) + 'ệ'.repeat(159);
      expect(codes(post({fm: {description: 'ệ'.repeat(160)}}))).toEqual([]);
      expect(codes(post({fm: {description: d160}}))).toEqual(['description.nfc']);
    });
    it('refuses 161 characters and says by how much', () => {
      const p = only('description.too-long', post({fm: {description: 'a'.repeat(175)}}));
      expect(p.message).toContain('dài 175 ký tự');
      expect(p.message).toContain('rút gọn ít nhất 15 ký tự');
    });
    it('must not keep template text', () => {
      only('description.placeholder', post({fm: {description: '[[Tóm tắt]]'}}));
    });
    it('must be NFC', () => {
      only('description.nfc', post({fm: {description: 'Tóm tắt'.normalize('NFD')}}));
    });
  });

  describe('date', () => {
    it('is required, with the folder date as the suggestion', () => {
      const fm = {...post().frontMatter};
      delete fm.date;
      expect(only('date.missing', post({frontMatter: fm})).message).toContain('date: 2025-07-06');
    });
    it('must be YYYY-MM-DD, with a suggestion for the Vietnamese order', () => {
      const p = only('date.format', post({fm: {date: '06/07/2025'}, rawFrontMatter: 'title: x\ndate: 06/07/2025'}));
      expect(p.message).toContain('date: 2025-07-06');
      expect(p.line).toBe(3);
    });
    it('catches impossible dates YAML would silently move (2025-02-30 → 2 March)', () => {
      const p = post({
        file: 'blog/2025-03-02-x/index.md',
        fm: {date: new Date('2025-03-02T00:00:00Z')},
        rawFrontMatter: 'date: 2025-02-30',
      });
      expect(codes(p)).toEqual(['date.format']);
    });
    it('accepts a quoted date and a date with a time', () => {
      expect(codes(post({fm: {date: '2025-07-06'}, rawFrontMatter: 'date: "2025-07-06"'}))).toEqual([]);
      expect(codes(post({rawFrontMatter: 'date: 2025-07-06T09:00:00'}))).toEqual([]);
      expect(codes(post({rawFrontMatter: 'date: 2025-07-06 # ngày hội chợ'}))).toEqual([]);
    });
    it('must match the date in the folder name', () => {
      const p = only('date.folder-mismatch', post({fm: {date: new Date('2025-07-07T00:00:00Z')}}));
      expect(p.message).toContain('2025-07-07');
      expect(p.message).toContain('2025-07-06');
    });
    it('must not be in the future', () => {
      only('date.future', post(), {today: '2025-07-05'});
      expect(codes(post(), {today: '2025-07-06'})).toEqual([]);
    });
  });

  describe('tags', () => {
    it('needs at least one, listing the valid ones', () => {
      const p = only('tags.missing', post({fm: {tags: []}}));
      expect(p.message).toContain('chinh-sach (Chính sách)');
      const fm = {...post().frontMatter};
      delete fm.tags;
      only('tags.missing', post({frontMatter: fm}));
    });
    it('must be a list', () => {
      expect(only('tags.type', post({fm: {tags: 'so-lieu'}})).message).toContain('tags: [so-lieu]');
    });
    it('refuses unknown tags and suggests the closest', () => {
      expect(only('tags.unknown', post({fm: {tags: ['so-lieeu']}})).message).toContain('Có phải bạn định viết "so-lieu"');
      expect(only('tags.unknown', post({fm: {tags: ['Chính sách']}})).message).toContain('"chinh-sach"');
      expect(only('tags.unknown', post({fm: {tags: ['hoi-cho']}})).message).not.toContain('Có phải');
    });
    it('refuses tags declared inside the post', () => {
      only('tags.inline', post({fm: {tags: [{label: 'Mới', permalink: '/moi'}]}}));
    });
  });

  describe('authors', () => {
    it('needs at least one', () => {
      only('authors.missing', post({fm: {authors: []}}));
    });
    it('accepts a single key without brackets', () => {
      expect(codes(post({fm: {authors: 'ban-bien-tap'}}))).toEqual([]);
    });
    it('refuses unknown keys and suggests the closest', () => {
      expect(only('authors.unknown', post({fm: {authors: ['ban-bien-tạp']}})).message).toContain('"ban-bien-tap"');
    });
    it('refuses people written into the post', () => {
      only('authors.inline', post({fm: {authors: [{name: 'Nguyễn Văn A'}]}}));
    });
  });

  describe('image', () => {
    const found = (bytes: number) => (): AssetInfo => ({exists: true, bytes});
    /** A file as the build reads it: its format by content, and its pixels. */
    const photo = (info: Partial<AssetInfo>) => (): AssetInfo => ({exists: true, bytes: 3_000_000, format: 'jpeg', width: 4032, height: 3024, ...info});
    const withImage = (image: string) => post({fm: {image, image_alt: 'Ảnh'}});
    it('needs image_alt', () => {
      const p = only('image.alt-missing', post({fm: {image: './anh.jpg'}}));
      expect(p.message).toContain('image_alt');
      only('image.alt-missing', post({fm: {image: './anh.jpg', image_alt: ' '}}));
      only('image.alt-placeholder', post({fm: {image: './anh.jpg', image_alt: '[[Mô tả]]'}}));
    });
    it('accepts an image with alt text that exists and is small', () => {
      expect(codes(post({fm: {image: './anh.jpg', image_alt: 'Gian hàng'}}), {asset: found(200_000)})).toEqual([]);
      expect(codes(post({fm: {image: 'https://example.org/a.jpg', image_alt: 'Ảnh'}}))).toEqual([]);
    });
    it('must exist', () => {
      only('image.missing', post({fm: {image: './anh.jpg', image_alt: 'Ảnh'}}), {asset: () => ({exists: false})});
    });
    it('accepts a phone photo of any size up to the ceiling (the build makes smaller copies)', () => {
      expect(codes(withImage('./anh.jpg'), {asset: photo({})})).toEqual([]);
      expect(codes(withImage('./anh.jpg'), {asset: found(PHOTO_MAX_BYTES)})).toEqual([]);
      expect(codes(withImage('./anh.png'), {asset: photo({format: 'png', width: 8000, height: 5000})})).toEqual([]);
    });
    it('refuses a file over 25 MB, saying its size and how to fix', () => {
      const p = only('image.too-large', withImage('./anh.jpg'), {asset: found(PHOTO_MAX_BYTES + 1)});
      expect(p.message).toBe(
        'Ảnh "./anh.jpg" nặng 25,0 MB, quá giới hạn 25 MB mà máy dựng trang nhận (ảnh chụp bằng điện thoại hay máy ảnh thường nhẹ hơn nhiều). Cách sửa: mở ảnh và lưu lại thành JPG chất lượng khoảng 85%, hoặc thu nhỏ còn chiều rộng khoảng 4000 điểm ảnh. Không cần thu nhỏ thêm: trang web tự tạo bản nhỏ gọn cho người đọc.',
      );
      expect(p.field).toBe('image');
    });
    it(`refuses more than ${PHOTO_MAX_PIXELS / 1e6} million pixels`, () => {
      const p = only('image.too-large', withImage('./anh.jpg'), {asset: photo({width: 8001, height: 5000})});
      expect(p.message).toContain('8001 × 5000 điểm ảnh (40,0 triệu), quá giới hạn 40 triệu điểm ảnh');
      expect(codes(withImage('./anh.jpg'), {asset: photo({width: 8000, height: 5000})})).toEqual([]);
    });
    it('refuses a HEIC photo, by its name or by its content, saying how to export a JPG', () => {
      const byName = only('image.heic', withImage('./IMG-0001.HEIC'), {asset: photo({format: 'heif'})});
      expect(byName.message).toMatch(/^Ảnh "\.\/IMG-0001\.HEIC" là ảnh HEIC \(định dạng ảnh mặc định của iPhone\)/);
      expect(byName.message).toContain('"Lưu thành" (Save as) hoặc "Xuất" (Export), định dạng JPG');
      expect(byName.message).toContain('Cài đặt → Camera → Định dạng → "Tương thích nhất"');
      only('image.heic', withImage('./anh.heif'));
      const byContent = only('image.heic', withImage('./anh.jpg'), {asset: photo({format: 'heif', width: undefined, height: undefined})});
      expect(byContent.message).toMatch(/^Tệp "\.\/anh\.jpg" có đuôi \.jpg nhưng thực chất là ảnh HEIC/);
      expect(byContent.message).toContain('Cách sửa: chuyển ảnh sang JPG');
      expect(byContent.field).toBe('image');
    });
    it('refuses a file whose content is not what its name says, or not a picture', () => {
      expect(only('image.content', withImage('./so-do.jpg'), {asset: photo({format: 'png'})}).message).toBe(
        'Tệp "./so-do.jpg" có đuôi .jpg nhưng thực chất là ảnh PNG. Cách sửa: đổi đuôi tên tệp thành .png và sửa đường dẫn trong bài cho khớp (ví dụ ./so-do.png).',
      );
      expect(only('image.content', withImage('./anh.jpg'), {asset: photo({format: 'avif'})}).message).toContain('là ảnh AVIF, loại máy dựng trang không nhận');
      expect(only('image.content', withImage('./anh.png'), {asset: photo({format: 'unknown'})}).message).toContain('tệp có thể bị hỏng');
      expect(only('image.content', withImage('./anh.jpg'), {asset: photo({width: undefined, height: undefined})}).message).toContain('Không đọc được kích thước ảnh "./anh.jpg"');
    });
    it('must be a type every browser shows', () => {
      only('image.type', post({fm: {image: './anh.gif', image_alt: 'Ảnh'}}));
    });
    it('must have a plain file name, and suggests one', () => {
      const p = only('image.file-name', post({fm: {image: './Ảnh hội chợ.JPG', image_alt: 'Ảnh'}}));
      expect(p.message).toContain('"anh-hoi-cho.jpg"');
    });
    it('must be a path', () => {
      expect(codes(post({fm: {image: 5, image_alt: 'Ảnh'}}))).toEqual(['image.type']);
    });
  });

  describe('mdx: {format: md} (the post is plain Markdown)', () => {
    const RAW = 'title: "Hội chợ OCOP"\ndescription: "Một câu tóm tắt."\ndate: 2025-07-06\nauthors: [ban-bien-tap]\ntags: [xuc-tien-thuong-mai]';
    const without = () => {
      const fm = {...post().frontMatter};
      delete fm.mdx;
      return fm;
    };
    it('is required, pointing at the closing "---" where the line goes', () => {
      const p = only('format.md', post({frontMatter: without(), rawFrontMatter: RAW}));
      expect(p).toEqual({
        file: FILE,
        field: 'mdx',
        line: 7,
        code: 'format.md',
        message: 'Thiếu dòng mdx: {format: md}. Dòng này cho trang web biết bài tin viết bằng Markdown thông thường. Cách sửa: thêm dòng mdx: {format: md} vào phần thông tin đầu bài, ngay trên dòng --- thứ hai.',
      });
    });
    it('accepts the block form YAML reads the same way', () => {
      expect(codes(post({rawFrontMatter: `${RAW}\nmdx:\n  format: md`}))).toEqual([]);
    });
    it('written empty is missing, on its own line', () => {
      const p = only('format.md', post({fm: {mdx: null}, rawFrontMatter: `${RAW}\nmdx:`}));
      expect(p.line).toBe(7);
      expect(p.message).toContain('Thiếu dòng mdx: {format: md}.');
    });
    it.each([
      [{format: 'mdx'}, '{"format":"mdx"}'],
      [{format: 'detect'}, '{"format":"detect"}'],
      ['md', '"md"'],
    ])('must be {format: md}, not %j', (value, shown) => {
      const p = only('format.md', post({fm: {mdx: value}, rawFrontMatter: `${RAW}\nmdx: x`}));
      expect(p.line).toBe(7);
      expect(p.message).toBe(`Trường mdx của bài tin phải ghi đúng mdx: {format: md} (bài viết bằng Markdown thông thường), đang là ${shown}. Cách sửa: sửa dòng này thành mdx: {format: md}.`);
    });
    it('a top-level "format: md" is named once, with the line to write instead', () => {
      const p = only('field.unknown', post({frontMatter: {...without(), format: 'md'}, rawFrontMatter: `${RAW}\nformat: md`}));
      expect(p.line).toBe(7);
      expect(p.message).toBe('Trường "format" không dùng được trong bài viết. Cách dựng bài ghi bằng một dòng: mdx: {format: md}. Cách sửa: thay dòng này bằng mdx: {format: md}.');
    });
  });

  it('draft and unlisted take true or false only', () => {
    expect(codes(post({fm: {draft: true}}))).toEqual([]);
    expect(only('draft.type', post({fm: {draft: 'có'}})).message).toContain('"có"');
    only('unlisted.type', post({fm: {unlisted: 'yes'}}));
  });

  it('refuses unknown fields, with a guess for typos', () => {
    expect(only('field.unknown', post({fm: {tag: ['so-lieu']}})).message).toContain('"tags"');
    expect(only('field.unknown', post({fm: {descripton: 'x'}})).message).toContain('"description"');
    expect(only('field.unknown', post({fm: {slug: '/x'}})).message).toContain('tên thư mục');
    expect(only('field.unknown', post({fm: {author: 'Nguyễn Văn A'}})).message).toContain('authors');
    expect(only('field.unknown', post({fm: {mau_sac: 'do'}})).message).toContain('Các trường dùng được');
  });

  describe('folder', () => {
    it('must be YYYY-MM-DD-<ascii-slug>/index.md', () => {
      expect(codes(post({file: 'blog/hoi-cho/index.md'}))).toContain('folder.name');
      expect(codes(post({file: 'blog/2025-07-06-hoi-cho.md'}))).toEqual(['folder.name']);
      expect(codes(post({file: 'blog/2025-07-06-Hội chợ/index.md'}))).toEqual(['folder.name']);
      expect(codes(post({file: 'blog/2025-13-06-hoi-cho/index.md'}))).toEqual(['folder.name']);
    });
    it('suggests a name from the title and date', () => {
      const [p] = checkFrontMatter(post({file: 'blog/2025-07-06-Hội chợ/index.md'}), VOCAB);
      expect(p?.message).toContain('blog/2025-07-06-hoi-cho-ocop/index.md');
    });
  });

  it('reports the line of the field when the raw front matter is known', () => {
    const raw = 'title: "Hội chợ"\ndescription: ""\ndate: 2025-07-06';
    const [p] = checkFrontMatter(post({fm: {description: ''}, rawFrontMatter: raw}), VOCAB);
    expect(p?.line).toBe(3);
  });

  it('reports several problems at once', () => {
    expect(codes(post({fm: {title: '', description: '', tags: []}}))).toEqual([
      'title.missing',
      'description.missing',
      'tags.missing',
    ]);
  });
});

describe('validIsoDate', () => {
  it.each([
    ['2025-02-24', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['25-02-2025', false],
    ['2025-2-24', false],
  ])('%s → %s', (text, ok) => {
    expect(validIsoDate(text)).toBe(ok);
  });
});
